// LabelTextRegion: the article region of a text capture (extract/select_text.h).
#include "extract/select_text.h"

#include "extract/block_rules.h"

namespace klartext::extract {
namespace {

using blocks::Block;

// A text block reads like body text from this many characters on.
constexpr std::uint32_t kBodyTextChars = 100;

}  // namespace

bool ReadsLikeBodyText(const Block& b) {
  return b.chars >= kBodyTextChars && EndsLikeSentence(b.text);
}

Labels LabelTextRegion(const blocks::BlockStream& s) {
  const auto& bs = s.blocks;
  Labels labels(bs.size(), Label::kOutside);
  std::size_t first = bs.size(), last = 0;
  for (std::size_t i = 0; i < bs.size(); ++i) {
    if (ReadsLikeBodyText(bs[i])) {
      if (first == bs.size()) first = i;
      last = i;
    }
  }
  if (first == bs.size()) {
    // No body-like line at all: keep everything and let the rules judge.
    for (auto& l : labels) l = Label::kContent;
    return labels;
  }
  for (std::size_t i = first; i <= last; ++i) labels[i] = Label::kContent;
  // Trailing lines that end like sentences continue the body (a short last
  // paragraph, a signature line).
  for (std::size_t i = last + 1; i < bs.size() && EndsLikeSentence(bs[i].text) && bs[i].chars >= 40; ++i) {
    labels[i] = Label::kContent;
  }
  return labels;
}

}  // namespace klartext::extract
