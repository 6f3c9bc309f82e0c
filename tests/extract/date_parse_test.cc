#include "extract/date_parse.h"
#include "extract/calendar.h"

#include <gtest/gtest.h>

namespace klartext::extract {
namespace {

std::string Iso(std::string_view s) { return ParseDate(s).value_or("<none>"); }

TEST(CalendarTest, DaysRoundTripAndKnownDays) {
  EXPECT_EQ(DaysFromCivil(1970, 1, 1), 0);
  EXPECT_EQ(DaysFromCivil(2000, 3, 1), 11017);
  EXPECT_EQ(Weekday(DaysFromCivil(2025, 4, 4)), 5);  // a Friday
  EXPECT_EQ(DaysInMonth(2024, 2), 29);
  EXPECT_EQ(DaysInMonth(1900, 2), 28);
  for (long days = -800000; days <= 800000; days += 997) {
    int y = 0, m = 0, d = 0;
    CivilFromDays(days, y, m, d);
    ASSERT_EQ(DaysFromCivil(y, m, d), days);
  }
}

TEST(ParseDateTest, IsoForms) {
  EXPECT_EQ(Iso("2025-04-04"), "2025-04-04");
  EXPECT_EQ(Iso("2025-04-04T13:01:00+02:00"), "2025-04-04T13:01:00+02:00");
  EXPECT_EQ(Iso("2025-04-04T11:01:00Z"), "2025-04-04T11:01:00+00:00");
  EXPECT_EQ(Iso("2025-04-04T11:01:00.123Z"), "2025-04-04T11:01:00+00:00");
  EXPECT_EQ(Iso("2025-04-04T13:01+0200"), "2025-04-04T13:01:00+02:00");
  EXPECT_EQ(Iso("2025-04-04T08:01:00-05:00"), "2025-04-04T08:01:00-05:00");
  EXPECT_EQ(Iso("2025-04-04 13:01:05"), "2025-04-04T13:01:05");
  EXPECT_EQ(Iso("  2025-04-04T13:01:00+02:00  "), "2025-04-04T13:01:00+02:00");
}

TEST(ParseDateTest, Rfc2822) {
  EXPECT_EQ(Iso("Fri, 04 Apr 2025 11:01:00 GMT"), "2025-04-04T11:01:00+00:00");
  EXPECT_EQ(Iso("Fri, 04 Apr 2025 13:01:00 +0200"), "2025-04-04T13:01:00+02:00");
  EXPECT_EQ(Iso("Fri, 4 Apr 2025 07:01:00 EDT"), "2025-04-04T07:01:00-04:00");
}

TEST(ParseDateTest, GermanForms) {
  EXPECT_EQ(Iso("04.04.2025"), "2025-04-04");
  EXPECT_EQ(Iso("4.4.25"), "2025-04-04");
  EXPECT_EQ(Iso("4. April 2025"), "2025-04-04");
  EXPECT_EQ(Iso("4. Apr. 2025"), "2025-04-04");
  EXPECT_EQ(Iso("Freitag, 4. April 2025"), "2025-04-04");
  EXPECT_EQ(Iso("14. März 2025"), "2025-03-14");
  EXPECT_EQ(Iso("3. Dezember 2024"), "2024-12-03");
  EXPECT_EQ(Iso("2. Jänner 2025"), "2025-01-02");
  EXPECT_EQ(Iso("04.04.2025, 13:01 Uhr"), "2025-04-04T13:01:00");
  EXPECT_EQ(Iso("04.04.2025 um 13.01 Uhr"), "2025-04-04T13:01:00");
  EXPECT_EQ(Iso("13:01 Uhr, 04.04.2025"), "2025-04-04T13:01:00");
}

TEST(ParseDateTest, EnglishForms) {
  EXPECT_EQ(Iso("April 4, 2025"), "2025-04-04");
  EXPECT_EQ(Iso("Apr 4th, 2025"), "2025-04-04");
  EXPECT_EQ(Iso("4 April 2025"), "2025-04-04");
  EXPECT_EQ(Iso("4th April 2025"), "2025-04-04");
  EXPECT_EQ(Iso("2025/04/04"), "2025-04-04");
  EXPECT_EQ(Iso("04/05/2025"), "2025-04-05");  // US order
  EXPECT_EQ(Iso("25/04/2025"), "2025-04-25");  // day first when it cannot be a month
  EXPECT_EQ(Iso("April 4, 2025, 1:01 pm"), "2025-04-04T13:01:00");
  EXPECT_EQ(Iso("April 4, 2025 at 12:30 a.m."), "2025-04-04T00:30:00");
  EXPECT_EQ(Iso("April 4, 2025 12:05 PM EDT"), "2025-04-04T12:05:00-04:00");
}

TEST(ParseDateTest, RejectsNonsense) {
  EXPECT_FALSE(ParseDate("").has_value());
  EXPECT_FALSE(ParseDate("gestern").has_value());
  EXPECT_FALSE(ParseDate("1985-04-04").has_value());
  EXPECT_FALSE(ParseDate("2101-01-01").has_value());
  EXPECT_FALSE(ParseDate("2025-13-01").has_value());
  EXPECT_FALSE(ParseDate("31.02.2025").has_value());
  EXPECT_FALSE(ParseDate("30. Februar 2025").has_value());
  EXPECT_EQ(Iso("29.02.2024"), "2024-02-29");
  EXPECT_EQ(Iso("2025-04-04T25:01:00"), "<none>");
  EXPECT_EQ(Iso("04.04.2025, 27:99 Uhr"), "2025-04-04");  // bad time dropped, date kept
}

TEST(ParseDateTest, BinaryAndHugeInputDoNotCrash) {
  std::string junk(100000, '\xff');
  EXPECT_FALSE(ParseDate(junk).has_value());
  std::string digits(100000, '9');
  EXPECT_FALSE(ParseDate(digits).has_value());
  std::string prefix(1000, 'x');
  EXPECT_FALSE(ParseDate(prefix + " 04.04.2025").has_value());  // beyond kMaxDateTextBytes
}

DateTime Local(int y, int mo, int d, int h, int mi) {
  DateTime t{y, mo, d};
  t.has_time = true;
  t.hour = h;
  t.minute = mi;
  return t;
}

TEST(CentralEuropeanTimeTest, SpringForwardBoundary2025) {
  // 30 March 2025: clocks go from 02:00 CET to 03:00 CEST (01:00 UTC).
  EXPECT_EQ(CentralEuropeanOffsetMinutes(Local(2025, 3, 29, 12, 0)), 60);
  EXPECT_EQ(CentralEuropeanOffsetMinutes(Local(2025, 3, 30, 1, 59)), 60);
  EXPECT_EQ(CentralEuropeanOffsetMinutes(Local(2025, 3, 30, 2, 30)), 120);  // does not exist
  EXPECT_EQ(CentralEuropeanOffsetMinutes(Local(2025, 3, 30, 3, 0)), 120);
  EXPECT_EQ(CentralEuropeanOffsetMinutes(Local(2025, 4, 4, 13, 1)), 120);
}

TEST(CentralEuropeanTimeTest, FallBackBoundary2025) {
  // 26 October 2025: clocks go from 03:00 CEST back to 02:00 CET (01:00 UTC).
  EXPECT_EQ(CentralEuropeanOffsetMinutes(Local(2025, 10, 26, 1, 59)), 120);
  EXPECT_EQ(CentralEuropeanOffsetMinutes(Local(2025, 10, 26, 2, 30)), 60);  // twice: the second
  EXPECT_EQ(CentralEuropeanOffsetMinutes(Local(2025, 10, 26, 3, 0)), 60);
  EXPECT_EQ(CentralEuropeanOffsetMinutes(Local(2025, 10, 25, 23, 0)), 120);
  EXPECT_EQ(CentralEuropeanOffsetMinutes(Local(2025, 12, 24, 18, 0)), 60);
}

TEST(CentralEuropeanTimeTest, OtherYearsUseTheirLastSundays) {
  // 2024: 31 March and 27 October.
  EXPECT_EQ(CentralEuropeanOffsetMinutes(Local(2024, 3, 31, 1, 0)), 60);
  EXPECT_EQ(CentralEuropeanOffsetMinutes(Local(2024, 3, 31, 4, 0)), 120);
  EXPECT_EQ(CentralEuropeanOffsetMinutes(Local(2024, 3, 30, 4, 0)), 60);
  EXPECT_EQ(CentralEuropeanOffsetMinutes(Local(2024, 10, 27, 1, 0)), 120);
  EXPECT_EQ(CentralEuropeanOffsetMinutes(Local(2024, 10, 27, 4, 0)), 60);
}

TEST(WithInferredOffsetTest, GermanPagesGetBerlinTime) {
  EXPECT_EQ(WithInferredOffset("2025-04-04T13:01:00", "de", ""), "2025-04-04T13:01:00+02:00");
  EXPECT_EQ(WithInferredOffset("2025-01-04T13:01:00", "de", ""), "2025-01-04T13:01:00+01:00");
  EXPECT_EQ(WithInferredOffset("2025-01-04T13:01:00", "", "AT"), "2025-01-04T13:01:00+01:00");
  EXPECT_EQ(WithInferredOffset("2025-01-04T13:01:00", "de-CH", ""), "2025-01-04T13:01:00+01:00");
}

TEST(WithInferredOffsetTest, LeavesOtherValuesAlone) {
  EXPECT_EQ(WithInferredOffset("2025-04-04", "de", ""), "2025-04-04");
  EXPECT_EQ(WithInferredOffset("2025-04-04T13:01:00-05:00", "de", ""), "2025-04-04T13:01:00-05:00");
  EXPECT_EQ(WithInferredOffset("2025-04-04T13:01:00", "en", ""), "2025-04-04T13:01:00");
  EXPECT_EQ(WithInferredOffset("not a date", "de", ""), "not a date");
}

TEST(FindDateInTextTest, GermanLabels) {
  auto d = FindDateInText("Veröffentlicht: 04.04.2025");
  ASSERT_TRUE(d.has_value());
  EXPECT_EQ(d->when.ToIso(), "2025-04-04");
  EXPECT_EQ(d->kind, DateKind::kPublished);
  EXPECT_EQ(d->label, "Veröffentlicht");

  d = FindDateInText("Stand: 04.04.2025, 13:01 Uhr");
  ASSERT_TRUE(d.has_value());
  EXPECT_EQ(d->when.ToIso(), "2025-04-04T13:01:00");
  EXPECT_EQ(d->kind, DateKind::kModified);

  d = FindDateInText("Zuletzt aktualisiert am 5. April 2025 um 9:15 Uhr");
  ASSERT_TRUE(d.has_value());
  EXPECT_EQ(d->when.ToIso(), "2025-04-05T09:15:00");
  EXPECT_EQ(d->kind, DateKind::kModified);
  EXPECT_EQ(d->label, "Zuletzt aktualisiert");

  d = FindDateInText("Von Anna Müller | Erschienen am 4. April 2025");
  ASSERT_TRUE(d.has_value());
  EXPECT_EQ(d->kind, DateKind::kPublished);
}

TEST(FindDateInTextTest, DateSetOffByAMiddleDotOpensADateline) {
  // Blog templates print "8.Dezember 2010" without the space after the
  // day, and set the date off from category and comment count with "·".
  auto d = FindDateInText("8.Dezember 2010 um 09:43 · Rezepte · 6 Kommentare");
  ASSERT_TRUE(d.has_value());
  EXPECT_EQ(d->when.ToIso(), "2010-12-08T09:43:00");
  // A number glued to a word that is no month is no date.
  EXPECT_FALSE(FindDateInText("Platz 8.Deutschland 2010 · Tabelle · 6 Kommentare").has_value());
  // Prose that mentions a date later on is no dateline.
  EXPECT_FALSE(FindDateInText("Am Ende des Jahres kam alles anders, als am 8. Dezember 2010 · geplant").has_value());
}

TEST(FindDateInTextTest, EnglishLabels) {
  auto d = FindDateInText("Published April 4, 2025");
  ASSERT_TRUE(d.has_value());
  EXPECT_EQ(d->when.ToIso(), "2025-04-04");
  EXPECT_EQ(d->kind, DateKind::kPublished);
  d = FindDateInText("Updated: April 5, 2025 3:02 pm");
  ASSERT_TRUE(d.has_value());
  EXPECT_EQ(d->when.ToIso(), "2025-04-05T15:02:00");
  EXPECT_EQ(d->kind, DateKind::kModified);
  d = FindDateInText("Last modified on 2025-04-06");
  ASSERT_TRUE(d.has_value());
  EXPECT_EQ(d->kind, DateKind::kModified);
  d = FindDateInText("Posted on 4 April 2025 by admin");
  ASSERT_TRUE(d.has_value());
  EXPECT_EQ(d->kind, DateKind::kPublished);
}

TEST(FindDateInTextTest, FirstLabelWins) {
  auto d = FindDateInText("Veröffentlicht am 03.04.2025, aktualisiert am 04.04.2025");
  ASSERT_TRUE(d.has_value());
  EXPECT_EQ(d->when.ToIso(), "2025-04-03");
  EXPECT_EQ(d->kind, DateKind::kPublished);
}

TEST(FindDateInTextTest, BareDateLinesAndProse) {
  auto d = FindDateInText("04.04.2025, 13:01 Uhr");
  ASSERT_TRUE(d.has_value());
  EXPECT_EQ(d->kind, DateKind::kUnlabeled);
  // A date in a sentence is not a dateline; "stand" in prose is not a label.
  EXPECT_FALSE(FindDateInText("Der Angeklagte stand am 4. April 2025 erneut vor dem Landgericht "
                              "in Hamburg.").has_value());
  EXPECT_FALSE(FindDateInText("Die Veröffentlichung ist für den 4. April 2025 geplant, sagte "
                              "eine Sprecherin.").has_value());
  EXPECT_FALSE(FindDateInText("").has_value());
}

}  // namespace
}  // namespace klartext::extract

namespace klartext::extract {
namespace {

TEST(DateFromUrlTest, PathDates) {
  EXPECT_EQ(DateFromUrl("https://lemire.me/blog/2019/08/02/json-parsing/")->ToIso(), "2019-08-02");
  EXPECT_EQ(DateFromUrl("http://www.example.com/local/2020-02/19/c_1.htm")->ToIso(), "2020-02-19");
  EXPECT_EQ(DateFromUrl("https://example.de/2025-04-04-gespraeche")->ToIso(), "2025-04-04");
  // An archived page: the inner URL's date, not the archive's timestamp.
  EXPECT_EQ(DateFromUrl("https://web.archive.org/web/20140109030403/http://b.example.com/2013/12/09/x/")
                ->ToIso(),
            "2013-12-09");
}

TEST(DateFromUrlTest, NoDate) {
  EXPECT_FALSE(DateFromUrl("https://example.de/2019/08/").has_value());
  EXPECT_FALSE(DateFromUrl("https://example.de/2019/13/02/").has_value());
  EXPECT_FALSE(DateFromUrl("https://example.de/12345/2019/08/021").has_value());
  EXPECT_FALSE(DateFromUrl("").has_value());
}

}  // namespace
}  // namespace klartext::extract
