// klartext/corpus.h: articles and their statements kept, deduplicated and
// searchable in one SQLite file.
//
//   auto corpus = klartext::Corpus::Open("news.db");
//   if (!corpus.ok()) { std::cerr << corpus.status().ToString(); }
//   (*corpus)->Put(article, klartext::Analyze(article), {.input = "a.html"});
//   klartext::CorpusQuery q{.speaker = "Dmitriev", .statements = true};
//   auto hits = (*corpus)->SearchStatements(q);
//
// A corpus is an embedded SQLite database (WAL journal, FTS5 full text;
// schema in doc/corpus.md). What it adds to one article's Analysis:
//   - documents are keyed (DocumentKey): putting the same URL, WARC record
//     or file again replaces the stored article, never duplicates it;
//   - people are resolved ACROSS articles: "Kirill Dmitrijew" in a German
//     story and "Kirill Dmitriev" in an English one are one Person, found
//     by any name, spelling or role description any article used for them;
//   - near-duplicate copies (the same agency story on many sites) share a
//     cluster id (MinHash over word shingles of the body, see
//     store/near_duplicate.h), so a search can return one per cluster.
//
// Writes happen inside explicit transactions (Begin/Commit): a process
// killed mid-way loses only the open transaction, and the file stays
// consistent (SQLite's journal). Every query is a prepared statement with
// bound parameters; no SQL is ever built from a caller's strings.
//
// Errors: Open fails with kCorrupt (not a database, or a damaged one),
// kIoError (cannot create or open the file, locked by another writer
// beyond the busy timeout), kInvalidArgument (a newer schema version).
// Queries fail with kInvalidArgument for a malformed full-text query and
// kIoError for store failures.
//
// Thread safety: a Corpus is one connection and must be used by one thread
// at a time; open one Corpus per thread (SQLite's WAL lets readers run
// beside one writer).
#ifndef KLARTEXT_CORPUS_H_
#define KLARTEXT_CORPUS_H_

#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "klartext/analysis.h"
#include "klartext/article.h"
#include "klartext/status.h"

