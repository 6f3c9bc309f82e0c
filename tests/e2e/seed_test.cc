// The seed: the text capture klartext was founded on must give what a
// careful reader takes from it (../shared/data/seed/*.expected.json), field
// by field. Skips when the shared data is absent.
#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <nlohmann/json.hpp>
#include <sstream>
#include <string>

#include "klartext/extract.h"

namespace klartext {
namespace {

const std::string kSeedDir = std::string(KLARTEXT_SHARED_DATA) + "/seed";
const std::string kCapture = kSeedDir + "/000_fa69f99444c95558.txt";
const std::string kExpected = kSeedDir + "/000_fa69f99444c95558.expected.json";

std::string ReadFile(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  std::stringstream ss;
  ss << in.rdbuf();
  return ss.str();
}

class SeedTest : public ::testing::Test {
 protected:
  void SetUp() override {
    if (!std::filesystem::exists(kCapture) || !std::filesystem::exists(kExpected)) {
      GTEST_SKIP() << "seed data not found at " << kSeedDir << " (../shared/data absent)";
    }
    expected_ = nlohmann::json::parse(ReadFile(kExpected));
    Result<Article> result = Extract(ReadFile(kCapture));
    ASSERT_TRUE(result.ok()) << result.status().ToString();
    article_ = std::move(result).value();
  }

  nlohmann::json expected_;
  Article article_;
};

TEST_F(SeedTest, IsReadAsTextCapture) { EXPECT_EQ(article_.diagnostics.input_format, "text"); }

TEST_F(SeedTest, Kicker) { EXPECT_EQ(article_.kicker, expected_["kicker"].get<std::string>()); }

TEST_F(SeedTest, Title) { EXPECT_EQ(article_.title, expected_["title"].get<std::string>()); }

TEST_F(SeedTest, PublishedWithCentralEuropeanOffset) {
  EXPECT_EQ(article_.published, expected_["published"].get<std::string>());
}

TEST_F(SeedTest, Agency) { EXPECT_EQ(article_.agency, expected_["agency"].get<std::string>()); }

TEST_F(SeedTest, Language) { EXPECT_EQ(article_.language, expected_["language"].get<std::string>()); }

TEST_F(SeedTest, OneImageWithCaptionAndCreditApart) {
  const auto& images = expected_["images"];
  ASSERT_EQ(article_.images.size(), images.size());
  for (std::size_t i = 0; i < images.size(); ++i) {
    EXPECT_EQ(article_.images[i].caption, images[i]["caption"].get<std::string>());
    EXPECT_EQ(article_.images[i].credit, images[i]["credit"].get<std::string>());
  }
}

TEST_F(SeedTest, LeadStartsAsExpected) {
  const std::string start = expected_["lead_starts_with"].get<std::string>();
  EXPECT_EQ(article_.lead.substr(0, start.size()), start);
  ASSERT_FALSE(article_.blocks.empty());
  EXPECT_EQ(article_.blocks.front().type, BlockType::kLead);
}

TEST_F(SeedTest, HeadingsAreExactlyTheSubheads) {
  std::vector<std::string> headings;
  for (const Block& b : article_.blocks) {
    if (b.type == BlockType::kHeading) headings.push_back(b.text);
  }
  std::vector<std::string> expected;
  for (const auto& h : expected_["headings"]) expected.push_back(h.get<std::string>());
  EXPECT_EQ(headings, expected);
}

TEST_F(SeedTest, BodyHasEveryExpectedPassage) {
  const std::string text = article_.Text();
  for (const auto& passage : expected_["body_with"]) {
    EXPECT_NE(text.find(passage.get<std::string>()), std::string::npos) << "missing: " << passage;
  }
}

TEST_F(SeedTest, BodyHasNoBoilerplate) {
  const std::string text = article_.Text();
  for (const auto& passage : expected_["body_without"]) {
    EXPECT_EQ(text.find(passage.get<std::string>()), std::string::npos) << "present: " << passage;
  }
}

TEST_F(SeedTest, BodyHasNeitherTitleNorKickerNorCaption) {
  const std::string text = article_.Text();
  EXPECT_EQ(text.find(expected_["title"].get<std::string>()), std::string::npos);
  EXPECT_EQ(text.find("Gespräche in Washington\n"), std::string::npos);
  EXPECT_EQ(text.find("tauscht sich mit US-Vertreter"), std::string::npos);
}

}  // namespace
}  // namespace klartext
