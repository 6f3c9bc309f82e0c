// html/entities.h: HTML character references (&amp; &#38; &#x26;), decoded
// exactly as the WHATWG tokenizer does (HTML Standard 13.2.5.72-80).
//
// The named table is generated (entities_table.cc); it holds every name the
// standard lists, including the legacy ones without ';' ("&amp", "&copy").
// Thread safety: everything here is stateless and may run on many threads.
#ifndef KLARTEXT_HTML_ENTITIES_H_
#define KLARTEXT_HTML_ENTITIES_H_

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>

namespace klartext::html {

struct NamedReference {
  std::string_view name;   // without the '&', with the ';' when it has one
  std::string_view value;  // UTF-8, one or two code points
};

extern const NamedReference kNamedReferences[];
extern const std::size_t kNamedReferenceCount;

// Longest names in the table: "CounterClockwiseContourIntegral;" has 32.
inline constexpr std::size_t kMaxNamedReferenceLength = 32;

// The longest table entry that `text` starts with (text = what follows the
// '&'), or nullptr when none does.
const NamedReference* MatchNamedReference(std::string_view text);

// The character a numeric reference &#N; stands for, after the standard's
// replacements (0, surrogates, > U+10FFFF -> U+FFFD; 0x80-0x9F -> the
// windows-1252 character), appended as UTF-8.
void AppendNumericReference(std::uint32_t code_point, std::string* out);

// Appends code point cp as UTF-8 (surrogates too, as WTF-8 would).
void AppendUtf8(std::uint32_t cp, std::string* out);

// Decodes the character reference starting at `amp` (which points at '&')
// and ending before `end`. On success appends the decoded text to *out and
// returns where the input resumes; returns nullptr when the '&' starts no
// reference and must stay as it is. In attribute values a legacy name
// without ';' followed by '=' or an alphanumeric is not decoded
// ("?a=1&copy=2" keeps its "&copy").
const char* DecodeCharacterReference(const char* amp, const char* end, bool in_attribute,
                                     std::string* out);

}  // namespace klartext::html

#endif  // KLARTEXT_HTML_ENTITIES_H_
