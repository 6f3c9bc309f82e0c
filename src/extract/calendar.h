// extract/calendar.h: day arithmetic in the proleptic Gregorian calendar,
// for dates read from pages (date_parse.cc) and moved between zones
// (date_zone.cc). Days count from 1970-01-01 (H. Hinnant's days_from_civil
// and civil_from_days); months are 1..12.
// Thread safety: pure functions.
#ifndef KLARTEXT_EXTRACT_CALENDAR_H_
#define KLARTEXT_EXTRACT_CALENDAR_H_

namespace klartext::extract {

bool IsLeapYear(int year);
int DaysInMonth(int year, int month);

// Days since 1970-01-01 of a civil date, and back.
long DaysFromCivil(int year, int month, int day);
void CivilFromDays(long days, int& year, int& month, int& day);

// 0 = Sunday … 6 = Saturday.
int Weekday(long days);

}  // namespace klartext::extract

#endif  // KLARTEXT_EXTRACT_CALENDAR_H_
