// `klartext serve CORPUS` (doc/serve.md): the HTTP API and the web page.
//
// SIGINT and SIGTERM are blocked in every thread and taken by one thread
// with sigwait, which stops the server: a signal handler may not call
// into the HTTP library, a plain thread may.
#include <pthread.h>
#include <signal.h>

#include <cstdio>
#include <memory>
#include <string>
#include <thread>

#include "commands.h"
#include "exit_codes.h"
#include "serve/corpus_backend.h"
#include "serve/http_server.h"

namespace klartext::cli {

int RunServe(const Args& args) {
  Result<std::unique_ptr<serve::CorpusBackend>> backend = serve::CorpusBackend::Open(args.corpus);
  if (!backend.ok()) {
    std::fprintf(stderr, "klartext: %s\n", std::string(backend.status().message()).c_str());
    return ExitCodeFor(backend.status().code());
  }
  serve::ServerOptions options;
  options.host = args.host;
  options.port = args.port;
  options.max_results = args.max_results;

  // Block the signals before any thread starts, so all inherit the mask.
  sigset_t stop_signals;
  sigemptyset(&stop_signals);
  sigaddset(&stop_signals, SIGINT);
  sigaddset(&stop_signals, SIGTERM);
  pthread_sigmask(SIG_BLOCK, &stop_signals, nullptr);

  serve::HttpServer server(**backend, options);
  Result<int> port = server.Bind();
  if (!port.ok()) {
    std::fprintf(stderr, "klartext: %s\n", std::string(port.status().message()).c_str());
    return kExitIoError;
  }
  const std::string host = options.host.find(':') != std::string::npos ? "[" + options.host + "]" : options.host;
  // Tests and scripts read the URL from this line (port 0 picks one).
  std::fprintf(stderr, "klartext: serving %s on http://%s:%d/ (Ctrl-C stops)\n", args.corpus.c_str(), host.c_str(),
               *port);
  std::fflush(stderr);

  std::thread stopper([&server, stop_signals] {
    int signal = 0;
    sigwait(&stop_signals, &signal);
    server.Stop();
  });
  Status run = server.Run();
  // Run returned on its own (socket error): wake the stopper so it ends.
  pthread_kill(stopper.native_handle(), SIGTERM);
  stopper.join();
  if (!run.ok()) {
    std::fprintf(stderr, "klartext: %s\n", run.ToString().c_str());
    return kExitIoError;
  }
  if (!args.quiet) std::fprintf(stderr, "klartext: stopped\n");
  return kExitOk;
}

}  // namespace klartext::cli
