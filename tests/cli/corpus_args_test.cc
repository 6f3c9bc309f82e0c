// The command lines of ingest, search and serve, parsed (tools/klartext/args.cc, corpus_args.cc).
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "args.h"

namespace klartext::cli {
namespace {

Result<Args> Parse(std::vector<std::string> words) {
  words.insert(words.begin(), "klartext");
  std::vector<char*> argv;
  for (auto& w : words) argv.push_back(w.data());
  return ParseArgs(static_cast<int>(argv.size()), argv.data());
}

TEST(CorpusArgs, IngestTakesTheCorpusThenInputsAndExtractOptions) {
  auto a = Parse({"ingest", "-j", "2", "c.db", "pages/", "x.warc.gz", "--favor", "precision"});
  ASSERT_TRUE(a.ok()) << a.status().ToString();
  EXPECT_EQ(a->command, Command::kIngest);
  EXPECT_EQ(a->corpus, "c.db");
  EXPECT_EQ(a->inputs, (std::vector<std::string>{"pages/", "x.warc.gz"}));
  EXPECT_EQ(a->batch.threads, 2);
  EXPECT_EQ(a->batch.extract.favor, Favor::kPrecision);
  EXPECT_FALSE(Parse({"ingest", "c.db"}).ok());  // no inputs
  EXPECT_FALSE(Parse({"ingest"}).ok());
}

TEST(CorpusArgs, SearchQueryWordsAndFilters) {
  auto a = Parse({"search", "c.db", "Sanktionen", "Russland", "--statements", "--speaker", "der Kreml-Berater",
                  "--since", "2025-03-01", "--until=2025-04-30", "--site", "tagesschau.de", "--lang", "de",
                  "--one-per-cluster", "--limit", "5", "--offset", "10", "--format", "jsonl"});
  ASSERT_TRUE(a.ok()) << a.status().ToString();
  EXPECT_EQ(a->command, Command::kSearch);
  EXPECT_EQ(a->corpus, "c.db");
  EXPECT_EQ(a->query.text, "Sanktionen Russland");
  EXPECT_TRUE(a->statements);
  EXPECT_EQ(a->query.speaker, "der Kreml-Berater");
  EXPECT_EQ(a->query.since, "2025-03-01");
  EXPECT_EQ(a->query.until, "2025-04-30");
  EXPECT_EQ(a->query.site, "tagesschau.de");
  EXPECT_EQ(a->query.language, "de");
  EXPECT_TRUE(a->query.one_per_cluster);
  EXPECT_EQ(a->query.limit, 5);
  EXPECT_EQ(a->query.offset, 10);
  EXPECT_TRUE(a->format_jsonl);
}

TEST(CorpusArgs, SearchRejectsBadValues) {
  EXPECT_FALSE(Parse({"search", "c.db", "--since", "March"}).ok());
  EXPECT_FALSE(Parse({"search", "c.db", "--since", "2025-13-01"}).ok());
  EXPECT_FALSE(Parse({"search", "c.db", "--limit", "-1"}).ok());
  EXPECT_FALSE(Parse({"search", "c.db", "--format", "xml"}).ok());
  EXPECT_FALSE(Parse({"search", "c.db", "--speaker"}).ok());
  EXPECT_FALSE(Parse({"search", "c.db", "--bogus"}).ok());
  EXPECT_FALSE(Parse({"search"}).ok());  // no corpus
  EXPECT_FALSE(Parse({"search", "c.db", "--statements=yes"}).ok());
}

TEST(CorpusArgs, ServeDefaultsToLoopback) {
  auto a = Parse({"serve", "c.db"});
  ASSERT_TRUE(a.ok());
  EXPECT_EQ(a->command, Command::kServe);
  EXPECT_EQ(a->host, "127.0.0.1");
  EXPECT_EQ(a->port, 8080);
  EXPECT_EQ(a->max_results, 100);
  auto b = Parse({"serve", "c.db", "--host", "0.0.0.0", "--port", "0", "--max-results", "10"});
  ASSERT_TRUE(b.ok());
  EXPECT_EQ(b->host, "0.0.0.0");
  EXPECT_EQ(b->port, 0);
  EXPECT_EQ(b->max_results, 10);
  EXPECT_FALSE(Parse({"serve", "c.db", "--port", "70000"}).ok());
  EXPECT_FALSE(Parse({"serve", "c.db", "other.db"}).ok());
  EXPECT_FALSE(Parse({"serve"}).ok());
}

}  // namespace
}  // namespace klartext::cli
