// Corpus searches and reads. Search SQL is assembled from the constant
// fragments below, chosen by which filters are set; every value the caller
// gave is a bound parameter, never part of the SQL text.
#include <algorithm>
#include <optional>
#include <set>
#include <string>
#include <variant>
#include <vector>

#include "core/url_host.h"
#include "klartext/corpus.h"
#include "store/corpus_impl.h"
#include "store/name_keys.h"

namespace klartext {
namespace {

using store::Stmt;

// SQL with its parameters in order (?1, ?2 … are numbered as added).
class BoundSql {
 public:
  void Add(std::string_view fragment) { sql_ += fragment; }
  // Appends "?N" for a new parameter holding `value`.
  template <typename T>
  void Param(T value) {
    params_.emplace_back(std::move(value));
    sql_ += '?';
    sql_ += std::to_string(params_.size());
  }
  // "(?a, ?b, …)" for a list of ids.
  void IdList(const std::vector<std::int64_t>& ids) {
    Add("(");
    for (std::size_t i = 0; i < ids.size(); ++i) {
      if (i > 0) Add(", ");
      Param(ids[i]);
    }
    Add(")");
  }
  const std::string& sql() const { return sql_; }
  void BindTo(Stmt& stmt) const {
    for (std::size_t i = 0; i < params_.size(); ++i) {
      const int index = static_cast<int>(i + 1);
      if (const auto* n = std::get_if<std::int64_t>(&params_[i])) {
        stmt.Bind(index, *n);
      } else {
        stmt.Bind(index, std::get<std::string>(params_[i]));
      }
    }
  }

