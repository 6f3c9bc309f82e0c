// Corpus::Put: one article and its analysis into the tables, replacing
// what an earlier Put of the same document stored.
#include <map>
#include <string>
#include <vector>

#include "core/url_host.h"
#include "klartext/corpus.h"
#include "store/corpus_impl.h"
#include "store/name_keys.h"
#include "store/near_duplicate.h"

namespace klartext {
namespace {

using store::Stmt;

// The document key: what makes a second Put of the same page a replacement.
std::string DocKey(const Article& article, const DocumentKey& key) {
  if (!article.url.empty()) return "url:" + article.url;
  if (!key.record_id.empty()) return "warc:" + key.record_id;
  return "file:" + key.input;
}

// "2025-04-04" from "2025-04-04T13:01:00+02:00": the day as the page gives
// it (local to its offset), what --since/--until compare with.
std::string DayOf(const std::string& published) {
  if (published.size() < 10 || published[4] != '-' || published[7] != '-') return {};
  return published.substr(0, 10);
}

class Writer {
 public:
  explicit Writer(Corpus::Impl& impl) : impl_(impl) {}

  Result<std::int64_t> Put(const Article& article, const Analysis& analysis, const DocumentKey& key);

 private:
  Result<Stmt*> Sql(std::string_view sql) { return impl_.Prepared(sql); }
  Status DeleteDependents(std::int64_t id);
  Result<std::int64_t> ClusterFor(const store::MinHashSignature& signature, std::int64_t id);
  Result<std::int64_t> PersonFor(const Entity& entity);
  Result<std::int64_t> OtherEntityFor(const Entity& entity);
  Status AddAlias(std::int64_t person, const std::string& text);

