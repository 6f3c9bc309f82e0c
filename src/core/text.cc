#include "core/text.h"

#include <array>
#include <cstring>

#include "core/utf8.h"

#if defined(__SSE2__)
#include <emmintrin.h>
#endif

namespace klartext {

std::size_t UnicodeSpaceLength(std::string_view s, std::size_t i) {
  const auto b0 = static_cast<unsigned char>(s[i]);
  if (b0 == 0xC2 && i + 1 < s.size() && static_cast<unsigned char>(s[i + 1]) == 0xA0) return 2;
  if (b0 == 0xE2 && i + 2 < s.size()) {
    const auto b1 = static_cast<unsigned char>(s[i + 1]);
    const auto b2 = static_cast<unsigned char>(s[i + 2]);
    if (b1 == 0x80 && (b2 <= 0x8B || b2 == 0xAF || b2 == 0xA8 || b2 == 0xA9)) return 3;  // U+2000..200B, 202F, 2028, 2029
    if (b1 == 0x81 && b2 == 0x9F) return 3;  // U+205F
  }
  if (b0 == 0xE3 && i + 2 < s.size() && static_cast<unsigned char>(s[i + 1]) == 0x80 &&
      static_cast<unsigned char>(s[i + 2]) == 0x80) {
    return 3;  // U+3000
  }
  return 0;
}

namespace {
// Bytes that may start white space: the ASCII spaces and the lead bytes of
// the Unicode spaces UnicodeSpaceLength knows (U+00A0, U+2000…, U+3000).
constexpr auto kMayStartSpace = [] {
  std::array<bool, 256> t{};
  for (char c : {' ', '\t', '\n', '\r', '\f', '\v'}) t[static_cast<unsigned char>(c)] = true;
  t[0xC2] = t[0xE2] = t[0xE3] = true;
  return t;
}();
}  // namespace

#if defined(__SSE2__)
namespace {
// From s[j] on, skips whole 16-byte chunks that hold no white space but
// lone ASCII spaces, and returns where the byte loop must look again.
// Conservative: it stops at every byte <= 0x20 or that may open a Unicode
// space (0xC2, 0xE2, 0xE3) unless it is a space followed by none of those,
// and the byte loop decides there. Reads s[j + 16] to judge the last lane.
std::size_t SkipPlainChunks(std::string_view s, std::size_t j) {
  const __m128i space = _mm_set1_epi8(' ');
  const __m128i c2 = _mm_set1_epi8(static_cast<char>(0xC2));
  const __m128i e2 = _mm_set1_epi8(static_cast<char>(0xE2));
  const __m128i fe = _mm_set1_epi8(static_cast<char>(0xFE));
  while (j + 17 <= s.size()) {
    const __m128i v = _mm_loadu_si128(reinterpret_cast<const __m128i*>(s.data() + j));
    const __m128i low = _mm_cmpeq_epi8(_mm_max_epu8(v, space), space);  // <= 0x20
    const __m128i lead = _mm_or_si128(_mm_cmpeq_epi8(v, c2), _mm_cmpeq_epi8(_mm_and_si128(v, fe), e2));
    const unsigned maybe = static_cast<unsigned>(_mm_movemask_epi8(_mm_or_si128(low, lead)));
    const unsigned spaces = static_cast<unsigned>(_mm_movemask_epi8(_mm_cmpeq_epi8(v, space)));
    const auto after = static_cast<unsigned char>(s[j + 16]);
    const unsigned next_maybe = (maybe >> 1) | ((after <= 0x20 || after == 0xC2 || (after & 0xFE) == 0xE2) ? 0x8000u : 0u);
    const unsigned stop = (maybe & ~spaces) | (spaces & next_maybe);
    if (stop != 0) return j + static_cast<std::size_t>(__builtin_ctz(stop));
    j += 16;
  }
  return j;
}
}  // namespace
#endif

void AppendCollapsed(std::string& out, std::string_view s, bool& pending_space) {
  for (std::size_t i = 0; i < s.size();) {
    const char c = s[i];
    if (IsAsciiSpace(c)) {
      pending_space = true;
      ++i;
      continue;
    }
    if (static_cast<unsigned char>(c) >= 0xC2) {
      if (std::size_t n = UnicodeSpaceLength(s, i)) {
        pending_space = true;
        i += n;
        continue;
      }
    }
    if (pending_space && !out.empty()) out.push_back(' ');
    pending_space = false;
    // Copy the run up to the next byte that may start white space at once:
    // every text of every page passes through here. A lone ' ' between two
    // such bytes stays in the run, as the loop above would copy it as it is.
    std::size_t j = i + 1;
    while (j < s.size()) {
#if defined(__SSE2__)
      j = SkipPlainChunks(s, j);
      if (j >= s.size()) break;
#endif
      const auto b = static_cast<unsigned char>(s[j]);
      if (!kMayStartSpace[b]) {
        ++j;
      } else if (b == ' ' && j + 1 < s.size() && !kMayStartSpace[static_cast<unsigned char>(s[j + 1])]) {
        j += 2;
      } else {
        break;
      }
    }
    out.append(s.data() + i, j - i);
    i = j;
  }
}

bool IsAsciiBlank(std::string_view text) {
  std::size_t i = 0;
#if defined(__SSE2__)
  // Sixteen bytes at once: ' ', or '\t'..'\r' (bytes 9..13, which are
  // IsAsciiSpace's others), i.e. byte - 9 <= 4 unsigned.
  const __m128i space = _mm_set1_epi8(' ');
  const __m128i nine = _mm_set1_epi8(9);
  const __m128i four = _mm_set1_epi8(4);
  for (; i + 16 <= text.size(); i += 16) {
    const __m128i v = _mm_loadu_si128(reinterpret_cast<const __m128i*>(text.data() + i));
    const __m128i shifted = _mm_sub_epi8(v, nine);
    const __m128i control = _mm_cmpeq_epi8(_mm_max_epu8(shifted, four), four);
    if (_mm_movemask_epi8(_mm_or_si128(control, _mm_cmpeq_epi8(v, space))) != 0xFFFF) return false;
  }
#endif
  for (; i < text.size(); ++i) {
    if (!IsAsciiSpace(text[i])) return false;
  }
  return true;
}

std::string CollapseWhitespace(std::string_view s) {
  std::string out;
  out.reserve(s.size());
  bool pending = false;
  AppendCollapsed(out, s, pending);
  return out;
}

std::string_view Trim(std::string_view s) {
  std::size_t b = 0, e = s.size();
  while (b < e && IsAsciiSpace(s[b])) ++b;
  while (e > b && IsAsciiSpace(s[e - 1])) --e;
  return s.substr(b, e - b);
}

std::string AsciiLower(std::string_view s) {
  std::string out(s);
  for (char& c : out) {
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c + 32);
  }
  return out;
}

