// bench/eval/segment_metric.h: the trafilatura evaluation corpus metric
// (see /work/shared/data/README.md, "trafilatura-eval-dev").
//
//   SegmentMatch m = MatchSegments(ours, page.with, page.without);
//   total += m.counts;  ...  total.F1()
//
// Every run of whitespace becomes one space and the ends are trimmed, in
// the output and in each segment (the corpus's own `re.sub(r"\s+", " ", t)
// .strip()`, with Python's Unicode whitespace set). A `with` segment found
// as a substring is a true positive, else a false negative; a `without`
// segment found is a false positive, else a true negative. Counts are
// summed over pages before the ratios are taken.
// Thread safety: pure functions.
#ifndef KLARTEXT_BENCH_EVAL_SEGMENT_METRIC_H_
#define KLARTEXT_BENCH_EVAL_SEGMENT_METRIC_H_

#include <string>
#include <string_view>
#include <vector>

namespace klartext::eval {

// True for the code points Python's `\s` matches in a str.
bool IsPythonSpace(char32_t cp);

// Whitespace runs to one ASCII space, leading and trailing ones removed.
std::string CollapseWhitespace(std::string_view text);

struct SegmentCounts {
  long tp = 0;  // `with` segments found
  long fp = 0;  // `without` segments found
  long fn = 0;  // `with` segments missed
  long tn = 0;  // `without` segments absent

  SegmentCounts& operator+=(const SegmentCounts& o) {
    tp += o.tp, fp += o.fp, fn += o.fn, tn += o.tn;
    return *this;
  }
  long Total() const { return tp + fp + fn + tn; }
  // Each is 0 when its denominator is 0.
  double Precision() const;  // tp / (tp + fp)
  double Recall() const;     // tp / (tp + fn)
  double F1() const;         // 2PR / (P + R)
  double Accuracy() const;   // (tp + tn) / all
};

struct SegmentMatch {
  SegmentCounts counts;
  std::vector<std::string> missed_with;    // as annotated, for --worst
  std::vector<std::string> found_without;  // as annotated, for --worst
};

// Scores one page's output. A failed extraction is scored as "".
SegmentMatch MatchSegments(std::string_view output, const std::vector<std::string>& with,
                           const std::vector<std::string>& without);

}  // namespace klartext::eval

#endif  // KLARTEXT_BENCH_EVAL_SEGMENT_METRIC_H_
