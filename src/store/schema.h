// store/schema.h: the tables of a corpus and how a file gets them.
//
// The schema has a version (PRAGMA user_version). Opening a file of an
// older version brings it up to date inside one transaction; a newer
// version than this build knows is refused, so an old binary never writes
// rows a newer one would misread. doc/corpus.md describes every table.
#ifndef KLARTEXT_STORE_SCHEMA_H_
#define KLARTEXT_STORE_SCHEMA_H_

#include "klartext/status.h"
#include "store/sqlite_db.h"

namespace klartext::store {

inline constexpr int kSchemaVersion = 1;

// Sets the connection's PRAGMAs (WAL, foreign keys, synchronous) and, when
// writable, creates or migrates the tables.
Status PrepareSchema(Db& db, bool read_only);

}  // namespace klartext::store

#endif  // KLARTEXT_STORE_SCHEMA_H_
