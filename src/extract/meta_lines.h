// extract/meta_lines.h: reading one visible line as a byline ("Von Anna
// Müller", "yas! | By Cara Stiles | April 13, 2020"), a bare lead-in
// ("Von:") or a time that completes a date ("13:01 Uhr"). Used by
// extract/roles.cc.
#ifndef KLARTEXT_EXTRACT_META_LINES_H_
#define KLARTEXT_EXTRACT_META_LINES_H_

#include <optional>
#include <string_view>
#include <utility>

#include "extract/byline.h"

namespace klartext::extract::internal {

// Drops list bullets and decoration a text capture puts before a line.
std::string_view StripBullet(std::string_view s);

// The byline of a line that opens with a byline lead-in ("Von", "By",
// "Autor:" …); nullopt when it does not, or names nobody.
std::optional<Byline> ParseBylineLine(std::string_view line);

// The first segment of a meta line (separated by " | ", " — " …) that is a
// byline naming at least one person.
std::optional<Byline> BylineInSegments(std::string_view line);

// A line that is nothing but a byline lead-in ("Von:", "Autor:").
bool IsBareLeadIn(std::string_view line);

// "HH:MM" or "HH:MM Uhr" alone on a line: hour and minute.
std::optional<std::pair<int, int>> TimeOnly(std::string_view line);

}  // namespace klartext::extract::internal

#endif  // KLARTEXT_EXTRACT_META_LINES_H_
