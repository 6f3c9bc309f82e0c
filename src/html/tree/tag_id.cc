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

// Names bucketed by (first letter, length), so a lookup compares with the
// one or two names that could match instead of binary-searching all.
struct Buckets {
  // Start of each bucket in kSortedTags order, and one past its end.
  std::array<std::uint8_t, 26 * (kLongestName + 1) + 1> begin{};
};

constexpr std::size_t BucketOf(char first, std::size_t length) {
  return static_cast<std::size_t>(first - 'a') * (kLongestName + 1) + length;
}

// The names sorted by bucket (then name), with the bucket bounds below.
constexpr auto kByBucket = [] {
  std::array<Entry, kSortedTags.size()> table = kSortedTags;
  std::sort(table.begin(), table.end(), [](const Entry& a, const Entry& b) {
    const std::size_t ba = BucketOf(a.first[0], a.first.size()), bb = BucketOf(b.first[0], b.first.size());
    return ba != bb ? ba < bb : a.first < b.first;
  });
  return table;
}();

constexpr Buckets kBuckets = [] {
  Buckets b;
  std::size_t i = 0;
  for (std::size_t bucket = 0; bucket < b.begin.size(); ++bucket) {
    b.begin[bucket] = static_cast<std::uint8_t>(i);
    while (i < kByBucket.size() && BucketOf(kByBucket[i].first[0], kByBucket[i].first.size()) == bucket) ++i;
  }
  return b;
}();

}  // namespace

TagId LookupTag(std::string_view name) {
  if (name.empty() || name.size() > kLongestName || name[0] < 'a' || name[0] > 'z') return TagId::kUnknown;
  const std::size_t bucket = BucketOf(name[0], name.size());
  // Every name in the bucket has the first letter and the length of
  // `name`: the rest is compared byte by byte, as names are a few bytes and
  // a memcmp call per token costs more (this runs for every tag).
  for (std::size_t i = kBuckets.begin[bucket]; i < kBuckets.begin[bucket + 1]; ++i) {
    const std::string_view listed = kByBucket[i].first;
    std::size_t k = 1;
    while (k < name.size() && listed[k] == name[k]) ++k;
    if (k == name.size()) return kByBucket[i].second;
  }
  return TagId::kUnknown;
}

std::string_view TagIdName(TagId tag) {
  static constexpr std::string_view kNames[] = {
      "",
#define KLARTEXT_TREE_TAG_NAME(id, name) name,
      KLARTEXT_TREE_TAGS(KLARTEXT_TREE_TAG_NAME)
#undef KLARTEXT_TREE_TAG_NAME
  };
  const auto index = static_cast<std::size_t>(tag);
  return index < std::size(kNames) ? kNames[index] : std::string_view();
}

}  // namespace klartext::html::tree