namespace {
inline char LowerAscii(char c) { return c >= 'A' && c <= 'Z' ? static_cast<char>(c + 32) : c; }
}  // namespace

bool EqualsIgnoreCase(std::string_view a, std::string_view b) {
  if (a.size() != b.size()) return false;
  for (std::size_t i = 0; i < a.size(); ++i) {
    if (LowerAscii(a[i]) != LowerAscii(b[i])) return false;
  }
  return true;
}

bool HasTokenIgnoreCase(std::string_view list, std::string_view token) {
  std::size_t i = 0;
  while (i < list.size()) {
    while (i < list.size() && IsAsciiSpace(list[i])) ++i;
    std::size_t end = i;
    while (end < list.size() && !IsAsciiSpace(list[end])) ++end;
    if (end > i && EqualsIgnoreCase(list.substr(i, end - i), token)) return true;
    i = end;
  }
  return false;
}

bool ContainsIgnoreCase(std::string_view h, std::string_view n) {
  if (n.empty()) return true;
  if (n.size() > h.size()) return false;
  for (std::size_t i = 0; i + n.size() <= h.size(); ++i) {
    if (LowerAscii(h[i]) == LowerAscii(n[0]) && EqualsIgnoreCase(h.substr(i, n.size()), n)) return true;
  }
  return false;
}

bool SubstringSet::WordAt(std::string_view text, std::size_t i, unsigned char first) const {
  for (std::uint32_t m = by_first_byte_[first]; m != 0; m &= m - 1) {
    const std::string_view w = words_[static_cast<std::size_t>(__builtin_ctz(m))];
    if (text.size() - i < w.size()) continue;
    std::size_t k = 1;
    while (k < w.size() && LowerAscii(text[i + k]) == w[k]) ++k;
    if (k == w.size()) return true;
  }
  return false;
}

namespace {
#if defined(__SSE2__)
// ASCII capitals lower-cased, sixteen bytes at once; bytes from 0x80
// compare as negative and stay.
__m128i LowerAscii16(__m128i v) {
  const __m128i upper = _mm_and_si128(_mm_cmpgt_epi8(v, _mm_set1_epi8('A' - 1)), _mm_cmplt_epi8(v, _mm_set1_epi8('Z' + 1)));
  return _mm_or_si128(v, _mm_and_si128(upper, _mm_set1_epi8(0x20)));
}
#endif
}  // namespace

