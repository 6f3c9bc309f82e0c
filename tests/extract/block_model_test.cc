// extract/block_model.h: features line up with blocks, and the model only
// changes the labels it is meant to judge.
#include "extract/block_model.h"

#include <gtest/gtest.h>

#include <set>
#include <string>

namespace klartext::extract {
namespace {

constexpr std::string_view kPage =
    "<html><body><nav><a href=\"/\">Home</a> <a href=\"/n\">News</a></nav><article><h1>Bus line extended</h1>"
    "<p>The city council voted on Tuesday to extend bus line 7 to the new housing estate in the north, "
    "a decision residents had demanded for two years.</p>"
    "<p>The first buses will run in March. The transport company said it would hire six more drivers "
    "and buy two electric buses for the extension.</p>"
    "</article></body></html>";

ClassifiedPage Classified() {
  Result<ClassifiedPage> page = ClassifyPage(kPage, {.input_format = InputFormat::kHtml});
  EXPECT_TRUE(page.ok());
  return page.ok() ? std::move(*page) : ClassifiedPage{};
}

TEST(BlockModelTest, OneFeatureRowPerBlockWithTheIntercept) {
  const ClassifiedPage page = Classified();
  const std::vector<BlockFeatures> features = PageBlockFeatures(page);
  ASSERT_EQ(features.size(), page.stream.blocks.size());
  ASSERT_FALSE(features.empty());
  for (const BlockFeatures& f : features) {
    EXPECT_EQ(f[0], 1.0);
    for (double v : f) EXPECT_TRUE(v >= -1.0 && v <= 2.0) << v;
  }
}

TEST(BlockModelTest, FeatureNamesAreDistinct) {
  std::set<std::string> names;
  for (int k = 0; k < kBlockFeatureCount; ++k) {
    EXPECT_TRUE(names.insert(std::string(BlockFeatureName(k))).second) << BlockFeatureName(k);
  }
}

TEST(BlockModelTest, DisabledModelChangesNothing) {
  const ClassifiedPage page = Classified();
  Labels labels = page.labels;
  ApplyBlockModel(page, PageBlockFeatures(page), BlockModel{}, labels);
  EXPECT_EQ(labels, page.labels);
}

TEST(BlockModelTest, DropsBodyBlocksBelowTheThreshold) {
  const ClassifiedPage page = Classified();
  // A model that puts every block at p = sigmoid(-5): all body blocks go,
  // nothing else moves.
  BlockModel model;
  model.weights[0] = -5;
  model.drop_below = 0.5;
  Labels labels = page.labels;
  ApplyBlockModel(page, PageBlockFeatures(page), model, labels);
  int dropped = 0;
  for (std::size_t i = 0; i < labels.size(); ++i) {
    if (page.labels[i] == Label::kContent) {
      EXPECT_EQ(labels[i], Label::kBoilerplate);
      ++dropped;
    } else {
      EXPECT_EQ(labels[i], page.labels[i]);
    }
  }
  EXPECT_GT(dropped, 0);
}

TEST(BlockModelTest, RestoresOutsideBlocksAboveTheThreshold) {
  const ClassifiedPage page = Classified();
  BlockModel model;
  model.weights[0] = 5;
  model.keep_above = 0.5;
  Labels labels = page.labels;
  ApplyBlockModel(page, PageBlockFeatures(page), model, labels);
  bool restored = false;
  for (std::size_t i = 0; i < labels.size(); ++i) {
    if (page.labels[i] == Label::kOutside && !page.stream.blocks[i].text.empty()) {
      restored |= labels[i] == Label::kContent;
    }
  }
  EXPECT_TRUE(restored);
}

TEST(BlockModelTest, TheCommittedModelIsReadable) {
  const BlockModel& model = DefaultBlockModel();
  EXPECT_GE(model.drop_below, 0.0);
  EXPECT_LE(model.keep_above, 1.0);
}

}  // namespace
}  // namespace klartext::extract
