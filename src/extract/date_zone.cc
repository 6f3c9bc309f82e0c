#include "extract/date_zone.h"

#include "core/text.h"

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

// Days since 1970-01-01 and back (H. Hinnant's days_from_civil /
// civil_from_days).
long DaysFromCivil(int y, int m, int d) {
  y -= m <= 2;
  const long era = (y >= 0 ? y : y - 399) / 400;
  const long yoe = y - era * 400;
  const long doy = (153 * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1;
  const long doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
  return era * 146097 + doe - 719468;
}

void CivilFromDays(long z, int& y, int& m, int& d) {
  z += 719468;
  const long era = (z >= 0 ? z : z - 146096) / 146097;
  const long doe = z - era * 146097;
  const long yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
  const long doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
  const long mp = (5 * doy + 2) / 153;
  d = static_cast<int>(doy - (153 * mp + 2) / 5 + 1);
  m = static_cast<int>(mp < 10 ? mp + 3 : mp - 9);
  y = static_cast<int>(yoe + era * 400 + (m <= 2));
}

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
