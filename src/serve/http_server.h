// serve/http_server.h: the HTTP API and the web page over a Backend.
//
// Routes (doc/serve.md has the parameters and answers):
//   GET /api/search?q=&speaker=&entity=&since=&until=&site=&lang=
//                   &statements=1&one_per_cluster=1&limit=&offset=
//   GET /api/articles/{id}   GET /api/people/{id}   GET /api/clusters/{id}
//   GET /  and the page's files (web/, embedded in the binary)
//
// HTTP itself is cpp-httplib's (Debian libcpp-httplib-dev); this layer
// adds the limits, the routes and one error shape for every failure:
//   {"error": {"code": 404, "message": "no article 7"}}
// with the HTTP status in "code". A store failure is a 500 whose message
// says only that; the detail goes to stderr, never to the client.
//
// Thread safety: Stop() may be called from any thread while Run() runs.
#ifndef KLARTEXT_SERVE_HTTP_SERVER_H_
#define KLARTEXT_SERVE_HTTP_SERVER_H_

#include <cstddef>
#include <memory>
#include <string>

#include "klartext/status.h"
#include "serve/backend.h"

namespace klartext::serve {

struct ServerOptions {
  // Loopback by default: the API has no authentication, so reaching it
  // from elsewhere must be asked for (--host 0.0.0.0).
  std::string host = "127.0.0.1";
  int port = 8080;         // 0: any free port (Bind() says which)
  int max_results = 100;   // cap on `limit`
  // Worker threads, each with its own connection to the corpus. Eight
  // covers a browser's six parallel connections plus a client or two.
  int threads = 8;
  // The API takes no request bodies; anything past this is refused (413)
  // before it is read into memory.
  std::size_t max_payload_bytes = 64 * 1024;
  // A client that sends nothing for this long is dropped, so a slow or
  // stuck client cannot hold a worker thread.
  int read_timeout_seconds = 5;
  int write_timeout_seconds = 5;
  // An idle keep-alive connection is closed after this; short, because it
  // pins a worker thread and delays shutdown by at most this much.
  int keep_alive_seconds = 2;
};

// The longest request line cpp-httplib accepts (its compile-time
// CPPHTTPLIB_REQUEST_URI_MAX_LENGTH, fixed in Debian's build): longer
// URIs get 414.
inline constexpr std::size_t kMaxUriBytes = 8192;

class HttpServer {
 public:
  // backend must outlive the server.
  HttpServer(Backend& backend, ServerOptions options);
  ~HttpServer();
  HttpServer(const HttpServer&) = delete;
  HttpServer& operator=(const HttpServer&) = delete;

  // Opens the listening socket. Returns the port bound: options.port, or
  // the one picked when it was 0. IoError if the address cannot be bound.
  Result<int> Bind();
  // Serves until Stop(). REQUIRES: Bind() succeeded.
  Status Run();
  // Stops accepting, lets requests in progress finish; Run() returns.
  void Stop();

 private:
  struct Impl;
  std::unique_ptr<Impl> impl_;
};

}  // namespace klartext::serve

#endif  // KLARTEXT_SERVE_HTTP_SERVER_H_
