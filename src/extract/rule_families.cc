// The names of the rule families (include/klartext/rules.h).
#include "klartext/rules.h"

#include <array>

namespace klartext {
namespace {

// Indexed by RuleFamily; the order is the enum's.
constexpr std::array<std::string_view, kRuleFamilyCount> kNames = {
    "phrase-lines",   "promo-teasers",   "related-lists",  "comment-sections", "markup-leftovers",
    "boiler-phrases", "captions",        "link-density",   "duplicates",       "link-list-pass",
    "teaser-cards",   "orphan-headings", "after-comments", "pitch-tail",       "gallery-titles",
    "list-headings",  "trailing-stubs",  "region-marks",   "lead-recovery",
    "text-late-prose", "text-teaser-lists", "text-glued-teasers", "text-free-lists", "text-after-end",
    "text-widening", "text-edges", "text-crossed-boxes",
};

}  // namespace

std::string_view RuleFamilyName(RuleFamily family) { return kNames[static_cast<std::size_t>(family)]; }

std::optional<RuleFamily> RuleFamilyFromName(std::string_view name) {
  for (std::size_t i = 0; i < kNames.size(); ++i) {
    if (kNames[i] == name) return static_cast<RuleFamily>(i);
  }
  return std::nullopt;
}

}  // namespace klartext
