// LabelTextRegion: the article region of a text capture (extract/select_text.h).
//
// A capture is the whole page flattened: menus, teasers, cookie text and
// footers around the article. The article is the densest run of prose, so
// every block gets a score (prose positive, navigation-like lines
// negative) and the region is the contiguous run of blocks with the
// largest sum: the maximum-subarray problem, solved in one pass (Kadane).
// Short lines between paragraphs (subheads, a short list) cost a little
// and stay when prose follows; a long menu costs more than any paragraph
// brings and splits the page there; a wall (a line opening comments or
// related posts) is never crossed by the run. The best run is then
// widened over neighbouring prose (the lead above a share bar, the text
// after a related box set into the article) and its edges adjusted line
// by line (a standfirst, a last line ending in ':', an author's bio).
// Inside the region, lines that are plainly not article text (form
// controls, flattened menus, lines the page repeats) become boilerplate.
// The scores and their reasons: doc/text_captures.md.
#include "extract/select_text.h"

#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "core/language.h"
#include "core/text.h"
#include "extract/block_rules.h"
#include "extract/text_rules.h"
#include "extract/text_scores.h"

namespace klartext::extract {
namespace {

using blocks::Block;
using blocks::Kind;

// A standfirst is longer than the headline above it, and at least this long.
constexpr std::uint32_t kMinDekChars = 50;
// Prose beside the best run counts this many times when widening it:
// more before it (the lead and first paragraphs sit above a picture, a
// video box, a byline block) than after it (comments, related posts).
constexpr double kBridgeProseFactor = 1.5;
constexpr double kBridgeBeforeFactor = 2.5;
// Before the run, a run of junk lines (a share bar, a button row between
// the lead and the body) costs at most this much.
constexpr double kMaxJunkRunCost = 3.0;
// … as long as the gap has at most this many other lines (dates, labels);
// a carousel of pictures and headlines is no share bar.
constexpr std::size_t kMaxCappedGapLines = 10;
// A related box set into an article ("Auch interessant" and a few
// headlines) has at most this many lines before the article goes on.
constexpr std::size_t kMaxInlineBoxBlocks = 5;

// Before the run, any gap between paragraphs costs at most this much: a
// carousel of job ads or pictures set between the lead and the body is
// long, but the article's prose around it outweighs it (2.5 times, so
// the prose before must bring 6 points). A gap that reached the cap is
// boilerplate when crossed. (6: +1 segment, 10: +3 and +1 FP, 15: +3,
// trafilatura text.)
constexpr double kMaxGapCost = 15.0;

struct Run {
  std::size_t first = 0, last = 0;  // inclusive
};

// Kadane: the run with the largest sum, which never crosses a wall. None
// when no block scores above zero.
std::optional<Run> BestRun(const std::vector<Scored>& scored) {
  double best = 0, sum = 0;
  std::size_t first = 0;
  std::optional<Run> found;
  for (std::size_t i = 0; i < scored.size(); ++i) {
    if (scored[i].wall) {
      sum = 0;
      first = i + 1;
      continue;
    }
    if (sum <= 0) {
      sum = 0;
      first = i;
    }
    sum += scored[i].score;
    if (sum > best) {
      best = sum;
      found = Run{first, i};
    }
  }
  return found;
}

// Beside the run, prose counts `factor` times (teasers excepted), so a gap
// is crossed when the prose behind it is worth a share of what the gap
// costs; walls are not crossed.
double Bridged(const Scored& sc, double factor) {
  if (sc.wall) return -1e9;
  return sc.score > 0 && !sc.teaser ? factor * sc.score : sc.score;
}

// Widens the run back over the lead and first paragraphs, which sit above
// a picture, a video box, a byline block. A share bar or most-read box
// between them is a gap whose junk lines cost at most kMaxJunkRunCost in
// all, while the gap has at most kMaxCappedGapLines other lines (a
// carousel of pictures and headlines is no share bar); a "Comments" link
// among the junk is a wall by its words only. Any other gap costs at most
// kMaxGapCost; crossed gaps that reached it are added to `boxes`.
void WidenBefore(const ScoredPage& p, Run& run, std::vector<std::pair<std::size_t, std::size_t>>& boxes) {
  const auto& scored = p.scored;
  double sum = 0, best_sum = 0, junk_run = 0, gap_cost = 0;
  std::size_t other_lines = 0, gap_end = run.first;
  for (std::size_t k = run.first; k-- > 0;) {
    const bool bar_wall = IsBarWall(p, k);
    double step = bar_wall ? scored[k].score : Bridged(scored[k], kBridgeBeforeFactor);
    if (scored[k].wall && !bar_wall) break;
    if (scored[k].junk && (!scored[k].wall || bar_wall)) {
      if (other_lines <= kMaxCappedGapLines) step = std::max(step, -std::max(0.0, kMaxJunkRunCost - junk_run));
      junk_run -= step;
    } else if (scored[k].score > 0) {
      junk_run = 0;
      other_lines = 0;
    } else {
      ++other_lines;
    }
    if (step < 0) {
      step = std::max(step, -std::max(0.0, kMaxGapCost - gap_cost));
      gap_cost -= step;
    } else if (step > 0) {
      if (gap_cost >= kMaxGapCost) boxes.emplace_back(k + 1, gap_end);
      gap_cost = 0;
      gap_end = k;
    }
    sum += step;
    if (sum > best_sum) {
      best_sum = sum;
      run.first = k;
    }
  }
  // Boxes beyond the new start were not crossed.
  std::erase_if(boxes, [&](const auto& b) { return b.first < run.first; });
}

// Widens the run on over paragraphs after a table, a quote box or a form.
// A related box set into the article (its opener, a few teaser lines,
// then prose that is no teaser within kMaxInlineBoxBlocks blocks) is
// crossed: the opener costs its wall score, the prose after it counts
// undamped. The lines of crossed boxes are added to `boxes`.
void WidenAfter(ScoredPage& p, Run& run, std::vector<std::pair<std::size_t, std::size_t>>& boxes) {
  const auto& bs = p.bs;
  auto& scored = p.scored;
  auto resumes_after_box = [&](std::size_t k) -> std::size_t {  // where the article goes on, or 0
    for (std::size_t q = k + 1; q < bs.size() && q <= k + kMaxInlineBoxBlocks + 1; ++q) {
      if (scored[q].wall) return 0;
      if (scored[q].prose && !scored[q].teaser && bs[q].chars >= kBodyTextChars) return q;
    }
    return 0;
  };
  double sum = 0, best_sum = 0;
  for (std::size_t k = run.last + 1; k < bs.size(); ++k) {
    if (const std::size_t resumes = scored[k].box ? resumes_after_box(k) : 0) {
      boxes.emplace_back(k + 1, resumes);
      sum += scored[k].score;
      for (std::size_t q = k + 1; q < bs.size() && q <= k + kMaxInlineBoxBlocks + 1; ++q) {
        if (scored[q].prose && scored[q].score > 0) scored[q].score = scored[q].undamped;
      }
      continue;
    }
    sum += Bridged(scored[k], kBridgeProseFactor);
    if (sum < -1e8) break;
    if (sum > best_sum) {
      best_sum = sum;
      run.last = k;
    }
  }
}

// The edges of the widened run, line by line.
void AdjustEdges(const ScoredPage& p, Run& run) {
  const auto& bs = p.bs;
  const auto& scored = p.scored;
  // A line right after the last paragraph that ends in ':' points to what
  // follows ("Das Konzeptpapier finden Sie hier:", "In short:"): the
  // author's last words, not the page's.
  if (run.last + 1 < bs.size() && scored[run.last].prose) {
    const std::size_t k = run.last + 1;
    if (!scored[k].junk && !scored[k].wall && EndsWithColon(bs[k].text) && !IsSpeakerLabel(bs[k]) &&
        FunctionWordShare(bs[k].text) >= kMinProseFunctionShare) {
      run.last = k;
    }
  }
  // A standfirst: the line between the headline and the body that sums
  // the story up. It does not end like a sentence on many pages, so it
  // reads as a second headline; when a headline-like line stands right
  // above it, it is the dek and belongs to the text.
  if (run.first >= 2) {
    const Block& dek = bs[run.first - 1];
    const Block& above = bs[run.first - 2];
    if (!scored[run.first - 1].junk && !scored[run.first - 1].wall && dek.chars >= kMinDekChars &&
        dek.kind != Kind::kListItem && FunctionWordShare(dek.text) >= kMinProseFunctionShare &&
        above.chars < dek.chars && above.words >= kMinPhraseWords && !EndsLikeSentence(above.text) &&
        !scored[run.first - 2].prose && !StartsWith(dek.text, above.text)) {  // not a caption and its credit
      --run.first;
    }
  }
  // The author's biography under the last paragraph (or above the first)
  // is prose about the writer, not the story.
  const bool bio_last = run.last > run.first && LooksLikeAuthorBio(bs[run.last].text);
  const bool bio_first = run.last > run.first && LooksLikeAuthorBio(bs[run.first].text);
  if (bio_last) --run.last;
  if (bio_first) ++run.first;
}

// KLARTEXT_TRACE=1 (see extract.cc): each block's score, for tuning;
// KLARTEXT_TRACE=full prints whole blocks instead of their first 60 bytes.
void TraceScores(const ScoredPage& p, const Run& run) {
  static const char* trace = std::getenv("KLARTEXT_TRACE");
  if (trace == nullptr) return;
  const int shown = std::string_view(trace) == "full" ? 1 << 20 : 60;
  for (std::size_t i = 0; i < p.bs.size(); ++i) {
    std::fprintf(stderr, "score %4zu %+5.2f%s %s %.*s\n", i, p.scored[i].score, p.scored[i].junk ? " junk" : "",
                 i >= run.first && i <= run.last ? "IN " : "   ", shown, p.bs[i].text.c_str());
  }
}

}  // namespace

bool ReadsLikeBodyText(const Block& b) {
  return b.chars >= kBodyTextChars && EndsLikeSentence(b.text);
}

Labels LabelTextRegion(const blocks::BlockStream& s, RuleFamilySet disabled) {
  ScoredPage p{s.blocks, {}, {}, disabled};
  Labels labels(p.bs.size(), Label::kOutside);
  if (p.bs.empty()) return labels;

  ScorePage(p);
  std::optional<Run> best = BestRun(p.scored);
  if (!best) {
    // No prose at all: keep everything and let the rules judge.
    for (auto& l : labels) l = Label::kContent;
    return labels;
  }
  Run run = *best;
  std::vector<std::pair<std::size_t, std::size_t>> boxes;  // crossed boxes' lines [first, last)
  if (p.on(RuleFamily::kTextWidening)) {
    WidenBefore(p, run, boxes);
    WidenAfter(p, run, boxes);
  }
  if (p.on(RuleFamily::kTextEdges)) AdjustEdges(p, run);
  TraceScores(p, run);

  for (std::size_t i = run.first; i <= run.last; ++i) {
    labels[i] = p.scored[i].junk ? Label::kBoilerplate : Label::kContent;
  }
  // The lines of a related box crossed inside the region are its links.
  if (p.on(RuleFamily::kTextCrossedBoxes)) {
    for (const auto& [first, last] : boxes) {
      for (std::size_t i = first; i < last && i <= run.last; ++i) labels[i] = Label::kBoilerplate;
    }
  }
  return labels;
}

}  // namespace klartext::extract
