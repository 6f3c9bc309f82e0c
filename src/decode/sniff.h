// decode/sniff.h: the evidence about an encoding outside the <meta> prescan:
// a byte-order mark, the HTTP Content-Type charset, and the bytes themselves.
// Thread safety: pure functions.
#ifndef KLARTEXT_DECODE_SNIFF_H_
#define KLARTEXT_DECODE_SNIFF_H_

#include <cstddef>
#include <optional>
#include <string_view>

#include "decode/labels.h"

namespace klartext::decode {

struct Bom {
  Encoding encoding;
  std::size_t length;  // bytes to drop before decoding
};

// EF BB BF → utf-8, FF FE → utf-16le, FE FF → utf-16be ("BOM sniff").
std::optional<Bom> SniffBom(std::string_view bytes);

// The charset parameter of a Content-Type value, resolved as a label:
// `text/html; charset="ISO-8859-1"` → windows-1252. The first charset
// parameter counts, quoted or not; nullopt when there is none or its label
// is unknown.
std::optional<Encoding> EncodingFromContentType(std::string_view content_type);

// What the bytes say when nothing was declared.
struct ContentSniff {
  Encoding encoding;  // kUtf8 or kWindows1252
  bool all_ascii;     // no byte ≥ 0x80: the bytes are silent on the question
  bool valid_utf8;    // the bytes are well-formed UTF-8 (all_ascii implies it)
};

// UTF-8 when the bytes are UTF-8, else windows-1252 — with two allowances
// for damaged UTF-8 that would otherwise turn a whole page into mojibake:
// a multi-byte sequence cut off by the end of the input does not count
// against UTF-8 (captures get truncated), and a page whose valid multi-byte
// sequences outnumber its invalid bytes kMixedUtf8Ratio to one stays UTF-8
// (a stray legacy byte pasted into a UTF-8 page). Windows-1252 text almost
// never forms a valid UTF-8 multi-byte sequence by chance ("Ã¤" would have
// to be written), so the allowance does not misread real legacy pages.
ContentSniff SniffContent(std::string_view bytes);

inline constexpr std::size_t kMixedUtf8Ratio = 4;

}  // namespace klartext::decode

#endif  // KLARTEXT_DECODE_SNIFF_H_
