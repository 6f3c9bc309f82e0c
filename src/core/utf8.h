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

// Appends the UTF-8 encoding of code point cp (U+FFFD if cp is invalid).
void AppendUtf8(std::string& out, std::uint32_t cp);

// Decodes the code point at s[i] and advances i; invalid bytes yield
// U+FFFD and advance by one. REQUIRES: i < s.size().
std::uint32_t NextCodePoint(std::string_view s, std::size_t& i);

// ISO-8859-1 bytes to UTF-8 (each byte is its code point).
std::string Latin1ToUtf8(std::string_view bytes);

// Replaces invalid sequences by U+FFFD; returns true if any was replaced.
bool SanitizeUtf8(std::string_view in, std::string& out);

// Number of code points (invalid bytes count one each).
std::size_t CodePointCount(std::string_view s);

}  // namespace klartext

#endif  // KLARTEXT_CORE_UTF8_H_
