#include "decode/sniff.h"

#include <cstdint>
#include <cstring>
#include <string>

#include "core/utf8.h"

namespace klartext::decode {
namespace {

constexpr std::uint32_t kReplacement = 0xFFFD;

constexpr bool IsHttpSpace(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r'; }
constexpr char Lower(char c) { return (c >= 'A' && c <= 'Z') ? static_cast<char>(c - 'A' + 'a') : c; }

std::string_view Trim(std::string_view s) {
  while (!s.empty() && IsHttpSpace(s.front())) s.remove_prefix(1);
  while (!s.empty() && IsHttpSpace(s.back())) s.remove_suffix(1);
  return s;
}

bool EqualsNoCase(std::string_view a, std::string_view lower) {
  if (a.size() != lower.size()) return false;
  for (std::size_t i = 0; i < a.size(); ++i) {
    if (Lower(a[i]) != lower[i]) return false;
  }
  return true;
}

// Length of the UTF-8 sequence a lead byte announces, 0 if it is no lead.
std::size_t AnnouncedLength(unsigned char b) {
  if (b >= 0xC2 && b <= 0xDF) return 2;
  if (b >= 0xE0 && b <= 0xEF) return 3;
  if (b >= 0xF0 && b <= 0xF4) return 4;
  return 0;
}

// True if bytes[pos..] is the start of a multi-byte sequence that the end of
// the input cut short: a lead byte followed only by continuation bytes.
bool IsTruncatedTail(std::string_view bytes, std::size_t pos) {
  const std::size_t need = AnnouncedLength(static_cast<unsigned char>(bytes[pos]));
  const std::size_t have = bytes.size() - pos;
  if (need == 0 || have >= need) return false;
  for (std::size_t i = pos + 1; i < bytes.size(); ++i) {
    if ((static_cast<unsigned char>(bytes[i]) & 0xC0) != 0x80) return false;
  }
  return true;
}

// Index of the first byte ≥ 0x80, eight bytes at a time.
std::size_t AsciiPrefixLength(std::string_view s) {
  std::size_t i = 0;
  while (i + 8 <= s.size()) {
    std::uint64_t chunk;
    std::memcpy(&chunk, s.data() + i, 8);
    if (chunk & 0x8080808080808080ULL) break;
    i += 8;
  }
  while (i < s.size() && static_cast<unsigned char>(s[i]) < 0x80) ++i;
  return i;
}

}  // namespace

std::optional<Bom> SniffBom(std::string_view b) {
  if (b.size() >= 3 && b[0] == '\xEF' && b[1] == '\xBB' && b[2] == '\xBF') {
    return Bom{Encoding::kUtf8, 3};
  }
  if (b.size() >= 2 && b[0] == '\xFE' && b[1] == '\xFF') return Bom{Encoding::kUtf16Be, 2};
  if (b.size() >= 2 && b[0] == '\xFF' && b[1] == '\xFE') return Bom{Encoding::kUtf16Le, 2};
  return std::nullopt;
}

std::optional<Encoding> EncodingFromContentType(std::string_view ct) {
  // Parameters follow the first ';' (the type/subtype comes before it).
  std::size_t i = ct.find(';');
  if (i == std::string_view::npos) return std::nullopt;
  const std::size_t n = ct.size();
  for (++i; i < n; ++i) {  // each turn reads one parameter; ++i steps past ';'
    const std::size_t name_begin = i;
    while (i < n && ct[i] != ';' && ct[i] != '=') ++i;
    const std::string_view name = Trim(ct.substr(name_begin, i - name_begin));
    if (i >= n) break;
    if (ct[i] == ';') continue;  // a parameter without a value
    ++i;                         // past '='
    std::string value;
    if (i < n && ct[i] == '"') {
      // A quoted-string: a backslash escapes the byte after it.
      for (++i; i < n && ct[i] != '"'; ++i) {
        if (ct[i] == '\\' && i + 1 < n) ++i;
        value.push_back(ct[i]);
      }
      while (i < n && ct[i] != ';') ++i;
    } else {
      const std::size_t value_begin = i;
      while (i < n && ct[i] != ';') ++i;
      value = Trim(ct.substr(value_begin, i - value_begin));
    }
    // The first charset parameter decides, even when its label is unknown.
    if (EqualsNoCase(name, "charset")) return EncodingForLabel(value);
  }
  return std::nullopt;
}

ContentSniff SniffContent(std::string_view bytes) {
  const std::size_t ascii = AsciiPrefixLength(bytes);
  if (ascii == bytes.size()) return {Encoding::kUtf8, true, true};
  const std::string_view rest = bytes.substr(ascii);
  if (IsValidUtf8(rest)) return {Encoding::kUtf8, false, true};

  // Not clean UTF-8: weigh valid multi-byte sequences against invalid bytes.
  std::size_t valid_multibyte = 0;
  std::size_t invalid = 0;
  std::size_t i = 0;
  while (i < rest.size()) {
    if (static_cast<unsigned char>(rest[i]) < 0x80) {
      ++i;
      continue;
    }
    const std::size_t start = i;
    const std::uint32_t cp = NextCodePoint(rest, i);
    if (cp == kReplacement && i - start == 1) {  // invalid (a real U+FFFD is 3 bytes)
      if (IsTruncatedTail(rest, start)) break;
      ++invalid;
    } else {
      ++valid_multibyte;
    }
  }
  const bool utf8 = invalid == 0 || valid_multibyte >= kMixedUtf8Ratio * invalid;
  return {utf8 ? Encoding::kUtf8 : Encoding::kWindows1252, false, false};
}

}  // namespace klartext::decode
