// core/utf8.h: small UTF-8 helpers used by every stage.
// Thread safety: pure functions.
#ifndef KLARTEXT_CORE_UTF8_H_
#define KLARTEXT_CORE_UTF8_H_

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>

namespace klartext {

// True if `s` is well-formed UTF-8 (no overlongs, no surrogates, ≤ U+10FFFF).
bool IsValidUtf8(std::string_view s);

// U+FFFD REPLACEMENT CHARACTER: what a broken sequence decodes to.
inline constexpr std::uint32_t kReplacementCharacter = 0xFFFD;

// Appends the UTF-8 encoding of code point cp (U+FFFD if cp is invalid).
void AppendUtf8(std::string& out, std::uint32_t cp);

// Length of the well-formed sequence at s[i] (1 to 4), or 0 if it is
// ill-formed: the table of well-formed byte sequences in Unicode §3.9 (no
// overlongs, no surrogates, nothing past U+10FFFF). REQUIRES: i < s.size().
// Inline, as NextCodePoint: every non-ASCII character of every text that
// is counted, folded or written out goes through it.
inline std::size_t Utf8SequenceLength(std::string_view s, std::size_t i) {
  const auto b0 = static_cast<unsigned char>(s[i]);
  if (b0 < 0x80) return 1;
  const std::size_t left = s.size() - i;
  const auto at = [&](std::size_t k) { return static_cast<unsigned char>(s[i + k]); };
  const auto is_cont = [](unsigned char b) { return (b & 0xC0) == 0x80; };
  if (b0 >= 0xC2 && b0 <= 0xDF) return left >= 2 && is_cont(at(1)) ? 2 : 0;
  // The second byte's range narrows after E0 and ED (F0 and F4).
  if (b0 >= 0xE0 && b0 <= 0xEF) {
    if (left < 3 || !is_cont(at(2))) return 0;
    const unsigned char lo = b0 == 0xE0 ? 0xA0 : 0x80, hi = b0 == 0xED ? 0x9F : 0xBF;
    return at(1) >= lo && at(1) <= hi ? 3 : 0;
  }
  if (b0 >= 0xF0 && b0 <= 0xF4) {
    if (left < 4 || !is_cont(at(2)) || !is_cont(at(3))) return 0;
    const unsigned char lo = b0 == 0xF0 ? 0x90 : 0x80, hi = b0 == 0xF4 ? 0x8F : 0xBF;
    return at(1) >= lo && at(1) <= hi ? 4 : 0;
  }
  return 0;
}

// Decodes the code point at s[i] and advances i; invalid bytes yield
// U+FFFD and advance by one. REQUIRES: i < s.size().
inline std::uint32_t NextCodePoint(std::string_view s, std::size_t& i) {
  const std::size_t n = Utf8SequenceLength(s, i);
  const auto* p = reinterpret_cast<const unsigned char*>(s.data() + i);
  switch (n) {
    case 0:
      ++i;
      return kReplacementCharacter;
    case 1:
      ++i;
      return p[0];
    case 2:
      i += 2;
      return ((p[0] & 0x1Fu) << 6) | (p[1] & 0x3Fu);
    case 3:
      i += 3;
      return ((p[0] & 0x0Fu) << 12) | ((p[1] & 0x3Fu) << 6) | (p[2] & 0x3Fu);
    default:
      i += 4;
      return ((p[0] & 0x07u) << 18) | ((p[1] & 0x3Fu) << 12) | ((p[2] & 0x3Fu) << 6) | (p[3] & 0x3Fu);
  }
}

// ISO-8859-1 bytes to UTF-8 (each byte is its code point).
std::string Latin1ToUtf8(std::string_view bytes);

// Replaces invalid sequences by U+FFFD; returns true if any was replaced.
bool SanitizeUtf8(std::string_view in, std::string& out);

// Number of code points (invalid bytes count one each).
std::size_t CodePointCount(std::string_view s);

}  // namespace klartext

#endif  // KLARTEXT_CORE_UTF8_H_
