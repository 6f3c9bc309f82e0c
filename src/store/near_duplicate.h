// store/near_duplicate.h: the same story on many sites, found by SimHash.
//
// An agency story (dpa, AFP, Reuters) is printed by dozens of outlets with
// their own headline, a paragraph cut or added, and their own chrome. The
// corpus folds such copies into one cluster. Each body gets a 64-bit
// SimHash (Charikar 2002) over its word shingles; two bodies are copies
// when their hashes differ in at most kNearDuplicateBits bits, a value
// measured on real and edited copies (bench/dedup, doc/corpus.md).
//
// Finding candidates without comparing against every stored article: the
// hash is cut into kSimHashBands bands of 64 / kSimHashBands bits. Two
// hashes within kNearDuplicateBits < kSimHashBands bits of each other
// agree exactly on at least one band (pigeonhole), so looking up each band
// finds every candidate (Manku, Jain, Das Sarma 2007).
// Thread safety: pure functions.
#ifndef KLARTEXT_STORE_NEAR_DUPLICATE_H_
#define KLARTEXT_STORE_NEAR_DUPLICATE_H_

#include <array>
#include <cstdint>
#include <string_view>

namespace klartext::store {

// Words per shingle: three keep word order (a reordered sentence is a
// change) without making one edited word change too many shingles.
inline constexpr int kShingleWords = 3;

// Bodies with fewer words than this get no hash (0) and never cluster:
// short texts (a teaser, a stub) collide by chance.
inline constexpr int kMinWordsForHash = 40;

// The largest Hamming distance between copies. Measured with
// bench/dedup/dedup_eval on the labelled pairs in bench/dedup (doc/corpus.md).
inline constexpr int kNearDuplicateBits = 7;

inline constexpr int kSimHashBands = 8;
static_assert(kNearDuplicateBits < kSimHashBands, "pigeonhole: a band must survive every allowed difference");

// The SimHash of a body; 0 when it has fewer than kMinWordsForHash words.
std::uint64_t SimHash(std::string_view text);

int HammingDistance(std::uint64_t a, std::uint64_t b);

// The bands of a hash, band i being bits [8i, 8i+8).
std::array<std::uint32_t, kSimHashBands> SimHashBands(std::uint64_t hash);

}  // namespace klartext::store

#endif  // KLARTEXT_STORE_NEAR_DUPLICATE_H_
