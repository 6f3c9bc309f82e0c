// serve/backend.h: what the HTTP API asks the corpus, and how it answers.
//
// The server (serve/http_server.h) knows HTTP: routes, limits, status
// codes, JSON errors. It knows nothing of SQLite; it turns each request
// into one call on a Backend. The real Backend reads a corpus built by
// `klartext ingest` (serve/corpus_backend.h); tests plug in a fake one so
// the HTTP layer is checked on its own.
#ifndef KLARTEXT_SERVE_BACKEND_H_
#define KLARTEXT_SERVE_BACKEND_H_

#include <cstdint>
#include <optional>
#include <string>

#include "klartext/corpus.h"
#include "klartext/status.h"

namespace klartext::serve {

// GET /api/search, its parameters checked (serve/params.h): the corpus
// query and whether statements or articles are asked for.
struct SearchRequest {
  CorpusQuery query;        // limit already capped at ServerOptions::max_results
  bool statements = false;  // statements, not articles
};

// A JSON answer body, or std::nullopt when the id names nothing (404).
using JsonReply = std::optional<std::string>;

// Every method may be called from several server threads at once; an
// implementation brings its own locking or per-thread connections.
// A non-OK Status is a store failure: the server answers 500 and logs
// the message to stderr, never to the client.
class Backend {
 public:
  virtual ~Backend() = default;

  // A JSON object: {"results": [...], "limit": n, "offset": n}. Never nullopt.
  virtual Result<JsonReply> Search(const SearchRequest& request) = 0;
  // One article with its blocks, statements and entities.
  virtual Result<JsonReply> Article(std::int64_t id) = 0;
  // One person: names, aliases and statements in time order.
  virtual Result<JsonReply> Person(std::int64_t id) = 0;
  // One near-duplicate cluster: its articles.
  virtual Result<JsonReply> Cluster(std::int64_t id) = 0;
  // Counts for the page's header: {"articles", "clusters", "statements", "people"}.
  virtual Result<JsonReply> Stats() = 0;
};

}  // namespace klartext::serve

#endif  // KLARTEXT_SERVE_BACKEND_H_
