// store/corpus_impl.h: what a Corpus holds, shared by the files that
// implement it (corpus.cc: open and transactions; corpus_put.cc: storing;
// corpus_query.cc: searching and reading).
#ifndef KLARTEXT_STORE_CORPUS_IMPL_H_
#define KLARTEXT_STORE_CORPUS_IMPL_H_

#include <map>
#include <string>

#include "klartext/corpus.h"
#include "store/sqlite_db.h"

namespace klartext {

struct Corpus::Impl {
  store::Db db;
  bool read_only = false;
  bool in_transaction = false;
  // Prepared once per SQL text and reused: the queries are the store's own
  // constant text (search assembles it from constant fragments only), so
  // the map stays small.
  std::map<std::string, store::Stmt, std::less<>> statements;

  // The prepared statement for `sql`, reset and without bindings.
  Result<store::Stmt*> Prepared(std::string_view sql);
};

namespace store {

// Text forms stored in the tables.
std::string_view KindName(StatementKind kind);
StatementKind KindFromName(std::string_view name);
BlockType BlockTypeFromName(std::string_view name);
EntityType EntityTypeFromName(std::string_view name);

// Authors are stored one per line.
std::string JoinLines(const std::vector<std::string>& lines);
std::vector<std::string> SplitLines(const std::string& joined);

}  // namespace store
}  // namespace klartext

#endif  // KLARTEXT_STORE_CORPUS_IMPL_H_
