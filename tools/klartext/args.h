// tools/klartext/args.h: the command line of `klartext`, parsed.
//
// Parsing is separate from running so the usage text, the options and
// their checks live in one place (args.cc) and doc/cli.md can follow it.
#ifndef KLARTEXT_TOOLS_ARGS_H_
#define KLARTEXT_TOOLS_ARGS_H_

#include <string>
#include <vector>

#include "io/batch.h"
#include "io/input_source.h"
#include "klartext/status.h"

namespace klartext::cli {

enum class Command { kExtract, kAnalyze, kHelp, kVersion };

struct Args {
  Command command = Command::kHelp;
  std::vector<std::string> inputs;
  io::BatchOptions batch;
  io::InputOptions input;
  bool quiet = false;
  bool format_given = false;
  bool analyze = false;   // extract --analyze: add statements and entities to the JSON
  std::string language;   // analyze --language: "de", "en"; empty = the article's / guessed
};

// Parses argv. InvalidArgument with a message naming the problem on any
// usage error (the caller prints it with a hint and exits kExitUsage).
Result<Args> ParseArgs(int argc, char** argv);

// The text `klartext --help` prints.
const char* UsageText();

}  // namespace klartext::cli

#endif  // KLARTEXT_TOOLS_ARGS_H_
