#include "extract/block_rules.h"

#include <string>
#include <unordered_set>
#include <utility>
#include <vector>

#include "core/text.h"
#include "extract/lexicon/lexicon.h"
#include "extract/teaser_cards.h"

namespace klartext::extract {
namespace {

using blocks::Block;
using blocks::Kind;

// A promotion label is followed by its headline and a one-line pitch; up to
// this many following blocks belong to it while they stay short.
constexpr int kPromoTailBlocks = 2;
constexpr std::uint32_t kPromoTailMaxChars = 120;
// After a related-news opener, blocks are teasers until body text resumes:
// a paragraph at least this long with little link text.
constexpr std::uint32_t kResumeBodyChars = 250;
constexpr double kResumeMaxLinkDensity = 0.3;
// Phrase-bearing blocks (cookie, paywall) longer than this are articles that
// happen to mention the phrase.
constexpr std::uint32_t kBoilerPhraseMaxChars = 300;
// "Abbildung 3: …" opens a caption up to this long; longer blocks are
// paragraphs that explain a figure.
constexpr std::uint32_t kMaxCaptionLeadInChars = 250;
// A block repeating earlier text is a duplicate only if long enough not to
// be a legitimately repeated word ("Ja.").
constexpr std::uint32_t kMinDuplicateChars = 20;
// In HTML, where alt texts are no blocks, lines repeat in the body by
// design — a meal plan's "Eat every 2–3 hours" and its ingredient lines
// per day, "Account: …" per portrait, a subhead per section — and only a
// repeated paragraph at least this long is a copy (the article printed
// twice for two screen sizes, a pull quote).
constexpr std::uint32_t kMinHtmlDuplicateChars = 250;
// Blocks whose text is mostly link text are navigation or teasers. Lists of
// links are held to a stricter share than paragraphs with a link in them.
constexpr double kMaxParagraphLinkDensity = 0.5;
constexpr double kMaxListItemLinkDensity = 0.5;
constexpr double kMaxHeadingLinkDensity = 0.9;
// A paragraph of whole sentences is prose with links set in it ("The
// suspect, <a>Michael Webb</a>, was <a>convicted</a> …"): navigation and
// teasers are headlines and labels, which seldom end like a sentence. Such
// a paragraph, at least kMinLinkedSentenceWords long, is held to a higher
// limit than other paragraphs.
// Measured (klartext-eval --folds 5, limits 0.5 to 0.9): up to 0.65 no
// site fold of either set loses; at 0.7 a ScrapingHub fold does.
constexpr double kMaxSentenceLinkDensity = 0.65;
constexpr std::uint32_t kMinLinkedSentenceWords = 8;
// Favor::kPrecision and kRecall scale the link-density limits by these
// factors (a paragraph then goes at 0.3 or 0.75 link text instead of 0.5).
constexpr double kPrecisionLinkDensityFactor = 0.6;
constexpr double kRecallLinkDensityFactor = 1.5;

// The line under an image is its caption when it carries a photo credit:
// a '©', or a closing parenthesis naming photographer and agency
// ("(mlharing / iStock.com)"). Only lines up to this long qualify; a
// paragraph that mentions a copyright is text.
constexpr std::uint32_t kMaxCreditCaptionChars = 200;

bool CarriesPhotoCredit(std::string_view text) {
  if (text.find("\xC2\xA9") != std::string_view::npos) return true;  // ©
  text = Trim(text);
  if (text.empty() || text.back() != ')') return false;
  const std::size_t open = text.rfind('(');
  return open != std::string_view::npos && text.find(" / ", open) != std::string_view::npos;
}

// A gallery's captions stand without their images in the markup (the
// pictures come from a script); a short line whose last words follow a
// '©' ("… am Mahnmal © dpa | Bernd von Jutrczenka") is still a caption:
// body text does not end on a copyright sign and a name. The credit is
// at most this many bytes.
constexpr std::size_t kMaxTrailingCreditBytes = 80;

bool EndsWithCopyrightCredit(std::string_view text) {
  const std::size_t at = RFind(text, "\xC2\xA9");
  return at != std::string_view::npos && at > 0 && text.size() - at <= kMaxTrailingCreditBytes;
}

bool IsCaptionSized(const Block& b) {
  return b.chars <= kMaxCreditCaptionChars && b.kind != Kind::kHeading && b.kind != Kind::kImage &&
         b.link_density() <= kMaxParagraphLinkDensity;
}

bool IsContentish(Label l) { return l == Label::kContent; }

bool ResumesBody(const Block& b) {
  return b.kind == Kind::kParagraph && b.chars >= kResumeBodyChars &&
         b.link_density() < kResumeMaxLinkDensity;
}

// Once the list after an opener has shown a teaser (a link-heavy block), a
// plain sentence paragraph of kResumeAfterTeaserChars, or a subhead with
// one under it, is the article again: an inline "Read also" box holds one
// or two links, not prose.
constexpr std::uint32_t kResumeAfterTeaserChars = 100;
constexpr double kTeaserMinLinkDensity = 0.5;

bool IsPlainSentences(const Block& b) {
  return b.kind == Kind::kParagraph && b.chars >= kResumeAfterTeaserChars && b.link_chars == 0 &&
         EndsLikeSentence(b.text);
}

bool ResumesAfterTeaser(const std::vector<Block>& bs, std::size_t i) {
  if (IsPlainSentences(bs[i])) return true;
  return bs[i].kind == Kind::kHeading && i + 1 < bs.size() && IsPlainSentences(bs[i + 1]);
}

// A "heading" this long is a standfirst or a sentence set in a heading
// element, not a section title: it announces nothing and is never dropped
// for what follows it.
constexpr std::uint32_t kMinStandfirstHeadingChars = 100;

bool IsStandfirstHeading(const Block& b) { return b.chars >= kMinStandfirstHeadingChars; }

// A subhead with no body text under it — its list of teasers was dropped,
// or it closes the region ("Aktuelle Produkttests", "FAQs") — is not part
// of the article: the text it announced is gone.
void DropOrphanHeadings(const std::vector<Block>& bs, Labels& labels) {
  // Headings still waiting for text; a deeper subhead may follow before it.
  std::vector<std::size_t> open;
  for (std::size_t i = 0; i < bs.size(); ++i) {
    if (labels[i] != Label::kContent && labels[i] != Label::kLead) continue;
    if (bs[i].kind != Kind::kHeading || IsStandfirstHeading(bs[i])) {
      open.clear();
      continue;
    }
    while (!open.empty() && bs[open.back()].level >= bs[i].level) {
      labels[open.back()] = Label::kBoilerplate;
      open.pop_back();
    }
    open.push_back(i);
  }
  for (std::size_t i : open) labels[i] = Label::kBoilerplate;
}

// A subhead whose next block (images and further subheads aside) is a
// link list the rules removed announced that list ("Weitere Beiträge",
// "Noch mehr Infos für dich"), even when body text follows later: it goes
// with its list. A removed block counts as such a list when at least this
// share of its text is link text; an ad label or a share line does not.
constexpr double kAnnouncedListMinLinkDensity = 0.5;

void DropListHeadings(const std::vector<Block>& bs, Labels& labels) {
  for (std::size_t i = 0; i < bs.size(); ++i) {
    if (labels[i] != Label::kContent || bs[i].kind != Kind::kHeading || IsStandfirstHeading(bs[i])) continue;
    std::size_t j = i + 1;
    while (j < bs.size() && (bs[j].kind == Kind::kImage || (bs[j].kind == Kind::kHeading &&
                                                              labels[j] == Label::kContent))) {
      ++j;
    }
    if (j < bs.size() && labels[j] == Label::kBoilerplate &&
        bs[j].link_density() >= kAnnouncedListMinLinkDensity) {
      for (std::size_t k = i; k < j; ++k) {
        if (bs[k].kind == Kind::kHeading) labels[k] = Label::kBoilerplate;
      }
    }
  }
}

// A subhead followed straight by a run of at least kGalleryImages images is
// the title of an embedded gallery or carousel, which the text leaves out.
constexpr int kGalleryImages = 2;
constexpr std::uint32_t kMaxGalleryTitleChars = 80;

void DropGalleryTitles(const std::vector<Block>& bs, Labels& labels) {
  for (std::size_t i = 0; i + 1 < bs.size(); ++i) {
    if (labels[i] != Label::kContent || bs[i].kind != Kind::kHeading || bs[i].chars > kMaxGalleryTitleChars) {
      continue;
    }
    int images = 0;
    for (std::size_t j = i + 1; j < bs.size() && bs[j].kind == Kind::kImage; ++j) ++images;
    if (images >= kGalleryImages) labels[i] = Label::kBoilerplate;
  }
}

// Reader comments close an article: once a comment section begins after
// most of the body, nothing after it is the article's (a rental ad under
// the comment form, the next teaser). "Most" guards against a comment
// count or link near the headline ("2 Kommentare").
constexpr double kCommentsAfterBodyShare = 0.6;

void DropAfterComments(const std::vector<Block>& bs, Labels& labels) {
  std::size_t body_chars = 0;
  for (std::size_t i = 0; i < bs.size(); ++i) {
    if (labels[i] == Label::kContent || labels[i] == Label::kLead) body_chars += bs[i].chars;
  }
  std::size_t before = 0;
  for (std::size_t i = 0; i < bs.size(); ++i) {
    if (labels[i] == Label::kOutside) continue;
    if (bs[i].has(blocks::kInComments) || labels[i] == Label::kComment) {
      if (double(before) < kCommentsAfterBodyShare * double(body_chars)) continue;
      for (std::size_t k = i + 1; k < bs.size(); ++k) {
        if (labels[k] == Label::kContent || labels[k] == Label::kLead) labels[k] = Label::kBoilerplate;
      }
      return;
    }
    if (labels[i] == Label::kContent || labels[i] == Label::kLead) before += bs[i].chars;
  }
}

// Short lines after the article's last paragraph — "Weitere Beiträge",
// "À découvrir", "Weiterführender Link" — open lists whose items other
// rules removed; with nothing of the article after them they are the
// page's, not the article's. A line is a stub when it is at most this long
// and does not end like a sentence …
constexpr std::uint32_t kMaxTrailingStubChars = 60;
// … and the article's last paragraph is the last content block of at least
// this length.
constexpr std::uint32_t kMinClosingParagraphChars = 100;

// "20) …", "3. …": the last entry of a numbered list written as paragraphs.
bool StartsWithEnumeration(std::string_view text) {
  std::size_t digits = 0;
  while (digits < text.size() && text[digits] >= '0' && text[digits] <= '9') ++digits;
  return digits > 0 && digits < text.size() && (text[digits] == ')' || text[digits] == '.');
}

void DropTrailingStubs(const std::vector<Block>& bs, Labels& labels) {
  std::size_t last = bs.size();
  for (std::size_t i = bs.size(); i-- > 0;) {
    if (labels[i] == Label::kContent && (bs[i].chars >= kMinClosingParagraphChars || bs[i].kind == Kind::kTable)) {
      last = i;
      break;
    }
  }
  if (last == bs.size()) return;
  for (std::size_t i = last + 1; i < bs.size(); ++i) {
    const Block& b = bs[i];
    if (labels[i] != Label::kContent || b.chars > kMaxTrailingStubChars || EndsLikeSentence(b.text)) continue;
    // List items close many articles (tips, sources); "Key: value" lines
    // are facts (a deadline, a data sheet), and a line ending in ':'
    // introduces what follows; none of these opens a list of links.
    if (b.kind == Kind::kListItem || b.kind == Kind::kCode || b.kind == Kind::kTable) continue;
    if (b.text.find(':') != std::string::npos || StartsWithEnumeration(b.text)) continue;
    if (b.words > 0) {
      labels[i] = Label::kBoilerplate;
    }
  }
}

// With --favor precision: short blocks before the article's first full
// paragraph and after its last one go, whatever they look like. They are
// where the page's furniture sits when no rule recognised it (a teaser's
// one-line summary, "Release Date:", a product name, a widget's heading);
// the article loses a subhead or a closing line now and then, which is the
// trade the user asked for. Measured on the dev sets (klartext-eval
// --favor precision): trafilatura-eval P .965 -> .972, R .959 -> .903;
// ScrapingHub P .982 -> .989.
void DropShortEdges(const std::vector<Block>& bs, Labels& labels) {
  auto full_paragraph = [&](std::size_t i) {
    return labels[i] == Label::kContent && bs[i].kind == Kind::kParagraph && bs[i].chars >= kMinClosingParagraphChars;
  };
  std::size_t first = bs.size(), last = bs.size();
  for (std::size_t i = 0; i < bs.size(); ++i) {
    if (!full_paragraph(i)) continue;
    if (first == bs.size()) first = i;
    last = i;
  }
  if (first == bs.size()) return;
  for (std::size_t i = 0; i < bs.size(); ++i) {
    if (i >= first && i <= last) continue;
    if (labels[i] == Label::kContent && bs[i].chars < kMinClosingParagraphChars) labels[i] = Label::kBoilerplate;
  }
}

// A download link's line names the file's size ("Informationsschreiben
// vom 14. Oktober 2021 PDF | 38 KB"); lines up to this long that hold a
// size in KB or MB are links to files, not sentences of the article.
constexpr std::uint32_t kMaxDownloadLineChars = 150;

// True if the text holds a number followed by " KB" / " MB" (any case)
// and then no letter: "38 KB", "1,2 MB".
bool NamesFileSize(std::string_view text) {
  const auto is_digit = [](char c) { return c >= '0' && c <= '9'; };
  const auto is_letter = [](char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); };
  for (std::size_t i = 1; i + 2 < text.size(); ++i) {
    if (text[i] != ' ' || !is_digit(text[i - 1])) continue;
    const char unit = static_cast<char>(text[i + 1] | 0x20);
    const char byte = static_cast<char>(text[i + 2] | 0x20);
    if ((unit == 'k' || unit == 'm') && byte == 'b' && (i + 3 == text.size() || !is_letter(text[i + 3]))) {
      return true;
    }
  }
  return false;
}

// WordPress shortcodes the site failed to render ("[button link=…] Send
// us your review[/button]") are markup, not text: a block holding a
// closing "[/name]" is left out.
bool HoldsShortcode(std::string_view text) {
  for (std::size_t at = text.find("[/"); at != std::string_view::npos; at = text.find("[/", at + 2)) {
    std::size_t end = at + 2;
    while (end < text.size() && ((text[end] >= 'a' && text[end] <= 'z') || text[end] == '_')) ++end;
    if (end > at + 2 && end < text.size() && text[end] == ']') return true;
  }
  return false;
}

// A block of HTML that is one web address and nothing else is the page's
// own address printed for sharing or printing, or a link written out: no
// sentence of an article. Not in text captures: a renderer prints no link
// targets, so an address standing alone there is one the author wrote out
// (a list of sources); the ablation found the rule helping no text
// capture and costing one such list.
bool IsBareUrl(std::string_view text) {
  text = Trim(text);
  if (!StartsWith(text, "http://") && !StartsWith(text, "https://") && !StartsWith(text, "www.")) return false;
  for (char c : text) {
    if (IsAsciiSpace(c)) return false;
  }
  return true;
}

// A subscription or support appeal after the article is a box of several
// paragraphs ("To view the full story, please subscribe …", what members
// get, a gift for first-time subscribers, "Download our apps …"), and the
// phrase tables name only one of its lines. Once a phrase-bearing block
// comes after this share of the body …
constexpr double kPitchAfterBodyShare = 0.8;
// … the content after it is the rest of the box when it is at most this
// share of the body: an article's last paragraphs after an inline
// newsletter box would weigh more.
constexpr double kMaxPitchTailShare = 0.35;
constexpr double kMaxPitchLinkDensity = 0.5;
// Two phrase-bearing lines with at most this many blocks between them
// frame one box.
constexpr std::size_t kMaxPitchBoxBlocks = 3;

// `pitch[i]` is true for blocks a kBoilerPhrase put out.
void DropPitchTail(const std::vector<Block>& bs, const std::vector<bool>& pitch, Labels& labels) {
  std::size_t body_chars = 0;
  for (std::size_t i = 0; i < bs.size(); ++i) {
    if (labels[i] == Label::kContent || labels[i] == Label::kLead) body_chars += bs[i].chars;
  }
  if (body_chars == 0) return;
  // Lines between two phrase-bearing lines a few blocks apart are the
  // same box, wherever it stands (a paywall notice, what members get,
  // "already a subscriber? Log in").
  std::size_t last_pitch = bs.size();
  for (std::size_t i = 0; i < bs.size(); ++i) {
    if (!pitch[i]) continue;
    if (last_pitch != bs.size() && i - last_pitch <= kMaxPitchBoxBlocks + 1) {
      for (std::size_t k = last_pitch + 1; k < i; ++k) {
        if (labels[k] == Label::kContent || labels[k] == Label::kLead) labels[k] = Label::kBoilerplate;
      }
    }
    last_pitch = i;
  }
  std::size_t before = 0;
  for (std::size_t i = 0; i < bs.size(); ++i) {
    if (pitch[i] && double(before) >= kPitchAfterBodyShare * double(body_chars)) {
      if (double(body_chars - before) > kMaxPitchTailShare * double(body_chars)) return;
      for (std::size_t k = i + 1; k < bs.size(); ++k) {
        if (labels[k] == Label::kContent || labels[k] == Label::kLead) labels[k] = Label::kBoilerplate;
      }
      return;
    }
    if (labels[i] == Label::kContent || labels[i] == Label::kLead) before += bs[i].chars;
  }
}

}  // namespace

