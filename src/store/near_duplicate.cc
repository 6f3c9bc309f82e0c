#include "store/near_duplicate.h"

#include <cstring>
#include <limits>
#include <vector>

#include "core/text.h"

namespace klartext::store {
namespace {

// The MurmurHash3 64-bit finaliser: a bijection that spreads every input
// bit over every output bit.
std::uint64_t Mix(std::uint64_t h) {
  h ^= h >> 33;
  h *= 0xff51afd7ed558ccdULL;
  h ^= h >> 33;
  h *= 0xc4ceb9fe1a85ec53ULL;
  h ^= h >> 33;
  return h;
}

// 64-bit FNV-1a, mixed.
std::uint64_t HashBytes(std::string_view s) {
  std::uint64_t h = 0xcbf29ce484222325ULL;
  for (unsigned char c : s) {
    h ^= c;
    h *= 0x100000001b3ULL;
  }
  return Mix(h);
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

MinHashSignature ComputeMinHash(std::string_view text) {
  MinHashSignature sig;
  const std::vector<std::string> words = Words(text);
  if (words.size() < static_cast<std::size_t>(kMinWordsForSignature)) return sig;
  sig.empty = false;
  sig.mins.fill(std::numeric_limits<std::uint32_t>::max());
  std::string shingle;
  for (std::size_t i = 0; i + kShingleWords <= words.size(); ++i) {
    shingle.clear();
    for (int k = 0; k < kShingleWords; ++k) {
      shingle += words[i + static_cast<std::size_t>(k)];
      shingle += ' ';
    }
    const std::uint64_t h = HashBytes(shingle);
    // kMinHashes hash functions from one: Mix(h + seed_i) with distinct
    // odd seeds, as good as independent permutations for MinHash.
    for (int f = 0; f < kMinHashes; ++f) {
      const auto v = static_cast<std::uint32_t>(Mix(h + 0x9e3779b97f4a7c15ULL * static_cast<std::uint64_t>(f + 1)) >> 32);
      if (v < sig.mins[static_cast<std::size_t>(f)]) sig.mins[static_cast<std::size_t>(f)] = v;
    }
  }
  return sig;
}

double EstimatedJaccard(const MinHashSignature& a, const MinHashSignature& b) {
  if (a.empty || b.empty) return 0;
  int equal = 0;
  for (int i = 0; i < kMinHashes; ++i) equal += a.mins[static_cast<std::size_t>(i)] == b.mins[static_cast<std::size_t>(i)];
  return static_cast<double>(equal) / kMinHashes;
}

std::array<std::int64_t, kMinHashBands> MinHashBandKeys(const MinHashSignature& signature) {
  std::array<std::int64_t, kMinHashBands> keys{};
  for (int band = 0; band < kMinHashBands; ++band) {
    std::uint64_t h = Mix(static_cast<std::uint64_t>(band) + 1);
    for (int r = 0; r < kMinHashRows; ++r) {
      h = Mix(h ^ signature.mins[static_cast<std::size_t>(band * kMinHashRows + r)]);
    }
    keys[static_cast<std::size_t>(band)] = static_cast<std::int64_t>(h);
  }
  return keys;
}

std::string MinHashSignature::Serialize() const {
  if (empty) return {};
  std::string out(sizeof(std::uint32_t) * kMinHashes, '\0');
  for (int i = 0; i < kMinHashes; ++i) {
    const std::uint32_t v = mins[static_cast<std::size_t>(i)];
    for (int b = 0; b < 4; ++b) out[static_cast<std::size_t>(i * 4 + b)] = static_cast<char>((v >> (8 * b)) & 0xff);
  }
  return out;
}

MinHashSignature MinHashSignature::Deserialize(std::string_view bytes) {
  MinHashSignature sig;
  if (bytes.size() != sizeof(std::uint32_t) * kMinHashes) return sig;
  sig.empty = false;
  for (int i = 0; i < kMinHashes; ++i) {
    std::uint32_t v = 0;
    for (int b = 0; b < 4; ++b) v |= static_cast<std::uint32_t>(static_cast<unsigned char>(bytes[static_cast<std::size_t>(i * 4 + b)])) << (8 * b);
    sig.mins[static_cast<std::size_t>(i)] = v;
  }
  return sig;
}

}  // namespace klartext::store
