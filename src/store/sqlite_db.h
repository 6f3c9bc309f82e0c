// store/sqlite_db.h: a thin, owning wrapper over SQLite's C API.
//
//   Db db;  Status s = db.Open("c.db", /*read_only=*/false, 5000);
//   Stmt stmt;  s = db.Prepare("SELECT id FROM articles WHERE url = ?1", &stmt);
//   stmt.Bind(1, url);
//   while (stmt.Step() == Stmt::kRow) id = stmt.Int64(0);
//
// Only prepared statements with bound parameters exist here: there is no
// Exec that takes a caller's text, so no SQL is ever built from input.
// (Exec runs the store's own constant DDL and PRAGMAs.)
// SQLite result codes become Status: SQLITE_NOTADB and SQLITE_CORRUPT are
// kCorrupt, a malformed FTS5 query (SQLITE_ERROR while stepping a MATCH) is
// kInvalidArgument where the caller says so, everything else kIoError.
//
// Thread safety: a Db and its Stmts are used by one thread at a time.
#ifndef KLARTEXT_STORE_SQLITE_DB_H_
#define KLARTEXT_STORE_SQLITE_DB_H_

#include <cstdint>
#include <string>
#include <string_view>

#include "klartext/status.h"

struct sqlite3;
struct sqlite3_stmt;

namespace klartext::store {

class Stmt {
 public:
  enum StepResult { kRow, kDone, kError };

  Stmt() = default;
  ~Stmt();
  Stmt(Stmt&& other) noexcept;
  Stmt& operator=(Stmt&& other) noexcept;
  Stmt(const Stmt&) = delete;
  Stmt& operator=(const Stmt&) = delete;

  // Parameters are 1-based, as in SQL's ?1, ?2 …; text is copied.
  void Bind(int index, std::string_view text);
  void Bind(int index, std::int64_t value);
  void Bind(int index, int value) { Bind(index, static_cast<std::int64_t>(value)); }
  void Bind(int index, double value);
  void BindNull(int index);
  void BindBlob(int index, std::string_view bytes);

  StepResult Step();
  // Steps a statement that returns no rows; the error as a Status.
  Status Run();
  // Ready to run again with new bindings (bindings are cleared).
  void Reset();

  // Columns are 0-based. Text of a NULL column is empty.
  std::int64_t Int64(int column) const;
  double Double(int column) const;
  std::string Text(int column) const;
  std::string Blob(int column) const;
  bool IsNull(int column) const;

  // The error of the last failed Step, as a Status (kIoError/kCorrupt).
  Status LastError() const;

 private:
  friend class Db;
  sqlite3_stmt* stmt_ = nullptr;
  sqlite3* db_ = nullptr;
};

class Db {
 public:
  Db() = default;
  ~Db();
  Db(const Db&) = delete;
  Db& operator=(const Db&) = delete;

  // Opens (creating unless read_only) the database and checks it really is
  // one, so a file of random bytes fails here with kCorrupt.
  Status Open(const std::string& path, bool read_only, int busy_timeout_ms);
  Status Prepare(std::string_view sql, Stmt* stmt);
  // Runs constant SQL of the store's own (DDL, PRAGMA, BEGIN …).
  Status Exec(const char* sql);
  std::int64_t LastInsertRowId() const;
  // The Status for SQLite result code `rc` with the connection's message.
  Status Error(int rc, std::string_view what) const;

  sqlite3* handle() const { return db_; }

 private:
  sqlite3* db_ = nullptr;
};

}  // namespace klartext::store

#endif  // KLARTEXT_STORE_SQLITE_DB_H_
