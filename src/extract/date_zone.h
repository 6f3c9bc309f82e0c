// extract/date_zone.h: a UTC time as the page's readers see it.
//
// Many sites declare times in UTC ("2022-05-04T00:44:52+00:00") while
// their readers, and the date printed on the page, live in the site's own
// zone (21:44 on 3 May in Brazil). A reader's calendar day is the one
// the page means, so a UTC declaration on a site whose country has one
// known zone is re-expressed in that zone: the same instant, with the
// local offset. Countries are taken from the host's top-level domain;
// countries with several zones (US, RU, AU …), with daylight saving, or
// in Central Europe (see date_zone.cc) are left alone.
// Thread safety: pure functions.
#ifndef KLARTEXT_EXTRACT_DATE_ZONE_H_
#define KLARTEXT_EXTRACT_DATE_ZONE_H_

#include <optional>
#include <string>
#include <string_view>

#include "extract/date_parse.h"

namespace klartext::extract {

// The offset in minutes east of UTC of local time in `country` (a
// top-level domain: "br", "jp"); nullopt for countries with no single
// fixed zone.
std::optional<int> CountryOffsetMinutes(std::string_view country);

// `dt` moved to the country's local time when it is a UTC time
// (has_offset, offset 0) and the country's zone is known; else `dt`.
DateTime InCountryZone(DateTime dt, std::string_view country);
// The same on an ISO string; returns the input when it does not parse.
std::string InCountryZone(std::string_view iso, std::string_view country);

}  // namespace klartext::extract

#endif  // KLARTEXT_EXTRACT_DATE_ZONE_H_
