#include <gtest/gtest.h>

#include "extract/metadata_test_util.h"

namespace klartext::extract {
namespace {

using testing::ReadHtml;
using Names = std::vector<std::string>;

TEST(MetaTest, OpenGraphAndArticleProperties) {
  PageMetadata m = ReadHtml(R"(<html lang="en"><head>
    <meta property="og:title" content="Talks in Washington | Example News">
    <meta property="og:site_name" content="Example News">
    <meta property="og:description" content="What happened.">
    <meta property="og:url" content="https://www.example.de/talks">
    <meta property="og:image" content="/img/talks.jpg">
    <meta property="og:locale" content="de_DE">
    <meta property="article:published_time" content="2025-04-04T13:01:00+02:00">
    <meta property="article:modified_time" content="2025-04-04T15:00:00+02:00">
    <meta property="article:author" content="https://www.facebook.com/annamueller">
    <meta property="article:section" content="Politik">
    <meta property="article:tag" content="USA"><meta property="article:tag" content="Russland">
    <meta name="twitter:title" content="Twitter title">
    </head></html>)");
  EXPECT_EQ(m.title.value, "Talks in Washington");
  EXPECT_EQ(m.title.source, Source::kOpenGraph);
  EXPECT_EQ(m.sitename.value, "Example News");
  EXPECT_EQ(m.description.value, "What happened.");
  EXPECT_EQ(m.url.value, "https://www.example.de/talks");
  ASSERT_EQ(m.images.size(), 1u);
  EXPECT_EQ(m.images[0].url, "https://www.example.de/img/talks.jpg");
  EXPECT_EQ(m.language.value, "de");  // og:locale outranks <html lang>
  EXPECT_EQ(m.published.value, "2025-04-04T13:01:00+02:00");
  EXPECT_EQ(m.modified.value, "2025-04-04T15:00:00+02:00");
  EXPECT_FALSE(m.authors.found());  // a profile URL is not a name
  EXPECT_EQ(m.categories.value, Names{"Politik"});
  EXPECT_EQ(m.tags.value, (Names{"USA", "Russland"}));
}

TEST(MetaTest, OtherMetaNames) {
  PageMetadata m = ReadHtml(R"(<head>
    <meta name="author" content="Anna Müller">
    <meta name="description" content="Beschreibung">
    <meta name="DC.date.issued" content="2025-04-04">
    <meta name="application-name" content="Beispiel">
    <meta name="news_keywords" content="Wahl, Bundestag">
    <meta http-equiv="content-language" content="de-AT">
    <link rel="canonical" href="/kanonisch.html">
    </head>)");
  EXPECT_EQ(m.authors.value, Names{"Anna Müller"});
  EXPECT_EQ(m.authors.source, Source::kMeta);
  EXPECT_EQ(m.description.value, "Beschreibung");
  EXPECT_EQ(m.published.value, "2025-04-04");
  EXPECT_EQ(m.published.source, Source::kMeta);
  EXPECT_EQ(m.sitename.value, "Beispiel");
  EXPECT_EQ(m.tags.value, (Names{"Wahl", "Bundestag"}));
  EXPECT_EQ(m.language.value, "de");
  EXPECT_EQ(m.url.value, "https://www.example.de/kanonisch.html");
}

TEST(MetaTest, DateNamesFromAnalyticsTools) {
  for (const char* name : {"date", "pubdate", "publish-date", "parsely-pub-date", "sailthru.date",
                           "article.published"}) {
    PageMetadata m = ReadHtml(std::string("<meta name=\"") + name + "\" content=\"April 4, 2025\">");
    EXPECT_EQ(m.published.value, "2025-04-04") << name;
  }
}

TEST(MetaTest, AgencyAsMetaAuthor) {
  PageMetadata m = ReadHtml("<meta name=\"author\" content=\"dpa\">");
  EXPECT_FALSE(m.authors.found());
  EXPECT_EQ(m.agency.value, "dpa");
  EXPECT_EQ(m.agency.source, Source::kMeta);
}

TEST(MetaTest, CallerUrlWhenNothingIsDeclared) {
  PageMetadata m = ReadHtml("<p>x</p>", "https://www.example.de/x");
  EXPECT_EQ(m.url.value, "https://www.example.de/x");
  EXPECT_EQ(m.url.source, Source::kCaller);
}

TEST(TitleTest, SiteSuffixIsRemoved) {
  EXPECT_EQ(ReadHtml("<title>Gespräche in Washington | tagesschau.de</title>").title.value,
            "Gespräche in Washington");
  EXPECT_EQ(ReadHtml("<title>Gespräche in Washington - Beispiel</title>"
                     "<meta name=\"application-name\" content=\"Beispiel\">").title.value,
            "Gespräche in Washington");
  EXPECT_EQ(ReadHtml("<title>Emden | Reisen mit dem Internet</title>", "").title.value, "Emden");
  EXPECT_EQ(ReadHtml("<title>Aktuelles - Neue Regeln für die Jagd |</title>", "").title.value,
            "Neue Regeln für die Jagd");
  EXPECT_EQ(ReadHtml("<title>Example | Der lange Titel des Artikels</title>", "https://example.de/").title.value,
            "Der lange Titel des Artikels");
}

TEST(TitleTest, TitlesWithoutSiteAreKept) {
  EXPECT_EQ(ReadHtml("<title>Ein Titel ohne Zusatz</title>").title.value, "Ein Titel ohne Zusatz");
  // The last part is long and not the site: it is part of the title.
  EXPECT_EQ(ReadHtml("<title>Krise - warum die Gespräche in Washington scheiterten</title>").title.value,
            "Krise - warum die Gespräche in Washington scheiterten");
  // <svg><title> is not the page title.
  EXPECT_FALSE(ReadHtml("<body><svg><title>icon</title></svg></body>").title.found());
}

TEST(CleanTitleTest, Direct) {
  EXPECT_EQ(CleanTitle("Headline | ZEIT ONLINE", "", "https://www.zeit.de/x", false), "Headline");
  EXPECT_EQ(CleanTitle("Die Schlagzeile des Tages - Kultur - SPIEGEL", "DER SPIEGEL", "", false),
            "Die Schlagzeile des Tages - Kultur");
  EXPECT_EQ(CleanTitle("Die Schlagzeile des Tages - Kultur - SPIEGEL", "DER SPIEGEL", "", true),
            "Die Schlagzeile des Tages");
  EXPECT_EQ(CleanTitle("A - B", "", "", true), "A - B");  // the rest must be longer
  EXPECT_EQ(CleanTitle("", "", "", true), "");
}

}  // namespace
}  // namespace klartext::extract

