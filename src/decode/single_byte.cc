// Table decoders for the two legacy single-byte encodings most German and
// Western European pages use. The upper halves below are the Encoding
// Standard's index-windows-1252.txt and index-iso-8859-15.txt; the lower
// half of both is ASCII.
#include <array>
#include <cstdint>
#include <cstring>

#include "decode/convert.h"

namespace klartext::decode {
namespace {

using HighHalf = std::array<std::uint16_t, 128>;  // code points of 0x80..0xFF

constexpr HighHalf Identity() {
  HighHalf t{};
  for (std::size_t i = 0; i < t.size(); ++i) t[i] = static_cast<std::uint16_t>(0x80 + i);
  return t;
}

constexpr HighHalf Windows1252() {
  HighHalf t = Identity();
  // 0x80..0x9F: typographic characters where ISO-8859-1 has C1 controls.
  // 0x81, 0x8D, 0x8F, 0x90 and 0x9D are unassigned and stay C1 controls.
  constexpr std::uint16_t kC1[32] = {
      0x20AC, 0x0081, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021,  // 80-87
      0x02C6, 0x2030, 0x0160, 0x2039, 0x0152, 0x008D, 0x017D, 0x008F,  // 88-8F
      0x0090, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014,  // 90-97
      0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0x009D, 0x017E, 0x0178,  // 98-9F
  };
  for (std::size_t i = 0; i < 32; ++i) t[i] = kC1[i];
  return t;
}

constexpr HighHalf Iso8859_15() {
  HighHalf t = Identity();  // ISO-8859-1 but for eight letters and the euro
  t[0xA4 - 0x80] = 0x20AC;  // €
  t[0xA6 - 0x80] = 0x0160;  // Š
  t[0xA8 - 0x80] = 0x0161;  // š
  t[0xB4 - 0x80] = 0x017D;  // Ž
  t[0xB8 - 0x80] = 0x017E;  // ž
  t[0xBC - 0x80] = 0x0152;  // Œ
  t[0xBD - 0x80] = 0x0153;  // œ
  t[0xBE - 0x80] = 0x0178;  // Ÿ
  return t;
}

// The UTF-8 bytes of each upper-half code point, worked out at compile time
// so the decoding loop is a lookup and a short copy.
struct Utf8Bytes {
  char bytes[3];
  std::uint8_t length;
};
using Utf8Table = std::array<Utf8Bytes, 128>;

constexpr Utf8Table ToUtf8(const HighHalf& cps) {
  Utf8Table t{};
  for (std::size_t i = 0; i < cps.size(); ++i) {
    const std::uint32_t cp = cps[i];  // all ≥ 0x80 and < 0x10000
    if (cp < 0x800) {
      t[i] = {{static_cast<char>(0xC0 | (cp >> 6)), static_cast<char>(0x80 | (cp & 0x3F)), 0}, 2};
    } else {
      t[i] = {{static_cast<char>(0xE0 | (cp >> 12)), static_cast<char>(0x80 | ((cp >> 6) & 0x3F)),
               static_cast<char>(0x80 | (cp & 0x3F))},
              3};
    }
  }
  return t;
}

constexpr Utf8Table kWindows1252 = ToUtf8(Windows1252());
constexpr Utf8Table kIso8859_15 = ToUtf8(Iso8859_15());

void DecodeWithTable(const Utf8Table& table, std::string_view bytes, std::string& out) {
  out.clear();
  out.reserve(bytes.size() + bytes.size() / 4);
  const char* p = bytes.data();
  const std::size_t n = bytes.size();
  std::size_t i = 0;
  while (i < n) {
    // Copy a run of ASCII, eight bytes at a time.
    std::size_t run = i;
    while (run + 8 <= n) {
      std::uint64_t chunk;
      std::memcpy(&chunk, p + run, 8);
      if (chunk & 0x8080808080808080ULL) break;
      run += 8;
    }
    while (run < n && static_cast<unsigned char>(p[run]) < 0x80) ++run;
    out.append(p + i, run - i);
    i = run;
    // Then the bytes of the upper half that follow.
    while (i < n && static_cast<unsigned char>(p[i]) >= 0x80) {
      const Utf8Bytes& u = table[static_cast<unsigned char>(p[i]) - 0x80];
      out.append(u.bytes, u.length);
      ++i;
    }
  }
}

}  // namespace

void DecodeWindows1252(std::string_view bytes, std::string& out) {
  DecodeWithTable(kWindows1252, bytes, out);
}

void DecodeIso8859_15(std::string_view bytes, std::string& out) {
  DecodeWithTable(kIso8859_15, bytes, out);
}

}  // namespace klartext::decode