bool EndsLikeSentence(std::string_view t) {
  t = Trim(t);
  while (!t.empty()) {
    const unsigned char c = static_cast<unsigned char>(t.back());
    if (c == '"' || c == '\'' || c == ')') {
      t.remove_suffix(1);
      continue;
    }
    // Closing quotes “ ” « » ‘ ’ are 2–3 byte sequences ending in 0x9C,
    // 0x9D, 0x98, 0x99 (U+201x) or 0xAB/0xBB (U+00AB/BB).
    if (t.size() >= 3 && static_cast<unsigned char>(t[t.size() - 3]) == 0xE2 &&
        static_cast<unsigned char>(t[t.size() - 2]) == 0x80) {
      const unsigned char last = c;
      if (last == 0x9C || last == 0x9D || last == 0x98 || last == 0x99) {
        t.remove_suffix(3);
        continue;
      }
      if (last == 0xA6) return true;  // … U+2026
    }
    // The ideographic full stop 。 (U+3002) and the full-width ！ ？
    // (U+FF01, U+FF1F) end Chinese and Japanese sentences.
    // Full-width closing brackets and corner quotes ） 」 』 may follow.
    if (t.size() >= 3) {
      const std::string_view tail = t.substr(t.size() - 3);
      if (tail == "\xE3\x80\x82" || tail == "\xEF\xBC\x81" || tail == "\xEF\xBC\x9F") return true;
      if (tail == "\xEF\xBC\x89" || tail == "\xE3\x80\x8D" || tail == "\xE3\x80\x8F") {
        t.remove_suffix(3);
        continue;
      }
    }
    if (t.size() >= 2 && static_cast<unsigned char>(t[t.size() - 2]) == 0xC2 && (c == 0xAB || c == 0xBB)) {
      t.remove_suffix(2);
      continue;
    }
    return c == '.' || c == '!' || c == '?';
  }
  return false;
}

