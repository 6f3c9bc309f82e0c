// Opening a corpus, transactions, and the small conversions the other
// corpus files share.
#include <memory>
#include <string>
#include <utility>

#include "klartext/corpus.h"
#include "store/corpus_impl.h"
#include "store/schema.h"

namespace klartext {

namespace store {

std::string_view KindName(StatementKind kind) { return StatementKindName(kind); }

StatementKind KindFromName(std::string_view name) {
  for (StatementKind k : {StatementKind::kDirect, StatementKind::kIndirect, StatementKind::kReported}) {
    if (StatementKindName(k) == name) return k;
  }
  return StatementKind::kDirect;
}

BlockType BlockTypeFromName(std::string_view name) {
  for (BlockType t : {BlockType::kLead, BlockType::kHeading, BlockType::kParagraph, BlockType::kListItem,
                      BlockType::kQuote, BlockType::kTable, BlockType::kCode, BlockType::kCaption,
                      BlockType::kImage, BlockType::kComment}) {
    if (BlockTypeName(t) == name) return t;
  }
  return BlockType::kParagraph;
}

EntityType EntityTypeFromName(std::string_view name) {
  for (EntityType t : {EntityType::kPerson, EntityType::kOrganization, EntityType::kPlace}) {
    if (EntityTypeName(t) == name) return t;
  }
  return EntityType::kPerson;
}

std::string JoinLines(const std::vector<std::string>& lines) {
  std::string out;
  for (const std::string& line : lines) {
    if (!out.empty()) out += '\n';
    out += line;
  }
  return out;
}

std::vector<std::string> SplitLines(const std::string& joined) {
  std::vector<std::string> lines;
  std::size_t start = 0;
  while (start < joined.size()) {
    std::size_t end = joined.find('\n', start);
    if (end == std::string::npos) end = joined.size();
    if (end > start) lines.push_back(joined.substr(start, end - start));
    start = end + 1;
  }
  return lines;
}

}  // namespace store

Result<store::Stmt*> Corpus::Impl::Prepared(std::string_view sql) {
  auto it = statements.find(sql);
  if (it == statements.end()) {
    store::Stmt stmt;
    if (Status s = db.Prepare(sql, &stmt); !s.ok()) return s;
    it = statements.emplace(std::string(sql), std::move(stmt)).first;
  }
  it->second.Reset();
  return &it->second;
}

Corpus::Corpus(std::unique_ptr<Impl> impl) : impl_(std::move(impl)) {}
Corpus::~Corpus() {
  if (impl_ && impl_->in_transaction) (void)Rollback();
}

Result<std::unique_ptr<Corpus>> Corpus::Open(const std::string& path, const CorpusOptions& options) {
  if (path.empty()) return Status::InvalidArgument("no corpus file given");
  auto impl = std::make_unique<Impl>();
  impl->read_only = options.read_only;
  if (Status s = impl->db.Open(path, options.read_only, options.busy_timeout_ms); !s.ok()) return s;
  if (Status s = store::PrepareSchema(impl->db, options.read_only); !s.ok()) {
    return Status(s.code() == Status::Code::kInvalidArgument
                      ? Status::InvalidArgument(path + ": " + std::string(s.message()))
                      : s);
  }
  return std::unique_ptr<Corpus>(new Corpus(std::move(impl)));
}

Status Corpus::Begin() {
  if (impl_->in_transaction) return Status::InvalidArgument("a corpus transaction is already open");
  // IMMEDIATE takes the write lock now, so a second writer fails here
  // (after the busy timeout) rather than half-way through a batch.
  if (Status s = impl_->db.Exec("BEGIN IMMEDIATE"); !s.ok()) return s;
  impl_->in_transaction = true;
  return Status();
}

Status Corpus::Commit() {
  if (!impl_->in_transaction) return Status::InvalidArgument("no corpus transaction is open");
  Status s = impl_->db.Exec("COMMIT");
  if (s.ok()) impl_->in_transaction = false;
  return s;
}

Status Corpus::Rollback() {
  if (!impl_->in_transaction) return Status();
  impl_->in_transaction = false;
  return impl_->db.Exec("ROLLBACK");
}

Status Corpus::CheckIntegrity() {
  Result<store::Stmt*> stmt = impl_->Prepared("PRAGMA integrity_check");
  if (!stmt.ok()) return stmt.status();
  std::string findings;
  while ((*stmt)->Step() == store::Stmt::kRow) {
    const std::string line = (*stmt)->Text(0);
    if (line == "ok") continue;
    if (!findings.empty()) findings += "; ";
    findings += line;
  }
  if (!findings.empty()) return Status::Corrupt("corpus integrity check failed: " + findings);
  return Status();
}

Result<CorpusStats> Corpus::Stats() {
  CorpusStats stats;
  Result<store::Stmt*> stmt = impl_->Prepared(
      "SELECT (SELECT count(*) FROM articles), (SELECT count(DISTINCT cluster_id) FROM articles),"
      " (SELECT count(*) FROM statements), (SELECT count(*) FROM people)");
  if (!stmt.ok()) return stmt.status();
  if ((*stmt)->Step() != store::Stmt::kRow) return (*stmt)->LastError();
  stats.articles = (*stmt)->Int64(0);
  stats.clusters = (*stmt)->Int64(1);
  stats.statements = (*stmt)->Int64(2);
  stats.people = (*stmt)->Int64(3);
  return stats;
}

}  // namespace klartext
