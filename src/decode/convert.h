// decode/convert.h: bytes in a known encoding to UTF-8.
//
// UTF-8, UTF-16, windows-1252, ISO-8859-15, x-user-defined and replacement
// are decoded by our own loops (the first four are nearly every page we
// see); every other encoding goes through glibc iconv. Each decoder turns
// bytes it cannot decode into U+FFFD and says so; none fails, loops or reads
// out of bounds on any input. Thread safety: pure functions (iconv handles
// are opened per call, never shared).
#ifndef KLARTEXT_DECODE_CONVERT_H_
#define KLARTEXT_DECODE_CONVERT_H_

#include <string>
#include <string_view>

#include "decode/labels.h"

namespace klartext::decode {

struct ConvertResult {
  bool available = true;       // false: no converter for the encoding here
  bool invalid_bytes = false;  // some input became U+FFFD
};

// Decodes all of `bytes` (without any byte-order mark) as `e` into `out`,
// replacing its contents. When !available, `out` is left empty.
ConvertResult ConvertToUtf8(Encoding e, std::string_view bytes, std::string& out);

// The individual decoders; each returns true if it replaced invalid input.
// UTF-8: kept as is when valid (one fast pass), otherwise every invalid
// byte becomes U+FFFD (core/utf8.h SanitizeUtf8).
bool DecodeUtf8(std::string_view bytes, std::string& out);
// UTF-16: unpaired surrogates and an odd final byte become U+FFFD.
bool DecodeUtf16(std::string_view bytes, bool big_endian, std::string& out);
// The single-byte tables of single_byte.cc. Every byte maps to a code point
// (windows-1252's five unassigned bytes map to C1 controls, as the Encoding
// Standard's index does), so these never report invalid input.
void DecodeWindows1252(std::string_view bytes, std::string& out);
void DecodeIso8859_15(std::string_view bytes, std::string& out);
// glibc iconv from `iconv_name` to UTF-8. Invalid or truncated input becomes
// U+FFFD, one per skipped byte. Returns !available if iconv_open fails.
ConvertResult DecodeWithIconv(std::string_view iconv_name, std::string_view bytes, std::string& out);

}  // namespace klartext::decode

#endif  // KLARTEXT_DECODE_CONVERT_H_
