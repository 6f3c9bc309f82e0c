// decode/decode.h: the bytes of a page to UTF-8, whatever they were in.
//
// The order of evidence follows the WHATWG encoding sniffing algorithm: a
// byte-order mark, then the HTTP Content-Type charset, then <meta charset>
// or <meta http-equiv="Content-Type"> in the first 1024 bytes, then a sniff
// of the bytes themselves; UTF-8 when nothing says otherwise. Labels are
// resolved per the WHATWG Encoding Standard ("latin1" and "iso-8859-1" mean
// windows-1252, as browsers do).
//
// Invalid byte sequences become U+FFFD; decoding never fails.
// Thread safety: pure functions.
#ifndef KLARTEXT_DECODE_DECODE_H_
#define KLARTEXT_DECODE_DECODE_H_

#include <string>
#include <string_view>

namespace klartext::decode {

struct Decoded {
  std::string utf8;
  std::string encoding;  // canonical WHATWG name: "utf-8", "windows-1252", …
  std::string source;    // "bom", "content-type", "meta", "sniffed", "default"
  bool invalid_bytes = false;  // some bytes were replaced by U+FFFD
};

// Decodes `bytes` to UTF-8. `content_type` is the HTTP header value or "".
// `is_html` enables the <meta> prescan.
Decoded DecodeToUtf8(std::string_view bytes, std::string_view content_type, bool is_html);

}  // namespace klartext::decode

#endif  // KLARTEXT_DECODE_DECODE_H_
