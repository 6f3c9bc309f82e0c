// The scores of text-capture lines (extract/text_scores.h).
#include "extract/text_scores.h"

#include <algorithm>
#include <string>
#include <string_view>
#include <unordered_map>

#include "core/language.h"
#include "core/text.h"
#include "extract/block_rules.h"
#include "extract/lexicon/lexicon.h"
#include "extract/text_rules.h"

namespace klartext::extract {
namespace {

using blocks::Block;
using blocks::Kind;

// Scoring. Prose earns one point per kCharsPerPoint characters, up to
// kMaxProsePoints (one huge block must not outweigh the rest of the page).
constexpr double kCharsPerPoint = 100.0;
constexpr double kMaxProsePoints = 6.0;
// Shorter sentences (a one-line paragraph, a quoted answer) are weak prose.
constexpr std::uint32_t kShortSentenceChars = 30;
constexpr double kShortSentencePoints = 0.3;
// What a non-prose line costs: a menu entry, a teaser headline, a button.
constexpr double kShortLineCost = 0.45;
// Subheads cost less: an article has some between its paragraphs.
constexpr double kHeadingCost = 0.3;
// Lines that are never article text cost more.
constexpr double kWidgetCost = 1.0;
constexpr double kMenuLineCost = 1.5;
constexpr double kRepeatedLineCost = 1.5;
constexpr double kPhraseLineCost = 1.0;
constexpr double kFurnitureCost = 1.0;
// Up to this length a block with a furniture phrase is nothing else (a
// sign-up box); longer ones may be an article that mentions cookies.
constexpr std::uint32_t kMaxFurnitureJunkChars = 200;
// A line opening what follows the article (comments, related posts, next
// post) is a wall: more than a long paragraph can bridge.
constexpr double kArticleEndCost = 4.0;
// List items and blocks that spell out URLs are teasers and feeds more
// often than article text: their prose earns this share of the points.
constexpr double kListItemProseShare = 0.5;
constexpr double kUrlProseShare = 0.3;
constexpr double kSocialProseShare = 0.3;
// Prose after the first wall that follows at least kMinProseBeforeEnd
// points of prose earns kAfterEndProseShare of its points. One short
// sentence is enough: a blog post of two lines ends at its share bar as
// surely as a long one (was 3.0: the sidebar after the comment form won
// on such pages; trafilatura text +5 segments).
constexpr double kMinProseBeforeEnd = 0.3;
// A "Comments" link among share buttons (IsBarWall) sits between the lead
// and the body as often as after the text: it ends the article only after
// this much prose, as every wall did before.
constexpr double kMinProseBeforeBarWall = 3.0;
constexpr double kAfterEndProseShare = 0.3;
// … and at least this share of the page's prose: a sidebar printed before
// the article (recent posts, a blurb) ends nothing.
constexpr double kMinShareBeforeEnd = 0.1;
// Teaser lists: at least kMinTeaserPairs headline/summary pairs in a row,
// headlines up to kMaxTeaserHeadlineChars, summaries up to
// kMaxTeaserSummaryChars; their summaries earn kTeaserSummaryShare.
constexpr std::size_t kMinTeaserPairs = 3;
constexpr std::uint32_t kMaxTeaserHeadlineChars = 120;
constexpr std::uint32_t kMaxTeaserSummaryChars = 300;
constexpr double kTeaserSummaryShare = 0.3;
// A caption above a credit line is at most this long.
constexpr std::uint32_t kMaxCaptionChars = 300;
// Ingredient lists: at least kMinQuantityRun lines starting with an amount,
// making at least half of a run of short lines of at most
// kMaxQuantityLineChars.
constexpr std::size_t kMinQuantityRun = 3;
constexpr std::uint32_t kMaxQuantityLineChars = 60;
// An amount line of such a list earns this much: the list is the recipe
// as much as the method under it (trafilatura text +4 segments,
// ScrapingHub +0.008 against 0).
constexpr double kQuantityLinePoints = 0.25;
// An interview names its speaker before each answer: "Anna:".
constexpr std::uint32_t kMaxSpeakerLabelChars = 30;
// Prose after this share of the page's characters earns less, linearly
// down to kLastProseWeight of its points at the end.
constexpr double kLatePageStart = 0.5;
constexpr double kLastProseWeight = 0.5;
// Blocks are counted as copies of each other when their first this many
// bytes (normalised) agree: teasers repeat a headline with other tails.
constexpr std::size_t kCopyKeyBytes = 60;
// A line printed this many times on the page is navigation or a teaser
// (a menu repeated in the footer, "Weiterlesen" under every teaser).
constexpr int kRepeatedLine = 2;
// Repetition of long blocks is left to the duplicate rule (block_rules).
constexpr std::uint32_t kMaxRepeatedLineChars = 100;

bool IsPhraseBoilerplate(const std::string& norm, const Block& b) {
  PhraseRole role;
  return (b.chars < 100 && MatchLine(norm, &role)) || (b.chars <= 300 && ContainsBoilerPhrase(norm));
}

// A line the shared lexicon lists as opening a related list or comments.
bool OpensSection(const std::string& norm, const Block& b) {
  PhraseRole role;
  return b.chars < 100 && MatchLine(norm, &role) &&
         (role == PhraseRole::kSectionEnd || role == PhraseRole::kCommentsStart);
}

// A line the shared lexicon lists as opening a related list ("Mehr zum
// Thema", "Related"): after the article, or a box set into it.
bool OpensRelatedList(const std::string& norm, const Block& b) {
  PhraseRole role;
  return b.chars < 100 && MatchLine(norm, &role) && role == PhraseRole::kSectionEnd;
}

bool IsProse(const Block& b) {
  if (b.chars < kProseChars) return false;
  // A sentence introducing a list ends in ':'.
  if (CountSentenceEnds(b.text) == 0 && !EndsLikeSentence(b.text) && !EndsWithColon(b.text)) return false;
  // No function word at all: another language, or a keyword list; a
  // few of ours in a long block: a list of names or headlines.
  const double share = FunctionWordShare(b.text);
  return share == 0.0 || share >= kMinProseFunctionShare;
}

// A line that is a number alone ("1.", "2)") numbers the step or item
// after it: recipes and how-tos print them so.
bool IsStepNumber(std::string_view text) {
  std::size_t digits = 0;
  while (digits < text.size() && text[digits] >= '0' && text[digits] <= '9') ++digits;
  if (digits == 0 || digits > 2) return false;
  return digits == text.size() || (digits + 1 == text.size() && (text.back() == '.' || text.back() == ')'));
}

// A line that starts with an amount: "250 g Mehl", "1 Pck. Vanillezucker",
// "2 EL Honig", "½ Zitrone". Ingredient lists and spec sheets are made of
// them; menus are not.
bool IsQuantityLine(const Block& b) {
  if (b.chars > kMaxQuantityLineChars) return false;
  std::string_view t = b.text;
  std::size_t i = 0;
  while (i < t.size() && ((t[i] >= '0' && t[i] <= '9') || t[i] == ',' || t[i] == '.' || t[i] == '/')) ++i;
  if (i == 0 && StartsWith(t, "½")) i = std::string_view("½").size();
  if (i == 0 || i >= t.size()) return false;
  if (t[i] == ' ') ++i;
  return i < t.size() && !(t[i] >= '0' && t[i] <= '9') && t[i] != ':' && t[i] != '.';
}

Scored ScoreBlock(const Block& b, int copies, bool original) {
  const std::string norm = NormaliseLine(b.text);
  if (IsWidgetLine(b.text)) return {-kWidgetCost, true};
  if (IsStepNumber(b.text)) return {0.0, false};  // before copies: every list repeats "1"
  // A caption ending in its credit; it often repeats the paragraph after
  // the picture, so before copies.
  if (b.chars <= kMaxCaptionChars && EndsWithCredit(b.text)) return {-kShortLineCost, true};
  if (copies >= kRepeatedLine) {
    // A short label ending in ':' before each part ("Anna:", "Frage:")
    // is an interview's speaker, not navigation.
    if (IsSpeakerLabel(b)) return {-kHeadingCost, false};
    if (b.chars <= kMaxRepeatedLineChars) return {-kRepeatedLineCost, true};
    // A long copy: a page printed twice, or a lead repeated as a teaser.
    // The original of a paragraph (the longest copy) is scored as text;
    // the others, and list items (a ticker or teaser list printed twice),
    // are nothing (the duplicate rule drops the second inside the region).
    if (!original || b.kind == Kind::kListItem) return {0.0, false};
  }
  if (IsDrawnTableRow(b.text)) return {0.0, false};  // data: neither prose nor navigation
  if (LooksLikeMenuLine(b.text)) return {-kMenuLineCost, true};
  if (IsCreditLine(b.text) || IsInlineTeaser(b.text) || IsFigureCaption(b.text)) return {-kShortLineCost, true};
  if (OpensRelatedList(norm, b)) return {-kArticleEndCost, true, false, true, false, true};
  if (OpensArticleEnd(b.text) || OpensSection(norm, b) || IsCommentHeader(b.text)) {
    return {-kArticleEndCost, true, false, true};
  }
  if (IsPhraseBoilerplate(norm, b)) return {-kPhraseLineCost, false};
  if (HasFurniturePhrase(b.text)) return {-kFurnitureCost, b.chars <= kMaxFurnitureJunkChars};
  if (IsProse(b)) {
    double points = std::min(kMaxProsePoints, b.chars / kCharsPerPoint);
    if (b.kind == Kind::kListItem) points *= kListItemProseShare;
    if (HasUrl(b.text)) points *= kUrlProseShare;
    if (LooksLikeSocialPost(b.text)) points *= kSocialProseShare;
    return {points, false, true};
  }
  if (b.kind == Kind::kHeading) return {-kHeadingCost, false};
  if (LooksLikeCode(b.text)) return {0.0, false};
  if (b.chars >= kShortSentenceChars && EndsLikeSentence(b.text)) return {kShortSentencePoints, false};
  // A short line that is a phrase ("Habe Zeit für Träume", "Was braucht
  // die Welt?") rather than a label ("Drogerie-Produkte", "Kontakt"): list
  // items and short paragraphs of an article.
  if (b.words >= kMinPhraseWords && FunctionWordShare(b.text) >= kMinProseFunctionShare) {
    return {-kPhraseCost, false};
  }
  return {-kShortLineCost, false};
}

// Blocks are counted as copies of each other by their first kCopyKeyBytes.
// Of copies, the longest (the first of equals) is the original: a teaser
// or caption repeats a paragraph's start, a page printed twice repeats it
// whole.
void ScoreBlocks(ScoredPage& p) {
  const auto& bs = p.bs;
  std::unordered_map<std::string, int> copies;
  std::unordered_map<std::string, std::size_t> original;
  p.norms.resize(bs.size());
  for (std::size_t i = 0; i < bs.size(); ++i) {
    p.norms[i] = NormaliseLine(bs[i].text).substr(0, kCopyKeyBytes);
    ++copies[p.norms[i]];
    auto [it, inserted] = original.emplace(p.norms[i], i);
    if (!inserted && bs[i].chars > bs[it->second].chars) it->second = i;
  }
  const auto& norms = p.norms;
  p.scored.resize(bs.size());
  for (std::size_t i = 0; i < bs.size(); ++i) {
    // A copy right beside its original is an image's alt text and caption,
    // or a video's title twice: neither copy is article text.
    const bool beside_copy = (i > 0 && norms[i - 1] == norms[i]) || (i + 1 < bs.size() && norms[i + 1] == norms[i]);
    p.scored[i] = ScoreBlock(bs[i], copies[norms[i]], original[norms[i]] == i && !beside_copy);
    // … and inside the article it is the picture's, not the text's.
    if (beside_copy && p.scored[i].score == 0) p.scored[i].junk = true;
    // A run of one line printed again and again (an image gallery's
    // alt texts, a rating's stars) is one obstacle, not many.
    if (i > 0 && norms[i] == norms[i - 1] && p.scored[i].score < 0) p.scored[i].score = 0;
  }
  // A picture's caption sits right above its credit ("Image: Jane Doe"):
  // prose-shaped, but not article text. A credit under the last paragraph
  // is the header picture's, so the caption must stand under the picture
  // ("[image]") or the text must go on after the credit.
  for (std::size_t i = 1; i + 2 < bs.size(); ++i) {
    const Scored& sc = p.scored[i];
    if (sc.junk || sc.wall || bs[i].chars > kMaxCaptionChars || !IsCreditLine(bs[i + 1].text)) continue;
    if (!IsWidgetLine(bs[i - 1].text) && !p.scored[i + 2].prose) continue;
    p.scored[i] = {-kShortLineCost, true};
  }
}

// Position: the article comes before the comments, reviews, teasers and
// banners that follow it; prose in the last part of the page (by
// characters) earns less, down to kLastProseWeight at the very end.
void DampLateProse(ScoredPage& p) {
  double total_chars = 0;
  for (const Block& b : p.bs) total_chars += b.chars;
  double seen_chars = 0;
  for (std::size_t i = 0; i < p.bs.size(); ++i) {
    const double at = total_chars > 0 ? seen_chars / total_chars : 0;
    seen_chars += p.bs[i].chars;
    if (p.scored[i].score <= 0 || at <= kLatePageStart) continue;
    const double late = (at - kLatePageStart) / (1 - kLatePageStart);
    p.scored[i].score *= 1 - (1 - kLastProseWeight) * late;
  }
}

void MarkTeaser(Scored& sc) {
  sc.score *= kTeaserSummaryShare;
  sc.teaser = true;
}

// A teaser list alternates a headline and a short summary, pair after
// pair; an article has several paragraphs under a subhead, or longer
// ones. Summaries in a run of kMinTeaserPairs such pairs earn less.
void MarkTeaserLists(ScoredPage& p) {
  const auto& bs = p.bs;
  auto& scored = p.scored;
  auto pair_at = [&](std::size_t h) {
    return h + 1 < bs.size() && !scored[h].prose && bs[h].chars <= kMaxTeaserHeadlineChars && !IsSpeakerLabel(bs[h]) &&
           scored[h + 1].prose && bs[h + 1].chars <= kMaxTeaserSummaryChars &&
           (h + 2 == bs.size() || !scored[h + 2].prose);
  };
  for (std::size_t i = 0; i < bs.size();) {
    std::size_t j = i, pairs = 0;
    while (pair_at(j)) {
      ++pairs;
      j += 2;
    }
    if (pairs >= kMinTeaserPairs) {
      for (std::size_t k = i + 1; k < j; k += 2) MarkTeaser(scored[k]);
    }
    i = pairs == 0 ? i + 1 : j;
  }
}

// A renderer that drops the break between a teaser's headline link and its
// summary prints them as one line, glued where a word ends and the next
// sentence begins: "Ford Recalls F-150s; Loose Cable Can Cause Stalling Or
// FiresFord is recalling …". The headline part has at least
// kMinGluedHeadlineWords words, most of them capitalised, and no sentence
// end; the seam comes within kMaxTeaserHeadlineChars bytes. A word written
// in camel case ("iPhone", "YouTube") has too few capitalised words before
// it to look like a headline. Teasers come in lists: only a page with at
// least kMinGluedTeasers such lines has them.
constexpr std::size_t kMinGluedHeadlineWords = 3;
constexpr double kMinGluedCapitalShare = 0.5;
constexpr int kMinGluedTeasers = 2;

bool IsAsciiLower(char c) { return c >= 'a' && c <= 'z'; }
bool IsAsciiUpper(char c) { return c >= 'A' && c <= 'Z'; }

bool StartsWithGluedHeadline(std::string_view text) {
  std::size_t words = 1, capitalised = IsAsciiUpper(text.empty() ? ' ' : text[0]) ? 1 : 0;
  const std::size_t end = std::min<std::size_t>(text.size(), kMaxTeaserHeadlineChars);
  for (std::size_t i = 1; i + 1 < end; ++i) {
    const char c = text[i];
    if (c == ' ') {
      if (text[i - 1] == '.' || text[i - 1] == '!' || text[i - 1] == '?') return false;  // a sentence ended
      ++words;
      capitalised += IsAsciiUpper(text[i + 1]) || (text[i + 1] >= '0' && text[i + 1] <= '9');
      continue;
    }
    if (IsAsciiUpper(c) && IsAsciiLower(text[i - 1]) && IsAsciiLower(text[i + 1])) {
      return words >= kMinGluedHeadlineWords && double(capitalised) >= kMinGluedCapitalShare * double(words);
    }
  }
  return false;
}

void MarkGluedTeasers(ScoredPage& p) {
  std::vector<std::size_t> glued;
  for (std::size_t i = 0; i < p.bs.size(); ++i) {
    if (p.scored[i].prose && StartsWithGluedHeadline(p.bs[i].text)) glued.push_back(i);
  }
  if (glued.size() < static_cast<std::size_t>(kMinGluedTeasers)) return;
  for (std::size_t i : glued) MarkTeaser(p.scored[i]);
}

// Lists that belong to the text cost nothing: a list introduced by a line
// ending in ':' ("in zehn Punkten:", "You will need:"; menus and link
// lists are not introduced so), and an ingredient list (kMinQuantityRun
// or more lines with amounts among short lines such as "Hefeteig:").
void FreeTextLists(ScoredPage& p) {
  const auto& bs = p.bs;
  auto& scored = p.scored;
  auto free = [&](std::size_t k) {
    if (!scored[k].junk && scored[k].score < 0) scored[k].score = 0;
  };
  for (std::size_t i = 0; i + 1 < bs.size(); ++i) {
    if (scored[i].junk || !EndsWithColon(bs[i].text) || IsSpeakerLabel(bs[i])) continue;
    for (std::size_t j = i + 1; j < bs.size() && bs[j].kind == Kind::kListItem; ++j) free(j);
  }
  for (std::size_t i = 0; i < bs.size();) {
    std::size_t j = i, quantities = 0, first_q = 0, last_q = 0;
    while (j < bs.size() && !scored[j].prose && !scored[j].wall && bs[j].chars <= kMaxQuantityLineChars) {
      if (IsQuantityLine(bs[j])) {
        if (quantities++ == 0) first_q = j;
        last_q = j;
      }
      ++j;
    }
    // The whole run when amounts make half of it ("Hefeteig:" and its
    // lines), else the stretch from the first amount to the last (a
    // nutrition table beside the list).
    std::size_t from = i, to = j;
    if (2 * quantities < j - i) from = first_q, to = last_q + 1;
    if (quantities >= kMinQuantityRun && 2 * quantities >= to - from) {
      for (std::size_t k = from; k < to; ++k) {
        free(k);
        // An amount is what a recipe is made of: it earns a little, so
        // the list joins the method below it across a heading.
        if (IsQuantityLine(bs[k]) && !scored[k].junk) scored[k].score = kQuantityLinePoints;
      }
    }
    i = j == i ? i + 1 : j;
  }
}

// After the first wall that follows prose, prose is comments, an author
// box or the next article more often than more of this one.
// A "Comments" link in a share bar ends it only after kMinProseBeforeBarWall
// points: above the body, the bar follows the lead.
void DampAfterEnd(ScoredPage& p) {
  double prose_before = 0, all_prose = 0;
  for (const Scored& sc : p.scored) all_prose += std::max(0.0, sc.score);
  const double min_before = std::max(kMinProseBeforeEnd, kMinShareBeforeEnd * all_prose);
  const double min_before_bar = std::max(kMinProseBeforeBarWall, min_before);
  bool after_end = false;
  for (std::size_t i = 0; i < p.scored.size(); ++i) {
    Scored& sc = p.scored[i];
    sc.undamped = sc.score;
    if (sc.wall && prose_before >= (IsBarWall(p, i) ? min_before_bar : min_before)) after_end = true;
    if (sc.score <= 0) continue;
    if (after_end) {
      sc.score *= kAfterEndProseShare;
    } else {
      prose_before += sc.score;
    }
  }
}

}  // namespace

bool IsBarWall(const ScoredPage& p, std::size_t k) {
  return p.scored[k].wall && k > 0 && p.scored[k - 1].junk && !p.scored[k - 1].wall &&
         p.bs[k].chars <= kMaxBarWallChars;
}

bool EndsWithColon(std::string_view text) { return !text.empty() && text.back() == ':'; }

bool IsSpeakerLabel(const Block& b) {
  return b.chars <= kMaxSpeakerLabelChars && !b.text.empty() && b.text.back() == ':';
}

void ScorePage(ScoredPage& p) {
  ScoreBlocks(p);
  if (p.on(RuleFamily::kTextLateProse)) DampLateProse(p);
  if (p.on(RuleFamily::kTextTeaserLists)) MarkTeaserLists(p);
  if (p.on(RuleFamily::kTextGluedTeasers)) MarkGluedTeasers(p);
  if (p.on(RuleFamily::kTextFreeLists)) FreeTextLists(p);
  if (p.on(RuleFamily::kTextAfterEnd)) DampAfterEnd(p);
}

}  // namespace klartext::extract
