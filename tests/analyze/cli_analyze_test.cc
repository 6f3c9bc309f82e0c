// `klartext analyze FILE` and `klartext extract --analyze`, end to end.
#include <gtest/gtest.h>

#include <fstream>
#include <nlohmann/json.hpp>
#include <string>

#include "cli/run_cli.h"

namespace klartext::cli::testing {
namespace {

std::string WriteTemp(const std::string& name, const std::string& content) {
  const std::string path = ::testing::TempDir() + name;
  std::ofstream(path, std::ios::binary) << content;
  return path;
}

TEST(CliAnalyze, PlainTextToStatementsAndEntities) {
  const std::string path =
      WriteTemp("analyze-de.txt", "Das sei ein sehr schwieriges Thema, sagte Kremlsprecher Dmitri Peskow.\n");
  const CliRun run = RunKlartext({"analyze", path});
  ASSERT_EQ(run.exit_code, 0) << run.err;
  const nlohmann::json j = nlohmann::json::parse(run.out);
  EXPECT_EQ(j["language"], "de");
  ASSERT_EQ(j["statements"].size(), 1u);
  EXPECT_EQ(j["statements"][0]["text"], "Das sei ein sehr schwieriges Thema");
  EXPECT_EQ(j["statements"][0]["kind"], "indirect");
  const int entity = j["statements"][0]["speaker"]["entity"];
  EXPECT_EQ(j["entities"][entity]["name"], "Dmitri Peskow");
  // Offsets are bytes into "text".
  const std::string text = j["text"];
  const std::size_t start = j["statements"][0]["start"], end = j["statements"][0]["end"];
  EXPECT_EQ(text.substr(start, end - start), "Das sei ein sehr schwieriges Thema");
}

TEST(CliAnalyze, GuessesEnglish) {
  const std::string path = WriteTemp("analyze-en.txt", "\"We are not done with this yet,\" John Smith said on Monday.\n");
  const CliRun run = RunKlartext({"analyze", path});
  ASSERT_EQ(run.exit_code, 0) << run.err;
  const nlohmann::json j = nlohmann::json::parse(run.out);
  EXPECT_EQ(j["language"], "en");
  ASSERT_EQ(j["statements"].size(), 1u);
  EXPECT_EQ(j["statements"][0]["speaker"]["text"], "John Smith");
}

TEST(CliAnalyze, BadLanguageAndMissingFile) {
  EXPECT_EQ(RunKlartext({"analyze", "--language", "xx", "a.txt"}).exit_code, 2);
  const CliRun run = RunKlartext({"analyze", ::testing::TempDir() + "does-not-exist.txt"});
  EXPECT_EQ(run.exit_code, 3);
  EXPECT_NE(run.err.find("cannot read"), std::string::npos);
}

TEST(CliAnalyze, ExtractAnalyzeAddsFields) {
  const std::string page = WriteTemp(
      "analyze-page.html",
      "<!doctype html><html lang=\"de\"><head><title>Gespräche</title></head><body><article>"
      "<h1>Gespräche in Washington</h1>"
      "<p>Der russische Unterhändler Kirill Dmitrijew hat nach Gesprächen in Washington weitere Treffen in "
      "Aussicht gestellt. Das sei ein großer Fortschritt, sagte Dmitrijew am Freitag in Washington.</p>"
      "<p>Es gebe die Bereitschaft, einen direkten Dialog wiederherzustellen, um Differenzen zu überwinden "
      "und die wichtigsten Fragen zu klären, hieß es weiter aus Moskau.</p>"
      "</article></body></html>");
  const CliRun plain = RunKlartext({"extract", page});
  ASSERT_EQ(plain.exit_code, 0) << plain.err;
  EXPECT_FALSE(nlohmann::json::parse(plain.out).contains("statements"));
  const CliRun run = RunKlartext({"extract", "--analyze", page});
  ASSERT_EQ(run.exit_code, 0) << run.err;
  const nlohmann::json j = nlohmann::json::parse(run.out);
  ASSERT_TRUE(j.contains("statements"));
  ASSERT_TRUE(j.contains("entities"));
  bool found = false;
  for (const auto& s : j["statements"]) {
    if (s["text"] == "Das sei ein großer Fortschritt") {
      found = true;
      EXPECT_EQ(j["entities"][s["speaker"]["entity"].get<int>()]["name"], "Kirill Dmitrijew");
    }
  }
  EXPECT_TRUE(found) << run.out;
}

}  // namespace
}  // namespace klartext::cli::testing
