// Corpus: storing, replacing, people across articles, search filters.
#include <gtest/gtest.h>

#include <algorithm>
#include <string>

#include "klartext/analyze.h"
#include "klartext/corpus.h"
#include "store/corpus_fixtures.h"

namespace klartext {
namespace {

using testing::EnglishPeskovStory;
using testing::GermanPeskowStory;
using testing::MakeArticle;
using testing::TempCorpusPath;

class CorpusTest : public ::testing::Test {
 protected:
  void SetUp() override {
    auto opened = Corpus::Open(path_.path());
    ASSERT_TRUE(opened.ok()) << opened.status().ToString();
    corpus_ = std::move(*opened);
  }
  std::int64_t Put(const Article& a, const std::string& input = "page.html") {
    auto id = corpus_->Put(a, Analyze(a), {input, ""});
    EXPECT_TRUE(id.ok()) << id.status().ToString();
    return id.ok() ? *id : 0;
  }
  void PutBoth() {
    de_ = Put(MakeArticle("https://www.zeitung.de/politik/1", "Kreml zu Sanktionen", "de", "2025-04-04T13:01:00+02:00",
                          GermanPeskowStory()));
    en_ = Put(MakeArticle("https://news.example.com/world/2", "Kremlin on sanctions", "en", "2025-03-01", EnglishPeskovStory()));
  }
  std::vector<std::string> Speakers(const CorpusQuery& q) {
    auto hits = corpus_->SearchStatements(q);
    EXPECT_TRUE(hits.ok()) << hits.status().ToString();
    std::vector<std::string> names;
    if (hits.ok()) {
      for (const auto& s : *hits) names.push_back(s.person_name);
    }
    return names;
  }
  TempCorpusPath path_{::testing::UnitTest::GetInstance()->current_test_info()->name()};
  std::unique_ptr<Corpus> corpus_;
  std::int64_t de_ = 0, en_ = 0;
};

TEST_F(CorpusTest, StoresAndReadsBackAnArticle) {
  PutBoth();
  auto got = corpus_->GetArticle(de_);
  ASSERT_TRUE(got.ok());
  ASSERT_TRUE(got->has_value());
  const StoredArticle& a = **got;
  EXPECT_EQ(a.summary.title, "Kreml zu Sanktionen");
  EXPECT_EQ(a.summary.site, "zeitung.de");
  EXPECT_EQ(a.blocks.size(), 3u);
  ASSERT_FALSE(a.statements.empty());
  // Statement offsets point into the stored text.
  for (const StoredStatement& s : a.statements) {
    ASSERT_LE(s.end, a.text.size());
    EXPECT_EQ(a.text.substr(s.start, s.end - s.start), s.text);
  }
  EXPECT_FALSE((*corpus_->GetArticle(9999)).has_value());
}

TEST_F(CorpusTest, PuttingTheSameUrlAgainReplaces) {
  PutBoth();
  Article changed = MakeArticle("https://www.zeitung.de/politik/1", "Neuer Titel", "de", "2025-04-05", GermanPeskowStory());
  EXPECT_EQ(Put(changed, "other-path.html"), de_);
  auto stats = corpus_->Stats();
  ASSERT_TRUE(stats.ok());
  EXPECT_EQ(stats->articles, 2);
  EXPECT_EQ((*corpus_->GetArticle(de_))->summary.title, "Neuer Titel");
  // Statements were replaced, not added.
  auto again = corpus_->SearchStatements({.speaker = "Peskow"});
  auto article = corpus_->GetArticle(de_);
  std::size_t in_de = 0;
  for (const auto& s : *again) in_de += s.article_id == de_;
  EXPECT_EQ(in_de, std::count_if((*article)->statements.begin(), (*article)->statements.end(),
                                 [](const StoredStatement& s) { return s.person_name == "Dmitri Peskow"; }));
}

TEST_F(CorpusTest, WithoutUrlTheInputPathIsTheKey) {
  Article a = MakeArticle("", "Ohne Adresse", "de", "", GermanPeskowStory());
  const std::int64_t first = Put(a, "a.txt");
  EXPECT_EQ(Put(a, "a.txt"), first);
  EXPECT_NE(Put(a, "b.txt"), first);
}

TEST_F(CorpusTest, OnePersonAcrossSpellingsAndLanguages) {
  PutBoth();
  // The German "Dmitri Peskow" and the English "Dmitry Peskov" are one person.
  auto ids = corpus_->ResolvePerson("Peskow");
  ASSERT_TRUE(ids.ok());
  ASSERT_EQ(ids->size(), 1u);
  auto person = corpus_->GetPerson(ids->front());
  ASSERT_TRUE(person.ok() && person->has_value());
  std::set<std::int64_t> articles;
  for (const auto& s : (*person)->statements) articles.insert(s.article_id);
  EXPECT_EQ(articles, (std::set<std::int64_t>{de_, en_}));
  // Oldest first: the English story is from March.
  EXPECT_EQ((*person)->statements.front().article_id, en_);
  EXPECT_EQ((*corpus_->ResolvePerson("Dmitry Peskov")), *ids);
  EXPECT_EQ((*corpus_->ResolvePerson("peskov")), *ids);
}

TEST_F(CorpusTest, SpeakerByNameVariantOrRole) {
  PutBoth();
  const auto dmitriev = corpus_->ResolvePerson("Kirill Dmitriev");
  ASSERT_TRUE(dmitriev.ok());
  ASSERT_EQ(dmitriev->size(), 1u);
  EXPECT_EQ(*corpus_->ResolvePerson("Dmitrijew"), *dmitriev);
  EXPECT_EQ(*corpus_->ResolvePerson("der Kreml-Berater"), *dmitriev);
  EXPECT_EQ(*corpus_->ResolvePerson("Kreml-Berater"), *dmitriev);
  for (const std::string& name : Speakers({.speaker = "Dmitrijew"})) EXPECT_EQ(name, "Kirill Dmitrijew");
  EXPECT_EQ(Speakers({.speaker = "Dmitrijew"}).size(), 2u);  // one statement in each story
  EXPECT_TRUE(Speakers({.speaker = "Nobody Known"}).empty());
}

TEST_F(CorpusTest, FiltersNarrowResults) {
  PutBoth();
  auto count = [&](const CorpusQuery& q) {
    auto r = corpus_->Search(q);
    EXPECT_TRUE(r.ok()) << r.status().ToString();
    return r.ok() ? r->size() : 0;
  };
  EXPECT_EQ(count({}), 2u);
  EXPECT_EQ(count({.since = "2025-04-01"}), 1u);
  EXPECT_EQ(count({.until = "2025-03-31"}), 1u);
  EXPECT_EQ(count({.site = "www.zeitung.de"}), 1u);
  EXPECT_EQ(count({.site = "example.com"}), 1u);
  EXPECT_EQ(count({.language = "en"}), 1u);
  EXPECT_EQ(count({.entity = "Moskau"}), 1u);
  EXPECT_EQ(count({.entity = "Peskov"}), 2u);
  EXPECT_EQ(count({.speaker = "Peskov", .language = "de"}), 1u);
  EXPECT_EQ(count({.limit = 1}), 1u);
  EXPECT_EQ(count({.offset = 1}), 1u);
  // Newest first without a text query.
  EXPECT_EQ((*corpus_->Search({})).front().id, de_);
}

TEST_F(CorpusTest, FullTextRanksAndToleratesPunctuation) {
  PutBoth();
  auto hits = corpus_->Search({.text = "Sanktionen"});
  ASSERT_TRUE(hits.ok()) << hits.status().ToString();
  ASSERT_EQ(hits->size(), 1u);
  EXPECT_EQ(hits->front().id, de_);
  EXPECT_NE(hits->front().snippet.find("[Sanktionen]"), std::string::npos) << hits->front().snippet;
  // Not FTS5 syntax as typed: searched word by word instead of failing.
  auto hyphen = corpus_->Search({.text = "Kreml-Berater"});
  ASSERT_TRUE(hyphen.ok()) << hyphen.status().ToString();
  EXPECT_EQ(hyphen->size(), 1u);
  auto statements = corpus_->SearchStatements({.text = "helpful"});
  ASSERT_TRUE(statements.ok());
  ASSERT_EQ(statements->size(), 1u);
  EXPECT_EQ(statements->front().person_name, "Dmitri Peskow");  // the person, named as first stored
}

TEST_F(CorpusTest, AgencyCopiesShareACluster) {
  std::vector<std::string> story;
  for (int i = 0; i < 8; ++i) {
    story.push_back("Die Bundesregierung hat am Mittwoch neue Regeln für den Ausbau der Windkraft an Land beschlossen, "
                    "Absatz " + std::to_string(i) + " nennt Fristen, Flächen und Zuständigkeiten der Länder im Detail.");
  }
  std::vector<std::string> copy = story;
  copy.pop_back();  // the second outlet cut the last paragraph
  copy[0] = "Berlin (dpa) - " + copy[0];
  const std::int64_t a = Put(MakeArticle("https://a.example/wind", "Windkraft", "de", "2025-01-02", story));
  const std::int64_t b = Put(MakeArticle("https://b.example/wind", "Neue Regeln für Windräder", "de", "2025-01-03", copy));
  const std::int64_t c = Put(MakeArticle("https://c.example/x", "Anderes", "de", "2025-01-03", GermanPeskowStory()));
  auto got = corpus_->GetArticle(b);
  ASSERT_TRUE(got.ok() && got->has_value());
  EXPECT_EQ((*got)->summary.cluster_id, a);
  EXPECT_EQ((*got)->summary.cluster_size, 2);
  auto cluster = corpus_->GetCluster(a);
  ASSERT_TRUE(cluster.ok() && cluster->has_value());
  EXPECT_EQ((*cluster)->articles.size(), 2u);
  auto folded = corpus_->Search({.one_per_cluster = true});
  ASSERT_TRUE(folded.ok());
  EXPECT_EQ(folded->size(), 2u);
  EXPECT_EQ((*corpus_->GetArticle(c))->summary.cluster_id, c);
  EXPECT_FALSE((*corpus_->GetCluster(424242)).has_value());
}

TEST_F(CorpusTest, TransactionsBatchPuts) {
  ASSERT_TRUE(corpus_->Begin().ok());
  EXPECT_FALSE(corpus_->Begin().ok());  // no nesting
  Put(MakeArticle("https://x.example/1", "Eins", "de", "", GermanPeskowStory()));
  ASSERT_TRUE(corpus_->Rollback().ok());
  EXPECT_EQ(corpus_->Stats()->articles, 0);
  ASSERT_TRUE(corpus_->Begin().ok());
  Put(MakeArticle("https://x.example/1", "Eins", "de", "", GermanPeskowStory()));
  ASSERT_TRUE(corpus_->Commit().ok());
  EXPECT_EQ(corpus_->Stats()->articles, 1);
  EXPECT_TRUE(corpus_->CheckIntegrity().ok());
}

}  // namespace
}  // namespace klartext
