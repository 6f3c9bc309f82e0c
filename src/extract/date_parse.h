// extract/date_parse.h: dates and times as pages write them, to ISO 8601.
//
// Pages declare dates in machine form ("2025-04-04T13:01:00+02:00",
// "Fri, 04 Apr 2025 11:01:00 GMT") and show them in human form
// ("04.04.2025, 13:01 Uhr", "4. April 2025", "April 4, 2025, 1:01 pm").
// ParseDateTime reads all of these; ToIso writes the one form klartext uses:
//   "YYYY-MM-DD"                      when no time is known,
//   "YYYY-MM-DDTHH:MM:SS"             when a local time without offset is known,
//   "YYYY-MM-DDTHH:MM:SS+HH:MM"       when the offset is known ("Z" → "+00:00").
// A time without offset on a German-language page can be completed with
// WithInferredOffset (CET/CEST by the EU daylight-saving rule); see
// doc/metadata.md for why and when this inference is made.
//
// Accepted forms (German and English month names, full or abbreviated, with
// or without a trailing "."; weekday names and other words are skipped):
//   2025-04-04[T13:01[:05[.123]]][Z|+02:00|+0200]   ISO 8601 / RFC 3339
//   Fri, 04 Apr 2025 13:01:00 +0200 | GMT | CEST      RFC 2822 / RFC 1123
//   04.04.2025   4.4.25   2025/04/04   04/04/2025 (M/D/Y unless D > 12)
//   4. April 2025   4. Apr. 2025   4 April 2025   4th April 2025
//   April 4, 2025   Apr 4th 2025
// with an optional time "13:01", "13:01:05", "13:01 Uhr", "13.01 Uhr",
// "1:01 pm", "1:01 p.m." before or after the date.
// Rejected: years outside [1990, 2100], impossible months/days/times.
// Thread safety: pure functions.
#ifndef KLARTEXT_EXTRACT_DATE_PARSE_H_
#define KLARTEXT_EXTRACT_DATE_PARSE_H_

#include <optional>
#include <string>
#include <string_view>

namespace klartext::extract {

// Years outside this range are not a news page's publication date: before
// 1990 there was no web; after 2100 it is a typo or a placeholder.
inline constexpr int kMinPlausibleYear = 1990;
inline constexpr int kMaxPlausibleYear = 2100;

struct DateTime {
  int year = 0;
  int month = 0;  // 1..12
  int day = 0;    // 1..31
  bool has_time = false;
  int hour = 0;
  int minute = 0;
  int second = 0;
  bool has_offset = false;   // only meaningful with has_time
  int offset_minutes = 0;    // east of UTC: +02:00 is 120

  // The ISO 8601 form described at the top of this file.
  std::string ToIso() const;
  // "YYYY-MM-DD" alone.
  std::string DateIso() const;
};

// Reads the first date (and a time next to it) in `text`. Texts longer than
// kMaxDateTextBytes are read only up to that length.
std::optional<DateTime> ParseDateTime(std::string_view text);
inline constexpr std::size_t kMaxDateTextBytes = 256;

// ParseDateTime(text)->ToIso(), or nullopt.
std::optional<std::string> ParseDate(std::string_view text);

// The date in a URL's path, as blogs and news sites write it:
// "/2019/08/02/slug", "/2020-02/19/", "/2025-04-04-slug". Takes the last such
// date (an archived page's own URL comes after the archive's). A date in a
// URL is an inference, not a declaration (Source::kInferred).
std::optional<DateTime> DateFromUrl(std::string_view url);

// --- Time-zone inference ---

// True when a page in this language / country shows times in Central
// European Time (Europe/Berlin): language "de", or country DE, AT, CH, LI,
// LU (case-insensitive; either may be empty; "de-AT" style tags are fine).
bool UsesCentralEuropeanTime(std::string_view language, std::string_view country);

// The offset of Central European local time on that date and local time:
// +120 (CEST) from the last Sunday of March 01:00 UTC to the last Sunday of
// October 01:00 UTC, +60 (CET) otherwise. Local times that do not exist
// (30 Mar 2025 02:00–02:59) count as CEST; those that occur twice
// (26 Oct 2025 02:00–02:59) count as CET, the second occurrence.
int CentralEuropeanOffsetMinutes(const DateTime& local);

// Adds the inferred offset to a local time without one when the page's
// language/country implies Central European Time. Returns `local` unchanged
// when it has no time, already has an offset, or no zone can be inferred.
DateTime WithInferredOffset(DateTime local, std::string_view language, std::string_view country);
// The same on an ISO string; returns the input when it does not parse.
std::string WithInferredOffset(std::string_view iso, std::string_view language,
                               std::string_view country);

// --- Dates in visible text ---

enum class DateKind {
  kPublished,  // "Veröffentlicht", "Erschienen", "Published", "Posted" …
  kModified,   // "Aktualisiert", "Stand", "Updated", "Last modified" …
  kUnlabeled,  // a short line that is only a date ("04.04.2025, 13:01 Uhr")
};

struct TextDate {
  DateTime when;
  DateKind kind = DateKind::kUnlabeled;
  std::string label;  // the prefix as written ("Stand"), "" for kUnlabeled
};

// Finds a labelled date in one line of visible text: "Veröffentlicht:
// 04.04.2025", "Stand: 04.04.2025, 13:01 Uhr", "Published April 4, 2025",
// "Updated: …". The label may follow other text on the line ("Von Anna
// Müller | Aktualisiert am 4. April 2025"); the date must start within
// kMaxLabelToDateBytes after it. The first label (by position) with a
// parsable date wins. A line with no label counts when it is at most
// kMaxBareDateLineBytes long and holds a date (kUnlabeled), and so does a
// longer line that opens with a date set off by " | " ("08.11.2021 |
// Online-Fachtag …").
// The time is returned as written (no offset inferred).
std::optional<TextDate> FindDateInText(std::string_view line);
inline constexpr std::size_t kMaxLabelToDateBytes = 40;
inline constexpr std::size_t kMaxBareDateLineBytes = 48;

}  // namespace klartext::extract

#endif  // KLARTEXT_EXTRACT_DATE_PARSE_H_
