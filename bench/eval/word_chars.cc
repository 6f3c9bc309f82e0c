#include "word_chars.h"

#include <algorithm>

namespace klartext::eval {

bool IsWordChar(char32_t cp) {
  if (cp < 0x80) {  // the common case, without the search
    return (cp >= '0' && cp <= '9') || (cp >= 'A' && cp <= 'Z') ||
           (cp >= 'a' && cp <= 'z') || cp == '_';
  }
  const CodePointRange* end = kWordCharRanges + kWordCharRangeCount;
  // The first range whose last code point is at or after cp.
  const CodePointRange* r = std::lower_bound(
      kWordCharRanges, end, cp,
      [](const CodePointRange& range, char32_t c) { return range.last < c; });
  return r != end && r->first <= cp;
}

}  // namespace klartext::eval
