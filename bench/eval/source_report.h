// bench/eval/source_report.h: how reliable each metadata source is, per
// field and per site fold (klartext-eval --sources).
//
// For title, date and author, the annotated pages are grouped by where
// klartext took the field from (Article::sources: "json-ld", "opengraph",
// "meta", "markup", "text", …; "none" when the field stayed empty) and each
// group's exact-match rate is printed for the whole set and for every site
// fold. A source whose rate swings from fold to fold, or sits below another
// source for the same field, is ranked too high.
#ifndef KLARTEXT_BENCH_EVAL_SOURCE_REPORT_H_
#define KLARTEXT_BENCH_EVAL_SOURCE_REPORT_H_

#include <nlohmann/json.hpp>
#include <ostream>

#include "runner.h"

namespace klartext::eval {

// Prints the table for a trafilatura run (the set with metadata
// annotations) and returns it as JSON: [{"field", "source", "pages",
// "matched", "rate", "fold_rates": [...]}]. Other sets print nothing.
nlohmann::json PrintFieldSources(std::ostream& out, const SetRun& run, int folds);

}  // namespace klartext::eval

#endif  // KLARTEXT_BENCH_EVAL_SOURCE_REPORT_H_
