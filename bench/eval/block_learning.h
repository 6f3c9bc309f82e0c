// bench/eval/block_learning.h: trains the block model (extract/block_model.h)
// on the dev annotations and cross-validates it by site fold
// (klartext-eval --learn).
//
// Every page of both sets is classified once (extract/classify_page.h).
// Each block the model would judge gets a target from the annotations:
//   trafilatura  1 if the block holds a `with` segment (or lies inside
//                one) and no `without` segment, 0 for the reverse;
//   ScrapingHub  1 if at least kMinShinglePrecision of its word shingles are
//                in the annotated body, 0 if at most kMaxShinglePrecision;
// other blocks are left out. The pages of both sets are split into site
// folds together (site_folds.h); for each fold a logistic regression is
// trained on the other folds' blocks and applied to the fold's pages, which
// are then finished and scored as klartext-eval scores them. So every
// cross-validated figure comes from a model that never saw the page's site.
// Thread safety: single-threaded.
#ifndef KLARTEXT_BENCH_EVAL_BLOCK_LEARNING_H_
#define KLARTEXT_BENCH_EVAL_BLOCK_LEARNING_H_

#include <nlohmann/json.hpp>
#include <ostream>
#include <string>

#include "runner.h"

namespace klartext::eval {

inline constexpr double kMinShinglePrecision = 0.6;
inline constexpr double kMaxShinglePrecision = 0.2;
// L2 penalty of the regression (not on the intercept): it keeps weights
// finite on features that separate the training blocks perfectly (a flag
// seen on one site). 10 cross-validated a little better than 1.
inline constexpr double kL2Penalty = 10.0;
// The model runs only if some threshold pair raises the mean of the two
// sets' cross-validated F1 by this much, and lowers neither: one trafilatura
// segment moves that set's F1 by ~0.0003, so less is noise.
inline constexpr double kMinModelGain = 0.002;
struct LearnOptions {
  RunOptions run;     // data_dir; mode must be kHtml
  int folds = 5;
  // Where to write the model trained on all pages with the thresholds that
  // cross-validated best (a C++ include, extract/block_model_weights.inc);
  // empty: do not write.
  std::string write_weights;
};

// Runs the cross-validation, prints the threshold grid (CV F1 per set with
// each drop/keep pair, beside the rules alone) and returns it as JSON.
// Errors: those of LoadPages.
Result<nlohmann::json> LearnBlockModel(std::ostream& out, const LearnOptions& options);

}  // namespace klartext::eval

#endif  // KLARTEXT_BENCH_EVAL_BLOCK_LEARNING_H_