 private:
  std::string sql_;
  std::vector<std::variant<std::int64_t, std::string>> params_;
};

// Each whitespace-separated word as an FTS5 string, so "Kreml-Berater" or
// "U.S." are searched as written rather than read as query syntax. Used
// when the query as typed is not valid FTS5.
std::string QuoteWords(const std::string& text) {
  std::string out;
  for (std::string_view word : store::NameWords(text)) {
    if (!out.empty()) out += ' ';
    out += '"';
    for (char c : word) {
      if (c == '"') out += '"';
      out += c;
    }
    out += '"';
  }
  return out;
}

ArticleSummary ReadSummary(const Stmt& st, int first) {
  ArticleSummary a;
  a.id = st.Int64(first);
  a.cluster_id = st.Int64(first + 1);
  a.cluster_size = static_cast<int>(st.Int64(first + 2));
  a.url = st.Text(first + 3);
  a.site = st.Text(first + 4);
  a.title = st.Text(first + 5);
  a.lead = st.Text(first + 6);
  a.published = st.Text(first + 7);
  a.language = st.Text(first + 8);
  a.agency = st.Text(first + 9);
  a.sitename = st.Text(first + 10);
  a.authors = store::SplitLines(st.Text(first + 11));
  return a;
}
// The columns ReadSummary reads, for an articles table aliased "a".
constexpr char kSummaryColumns[] =
    "a.id, a.cluster_id, (SELECT count(*) FROM articles c WHERE c.cluster_id = a.cluster_id), a.url, a.site,"
    " a.title, a.lead, a.published, a.language, a.agency, a.sitename, a.authors";

StoredStatement ReadStatement(const Stmt& st) {
  StoredStatement s;
  s.id = st.Int64(0);
  s.article_id = st.Int64(1);
  s.kind = store::KindFromName(st.Text(2));
  s.text = st.Text(3);
  s.cue = st.Text(4);
  s.speaker_text = st.Text(5);
  s.person_id = st.Int64(6);
  s.person_name = st.Text(7);
  s.start = static_cast<std::size_t>(st.Int64(8));
  s.end = static_cast<std::size_t>(st.Int64(9));
  s.published = st.Text(10);
  s.url = st.Text(11);
  s.site = st.Text(12);
  s.title = st.Text(13);
  return s;
}
constexpr char kStatementColumns[] =
    "s.id, s.article_id, s.kind, s.text, s.cue, s.speaker_text, s.person_id, coalesce(p.name, ''),"
    " s.start, s.end, a.published, a.url, a.site, a.title";
constexpr char kStatementFrom[] =
    " FROM statements s JOIN articles a ON a.id = s.article_id LEFT JOIN people p ON p.id = s.person_id";

// Runs `sql` and calls `row` for each result row.
template <typename RowFn>
Status Each(Corpus::Impl& impl, const BoundSql& sql, RowFn row, bool is_text_query = false) {
  Result<Stmt*> stmt = impl.Prepared(sql.sql());
  if (!stmt.ok()) return stmt.status();
  sql.BindTo(**stmt);
  Stmt::StepResult r;
  while ((r = (*stmt)->Step()) == Stmt::kRow) row(**stmt);
  if (r == Stmt::kError) {
    Status s = (*stmt)->LastError();
    (*stmt)->Reset();
    if (is_text_query && s.code() == Status::Code::kIoError) {
      return Status::InvalidArgument("bad search query: " + std::string(s.message()));
    }
    return s;
  }
  (*stmt)->Reset();
  return Status();
}

// Filters on the article "a" common to both searches. `people` and
// `entities` are the resolved ids (already known to be non-empty when set).
void AddArticleFilters(BoundSql& sql, const CorpusQuery& q, const std::vector<std::int64_t>* entity_people,
                       const std::vector<std::int64_t>* entity_others) {
  if (!q.since.empty()) {
    sql.Add(" AND a.published_day >= ");
    sql.Param(q.since);
  }
  if (!q.until.empty()) {
    sql.Add(" AND a.published_day != '' AND a.published_day <= ");
    sql.Param(q.until);
  }
  if (!q.site.empty()) {
    std::string host = UrlHost("http://" + q.site);
    sql.Add(" AND (a.site = ");
    sql.Param(host);
    sql.Add(" OR a.site LIKE ");
    sql.Param("%." + host);
    sql.Add(" OR a.sitename = ");
    sql.Param(q.site);
    sql.Add(" COLLATE NOCASE)");
  }
  if (!q.language.empty()) {
    sql.Add(" AND (a.language = ");
    sql.Param(q.language);
    sql.Add(" COLLATE NOCASE OR a.language LIKE ");
    sql.Param(q.language + "-%");
    sql.Add(")");
  }
  if (entity_people != nullptr) {
    sql.Add(" AND a.id IN (SELECT article_id FROM article_entities WHERE (type = 'person' AND ref_id IN ");
    sql.IdList(*entity_people);
    sql.Add(") OR (type != 'person' AND ref_id IN ");
    sql.IdList(*entity_others);
    sql.Add("))");
  }
}

// The people and entities a query's names stand for; nullopt when a name
// was given that matches no one (the answer is then empty, not unfiltered).
struct NameFilters {
  std::vector<std::int64_t> speakers;
  std::vector<std::int64_t> entity_people;
  std::vector<std::int64_t> entity_others;
};

Result<std::optional<NameFilters>> ResolveNames(Corpus& corpus, Corpus::Impl& impl, const CorpusQuery& q) {
  NameFilters f;
  if (!q.speaker.empty()) {
    Result<std::vector<std::int64_t>> r = corpus.ResolvePerson(q.speaker);
    if (!r.ok()) return r.status();
    if (r->empty()) return std::optional<NameFilters>();
    f.speakers = std::move(*r);
  }
  if (!q.entity.empty()) {
    Result<std::vector<std::int64_t>> r = corpus.ResolvePerson(q.entity);
    if (!r.ok()) return r.status();
    f.entity_people = std::move(*r);
    BoundSql sql;
    sql.Add("SELECT id FROM entities WHERE name_key = ");
    sql.Param(store::AliasKey(q.entity));
    if (Status s = Each(impl, sql, [&](const Stmt& st) { f.entity_others.push_back(st.Int64(0)); }); !s.ok()) return s;
    if (f.entity_people.empty() && f.entity_others.empty()) return std::optional<NameFilters>();
  }
  return std::optional<NameFilters>(std::move(f));
}

// Runs the query built for `text`; if FTS5 cannot read it, once more with
// every word quoted (QuoteWords), after `reset` dropped any rows.
template <typename BuildFn, typename RowFn, typename ResetFn>
Status RunTextQuery(Corpus::Impl& impl, const std::string& text, BuildFn build, RowFn row, ResetFn reset) {
  const bool has_text = !text.empty();
  Status s = Each(impl, build(text), row, has_text);
  if (s.code() != Status::Code::kInvalidArgument) return s;
  reset();
  const std::string quoted = QuoteWords(text);
  if (quoted.empty() || quoted == text) return s;
  return Each(impl, build(quoted), row, has_text);
}

}  // namespace

Result<std::vector<std::int64_t>> Corpus::ResolvePerson(const std::string& name) {
  std::set<std::int64_t> ids;
  auto collect = [&](const char* sql_text, const std::string& key) -> Status {
    if (key.empty()) return Status();
    BoundSql sql;
    sql.Add(sql_text);
    sql.Param(key);
    return Each(*impl_, sql, [&](const Stmt& st) { ids.insert(st.Int64(0)); });
  };
  // Exactly as some article wrote it: a name or a role description.
  if (Status s = collect("SELECT person_id FROM aliases WHERE alias_key = ", store::AliasKey(name)); !s.ok()) return s;
  const std::string name_key = store::NameKey(name);
  const std::string surname_key = store::SurnameKey(name);
  if (ids.empty() && !name_key.empty()) {
    if (name_key.find(' ') == std::string::npos) {
      // A surname alone: everyone of that name (sound).
      if (Status s = collect("SELECT id FROM people WHERE surname_key = ", surname_key); !s.ok()) return s;
    } else {
      // A full name: the same sound word for word, or a person known only
      // by that surname.
      if (Status s = collect("SELECT id FROM people WHERE name_key = ", name_key); !s.ok()) return s;
      if (Status s = collect("SELECT id FROM people WHERE instr(name_key, ' ') = 0 AND surname_key = ", surname_key);
          !s.ok()) {
        return s;
      }
    }
  }
  return std::vector<std::int64_t>(ids.begin(), ids.end());
}

Result<std::vector<ArticleSummary>> Corpus::Search(const CorpusQuery& q) {
  Result<std::optional<NameFilters>> names = ResolveNames(*this, *impl_, q);
  if (!names.ok()) return names.status();
  if (!names->has_value()) return std::vector<ArticleSummary>{};  // a name that matches no one
  const std::vector<std::int64_t>& speakers = (*names)->speakers;
  const std::vector<std::int64_t>& entity_people = (*names)->entity_people;
  const std::vector<std::int64_t>& entity_others = (*names)->entity_others;
  const bool has_text = !q.text.empty();

  auto build = [&](const std::string& match) {
    BoundSql sql;
    sql.Add("SELECT * FROM (SELECT *, row_number() OVER (PARTITION BY cluster_id ORDER BY rank_value, id) AS copy_rank"
            " FROM (SELECT ");
    sql.Add(kSummaryColumns);
    if (has_text) {
      sql.Add(", snippet(articles_fts, -1, '[', ']', '…', 16), bm25(articles_fts) AS rank_value"
              " FROM articles_fts JOIN articles a ON a.id = articles_fts.rowid WHERE articles_fts MATCH ");
      sql.Param(match);
    } else {
      // Without text, newest first: rank by the negated day number.
      sql.Add(", '', coalesce(-julianday(nullif(a.published_day, '')), 0) AS rank_value FROM articles a WHERE 1");
    }
    if (!speakers.empty()) {
      sql.Add(" AND a.id IN (SELECT article_id FROM statements WHERE person_id IN ");
      sql.IdList(speakers);
      sql.Add(")");
    }
    AddArticleFilters(sql, q, q.entity.empty() ? nullptr : &entity_people, &entity_others);
    sql.Add("))");
    if (q.one_per_cluster) sql.Add(" WHERE copy_rank = 1");
    sql.Add(" ORDER BY rank_value, id LIMIT ");
    sql.Param(static_cast<std::int64_t>(std::max(q.limit, 0)));
    sql.Add(" OFFSET ");
    sql.Param(static_cast<std::int64_t>(std::max(q.offset, 0)));
    return sql;
  };
  std::vector<ArticleSummary> out;
  auto row = [&](const Stmt& st) {
    ArticleSummary a = ReadSummary(st, 0);
    a.snippet = st.Text(12);
    a.rank = has_text ? st.Double(13) : 0;
    out.push_back(std::move(a));
  };
  if (Status s = RunTextQuery(*impl_, q.text, build, row, [&] { out.clear(); }); !s.ok()) return s;
  return out;
}

Result<std::vector<StoredStatement>> Corpus::SearchStatements(const CorpusQuery& q) {
  Result<std::optional<NameFilters>> names = ResolveNames(*this, *impl_, q);
  if (!names.ok()) return names.status();
  if (!names->has_value()) return std::vector<StoredStatement>{};  // a name that matches no one
  const std::vector<std::int64_t>& speakers = (*names)->speakers;
  const std::vector<std::int64_t>& entity_people = (*names)->entity_people;
  const std::vector<std::int64_t>& entity_others = (*names)->entity_others;
  const bool has_text = !q.text.empty();
  auto build = [&](const std::string& match) {
    BoundSql sql;
    sql.Add("SELECT ");
    sql.Add(kStatementColumns);
    sql.Add(kStatementFrom);
    if (has_text) {
      sql.Add(" JOIN statements_fts ON statements_fts.rowid = s.id WHERE statements_fts MATCH ");
      sql.Param(match);
    } else {
      sql.Add(" WHERE 1");
    }
    if (!speakers.empty()) {
      sql.Add(" AND s.person_id IN ");
      sql.IdList(speakers);
    }
    AddArticleFilters(sql, q, q.entity.empty() ? nullptr : &entity_people, &entity_others);
    sql.Add(" ORDER BY a.published_day = '', a.published DESC, s.article_id, s.ord LIMIT ");
    sql.Param(static_cast<std::int64_t>(std::max(q.limit, 0)));
    sql.Add(" OFFSET ");
    sql.Param(static_cast<std::int64_t>(std::max(q.offset, 0)));
    return sql;
  };
  std::vector<StoredStatement> out;
  auto row = [&](const Stmt& st) { out.push_back(ReadStatement(st)); };
  if (Status s = RunTextQuery(*impl_, q.text, build, row, [&] { out.clear(); }); !s.ok()) return s;
  return out;
}

Result<std::optional<StoredArticle>> Corpus::GetArticle(std::int64_t id) {
  std::optional<StoredArticle> article;
  BoundSql sql;
  sql.Add("SELECT ");
  sql.Add(kSummaryColumns);
  sql.Add(", a.kicker, a.body, a.input, a.record_id FROM articles a WHERE a.id = ");
  sql.Param(id);
  Status s = Each(*impl_, sql, [&](const Stmt& st) {
    StoredArticle a;
    a.summary = ReadSummary(st, 0);
    a.kicker = st.Text(12);
    a.text = st.Text(13);
    a.input = st.Text(14);
    a.record_id = st.Text(15);
    article = std::move(a);
  });
  if (!s.ok()) return s;
  if (!article) return article;

  BoundSql blocks;
  blocks.Add("SELECT type, level, text FROM blocks WHERE article_id = ");
  blocks.Param(id);
  blocks.Add(" ORDER BY ord");
  s = Each(*impl_, blocks, [&](const Stmt& st) {
    article->blocks.push_back({store::BlockTypeFromName(st.Text(0)), static_cast<int>(st.Int64(1)), st.Text(2)});
  });
  if (!s.ok()) return s;

  BoundSql statements;
  statements.Add("SELECT ");
  statements.Add(kStatementColumns);
  statements.Add(kStatementFrom);
  statements.Add(" WHERE s.article_id = ");
  statements.Param(id);
  statements.Add(" ORDER BY s.ord");
  s = Each(*impl_, statements, [&](const Stmt& st) { article->statements.push_back(ReadStatement(st)); });
  if (!s.ok()) return s;

  BoundSql entities;
  entities.Add("SELECT ref_id, type, name, mentions FROM article_entities WHERE article_id = ");
  entities.Param(id);
  entities.Add(" ORDER BY mentions DESC, name");
  s = Each(*impl_, entities, [&](const Stmt& st) {
    article->entities.push_back(
        {st.Int64(0), store::EntityTypeFromName(st.Text(1)), st.Text(2), static_cast<int>(st.Int64(3))});
  });
  if (!s.ok()) return s;
  return article;
}

Result<std::optional<Person>> Corpus::GetPerson(std::int64_t id) {
  std::optional<Person> person;
  BoundSql sql;
  sql.Add("SELECT id, name, (SELECT count(DISTINCT article_id) FROM article_entities"
          " WHERE type = 'person' AND ref_id = people.id) FROM people WHERE id = ");
  sql.Param(id);
  Status s = Each(*impl_, sql, [&](const Stmt& st) {
    Person p;
    p.id = st.Int64(0);
    p.name = st.Text(1);
    p.article_count = static_cast<int>(st.Int64(2));
    person = std::move(p);
  });
  if (!s.ok()) return s;
  if (!person) return person;

  BoundSql aliases;
  aliases.Add("SELECT alias FROM aliases WHERE person_id = ");
  aliases.Param(id);
  aliases.Add(" ORDER BY alias");
  s = Each(*impl_, aliases, [&](const Stmt& st) { person->aliases.push_back(st.Text(0)); });
  if (!s.ok()) return s;

  BoundSql statements;
  statements.Add("SELECT ");
  statements.Add(kStatementColumns);
  statements.Add(kStatementFrom);
  statements.Add(" WHERE s.person_id = ");
  statements.Param(id);
  statements.Add(" ORDER BY a.published_day = '', a.published, s.article_id, s.ord");
  s = Each(*impl_, statements, [&](const Stmt& st) { person->statements.push_back(ReadStatement(st)); });
  if (!s.ok()) return s;
  return person;
}

Result<std::optional<Cluster>> Corpus::GetCluster(std::int64_t id) {
  Cluster cluster;
  cluster.id = id;
  BoundSql sql;
  sql.Add("SELECT ");
  sql.Add(kSummaryColumns);
  sql.Add(" FROM articles a WHERE a.cluster_id = ");
  sql.Param(id);
  sql.Add(" ORDER BY a.published_day = '', a.published, a.id");
  Status s = Each(*impl_, sql, [&](const Stmt& st) { cluster.articles.push_back(ReadSummary(st, 0)); });
  if (!s.ok()) return s;
  if (cluster.articles.empty()) return std::optional<Cluster>();
  return std::optional<Cluster>(std::move(cluster));
}

}  // namespace klartext
