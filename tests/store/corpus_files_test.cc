// Corpus::Open on files that are not (or not only) ours: clear errors, no crash.
#include <gtest/gtest.h>
#include <sqlite3.h>

#include <fstream>
#include <random>
#include <string>

#include "klartext/corpus.h"
#include "store/corpus_fixtures.h"

namespace klartext {
namespace {

using testing::TempCorpusPath;

TEST(CorpusFiles, RandomBytesAreCorrupt) {
  TempCorpusPath path("random");
  {
    std::ofstream out(path.path(), std::ios::binary);
    std::mt19937 rng(7);
    for (int i = 0; i < 64 * 1024; ++i) out.put(static_cast<char>(rng()));
  }
  auto opened = Corpus::Open(path.path());
  ASSERT_FALSE(opened.ok());
  EXPECT_EQ(opened.status().code(), Status::Code::kCorrupt) << opened.status().ToString();
}

TEST(CorpusFiles, MissingFileReadOnlyIsAnIoError) {
  TempCorpusPath path("missing");
  auto opened = Corpus::Open(path.path(), {.read_only = true});
  ASSERT_FALSE(opened.ok());
  EXPECT_EQ(opened.status().code(), Status::Code::kIoError) << opened.status().ToString();
}

TEST(CorpusFiles, DirectoryIsAnIoError) {
  auto opened = Corpus::Open(::testing::TempDir());
  ASSERT_FALSE(opened.ok());
  EXPECT_NE(opened.status().code(), Status::Code::kOk);
}

TEST(CorpusFiles, LockedCorpusFailsWithinTheBusyTimeout) {
  TempCorpusPath path("locked");
  auto writer = Corpus::Open(path.path());
  ASSERT_TRUE(writer.ok());
  ASSERT_TRUE((*writer)->Begin().ok());  // holds the write lock
  auto second = Corpus::Open(path.path(), {.busy_timeout_ms = 100});
  ASSERT_TRUE(second.ok()) << second.status().ToString();
  Status s = (*second)->Begin();
  EXPECT_EQ(s.code(), Status::Code::kIoError) << s.ToString();
  EXPECT_NE(s.message().find("locked"), std::string_view::npos) << s.ToString();
  // Readers are not blocked by the writer (WAL).
  auto reader = Corpus::Open(path.path(), {.read_only = true});
  ASSERT_TRUE(reader.ok());
  EXPECT_TRUE((*reader)->Search({}).ok());
  EXPECT_TRUE((*writer)->Commit().ok());
}

TEST(CorpusFiles, NewerSchemaIsRefused) {
  TempCorpusPath path("newer");
  { ASSERT_TRUE(Corpus::Open(path.path()).ok()); }
  sqlite3* db = nullptr;
  ASSERT_EQ(sqlite3_open(path.path().c_str(), &db), SQLITE_OK);
  ASSERT_EQ(sqlite3_exec(db, "PRAGMA user_version = 99", nullptr, nullptr, nullptr), SQLITE_OK);
  sqlite3_close(db);
  auto opened = Corpus::Open(path.path());
  ASSERT_FALSE(opened.ok());
  EXPECT_EQ(opened.status().code(), Status::Code::kInvalidArgument);
  EXPECT_NE(opened.status().message().find("newer"), std::string_view::npos) << opened.status().ToString();
}

TEST(CorpusFiles, ReadOnlyCorpusRefusesWrites) {
  TempCorpusPath path("readonly");
  { ASSERT_TRUE(Corpus::Open(path.path()).ok()); }
  auto reader = Corpus::Open(path.path(), {.read_only = true});
  ASSERT_TRUE(reader.ok());
  Article a;
  a.url = "https://x.example/";
  auto id = (*reader)->Put(a, {}, {});
  EXPECT_FALSE(id.ok());
}

}  // namespace
}  // namespace klartext
