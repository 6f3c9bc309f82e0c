// decode/decode.h: the bytes of a page to UTF-8, whatever they were in.
//
// The order of evidence follows the WHATWG encoding sniffing algorithm:
//   1. a byte-order mark (UTF-8, UTF-16LE, UTF-16BE), which is stripped;
//   2. the charset of the HTTP Content-Type (`text/html; charset=…`);
//   3. for HTML, <meta charset> or <meta http-equiv="Content-Type"> found by
//      the HTML Standard's prescan of the first 1024 bytes, or failing that
//      a <meta> later in the <head> (decode/prescan.h);
//   4. a sniff of the bytes: UTF-8 if they are UTF-8 (allowing a sequence
//      cut off at the end and rare stray bytes, decode/sniff.h), else
//      windows-1252;
//   5. UTF-8 by default, when the bytes are pure ASCII and say nothing.
// Labels are resolved per the WHATWG Encoding Standard ("latin1" and
// "iso-8859-1" mean windows-1252, as in browsers; a <meta> naming UTF-16
// means UTF-8). A label that names no encoding is no evidence: the next step
// decides. A declaration beats the bytes even when it is wrong, as in
// browsers: the undecodable bytes become U+FFFD and invalid_bytes is set.
//
// Invalid byte sequences become U+FFFD; decoding never fails. See
// doc/decoding.md.
// Thread safety: pure functions.
#ifndef KLARTEXT_DECODE_DECODE_H_
#define KLARTEXT_DECODE_DECODE_H_

#include <string>
#include <string_view>

namespace klartext::decode {

struct Decoded {
  // The text, in UTF-8: `utf8`, or from DecodeToUtf8Borrowing the input
  // itself when it needed no change (`borrowed`; `utf8` is then empty).
  std::string_view text() const { return borrowed ? input : std::string_view(utf8); }
  std::string utf8;
  bool borrowed = false;
  std::string_view input;  // when borrowed: the caller's bytes
  std::string encoding;  // canonical WHATWG name: "utf-8", "windows-1252", …
  std::string source;    // "bom", "content-type", "meta", "sniffed", "default"
                         // ("default": pure ASCII, no declaration)
  bool invalid_bytes = false;  // some bytes were replaced by U+FFFD
};

// Decodes `bytes` to UTF-8. `content_type` is the HTTP header value or "".
// `is_html` enables the <meta> prescan.
Decoded DecodeToUtf8(std::string_view bytes, std::string_view content_type, bool is_html);
// The same, but bytes that are valid UTF-8 already (no byte-order mark) are
// not copied: the result borrows them, so `bytes` must outlive it. For
// Extract, which holds the page for the whole call: copying every page cost
// ~2 % of a run (doc/performance.md).
Decoded DecodeToUtf8Borrowing(std::string_view bytes, std::string_view content_type, bool is_html);

}  // namespace klartext::decode

#endif  // KLARTEXT_DECODE_DECODE_H_
