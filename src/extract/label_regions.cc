#include "extract/label_regions.h"

#include "extract/block_rules.h"

namespace klartext::extract {
namespace {

using blocks::Block;
using blocks::Kind;

// Ancestor marks that make a block in the region boilerplate.
constexpr std::uint32_t kBoilerplateMarks =
    blocks::kBoilerClass | blocks::kInNav | blocks::kInAside | blocks::kInFooter |
    blocks::kHidden | blocks::kShareClass | blocks::kRelatedClass | blocks::kAdClass;
// Forms inside an article are newsletter sign-ups and comment boxes; a form
// that wraps the whole page (ASP.NET) is excluded by the wrapper rule.
constexpr std::uint32_t kFormMarks = blocks::kInForm;

// A text block reads like body text from this many characters on.
constexpr std::uint32_t kBodyTextChars = 100;

// The ContextFlag bits set between a block's element and the region root.
std::uint32_t FlagsBelow(const html::Document& doc, const blocks::BlockStream& s, html::NodeId node,
                         const ContentRegion& region) {
  std::uint32_t flags = 0;
  for (html::NodeId a = node; a != html::kNoNode; a = doc[a].parent) {
    bool is_root = false;
    for (html::NodeId r : region.roots) is_root |= (r == a);
    if (is_root) break;
    flags |= s.own_flags[a];
  }
  return flags;
}

}  // namespace

bool ReadsLikeBodyText(const Block& b) {
  return b.chars >= kBodyTextChars && EndsLikeSentence(b.text);
}

Labels LabelHtmlRegion(const html::Document& doc, const blocks::BlockStream& s,
                       const ContentRegion& region, const ExtractOptions& options) {
  Labels labels(s.blocks.size(), Label::kOutside);
  for (std::size_t i = 0; i < s.blocks.size(); ++i) {
    const Block& b = s.blocks[i];
    if (b.node == html::kNoNode || !region.Contains(doc, b.node)) continue;
    const std::uint32_t below = FlagsBelow(doc, s, b.node, region);
    if (below & blocks::kInComments) {
      labels[i] = options.include_comments ? Label::kComment : Label::kBoilerplate;
    } else if (b.kind == Kind::kImage) {
      labels[i] = (below & (kBoilerplateMarks & ~blocks::kBoilerClass)) ? Label::kBoilerplate : Label::kImage;
    } else if (below & (kBoilerplateMarks | kFormMarks)) {
      labels[i] = Label::kBoilerplate;
    } else if (b.kind == Kind::kCaption) {
      labels[i] = Label::kCaption;
    } else {
      labels[i] = Label::kContent;
    }
  }
  return labels;
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