std::size_t BodyChars(const blocks::BlockStream& stream, const Labels& labels) {
  std::size_t chars = 0;
  for (std::size_t i = 0; i < stream.blocks.size(); ++i) {
    if (labels[i] == Label::kContent || labels[i] == Label::kLead) chars += stream.blocks[i].chars;
  }
  return chars;
}

void ApplyBlockRules(const blocks::BlockStream& stream, const ExtractOptions& options, Labels& labels,
                     LinkRule link_rule) {
  const auto& bs = stream.blocks;
  std::unordered_set<std::string> seen;
  bool in_related = false;
  int related_teasers = 0;  // link-heavy blocks since the opener
  bool in_comments = false;
  int promo_tail = 0;
  std::vector<bool> pitch(bs.size(), false);
  const double link_density_factor = options.favor == Favor::kPrecision ? kPrecisionLinkDensityFactor
                                     : options.favor == Favor::kRecall  ? kRecallLinkDensityFactor
                                                                        : 1.0;
  const auto on = [&options](RuleFamily f) { return !options.disabled_rules.Contains(f); };
  for (std::size_t i = 0; i < bs.size(); ++i) {
    const Block& b = bs[i];
    if (b.kind == Kind::kImage) continue;
    if (!IsContentish(labels[i]) && labels[i] != Label::kOutside) continue;
    const bool inside = labels[i] != Label::kOutside;
    std::string norm = NormaliseLine(b.text);  // moved into `seen` at the end
    PhraseRole role;
    if (b.chars < 100 && on(RuleFamily::kPhraseLines) && MatchLine(norm, &role)) {
      if (role == PhraseRole::kSectionEnd && inside && on(RuleFamily::kRelatedLists)) {
        in_related = true;
        related_teasers = 0;
      }
      if (role == PhraseRole::kCommentsStart && inside && on(RuleFamily::kCommentSections)) in_comments = true;
      if (role == PhraseRole::kPromoLabel && on(RuleFamily::kPromoTeasers)) promo_tail = kPromoTailBlocks;
      if (inside) labels[i] = Label::kBoilerplate;
      continue;
    }
    if (!inside) continue;
    if (in_comments) {
      labels[i] = options.include_comments ? Label::kComment : Label::kBoilerplate;
      continue;
    }
    if (in_related) {
      if (ResumesBody(b) || (related_teasers > 0 && ResumesAfterTeaser(bs, i))) {
        in_related = false;
      } else {
        if (b.link_density() >= kTeaserMinLinkDensity) ++related_teasers;
        labels[i] = Label::kBoilerplate;
        continue;
      }
    }
    if (promo_tail > 0) {
      --promo_tail;
      if (b.chars <= kPromoTailMaxChars) {
        labels[i] = Label::kBoilerplate;
        continue;
      }
      promo_tail = 0;
    }
    if (on(RuleFamily::kMarkupLeftovers) &&
        ((stream.from_html && IsBareUrl(b.text)) || HoldsShortcode(b.text) ||
         (stream.from_html && b.chars <= kMaxDownloadLineChars && NamesFileSize(b.text)))) {
      labels[i] = Label::kBoilerplate;
      continue;
    }
    if (b.chars <= kBoilerPhraseMaxChars && on(RuleFamily::kBoilerPhrases) && ContainsBoilerPhrase(norm)) {
      labels[i] = Label::kBoilerplate;
      // A line that is one link ("CLICK HERE TO GET THE … APP") is an
      // inline promo, complete in itself; a box's lines are text.
      pitch[i] = b.link_density() < kMaxPitchLinkDensity;
      continue;
    }
    const bool captions = on(RuleFamily::kCaptions);
    if (captions && i > 0 && bs[i - 1].kind == Kind::kImage && IsCaptionSized(b)) {
      // The caption under an image carries the credit, or is followed by
      // a credit line of its own.
      const bool credit_follows = i + 1 < bs.size() && IsCaptionSized(bs[i + 1]) && CarriesPhotoCredit(bs[i + 1].text);
      if (CarriesPhotoCredit(b.text) || credit_follows) {
        labels[i] = Label::kCaption;
        if (credit_follows && labels[i + 1] == Label::kContent) labels[i + 1] = Label::kCaption;
        continue;
      }
    }
    if (captions && stream.from_html && IsCaptionSized(b) && EndsWithCopyrightCredit(b.text)) {
      labels[i] = Label::kCaption;
      continue;
    }
    if (captions && b.chars <= kMaxCaptionLeadInChars && b.kind != Kind::kHeading &&
        StartsWithCaptionLeadIn(norm)) {
      labels[i] = Label::kCaption;
      continue;
    }
    if (stream.from_html && b.kind != Kind::kTable && link_rule == LinkRule::kApply &&
        on(RuleFamily::kLinkDensity)) {
      const bool sentences = b.kind == Kind::kParagraph && b.words >= kMinLinkedSentenceWords &&
                             EndsLikeSentence(b.text);
      const double limit = link_density_factor * (b.kind == Kind::kHeading    ? kMaxHeadingLinkDensity
                                                  : b.kind == Kind::kListItem ? kMaxListItemLinkDensity
                                                  : sentences                 ? kMaxSentenceLinkDensity
                                                                              : kMaxParagraphLinkDensity);
      if (b.link_density() > limit) {
        labels[i] = Label::kBoilerplate;
        continue;
      }
    }
    // A standfirst the page marks as such is printed once: in the header
    // and again over the body it is a copy, however short.
    const bool marked_lead = stream.from_html && b.has(blocks::kLeadClass);
    if (b.chars >= (stream.from_html && !marked_lead ? kMinHtmlDuplicateChars : kMinDuplicateChars) &&
        b.kind != Kind::kTable && on(RuleFamily::kDuplicates)) {
      if (!seen.insert(std::move(norm)).second) labels[i] = Label::kBoilerplate;
    }
  }
  // Leaning to precision keeps only what stands between the article's
  // first and last full paragraphs.
  if (options.favor == Favor::kPrecision) DropShortEdges(bs, labels);
  // Leaning to recall keeps subheads whose text went: they may still say
  // what the article is about.
  if (options.favor != Favor::kRecall) {
    if (stream.from_html && on(RuleFamily::kTeaserCards)) {
      DropTeaserCards(bs, labels);
      DropLinkedTeaserCards(bs, labels);
    }
    if (on(RuleFamily::kOrphanHeadings)) DropOrphanHeadings(bs, labels);
    if (stream.from_html) {
      if (on(RuleFamily::kAfterComments)) DropAfterComments(bs, labels);
      if (on(RuleFamily::kPitchTail)) DropPitchTail(bs, pitch, labels);
      if (on(RuleFamily::kGalleryTitles)) DropGalleryTitles(bs, labels);
      if (on(RuleFamily::kListHeadings)) DropListHeadings(bs, labels);
      if (on(RuleFamily::kTrailingStubs)) DropTrailingStubs(bs, labels);
    }
  }
}

}  // namespace klartext::extract
