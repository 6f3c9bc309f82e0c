// The quality gate: klartext's scores on the shared evaluation sets (HTML
// input) must not fall below bench/eval/floors.json. Raise the floors when
// the extractor improves; a drop below one is a regression to look at with
//   build/klartext-eval --set <set> --worst 20
// Skips when the shared data directory is absent.
#include <gtest/gtest.h>

#include <filesystem>
#include <nlohmann/json.hpp>
#include <string>

#include "datasets.h"
#include "gzip_file.h"
#include "runner.h"
#include "summary.h"

namespace klartext::eval {

// How gtest shows the parameter in test listings.
void PrintTo(EvalSet set, std::ostream* out) { *out << EvalSetName(set); }

namespace {

// Two threads: the machine's cores; Extract is thread-safe.
constexpr int kGateThreads = 2;

nlohmann::json ReadFloors() {
  const std::string path = std::string(KLARTEXT_SOURCE_DIR) + "/bench/eval/floors.json";
  Result<std::string> text = ReadPlainFile(path);
  if (!text.ok()) return nlohmann::json();
  return nlohmann::json::parse(*text, nullptr, /*allow_exceptions=*/false);
}

class QualityGateTest : public ::testing::TestWithParam<EvalSet> {};

TEST_P(QualityGateTest, ScoresStayAboveFloors) {
  const std::string data_dir = KLARTEXT_SHARED_DATA;
  const std::string set_dir = data_dir + "/" + std::string(EvalSetDir(GetParam()));
  if (!std::filesystem::is_directory(set_dir)) {
    GTEST_SKIP() << "shared evaluation data not found at " << set_dir
                 << " (configure with -DKLARTEXT_SHARED_DATA=…)";
  }
  const nlohmann::json floors = ReadFloors();
  ASSERT_TRUE(floors.is_object()) << "bench/eval/floors.json is missing or not a JSON object";
  const std::string set_name(EvalSetName(GetParam()));
  ASSERT_TRUE(floors.contains(set_name) && floors[set_name].is_object())
      << "floors.json has no floors for " << set_name;

  RunOptions options{.data_dir = data_dir, .mode = InputMode::kHtml, .threads = kGateThreads};
  Result<SetRun> run = RunSet(GetParam(), options);
  ASSERT_TRUE(run.ok()) << run.status().ToString();
  const SetSummary summary = Summarize(*run);
  EXPECT_GT(summary.pages, 0);
  EXPECT_EQ(summary.missing, 0) << "pages whose HTML could not be read";
  const nlohmann::json scores = ToJson(summary);

  for (const auto& [metric, floor] : floors[set_name].items()) {
    ASSERT_TRUE(floor.is_number()) << set_name << "." << metric << " floor is not a number";
    ASSERT_TRUE(scores.contains(metric) && scores[metric].is_number())
        << set_name << ": floors.json names " << metric << ", which the summary does not have";
    EXPECT_GE(scores[metric].get<double>(), floor.get<double>())
        << set_name << " " << metric << " fell below its floor; see klartext-eval --set "
        << set_name << " --worst 20";
  }
  std::cout << set_name << ": " << scores.dump() << "\n";
}

INSTANTIATE_TEST_SUITE_P(Sets, QualityGateTest,
                         ::testing::Values(EvalSet::kScrapinghub, EvalSet::kTrafilatura),
                         [](const ::testing::TestParamInfo<EvalSet>& info) {
                           return std::string(EvalSetName(info.param));
                         });

}  // namespace
}  // namespace klartext::eval
