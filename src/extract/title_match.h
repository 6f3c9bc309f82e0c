// extract/title_match.h: telling whether a visible heading is the title a
// page declares. Declarations are typed differently from the typeset
// heading (quotes, dashes), carry site and section parts, or are cut off
// with an ellipsis; these helpers compare them anyway.
#ifndef KLARTEXT_EXTRACT_TITLE_MATCH_H_
#define KLARTEXT_EXTRACT_TITLE_MATCH_H_

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace klartext::extract {

// NormaliseLine plus typographic quotes and dashes folded to ASCII.
std::string NormalisedTitle(std::string_view s);

// True when a and b name the same headline: equal after normalising, one
// (starting in upper case) contained in the other and more than half its
// length ("Headline | Site" / "Headline"), or one cut off with an ellipsis
// that the other continues ("Weinbergsbahnen … gehen…" / "… gehen weiter").
bool SameTitle(std::string_view a, std::string_view b);

// True when s ends with "…" or "...": a title cut to a fixed length.
bool EndsWithEllipsis(std::string_view s);

// The parts of a <title> between separators that titles put between
// headline, section and site (" | ", " » ", " - ", " :: " …), trimmed:
// "Site » Blog Archive » Headline" → {"Site", "Blog Archive", "Headline"}.
std::vector<std::string> TitleSegments(std::string_view title);

// A heading that opens with the first part of a declared title and goes on
// with the second, without the separator between them: "Initiative
// EnergieEffizienz Kostenloser Stromcheck für private Haushalte" against
// "Initiative EnergieEffizienz - kostenloser Stromcheck | Site". The
// first part is a kicker set inside the heading (a <span> in the <h1>);
// returns {kicker, headline}, or nullopt.
struct KickerSplit {
  std::string kicker;
  std::string headline;
};
std::optional<KickerSplit> SplitKickerAtSegment(std::string_view heading, std::string_view declared_title);

}  // namespace klartext::extract

#endif  // KLARTEXT_EXTRACT_TITLE_MATCH_H_