bool SubstringSet::FoundInIgnoringCase(std::string_view text) const {
#if defined(__SSE2__)
  // Sixteen positions at a time, each compared with every word's first two
  // bytes (lower-cased; the last block from a zero-padded copy, as no word
  // holds NUL); only positions where a pair matches are tried as the start
  // of a word. This runs for the class and id of every element of a page.
  for (std::size_t base = 0; base < text.size(); base += 16) {
    __m128i here, next;  // the bytes at base + i and base + i + 1
    if (text.size() - base >= 17) {
      here = _mm_loadu_si128(reinterpret_cast<const __m128i*>(text.data() + base));
      next = _mm_loadu_si128(reinterpret_cast<const __m128i*>(text.data() + base + 1));
    } else {
      char tail[17] = {};
      std::memcpy(tail, text.data() + base, text.size() - base);
      here = _mm_loadu_si128(reinterpret_cast<const __m128i*>(tail));
      next = _mm_loadu_si128(reinterpret_cast<const __m128i*>(tail + 1));
    }
    here = LowerAscii16(here);
    next = LowerAscii16(next);
    unsigned hits = 0;
    for (std::size_t p = 0; p < starts_count_; ++p) {
      __m128i match = _mm_cmpeq_epi8(here, _mm_set1_epi8(starts_[p][0]));
      if (starts_[p][1] != '\0') match = _mm_and_si128(match, _mm_cmpeq_epi8(next, _mm_set1_epi8(starts_[p][1])));
      hits |= static_cast<unsigned>(_mm_movemask_epi8(match));
    }
    for (; hits != 0; hits &= hits - 1) {
      const std::size_t i = base + static_cast<std::size_t>(__builtin_ctz(hits));
      if (WordAt(text, i, static_cast<unsigned char>(LowerAscii(text[i])))) return true;
    }
  }
  return false;
#else
  for (std::size_t i = 0; i < text.size(); ++i) {
    if (WordAt(text, i, static_cast<unsigned char>(LowerAscii(text[i])))) return true;
  }
  return false;
#endif
}

std::vector<std::string_view> SplitAny(std::string_view s, std::string_view seps) {
  std::vector<std::string_view> out;
  std::size_t start = 0;
  for (std::size_t i = 0; i <= s.size(); ++i) {
    if (i == s.size() || seps.find(s[i]) != std::string_view::npos) {
      if (i > start) out.push_back(s.substr(start, i - start));
      start = i + 1;
    }
  }
  return out;
}

namespace {
// ASCII letters and digits, the word characters of CountWords below 0x80.
constexpr auto kAsciiWordChar = [] {
  std::array<bool, 128> t{};
  for (int c = '0'; c <= '9'; ++c) t[c] = true;
  for (int c = 'a'; c <= 'z'; ++c) t[c] = t[c - 32] = true;
  return t;
}();
}  // namespace

std::size_t CountWords(std::string_view s) {
  std::size_t words = 0;
  bool in_word = false;
  for (std::size_t i = 0; i < s.size();) {
#if defined(__SSE2__)
    // Sixteen ASCII bytes at once (every block's words are counted): a bit
    // per letter or digit, and a word starts where a bit follows none.
    if (i + 16 <= s.size()) {
      const __m128i v = _mm_loadu_si128(reinterpret_cast<const __m128i*>(s.data() + i));
      if (_mm_movemask_epi8(v) == 0) {
        const __m128i digit = _mm_and_si128(_mm_cmpgt_epi8(v, _mm_set1_epi8('0' - 1)), _mm_cmplt_epi8(v, _mm_set1_epi8('9' + 1)));
        const __m128i folded = _mm_or_si128(v, _mm_set1_epi8(0x20));
        const __m128i letter =
            _mm_and_si128(_mm_cmpgt_epi8(folded, _mm_set1_epi8('a' - 1)), _mm_cmplt_epi8(folded, _mm_set1_epi8('z' + 1)));
        const auto word = static_cast<unsigned>(_mm_movemask_epi8(_mm_or_si128(digit, letter)));
        const unsigned starts = word & ~((word << 1) | (in_word ? 1u : 0u));
        words += static_cast<std::size_t>(__builtin_popcount(starts));
        in_word = (word & 0x8000u) != 0;
        i += 16;
        continue;
      }
    }
#endif
    const auto c = static_cast<unsigned char>(s[i]);
    bool word_char;
    if (c < 0x80) {
      word_char = kAsciiWordChar[c];  // by table
      ++i;
    } else {
      // Any non-ASCII code point that is not a space or typographic
      // punctuation (U+2000..U+206F) counts as part of a word.
      std::size_t before = i;
      std::uint32_t cp = NextCodePoint(s, i);
      word_char = !(cp >= 0x2000 && cp <= 0x206F) && cp != 0xA0 && cp != 0xAB && cp != 0xBB &&
                  UnicodeSpaceLength(s, before) == 0;
    }
    words += word_char && !in_word;
    in_word = word_char;
  }
  return words;
}

