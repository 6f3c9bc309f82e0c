// store/near_duplicate.h: the same story on many sites, found by MinHash.
//
// An agency story (dpa, AFP, Reuters) is printed by dozens of outlets with
// their own headline, a paragraph cut or added, a dateline, a teaser in the
// middle, a few words changed. The corpus folds such copies into one
// cluster. Two bodies are copies when the Jaccard similarity of their sets
// of word shingles is at least kNearDuplicateJaccard. MinHash (Broder 1997)
// estimates it from kMinHashes minima per body; locality-sensitive hashing
// over kMinHashBands bands of kMinHashRows minima finds the candidates
// without comparing a new article with every stored one: two bodies
// collide in some band with probability 1 - (1 - J^rows)^bands: 64% at
// J = 0.5, 89% at 0.6, above 99% from 0.75, below 0.2% at J <= 0.1.
//
// SimHash (64 bits, Charikar 2002) was measured first and rejected: on
// copies with one word in twenty changed it needs a Hamming threshold of
// 12 for 79% recall, where its candidate lookup degenerates (doc/corpus.md).
// The threshold is measured with klartext-dedup-eval (bench/dedup).
// Thread safety: pure functions.
#ifndef KLARTEXT_STORE_NEAR_DUPLICATE_H_
#define KLARTEXT_STORE_NEAR_DUPLICATE_H_

#include <array>
#include <cstdint>
#include <string>
#include <string_view>

namespace klartext::store {

// Words per shingle: three keep word order (a reordered sentence is a
// change) while one edited word changes only three shingles.
inline constexpr int kShingleWords = 3;

// Bodies with fewer words than this get no signature and never cluster:
// short texts (a teaser, a stub) share shingles by chance.
inline constexpr int kMinWordsForSignature = 40;

inline constexpr int kMinHashRows = 4;
inline constexpr int kMinHashBands = 16;
inline constexpr int kMinHashes = kMinHashRows * kMinHashBands;

// Copies from this estimated Jaccard similarity on. Measured with
// klartext-dedup-eval on 4403 edited copies of 629 dev pages and all
// 197 506 pairs of distinct dev pages (doc/corpus.md has the table): no
// distinct pair comes near any threshold (the one pair that shares a band
// is the same page in both sets), recall is flat from 0.2 to 0.4 and
// falls after; 0.4 keeps the margin above chance overlap (shared quotes,
// boilerplate sentences) that a lower value would give up.
inline constexpr double kNearDuplicateJaccard = 0.4;

struct MinHashSignature {
  std::array<std::uint32_t, kMinHashes> mins{};
  bool empty = true;  // fewer than kMinWordsForSignature words

  // 4 bytes per minimum, little-endian: how the corpus stores it.
  std::string Serialize() const;
  static MinHashSignature Deserialize(std::string_view bytes);
};

MinHashSignature ComputeMinHash(std::string_view text);

// The share of equal minima: an estimate of the Jaccard similarity. 0 when
// either signature is empty.
double EstimatedJaccard(const MinHashSignature& a, const MinHashSignature& b);

// One key per band: the band's minima hashed together with its index.
std::array<std::int64_t, kMinHashBands> MinHashBandKeys(const MinHashSignature& signature);

}  // namespace klartext::store

#endif  // KLARTEXT_STORE_NEAR_DUPLICATE_H_
