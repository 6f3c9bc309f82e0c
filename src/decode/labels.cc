// The label table of the WHATWG Encoding Standard
// (https://encoding.spec.whatwg.org/#names-and-labels), written out by hand
// from its encodings.json and sorted for binary search.
#include "decode/labels.h"

#include <algorithm>
#include <array>
#include <cstddef>

namespace klartext::decode {
namespace {

struct Label {
  std::string_view label;
  Encoding encoding;
};

using E = Encoding;

// Sorted by label (byte order); a test checks the order.
constexpr Label kLabels[] = {
    {"866", E::kIbm866},
    {"ansi_x3.4-1968", E::kWindows1252},
    {"arabic", E::kIso8859_6},
    {"ascii", E::kWindows1252},
    {"asmo-708", E::kIso8859_6},
    {"big5", E::kBig5},
    {"big5-hkscs", E::kBig5},
    {"chinese", E::kGbk},
    {"cn-big5", E::kBig5},
    {"cp1250", E::kWindows1250},
    {"cp1251", E::kWindows1251},
    {"cp1252", E::kWindows1252},
    {"cp1253", E::kWindows1253},
    {"cp1254", E::kWindows1254},
    {"cp1255", E::kWindows1255},
    {"cp1256", E::kWindows1256},
    {"cp1257", E::kWindows1257},
    {"cp1258", E::kWindows1258},
    {"cp819", E::kWindows1252},
    {"cp866", E::kIbm866},
    {"csbig5", E::kBig5},
    {"cseuckr", E::kEucKr},
    {"cseucpkdfmtjapanese", E::kEucJp},
    {"csgb2312", E::kGbk},
    {"csibm866", E::kIbm866},
    {"csiso2022jp", E::kIso2022Jp},
    {"csiso2022kr", E::kReplacement},
    {"csiso58gb231280", E::kGbk},
    {"csiso88596e", E::kIso8859_6},
    {"csiso88596i", E::kIso8859_6},
    {"csiso88598e", E::kIso8859_8},
    {"csiso88598i", E::kIso8859_8I},
    {"csisolatin1", E::kWindows1252},
    {"csisolatin2", E::kIso8859_2},
    {"csisolatin3", E::kIso8859_3},
    {"csisolatin4", E::kIso8859_4},
    {"csisolatin5", E::kWindows1254},
    {"csisolatin6", E::kIso8859_10},
    {"csisolatin9", E::kIso8859_15},
    {"csisolatinarabic", E::kIso8859_6},
    {"csisolatincyrillic", E::kIso8859_5},
    {"csisolatingreek", E::kIso8859_7},
    {"csisolatinhebrew", E::kIso8859_8},
    {"cskoi8r", E::kKoi8R},
    {"csksc56011987", E::kEucKr},
    {"csmacintosh", E::kMacintosh},
    {"csshiftjis", E::kShiftJis},
    {"csunicode", E::kUtf16Le},
    {"cyrillic", E::kIso8859_5},
    {"dos-874", E::kWindows874},
    {"ecma-114", E::kIso8859_6},
    {"ecma-118", E::kIso8859_7},
    {"elot_928", E::kIso8859_7},
    {"euc-jp", E::kEucJp},
    {"euc-kr", E::kEucKr},
    {"gb18030", E::kGb18030},
    {"gb2312", E::kGbk},
    {"gb_2312", E::kGbk},
    {"gb_2312-80", E::kGbk},
    {"gbk", E::kGbk},
    {"greek", E::kIso8859_7},
    {"greek8", E::kIso8859_7},
    {"hebrew", E::kIso8859_8},
    {"hz-gb-2312", E::kReplacement},
    {"ibm819", E::kWindows1252},
    {"ibm866", E::kIbm866},
    {"iso-10646-ucs-2", E::kUtf16Le},
    {"iso-2022-cn", E::kReplacement},
    {"iso-2022-cn-ext", E::kReplacement},
    {"iso-2022-jp", E::kIso2022Jp},
    {"iso-2022-kr", E::kReplacement},
    {"iso-8859-1", E::kWindows1252},
    {"iso-8859-10", E::kIso8859_10},
    {"iso-8859-11", E::kWindows874},
    {"iso-8859-13", E::kIso8859_13},
    {"iso-8859-14", E::kIso8859_14},
    {"iso-8859-15", E::kIso8859_15},
    {"iso-8859-16", E::kIso8859_16},
    {"iso-8859-2", E::kIso8859_2},
    {"iso-8859-3", E::kIso8859_3},
    {"iso-8859-4", E::kIso8859_4},
    {"iso-8859-5", E::kIso8859_5},
    {"iso-8859-6", E::kIso8859_6},
    {"iso-8859-6-e", E::kIso8859_6},
    {"iso-8859-6-i", E::kIso8859_6},
    {"iso-8859-7", E::kIso8859_7},
    {"iso-8859-8", E::kIso8859_8},
    {"iso-8859-8-e", E::kIso8859_8},
    {"iso-8859-8-i", E::kIso8859_8I},
    {"iso-8859-9", E::kWindows1254},
    {"iso-ir-100", E::kWindows1252},
    {"iso-ir-101", E::kIso8859_2},
    {"iso-ir-109", E::kIso8859_3},
    {"iso-ir-110", E::kIso8859_4},
    {"iso-ir-126", E::kIso8859_7},
    {"iso-ir-127", E::kIso8859_6},
    {"iso-ir-138", E::kIso8859_8},
    {"iso-ir-144", E::kIso8859_5},
    {"iso-ir-148", E::kWindows1254},
    {"iso-ir-149", E::kEucKr},
    {"iso-ir-157", E::kIso8859_10},
    {"iso-ir-58", E::kGbk},
    {"iso8859-1", E::kWindows1252},
    {"iso8859-10", E::kIso8859_10},
    {"iso8859-11", E::kWindows874},
    {"iso8859-13", E::kIso8859_13},
    {"iso8859-14", E::kIso8859_14},
    {"iso8859-15", E::kIso8859_15},
    {"iso8859-2", E::kIso8859_2},
    {"iso8859-3", E::kIso8859_3},
    {"iso8859-4", E::kIso8859_4},
    {"iso8859-5", E::kIso8859_5},
    {"iso8859-6", E::kIso8859_6},
    {"iso8859-7", E::kIso8859_7},
    {"iso8859-8", E::kIso8859_8},
    {"iso8859-9", E::kWindows1254},
    {"iso88591", E::kWindows1252},
    {"iso885910", E::kIso8859_10},
    {"iso885911", E::kWindows874},
    {"iso885913", E::kIso8859_13},
    {"iso885914", E::kIso8859_14},
    {"iso885915", E::kIso8859_15},
    {"iso88592", E::kIso8859_2},
    {"iso88593", E::kIso8859_3},
    {"iso88594", E::kIso8859_4},
    {"iso88595", E::kIso8859_5},
    {"iso88596", E::kIso8859_6},
    {"iso88597", E::kIso8859_7},
    {"iso88598", E::kIso8859_8},
    {"iso88599", E::kWindows1254},
    {"iso_8859-1", E::kWindows1252},
    {"iso_8859-15", E::kIso8859_15},
    {"iso_8859-1:1987", E::kWindows1252},
    {"iso_8859-2", E::kIso8859_2},
    {"iso_8859-2:1987", E::kIso8859_2},
    {"iso_8859-3", E::kIso8859_3},
    {"iso_8859-3:1988", E::kIso8859_3},
    {"iso_8859-4", E::kIso8859_4},
    {"iso_8859-4:1988", E::kIso8859_4},
    {"iso_8859-5", E::kIso8859_5},
    {"iso_8859-5:1988", E::kIso8859_5},
    {"iso_8859-6", E::kIso8859_6},
    {"iso_8859-6:1987", E::kIso8859_6},
    {"iso_8859-7", E::kIso8859_7},
    {"iso_8859-7:1987", E::kIso8859_7},
    {"iso_8859-8", E::kIso8859_8},
    {"iso_8859-8:1988", E::kIso8859_8},
    {"iso_8859-9", E::kWindows1254},
    {"iso_8859-9:1989", E::kWindows1254},
    {"koi", E::kKoi8R},
    {"koi8", E::kKoi8R},
    {"koi8-r", E::kKoi8R},
    {"koi8-ru", E::kKoi8U},
    {"koi8-u", E::kKoi8U},
    {"koi8_r", E::kKoi8R},
    {"korean", E::kEucKr},
    {"ks_c_5601-1987", E::kEucKr},
    {"ks_c_5601-1989", E::kEucKr},
    {"ksc5601", E::kEucKr},
    {"ksc_5601", E::kEucKr},
    {"l1", E::kWindows1252},
    {"l2", E::kIso8859_2},
    {"l3", E::kIso8859_3},
    {"l4", E::kIso8859_4},
    {"l5", E::kWindows1254},
    {"l6", E::kIso8859_10},
    {"l9", E::kIso8859_15},
    {"latin1", E::kWindows1252},
    {"latin2", E::kIso8859_2},
    {"latin3", E::kIso8859_3},
    {"latin4", E::kIso8859_4},
    {"latin5", E::kWindows1254},
    {"latin6", E::kIso8859_10},
    {"logical", E::kIso8859_8I},
    {"mac", E::kMacintosh},
    {"macintosh", E::kMacintosh},
    {"ms932", E::kShiftJis},
    {"ms_kanji", E::kShiftJis},
    {"shift-jis", E::kShiftJis},
    {"shift_jis", E::kShiftJis},
    {"sjis", E::kShiftJis},
    {"sun_eu_greek", E::kIso8859_7},
    {"tis-620", E::kWindows874},
    {"ucs-2", E::kUtf16Le},
    {"unicode", E::kUtf16Le},
    {"unicode-1-1-utf-8", E::kUtf8},
    {"unicode11utf8", E::kUtf8},
    {"unicode20utf8", E::kUtf8},
    {"unicodefeff", E::kUtf16Le},
    {"unicodefffe", E::kUtf16Be},
    {"us-ascii", E::kWindows1252},
    {"utf-16", E::kUtf16Le},
    {"utf-16be", E::kUtf16Be},
    {"utf-16le", E::kUtf16Le},
    {"utf-8", E::kUtf8},
    {"utf8", E::kUtf8},
    {"visual", E::kIso8859_8},
    {"windows-1250", E::kWindows1250},
    {"windows-1251", E::kWindows1251},
    {"windows-1252", E::kWindows1252},
    {"windows-1253", E::kWindows1253},
    {"windows-1254", E::kWindows1254},
    {"windows-1255", E::kWindows1255},
    {"windows-1256", E::kWindows1256},
    {"windows-1257", E::kWindows1257},
    {"windows-1258", E::kWindows1258},
    {"windows-31j", E::kShiftJis},
    {"windows-874", E::kWindows874},
    {"windows-949", E::kEucKr},
    {"x-cp1250", E::kWindows1250},
    {"x-cp1251", E::kWindows1251},
    {"x-cp1252", E::kWindows1252},
    {"x-cp1253", E::kWindows1253},
    {"x-cp1254", E::kWindows1254},
    {"x-cp1255", E::kWindows1255},
    {"x-cp1256", E::kWindows1256},
    {"x-cp1257", E::kWindows1257},
    {"x-cp1258", E::kWindows1258},
    {"x-euc-jp", E::kEucJp},
    {"x-gbk", E::kGbk},
    {"x-mac-cyrillic", E::kXMacCyrillic},
    {"x-mac-roman", E::kMacintosh},
    {"x-mac-ukrainian", E::kXMacCyrillic},
    {"x-sjis", E::kShiftJis},
    {"x-unicode20utf8", E::kUtf8},
    {"x-user-defined", E::kXUserDefined},
    {"x-x-big5", E::kBig5},
};

// The longest label above is "cseucpkdfmtjapanese" (19 bytes); anything
// longer cannot match and is rejected before it is copied.
constexpr std::size_t kMaxLabelLength = 19;

struct Names {
  std::string_view name;
  std::string_view iconv;  // "" = decoded by our own code (convert.cc)
};

// Indexed by Encoding. glibc names chosen where the WHATWG decoder is a
// superset of the classic charset (see labels.h).
constexpr Names kNames[] = {
    {"utf-8", ""},
    {"ibm866", "IBM866"},
    {"iso-8859-2", "ISO-8859-2"},
    {"iso-8859-3", "ISO-8859-3"},
    {"iso-8859-4", "ISO-8859-4"},
    {"iso-8859-5", "ISO-8859-5"},
    {"iso-8859-6", "ISO-8859-6"},
    {"iso-8859-7", "ISO-8859-7"},
    {"iso-8859-8", "ISO-8859-8"},
    {"iso-8859-8-i", "ISO-8859-8"},  // same bytes; "-i" only says logical order
    {"iso-8859-10", "ISO-8859-10"},
    {"iso-8859-13", "ISO-8859-13"},
    {"iso-8859-14", "ISO-8859-14"},
    {"iso-8859-15", ""},
    {"iso-8859-16", "ISO-8859-16"},
    {"koi8-r", "KOI8-R"},
    {"koi8-u", "KOI8-U"},
    {"macintosh", "MACINTOSH"},
    {"windows-874", "WINDOWS-874"},
    {"windows-1250", "WINDOWS-1250"},
    {"windows-1251", "WINDOWS-1251"},
    {"windows-1252", ""},
    {"windows-1253", "WINDOWS-1253"},
    {"windows-1254", "WINDOWS-1254"},
    {"windows-1255", "WINDOWS-1255"},
    {"windows-1256", "WINDOWS-1256"},
    {"windows-1257", "WINDOWS-1257"},
    {"windows-1258", "WINDOWS-1258"},
    {"x-mac-cyrillic", "MAC-CYRILLIC"},
    {"gbk", "GB18030"},  // the standard's gbk decoder is the gb18030 decoder
    {"gb18030", "GB18030"},
    {"big5", "BIG5-HKSCS"},
    {"euc-jp", "EUC-JP"},
    {"iso-2022-jp", "ISO-2022-JP"},
    {"shift_jis", "CP932"},
    {"euc-kr", "CP949"},
    {"replacement", ""},
    {"utf-16be", ""},
    {"utf-16le", ""},
    {"x-user-defined", ""},
};
static_assert(std::size(kNames) == static_cast<std::size_t>(Encoding::kXUserDefined) + 1,
              "kNames must have one row per Encoding");

constexpr bool IsAsciiWhitespace(char c) {
  return c == '\t' || c == '\n' || c == '\f' || c == '\r' || c == ' ';
}

}  // namespace

std::optional<Encoding> EncodingForLabel(std::string_view label) {
  while (!label.empty() && IsAsciiWhitespace(label.front())) label.remove_prefix(1);
  while (!label.empty() && IsAsciiWhitespace(label.back())) label.remove_suffix(1);
  if (label.empty() || label.size() > kMaxLabelLength) return std::nullopt;
  std::array<char, kMaxLabelLength> buf;
  for (std::size_t i = 0; i < label.size(); ++i) {
    char c = label[i];
    buf[i] = (c >= 'A' && c <= 'Z') ? static_cast<char>(c - 'A' + 'a') : c;
  }
  const std::string_view lower(buf.data(), label.size());
  const auto* end = std::end(kLabels);
  const auto* it = std::lower_bound(std::begin(kLabels), end, lower,
                                    [](const Label& l, std::string_view v) { return l.label < v; });
  if (it == end || it->label != lower) return std::nullopt;
  return it->encoding;
}

std::string_view EncodingName(Encoding e) { return kNames[static_cast<std::size_t>(e)].name; }

std::string_view IconvName(Encoding e) { return kNames[static_cast<std::size_t>(e)].iconv; }

namespace internal {
// Exposed for labels_test: the table must stay sorted and unique.
bool LabelTableIsSorted() {
  return std::adjacent_find(std::begin(kLabels), std::end(kLabels), [](const Label& a, const Label& b) {
           return !(a.label < b.label);
         }) == std::end(kLabels);
}
std::size_t LabelCount() { return std::size(kLabels); }
}  // namespace internal

}  // namespace klartext::decode
