// extract/block_model.h: a learned second opinion on the block rules.
//
// The rules (extract/block_rules.h, extract/label_regions.h) were written
// while looking at pages; a model fitted to the annotated pages of many
// sites weighs the same evidence without anyone choosing thresholds. It is a
// logistic regression over the features below, giving each block the
// probability that it is article text. It only judges what the rules were
// unsure of, in HTML pages:
//  - a body block (kContent) is dropped when the probability is below
//    BlockModel::drop_below;
//  - a block outside the region, or one the block rules removed
//    (kBoilerplate after being kContent by its place), comes back when the
//    probability is above keep_above.
// The weights in block_model_weights.inc are trained by
// `bench/eval/train_block_model.sh` (klartext-eval --learn) on the dev
// annotations; doc/evaluation.md gives the cross-validated figures that
// decided whether and how it runs.
// Thread safety: pure functions; the default model is immutable.
#ifndef KLARTEXT_EXTRACT_BLOCK_MODEL_H_
#define KLARTEXT_EXTRACT_BLOCK_MODEL_H_

#include <array>
#include <string_view>
#include <vector>

#include "extract/classify_page.h"

namespace klartext::extract {

inline constexpr int kBlockFeatureCount = 48;
using BlockFeatures = std::array<double, kBlockFeatureCount>;

// The features of every block of the page, indexed like its blocks.
// Feature 0 is the constant 1 (the intercept).
std::vector<BlockFeatures> PageBlockFeatures(const ClassifiedPage& page);

// "chars_log", "link_density", "flag_in_nav", …: for the weights file.
std::string_view BlockFeatureName(int feature);

struct BlockModel {
  std::array<double, kBlockFeatureCount> weights{};
  double drop_below = 0;  // 0: never drop
  double keep_above = 1;  // 1: never restore
  bool enabled() const { return drop_below > 0 || keep_above < 1; }
};

// The probability that the block is article text.
double ArticleProbability(const BlockModel& model, const BlockFeatures& features);

// Whether the model judges block i at all (see the header comment).
bool ModelJudges(const ClassifiedPage& page, const Labels& labels, std::size_t i);

// Applies the model to `labels` (ClassifiedPage::labels or a copy).
void ApplyBlockModel(const ClassifiedPage& page, const std::vector<BlockFeatures>& features,
                     const BlockModel& model, Labels& labels);

// The committed model (block_model_weights.inc).
const BlockModel& DefaultBlockModel();

}  // namespace klartext::extract

#endif  // KLARTEXT_EXTRACT_BLOCK_MODEL_H_
