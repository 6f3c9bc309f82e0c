#include "html/entities.h"

#include <algorithm>

namespace klartext::html {
namespace {

// Numeric references above this stop growing: the value is already invalid
// (> U+10FFFF) and becomes U+FFFD, and a long digit run must not overflow.
constexpr std::uint32_t kNumericSaturation = 0x110000;

constexpr char32_t kReplacement = 0xFFFD;

// HTML Standard 13.2.5.80: C1 controls in numeric references are read as
// the windows-1252 characters at those bytes (0 = no replacement).
constexpr char16_t kWindows1252C1[32] = {
    0x20AC, 0,      0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021,  // 80-87
    0x02C6, 0x2030, 0x0160, 0x2039, 0x0152, 0,      0x017D, 0,       // 88-8F
    0,      0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014,  // 90-97
    0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0,      0x017E, 0x0178,  // 98-9F
};

bool IsAsciiAlnum(char c) {
  return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
}

int HexValue(char c) {
  if (c >= '0' && c <= '9') return c - '0';
  if (c >= 'a' && c <= 'f') return c - 'a' + 10;
  if (c >= 'A' && c <= 'F') return c - 'A' + 10;
  return -1;
}

const NamedReference* FindExact(std::string_view name) {
  const NamedReference* begin = kNamedReferences;
  const NamedReference* end = kNamedReferences + kNamedReferenceCount;
  const NamedReference* it = std::lower_bound(
      begin, end, name, [](const NamedReference& r, std::string_view n) { return r.name < n; });
  return it != end && it->name == name ? it : nullptr;
}

}  // namespace

const NamedReference* MatchNamedReference(std::string_view text) {
  // Only alphanumerics and a final ';' can be part of a name.
  std::size_t n = 0;
  while (n < text.size() && n < kMaxNamedReferenceLength && IsAsciiAlnum(text[n])) ++n;
  if (n < text.size() && n < kMaxNamedReferenceLength && text[n] == ';') ++n;
  // The references pages are full of (in URLs and text), known without the
  // binary search: the longest candidate is tried first below, and these
  // are whole names, so a candidate equal to one is the answer.
  static const NamedReference* const kFrequent[] = {FindExact("amp;"), FindExact("nbsp;"), FindExact("quot;"),
                                                    FindExact("lt;"), FindExact("gt;")};
  const std::string_view longest = text.substr(0, n);
  for (const NamedReference* r : kFrequent) {
    if (r != nullptr && r->name == longest) return r;
  }
  for (; n >= 2; --n) {  // the shortest names ("lt", "gt") have two chars
    if (const NamedReference* r = FindExact(text.substr(0, n))) return r;
  }
  return nullptr;
}

void AppendUtf8(std::uint32_t cp, std::string* out) {
  if (cp < 0x80) {
    out->push_back(static_cast<char>(cp));
  } else if (cp < 0x800) {
    out->push_back(static_cast<char>(0xC0 | (cp >> 6)));
    out->push_back(static_cast<char>(0x80 | (cp & 0x3F)));
  } else if (cp < 0x10000) {
    out->push_back(static_cast<char>(0xE0 | (cp >> 12)));
    out->push_back(static_cast<char>(0x80 | ((cp >> 6) & 0x3F)));
    out->push_back(static_cast<char>(0x80 | (cp & 0x3F)));
  } else {
    out->push_back(static_cast<char>(0xF0 | (cp >> 18)));
    out->push_back(static_cast<char>(0x80 | ((cp >> 12) & 0x3F)));
    out->push_back(static_cast<char>(0x80 | ((cp >> 6) & 0x3F)));
    out->push_back(static_cast<char>(0x80 | (cp & 0x3F)));
  }
}

void AppendNumericReference(std::uint32_t cp, std::string* out) {
  if (cp == 0 || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF)) {
    cp = kReplacement;
  } else if (cp >= 0x80 && cp <= 0x9F && kWindows1252C1[cp - 0x80] != 0) {
    cp = kWindows1252C1[cp - 0x80];
  }
  AppendUtf8(cp, out);
}

const char* DecodeCharacterReference(const char* amp, const char* end, bool in_attribute,
                                     std::string* out) {
  const char* p = amp + 1;
  if (p == end) return nullptr;
  if (*p == '#') {
    ++p;
    const bool hex = p != end && (*p == 'x' || *p == 'X');
    if (hex) ++p;
    const char* digits = p;
    std::uint32_t value = 0;
    for (; p != end; ++p) {
      const int d = hex ? HexValue(*p) : (*p >= '0' && *p <= '9' ? *p - '0' : -1);
      if (d < 0) break;
      value = std::min<std::uint32_t>(value * (hex ? 16 : 10) + static_cast<std::uint32_t>(d),
                                      kNumericSaturation);
    }
    if (p == digits) return nullptr;  // "&#" or "&#x" without digits stays as is
    if (p != end && *p == ';') ++p;
    AppendNumericReference(value, out);
    return p;
  }
  const NamedReference* r = MatchNamedReference({p, static_cast<std::size_t>(end - p)});
  if (r == nullptr) return nullptr;
  const char* after = p + r->name.size();
  if (in_attribute && r->name.back() != ';' && after != end && (*after == '=' || IsAsciiAlnum(*after))) {
    return nullptr;
  }
  out->append(r->value);
  return after;
}

}  // namespace klartext::html
