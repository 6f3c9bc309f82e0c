#include "core/utf8.h"

#include <cstring>

#if defined(__SSE2__)
#include <emmintrin.h>
#endif

namespace klartext {
bool IsValidUtf8(std::string_view s) {
  std::size_t i = 0;
  while (i < s.size()) {
    // ASCII is skipped 32 bytes at a time where SSE2 is there (every page
    // is validated once, most of it ASCII markup), straight to the first
    // non-ASCII byte: German text has one every few dozen bytes, and each
    // ASCII byte before it is not looked at again.
#if defined(__SSE2__)
    while (i + 32 <= s.size()) {
      const __m128i a = _mm_loadu_si128(reinterpret_cast<const __m128i*>(s.data() + i));
      const __m128i b = _mm_loadu_si128(reinterpret_cast<const __m128i*>(s.data() + i + 16));
      const unsigned mask = static_cast<unsigned>(_mm_movemask_epi8(a)) |
                            (static_cast<unsigned>(_mm_movemask_epi8(b)) << 16);
      if (mask == 0) {
        i += 32;
        continue;
      }
      i += static_cast<std::size_t>(__builtin_ctz(mask));
      break;
    }
#endif
    while (i + 8 <= s.size()) {
      std::uint64_t chunk;
      __builtin_memcpy(&chunk, s.data() + i, 8);
      if (chunk & 0x8080808080808080ULL) break;  // found below, byte by byte
      i += 8;
    }
    while (i < s.size() && static_cast<unsigned char>(s[i]) < 0x80) ++i;
    if (i >= s.size()) break;
    // Non-ASCII: whole sequences, for as long as they follow each other.
    do {
      const std::size_t n = Utf8SequenceLength(s, i);
      if (n == 0) return false;
      i += n;
    } while (i < s.size() && static_cast<unsigned char>(s[i]) >= 0x80);
  }
  return true;
}

void AppendUtf8(std::string& out, std::uint32_t cp) {
  if (cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF)) cp = kReplacementCharacter;
  if (cp < 0x80) {
    out.push_back(static_cast<char>(cp));
  } else if (cp < 0x800) {
    out.push_back(static_cast<char>(0xC0 | (cp >> 6)));
    out.push_back(static_cast<char>(0x80 | (cp & 0x3F)));
  } else if (cp < 0x10000) {
    out.push_back(static_cast<char>(0xE0 | (cp >> 12)));
    out.push_back(static_cast<char>(0x80 | ((cp >> 6) & 0x3F)));
    out.push_back(static_cast<char>(0x80 | (cp & 0x3F)));
  } else {
    out.push_back(static_cast<char>(0xF0 | (cp >> 18)));
    out.push_back(static_cast<char>(0x80 | ((cp >> 12) & 0x3F)));
    out.push_back(static_cast<char>(0x80 | ((cp >> 6) & 0x3F)));
    out.push_back(static_cast<char>(0x80 | (cp & 0x3F)));
  }
}

std::string Latin1ToUtf8(std::string_view bytes) {
  std::string out;
  out.reserve(bytes.size() + bytes.size() / 8);
  for (char c : bytes) AppendUtf8(out, static_cast<unsigned char>(c));
  return out;
}

bool SanitizeUtf8(std::string_view in, std::string& out) {
  out.clear();
  out.reserve(in.size());
  bool replaced = false;
  std::size_t i = 0;
  while (i < in.size()) {
    std::size_t n = Utf8SequenceLength(in, i);
    if (n == 0) {
      AppendUtf8(out, kReplacementCharacter);
      replaced = true;
      ++i;
    } else {
      out.append(in.data() + i, n);
      i += n;
    }
  }
  return replaced;
}

std::size_t CodePointCount(std::string_view s) {
  std::size_t count = 0;
  for (std::size_t i = 0; i < s.size();) {
    // Eight ASCII bytes are eight code points: every block's text is
    // counted, and most of it is ASCII.
    if (i + 8 <= s.size()) {
      std::uint64_t chunk;
      std::memcpy(&chunk, s.data() + i, 8);
      if ((chunk & 0x8080808080808080ULL) == 0) {
        i += 8;
        count += 8;
        continue;
      }
    }
    std::size_t n = Utf8SequenceLength(s, i);
    i += n == 0 ? 1 : n;
    ++count;
  }
  return count;
}

}  // namespace klartext
