#include "store/schema.h"

#include <string>

namespace klartext::store {
namespace {

// Version 1. Strings are UTF-8; times ISO 8601 as extracted.
//   articles        one row per document key (URL, else WARC record, else path)
//   articles_fts    title, lead and body for full-text search (rowid = articles.id)
//   minhash_bands   the LSH band keys of each article's MinHash: near-duplicate candidates
//   blocks          the body as blocks, in order
//   people          a person across articles; name_key/surname_key: store/name_keys.h
//   aliases         every name and role text used for a person, by AliasKey
//   entities        organisations and places, one per (type, AliasKey of name)
//   article_entities who/what an article mentions, how often
//   statements      who said what, with the resolved person
//   statements_fts  statement text for full-text search (rowid = statements.id)
// unicode61 with remove_diacritics 2 makes "Selenskyj" match "Selenskyj" and
// "Zürich" match "Zurich"; German compounds stay whole words.
constexpr char kCreateV1[] = R"sql(
CREATE TABLE articles(
  id INTEGER PRIMARY KEY,
  doc_key TEXT NOT NULL UNIQUE,
  url TEXT NOT NULL, site TEXT NOT NULL, input TEXT NOT NULL, record_id TEXT NOT NULL,
  title TEXT NOT NULL, kicker TEXT NOT NULL, lead TEXT NOT NULL, body TEXT NOT NULL,
  published TEXT NOT NULL, published_day TEXT NOT NULL,
  language TEXT NOT NULL, agency TEXT NOT NULL, sitename TEXT NOT NULL, authors TEXT NOT NULL,
  minhash BLOB NOT NULL, cluster_id INTEGER NOT NULL,
  ingested_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ','now')));
CREATE INDEX articles_cluster ON articles(cluster_id);
CREATE INDEX articles_day ON articles(published_day);
CREATE INDEX articles_site ON articles(site);
CREATE VIRTUAL TABLE articles_fts USING fts5(title, lead, body,
  tokenize = 'unicode61 remove_diacritics 2');
CREATE TABLE minhash_bands(
  band INTEGER NOT NULL, key INTEGER NOT NULL, article_id INTEGER NOT NULL,
  PRIMARY KEY(band, key, article_id)) WITHOUT ROWID;
CREATE INDEX minhash_bands_article ON minhash_bands(article_id);
CREATE TABLE blocks(
  article_id INTEGER NOT NULL, ord INTEGER NOT NULL,
  type TEXT NOT NULL, level INTEGER NOT NULL, text TEXT NOT NULL,
  PRIMARY KEY(article_id, ord)) WITHOUT ROWID;
CREATE TABLE people(
  id INTEGER PRIMARY KEY, name TEXT NOT NULL,
  name_key TEXT NOT NULL UNIQUE, surname_key TEXT NOT NULL);
CREATE INDEX people_surname ON people(surname_key);
CREATE TABLE aliases(
  alias_key TEXT NOT NULL, person_id INTEGER NOT NULL, alias TEXT NOT NULL,
  PRIMARY KEY(alias_key, person_id)) WITHOUT ROWID;
CREATE INDEX aliases_person ON aliases(person_id);
CREATE TABLE entities(
  id INTEGER PRIMARY KEY, type TEXT NOT NULL, name TEXT NOT NULL, name_key TEXT NOT NULL,
  UNIQUE(type, name_key));
CREATE TABLE article_entities(
  article_id INTEGER NOT NULL, type TEXT NOT NULL, ref_id INTEGER NOT NULL,
  name TEXT NOT NULL, mentions INTEGER NOT NULL,
  PRIMARY KEY(article_id, type, ref_id)) WITHOUT ROWID;
CREATE INDEX article_entities_ref ON article_entities(type, ref_id);
CREATE TABLE statements(
  id INTEGER PRIMARY KEY, article_id INTEGER NOT NULL, ord INTEGER NOT NULL,
  kind TEXT NOT NULL, text TEXT NOT NULL, cue TEXT NOT NULL, speaker_text TEXT NOT NULL,
  person_id INTEGER NOT NULL, start INTEGER NOT NULL, end INTEGER NOT NULL);
CREATE INDEX statements_article ON statements(article_id);
CREATE INDEX statements_person ON statements(person_id);
CREATE VIRTUAL TABLE statements_fts USING fts5(text,
  tokenize = 'unicode61 remove_diacritics 2');
PRAGMA user_version = 1;
)sql";

Result<int> UserVersion(Db& db) {
  Stmt stmt;
  if (Status s = db.Prepare("PRAGMA user_version", &stmt); !s.ok()) return s;
  if (stmt.Step() != Stmt::kRow) return stmt.LastError();
  return static_cast<int>(stmt.Int64(0));
}

}  // namespace

Status PrepareSchema(Db& db, bool read_only) {
  // WAL: readers (the server) never block the writer (ingest) and a crash
  // leaves the last committed transaction intact. NORMAL synchronous is
  // durable across process crashes in WAL mode; only an OS crash may lose
  // the last transactions, never consistency.
  if (!read_only) {
    if (Status s = db.Exec("PRAGMA journal_mode = WAL"); !s.ok()) return s;
    if (Status s = db.Exec("PRAGMA synchronous = NORMAL"); !s.ok()) return s;
  }
  Result<int> version = UserVersion(db);
  if (!version.ok()) return version.status();
  if (*version > kSchemaVersion) {
    return Status::InvalidArgument("corpus schema version " + std::to_string(*version) +
                                   " is newer than this klartext knows (" + std::to_string(kSchemaVersion) +
                                   "); use a newer klartext");
  }
  if (*version == kSchemaVersion) return Status();
  if (read_only) return Status::InvalidArgument("not a klartext corpus (no tables); run klartext ingest first");
  if (Status s = db.Exec("BEGIN IMMEDIATE"); !s.ok()) return s;
  // Version 0 is a new, empty file; later versions add migrations here.
  Status s = db.Exec(kCreateV1);
  if (!s.ok()) {
    (void)db.Exec("ROLLBACK");
    return s;
  }
  return db.Exec("COMMIT");
}

}  // namespace klartext::store
