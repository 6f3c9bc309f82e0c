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
// Bylines, dates and author boxes: roles.cc reads what it needs from them.
constexpr std::uint32_t kMetaMarks = blocks::kMetaClass;

// An element holding at least this share of the region's text is part of
// the article's frame, whatever its class says: a share bar or sidebar
// never holds half an article ("entry share", "fixed-sidebar-layout").
constexpr double kFrameShareOfRegion = 0.5;

// The ContextFlag bits set between a block's element and the region root,
// leaving out elements that frame most of the region.
std::uint32_t FlagsBelow(const html::Document& doc, const blocks::BlockStream& s, html::NodeId node,
                         const ContentRegion& region, double region_bytes) {
  std::uint32_t flags = 0;
  for (html::NodeId a = node; a != html::kNoNode; a = doc[a].parent) {
    bool is_root = false;
    for (html::NodeId r : region.roots) is_root |= (r == a);
    if (is_root) break;
    if (s.text_bytes[a] >= kFrameShareOfRegion * region_bytes) continue;
    flags |= s.own_flags[a];
  }
  return flags;
}

// A lead above the chosen region: the standfirst often sits in the
// article's header, next to the headline, outside the body's container.
// Up to this many blocks before the region are looked at …
constexpr std::size_t kLeadLookBackBlocks = 6;
// … and one is taken if it reads as prose of at least this length with
// little link text.
constexpr std::uint32_t kMinLeadChars = 100;
constexpr double kMaxLeadLinkDensity = 0.2;
// Between the headline and the body, where nothing but the standfirst,
// byline and date stand, a shorter sentence is the standfirst too
// ("We're about to get 20 terabyte drives, but …").
constexpr std::uint32_t kMinLeadBelowHeadlineChars = 60;

// Takes prose blocks just above the region (the lead in the header).
void RecoverLead(const blocks::BlockStream& s, Labels& labels) {
  std::size_t first = 0;
  while (first < labels.size() && labels[first] != Label::kContent) ++first;
  if (first == labels.size()) return;
  bool below_headline = false;
  for (std::size_t k = 1; k <= kLeadLookBackBlocks && k <= first; ++k) {
    const Block& b = s.blocks[first - k];
    if (b.kind == Kind::kHeading && b.level == 1) {
      below_headline = true;
      break;
    }
  }
  const std::uint32_t min_chars = below_headline ? kMinLeadBelowHeadlineChars : kMinLeadChars;
  for (std::size_t k = 1; k <= kLeadLookBackBlocks && k <= first; ++k) {
    const std::size_t i = first - k;
    const Block& b = s.blocks[i];
    if (labels[i] != Label::kOutside) continue;
    if (b.kind == Kind::kHeading && b.level == 1) break;  // the headline: the lead is below it
    if (b.chars >= min_chars && b.link_density() <= kMaxLeadLinkDensity && EndsLikeSentence(b.text) &&
        (b.kind == Kind::kParagraph || b.kind == Kind::kHeading) && !(b.flags & kBoilerplateMarks)) {
      labels[i] = Label::kContent;
    }
  }
}

// A header set in a <figure> (the picture, the headline and the
// standfirst over it) holds a standfirst the page names as such: text,
// not a caption.
bool IsStandfirstInFigure(std::uint32_t below) {
  return (below & blocks::kLeadClass) && !(below & blocks::kCaptionClass);
}

}  // namespace


Labels LabelHtmlRegion(const html::Document& doc, const blocks::BlockStream& s,
                       const ContentRegion& region, const ExtractOptions& options) {
  Labels labels(s.blocks.size(), Label::kOutside);
  double region_bytes = 0;
  for (html::NodeId r : region.roots) region_bytes += s.text_bytes[r];
  const bool marks = !options.disabled_rules.Contains(RuleFamily::kRegionMarks);
  for (std::size_t i = 0; i < s.blocks.size(); ++i) {
    const Block& b = s.blocks[i];
    if (b.node == html::kNoNode || !region.Contains(doc, b.node)) continue;
    const std::uint32_t below = FlagsBelow(doc, s, b.node, region, region_bytes);
    if (below & blocks::kInComments) {
      labels[i] = options.include_comments ? Label::kComment : Label::kBoilerplate;
    } else if (b.kind == Kind::kImage) {
      labels[i] = (below & (kBoilerplateMarks & ~blocks::kBoilerClass)) ? Label::kBoilerplate : Label::kImage;
    } else if (marks && (below & (kBoilerplateMarks | kFormMarks | (options.favor == Favor::kRecall ? 0 : kMetaMarks)))) {
      labels[i] = Label::kBoilerplate;
    } else if (b.kind == Kind::kCaption ||
               (b.kind != Kind::kTable && (below & (blocks::kCaptionClass | blocks::kInFigure)) &&
                !IsStandfirstInFigure(below))) {
      // A data table set in a <figure> is the figure's content, not its
      // caption.
      labels[i] = Label::kCaption;
    } else {
      labels[i] = Label::kContent;
    }
  }
  // The lead above the container is a recall rule: leaning to precision
  // keeps to the container.
  if (options.favor != Favor::kPrecision && !options.disabled_rules.Contains(RuleFamily::kLeadRecovery)) {
    RecoverLead(s, labels);
  }
  return labels;
}


}  // namespace klartext::extract
