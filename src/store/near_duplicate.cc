#include "store/near_duplicate.h"

#include <bit>
#include <string>
#include <vector>

#include "core/text.h"

namespace klartext::store {
namespace {

// 64-bit FNV-1a, then a final avalanche (the MurmurHash3 finaliser) so that
// shingles differing in one letter set unrelated bits.
std::uint64_t HashBytes(std::string_view s) {
  std::uint64_t h = 0xcbf29ce484222325ULL;
  for (unsigned char c : s) {
    h ^= c;
    h *= 0x100000001b3ULL;
  }
  h ^= h >> 33;
  h *= 0xff51afd7ed558ccdULL;
  h ^= h >> 33;
  h *= 0xc4ceb9fe1a85ec53ULL;
  h ^= h >> 33;
  return h;
}

// The body's words, case-folded: runs of letters and digits.
std::vector<std::string> Words(std::string_view text) {
  const std::string folded = FoldCase(text);
  std::vector<std::string> words;
  std::string current;
  for (std::size_t i = 0; i < folded.size();) {
    std::size_t len = 1;
    if (WordCharAt(folded, i, &len)) {
      current.append(folded, i, len);
    } else if (!current.empty()) {
      words.push_back(std::move(current));
      current.clear();
    }
    i += len;
  }
  if (!current.empty()) words.push_back(std::move(current));
  return words;
}

}  // namespace

std::uint64_t SimHash(std::string_view text) {
  const std::vector<std::string> words = Words(text);
  if (words.size() < static_cast<std::size_t>(kMinWordsForHash)) return 0;
  int weights[64] = {};
  std::string shingle;
  for (std::size_t i = 0; i + kShingleWords <= words.size(); ++i) {
    shingle.clear();
    for (int k = 0; k < kShingleWords; ++k) {
      shingle += words[i + static_cast<std::size_t>(k)];
      shingle += ' ';
    }
    const std::uint64_t h = HashBytes(shingle);
    for (int bit = 0; bit < 64; ++bit) weights[bit] += (h >> bit) & 1 ? 1 : -1;
  }
  std::uint64_t hash = 0;
  for (int bit = 0; bit < 64; ++bit) {
    if (weights[bit] > 0) hash |= std::uint64_t{1} << bit;
  }
  return hash == 0 ? 1 : hash;  // 0 means "no hash"
}

int HammingDistance(std::uint64_t a, std::uint64_t b) { return std::popcount(a ^ b); }

std::array<std::uint32_t, kSimHashBands> SimHashBands(std::uint64_t hash) {
  constexpr int kBits = 64 / kSimHashBands;
  std::array<std::uint32_t, kSimHashBands> bands{};
  for (int i = 0; i < kSimHashBands; ++i) {
    bands[static_cast<std::size_t>(i)] = static_cast<std::uint32_t>((hash >> (i * kBits)) & ((1u << kBits) - 1));
  }
  return bands;
}

}  // namespace klartext::store