  Corpus::Impl& impl_;
};

// Runs a prepared statement that returns no rows, after `bind` set its
// parameters.
template <typename BindFn>
Status RunSql(Result<Stmt*> stmt, BindFn bind) {
  if (!stmt.ok()) return stmt.status();
  bind(**stmt);
  return (*stmt)->Run();
}

Status Writer::DeleteDependents(std::int64_t id) {
  static constexpr const char* kDeletes[] = {
      "DELETE FROM statements_fts WHERE rowid IN (SELECT id FROM statements WHERE article_id = ?1)",
      "DELETE FROM statements WHERE article_id = ?1",
      "DELETE FROM articles_fts WHERE rowid = ?1",
      "DELETE FROM minhash_bands WHERE article_id = ?1",
      "DELETE FROM blocks WHERE article_id = ?1",
      "DELETE FROM article_entities WHERE article_id = ?1",
  };
  for (const char* sql : kDeletes) {
    if (Status s = RunSql(Sql(sql), [&](Stmt& st) { st.Bind(1, id); }); !s.ok()) return s;
  }
  return Status();
}

// The cluster of the most similar stored copy, or the article's own id.
Result<std::int64_t> Writer::ClusterFor(const store::MinHashSignature& signature, std::int64_t id) {
  if (signature.empty) return id;
  Result<Stmt*> stmt = Sql(
      "SELECT a.id, a.minhash, a.cluster_id FROM minhash_bands b JOIN articles a ON a.id = b.article_id"
      " WHERE b.band = ?1 AND b.key = ?2 AND a.id != ?3");
  if (!stmt.ok()) return stmt.status();
  double best_similarity = store::kNearDuplicateJaccard;
  std::int64_t best_cluster = id;
  const auto keys = store::MinHashBandKeys(signature);
  for (int band = 0; band < store::kMinHashBands; ++band) {
    Stmt& st = **stmt;
    st.Reset();
    st.Bind(1, band);
    st.Bind(2, keys[static_cast<std::size_t>(band)]);
    st.Bind(3, id);
    Stmt::StepResult r;
    while ((r = st.Step()) == Stmt::kRow) {
      const double similarity =
          store::EstimatedJaccard(signature, store::MinHashSignature::Deserialize(st.Blob(1)));
      const std::int64_t cluster = st.Int64(2);
      if (similarity > best_similarity || (similarity == best_similarity && cluster < best_cluster)) {
        best_similarity = similarity;
        best_cluster = cluster;
      }
    }
    if (r == Stmt::kError) return st.LastError();
  }
  return best_cluster;
}

Status Writer::AddAlias(std::int64_t person, const std::string& text) {
  if (!store::IsAliasWorthy(text)) return Status();
  const std::string key = store::AliasKey(text);
  if (key.empty()) return Status();
  return RunSql(Sql("INSERT OR IGNORE INTO aliases(alias_key, person_id, alias) VALUES (?1, ?2, ?3)"),
                [&](Stmt& st) {
                  st.Bind(1, key);
                  st.Bind(2, person);
                  st.Bind(3, text);
                });
}

// The stored person an article's entity is: the same sound of the whole
// name, else — for a surname alone — the one person with that surname.
// A full name meeting a surname-only person upgrades that person's name.
Result<std::int64_t> Writer::PersonFor(const Entity& entity) {
  const std::string name_key = store::NameKey(entity.name);
  if (name_key.empty()) return std::int64_t{0};
  const std::string surname_key = store::SurnameKey(entity.name);
  const bool one_word = name_key.find(' ') == std::string::npos;

  Result<Stmt*> by_name = Sql("SELECT id FROM people WHERE name_key = ?1");
  if (!by_name.ok()) return by_name.status();
  (*by_name)->Bind(1, name_key);
  std::int64_t id = 0;
  if ((*by_name)->Step() == Stmt::kRow) id = (*by_name)->Int64(0);
  (*by_name)->Reset();

  if (id == 0) {
    // One word: any person with that surname; a full name: a person known
    // so far by that surname alone. Used only when exactly one matches.
    Result<Stmt*> by_surname =
        Sql(one_word ? "SELECT id FROM people WHERE surname_key = ?1 LIMIT 2"
                     : "SELECT id FROM people WHERE surname_key = ?1 AND instr(name_key, ' ') = 0 LIMIT 2");
    if (!by_surname.ok()) return by_surname.status();
    (*by_surname)->Bind(1, surname_key);
    std::vector<std::int64_t> found;
    while ((*by_surname)->Step() == Stmt::kRow) found.push_back((*by_surname)->Int64(0));
    (*by_surname)->Reset();
    if (found.size() == 1) {
      id = found[0];
      if (!one_word) {
        Status s = RunSql(Sql("UPDATE people SET name = ?1, name_key = ?2 WHERE id = ?3"), [&](Stmt& st) {
          st.Bind(1, entity.name);
          st.Bind(2, name_key);
          st.Bind(3, id);
        });
        if (!s.ok()) return s;
      }
    }
  }
  if (id == 0) {
    Status s = RunSql(Sql("INSERT INTO people(name, name_key, surname_key) VALUES (?1, ?2, ?3)"), [&](Stmt& st) {
      st.Bind(1, entity.name);
      st.Bind(2, name_key);
      st.Bind(3, surname_key);
    });
    if (!s.ok()) return s;
    id = impl_.db.LastInsertRowId();
  }
  if (Status s = AddAlias(id, entity.name); !s.ok()) return s;
  if (!entity.role.empty()) {
    if (Status s = AddAlias(id, entity.role); !s.ok()) return s;
  }
  for (const Mention& m : entity.mentions) {
    if (Status s = AddAlias(id, m.text); !s.ok()) return s;
  }
  return id;
}

Result<std::int64_t> Writer::OtherEntityFor(const Entity& entity) {
  const std::string key = store::AliasKey(entity.name);
  if (key.empty()) return std::int64_t{0};
  const std::string_view type = EntityTypeName(entity.type);
  Status s = RunSql(Sql("INSERT OR IGNORE INTO entities(type, name, name_key) VALUES (?1, ?2, ?3)"), [&](Stmt& st) {
    st.Bind(1, type);
    st.Bind(2, entity.name);
    st.Bind(3, key);
  });
  if (!s.ok()) return s;
  Result<Stmt*> stmt = Sql("SELECT id FROM entities WHERE type = ?1 AND name_key = ?2");
  if (!stmt.ok()) return stmt.status();
  (*stmt)->Bind(1, type);
  (*stmt)->Bind(2, key);
  if ((*stmt)->Step() != Stmt::kRow) return (*stmt)->LastError();
  return (*stmt)->Int64(0);
}

Result<std::int64_t> Writer::Put(const Article& article, const Analysis& analysis, const DocumentKey& key) {
  const std::string doc_key = DocKey(article, key);
  // Statement offsets point into the analysed text; keep exactly that.
  const std::string body = analysis.text.empty() ? article.Text() : analysis.text;
  const store::MinHashSignature signature = store::ComputeMinHash(body);

  Result<Stmt*> find = Sql("SELECT id FROM articles WHERE doc_key = ?1");
  if (!find.ok()) return find.status();
  (*find)->Bind(1, doc_key);
  std::int64_t id = 0;
  if ((*find)->Step() == Stmt::kRow) id = (*find)->Int64(0);
  (*find)->Reset();

  auto bind_article = [&](Stmt& st) {
    st.Bind(1, doc_key);
    st.Bind(2, article.url);
    st.Bind(3, UrlHost(article.url));
    st.Bind(4, key.input);
    st.Bind(5, key.record_id);
    st.Bind(6, article.title);
    st.Bind(7, article.kicker);
    st.Bind(8, article.lead);
    st.Bind(9, body);
    st.Bind(10, article.published);
    st.Bind(11, DayOf(article.published));
    st.Bind(12, analysis.language.empty() ? article.language : article.language.empty() ? analysis.language
                                                                                        : article.language);
    st.Bind(13, article.agency);
    st.Bind(14, article.sitename);
    st.Bind(15, store::JoinLines(article.authors));
    st.BindBlob(16, signature.Serialize());
  };
  if (id != 0) {
    if (Status s = DeleteDependents(id); !s.ok()) return s;
    Status s = RunSql(Sql("UPDATE articles SET doc_key=?1, url=?2, site=?3, input=?4, record_id=?5, title=?6,"
                          " kicker=?7, lead=?8, body=?9, published=?10, published_day=?11, language=?12,"
                          " agency=?13, sitename=?14, authors=?15, minhash=?16,"
                          " ingested_at=strftime('%Y-%m-%dT%H:%M:%SZ','now') WHERE id=?17"),
                      [&](Stmt& st) {
                        bind_article(st);
                        st.Bind(17, id);
                      });
    if (!s.ok()) return s;
  } else {
    Status s = RunSql(Sql("INSERT INTO articles(doc_key, url, site, input, record_id, title, kicker, lead, body,"
                          " published, published_day, language, agency, sitename, authors, minhash, cluster_id)"
                          " VALUES (?1,?2,?3,?4,?5,?6,?7,?8,?9,?10,?11,?12,?13,?14,?15,?16,0)"),
                      bind_article);
    if (!s.ok()) return s;
    id = impl_.db.LastInsertRowId();
  }

  Result<std::int64_t> cluster = ClusterFor(signature, id);
  if (!cluster.ok()) return cluster.status();
  if (Status s = RunSql(Sql("UPDATE articles SET cluster_id = ?1 WHERE id = ?2"),
                        [&](Stmt& st) {
                          st.Bind(1, *cluster);
                          st.Bind(2, id);
                        });
      !s.ok()) {
    return s;
  }
  if (Status s = RunSql(Sql("INSERT INTO articles_fts(rowid, title, lead, body) VALUES (?1, ?2, ?3, ?4)"),
                        [&](Stmt& st) {
                          st.Bind(1, id);
                          st.Bind(2, article.title);
                          st.Bind(3, article.lead);
                          st.Bind(4, body);
                        });
      !s.ok()) {
    return s;
  }
  if (!signature.empty) {
    const auto keys = store::MinHashBandKeys(signature);
    for (int band = 0; band < store::kMinHashBands; ++band) {
      Status s = RunSql(Sql("INSERT OR IGNORE INTO minhash_bands(band, key, article_id) VALUES (?1, ?2, ?3)"),
                        [&](Stmt& st) {
                          st.Bind(1, band);
                          st.Bind(2, keys[static_cast<std::size_t>(band)]);
                          st.Bind(3, id);
                        });
      if (!s.ok()) return s;
    }
  }
  for (std::size_t i = 0; i < article.blocks.size(); ++i) {
    const Block& b = article.blocks[i];
    Status s = RunSql(Sql("INSERT INTO blocks(article_id, ord, type, level, text) VALUES (?1, ?2, ?3, ?4, ?5)"),
                      [&](Stmt& st) {
                        st.Bind(1, id);
                        st.Bind(2, static_cast<std::int64_t>(i));
                        st.Bind(3, BlockTypeName(b.type));
                        st.Bind(4, b.level);
                        st.Bind(5, b.text);
                      });
    if (!s.ok()) return s;
  }

  // Entities: people resolved across the corpus, the others by name.
  std::vector<std::int64_t> ref_of(analysis.entities.size(), 0);
  std::map<std::pair<std::string, std::int64_t>, int> mentions;  // (type, ref) → count
  std::map<std::pair<std::string, std::int64_t>, std::string> names;
  for (std::size_t i = 0; i < analysis.entities.size(); ++i) {
    const Entity& e = analysis.entities[i];
    Result<std::int64_t> ref = e.type == EntityType::kPerson ? PersonFor(e) : OtherEntityFor(e);
    if (!ref.ok()) return ref.status();
    ref_of[i] = *ref;
    if (*ref == 0) continue;
    const auto k = std::make_pair(std::string(EntityTypeName(e.type)), *ref);
    mentions[k] += static_cast<int>(e.mentions.size());
    names.emplace(k, e.name);
  }
  for (const auto& [k, count] : mentions) {
    Status s = RunSql(Sql("INSERT INTO article_entities(article_id, type, ref_id, name, mentions)"
                          " VALUES (?1, ?2, ?3, ?4, ?5)"),
                      [&](Stmt& st) {
                        st.Bind(1, id);
                        st.Bind(2, k.first);
                        st.Bind(3, k.second);
                        st.Bind(4, names[k]);
                        st.Bind(5, count);
                      });
    if (!s.ok()) return s;
  }

  for (std::size_t i = 0; i < analysis.statements.size(); ++i) {
    const Statement& stmt = analysis.statements[i];
    const int e = stmt.speaker.entity;
    const bool person = e >= 0 && static_cast<std::size_t>(e) < analysis.entities.size() &&
                        analysis.entities[static_cast<std::size_t>(e)].type == EntityType::kPerson;
    const std::int64_t person_id = person ? ref_of[static_cast<std::size_t>(e)] : 0;
    Status s = RunSql(Sql("INSERT INTO statements(article_id, ord, kind, text, cue, speaker_text, person_id,"
                          " start, end) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9)"),
                      [&](Stmt& st) {
                        st.Bind(1, id);
                        st.Bind(2, static_cast<std::int64_t>(i));
                        st.Bind(3, store::KindName(stmt.kind));
                        st.Bind(4, stmt.text);
                        st.Bind(5, stmt.cue);
                        st.Bind(6, stmt.speaker.text);
                        st.Bind(7, person_id);
                        st.Bind(8, static_cast<std::int64_t>(stmt.start));
                        st.Bind(9, static_cast<std::int64_t>(stmt.end));
                      });
    if (!s.ok()) return s;
    const std::int64_t statement_id = impl_.db.LastInsertRowId();
    s = RunSql(Sql("INSERT INTO statements_fts(rowid, text) VALUES (?1, ?2)"), [&](Stmt& st) {
      st.Bind(1, statement_id);
      st.Bind(2, stmt.text);
    });
    if (!s.ok()) return s;
  }
  return id;
}

}  // namespace

Result<std::int64_t> Corpus::Put(const Article& article, const Analysis& analysis, const DocumentKey& key) {
  if (impl_->read_only) return Status::InvalidArgument("the corpus was opened read-only");
  const bool own_transaction = !impl_->in_transaction;
  if (own_transaction) {
    if (Status s = Begin(); !s.ok()) return s;
  }
  // A savepoint per article: one that fails half-way leaves nothing behind,
  // and the batch's transaction goes on with the next.
  if (Status s = impl_->db.Exec("SAVEPOINT put_article"); !s.ok()) return s;
  Result<std::int64_t> id = Writer(*impl_).Put(article, analysis, key);
  if (!id.ok()) (void)impl_->db.Exec("ROLLBACK TO put_article");
  if (Status s = impl_->db.Exec("RELEASE put_article"); !s.ok() && id.ok()) id = s;
  if (!own_transaction) return id;
  if (!id.ok()) {
    (void)Rollback();
    return id;
  }
  if (Status s = Commit(); !s.ok()) return s;
  return id;
}

}  // namespace klartext