namespace klartext::extract {
namespace {

TEST(UrlDateTest, DateInUrlIsTheLastResort) {
  PageMetadata m = testing::ReadHtml("<p>x</p>", "https://blog.example.de/2019/08/02/post/");
  EXPECT_EQ(m.published.value, "2019-08-02");
  EXPECT_EQ(m.published.source, Source::kInferred);
  m = testing::ReadHtml("<meta name=\"date\" content=\"2019-08-03\">", "https://blog.example.de/2019/08/02/post/");
  EXPECT_EQ(m.published.value, "2019-08-03");
}

}  // namespace
}  // namespace klartext::extract

namespace klartext::extract {
namespace {

TEST(TitleTest, DeclaredTitleIsTrimmedToTheHeadingItContains) {
  PageMetadata m = testing::ReadHtml(
      "<meta property=\"og:title\" content=\"Klimaschutz: Bohren, bis es heiß wird\">"
      "<body><h1>Bohren, bis es heiß wird</h1></body>");
  EXPECT_EQ(m.title.value, "Bohren, bis es heiß wird");
  EXPECT_EQ(m.title.source, Source::kOpenGraph);
  // Without a separator the longer title is kept.
  m = testing::ReadHtml(
      "<meta property=\"og:title\" content=\"Warum wir bohren, bis es heiß wird\">"
      "<body><h1>bohren, bis es heiß wird</h1></body>");
  EXPECT_EQ(m.title.value, "Warum wir bohren, bis es heiß wird");
}

TEST(TitleTest, HeadlineContainingTheSiteNameIsNotTheSite) {
  PageMetadata m = testing::ReadHtml(
      "<title>Tote Hummeln unter Linden: Die Erklärung | Hummeln</title>"
      "<meta property=\"og:site_name\" content=\"Hummeln\">", "");
  EXPECT_EQ(m.title.value, "Tote Hummeln unter Linden: Die Erklärung");
}

}  // namespace
}  // namespace klartext::extract
