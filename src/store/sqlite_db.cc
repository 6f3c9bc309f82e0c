#include "store/sqlite_db.h"

#include <sqlite3.h>

#include <utility>

namespace klartext::store {

namespace {

Status StatusFor(int rc, std::string_view what, const char* detail) {
  std::string message(what);
  message += ": ";
  message += detail != nullptr ? detail : sqlite3_errstr(rc);
  switch (rc & 0xff) {  // the primary code; extended codes keep it in the low byte
    case SQLITE_NOTADB:
    case SQLITE_CORRUPT:
      return Status::Corrupt(message);
    default:
      return Status::IoError(message);
  }
}

}  // namespace

Stmt::~Stmt() { sqlite3_finalize(stmt_); }

Stmt::Stmt(Stmt&& other) noexcept
    : stmt_(std::exchange(other.stmt_, nullptr)), db_(std::exchange(other.db_, nullptr)) {}

Stmt& Stmt::operator=(Stmt&& other) noexcept {
  if (this != &other) {
    sqlite3_finalize(stmt_);
    stmt_ = std::exchange(other.stmt_, nullptr);
    db_ = std::exchange(other.db_, nullptr);
  }
  return *this;
}

void Stmt::Bind(int index, std::string_view text) {
  sqlite3_bind_text(stmt_, index, text.data(), static_cast<int>(text.size()), SQLITE_TRANSIENT);
}
void Stmt::Bind(int index, std::int64_t value) { sqlite3_bind_int64(stmt_, index, value); }
void Stmt::Bind(int index, double value) { sqlite3_bind_double(stmt_, index, value); }
void Stmt::BindNull(int index) { sqlite3_bind_null(stmt_, index); }
void Stmt::BindBlob(int index, std::string_view bytes) {
  sqlite3_bind_blob(stmt_, index, bytes.data(), static_cast<int>(bytes.size()), SQLITE_TRANSIENT);
}

Stmt::StepResult Stmt::Step() {
  const int rc = sqlite3_step(stmt_);
  if (rc == SQLITE_ROW) return kRow;
  if (rc == SQLITE_DONE) return kDone;
  return kError;
}

Status Stmt::Run() {
  const StepResult r = Step();
  Status s = r == kError ? LastError() : Status();
  Reset();
  return s;
}

void Stmt::Reset() {
  sqlite3_reset(stmt_);
  sqlite3_clear_bindings(stmt_);
}

std::int64_t Stmt::Int64(int column) const { return sqlite3_column_int64(stmt_, column); }
double Stmt::Double(int column) const { return sqlite3_column_double(stmt_, column); }
bool Stmt::IsNull(int column) const { return sqlite3_column_type(stmt_, column) == SQLITE_NULL; }

std::string Stmt::Text(int column) const {
  const unsigned char* p = sqlite3_column_text(stmt_, column);
  if (p == nullptr) return {};
  return std::string(reinterpret_cast<const char*>(p), static_cast<std::size_t>(sqlite3_column_bytes(stmt_, column)));
}

std::string Stmt::Blob(int column) const {
  const void* p = sqlite3_column_blob(stmt_, column);
  if (p == nullptr) return {};
  return std::string(static_cast<const char*>(p), static_cast<std::size_t>(sqlite3_column_bytes(stmt_, column)));
}

Status Stmt::LastError() const {
  const int rc = sqlite3_errcode(db_);
  return StatusFor(rc, "corpus query", sqlite3_errmsg(db_));
}

Db::~Db() { sqlite3_close_v2(db_); }

Status Db::Open(const std::string& path, bool read_only, int busy_timeout_ms) {
  const int flags = read_only ? SQLITE_OPEN_READONLY : (SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE);
  const int rc = sqlite3_open_v2(path.c_str(), &db_, flags | SQLITE_OPEN_NOMUTEX, nullptr);
  if (rc != SQLITE_OK) {
    Status s = StatusFor(rc, "cannot open corpus " + path, db_ != nullptr ? sqlite3_errmsg(db_) : nullptr);
    sqlite3_close_v2(db_);
    db_ = nullptr;
    return s;
  }
  sqlite3_busy_timeout(db_, busy_timeout_ms);
  sqlite3_extended_result_codes(db_, 1);
  // sqlite3_open_v2 reads nothing; the first query sees whether the file is
  // a database at all (SQLITE_NOTADB for random bytes).
  Stmt probe;
  if (Status s = Prepare("SELECT count(*) FROM sqlite_master", &probe); !s.ok()) {
    return StatusFor(sqlite3_errcode(db_), "cannot open corpus " + path, sqlite3_errmsg(db_));
  }
  if (probe.Step() == Stmt::kError) {
    return StatusFor(sqlite3_errcode(db_), "cannot open corpus " + path, sqlite3_errmsg(db_));
  }
  return Status();
}

Status Db::Prepare(std::string_view sql, Stmt* stmt) {
  sqlite3_stmt* raw = nullptr;
  const int rc = sqlite3_prepare_v3(db_, sql.data(), static_cast<int>(sql.size()), SQLITE_PREPARE_PERSISTENT, &raw,
                                    nullptr);
  if (rc != SQLITE_OK) return Error(rc, "cannot prepare a corpus query");
  *stmt = Stmt();
  stmt->stmt_ = raw;
  stmt->db_ = db_;
  return Status();
}

Status Db::Exec(const char* sql) {
  char* detail = nullptr;
  const int rc = sqlite3_exec(db_, sql, nullptr, nullptr, &detail);
  if (rc == SQLITE_OK) return Status();
  Status s = StatusFor(rc, "corpus", detail);
  sqlite3_free(detail);
  return s;
}

std::int64_t Db::LastInsertRowId() const { return sqlite3_last_insert_rowid(db_); }

Status Db::Error(int rc, std::string_view what) const { return StatusFor(rc, what, db_ ? sqlite3_errmsg(db_) : nullptr); }

}  // namespace klartext::store
