#include "extract/block_model.h"

#include <algorithm>
#include <cmath>

#include "core/language.h"
#include "extract/block_rules.h"

namespace klartext::extract {
namespace {

using blocks::Block;
using blocks::Kind;

// Scales that bring counts to about [0, 1]: log(1 + chars) is ~8 for a
// 3 000-character paragraph, log(1 + words) ~6 for 400 words.
constexpr double kCharsLogScale = 8;
constexpr double kWordsLogScale = 6;
constexpr double kDistanceLogScale = 3;
// A body paragraph this long anchors the article: distance to the nearest
// one is a feature (furniture sits far from it).
constexpr std::uint32_t kAnchorParagraphChars = 150;

// The context flags the model reads, in feature order.
constexpr blocks::ContextFlag kFeatureFlags[] = {
    blocks::kInNav,        blocks::kInFooter,     blocks::kInHeader,    blocks::kInAside,      blocks::kInForm,
    blocks::kInArticle,    blocks::kBoilerClass,  blocks::kContentClass, blocks::kInComments,  blocks::kInFigure,
    blocks::kInTableCell,  blocks::kInListItem,   blocks::kInLink,      blocks::kDialogClass,  blocks::kAdClass,
    blocks::kShareClass,   blocks::kRelatedClass, blocks::kMetaClass,   blocks::kLeadClass,    blocks::kCaptionClass,
};
constexpr int kFirstFlagFeature = 28;
static_assert(kFirstFlagFeature + std::size(kFeatureFlags) == kBlockFeatureCount);

constexpr std::string_view kFeatureNames[kBlockFeatureCount] = {
    "bias", "kind_paragraph", "kind_heading", "kind_list_item", "kind_quote", "kind_table", "kind_code",
    "kind_caption", "chars_log", "words_log", "link_density", "ends_sentence", "function_share",
    "digit_share", "region_content", "rules_content", "position", "position_in_body", "outside_body",
    "prev_chars_log", "next_chars_log", "prev_link_density", "next_link_density", "prev_content",
    "next_content", "body_share", "anchor_distance_log", "heading_level", "flag_in_nav", "flag_in_footer",
    "flag_in_header", "flag_in_aside", "flag_in_form", "flag_in_article", "flag_boiler_class",
    "flag_content_class", "flag_in_comments", "flag_in_figure", "flag_in_table_cell", "flag_in_list_item",
    "flag_in_link", "flag_dialog_class", "flag_ad_class", "flag_share_class", "flag_related_class",
    "flag_meta_class", "flag_lead_class", "flag_caption_class",
};

bool IsBody(Label l) { return l == Label::kContent || l == Label::kLead; }

double DigitShare(std::string_view text) {
  if (text.empty()) return 0;
  std::size_t digits = 0;
  for (char c : text) digits += c >= '0' && c <= '9';
  return double(digits) / double(text.size());
}

double CharsLog(const Block& b) { return std::log1p(double(b.chars)) / kCharsLogScale; }

}  // namespace

std::string_view BlockFeatureName(int feature) { return kFeatureNames[feature]; }

std::vector<BlockFeatures> PageBlockFeatures(const ClassifiedPage& page) {
  const std::vector<Block>& bs = page.stream.blocks;
  const Labels& labels = page.labels;
  const std::size_t n = bs.size();
  std::vector<BlockFeatures> out(n);
  if (n == 0) return out;

  // The body as the rules left it: its first and last block, its size,
  // and where its anchoring paragraphs are.
  std::size_t first = n, last = 0;
  double body_chars = 0;
  std::vector<std::size_t> anchors;
  for (std::size_t i = 0; i < n; ++i) {
    if (!IsBody(labels[i])) continue;
    first = std::min(first, i);
    last = i;
    body_chars += bs[i].chars;
    if (bs[i].kind == Kind::kParagraph && bs[i].chars >= kAnchorParagraphChars) anchors.push_back(i);
  }
  // Neighbours skip images: a caption's neighbour is the text around the picture.
  std::vector<std::size_t> prev(n, n), next(n, n);
  for (std::size_t i = 0, last_text = n; i < n; ++i) {
    prev[i] = last_text;
    if (bs[i].kind != Kind::kImage) last_text = i;
  }
  for (std::size_t i = n, next_text = n; i-- > 0;) {
    next[i] = next_text;
    if (bs[i].kind != Kind::kImage) next_text = i;
  }

  for (std::size_t i = 0; i < n; ++i) {
    const Block& b = bs[i];
    BlockFeatures& f = out[i];
    f.fill(0);
    f[0] = 1;
    switch (b.kind) {
      case Kind::kParagraph: f[1] = 1; break;
      case Kind::kHeading: f[2] = 1; break;
      case Kind::kListItem: f[3] = 1; break;
      case Kind::kQuote: f[4] = 1; break;
      case Kind::kTable: f[5] = 1; break;
      case Kind::kCode: f[6] = 1; break;
      case Kind::kCaption: f[7] = 1; break;
      case Kind::kImage: break;
    }
    f[8] = CharsLog(b);
    f[9] = std::log1p(double(b.words)) / kWordsLogScale;
    f[10] = b.link_density();
    f[11] = EndsLikeSentence(b.text) ? 1 : 0;
    f[12] = std::min(1.0, FunctionWordShare(b.text));
    f[13] = DigitShare(b.text);
    f[14] = page.region_labels[i] == Label::kContent ? 1 : 0;
    f[15] = IsBody(labels[i]) ? 1 : 0;
    f[16] = double(i) / double(n);
    if (first < n) {
      if (i < first) {
        f[18] = 1;
      } else if (i > last) {
        f[17] = 1, f[18] = 1;
      } else {
        f[17] = last > first ? double(i - first) / double(last - first) : 0.5;
      }
    } else {
      f[18] = 1;
    }
    if (prev[i] < n) {
      f[19] = CharsLog(bs[prev[i]]);
      f[21] = bs[prev[i]].link_density();
      f[23] = IsBody(labels[prev[i]]) ? 1 : 0;
    }
    if (next[i] < n) {
      f[20] = CharsLog(bs[next[i]]);
      f[22] = bs[next[i]].link_density();
      f[24] = IsBody(labels[next[i]]) ? 1 : 0;
    }
    f[25] = body_chars > 0 ? std::min(1.0, double(b.chars) / body_chars) : 0;
    std::size_t distance = n;
    const auto at = std::lower_bound(anchors.begin(), anchors.end(), i);
    if (at != anchors.end()) distance = *at - i;
    if (at != anchors.begin()) distance = std::min(distance, i - *(at - 1));
    f[26] = std::log1p(double(std::min(distance, n))) / kDistanceLogScale;
    f[27] = b.kind == Kind::kHeading ? double(b.level) / 6.0 : 0;
    for (std::size_t k = 0; k < std::size(kFeatureFlags); ++k) {
      f[kFirstFlagFeature + k] = b.has(kFeatureFlags[k]) ? 1 : 0;
    }
  }
  return out;
}

double ArticleProbability(const BlockModel& model, const BlockFeatures& features) {
  double z = 0;
  for (int k = 0; k < kBlockFeatureCount; ++k) z += model.weights[k] * features[k];
  return 1.0 / (1.0 + std::exp(-z));
}

bool ModelJudges(const ClassifiedPage& page, const Labels& labels, std::size_t i) {
  if (!page.is_html) return false;
  const Block& b = page.stream.blocks[i];
  if (b.kind == Kind::kImage || b.kind == Kind::kTable || b.chars == 0) return false;
  return labels[i] == Label::kContent || labels[i] == Label::kOutside ||
         (labels[i] == Label::kBoilerplate && page.region_labels[i] == Label::kContent);
}

void ApplyBlockModel(const ClassifiedPage& page, const std::vector<BlockFeatures>& features,
                     const BlockModel& model, Labels& labels) {
  if (!model.enabled()) return;
  // Judged on the labels as the rules left them, so that one decision does
  // not shift the features of the next.
  const Labels before = labels;
  for (std::size_t i = 0; i < labels.size() && i < features.size(); ++i) {
    if (!ModelJudges(page, before, i)) continue;
    const double p = ArticleProbability(model, features[i]);
    if (before[i] == Label::kContent && p < model.drop_below) labels[i] = Label::kBoilerplate;
    if (before[i] != Label::kContent && p > model.keep_above) labels[i] = Label::kContent;
  }
}

const BlockModel& DefaultBlockModel() {
  static const BlockModel model =
#include "extract/block_model_weights.inc"
      ;
  return model;
}

}  // namespace klartext::extract
