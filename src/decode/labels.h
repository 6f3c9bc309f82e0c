// decode/labels.h: the encodings of the WHATWG Encoding Standard and the
// labels that name them.
//
// Every encoding a browser knows is listed, so that a page declaring one is
// read the way a browser reads it; `EncodingForLabel("latin1")` is
// windows-1252, `EncodingForLabel("utf8")` is utf-8. The table follows
// https://encoding.spec.whatwg.org/#names-and-labels (encodings.json).
// Thread safety: pure functions over constant tables.
#ifndef KLARTEXT_DECODE_LABELS_H_
#define KLARTEXT_DECODE_LABELS_H_

#include <cstddef>
#include <cstdint>
#include <optional>
#include <string_view>

namespace klartext::decode {

// One value per encoding of the Encoding Standard, in the standard's order.
enum class Encoding : std::uint8_t {
  kUtf8,
  kIbm866,
  kIso8859_2,
  kIso8859_3,
  kIso8859_4,
  kIso8859_5,
  kIso8859_6,
  kIso8859_7,
  kIso8859_8,
  kIso8859_8I,
  kIso8859_10,
  kIso8859_13,
  kIso8859_14,
  kIso8859_15,
  kIso8859_16,
  kKoi8R,
  kKoi8U,
  kMacintosh,
  kWindows874,
  kWindows1250,
  kWindows1251,
  kWindows1252,
  kWindows1253,
  kWindows1254,
  kWindows1255,
  kWindows1256,
  kWindows1257,
  kWindows1258,
  kXMacCyrillic,
  kGbk,
  kGb18030,
  kBig5,
  kEucJp,
  kIso2022Jp,
  kShiftJis,
  kEucKr,
  kReplacement,  // decodes any input to one U+FFFD (unsafe legacy encodings)
  kUtf16Be,
  kUtf16Le,
  kXUserDefined,
};

// "Get an encoding": trims ASCII whitespace, matches ASCII case-insensitively.
// nullopt for a label the standard does not list ("bogus", "utf-7", "").
std::optional<Encoding> EncodingForLabel(std::string_view label);

// The canonical name, lower-cased: "utf-8", "windows-1252", "shift_jis".
std::string_view EncodingName(Encoding e);

// The glibc iconv name used to decode `e`, or "" for an encoding decoded by
// our own code (utf-8, utf-16, windows-1252, iso-8859-15, x-user-defined,
// replacement). Where the Encoding Standard's decoder is a superset of the
// classic charset (gbk is gb18030, euc-kr is windows-949, shift_jis is
// windows-31j, big5 includes HKSCS) the superset is named.
std::string_view IconvName(Encoding e);

namespace internal {
// For tests: the label table is sorted with no duplicates, and its size.
bool LabelTableIsSorted();
std::size_t LabelCount();
}  // namespace internal

}  // namespace klartext::decode

#endif  // KLARTEXT_DECODE_LABELS_H_
