// tests/store/corpus_fixtures.h: articles for the corpus tests, analysed
// for real (klartext::Analyze), and a fresh corpus file per test.
#ifndef KLARTEXT_TESTS_STORE_CORPUS_FIXTURES_H_
#define KLARTEXT_TESTS_STORE_CORPUS_FIXTURES_H_

#include <gtest/gtest.h>
#include <unistd.h>

#include <cstdio>
#include <memory>
#include <string>
#include <vector>

#include "klartext/analyze.h"
#include "klartext/corpus.h"

namespace klartext::testing {

// An article whose body is `paragraphs`, as Extract would give it.
inline Article MakeArticle(const std::string& url, const std::string& title, const std::string& language,
                           const std::string& published, const std::vector<std::string>& paragraphs) {
  Article a;
  a.url = url;
  a.title = title;
  a.language = language;
  a.published = published;
  for (const std::string& p : paragraphs) a.blocks.push_back({BlockType::kParagraph, p});
  return a;
}

// A path in the test's temp dir, removed (with its -wal/-shm) before and after.
class TempCorpusPath {
 public:
  explicit TempCorpusPath(const std::string& name)
      : path_(::testing::TempDir() + "klartext-" + std::to_string(::getpid()) + "-" + name + ".db") {
    Remove();
  }
  ~TempCorpusPath() { Remove(); }
  const std::string& path() const { return path_; }

 private:
  void Remove() {
    for (const char* suffix : {"", "-wal", "-shm", "-journal"}) std::remove((path_ + suffix).c_str());
  }
  std::string path_;
};

inline const std::vector<std::string>& GermanPeskowStory() {
  static const std::vector<std::string> p = {
      "Kremlsprecher Dmitri Peskow äußerte sich am Freitag in Moskau zu den Sanktionen.",
      "„Das ist Gegenstand der Verhandlungen“, sagte Peskow.",
      "Der Kreml-Berater Kirill Dmitrijew sagte, die Gespräche seien gut verlaufen.",
  };
  return p;
}

inline const std::vector<std::string>& EnglishPeskovStory() {
  static const std::vector<std::string> p = {
      "Kremlin spokesman Dmitry Peskov spoke to reporters in Moscow on Friday.",
      "\"Sanctions are not helpful,\" Peskov said.",
      "Kirill Dmitriev, the Kremlin envoy, said the talks had gone well.",
  };
  return p;
}

}  // namespace klartext::testing

#endif  // KLARTEXT_TESTS_STORE_CORPUS_FIXTURES_H_
