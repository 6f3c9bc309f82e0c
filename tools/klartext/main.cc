// The klartext command: `klartext extract INPUT...` (doc/cli.md).
//
// Everything runs through io::RunBatch, also a single page: extraction
// then happens on a thread with a large stack (io/batch_thread.h), and one
// input and a million are handled by the same code.
#include <unistd.h>

#include <cstdio>
#include <filesystem>
#include <system_error>

#include "args.h"
#include "exit_codes.h"
#include "io/batch.h"
#include "io/input_source.h"
#include "io/progress.h"
#include "klartext/version.h"

namespace klartext::cli {
namespace {

int Run(int argc, char** argv) {
  Result<Args> parsed = ParseArgs(argc, argv);
  if (!parsed.ok()) {
    std::fprintf(stderr, "klartext: %s\nTry 'klartext --help' for the options.\n",
                 std::string(parsed.status().message()).c_str());
    return kExitUsage;
  }
  Args& args = *parsed;
  if (args.command == Command::kHelp) {
    std::fputs(UsageText(), stdout);
    return kExitOk;
  }
  if (args.command == Command::kVersion) {
    std::printf("klartext %s\n", KLARTEXT_VERSION_STRING);
    return kExitOk;
  }

  io::InputSource source(args.inputs, args.input);
  if (Status s = source.Open(); !s.ok()) {
    std::fprintf(stderr, "klartext: %s\n", std::string(s.message()).c_str());
    return kExitUsage;
  }
  if (!args.batch.output_dir.empty()) {
    std::error_code ec;
    std::filesystem::create_directories(args.batch.output_dir, ec);
    if (ec || !std::filesystem::is_directory(args.batch.output_dir)) {
      std::fprintf(stderr, "klartext: cannot create output directory %s: %s\n", args.batch.output_dir.c_str(),
                   ec ? ec.message().c_str() : "not a directory");
      return kExitIoError;
    }
  }

  // A batch: several pages, or a WARC file of any number of records.
  bool batch = source.path_count() > 1 || source.has_warc();
  if (!batch) args.batch.threads = 1;  // one page: one worker is all it can use
  args.batch.label_records = batch;
  args.batch.show_progress = batch && !args.quiet && ::isatty(STDERR_FILENO) == 1;

  io::BatchResult result = io::RunBatch(source, args.batch);
  if (batch && !args.quiet) std::fprintf(stderr, "klartext: %s\n", io::Summary(result.counts).c_str());
  if (!result.output_error.ok()) {
    std::fprintf(stderr, "klartext: %s\n", result.output_error.ToString().c_str());
    return kExitIoError;
  }
  const io::BatchCounts& c = result.counts;
  if (c.failed == 0) return kExitOk;
  if (c.ok == 0 && !result.mixed_failures) return ExitCodeFor(result.common_failure);
  return kExitSomeFailed;
}

}  // namespace
}  // namespace klartext::cli

int main(int argc, char** argv) { return klartext::cli::Run(argc, argv); }
