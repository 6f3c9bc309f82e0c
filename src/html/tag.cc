#include "html/tag.h"

#include <algorithm>
#include <array>
#include <unordered_map>
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

// A hash table, built once: the parser names every element this way and
// rules look names up too, and hashing beats the binary search's string
// comparisons (doc/performance.md).
Tag TagFromName(std::string_view name) {
  static const std::unordered_map<std::string_view, Tag> table = [] {
    std::unordered_map<std::string_view, Tag> t;
    for (const TagEntry& e : SortedTags()) t.emplace(e.name, e.tag);
    return t;
  }();
  auto it = table.find(name);
  return it != table.end() ? it->second : Tag::kOther;
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
