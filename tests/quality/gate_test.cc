// The quality gate: klartext's scores on the shared evaluation sets must not
// fall below bench/eval/floors.json, from the HTML ("scrapinghub",
// "trafilatura") and from text captures rendered by w3m ("scrapinghub-text",
// "trafilatura-text"). Raise the floors when the extractor improves; a drop
// below one is a regression to look at with
//   build/klartext-eval --set <set> [--mode text] --worst 20
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

namespace {

struct GateCase {
  EvalSet set;
  InputMode mode;
};

// The floors.json key of a case: the set's name, "-text" for text captures.
std::string FloorKey(const GateCase& c) {
  return std::string(EvalSetName(c.set)) + (c.mode == InputMode::kText ? "-text" : "");
}

// How gtest shows the parameter in test listings (found by ADL).
[[maybe_unused]] void PrintTo(const GateCase& c, std::ostream* out) { *out << FloorKey(c); }

// Two threads: the machine's cores; Extract is thread-safe.
constexpr int kGateThreads = 2;

nlohmann::json ReadFloors() {
  const std::string path = std::string(KLARTEXT_SOURCE_DIR) + "/bench/eval/floors.json";
  Result<std::string> text = ReadPlainFile(path);
  if (!text.ok()) return nlohmann::json();
  return nlohmann::json::parse(*text, nullptr, /*allow_exceptions=*/false);
}

class QualityGateTest : public ::testing::TestWithParam<GateCase> {};

TEST_P(QualityGateTest, ScoresStayAboveFloors) {
  const std::string data_dir = KLARTEXT_SHARED_DATA;
  const GateCase gate = GetParam();
  const std::string set_dir = data_dir + "/" + std::string(EvalSetDir(gate.set));
  if (!std::filesystem::is_directory(set_dir)) {
    GTEST_SKIP() << "shared evaluation data not found at " << set_dir
                 << " (configure with -DKLARTEXT_SHARED_DATA=…)";
  }
  const nlohmann::json floors = ReadFloors();
  ASSERT_TRUE(floors.is_object()) << "bench/eval/floors.json is missing or not a JSON object";
  const std::string set_name = FloorKey(gate);
  ASSERT_TRUE(floors.contains(set_name) && floors[set_name].is_object())
      << "floors.json has no floors for " << set_name;
  if (gate.mode == InputMode::kText && !std::filesystem::exists("/usr/bin/w3m")) {
    GTEST_SKIP() << "w3m, which renders the text captures, is not installed (scripts/install-deps.sh)";
  }

  RunOptions options{.data_dir = data_dir, .mode = gate.mode, .cache_dir = KLARTEXT_GATE_CACHE,
                     .threads = kGateThreads};
  Result<SetRun> run = RunSet(gate.set, options);
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
        << EvalSetName(gate.set) << " --mode " << InputModeName(gate.mode) << " --worst 20";
  }
  std::cout << set_name << ": " << scores.dump() << "\n";
}

INSTANTIATE_TEST_SUITE_P(Sets, QualityGateTest,
                         ::testing::Values(GateCase{EvalSet::kScrapinghub, InputMode::kHtml},
                                           GateCase{EvalSet::kTrafilatura, InputMode::kHtml},
                                           GateCase{EvalSet::kScrapinghub, InputMode::kText},
                                           GateCase{EvalSet::kTrafilatura, InputMode::kText}),
                         [](const ::testing::TestParamInfo<GateCase>& info) {
                           std::string name = FloorKey(info.param);
                           for (char& c : name) c = c == '-' ? '_' : c;
                           return name;
                         });

}  // namespace
}  // namespace klartext::eval
