// Dispatch to a decoder, and the small decoders that need no table:
// UTF-8, UTF-16, x-user-defined, replacement.
#include "decode/convert.h"

#include <cstdint>

#include "core/utf8.h"

namespace klartext::decode {
namespace {

constexpr std::uint32_t kReplacement = 0xFFFD;

bool IsLeadSurrogate(std::uint32_t u) { return u >= 0xD800 && u <= 0xDBFF; }
bool IsTrailSurrogate(std::uint32_t u) { return u >= 0xDC00 && u <= 0xDFFF; }

// x-user-defined: ASCII stays, 0x80..0xFF go to U+F780..U+F7FF.
void DecodeXUserDefined(std::string_view bytes, std::string& out) {
  out.clear();
  out.reserve(bytes.size() * 2);
  for (char c : bytes) {
    const auto b = static_cast<unsigned char>(c);
    AppendUtf8(out, b < 0x80 ? b : 0xF780u + (b - 0x80u));
  }
}

}  // namespace

bool DecodeUtf8(std::string_view bytes, std::string& out) {
  if (IsValidUtf8(bytes)) {
    out.assign(bytes);
    return false;
  }
  return SanitizeUtf8(bytes, out);
}

bool DecodeUtf16(std::string_view bytes, bool big_endian, std::string& out) {
  out.clear();
  out.reserve(bytes.size() + bytes.size() / 2);
  const auto* p = reinterpret_cast<const unsigned char*>(bytes.data());
  const std::size_t n = bytes.size();
  auto unit = [&](std::size_t i) -> std::uint32_t {
    return big_endian ? (std::uint32_t{p[i]} << 8) | p[i + 1] : (std::uint32_t{p[i + 1]} << 8) | p[i];
  };
  bool invalid = false;
  std::size_t i = 0;
  for (; i + 1 < n; i += 2) {
    const std::uint32_t u = unit(i);
    if (IsLeadSurrogate(u)) {
      if (i + 3 < n && IsTrailSurrogate(unit(i + 2))) {
        AppendUtf8(out, 0x10000 + ((u - 0xD800) << 10) + (unit(i + 2) - 0xDC00));
        i += 2;
        continue;
      }
      AppendUtf8(out, kReplacement);
      invalid = true;
    } else if (IsTrailSurrogate(u)) {
      AppendUtf8(out, kReplacement);
      invalid = true;
    } else {
      AppendUtf8(out, u);
    }
  }
  if (i < n) {  // an odd byte left over
    AppendUtf8(out, kReplacement);
    invalid = true;
  }
  return invalid;
}

ConvertResult ConvertToUtf8(Encoding e, std::string_view bytes, std::string& out) {
  ConvertResult r;
  switch (e) {
    case Encoding::kUtf8:
      r.invalid_bytes = DecodeUtf8(bytes, out);
      return r;
    case Encoding::kWindows1252:
      DecodeWindows1252(bytes, out);
      return r;
    case Encoding::kIso8859_15:
      DecodeIso8859_15(bytes, out);
      return r;
    case Encoding::kUtf16Le:
    case Encoding::kUtf16Be:
      r.invalid_bytes = DecodeUtf16(bytes, e == Encoding::kUtf16Be, out);
      return r;
    case Encoding::kXUserDefined:
      DecodeXUserDefined(bytes, out);
      return r;
    case Encoding::kReplacement:
      // The standard's decoder for ISO-2022-KR, HZ and the like: any input
      // is one U+FFFD, so their escape sequences cannot smuggle markup.
      out.clear();
      if (!bytes.empty()) {
        AppendUtf8(out, kReplacement);
        r.invalid_bytes = true;
      }
      return r;
    default:
      return DecodeWithIconv(IconvName(e), bytes, out);
  }
}

}  // namespace klartext::decode
