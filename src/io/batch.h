// io/batch.h: extract many pages on all cores, output in input order.
//
//   N workers, each: read next record ──► Extract + emit ──► write what is next in order
//
// N workers, each on a LargeStackThread, take turns at reading InputRecords
// from an InputSource (one at a time, so records are numbered in input
// order), extract and format them in parallel, and write the results
// strictly in input order: whoever finishes the record that is next writes
// it and any finished ones after it. There is no reader or writer thread,
// so -j 1 is one thread doing everything and -j N keeps N cores busy
// without a hand-off per record. At most `window` records are between
// being read and being written, so memory is bounded by the window times
// the largest record, never by the size of the input (a 100 GB WARC needs
// no more memory than a 1 MB one).
//
// A record that fails (unreadable, corrupt, no content …) is written as an
// error line in its place (JSON) or reported on stderr only (Markdown,
// text), and the run goes on.
// Thread safety: RunBatch is called from one thread; it starts and joins
// its own threads. The InputSource is used by one worker at a time, the
// output streams and the Progress by one worker at a time.
#ifndef KLARTEXT_IO_BATCH_H_
#define KLARTEXT_IO_BATCH_H_

#include <cstddef>
#include <cstdio>
#include <functional>
#include <string>

#include "io/input_source.h"
#include "io/progress.h"
#include "klartext/emit.h"
#include "klartext/options.h"
#include "klartext/status.h"

namespace klartext::io {

enum class OutputFormat {
  kJson,      // one JSON object per record, one per line (JSON Lines)
  kMarkdown,  // ToMarkdown
  kText,      // ToPlainText
};

struct BatchOptions {
  ExtractOptions extract;  // url and content_type are set per record
  EmitOptions emit;        // input and record_id are set per record
  OutputFormat format = OutputFormat::kJson;
  // Worker threads; 0 means one per core.
  int threads = 0;
  // Records read but not yet written, at most. 0 means 2 × threads + 2:
  // enough that no worker waits while one slow record holds up the writer.
  std::size_t window = 0;
  // When not empty, each record goes to its own file in this directory
  // ("000001-name.json", in input order) instead of to `out`.
  std::string output_dir;
  // Markdown/text on `out`: precede each record with a line naming it,
  // so several records can be told apart.
  bool label_records = false;
  std::FILE* out = stdout;
  std::FILE* err = stderr;
  // Progress line on `err` (the caller checks for a terminal and --quiet).
  bool show_progress = false;
  // JSON output: called on a worker with each article and its JSON object
  // (ToJson's output) to add fields, e.g. the analysis (`--analyze`).
  std::function<void(const Article&, std::string& json)> extend_json;
};

struct BatchResult {
  BatchCounts counts;
  // The code shared by every failed record, or kOk when none failed or
  // their codes differ: what the command's exit code is made from.
  Status::Code common_failure = Status::Code::kOk;
  bool mixed_failures = false;
  Status output_error;  // writing the output failed (disk full, closed pipe)
};

// Runs the pipeline over every record of `source`.
// REQUIRES: source.Open() returned OK.
BatchResult RunBatch(InputSource& source, const BatchOptions& options);

// The error line written in a failed record's place:
// {"input":…,"warc_record_id":…,"url":…,"error":"…","error_code":"…"}
// (warc_record_id and url only when known).
std::string ErrorLine(const std::string& input, const std::string& record_id, const std::string& url,
                      const Status& status);

}  // namespace klartext::io

#endif  // KLARTEXT_IO_BATCH_H_
