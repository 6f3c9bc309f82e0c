// bench/eval/report.h: what klartext-eval prints.
// Thread safety: functions write only to the stream given.
#ifndef KLARTEXT_BENCH_EVAL_REPORT_H_
#define KLARTEXT_BENCH_EVAL_REPORT_H_

#include <ostream>
#include <vector>

#include "runner.h"
#include "summary.h"

namespace klartext::eval {

// One row per set, then per trafilatura row its German subset and the
// metadata exact-match rates.
void PrintSummaryTable(std::ostream& out, const std::vector<SetSummary>& summaries);

// The n pages with the lowest F1, and the n with most false positives; for
// trafilatura each with its missed `with` and found `without` segments.
void PrintWorstPages(std::ostream& out, const SetRun& run, int n);

// Every trafilatura page whose title, date or author misses its
// annotation, one line each: field, page name, annotated value, ours.
void PrintFieldMisses(std::ostream& out, const SetRun& run);

// Page i's F1 as --worst ranks it: shingle F1 (ScrapingHub) or segment
// F1 (trafilatura).
double PageF1Of(const SetRun& run, std::size_t i);

// One page in full: scores, metadata against the annotation, our text.
void PrintPage(std::ostream& out, const EvalPage& page, const PageResult& result);

}  // namespace klartext::eval

#endif  // KLARTEXT_BENCH_EVAL_REPORT_H_
