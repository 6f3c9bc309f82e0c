// tools/klartext/args.h: the command line of `klartext`, parsed.
//
// Parsing is separate from running so the usage text, the options and
// their checks live in one place (args.cc) and doc/cli.md can follow it.
#ifndef KLARTEXT_TOOLS_ARGS_H_
#define KLARTEXT_TOOLS_ARGS_H_

#include <string>
#include <string_view>
#include <vector>

#include "io/batch.h"
#include "io/input_source.h"
#include "klartext/corpus.h"
#include "klartext/status.h"

namespace klartext::cli {

enum class Command { kExtract, kAnalyze, kIngest, kSearch, kServe, kHelp, kVersion };

struct Args {
  Command command = Command::kHelp;
  std::vector<std::string> inputs;
  io::BatchOptions batch;
  io::InputOptions input;
  bool quiet = false;
  bool format_given = false;
  bool analyze = false;   // extract --analyze: add statements and entities to the JSON
  std::string language;   // analyze --language: "de", "en"; empty = the article's / guessed

  // ingest, search, serve (doc/corpus.md):
  std::string corpus;      // the corpus file, their first argument
  CorpusQuery query;       // search: the query and its filters
  bool statements = false; // search --statements: statements, not articles
  bool table = false;      // search --format table (default on a terminal)
  bool format_jsonl = false;  // search --format jsonl given
  std::string host = "127.0.0.1";  // serve --host: loopback unless asked
  int port = 8080;                 // serve --port; 0 picks a free one
  int max_results = 100;           // serve --max-results: cap on a query's limit
};

// Parses argv. InvalidArgument with a message naming the problem on any
// usage error (the caller prints it with a hint and exits kExitUsage).
Result<Args> ParseArgs(int argc, char** argv);

// The options of `search` and `serve` (corpus_args.cc), from words[i] on.
Status ParseSearchArgs(const std::vector<std::string>& words, std::size_t i, Args& args);
Status ParseServeArgs(const std::vector<std::string>& words, std::size_t i, Args& args);

// Parses a whole decimal number in [lo, hi].
bool ParseInt(std::string_view s, int lo, int hi, int* out);

// One command-line word as an option: "--limit=5" is {"--limit", "5",
// true}; "-j4" is {"-j", "4", true} when 'j' is among `glued_short`;
// anything else is the word itself with no value.
struct OptionWord {
  std::string name;
  std::string value;
  bool has_value = false;
};
OptionWord SplitOptionWord(const std::string& word, std::string_view glued_short = "");

// The text `klartext --help` prints.
const char* UsageText();

// Prints a usage error as both binaries do ("klartext: …" and the hint to
// --help) on stderr; the caller exits kExitUsage.
void PrintUsageError(const Status& status);

}  // namespace klartext::cli

#endif  // KLARTEXT_TOOLS_ARGS_H_
