#include "html/tag.h"

#include <algorithm>
#include <array>
#include <utility>

namespace klartext::html {
namespace {

struct TagEntry {
  std::string_view name;
  Tag tag;
};

#define KLARTEXT_TAG_ENTRY(name) TagEntry{#name, Tag::k_##name},
constexpr TagEntry kTagsInEnumOrder[] = {KLARTEXT_TAGS(KLARTEXT_TAG_ENTRY)};
#undef KLARTEXT_TAG_ENTRY

constexpr std::size_t kTagCount = std::size(kTagsInEnumOrder);

// The list is alphabetical but for a few entries; sort once for lookup.
const std::array<TagEntry, kTagCount>& SortedTags() {
  static const std::array<TagEntry, kTagCount> sorted = [] {
    std::array<TagEntry, kTagCount> a{};
    std::copy(std::begin(kTagsInEnumOrder), std::end(kTagsInEnumOrder), a.begin());
    std::sort(a.begin(), a.end(),
              [](const TagEntry& x, const TagEntry& y) { return x.name < y.name; });
    return a;
  }();
  return sorted;
}

}  // namespace

Tag TagFromName(std::string_view name) {
  const auto& sorted = SortedTags();
  auto it = std::lower_bound(sorted.begin(), sorted.end(), name,
                             [](const TagEntry& e, std::string_view n) { return e.name < n; });
  if (it != sorted.end() && it->name == name) return it->tag;
  return Tag::kOther;
}

std::string_view TagName(Tag tag) {
  auto index = static_cast<std::size_t>(tag);
  if (index == 0 || index > kTagCount) return {};
  return kTagsInEnumOrder[index - 1].name;
}

int HeadingLevel(Tag tag) {
  switch (tag) {
    case Tag::k_h1: return 1;
    case Tag::k_h2: return 2;
    case Tag::k_h3: return 3;
    case Tag::k_h4: return 4;
    case Tag::k_h5: return 5;
    case Tag::k_h6: return 6;
    default: return 0;
  }
}

}  // namespace klartext::html