namespace {

// FoldCase by its definition, one character at a time into a new string:
// the rest of a text from its first broken UTF-8 sequence on, which
// becomes U+FFFD and so may change the text's length. Rare; the fast
// paths are FoldCaseInPlace's.
std::string FoldCaseCopy(std::string_view s) {
  std::string out;
  out.reserve(s.size() + 2);
  for (std::size_t i = 0; i < s.size();) {
    const auto c = static_cast<unsigned char>(s[i]);
    if (c < 0x80) {
      out.push_back(LowerAscii(static_cast<char>(c)));
      ++i;
      continue;
    }
    std::uint32_t cp = NextCodePoint(s, i);
    // Latin-1 capitals À..Þ (except ×) map to their small forms +0x20.
    if (cp >= 0xC0 && cp <= 0xDE && cp != 0xD7) cp += 0x20;
    AppendUtf8(out, cp);
  }
  return out;
}

}  // namespace

void FoldCaseInPlace(std::string& s) {
  // Runs on every line every rule matches: ASCII is lowered in place 8
  // bytes at a time, and the Latin-1 capitals German uses (Ä, Ö, Ü: 0xC3
  // 0x84.. ) by their second byte. Any other valid sequence stays as it
  // is; from a broken one on, the rest is folded into a copy.
  char* const d = s.data();
  const std::size_t size = s.size();
  for (std::size_t i = 0; i < size;) {
    if (i + 8 <= size) {
      std::uint64_t chunk;
      std::memcpy(&chunk, d + i, 8);
      // SWAR, per byte: (byte + 0x3F) carries into bit 7 from 'A' on,
      // (byte + 0x25) from past 'Z' on; a capital has the first and not the
      // second, and gets 0x20 added (bit 7 shifted down to bit 5).
      constexpr std::uint64_t kHigh = 0x8080808080808080ULL;
      if ((chunk & kHigh) == 0) {
        const std::uint64_t ge_a = chunk + 0x3F3F3F3F3F3F3F3FULL;
        const std::uint64_t gt_z = chunk + 0x2525252525252525ULL;
        chunk |= ((ge_a & ~gt_z) & kHigh) >> 2;
        std::memcpy(d + i, &chunk, 8);
        i += 8;
        continue;
      }
    }
    const auto c = static_cast<unsigned char>(d[i]);
    if (c < 0x80) {
      d[i] = LowerAscii(static_cast<char>(c));
      ++i;
      continue;
    }
    // U+00C0..U+00FF: À..Þ but × lower to +0x20 (0xC3 0x80..0x9E).
    if (c == 0xC3 && i + 1 < size) {
      const auto c1 = static_cast<unsigned char>(d[i + 1]);
      if (c1 >= 0x80 && c1 <= 0xBF) {
        if (c1 <= 0x9E && c1 != 0x97) d[i + 1] = static_cast<char>(c1 + 0x20);
        i += 2;
        continue;
      }
    }
    // Every other valid sequence is neither ASCII nor a Latin-1 capital:
    // it folds to itself.
    const std::size_t before = i;
    if (NextCodePoint(s, i) != kReplacementCharacter || i - before != 1) continue;
    std::string rest = FoldCaseCopy(std::string_view(s).substr(before));
    s.resize(before);
    s += rest;
    return;
  }
}

std::string FoldCase(std::string_view s) {
  std::string out(s);
  FoldCaseInPlace(out);
  return out;
}

bool WordCharAt(std::string_view s, std::size_t i, std::size_t* len) {
  const auto c = static_cast<unsigned char>(s[i]);
  if (c < 0x80) {
    *len = 1;
    return (c >= '0' && c <= '9') || ((c | 32) >= 'a' && (c | 32) <= 'z');
  }
  std::size_t j = i;
  const std::uint32_t cp = NextCodePoint(s, j);
  *len = j > i ? j - i : 1;
  return !(cp >= 0x2000 && cp <= 0x206F) && cp != 0xA0 && cp != 0xAB && cp != 0xBB && cp != 0xB7;
}

}  // namespace klartext
