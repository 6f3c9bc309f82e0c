#include "extract/title_find.h"

#include <algorithm>
#include <optional>
#include <vector>

#include "core/text.h"
#include "extract/block_rules.h"
#include "extract/credit.h"
#include "extract/date_find.h"
#include "extract/lexicon/lexicon.h"
#include "extract/meta_lines.h"
#include "extract/title_match.h"

namespace klartext::extract {
namespace {

using blocks::Block;
using blocks::Kind;

// A headline is a line of this many characters, not a sentence.
constexpr std::uint32_t kMinTitleChars = 15;
constexpr std::uint32_t kMaxTitleChars = 250;
constexpr std::uint32_t kMinTitleWords = 3;
// Post titles under a site-name <h1> are <h2> or <h3>; deeper headings are
// sections of the text.
constexpr int kMaxTitleSegmentHeadingLevel = 3;
// Templates without a headline <h1> mark the post title as <h2>, older
// ones as <h3> or <h4>; the first such heading of the content is taken.
constexpr int kMaxPostTitleHeadingLevel = 4;
// A heading that repeats a whole part of the <title> word for word may be
// a two-word name ("Villa Galaxy" of "Villa Galaxy - Ferienvilla in
// Florida"): the repetition is the evidence, not the length. One word
// ("Kontakt", "News") repeats a section name too often.
constexpr std::size_t kMinTitleSegmentHeadingWords = 2;
// How a declared title joins kicker and headline: "Kicker: Headline".
constexpr std::string_view kKickerJoins[] = {": ", " - ", " \u2013 ", " | "};

bool LooksLikeHeadline(const Block& b) {
  return b.chars >= kMinTitleChars && b.chars <= kMaxTitleChars && b.words >= kMinTitleWords &&
         !EndsLikeSentence(b.text) && !IsPhraseLine(b) && b.text.find("©") == std::string::npos;
}

// A text capture has no tags: what stands between the headline and the
// body (bylines, tag and category lists, share bars, picture credits,
// form fields) must be told from the headline by how it reads.
// A list of tags or categories: this many commas, items of a word or two.
constexpr int kMinListCommas = 2;
constexpr double kMaxListItemWords = 2.0;
// Marks of a line that is no headline: a renderer's placeholder for an
// image or a form field ("[image]", "[ ]"), a link or an address, paging
// arrows.
constexpr std::string_view kNotHeadlineMarks[] = {"[", "://", "www.", "@", "\u2190", "\u2192"};

bool LooksLikeCaptureHeadline(const Block& b) {
  if (!LooksLikeHeadline(b)) return false;
  const std::string_view text = b.text;
  for (std::string_view mark : kNotHeadlineMarks) {
    if (text.find(mark) != std::string_view::npos) return false;
  }
  if (internal::ParseBylineLine(internal::StripBullet(text))) return false;
  if (!SplitCredit(text).credit.empty()) return false;  // a picture's caption or credit
  const auto commas = std::count(text.begin(), text.end(), ',');
  if (commas >= kMinListCommas && double(b.words) / double(commas + 1) <= kMaxListItemWords) return false;
  // Tags and share bars are written in lower case ("teilen tweeten mailen");
  // a headline in a Latin script has a capital somewhere.
  bool latin = false, capital = false;
  for (char ch : text) {
    if (ch >= 'a' && ch <= 'z') latin = true;
    if (ch >= 'A' && ch <= 'Z') capital = true;
  }
  if (latin && !capital && std::none_of(text.begin(), text.end(), [](char ch) { return (ch & 0x80) != 0; })) {
    return false;
  }
  // A caption a capture printed twice, run together ("Am SeeAm See").
  if (text.size() % 2 == 0 && text.substr(0, text.size() / 2) == text.substr(text.size() / 2)) return false;
  return true;
}

class TitleFinder {
 public:
  TitleFinder(const blocks::BlockStream& s, const PageMetadata& declared, Labels& labels)
      : s_(s), bs_(s.blocks), declared_(declared), labels_(labels) {
    found_.index = bs_.size();
    first_content_ = bs_.size();
    for (std::size_t i = 0; i < bs_.size() && first_content_ == bs_.size(); ++i) {
      if (labels_[i] == Label::kContent) first_content_ = i;
    }
  }

