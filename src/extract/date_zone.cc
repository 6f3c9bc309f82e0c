#include "extract/date_zone.h"

#include "core/text.h"
#include "extract/calendar.h"

namespace klartext::extract {
namespace {

// Countries with one standard zone and no daylight saving (as of 2023),
// by top-level domain. Central European sites are left out on purpose:
// their CMSs often label local time as "+00:00", so a UTC time there is
// as likely local as not (measured: it moved a right day as often as a
// wrong one).
struct CountryZone {
  std::string_view tld;
  int offset_minutes;  // east of UTC
};
constexpr CountryZone kFixedZones[] = {
    {"ar", -180}, {"bo", -240}, {"br", -180},  // Brazil: Brasília time, where most people live
    {"co", -300}, {"ec", -300}, {"pe", -300}, {"uy", -180}, {"ve", -240},
    {"mx", -360},  // central time, no daylight saving since 2022
    {"in", 330},  {"pk", 300},  {"bd", 360},  {"th", 420},  {"vn", 420},  {"cn", 480},
    {"hk", 480},  {"tw", 480},  {"sg", 480},  {"my", 480},  {"ph", 480},  {"jp", 540},
    {"kr", 540},  {"ae", 240},  {"sa", 180},  {"qa", 180},  {"tr", 180},  {"ke", 180},
    {"ng", 60},   {"za", 120},
};

DateTime Shifted(const DateTime& dt, int minutes) {
  DateTime out = dt;
  long total = DaysFromCivil(dt.year, dt.month, dt.day) * 1440 + dt.hour * 60 + dt.minute + minutes;
  long days = total >= 0 ? total / 1440 : (total - 1439) / 1440;
  long in_day = total - days * 1440;
  CivilFromDays(days, out.year, out.month, out.day);
  out.hour = static_cast<int>(in_day / 60);
  out.minute = static_cast<int>(in_day % 60);
  return out;
}

}  // namespace

std::optional<int> CountryOffsetMinutes(std::string_view country) {
  const std::string c = AsciiLower(country);
  for (const CountryZone& z : kFixedZones) {
    if (z.tld == c) return z.offset_minutes;
  }
  return std::nullopt;
}

DateTime InCountryZone(DateTime dt, std::string_view country) {
  if (!dt.has_time || !dt.has_offset || dt.offset_minutes != 0) return dt;
  const std::optional<int> offset = CountryOffsetMinutes(country);
  if (!offset || *offset == 0) return dt;
  DateTime local = Shifted(dt, *offset);
  local.offset_minutes = *offset;
  return local;
}

std::string InCountryZone(std::string_view iso, std::string_view country) {
  std::optional<DateTime> dt = ParseDateTime(Trim(iso));
  if (!dt) return std::string(iso);
  return InCountryZone(*dt, country).ToIso();
}

}  // namespace klartext::extract
