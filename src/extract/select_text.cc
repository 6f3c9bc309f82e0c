// LabelTextRegion: the article region of a text capture (extract/select_text.h).
//
// A capture is the whole page flattened: menus, teasers, cookie text and
// footers around the article. The article is the densest run of prose, so
// every block gets a score (prose positive, navigation-like lines
// negative) and the region is the contiguous run of blocks with the
// largest sum: the maximum-subarray problem, solved in one pass (Kadane).
// Short lines between paragraphs (subheads, a short list) cost a little
// and stay when prose follows; a long menu costs more than any paragraph
// brings and splits the page there. Inside the region, lines that are
// plainly not article text (form controls, flattened menus, lines the page
// repeats) become boilerplate.
#include "extract/select_text.h"

#include <algorithm>
#include <string>
#include <unordered_map>

#include "extract/block_rules.h"
#include "extract/lexicon/lexicon.h"
#include "extract/text_rules.h"

namespace klartext::extract {
namespace {

using blocks::Block;
using blocks::Kind;

// A text block reads like body text from this many characters on.
constexpr std::uint32_t kBodyTextChars = 100;

// Scoring. Prose earns one point per kCharsPerPoint characters, up to
// kMaxProsePoints (one huge block must not outweigh the rest of the page).
constexpr double kCharsPerPoint = 100.0;
constexpr double kMaxProsePoints = 6.0;
// A block is prose from kProseChars on when it has a sentence end and
// enough function words; German and English prose has about 0.3–0.5,
// headlines and link lists under 0.15. Text in other languages has none
// of our function words and is judged by length and punctuation alone.
constexpr std::uint32_t kProseChars = 80;
constexpr double kMinProseFunctionShare = 0.12;
// Shorter sentences (a one-line paragraph, a quoted answer) are weak prose.
constexpr std::uint32_t kShortSentenceChars = 30;
constexpr double kShortSentencePoints = 0.3;
// What a non-prose line costs: a menu entry, a teaser headline, a button.
constexpr double kShortLineCost = 0.6;
// Subheads cost less: an article has some between its paragraphs.
constexpr double kHeadingCost = 0.3;
// Lines that are never article text cost more.
constexpr double kWidgetCost = 1.0;
constexpr double kMenuLineCost = 1.5;
constexpr double kRepeatedLineCost = 1.5;
constexpr double kPhraseLineCost = 1.0;
// A line printed this many times on the page is navigation or a teaser
// (a menu repeated in the footer, "Weiterlesen" under every teaser).
constexpr int kRepeatedLine = 2;
// Repetition of long blocks is left to the duplicate rule (block_rules).
constexpr std::uint32_t kMaxRepeatedLineChars = 100;

bool IsPhraseBoilerplate(const std::string& norm, const Block& b) {
  PhraseRole role;
  return (b.chars < 100 && MatchLine(norm, &role)) || (b.chars <= 300 && ContainsBoilerPhrase(norm));
}

bool IsProse(const Block& b) {
  if (b.chars < kProseChars) return false;
  if (CountSentenceEnds(b.text) == 0 && !EndsLikeSentence(b.text)) return false;
  // No function word at all: another language, or a keyword list; a
  // few of ours in a long block: a list of names or headlines.
  const double share = FunctionWordShare(b.text);
  return share == 0.0 || share >= kMinProseFunctionShare;
}

struct Scored {
  double score = 0;
  bool junk = false;  // never article text, even inside the region
};

Scored ScoreBlock(const Block& b, int copies) {
  const std::string norm = NormaliseLine(b.text);
  if (IsWidgetLine(b.text)) return {-kWidgetCost, true};
  if (b.chars <= kMaxRepeatedLineChars && copies >= kRepeatedLine) return {-kRepeatedLineCost, true};
  if (LooksLikeMenuLine(b.text)) return {-kMenuLineCost, true};
  if (IsPhraseBoilerplate(norm, b)) return {-kPhraseLineCost, false};
  if (IsProse(b)) return {std::min(kMaxProsePoints, b.chars / kCharsPerPoint), false};
  if (b.kind == Kind::kHeading) return {-kHeadingCost, false};
  if (b.chars >= kShortSentenceChars && EndsLikeSentence(b.text)) return {kShortSentencePoints, false};
  return {-kShortLineCost, false};
}

}  // namespace

bool ReadsLikeBodyText(const Block& b) {
  return b.chars >= kBodyTextChars && EndsLikeSentence(b.text);
}

Labels LabelTextRegion(const blocks::BlockStream& s) {
  const auto& bs = s.blocks;
  Labels labels(bs.size(), Label::kOutside);
  if (bs.empty()) return labels;

  std::unordered_map<std::string, int> copies;
  std::vector<std::string> norms(bs.size());
  for (std::size_t i = 0; i < bs.size(); ++i) {
    norms[i] = NormaliseLine(bs[i].text);
    ++copies[norms[i]];
  }
  std::vector<Scored> scored(bs.size());
  for (std::size_t i = 0; i < bs.size(); ++i) scored[i] = ScoreBlock(bs[i], copies[norms[i]]);

  // Kadane: the run [best_first, best_last] with the largest sum.
  double best = 0, run = 0;
  std::size_t run_first = 0, best_first = 0, best_last = 0;
  bool found = false;
  for (std::size_t i = 0; i < bs.size(); ++i) {
    if (run <= 0) {
      run = 0;
      run_first = i;
    }
    run += scored[i].score;
    if (run > best) {
      best = run;
      best_first = run_first;
      best_last = i;
      found = true;
    }
  }
  if (!found) {
    // No prose at all: keep everything and let the rules judge.
    for (auto& l : labels) l = Label::kContent;
    return labels;
  }
  for (std::size_t i = best_first; i <= best_last; ++i) {
    labels[i] = scored[i].junk ? Label::kBoilerplate : Label::kContent;
  }
  return labels;
}

}  // namespace klartext::extract
