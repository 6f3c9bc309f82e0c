// klartext-serve CORPUS [--host H] [--port N] [--max-results N] [-q]: what
// `klartext serve` runs (serve_exec.cc says why it is a binary of its own).
// Its arguments are those of `klartext serve`, parsed by the same code.
#include <cstdio>
#include <string>
#include <vector>

#include "args.h"
#include "commands.h"
#include "exit_codes.h"

int main(int argc, char** argv) {
  using namespace klartext::cli;
  std::vector<std::string> words = {"klartext", "serve"};
  for (int i = 1; i < argc; ++i) words.emplace_back(argv[i]);
  std::vector<char*> serve_argv;
  for (std::string& w : words) serve_argv.push_back(w.data());
  klartext::Result<Args> parsed = ParseArgs(static_cast<int>(serve_argv.size()), serve_argv.data());
  if (!parsed.ok()) {
    PrintUsageError(parsed.status());
    return kExitUsage;
  }
  return RunServe(*parsed);
}
