// bench/eval/utf8_read.h: reading code points out of UTF-8 for the metrics.
//
// The metrics must not depend on the library they measure, so this is the
// evaluation's own small decoder. Invalid bytes decode as U+FFFD and
// advance one byte, so any input can be scanned. Thread safety: pure.
#ifndef KLARTEXT_BENCH_EVAL_UTF8_READ_H_
#define KLARTEXT_BENCH_EVAL_UTF8_READ_H_

#include <cstddef>
#include <string_view>

namespace klartext::eval {

inline constexpr char32_t kReplacementChar = 0xFFFD;

// Decodes the code point at s[i] and advances i past it.
// REQUIRES: i < s.size().
inline char32_t ReadCodePoint(std::string_view s, std::size_t& i) {
  const auto byte = [&](std::size_t k) { return static_cast<unsigned char>(s[k]); };
  const unsigned char b0 = byte(i);
  if (b0 < 0x80) {
    ++i;
    return b0;
  }
  std::size_t len = 0;
  char32_t cp = 0;
  char32_t min = 0;  // smallest code point allowed at this length (no overlongs)
  if ((b0 & 0xE0) == 0xC0) {
    len = 2, cp = b0 & 0x1F, min = 0x80;
  } else if ((b0 & 0xF0) == 0xE0) {
    len = 3, cp = b0 & 0x0F, min = 0x800;
  } else if ((b0 & 0xF8) == 0xF0) {
    len = 4, cp = b0 & 0x07, min = 0x10000;
  } else {
    ++i;
    return kReplacementChar;
  }
  if (i + len > s.size()) {
    ++i;
    return kReplacementChar;
  }
  for (std::size_t k = 1; k < len; ++k) {
    const unsigned char b = byte(i + k);
    if ((b & 0xC0) != 0x80) {
      ++i;
      return kReplacementChar;
    }
    cp = (cp << 6) | (b & 0x3F);
  }
  if (cp < min || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF)) {
    ++i;
    return kReplacementChar;
  }
  i += len;
  return cp;
}

}  // namespace klartext::eval

#endif  // KLARTEXT_BENCH_EVAL_UTF8_READ_H_
