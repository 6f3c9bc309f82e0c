// `klartext serve …` runs the klartext-serve binary beside klartext.
//
// The HTTP server lives in its own executable because its library
// (Debian's libcpp-httplib) links OpenSSL and brotli, whose loading and
// initialisation cost every process about 4.6 ms of CPU at start-up even
// when nothing is served: half of what a one-page `klartext extract`
// costs in all (doc/performance.md). exec keeps the process id, so a
// script that starts `klartext serve` and signals it still reaches the
// server.
#include <unistd.h>

#include <cerrno>
#include <climits>
#include <cstdio>
#include <cstring>
#include <string>
#include <vector>

#include "commands.h"
#include "exit_codes.h"

namespace klartext::cli {
namespace {

constexpr const char kServeBinary[] = "klartext-serve";

// The directory this executable was started from, "" when unknown.
std::string OwnDirectory() {
  char path[PATH_MAX];
  const ssize_t n = ::readlink("/proc/self/exe", path, sizeof(path) - 1);
  if (n <= 0) return "";
  const std::string self(path, static_cast<std::size_t>(n));
  const std::size_t slash = self.rfind('/');
  return slash == std::string::npos ? "" : self.substr(0, slash);
}

}  // namespace

int ExecServe(int argc, char** argv) {
  // klartext-serve takes what follows "serve".
  std::vector<char*> serve_argv;
  serve_argv.push_back(const_cast<char*>(kServeBinary));
  for (int i = 2; i < argc; ++i) serve_argv.push_back(argv[i]);
  serve_argv.push_back(nullptr);
  const std::string dir = OwnDirectory();
  const std::string beside = dir.empty() ? "" : dir + "/" + kServeBinary;
  if (!beside.empty()) ::execv(beside.c_str(), serve_argv.data());
  const int beside_error = errno;
  ::execvp(kServeBinary, serve_argv.data());  // an installed one on PATH
  std::fprintf(stderr, "klartext: serve needs %s beside klartext or on PATH: %s: %s\n", kServeBinary,
               beside.empty() ? kServeBinary : beside.c_str(), std::strerror(beside_error));
  return kExitIoError;
}

}  // namespace klartext::cli
