// Fifth round of title rules (doc/metadata.md): each rule on a small
// hand-written page.
#include <gtest/gtest.h>

#include <string>

#include "extract/metadata.h"
#include "klartext/extract.h"
#include "extract/metadata_test_util.h"

namespace klartext::extract {
namespace {

using testing::ExtractPage;
using testing::kBody;

TEST(TitleRound5Test, TwoWordHeadingThatRepeatsATitlePart) {
  // No <h1>; the name of the holiday home stands in an <h3> and starts
  // the <title>. Two words are enough when they repeat a whole part.
  const std::string html =
      "<html><head><title>Haus Seeblick - Ferienhaus am Mühlbach</title></head><body>"
      "<div class=\"gallery\"><h3>Haus Seeblick</h3></div><div class=\"text\">" + std::string(kBody) +
      "</div></body></html>";
  EXPECT_EQ(ExtractPage(html).title, "Haus Seeblick");
  // One word repeating a part is a section name, not a headline.
  const std::string section =
      "<html><head><title>Aktuelles - Brücke über den Mühlbach wird erneuert</title></head><body>"
      "<h3>Aktuelles</h3><div class=\"text\">" + std::string(kBody) + "</div></body></html>";
  EXPECT_NE(ExtractPage(section).title, "Aktuelles");
}

TEST(TitleRound5Test, FirstH4OfTheContentWhenTheTitleNamesTheSite) {
  // An older template: <title> is the site's name, the post title an <h4>
  // that opens the content.
  const std::string html =
      "<html><head><title>Gemeindeverband Mühlbach e.V.</title></head><body>"
      "<div class=\"nav\"><a href=\"/\">Start</a> <a href=\"/a\">Aktuelles</a></div>"
      "<div class=\"content\"><h4>Die Brücke über den Mühlbach wird erneuert</h4>" + std::string(kBody) +
      "</div></body></html>";
  EXPECT_EQ(ExtractPage(html).title, "Die Brücke über den Mühlbach wird erneuert");
}

TEST(TitleRound5Test, OnlyH1NamingTheSiteAmongOtherWordsInTheContent) {
  // The site is "Bachmilch"; the page's one <h1>, in the content, names it
  // among other words: the headline, not a logo.
  const std::string html =
      "<html><head><title>Joghurt | Bachmilch</title><meta property=\"og:site_name\" content=\"Bachmilch\">"
      "</head><body><div class=\"header\"><a href=\"/\">Start</a></div>"
      "<div class=\"content\"><h1>Unsere Bachmilch Joghurts</h1>" + std::string(kBody) + "</div></body></html>";
  EXPECT_EQ(ExtractPage(html, "https://www.bachmilch.example/joghurt/").title, "Unsere Bachmilch Joghurts");
}

TEST(TitleRound5Test, OneWordMenuH1sDoNotHideThePostTitleH2) {
  // A wiki: the side panels' headings are <h1>s of one word; the page's
  // title is the <h2> that opens the content.
  const std::string html =
      "<html><head><title>Guide/Bruecke - Beispiel Wiki</title></head><body>"
      "<div class=\"sidebar\"><h1>Page</h1><ul><li><a href=\"/e\">Edit</a></li><li><a href=\"/h\">History</a></li></ul>"
      "<h1>User</h1><ul><li><a href=\"/l\">Login</a></li></ul></div>"
      "<div class=\"content\"><h2>Die Brücke über den Mühlbach</h2>" + std::string(kBody) + "</div></body></html>";
  EXPECT_EQ(ExtractPage(html, "https://wiki.beispiel.example/Guide/Bruecke").title, "Die Brücke über den Mühlbach");
}

TEST(TitleRound5Test, KickerLineAndHeadingJoinToTheDeclaredHeadline) {
  // og:title joins kicker and headline (the JSON-LD headline is an SEO
  // variant); on the page they are two blocks under a section's own <h1>.
  const std::string html =
      "<html><head><meta property=\"og:title\" content=\"Mühlbach: Die Brücke wird im Frühjahr erneuert\">"
      "<script type=\"application/ld+json\">{\"@type\": \"NewsArticle\", \"headline\": "
      "\"Mühlbach-Brücke: Arbeiten beginnen im März\"}</script></head><body><article><h1>Verkehr: Berichte aus dem Landkreis</h1><p>Alle Meldungen aus dem Landkreis "
      "auf einen Blick, jeden Tag neu für Sie zusammengestellt.</p>"
      "<div class=\"kicker\">Mühlbach</div><h3>Die Brücke wird im Frühjahr erneuert</h3>" + std::string(kBody) +
      "</article></body></html>";
  Article a = ExtractPage(html);
  EXPECT_EQ(a.title, "Die Brücke wird im Frühjahr erneuert");
  EXPECT_EQ(a.kicker, "Mühlbach");
}

TEST(TitleRound5Test, BareSeparatorEndsASitePartInCjkTitles) {
  const std::string url = "https://www.example.cn/a.htm";
  EXPECT_EQ(CleanTitle("武汉的声音：才有英雄的城！-新华网", "", url, true), "武汉的声音：才有英雄的城！");
  EXPECT_EQ(CleanTitle("蔡健雅的新专辑发布_百度百科", "", url, true), "蔡健雅的新专辑发布");
  // Two parts: channel and site.
  EXPECT_EQ(CleanTitle("话剧巡演结束_文化频道_新华网", "", url, true), "话剧巡演结束");
  // A date's dash is the headline's own; a title with spaces keeps a bare
  // hyphen ("E-Mail"); a long tail is not a site name.
  EXPECT_EQ(CleanTitle("武汉疫情报告2020-02", "", url, true), "武汉疫情报告2020-02");
  EXPECT_EQ(CleanTitle("Neue E-Mail-Adresse für Bürger", "", url, true), "Neue E-Mail-Adresse für Bürger");
  EXPECT_EQ(CleanTitle("才有-英雄的城市武汉的声音有英勇的你", "", url, true), "才有-英雄的城市武汉的声音有英勇的你");
  // A tail as long as the head may be the headline's second half.
  EXPECT_EQ(CleanTitle("蔡健雅_百度百科", "", url, true), "蔡健雅_百度百科");
}

}  // namespace
}  // namespace klartext::extract
