// The committed block model (src/extract/block_model_weights.inc) is what
// the trainer writes from the dev annotations today: weights committed with
// the script that trains them must not drift from it. Retrains (about 5 s)
// and compares number by number. Skips when the shared data is absent.
#include <gtest/gtest.h>

#include <cstdlib>
#include <filesystem>
#include <regex>
#include <sstream>
#include <string>
#include <vector>

#include "block_learning.h"
#include "datasets.h"
#include "gzip_file.h"

namespace klartext::eval {
namespace {

std::vector<double> NumbersIn(const std::string& text) {
  std::vector<double> numbers;
  std::istringstream lines(text);
  std::string line;
  static const std::regex kNumber(R"([+-]?[0-9]+\.[0-9]+)");
  while (std::getline(lines, line)) {
    const std::string code = line.substr(0, line.find("//"));  // comments name counts, not weights
    for (std::sregex_iterator it(code.begin(), code.end(), kNumber), end; it != end; ++it) {
      numbers.push_back(std::strtod(it->str().c_str(), nullptr));
    }
  }
  return numbers;
}

TEST(BlockModelTraining, CommittedWeightsAreWhatTheTrainerWrites) {
  const std::string data_dir = KLARTEXT_SHARED_DATA;
  if (!std::filesystem::is_directory(data_dir + "/trafilatura-eval-dev") ||
      !std::filesystem::is_directory(data_dir + "/scrapinghub-dev")) {
    GTEST_SKIP() << "shared evaluation data not found at " << data_dir;
  }
  const std::string fresh = ::testing::TempDir() + "/block_model_weights.inc";
  LearnOptions options;
  options.run.data_dir = data_dir;
  options.folds = 5;
  options.write_weights = fresh;
  std::ostringstream report;
  Result<nlohmann::json> result = LearnBlockModel(report, options);
  ASSERT_TRUE(result.ok()) << result.status().ToString();

  Result<std::string> written = ReadPlainFile(fresh);
  Result<std::string> committed =
      ReadPlainFile(std::string(KLARTEXT_SOURCE_DIR) + "/src/extract/block_model_weights.inc");
  ASSERT_TRUE(written.ok() && committed.ok());
  const std::vector<double> a = NumbersIn(*written), b = NumbersIn(*committed);
  ASSERT_EQ(a.size(), b.size()) << "the committed file has another shape; rerun bench/eval/train_block_model.sh";
  for (std::size_t i = 0; i < a.size(); ++i) {
    EXPECT_NEAR(a[i], b[i], 1e-6) << "number " << i
                                  << " differs: rerun bench/eval/train_block_model.sh and commit the result";
  }
}

}  // namespace
}  // namespace klartext::eval