  FoundTitle Run() {
    FindTitle();
    return std::move(found_);
  }

 private:
  void SetTitle(std::size_t i) {
    found_.index = i;
    found_.title = {bs_[i].text, s_.from_html ? Source::kMarkup : Source::kText};
    labels_[i] = Label::kTitle;
  }

  void FindTitle() {
    if (s_.from_html) {
      // The heading that repeats the declared title; else the first <h1>.
      std::size_t first_h1 = bs_.size();
      int h1_count = 0;
      bool any_headline_h1 = false;  // boilerplate or not
      std::size_t cut_match = bs_.size();
      std::size_t any_h1 = bs_.size();  // boilerplate or not
      int any_h1_count = 0;
      // <h1>s that name the site among other words ("Unsere MinusL
      // Joghurts" on a site named "MinusL"), inside the content.
      std::size_t site_h1 = bs_.size();
      int site_h1_count = 0;
      for (std::size_t i = 0; i < bs_.size(); ++i) {
        const Block& b = bs_[i];
        if (b.kind != Kind::kHeading) continue;
        if (declared_.title.found() && SameTitle(b.text, declared_.title.value)) {
          // A teaser's copy cut to length ("… Fall gehen…") is taken only
          // when the page has no whole copy of the headline.
          if (EndsWithEllipsis(b.text) && !EndsWithEllipsis(declared_.title.value)) {
            if (cut_match == bs_.size()) cut_match = i;
            continue;
          }
          SetTitle(i);
          SplitKickerFromHeading();
          break;
        }
        if (declared_.title.found() && KickerBeforeJoinsToDeclared(i)) {
          if (!found_.kicker.found()) found_.kicker = {bs_[i - 1].text, Source::kMarkup};
          SetTitle(i);
          break;
        }
        if (b.level == 1 && !HeadingNamesSite(b.text, declared_.sitename.value, declared_.url.value)) {
          // One-word <h1>s outside the content are a sidebar's or a menu's
          // ("Page", "User" on wikis), not a headline the post's <h2>
          // would stand under.
          if (labels_[i] == Label::kContent || CountWords(b.text) >= kMinTitleSegmentHeadingWords) any_headline_h1 = true;
          if (labels_[i] != Label::kComment) {
            if (any_h1 == bs_.size()) any_h1 = i;
            ++any_h1_count;
          }
          if (labels_[i] != Label::kBoilerplate) {
            if (first_h1 == bs_.size()) first_h1 = i;
            ++h1_count;
          }
        } else if (b.level == 1 && labels_[i] == Label::kContent && CountWords(b.text) >= kMinTitleWords) {
          if (site_h1 == bs_.size()) site_h1 = i;
          ++site_h1_count;
        }
      }
      if (found_.index == bs_.size() && cut_match != bs_.size()) {
        SetTitle(cut_match);
        SplitKickerFromHeading();
      }
      // A heading that repeats another declared title (og:title where the
      // JSON-LD headline is an SEO variant).
      for (std::size_t i = 0; i < bs_.size() && found_.index == bs_.size(); ++i) {
        const Block& b = bs_[i];
        // Boilerplate too: a heading a headline declaration repeats is the
        // headline wherever the layout put it.
        if (b.kind != Kind::kHeading || b.level > 2) continue;
        if (HeadingNamesSite(b.text, declared_.sitename.value, declared_.url.value)) continue;
        for (const Sourced<std::string>& claim : declared_.title_claims) {
          // Headline declarations only: <title> often holds the site's
          // name alone, and the markup claim is the first <h1> itself.
          if (claim.source != Source::kJsonLd && claim.source != Source::kOpenGraph &&
              claim.source != Source::kMicrodata) {
            continue;
          }
          if (SameTitle(b.text, claim.value)) {
            SetTitle(i);
            break;
          }
        }
      }
      if (found_.index == bs_.size() && first_h1 != bs_.size() &&
          (!declared_.title.found() || h1_count == 1)) {
        SetTitle(first_h1);
        if (declared_.title.found()) SplitKickerFromHeading();
      }
      // The page's only <h1>, even where the layout put it in a block
      // labelled boilerplate (a header band, a hero image's overlay): one
      // <h1> is the headline far more often than the site's chrome.
      if (found_.index == bs_.size() && h1_count == 0 && any_h1_count == 1) {
        SetTitle(any_h1);
        if (declared_.title.found()) SplitKickerFromHeading();
      }
      if (found_.index == bs_.size()) FindHeadingInTitleSegments();
      // Blog and CMS templates without a headline <h1> (the <h1> is the
      // site's name, or there is none) set the post title as the first
      // <h2> of the content (older ones an <h3> or <h4>), and declare
      // nothing but a <title> of site and section. That heading is the
      // headline.
      if (found_.index == bs_.size() && !any_headline_h1 &&
          (!declared_.title.found() || declared_.title.source == Source::kMeta)) {
        for (std::size_t i = 0; i < bs_.size(); ++i) {
          const Block& b = bs_[i];
          if (b.kind != Kind::kHeading || b.level < 2 || b.level > kMaxPostTitleHeadingLevel) continue;
          if (labels_[i] != Label::kContent) continue;
          if (i > first_content_ + kMetaWindowBlocks) break;
          SetTitle(i);
          break;
        }
      }
      // A product or section page whose one <h1> names the site among
      // other words: where it stands in the content, not in the header
      // band, it is the page's headline, not the site's logo.
      if (found_.index == bs_.size() && any_h1_count == 0 && site_h1_count == 1) SetTitle(site_h1);
      // Further copies of the headline in the body go too.
      if (found_.title.found() || declared_.title.found()) {
        const std::string& t = found_.title.found() ? found_.title.value : declared_.title.value;
        for (std::size_t i = 0; i < bs_.size(); ++i) {
          if (labels_[i] == Label::kContent && bs_[i].kind == Kind::kHeading && SameTitle(bs_[i].text, t)) {
            labels_[i] = Label::kTitle;
          }
        }
      }
      return;
    }
    // Text capture: the last headline-like line before the body.
    for (std::size_t i = first_content_; i-- > 0;) {
      if (labels_[i] != Label::kOutside) continue;
      if (LooksLikeCaptureHeadline(bs_[i]) && !FindDateInText(bs_[i].text)) {
        SetTitle(i);
        return;
      }
    }
  }

