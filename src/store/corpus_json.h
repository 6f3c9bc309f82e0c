// store/corpus_json.h: corpus results as JSON, one shape for every output.
//
// `klartext search --format jsonl` writes one Write*Json object per line;
// the HTTP API (src/serve) answers with the same objects, so a script that
// reads one reads the other. Field names follow the extract JSON
// ("url", "title", "published" …); doc/corpus.md lists them.
// Thread safety: pure functions over their arguments.
#ifndef KLARTEXT_STORE_CORPUS_JSON_H_
#define KLARTEXT_STORE_CORPUS_JSON_H_

#include "core/json_writer.h"
#include "klartext/corpus.h"

namespace klartext::store {

// {"id", "cluster_id", "cluster_size", "url", "site", "title", "lead",
//  "published", "language", "agency", "sitename", "authors", ["snippet", "rank"]}
void WriteSummaryJson(const ArticleSummary& a, JsonWriter& w);
// {"id", "article_id", "kind", "text", "cue", "speaker": {"text", "person_id",
//  "name"}, "start", "end", "published", "url", "site", "title"}
void WriteStatementJson(const StoredStatement& s, JsonWriter& w);
// The summary's fields plus "kicker", "text", "input", "record_id",
// "blocks": [{"type","level","text"}], "statements": [...], "entities":
// [{"id","type","name","mentions"}]
void WriteArticleJson(const StoredArticle& a, JsonWriter& w);
// {"id", "name", "aliases": [...], "article_count", "statements": [...]}
void WritePersonJson(const Person& p, JsonWriter& w);
// {"id", "articles": [summary...]}
void WriteClusterJson(const Cluster& c, JsonWriter& w);

}  // namespace klartext::store

#endif  // KLARTEXT_STORE_CORPUS_JSON_H_
