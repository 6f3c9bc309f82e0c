// serve/corpus_backend.h: the API's answers, read from a corpus file.
//
// Each server thread gets a read-only connection of its own from a small
// pool (SQLite connections are single-threaded; WAL lets them read while
// `klartext ingest` writes). Answers are the objects of store/corpus_json.h,
// the same as `klartext search --format jsonl`.
// Thread safety: every method may be called from many threads at once.
#ifndef KLARTEXT_SERVE_CORPUS_BACKEND_H_
#define KLARTEXT_SERVE_CORPUS_BACKEND_H_

#include <memory>
#include <mutex>
#include <string>
#include <vector>

#include "klartext/corpus.h"
#include "serve/backend.h"

namespace klartext::serve {

class CorpusBackend : public Backend {
 public:
  // Opens one connection now, so a missing or corrupt file fails here,
  // before the server starts listening.
  static Result<std::unique_ptr<CorpusBackend>> Open(const std::string& path);

  Result<JsonReply> Search(const SearchRequest& request) override;
  Result<JsonReply> Article(std::int64_t id) override;
  Result<JsonReply> Person(std::int64_t id) override;
  Result<JsonReply> Cluster(std::int64_t id) override;
  Result<JsonReply> Stats() override;

 private:
  explicit CorpusBackend(std::string path) : path_(std::move(path)) {}

  // A connection lent to one request; returned to the pool when done.
  class Lease;
  Result<std::unique_ptr<Corpus>> Acquire();
  void Release(std::unique_ptr<Corpus> corpus);

  const std::string path_;
  std::mutex mu_;
  std::vector<std::unique_ptr<Corpus>> idle_;
};

}  // namespace klartext::serve

#endif  // KLARTEXT_SERVE_CORPUS_BACKEND_H_