  // "Grenzschließungen: Deutschland, Frankreich und …" declared, and on
  // the page a kicker line "Grenzschließungen" right above the heading
  // "Deutschland, Frankreich und …": the declaration joins kicker and
  // headline word for word, so this heading is the headline even where a
  // section's <h1> stands higher up.
  bool KickerBeforeJoinsToDeclared(std::size_t i) {
    if (i == 0) return false;
    const Block& kicker = bs_[i - 1];
    if (kicker.kind == Kind::kImage || kicker.words == 0 || kicker.chars > kMaxKickerChars ||
        CountWords(bs_[i].text) < kMinTitleWords) {
      return false;
    }
    const std::vector<std::string>& headlines = NormalisedHeadlineDeclarations();
    for (std::string_view join : kKickerJoins) {
      const std::string joined = NormalisedTitle(kicker.text + std::string(join) + bs_[i].text);
      if (std::find(headlines.begin(), headlines.end(), joined) != headlines.end()) return true;
    }
    return false;
  }

  // The declared title and the headline declarations (og:title, JSON-LD,
  // microdata; not the markup claim, which is the first <h1> itself),
  // normalised once per page.
  const std::vector<std::string>& NormalisedHeadlineDeclarations() {
    if (!headline_declarations_ready_) {
      headline_declarations_ready_ = true;
      headline_declarations_.push_back(NormalisedTitle(declared_.title.value));
      for (const Sourced<std::string>& claim : declared_.title_claims) {
        if (claim.source == Source::kJsonLd || claim.source == Source::kOpenGraph ||
            claim.source == Source::kMicrodata) {
          headline_declarations_.push_back(NormalisedTitle(claim.value));
        }
      }
    }
    return headline_declarations_;
  }

