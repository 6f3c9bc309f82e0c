// tools/klartext/commands.h: the runners of the corpus commands, one file
// each (ingest.cc, search.cc, serve.cc). Each returns the exit code
// (exit_codes.h).
#ifndef KLARTEXT_TOOLS_COMMANDS_H_
#define KLARTEXT_TOOLS_COMMANDS_H_

#include "args.h"

namespace klartext::cli {

// `klartext ingest CORPUS INPUT...`: extract, analyse and store.
int RunIngest(const Args& args);
// `klartext search CORPUS [QUERY] …`: articles or statements, table or JSONL.
int RunSearch(const Args& args);
// `klartext serve CORPUS …`: the HTTP API and web page until SIGINT/SIGTERM.
// Runs in the klartext-serve binary (serve_main.cc).
int RunServe(const Args& args);
// In klartext: replaces the process with klartext-serve, given argv[2..]
// (serve_exec.cc); returns only when that fails, with the exit code.
int ExecServe(int argc, char** argv);

}  // namespace klartext::cli

#endif  // KLARTEXT_TOOLS_COMMANDS_H_
