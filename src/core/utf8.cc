#include "core/utf8.h"

#include <cstring>

#include <simdjson.h>

namespace klartext {
bool IsValidUtf8(std::string_view s) {
  // simdjson's validator (the same strict rules: no overlong forms, no
  // surrogates, nothing above U+10FFFF) checks 32 or 64 bytes per step on
  // the CPU it finds at run time: every page is validated once, whole.
  return simdjson::validate_utf8(s.data(), s.size());
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