  // "Four Years Remaining » Blog Archive » Interning of Small Integers":
  // a <title> of site, section and headline, where the visible headline is
  // an <h2> or <h3> of the post. A heading that repeats one whole part of
  // the <title> (a headline-sized part that does not name the site) is the
  // headline; the cleaned declaration may have kept the wrong part.
  void FindHeadingInTitleSegments() {
    for (const Sourced<std::string>& claim : declared_.title_claims) {
      if (claim.source != Source::kMeta) continue;
      std::vector<std::string> parts = TitleSegments(claim.value);
      if (parts.size() < 2) continue;
      for (std::size_t i = 0; i < bs_.size(); ++i) {
        const Block& b = bs_[i];
        if (b.kind != Kind::kHeading || b.level > kMaxTitleSegmentHeadingLevel) continue;
        if (labels_[i] == Label::kComment || CountWords(b.text) < kMinTitleSegmentHeadingWords) continue;
        if (HeadingNamesSite(b.text, declared_.sitename.value, declared_.url.value)) continue;
        const std::string heading = NormalisedTitle(b.text);
        for (const std::string& part : parts) {
          if (heading == NormalisedTitle(part)) {
            SetTitle(i);
            return;
          }
        }
      }
    }
  }

  // Some pages put the kicker inside the <h1> ("<h1><span>Open
  // Progress</span> Why collaborative thinking …</h1>"), and the block text
  // runs both together. When the heading is a short prefix plus the
  // declared title, the declared title is the headline and the prefix the
  // kicker.
  // The most trusted declaration first, then every other declared title
  // (og:title may name the section while <title> holds the headline).
  void SplitKickerFromHeading() {
    if (SplitKickerAgainst(declared_.title.value)) return;
    for (const Sourced<std::string>& claim : declared_.title_claims) {
      if (SplitKickerAgainst(claim.value)) return;
    }
  }

  bool SplitKickerAgainst(std::string_view declared_title) {
    const std::string heading = CollapseWhitespace(found_.title.value);
    const std::string declared = CollapseWhitespace(declared_title);
    if (std::optional<KickerSplit> split = SplitKickerAtSegment(heading, declared);
        split && split->kicker.size() <= kMaxKickerChars) {
      found_.title.value = split->headline;
      if (!found_.kicker.found()) found_.kicker = {split->kicker, s_.from_html ? Source::kMarkup : Source::kText};
      return true;
    }
    if (heading.size() <= declared.size() || !EndsWith(heading, declared)) return false;
    // "Keine Spiel-Talstraße zur Bunten Republik Neustadt" against a
    // declared "zur Bunten Republik Neustadt": a headline does not start
    // in lower case, so the declaration is a cut-off tail, not the headline.
    if (!declared.empty() && declared[0] >= 'a' && declared[0] <= 'z') return false;
    std::string_view prefix = std::string_view(heading).substr(0, heading.size() - declared.size());
    // A word cut in two, unless a separator glued to the headline ends the
    // prefix ("… Integrationsdirektion :Impfen und Boostern …").
    if (prefix.back() != ' ' && prefix.back() != ':' && prefix.back() != '|') return false;
    prefix = Trim(prefix);
    // "„Pure Leere“: Marita Kramer verpasst …": a colon written against the
    // word before it belongs to the headline as written; one set apart
    // ("Auftragshoch bei FACC : Luftfahrtbranche …") joins two elements.
    if (prefix.size() >= 2 && prefix.back() == ':' && prefix[prefix.size() - 2] != ' ') return false;
    while (!prefix.empty() && (prefix.back() == ':' || prefix.back() == '|' || prefix.back() == '-')) {
      prefix = Trim(prefix.substr(0, prefix.size() - 1));
    }
    if (prefix.size() > kMaxKickerChars) return false;
    found_.title.value = declared;
    if (!prefix.empty() && !found_.kicker.found()) {
      found_.kicker = {std::string(prefix), s_.from_html ? Source::kMarkup : Source::kText};
    }
    return true;
  }

  const blocks::BlockStream& s_;
  const std::vector<Block>& bs_;
  const PageMetadata& declared_;
  Labels& labels_;
  FoundTitle found_;
  std::size_t first_content_ = 0;
  std::vector<std::string> headline_declarations_;
  bool headline_declarations_ready_ = false;
};

}  // namespace

bool IsPhraseLine(const Block& b) {
  PhraseRole role;
  return b.chars < 100 && MatchLine(NormaliseLine(b.text), &role);
}

FoundTitle FindTitle(const blocks::BlockStream& stream, const PageMetadata& declared, Labels& labels) {
  return TitleFinder(stream, declared, labels).Run();
}

}  // namespace klartext::extract
