// `klartext serve`: filled in by the serve work (src/serve/, doc/serve.md).
#include <cstdio>

#include "commands.h"
#include "exit_codes.h"

namespace klartext::cli {

int RunServe(const Args& args) {
  std::fprintf(stderr, "klartext: serve %s: the HTTP server is not built yet\n", args.corpus.c_str());
  return kExitInternal;
}

}  // namespace klartext::cli
