// decode/prescan.h: the encoding an HTML document declares in itself.
//
// PrescanForEncoding is the HTML Standard's "prescan a byte stream to
// determine its encoding" (§13.2.3.2), step for step: comments are skipped,
// attributes are read with the standard's quoting rules, <meta charset=…> and
// <meta http-equiv="Content-Type" content="…charset=…"> are honoured, the
// first one that resolves wins, and an XML declaration at the very start is
// the fallback ("get an XML encoding"). Running out of bytes anywhere ends the
// scan without an answer; the caller chooses the window (the standard
// advises the first kPrescanBytes bytes).
//
// ScanHeadForLateMeta stands in for the tree builder's "change the encoding":
// a browser that found nothing in the first 1024 bytes still honours a
// <meta> charset met later while parsing the <head>. It walks the document
// with the same rules but skips the text of <script>, <style>, <title> and
// <noscript>, and stops at the first tag that cannot be in a <head> (as
// Chromium does), so a <meta> deep in the body never re-decodes a page.
//
// Both return the encoding already adjusted as the standard says: a <meta>
// naming UTF-16 means UTF-8, x-user-defined means windows-1252.
// Thread safety: pure functions.
#ifndef KLARTEXT_DECODE_PRESCAN_H_
#define KLARTEXT_DECODE_PRESCAN_H_

#include <cstddef>
#include <optional>
#include <string_view>

#include "decode/labels.h"

namespace klartext::decode {

// The window the standard recommends for the prescan.
inline constexpr std::size_t kPrescanBytes = 1024;

// Scans all of `bytes` (pass the window, e.g. bytes.substr(0, kPrescanBytes)).
std::optional<Encoding> PrescanForEncoding(std::string_view bytes);

// Scans the whole of `bytes` up to the end of the head (see above).
std::optional<Encoding> ScanHeadForLateMeta(std::string_view bytes);

// "The algorithm for extracting a character encoding from a meta element"
// (§2.5.3), applied to a content attribute's value:
// "text/html; charset=iso-8859-2" → iso-8859-2. Unmatched quotes → nullopt.
std::optional<Encoding> ExtractEncodingFromMetaContent(std::string_view content);

// "Get an XML encoding": the encoding="…" of an <?xml …?> declaration that
// opens `bytes`. UTF-16 is reported as UTF-8.
std::optional<Encoding> GetXmlEncoding(std::string_view bytes);

}  // namespace klartext::decode

#endif  // KLARTEXT_DECODE_PRESCAN_H_
