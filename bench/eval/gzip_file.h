// bench/eval/gzip_file.h: reading the evaluation's .gz pages.
// Thread safety: independent calls may run at once.
#ifndef KLARTEXT_BENCH_EVAL_GZIP_FILE_H_
#define KLARTEXT_BENCH_EVAL_GZIP_FILE_H_

#include <cstddef>
#include <string>

#include "klartext/status.h"

namespace klartext::eval {

// No evaluation page is near this; a larger one is a broken file.
inline constexpr std::size_t kMaxPageBytes = std::size_t{64} << 20;

// The decompressed contents of a gzip file (a plain file is read as is).
// Errors: kIoError (cannot open or read), kCorrupt (bad gzip data),
// kTooLarge (beyond kMaxPageBytes).
Result<std::string> ReadGzipFile(const std::string& path);

// The whole of a plain file. Errors: kIoError.
Result<std::string> ReadPlainFile(const std::string& path);

}  // namespace klartext::eval

#endif  // KLARTEXT_BENCH_EVAL_GZIP_FILE_H_
