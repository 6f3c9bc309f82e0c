#include "store/corpus_json.h"

namespace klartext::store {
namespace {

void SummaryFields(const ArticleSummary& a, JsonWriter& w) {
  w.Field("id", a.id);
  w.Field("cluster_id", a.cluster_id);
  w.Field("cluster_size", static_cast<std::int64_t>(a.cluster_size));
  w.Field("url", a.url);
  w.Field("site", a.site);
  w.Field("title", a.title);
  w.Field("lead", a.lead);
  w.Field("published", a.published);
  w.Field("language", a.language);
  w.Field("agency", a.agency);
  w.Field("sitename", a.sitename);
  w.StringArray("authors", a.authors);
}

}  // namespace

void WriteSummaryJson(const ArticleSummary& a, JsonWriter& w) {
  w.BeginObject();
  SummaryFields(a, w);
  if (!a.snippet.empty()) {
    w.Field("snippet", a.snippet);
    w.Key("rank");
    w.Double(a.rank);
  }
  w.EndObject();
}

void WriteStatementJson(const StoredStatement& s, JsonWriter& w) {
  w.BeginObject();
  w.Field("id", s.id);
  w.Field("article_id", s.article_id);
  w.Field("kind", StatementKindName(s.kind));
  w.Field("text", s.text);
  w.Field("cue", s.cue);
  w.Key("speaker");
  w.BeginObject();
  w.Field("text", s.speaker_text);
  w.Key("person_id");
  if (s.person_id != 0) {
    w.Int(s.person_id);
  } else {
    w.Null();
  }
  w.Field("name", s.person_name);
  w.EndObject();
  w.Field("start", static_cast<std::int64_t>(s.start));
  w.Field("end", static_cast<std::int64_t>(s.end));
  w.Field("published", s.published);
  w.Field("url", s.url);
  w.Field("site", s.site);
  w.Field("title", s.title);
  w.EndObject();
}

void WriteArticleJson(const StoredArticle& a, JsonWriter& w) {
  w.BeginObject();
  SummaryFields(a.summary, w);
  w.Field("kicker", a.kicker);
  w.Field("text", a.text);
  w.Field("input", a.input);
  w.Field("record_id", a.record_id);
  w.Key("blocks");
  w.BeginArray();
  for (const StoredBlock& b : a.blocks) {
    w.BeginObject();
    w.Field("type", BlockTypeName(b.type));
    w.Field("level", static_cast<std::int64_t>(b.level));
    w.Field("text", b.text);
    w.EndObject();
  }
  w.EndArray();
  w.Key("statements");
  w.BeginArray();
  for (const StoredStatement& s : a.statements) WriteStatementJson(s, w);
  w.EndArray();
  w.Key("entities");
  w.BeginArray();
  for (const StoredArticle::EntityRef& e : a.entities) {
    w.BeginObject();
    w.Field("id", e.id);
    w.Field("type", EntityTypeName(e.type));
    w.Field("name", e.name);
    w.Field("mentions", static_cast<std::int64_t>(e.mentions));
    w.EndObject();
  }
  w.EndArray();
  w.EndObject();
}

void WritePersonJson(const Person& p, JsonWriter& w) {
  w.BeginObject();
  w.Field("id", p.id);
  w.Field("name", p.name);
  w.StringArray("aliases", p.aliases);
  w.Field("article_count", static_cast<std::int64_t>(p.article_count));
  w.Key("statements");
  w.BeginArray();
  for (const StoredStatement& s : p.statements) WriteStatementJson(s, w);
  w.EndArray();
  w.EndObject();
}

void WriteClusterJson(const Cluster& c, JsonWriter& w) {
  w.BeginObject();
  w.Field("id", c.id);
  w.Key("articles");
  w.BeginArray();
  for (const ArticleSummary& a : c.articles) WriteSummaryJson(a, w);
  w.EndArray();
  w.EndObject();
}

}  // namespace klartext::store
