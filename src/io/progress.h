// io/progress.h: the progress line and the summary of a batch run.
//
// On a terminal, a line on stderr is redrawn at most a few times a second:
//   1234 records  56.7 MB  123.4 rec/s  4.5 MB/s  ETA 0:42
// The ETA is estimated from source bytes, and shown only when the total is
// known (files; not stdin). When stderr is not a terminal, or the caller
// asks for quiet, nothing is drawn. The summary line is separate
// (Summary()), so the caller decides where it goes.
// Thread safety: not thread-safe; the batch calls Update and Finish from
// whichever worker holds the turn to write (one at a time).
#ifndef KLARTEXT_IO_PROGRESS_H_
#define KLARTEXT_IO_PROGRESS_H_

#include <chrono>
#include <cstdint>
#include <cstdio>
#include <string>

namespace klartext::io {

struct BatchCounts {
  std::uint64_t ok = 0;       // records extracted and written
  std::uint64_t failed = 0;   // records that gave an error line
  std::uint64_t skipped = 0;  // WARC records skipped (not HTML, not 2xx)
  std::uint64_t source_bytes = 0;  // input bytes read (compressed for .gz)
  double seconds = 0;
};

// "1234 ok, 5 skipped, 2 failed in 12.3 s (56.7 MB, 100.3 records/s, 4.6 MB/s)"
std::string Summary(const BatchCounts& counts);

class Progress {
 public:
  // Draws on `err` only if `enabled` (the caller checks isatty and --quiet).
  // `total_bytes` is 0 when unknown.
  Progress(std::FILE* err, bool enabled, std::uint64_t total_bytes);

  // Redraws the line if enough time has passed since the last draw.
  void Update(std::uint64_t records, std::uint64_t source_bytes);
  // Erases the line, e.g. before an error message goes to the same stream.
  void Clear();
  // Seconds since construction.
  double Elapsed() const;

 private:
  std::FILE* err_;
  bool enabled_;
  std::uint64_t total_bytes_;
  std::chrono::steady_clock::time_point start_;
  std::chrono::steady_clock::time_point last_draw_;
  bool drawn_ = false;
};

}  // namespace klartext::io

#endif  // KLARTEXT_IO_PROGRESS_H_
