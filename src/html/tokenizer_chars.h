// html/tokenizer_chars.h: the byte classes of the HTML tokenizer.
// Non-ASCII bytes are never special: they are copied through as they are.
#ifndef KLARTEXT_HTML_TOKENIZER_CHARS_H_
#define KLARTEXT_HTML_TOKENIZER_CHARS_H_

#include <array>
#include <cstdint>
#include <string_view>

namespace klartext::html::chars {

// U+FFFD, which replaces NUL wherever the standard says so.
inline constexpr std::string_view kReplacement = "\xEF\xBF\xBD";

// Tab, LF, FF and space (CR is gone after input normalisation).
inline bool IsSpace(char c) { return c == ' ' || c == '\n' || c == '\t' || c == '\f'; }
inline bool IsAlpha(char c) { return static_cast<unsigned char>((c | 0x20) - 'a') < 26; }
inline bool IsUpper(char c) { return static_cast<unsigned char>(c - 'A') < 26; }
inline char ToLower(char c) { return IsUpper(c) ? static_cast<char>(c + 32) : c; }

// Byte classes for the tag loops, one table lookup per byte instead of a
// chain of comparisons.
enum ByteClass : std::uint8_t {
  kSpaceByte = 1,           // IsSpace
  kEndsTagName = 2,         // space, '/', '>'
  kEndsAttributeName = 4,   // space, '/', '>', '='
  kRewrittenInName = 8,     // 'A'-'Z' (lower-cased) and NUL (U+FFFD)
  kEndsUnquotedValue = 16,  // space, '>', and '&' / NUL, which need decoding
};

inline constexpr std::array<std::uint8_t, 256> kByteClasses = [] {
  std::array<std::uint8_t, 256> t{};
  for (unsigned char c : {' ', '\n', '\t', '\f'}) {
    t[c] |= kSpaceByte | kEndsTagName | kEndsAttributeName | kEndsUnquotedValue;
  }
  t['/'] |= kEndsTagName | kEndsAttributeName;
  t['>'] |= kEndsTagName | kEndsAttributeName | kEndsUnquotedValue;
  t['='] |= kEndsAttributeName;
  t['&'] |= kEndsUnquotedValue;
  t[0] |= kRewrittenInName | kEndsUnquotedValue;
  for (int c = 'A'; c <= 'Z'; ++c) t[c] |= kRewrittenInName;
  return t;
}();

inline bool Is(char c, ByteClass cls) { return (kByteClasses[static_cast<unsigned char>(c)] & cls) != 0; }

// Whether [p, p + word.size()) equals the lower-case `word`, ignoring ASCII case.
inline bool StartsWithIgnoringCase(const char* p, const char* end, std::string_view word) {
  if (static_cast<std::size_t>(end - p) < word.size()) return false;
  for (std::size_t i = 0; i < word.size(); ++i) {
    if (ToLower(p[i]) != word[i]) return false;
  }
  return true;
}

}  // namespace klartext::html::chars

#endif  // KLARTEXT_HTML_TOKENIZER_CHARS_H_
