#include "html/tree/tag_id.h"

#include <algorithm>
#include <array>
#include <utility>

namespace klartext::html::tree {
namespace {

using Entry = std::pair<std::string_view, TagId>;

constexpr auto kSortedTags = [] {
  std::array<Entry, static_cast<std::size_t>(TagId::kCount) - 1> table{{
#define KLARTEXT_TREE_TAG_ENTRY(id, name) {name, TagId::id},
      KLARTEXT_TREE_TAGS(KLARTEXT_TREE_TAG_ENTRY)
#undef KLARTEXT_TREE_TAG_ENTRY
  }};
  std::sort(table.begin(), table.end(), [](const Entry& a, const Entry& b) { return a.first < b.first; });
  return table;
}();

// Longest listed name ("annotation-xml"); longer names are never listed.
constexpr std::size_t kLongestName = 14;

}  // namespace

TagId LookupTag(std::string_view name) {
  if (name.empty() || name.size() > kLongestName) return TagId::kUnknown;
  auto it = std::lower_bound(kSortedTags.begin(), kSortedTags.end(), name,
                             [](const Entry& e, std::string_view n) { return e.first < n; });
  return it != kSortedTags.end() && it->first == name ? it->second : TagId::kUnknown;
}

}  // namespace klartext::html::tree
