// The klartext command: `klartext extract INPUT...` (doc/cli.md).
//
// Everything runs through io::RunBatch, also a single page: extraction
// then happens on a thread with a large stack (io/batch_thread.h), and one
// input and a million are handled by the same code.
#include <unistd.h>
#if defined(__GLIBC__)
#include <malloc.h>
#endif

#include <cstdio>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <system_error>

#include "args.h"
#include "commands.h"
#include "exit_codes.h"
#include "io/batch.h"
#include "io/input_source.h"
#include "io/emit_analysis_json.h"
#include "io/progress.h"
#include "klartext/analyze.h"
#include "klartext/version.h"

namespace klartext::cli {
namespace {

#if defined(__GLIBC__)
// A page's buffers (the page, its decoded copy, the tree, the JSON) are
// mostly above glibc's default mmap threshold (128 KiB, raised only after
// a free) and its trim threshold, so each page mapped fresh memory, faulted
// it in and gave it back: 18 500 page faults and a third of the CPU time
// in the kernel on the 639 dev pages. Keeping freed memory for the next
// page costs at most this much resident memory beyond the working set.
constexpr int kMmapThresholdBytes = 32 << 20;  // glibc's maximum on 64-bit
constexpr int kTrimThresholdBytes = 64 << 20;
#endif

void TuneAllocator() {
#if defined(__GLIBC__)
  mallopt(M_MMAP_THRESHOLD, kMmapThresholdBytes);
  mallopt(M_TRIM_THRESHOLD, kTrimThresholdBytes);
#endif
}

// `klartext analyze FILE...`: plain, clean texts in, one JSON line each out.
int RunAnalyze(const Args& args) {
  int failed = 0;
  for (const std::string& path : args.inputs) {
    std::ifstream in(path, std::ios::binary);
    std::stringstream bytes;
    if (in) bytes << in.rdbuf();
    if (!in || in.bad()) {
      std::fprintf(stderr, "klartext: %s: cannot read\n", path.c_str());
      ++failed;
      continue;
    }
    const std::string text = bytes.str();
    const std::string_view language = args.language.empty() ? GuessLanguage(text) : args.language;
    const Analysis analysis = AnalyzeText(text, language);
    std::string out;
    JsonWriter w(out);
    w.BeginObject();
    w.Field("input", path);
    w.Field("language", analysis.language);
    w.Field("text", analysis.text);
    AppendAnalysisJson(analysis, w);
    w.EndObject();
    out += '\n';
    if (std::fwrite(out.data(), 1, out.size(), stdout) != out.size()) return kExitIoError;
  }
  if (failed == 0) return kExitOk;
  return failed == static_cast<int>(args.inputs.size()) ? kExitIoError : kExitSomeFailed;
}

int Run(int argc, char** argv) {
  TuneAllocator();
  Result<Args> parsed = ParseArgs(argc, argv);
  if (!parsed.ok()) {
    PrintUsageError(parsed.status());
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

  if (args.command == Command::kAnalyze) return RunAnalyze(args);
  if (args.command == Command::kIngest) return RunIngest(args);
  if (args.command == Command::kSearch) return RunSearch(args);
  if (args.command == Command::kServe) return ExecServe(argc, argv);
  if (args.analyze) {
    const std::string language = args.language;
    args.batch.extend_json = [language](const Article& article, std::string& json) {
      if (language.empty()) {
        AddAnalysisToJsonObject(Analyze(article), json);
        return;
      }
      Article forced = article;  // --language overrides the page's language
      forced.language = language;
      AddAnalysisToJsonObject(Analyze(forced), json);
    };
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
  if (c.ok + c.failed + c.skipped == 0) {
    // An empty directory or path list: say so rather than succeed silently.
    std::fprintf(stderr, "klartext: no pages found in the inputs given\n");
    return kExitNoContent;
  }
  if (c.failed == 0) return kExitOk;
  if (c.ok == 0 && !result.mixed_failures) return ExitCodeFor(result.common_failure);
  return kExitSomeFailed;
}

}  // namespace
}  // namespace klartext::cli

int main(int argc, char** argv) { return klartext::cli::Run(argc, argv); }
