// The rules that raise the metadata exact-match rates (title, date,
// author), each on a small hand-written page or byline.
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "extract/byline.h"
#include "extract/date_zone.h"
#include "extract/metadata.h"
#include "extract/metadata_test_util.h"
#include "klartext/extract.h"

namespace klartext::extract {
namespace {

using Names = std::vector<std::string>;
using testing::ReadHtml;

using testing::ExtractPage;
using testing::kBody;

// --- Title -----------------------------------------------------------------

TEST(TitleRuleTest, OnlyHeadingWinsOverADifferentDeclaredTitle) {
  const std::string html =
      "<html><head><title>Brücke wird 2026 erneuert | Beispielblatt</title>"
      "<meta property=\"og:title\" content=\"Brücke wird 2026 erneuert\"></head><body>"
      "<article><h1>Gemeinderat beschließt neue Brücke über den Mühlbach</h1>" +
      std::string(kBody) + "</article></body></html>";
  EXPECT_EQ(ExtractPage(html).title, "Gemeinderat beschließt neue Brücke über den Mühlbach");
}

TEST(TitleRuleTest, TwoHeadingsLeaveTheDeclaredTitle) {
  // With several <h1> none is known to be the headline.
  const std::string html =
      "<html><head><meta property=\"og:title\" content=\"Brücke wird 2026 erneuert\"></head><body>"
      "<h1>Lokales aus der Region</h1><article><h1>Gemeinderat beschließt neue Brücke</h1>" +
      std::string(kBody) + "</article></body></html>";
  EXPECT_EQ(ExtractPage(html).title, "Brücke wird 2026 erneuert");
}

TEST(TitleRuleTest, OnlyHeadingThatNamesTheSiteIsNoHeadline) {
  const std::string html =
      "<html><head><meta property=\"og:title\" content=\"Brücke wird 2026 erneuert\">"
      "<meta property=\"og:site_name\" content=\"Beispielblatt\"></head><body>"
      "<header><h1>Beispielblatt Online</h1></header><article>" +
      std::string(kBody) + "</article></body></html>";
  EXPECT_EQ(ExtractPage(html).title, "Brücke wird 2026 erneuert");
}

TEST(TitleRuleTest, HeadingNamesSite) {
  EXPECT_TRUE(HeadingNamesSite("Four Years Remaining", "", "https://fouryears.example/x"));
  EXPECT_TRUE(HeadingNamesSite("Beispielblatt Online", "Beispielblatt", ""));
  EXPECT_FALSE(HeadingNamesSite("Gemeinderat beschließt neue Brücke", "Beispielblatt",
                                "https://www.beispielblatt.example/a"));
}

TEST(TitleRuleTest, HeadingThatRepeatsAnotherHeadlineDeclaration) {
  // The JSON-LD headline is an SEO variant; og:title is what the <h1> says.
  const std::string html =
      "<html><head><script type=\"application/ld+json\">{\"@type\":\"NewsArticle\","
      "\"headline\":\"Mühlbach: neue Brücke ab 2026\"}</script>"
      "<meta property=\"og:title\" content=\"Gemeinderat beschließt neue Brücke über den Mühlbach\">"
      "</head><body><h1>Lokales aus der Region</h1><article>"
      "<h1>Gemeinderat beschließt neue Brücke über den Mühlbach</h1>" +
      std::string(kBody) + "</article></body></html>";
  EXPECT_EQ(ExtractPage(html).title, "Gemeinderat beschließt neue Brücke über den Mühlbach");
}

TEST(TitleRuleTest, LowerCaseTailIsNoHeadline) {
  // The blog's tagline heading is the tail of the headline; it must not
  // be taken for it.
  const std::string html =
      "<html><head><meta property=\"og:title\" content=\"Keine Brücke zur Mühle am Mühlbach\">"
      "</head><body><header><h2>zur Mühle am Mühlbach</h2></header><article>"
      "<h1>Keine Brücke zur Mühle am Mühlbach</h1>" +
      std::string(kBody) + "</article></body></html>";
  EXPECT_EQ(ExtractPage(html).title, "Keine Brücke zur Mühle am Mühlbach");
}

TEST(TitleRuleTest, FirstContentSubheadingWhenTheSiteHasNoHeadline) {
  // Only a <title> of site and section is declared, and no <h1> holds a
  // headline: the post's own <h2> is the title.
  const std::string html =
      "<html><head><title>Aktuelles - Beispielblatt</title></head><body>"
      "<article><h2>Gemeinderat beschließt neue Brücke über den Mühlbach</h2>" +
      std::string(kBody) + "</article></body></html>";
  EXPECT_EQ(ExtractPage(html).title, "Gemeinderat beschließt neue Brücke über den Mühlbach");
}

// --- Author ------------------------------------------------------------------

TEST(AuthorRuleTest, HandlesWithDigitsStayWhole) {
  EXPECT_EQ(ParseByline("freeman1984").authors, Names{"freeman1984"});
  EXPECT_EQ(ParseByline("Author: Bo2man am 29.12.2010, 13:36 Uhr").authors, Names{"Bo2man"});
  // A date glued to a name is still cut off.
  EXPECT_EQ(ParseByline("Von Anna Müller 04.04.2025").authors, Names{"Anna Müller"});
  EXPECT_EQ(ParseByline("Anna Müller12.03.2020").authors, Names{"Anna Müller"});
  EXPECT_FALSE(LooksLikePersonName("Anna Müller 2"));
}

TEST(AuthorRuleTest, OneWordDisplayNameCompletedFromTheBio) {
  PageMetadata m = ReadHtml(
      "<html><head><script type=\"application/ld+json\">{\"@context\":\"https://schema.org\","
      "\"@type\":\"BlogPosting\",\"headline\":\"Ein Titel\",\"author\":{\"@type\":\"Person\","
      "\"name\":\"Nora\",\"description\":\"Nora Beispiel ist freie Autorin in Köln.\"}}"
      "</script></head><body><p>x</p></body></html>");
  EXPECT_EQ(m.authors.value, Names{"Nora Beispiel"});
  // A bio that does not open with the name changes nothing.
  m = ReadHtml(
      "<html><head><script type=\"application/ld+json\">{\"@type\":\"BlogPosting\","
      "\"author\":{\"@type\":\"Person\",\"name\":\"Nora\",\"description\":\"Schreibt über Köln.\"}}"
      "</script></head><body><p>x</p></body></html>");
  EXPECT_EQ(m.authors.value, Names{"Nora"});
}

TEST(AuthorRuleTest, PersonTypedAlsoAsOrganizationIsAPerson) {
  PageMetadata m = ReadHtml(
      "<html><head><script type=\"application/ld+json\">{\"@graph\":["
      "{\"@type\":\"BlogPosting\",\"headline\":\"Ein Titel\",\"author\":{\"@id\":\"#p\"},"
      "\"publisher\":{\"@id\":\"#p\"}},"
      "{\"@type\":[\"Person\",\"Organization\"],\"@id\":\"#p\",\"name\":\"Nora Beispiel\"}]}"
      "</script></head><body><p>x</p></body></html>");
  // Neither dropped as an organisation nor struck out as the site's name.
  EXPECT_EQ(m.authors.value, Names{"Nora Beispiel"});
  EXPECT_NE(m.sitename.value, "Nora Beispiel");
}

TEST(AuthorRuleTest, RomanceBylines) {
  EXPECT_EQ(ParseByline("Par Claire Martin le 17 janvier 2022").authors, Names{"Claire Martin"});
  EXPECT_EQ(ParseByline("Ana Ruiz, Luis Gómez y José María Vidal").authors,
            (Names{"Ana Ruiz", "Luis Gómez", "José María Vidal"}));
  EXPECT_EQ(ParseByline("Marie Dupont et Paul Durand").authors, (Names{"Marie Dupont", "Paul Durand"}));
  // A relative time glued to the last name ("… VidalHace 3 horas").
  EXPECT_EQ(ParseByline("José María VidalHace 3 horas").authors, Names{"José María Vidal"});
}

TEST(AuthorRuleTest, NameAfterAVisibleDate) {
  auto authors_of = [](const std::string& meta_line) {
    const std::string html = "<html><body><article><h1>Gemeinderat beschließt neue Brücke über den Mühlbach</h1>"
                             "<p class=\"meta\">" + meta_line + "</p>" + std::string(kBody) +
                             "</article></body></html>";
    return ExtractPage(html).authors;
  };
  EXPECT_EQ(authors_of("04.02.2022 | 13:10 Uhr | Nora Beispiel"), Names{"Nora Beispiel"});
  EXPECT_EQ(authors_of("25.10.2022 - Nora Beispiel"), Names{"Nora Beispiel"});
  EXPECT_EQ(authors_of("06.11.2023 13:30 von Nora"), Names{"Nora"});
  // One word after a bare separator is a place, not an author.
  EXPECT_TRUE(authors_of("04.02.2022 | Berlin").empty());
}

TEST(AuthorRuleTest, VisibleBylineLeadIns) {
  auto authors_of = [](const std::string& meta_line) {
    const std::string html = "<html><body><article><h1>Gemeinderat beschließt neue Brücke über den Mühlbach</h1>"
                             "<p>" + meta_line + "</p>" + std::string(kBody) + "</article></body></html>";
    return ExtractPage(html).authors;
  };
  EXPECT_EQ(authors_of("Written by: Nora Beispiel"), Names{"Nora Beispiel"});
  EXPECT_EQ(authors_of("Eine Kolumne von Nora Beispiel"), Names{"Nora Beispiel"});
  EXPECT_EQ(authors_of("| By Nora Beispiel |"), Names{"Nora Beispiel"});
}

TEST(AuthorRuleTest, BylineSegmentOfADateline) {
  auto authors_of = [](const std::string& meta_line) {
    const std::string html = "<html><body><article><h1>Gemeinderat beschließt neue Brücke über den Mühlbach</h1>"
                             "<p class=\"meta\">" + meta_line + "</p>" + std::string(kBody) +
                             "</article></body></html>";
    return ExtractPage(html).authors;
  };
  EXPECT_EQ(authors_of("erstellt von Nora \u2014 veröffentlicht 28.01.2022 06:00"), Names{"Nora"});
  EXPECT_EQ(authors_of("Lokales | By Nora Beispiel | April 13, 2020"), Names{"Nora Beispiel"});
}

TEST(AuthorRuleTest, CopyrightHolderOfAPersonalSite) {
  auto authors_of = [](const std::string& footer, std::string_view url = "https://www.beispielblatt.example/a") {
    const std::string html = "<html><body><article><h1>Gemeinderat beschließt neue Brücke über den Mühlbach</h1>" +
                             std::string(kBody) + "</article><footer><p>" + footer + "</p></footer></body></html>";
    return ExtractPage(html, url).authors;
  };
  EXPECT_EQ(authors_of("\u00a9 2019 Nora Beispiel"), Names{"Nora Beispiel"});
  EXPECT_EQ(authors_of("(c) Nora Beispiel \u2022 Weitere Rechte siehe Impressum"), Names{"Nora Beispiel"});
  EXPECT_EQ(authors_of("\u00a9 Nora Beispiel", "https://norabeispiel.example/a"), Names{"Nora Beispiel"});
  // Firms and the site's own brand are no authors.
  EXPECT_TRUE(authors_of("\u00a9 2023 KTRK-TV").empty());
  EXPECT_TRUE(authors_of("\u00a9 2023 Beispielblatt Verlag").empty());
  EXPECT_TRUE(authors_of("\u00a9 Medienreferat der Beispielkirche").empty());
  EXPECT_TRUE(authors_of("Alle Rechte bei Nora Beispiel").empty());
}

TEST(AuthorRuleTest, SoftHyphensLeaveNames) {
  EXPECT_EQ(ParseByline("Von Mat\u00adthi\u00adas Bei\u00adspiel").authors, Names{"Matthias Beispiel"});
}

TEST(AuthorRuleTest, SiteNameWrittenApartIsNoAuthor) {
  EXPECT_FALSE(LooksLikePersonName("El Beispiel", "ElBeispiel.com"));
  EXPECT_FALSE(LooksLikePersonName("Beispiel-Blatt", "Beispiel Blatt"));
  EXPECT_TRUE(LooksLikePersonName("Nora Beispiel", "ElBeispiel.com"));
}

// --- Date --------------------------------------------------------------------

TEST(DateRuleTest, DublinCoreDateWithColon) {
  PageMetadata m = ReadHtml("<html><head><meta name=\"DC:date\" content=\"2009-09-15\"></head>"
                            "<body><p>x</p></body></html>");
  EXPECT_EQ(m.published.value, "2009-09-15");
}

TEST(DateRuleTest, UtcTimeShownInTheCountrysZone) {
  EXPECT_EQ(InCountryZone("2022-05-04T00:44:52+00:00", "br"), "2022-05-03T21:44:52-03:00");
  EXPECT_EQ(InCountryZone("2022-12-31T20:00:00+00:00", "jp"), "2023-01-01T05:00:00+09:00");
  EXPECT_EQ(InCountryZone("2024-03-01T03:00:00+00:00", "in"), "2024-03-01T08:30:00+05:30");
  EXPECT_EQ(InCountryZone("2024-03-01T01:00:00+00:00", "ar"), "2024-02-29T22:00:00-03:00");
  // Unknown or Central European countries, local times and dates alone stay.
  EXPECT_EQ(InCountryZone("2022-05-04T00:44:52+00:00", "com"), "2022-05-04T00:44:52+00:00");
  EXPECT_EQ(InCountryZone("2022-05-04T00:44:52+00:00", "de"), "2022-05-04T00:44:52+00:00");
  EXPECT_EQ(InCountryZone("2022-05-04T00:44:52+02:00", "br"), "2022-05-04T00:44:52+02:00");
  EXPECT_EQ(InCountryZone("2022-05-04", "br"), "2022-05-04");
}

TEST(DateRuleTest, ExtractedDateIsTheReadersDay) {
  const std::string html =
      "<html><head><meta property=\"article:published_time\" content=\"2022-05-04T00:44:52Z\">"
      "</head><body><article><h1>Gemeinderat beschließt neue Brücke über den Mühlbach</h1>" +
      std::string(kBody) + "</article></body></html>";
  EXPECT_EQ(ExtractPage(html, "https://www.jornal.example.br/a").published, "2022-05-03T21:44:52-03:00");
}

TEST(DateRuleTest, DatelineSettlesDisagreeingDeclarations) {
  auto page = [](std::string_view dateline) {
    return "<html><head><script type=\"application/ld+json\">{\"@type\":\"NewsArticle\","
           "\"headline\":\"Gemeinderat beschließt neue Brücke über den Mühlbach\","
           "\"datePublished\":\"2022-01-04T07:29:00+01:00\"}</script>"
           "<meta property=\"article:published_time\" content=\"2022-01-06T08:29:34+01:00\"></head><body>"
           "<article><h1>Gemeinderat beschließt neue Brücke über den Mühlbach</h1><p class=\"meta\">" +
           std::string(dateline) + "</p>" + std::string(kBody) + "</article></body></html>";
  };
  // The dateline repeats the JSON-LD day: that declaration, with its time.
  EXPECT_EQ(ExtractPage(page("04.01.2022")).published, "2022-01-04T07:29:00+01:00");
  // A dateline that repeats no declaration leaves the most trusted one:
  // for dates OpenGraph (extract/metadata.cc, DateRank).
  EXPECT_EQ(ExtractPage(page("12.01.2022")).published, "2022-01-06T08:29:34+01:00");
}

}  // namespace
}  // namespace klartext::extract
