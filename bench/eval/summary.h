// bench/eval/summary.h: the numbers of one evaluation run of one set.
//
// For scrapinghub, precision/recall/f1 are the benchmark's means over pages
// (shingle_metric.h) and accuracy is absent; for trafilatura they are the
// summed segment counts' ratios (segment_metric.h), with accuracy, the
// German subset and the metadata exact-match rates (field_match.h).
// ToJson() gives the flat object that --json writes and that
// bench/eval/floors.json is checked against (keys as in the struct).
#ifndef KLARTEXT_BENCH_EVAL_SUMMARY_H_
#define KLARTEXT_BENCH_EVAL_SUMMARY_H_

#include <nlohmann/json.hpp>
#include <string>

#include "field_match.h"
#include "runner.h"

namespace klartext::eval {

struct SetSummary {
  std::string set;     // "scrapinghub", "trafilatura"
  std::string mode;    // "html", "text"
  std::string system;  // "klartext", "input" (--score-input) or the peer's name
  int pages = 0;       // scored pages
  int missing = 0;     // annotated pages whose HTML could not be read
  int failures = 0;    // scored pages whose extraction failed (scored as empty)
  double megabytes = 0;  // HTML scored, decompressed, in MB (10^6 bytes)
  double wall_seconds = 0;
  double extract_seconds = 0;  // summed over pages (all threads)

  double precision = 0;
  double recall = 0;
  double f1 = 0;
  bool has_accuracy = false;  // trafilatura only
  double accuracy = 0;

  // trafilatura only.
  SegmentCounts segments;
  int german_pages = 0;
  SegmentCounts german_segments;
  FieldRate title;
  FieldRate date;
  FieldRate author;
};

SetSummary Summarize(const SetRun& run);

nlohmann::json ToJson(const SetSummary& summary);

}  // namespace klartext::eval

#endif  // KLARTEXT_BENCH_EVAL_SUMMARY_H_
