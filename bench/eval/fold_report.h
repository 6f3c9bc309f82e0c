// bench/eval/fold_report.h: the per-fold table of klartext-eval --folds K
// (site_folds.h says why the folds are by site).
#ifndef KLARTEXT_BENCH_EVAL_FOLD_REPORT_H_
#define KLARTEXT_BENCH_EVAL_FOLD_REPORT_H_

#include <nlohmann/json.hpp>
#include <ostream>

#include "runner.h"
#include "summary.h"

namespace klartext::eval {

// Prints one line per fold (sites, pages, P/R/F1 and, for trafilatura, the
// title/date/author exact-match rates) and the folds' mean, min and max F1
// beside the whole set's. Returns the same as JSON: {"folds": K, "sites": N,
// "fold": [...per-fold summaries...], "f1_mean", "f1_min", "f1_max",
// "f1_whole"} plus, for trafilatura, the per-field means.
nlohmann::json PrintSiteFolds(std::ostream& out, const SetRun& run, const SetSummary& whole,
                              int folds);

}  // namespace klartext::eval

#endif  // KLARTEXT_BENCH_EVAL_FOLD_REPORT_H_
