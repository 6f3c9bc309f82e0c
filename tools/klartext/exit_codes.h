// tools/klartext/exit_codes.h: what the klartext command's exit status means.
//
// Documented for users in doc/cli.md ("Exit codes"); keep the two in step.
// Values are part of the command's interface: never renumber them.
//
// With several inputs, a run where some inputs fail and others succeed
// exits kSomeFailed; a run where every input fails with the same kind of
// error exits with that error's code (so one missing file gives kIoError);
// every input failing for different reasons gives kSomeFailed too.
#ifndef KLARTEXT_TOOLS_EXIT_CODES_H_
#define KLARTEXT_TOOLS_EXIT_CODES_H_

#include "klartext/status.h"

namespace klartext::cli {

enum ExitCode : int {
  kExitOk = 0,           // every input extracted (skipped WARC records are not failures)
  kExitSomeFailed = 1,   // some inputs failed; the others were written completely
  kExitUsage = 2,        // bad command line: unknown option, missing argument …
  kExitIoError = 3,      // a file could not be read, or the output not written
  kExitUnsupported = 4,  // input klartext does not handle (binary data …)
  kExitTooLarge = 5,     // input beyond the size limit (--max-input-mb)
  kExitNoContent = 6,    // the input holds no article text (empty page, blank file)
  kExitCorrupt = 7,      // a broken container: corrupt WARC record, bad gzip
  kExitInternal = 70,    // a bug in klartext (sysexits EX_SOFTWARE)
};

// The exit code for a failure of the given kind.
inline int ExitCodeFor(Status::Code code) {
  switch (code) {
    case Status::Code::kOk: return kExitOk;
    case Status::Code::kInvalidArgument: return kExitUsage;
    case Status::Code::kIoError: return kExitIoError;
    case Status::Code::kUnsupported: return kExitUnsupported;
    case Status::Code::kTooLarge: return kExitTooLarge;
    case Status::Code::kNoContent: return kExitNoContent;
    case Status::Code::kCorrupt: return kExitCorrupt;
  }
  return kExitInternal;
}

}  // namespace klartext::cli

#endif  // KLARTEXT_TOOLS_EXIT_CODES_H_
