// klartext/rules.h: the families of boilerplate rules, by name.
//
// After the content region is found, rules move blocks out of the article
// (extract/block_rules.h, extract/label_regions.h). They come in families,
// one concept each; every family can be switched off:
//
//   klartext::ExtractOptions options;
//   options.disabled_rules.Add(klartext::RuleFamily::kTrailingStubs);
//
// What this is for: measuring what each family is worth on pages of sites
// it was not written for (`klartext-eval --ablate`, doc/evaluation.md), and
// a way out for a user whose pages one family gets wrong. Switching a family
// off never makes extraction fail; the article only keeps (or, for
// kLinkListPass and kLeadRecovery, loses) what that family decided.
#ifndef KLARTEXT_RULES_H_
#define KLARTEXT_RULES_H_

#include <cstdint>
#include <optional>
#include <string_view>

namespace klartext {

enum class RuleFamily : std::uint8_t {
  // Whole lines a phrase table names: ad labels ("Anzeige"), share and
  // print lines, legal lines.
  kPhraseLines,
  // A promotion label and the short lines that follow it.
  kPromoTeasers,
  // A related-news opener ("Mehr News") and the teasers after it, until
  // prose resumes.
  kRelatedLists,
  // Everything after a comments opener ("Kommentare", "Leave a reply").
  kCommentSections,
  // Bare web addresses, unrendered shortcodes, download lines with a size.
  kMarkupLeftovers,
  // Short blocks holding a cookie, newsletter or paywall phrase.
  kBoilerPhrases,
  // Captions: a line under an image with a photo credit, a line ending in
  // a © credit, "Abbildung 3: …" lead-ins.
  kCaptions,
  // Link-heavy blocks are navigation (HTML).
  kLinkDensity,
  // Text printed twice: the second copy goes.
  kDuplicates,
  // A page left with almost no body after the link-density rule is run
  // again keeping links: a link round-up (HTML).
  kLinkListPass,
  // Grids of teaser cards inside the region (HTML).
  kTeaserCards,
  // Subheads with no body text under them.
  kOrphanHeadings,
  // Everything after a comment section that follows the body (HTML).
  kAfterComments,
  // The rest of a subscription or support box after the body (HTML).
  kPitchTail,
  // A subhead over a run of images: a gallery title (HTML).
  kGalleryTitles,
  // A subhead announcing a link list the rules removed (HTML).
  kListHeadings,
  // Short lines after the article's last paragraph (HTML).
  kTrailingStubs,
  // Blocks under elements marked as navigation, aside, footer, form,
  // share bar, ad, related list or byline inside the region (HTML).
  kRegionMarks,
  // Prose just above the region taken as the standfirst (HTML).
  kLeadRecovery,

  // Text captures (extract/select_text.h), where the region is the run of
  // lines with the best score:
  // prose far below the run's start scores less (sidebars, next stories);
  kTextLateProse,
  // lists of short headline-like lines are teasers;
  kTextTeaserLists,
  // a headline glued to its summary ("… Stalling Or FiresFord is
  // recalling …"), two or more on the page, is a teaser;
  kTextGluedTeasers,
  // a list inside prose (ingredients, steps) is freed from teaser costs;
  kTextFreeLists,
  // prose after a line that closes the article (share bar, comments)
  // scores less;
  kTextAfterEnd,
  // the run widens over neighbouring prose across short gaps;
  kTextWidening,
  // the run's edges: a closing line that points on, the standfirst above,
  // an author biography;
  kTextEdges,
  // the lines of a related box the run was widened over are its links.
  kTextCrossedBoxes,
};

inline constexpr int kRuleFamilyCount = static_cast<int>(RuleFamily::kTextCrossedBoxes) + 1;
static_assert(kRuleFamilyCount <= 32, "RuleFamilySet holds 32 families");

// The family's name as written on the command line: "trailing-stubs".
std::string_view RuleFamilyName(RuleFamily family);
// The family of that name, or nothing.
std::optional<RuleFamily> RuleFamilyFromName(std::string_view name);

// A set of families; empty by default. A value type, cheap to copy.
class RuleFamilySet {
 public:
  void Add(RuleFamily f) { bits_ |= Bit(f); }
  bool Contains(RuleFamily f) const { return (bits_ & Bit(f)) != 0; }
  bool empty() const { return bits_ == 0; }

 private:
  static constexpr std::uint32_t Bit(RuleFamily f) { return std::uint32_t{1} << static_cast<int>(f); }
  std::uint32_t bits_ = 0;
};

}  // namespace klartext

#endif  // KLARTEXT_RULES_H_
