// The order of evidence: which encoding the bytes are in, and who said so.
#include "decode/decode.h"

#include "core/utf8.h"
#include "decode/convert.h"
#include "decode/prescan.h"
#include "decode/sniff.h"

namespace klartext::decode {
namespace {

// Decodes `bytes` as `e` into `out` and records the evidence. False (and
// `out` untouched but for its text) when no converter for `e` exists here,
// so that the caller falls through to the next piece of evidence.
// Valid UTF-8 declared as UTF-8 (most pages) is borrowed, not converted.
bool TryDecode(std::string_view bytes, Encoding e, const char* source, Decoded& out) {
  out.encoding = std::string(EncodingName(e));
  out.source = source;
  if (e == Encoding::kUtf8 && IsValidUtf8(bytes)) {
    out.borrowed = true;
    out.input = bytes;
    out.invalid_bytes = false;
    return true;
  }
  ConvertResult r = ConvertToUtf8(e, bytes, out.utf8);
  if (!r.available) {
    out.encoding.clear();
    out.source.clear();
    return false;
  }
  out.invalid_bytes = r.invalid_bytes;
  return true;
}

}  // namespace

Decoded DecodeToUtf8(std::string_view bytes, std::string_view content_type, bool is_html) {
  Decoded out = DecodeToUtf8Borrowing(bytes, content_type, is_html);
  if (out.borrowed) {
    out.utf8.assign(out.input);
    out.borrowed = false;
    out.input = {};
  }
  return out;
}

Decoded DecodeToUtf8Borrowing(std::string_view bytes, std::string_view content_type, bool is_html) {
  Decoded out;
  // 1. A byte-order mark is final: the bytes after it are decoded in its
  // encoding whatever a header or <meta> says (and we decode all three).
  if (auto bom = SniffBom(bytes)) {
    if (TryDecode(bytes.substr(bom->length), bom->encoding, "bom", out)) return out;
  }
  // 2. The transport layer.
  if (auto e = EncodingFromContentType(content_type)) {
    if (TryDecode(bytes, *e, "content-type", out)) return out;
  }
  // 3. The document's own <meta>, in the first 1024 bytes or, failing that,
  // anywhere in its head.
  if (is_html) {
    auto e = PrescanForEncoding(bytes.substr(0, kPrescanBytes));
    if (!e) e = ScanHeadForLateMeta(bytes);
    if (e && TryDecode(bytes, *e, "meta", out)) return out;
  }
  // 4-5. The bytes themselves; pure ASCII says nothing, so UTF-8 by default.
  // Both outcomes are decoded by our own code, so this always succeeds.
  const ContentSniff sniff = SniffContent(bytes);
  if (sniff.valid_utf8) {  // already validated: skip DecodeUtf8's second pass
    out.borrowed = true;
    out.input = bytes;
    out.encoding = std::string(EncodingName(Encoding::kUtf8));
    out.source = sniff.all_ascii ? "default" : "sniffed";
    out.invalid_bytes = false;
    return out;
  }
  TryDecode(bytes, sniff.encoding, "sniffed", out);
  return out;
}

}  // namespace klartext::decode
