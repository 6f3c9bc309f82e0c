#include "serve/http_server.h"

#include <httplib.h>
#include <netinet/in.h>
#include <netinet/tcp.h>
#include <sys/socket.h>

#include <algorithm>
#include <cstdio>
#include <exception>
#include <functional>
#include <string_view>

#include "core/json_writer.h"
#include "serve/params.h"
#include "serve/web_assets.h"

namespace klartext::serve {
namespace {

constexpr char kJson[] = "application/json; charset=utf-8";

std::string_view ReasonText(int status) {
  switch (status) {
    case 400: return "bad request";
    case 404: return "not found";
    case 405: return "method not allowed: the API is read-only (GET)";
    case 408: return "request timeout";
    case 413: return "request body too large";
    case 414: return "request URI too long";
    case 431: return "request headers too large";
    case 500: return "internal error";
    case 503: return "service unavailable";
  }
  return status >= 500 ? "server error" : "request error";
}

void SetError(httplib::Response& res, int status, std::string_view message) {
  std::string body;
  JsonWriter w(body);
  w.BeginObject();
  w.Key("error");
  w.BeginObject();
  w.Field("code", static_cast<std::int64_t>(status));
  w.Field("message", message);
  w.EndObject();
  w.EndObject();
  body += '\n';
  res.status = status;
  res.set_content(body, kJson);
}

// Answers from a backend call: 200 with its JSON, 404 for an unknown id,
// 500 for a store failure (detail on stderr only: paths, SQL errors and
// the like are no business of the client's).
void Reply(httplib::Response& res, const Result<JsonReply>& reply, std::string_view what) {
  if (!reply.ok() && reply.status().code() == Status::Code::kInvalidArgument) {
    // The query itself is at fault (e.g. FTS5 syntax the fallback could
    // not save): the client can fix it, so say what is wrong.
    SetError(res, 400, reply.status().message());
    return;
  }
  if (!reply.ok()) {
    std::fprintf(stderr, "klartext serve: %s: %s\n", std::string(what).c_str(), reply.status().ToString().c_str());
    SetError(res, 500, "the corpus could not be read");
    return;
  }
  if (!reply->has_value()) {
    SetError(res, 404, "no " + std::string(what));
    return;
  }
  res.status = 200;
  res.set_content(**reply, kJson);
}

}  // namespace

struct HttpServer::Impl {
  Impl(Backend& b, ServerOptions o) : backend(b), options(std::move(o)) {}

  void Routes();
  void ById(const std::string& pattern, std::string_view noun,
            std::function<Result<JsonReply>(Backend&, std::int64_t)> call);

