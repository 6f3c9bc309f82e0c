// bench/eval/shingle_metric.h: the ScrapingHub Article Extraction Benchmark
// metric (see /work/shared/data/README.md, "scrapinghub-dev").
//
//   ShingleCounts c = MatchShingles(truth, ours);     // one page
//   MeanScores s = AverageShingleScores(all_pages);   // the set
//
// Text is cut into `\w+` tokens (word_chars.h); the 4-gram shingles of the
// truth and of the prediction are compared as multisets. A text of fewer
// than 4 tokens is one shorter shingle, as in the benchmark's own code.
// Per page tp/fp/fn are divided by tp+fp+fn so every page weighs the same.
// Thread safety: pure functions.
#ifndef KLARTEXT_BENCH_EVAL_SHINGLE_METRIC_H_
#define KLARTEXT_BENCH_EVAL_SHINGLE_METRIC_H_

#include <string>
#include <string_view>
#include <vector>

namespace klartext::eval {

// The benchmark's shingle length.
inline constexpr int kShingleLength = 4;

// The `\w+` tokens of text, in order; views into text.
std::vector<std::string_view> WordTokens(std::string_view text);

// The shingles of text, each its tokens joined by one space, in order.
std::vector<std::string> Shingles(std::string_view text, int n = kShingleLength);

// One page, normalised: tp + fp + fn == 1, or all 0 when both texts have
// no token.
struct ShingleCounts {
  double tp = 0;  // shingles in both (multiset intersection)
  double fp = 0;  // predicted beyond the truth
  double fn = 0;  // truth beyond the prediction
};

ShingleCounts MatchShingles(std::string_view truth, std::string_view predicted,
                            int n = kShingleLength);

// The benchmark's per-page scores: 1 when fp == fn == 0; 0 when the
// denominator's other term is also 0.
double PagePrecision(const ShingleCounts& c);
double PageRecall(const ShingleCounts& c);
// Harmonic mean of the two (0 when both are 0): for ranking pages only;
// the set's F1 is made from the means, not from these.
double PageF1(const ShingleCounts& c);

struct MeanScores {
  double precision = 0;    // mean over pages with tp + fp > 0
  double recall = 0;       // mean over pages with tp + fn > 0
  double f1 = 0;           // 2PR / (P + R) of the two means
  int precision_pages = 0;  // how many pages the precision mean is over
  int recall_pages = 0;
};

MeanScores AverageShingleScores(const std::vector<ShingleCounts>& pages);

}  // namespace klartext::eval

#endif  // KLARTEXT_BENCH_EVAL_SHINGLE_METRIC_H_