namespace klartext {

struct CorpusOptions {
  // Open an existing corpus for queries only (the server); fails with
  // kIoError if the file does not exist.
  bool read_only = false;
  // How long a statement waits for another connection's lock before it
  // fails with kIoError ("database is locked").
  int busy_timeout_ms = 5000;
};

// What identifies a document, so that putting it again replaces it: the
// article's URL when it has one, else the WARC record id, else the input
// path. `input` and `record_id` are also stored to show where it came from.
struct DocumentKey {
  std::string input;      // path as given ("-" for stdin)
  std::string record_id;  // WARC-Record-ID, when from a WARC file
};

// A stored article as a list entry.
struct ArticleSummary {
  std::int64_t id = 0;
  std::int64_t cluster_id = 0;  // == id for the first copy of a story
  int cluster_size = 1;         // articles in the cluster
  std::string url;
  std::string site;       // the URL's host without "www."; empty without URL
  std::string title;
  std::string lead;
  std::string published;  // ISO 8601 as extracted; may be empty
  std::string language;
  std::string agency;
  std::string sitename;
  std::vector<std::string> authors;
  std::string snippet;  // search only: the matching text, terms in [brackets]
  double rank = 0;      // search only: BM25 (lower is better, as FTS5 gives it)
};

// A statement as stored, with its article and its resolved speaker.
struct StoredStatement {
  std::int64_t id = 0;
  std::int64_t article_id = 0;
  StatementKind kind = StatementKind::kDirect;
  std::string text;
  std::string cue;
  std::string speaker_text;     // as written at this place ("der Kreml-Berater")
  std::int64_t person_id = 0;   // 0 when the speaker was not resolved
  std::string person_name;      // the person's canonical name, when resolved
  std::size_t start = 0;        // byte offsets into the article's body text
  std::size_t end = 0;
  // Of the article, so a statement list needs no second query:
  std::string published;
  std::string url;
  std::string site;
  std::string title;
};

struct StoredBlock {
  BlockType type = BlockType::kParagraph;
  int level = 0;
  std::string text;
};

// One article with everything kept about it.
struct StoredArticle {
  ArticleSummary summary;
  std::string kicker;
  std::string text;  // Article::Text(): what statement offsets point into
  std::string input;
  std::string record_id;
  std::vector<StoredBlock> blocks;
  std::vector<StoredStatement> statements;  // in text order
  struct EntityRef {
    std::int64_t id = 0;  // Person id for people, entity id otherwise
    EntityType type = EntityType::kPerson;
    std::string name;
    int mentions = 0;
  };
  std::vector<EntityRef> entities;
};

// A person across the corpus.
struct Person {
  std::int64_t id = 0;
  std::string name;                   // canonical: the fullest form seen
  std::vector<std::string> aliases;   // every name and role text used for them
  std::vector<StoredStatement> statements;  // oldest first (undated last)
  int article_count = 0;
};

// A near-duplicate cluster: one story, its copies.
struct Cluster {
  std::int64_t id = 0;
  std::vector<ArticleSummary> articles;  // oldest first
};

// What to look for. Empty strings and zero mean "no such filter".
struct CorpusQuery {
  std::string text;      // FTS5 query over title, lead and body ("sanktionen AND peskow")
  std::string speaker;   // statements of this person: a name, variant or role
  std::string entity;    // articles mentioning this person, organisation or place
  std::string since;     // published on or after this day, "YYYY-MM-DD"
  std::string until;     // published on or before this day, "YYYY-MM-DD"
  std::string site;      // host ("tagesschau.de"; "www." ignored) or site name
  std::string language;  // "de", "en"
  bool one_per_cluster = false;  // articles: the best-ranked copy of each story
  int limit = 20;
  int offset = 0;
};

// Counts for summaries and the server's front page.
struct CorpusStats {
  std::int64_t articles = 0;
  std::int64_t clusters = 0;
  std::int64_t statements = 0;
  std::int64_t people = 0;
};

class Corpus {
 public:
  // Opens or creates the corpus at `path` and brings its schema up to date.
  static Result<std::unique_ptr<Corpus>> Open(const std::string& path, const CorpusOptions& options = {});
  ~Corpus();
  Corpus(const Corpus&) = delete;
  Corpus& operator=(const Corpus&) = delete;

  // Transactions around Put: many Puts per transaction make ingest fast;
  // Commit makes them durable. Put outside a transaction commits itself.
  Status Begin();
  Status Commit();
  Status Rollback();

  // Stores (or replaces) one article with its analysis; returns its id.
  // The id of a replaced article stays the same.
  Result<std::int64_t> Put(const Article& article, const Analysis& analysis, const DocumentKey& key);

  // Articles matching the query, best first (BM25 with text, else newest
  // first). The speaker filter keeps articles where that person speaks.
  Result<std::vector<ArticleSummary>> Search(const CorpusQuery& query);
  // Statements matching the query (text searched in the statement itself),
  // newest first.
  Result<std::vector<StoredStatement>> SearchStatements(const CorpusQuery& query);

  // The people a name, spelling variant or role description refers to:
  // what the speaker filter uses. Empty when none.
  Result<std::vector<std::int64_t>> ResolvePerson(const std::string& name);

  // By id; std::nullopt when there is none.
  Result<std::optional<StoredArticle>> GetArticle(std::int64_t id);
  Result<std::optional<Person>> GetPerson(std::int64_t id);
  Result<std::optional<Cluster>> GetCluster(std::int64_t id);

  Result<CorpusStats> Stats();

  // PRAGMA integrity_check: OK, or kCorrupt with SQLite's findings.
  Status CheckIntegrity();

  // The connection and its prepared statements (store/corpus_impl.h);
  // opaque here, named only so the store's files can share it.
  struct Impl;

 private:
  explicit Corpus(std::unique_ptr<Impl> impl);
  std::unique_ptr<Impl> impl_;
};

}  // namespace klartext

#endif  // KLARTEXT_CORPUS_H_