  Backend& backend;
  ServerOptions options;
  httplib::Server server;
};

void HttpServer::Impl::ById(const std::string& pattern, std::string_view noun,
                            std::function<Result<JsonReply>(Backend&, std::int64_t)> call) {
  server.Get(pattern, [this, noun, call](const httplib::Request& req, httplib::Response& res) {
    if (!req.params.empty()) return SetError(res, 400, "this endpoint takes no query parameters");
    Result<std::int64_t> id = ParseId(req.matches[1].str());
    if (!id.ok()) return SetError(res, 400, id.status().message());
    Reply(res, call(backend, *id), std::string(noun) + " " + std::to_string(*id));
  });
}

void HttpServer::Impl::Routes() {
  server.Get("/api/search", [this](const httplib::Request& req, httplib::Response& res) {
    SearchLimits limits;
    limits.max_results = options.max_results;
    Result<SearchRequest> request = ParseSearchRequest(req.params, limits);
    if (!request.ok()) return SetError(res, 400, request.status().message());
    Reply(res, backend.Search(*request), "search");
  });
  server.Get("/api/stats", [this](const httplib::Request& req, httplib::Response& res) {
    if (!req.params.empty()) return SetError(res, 400, "this endpoint takes no query parameters");
    Reply(res, backend.Stats(), "stats");
  });
  // [^/]+ rather than \d+: a malformed id is a 400 naming it, not a 404.
  ById(R"(/api/articles/([^/]+))", "article", [](Backend& b, std::int64_t id) { return b.Article(id); });
  ById(R"(/api/people/([^/]+))", "person", [](Backend& b, std::int64_t id) { return b.Person(id); });
  ById(R"(/api/clusters/([^/]+))", "cluster", [](Backend& b, std::int64_t id) { return b.Cluster(id); });

  for (const WebAsset& asset : WebAssets()) {
    auto serve_asset = [&asset](const httplib::Request&, httplib::Response& res) {
      res.set_content(asset.body.data(), asset.body.size(), std::string(asset.content_type).c_str());
      // The page loads only its own files and talks only to this server;
      // no inline script, so injected markup could not run even if some
      // text escaped escaping.
      res.set_header("Content-Security-Policy",
                     "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self'; "
                     "object-src 'none'; base-uri 'none'; frame-ancestors 'none'");
      res.set_header("X-Content-Type-Options", "nosniff");
      res.set_header("Referrer-Policy", "no-referrer");
    };
    server.Get(std::string(asset.path), serve_asset);
    if (asset.path == "/index.html") server.Get("/", serve_asset);
  }

  auto read_only = [](const httplib::Request&, httplib::Response& res) {
    res.set_header("Allow", "GET, HEAD");
    SetError(res, 405, ReasonText(405));
  };
  server.Post(".*", read_only);
  server.Put(".*", read_only);
  server.Patch(".*", read_only);
  server.Delete(".*", read_only);

  // Every status >= 400 passes here, also those cpp-httplib sets itself
  // (404 no route, 413, 414, 400 malformed request): those have no body
  // yet and get the JSON error shape.
  server.set_error_handler(httplib::Server::HandlerWithResponse([](const httplib::Request& req, httplib::Response& res) {
    if (!res.body.empty()) return httplib::Server::HandlerResponse::Unhandled;
    std::string message(ReasonText(res.status));
    if (res.status == 404) message = "no such endpoint: " + req.path;
    SetError(res, res.status, message);
    return httplib::Server::HandlerResponse::Handled;
  }));
  server.set_exception_handler([](const httplib::Request& req, httplib::Response& res, std::exception_ptr ep) {
    std::string what = "unknown exception";
    try {
      std::rethrow_exception(ep);
    } catch (const std::exception& e) {
      what = e.what();
    } catch (...) {
    }
    std::fprintf(stderr, "klartext serve: %s: %s\n", req.path.c_str(), what.c_str());
    SetError(res, 500, ReasonText(500));
  });
  server.set_post_routing_handler([](const httplib::Request& req, httplib::Response& res) {
    if (req.path.rfind("/api/", 0) == 0) res.set_header("Cache-Control", "no-store");
  });
}

HttpServer::HttpServer(Backend& backend, ServerOptions options)
    : impl_(std::make_unique<Impl>(backend, std::move(options))) {
  const ServerOptions& o = impl_->options;
  httplib::Server& s = impl_->server;
  s.set_payload_max_length(o.max_payload_bytes);
  s.set_read_timeout(o.read_timeout_seconds, 0);
  s.set_write_timeout(o.write_timeout_seconds, 0);
  s.set_keep_alive_timeout(o.keep_alive_seconds);
  const int threads = std::max(1, o.threads);
  s.new_task_queue = [threads] { return new httplib::ThreadPool(static_cast<std::size_t>(threads)); };
  // TCP_NODELAY: without it a small JSON answer waits for the client's
  // delayed ACK, 40 ms on Linux, on every keep-alive request (measured:
  // 166 requests/s at p50 43 ms for every endpoint, the static page too).
  // Accepted sockets inherit it from the listening one on Linux.
  s.set_socket_options([](socket_t sock) {
    int yes = 1;
    setsockopt(sock, SOL_SOCKET, SO_REUSEADDR, &yes, sizeof yes);
    setsockopt(sock, IPPROTO_TCP, TCP_NODELAY, &yes, sizeof yes);
  });
  impl_->Routes();
}

HttpServer::~HttpServer() = default;

Result<int> HttpServer::Bind() {
  const ServerOptions& o = impl_->options;
  if (o.port == 0) {
    const int port = impl_->server.bind_to_any_port(o.host);
    if (port <= 0) return Status::IoError("cannot listen on " + o.host + " (any port)");
    return port;
  }
  if (!impl_->server.bind_to_port(o.host, o.port)) {
    return Status::IoError("cannot listen on " + o.host + ":" + std::to_string(o.port) +
                           " (in use, or not an address of this machine)");
  }
  return o.port;
}

Status HttpServer::Run() {
  if (!impl_->server.listen_after_bind()) return Status::IoError("the server stopped with a socket error");
  return {};
}

void HttpServer::Stop() { impl_->server.stop(); }

}  // namespace klartext::serve
