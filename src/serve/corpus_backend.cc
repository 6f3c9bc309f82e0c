#include "serve/corpus_backend.h"

#include <utility>

#include "core/json_writer.h"
#include "store/corpus_json.h"

namespace klartext::serve {

Result<std::unique_ptr<CorpusBackend>> CorpusBackend::Open(const std::string& path) {
  std::unique_ptr<CorpusBackend> backend(new CorpusBackend(path));
  Result<std::unique_ptr<Corpus>> first = backend->Acquire();
  if (!first.ok()) return first.status();
  backend->Release(std::move(*first));
  return backend;
}

Result<std::unique_ptr<Corpus>> CorpusBackend::Acquire() {
  {
    std::lock_guard lock(mu_);
    if (!idle_.empty()) {
      std::unique_ptr<Corpus> c = std::move(idle_.back());
      idle_.pop_back();
      return c;
    }
  }
  CorpusOptions options;
  options.read_only = true;
  return Corpus::Open(path_, options);
}

void CorpusBackend::Release(std::unique_ptr<Corpus> corpus) {
  std::lock_guard lock(mu_);
  idle_.push_back(std::move(corpus));
}

class CorpusBackend::Lease {
 public:
  explicit Lease(CorpusBackend& owner) : owner_(owner), corpus_(owner.Acquire()) {}
  ~Lease() {
    if (corpus_.ok()) owner_.Release(std::move(*corpus_));
  }
  const Status& status() const { return corpus_.status(); }
  Corpus& operator*() { return **corpus_; }

 private:
  CorpusBackend& owner_;
  Result<std::unique_ptr<Corpus>> corpus_;
};

namespace {

// A Result<optional<T>> as a reply: the error, nullopt (404), or the JSON.
template <typename T, typename WriteFn>
Result<JsonReply> ToReply(const Result<std::optional<T>>& got, WriteFn write) {
  if (!got.ok()) return got.status();
  if (!got->has_value()) return JsonReply();
  std::string out;
  JsonWriter w(out);
  write(**got, w);
  return JsonReply(std::move(out));
}

}  // namespace

Result<JsonReply> CorpusBackend::Search(const SearchRequest& request) {
  Lease corpus(*this);
  if (!corpus.status().ok()) return corpus.status();
  std::string out;
  JsonWriter w(out);
  w.BeginObject();
  w.Field("kind", request.statements ? "statements" : "articles");
  w.Field("limit", static_cast<std::int64_t>(request.query.limit));
  w.Field("offset", static_cast<std::int64_t>(request.query.offset));
  if (!request.query.speaker.empty() || !request.query.entity.empty()) {
    // Who the name was resolved to, so the page can link the person.
    Result<std::vector<std::int64_t>> people =
        (*corpus).ResolvePerson(request.query.speaker.empty() ? request.query.entity : request.query.speaker);
    if (!people.ok()) return people.status();
    w.Key("people");
    w.BeginArray();
    for (std::int64_t id : *people) w.Int(id);
    w.EndArray();
  }
  w.Key("results");
  w.BeginArray();
  if (request.statements) {
    Result<std::vector<StoredStatement>> hits = (*corpus).SearchStatements(request.query);
    if (!hits.ok()) return hits.status();
    for (const StoredStatement& s : *hits) store::WriteStatementJson(s, w);
  } else {
    Result<std::vector<ArticleSummary>> hits = (*corpus).Search(request.query);
    if (!hits.ok()) return hits.status();
    for (const ArticleSummary& a : *hits) store::WriteSummaryJson(a, w);
  }
  w.EndArray();
  w.EndObject();
  return JsonReply(std::move(out));
}

Result<JsonReply> CorpusBackend::Article(std::int64_t id) {
  Lease corpus(*this);
  if (!corpus.status().ok()) return corpus.status();
  return ToReply((*corpus).GetArticle(id), store::WriteArticleJson);
}

Result<JsonReply> CorpusBackend::Person(std::int64_t id) {
  Lease corpus(*this);
  if (!corpus.status().ok()) return corpus.status();
  return ToReply((*corpus).GetPerson(id), store::WritePersonJson);
}

Result<JsonReply> CorpusBackend::Cluster(std::int64_t id) {
  Lease corpus(*this);
  if (!corpus.status().ok()) return corpus.status();
  return ToReply((*corpus).GetCluster(id), store::WriteClusterJson);
}

Result<JsonReply> CorpusBackend::Stats() {
  Lease corpus(*this);
  if (!corpus.status().ok()) return corpus.status();
  Result<CorpusStats> stats = (*corpus).Stats();
  if (!stats.ok()) return stats.status();
  std::string out;
  JsonWriter w(out);
  w.BeginObject();
  w.Field("articles", stats->articles);
  w.Field("clusters", stats->clusters);
  w.Field("statements", stats->statements);
  w.Field("people", stats->people);
  w.EndObject();
  return JsonReply(std::move(out));
}

}  // namespace klartext::serve
