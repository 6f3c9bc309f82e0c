// Fourth round of metadata exact-match rules (doc/metadata.md): each rule
// on a small hand-written page.
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "extract/byline.h"
#include "extract/date_parse.h"
#include "extract/title_match.h"
#include "extract/url.h"
#include "klartext/extract.h"
#include "extract/metadata_test_util.h"

namespace klartext::extract {
namespace {

using testing::ExtractPage;
using testing::kBody;

// --- Title -----------------------------------------------------------------

TEST(TitleRound4Test, KickerInsideTheHeadingIsTheDeclarationsFirstPart) {
  std::optional<KickerSplit> split = SplitKickerAtSegment(
      "Aktion Sauberer Bach Kostenlose Beratung für private Haushalte",
      "Aktion Sauberer Bach - kostenlose Beratung | Beispielblatt");
  ASSERT_TRUE(split.has_value());
  EXPECT_EQ(split->kicker, "Aktion Sauberer Bach");
  EXPECT_EQ(split->headline, "Kostenlose Beratung für private Haushalte");
  // The rest must go on with the declaration's second part.
  EXPECT_FALSE(SplitKickerAtSegment("Aktion Sauberer Bach Neue Brücke im Frühjahr",
                                    "Aktion Sauberer Bach - kostenlose Beratung | Beispielblatt")
                   .has_value());
  // A heading that is the first part alone splits nothing.
  EXPECT_FALSE(SplitKickerAtSegment("Aktion Sauberer Bach", "Aktion Sauberer Bach - kostenlose Beratung").has_value());

  const std::string html =
      "<html><head><title>Aktion Sauberer Bach - kostenlose Beratung | Beispielblatt</title></head><body>"
      "<article><h1><span class=\"small\">Aktion Sauberer Bach</span> Kostenlose Beratung für private "
      "Haushalte</h1>" + std::string(kBody) + "</article></body></html>";
  Article a = ExtractPage(html);
  EXPECT_EQ(a.title, "Kostenlose Beratung für private Haushalte");
  EXPECT_EQ(a.kicker, "Aktion Sauberer Bach");
}

TEST(TitleRound4Test, ArchivedCopysHomeLinkMarksTheSiteHeading) {
  EXPECT_EQ(ArchivedOriginal("https://web.archive.org/web/20160330101229/http://beispiel.example/a"),
            "http://beispiel.example/a");
  EXPECT_EQ(ArchivedOriginal("https://archiv.example/web/20160330101229im_/https://beispiel.example/"),
            "https://beispiel.example/");
  // Not a capture time, or no URL after it: unchanged.
  EXPECT_EQ(ArchivedOriginal("https://beispiel.example/web/2016/bericht"), "https://beispiel.example/web/2016/bericht");
  EXPECT_EQ(ArchivedOriginal("https://beispiel.example/web/20160330101229/seite"),
            "https://beispiel.example/web/20160330101229/seite");

  const std::string html =
      "<html><head><title>Brücke im Frühjahr : Backstube Rezepte und Kuchen für alle Tage</title></head><body>"
      "<h1 class=\"logo\"><a href=\"https://web.archive.org/web/20160330101229/http://backstube.example/\">"
      "Backstube Rezepte und Kuchen für alle Tage</a></h1><div class=\"post\"><h2>Brücke im Frühjahr</h2>" + std::string(kBody) +
      "</div></body></html>";
  EXPECT_EQ(ExtractPage(html, "https://web.archive.org/web/20160330101229/http://backstube.example/bruecke").title,
            "Brücke im Frühjahr");
}

// --- Dates -----------------------------------------------------------------

TEST(DateRound4Test, HAtomValueTitleGivesTheDate) {
  const std::string updated =
      "<html><body><article><h1>Neue Brücke über den Mühlbach</h1>"
      "<span class=\"updated\" title=\"2013-04-04T18:52:11+00:00\"></span>" +
      std::string(kBody) + "</article></body></html>";
  Article a = ExtractPage(updated);
  EXPECT_EQ(a.modified.substr(0, 10), "2013-04-04");
  // The only date the page names is its current version's: the estimate.
  EXPECT_EQ(a.published.substr(0, 10), "2013-04-04");

  const std::string published =
      "<html><body><article><h1>Neue Brücke über den Mühlbach</h1>"
      "<span class=\"published\" title=\"2012-08-22T09:43:41+0100\">22. August</span>"
      "<span class=\"updated\" title=\"2013-04-04T18:52:11+00:00\"></span>" +
      std::string(kBody) + "</article></body></html>";
  a = ExtractPage(published);
  EXPECT_EQ(a.published, "2012-08-22T09:43:41+01:00");
  EXPECT_EQ(a.modified.substr(0, 10), "2013-04-04");

  // A tooltip that is no machine date is not read.
  const std::string tooltip =
      "<html><body><article><h1>Neue Brücke über den Mühlbach</h1>"
      "<span class=\"published\" title=\"Veröffentlicht\">gestern</span>" +
      std::string(kBody) + "</article></body></html>";
  EXPECT_EQ(ExtractPage(tooltip).published, "");
}

TEST(DateRound4Test, LabelledDateInThePageFooter) {
  const std::string html =
      "<html><body><article><h1>Neue Brücke über den Mühlbach</h1>" + std::string(kBody) +
      "</article><footer><div><label>Letzte Änderung:</label><div>14.01.2022 um 09:25</div></div>"
      "</footer></body></html>";
  EXPECT_EQ(ExtractPage(html).published.substr(0, 10), "2022-01-14");

  // A bare date after the body, away from the headline, is another page's
  // (a sidebar list).
  const std::string sidebar =
      "<html><body><article><h1>Neue Brücke über den Mühlbach</h1>" + std::string(kBody) +
      "</article><aside><h3>Mehr aus dem Landkreis</h3><ul><li>Schwimmbad öffnet wieder</li>"
      "<li>Kreistag tagt im Rathaus</li><li>Neuer Radweg am Fluss</li><li>Markt zieht um</li>"
      "<li>Bücherei verlängert Öffnungszeiten</li><li>Sportverein feiert Jubiläum</li>"
      "<li>Baustelle an der Hauptstraße</li><li>Konzert im Stadtpark</li>"
      "<li>Neue Ärztin im Ort</li><li>Kita erhält Spende</li><li>Wanderweg gesperrt</li>"
      "<li>14.01.2022</li><li>Feuerwehr bekommt neues Fahrzeug</li></ul></aside>"
      "</body></html>";
  EXPECT_EQ(ExtractPage(sidebar).published, "");
}

TEST(DateRound4Test, GermanParticipleAfterTheDate) {
  std::optional<TextDate> d =
      FindDateInText("Dieser Eintrag wurde am 19. Mai 2010 um 23:03 Uhr gepostet und unter Allgemein abgelegt.");
  ASSERT_TRUE(d.has_value());
  EXPECT_EQ(d->kind, DateKind::kPublished);
  EXPECT_EQ(d->when.ToIso().substr(0, 16), "2010-05-19T23:03");
  // The date must be the one the participle closes ("am …"), right before it.
  EXPECT_FALSE(FindDateInText("Der Roman, am 3. März 1990 in Berlin vorgestellt, wurde erst viel später "
                              "veröffentlicht und gelesen von allen Menschen im ganzen Land")
                   .has_value());
}

TEST(DateRound4Test, WrittenIsAPublishedLabel) {
  std::optional<TextDate> d = FindDateInText("Written: 2023-11-07 15:03:30 / Updated: 2023-11-08 09:00:00");
  ASSERT_TRUE(d.has_value());
  EXPECT_EQ(d->kind, DateKind::kPublished);
  EXPECT_EQ(d->when.ToIso().substr(0, 10), "2023-11-07");
}

TEST(DateRound4Test, PictureBetweenHeadlineAndDatelineDoesNotCount) {
  auto page = [](const std::string& picture) {
    return "<html><head><meta name=\"dcterms.date\" content=\"2022-01-21T09:43+01:00\"></head><body>"
           "<article><h1>Neue Brücke über den Mühlbach</h1>" + picture +
           "<p class=\"lead\">Der Gemeinderat hat entschieden: die alte Brücke wird im Frühjahr ersetzt, "
           "und das Land zahlt den größten Teil der Kosten.</p>"
           "<div class=\"article-meta\"><time datetime=\"2022-01-25T08:00:00+01:00\">25.01.2022</time></div>" +
           std::string(kBody) + "</article></body></html>";
  };
  EXPECT_EQ(ExtractPage(page("<figure><img src=\"/b.jpg\" alt=\"Brücke\"><figcaption>Die alte Brücke im "
                             "Winter. Foto: Stadt</figcaption></figure>"))
                .published.substr(0, 10),
            "2022-01-25");
  // Three paragraphs of text in between: the date is no dateline of the
  // headline, and the declaration stays.
  EXPECT_EQ(ExtractPage(page("<p>Erster Absatz über die Brücke und den Bach im Ort.</p><p>Zweiter Absatz über "
                             "die Brücke.</p><p>Dritter Absatz über die Kosten der Brücke.</p>"))
                .published.substr(0, 10),
            "2022-01-21");
}

// --- Authors ---------------------------------------------------------------

TEST(AuthorRound4Test, AuthorMarksAfterTheHeadlineComeFirst) {
  std::string slider = "<div class=\"slider\">";
  for (int i = 0; i < 10; ++i) {
    slider += "<article><h2><a href=\"/k" + std::to_string(i) + "\">Kolumne Nummer " + std::to_string(i) +
              "</a></h2><span class=\"teaser__author\">Manfred Kolumnist</span></article>";
  }
  slider += "</div>";
  const std::string html = "<html><body>" + slider +
                           "<main><h1>Neue Brücke über den Mühlbach</h1><div class=\"byline\">"
                           "<a href=\"/autor/ursula-berg\" rel=\"author\">Ursula Berg</a></div>" +
                           std::string(kBody) + "</main></body></html>";
  EXPECT_EQ(ExtractPage(html).authors, (std::vector<std::string>{"Ursula Berg"}));
  // With no mark after the headline, one before it still names the author.
  const std::string above =
      "<html><body><main><div class=\"author\">Ursula Berg</div><h1>Neue Brücke über den Mühlbach</h1>" +
      std::string(kBody) + "</main></body></html>";
  EXPECT_EQ(ExtractPage(above).authors, (std::vector<std::string>{"Ursula Berg"}));
}

TEST(AuthorRound4Test, StockPictureCreditEndsTheByline) {
  EXPECT_EQ(ParseByline("von Olga Symbolbild imago").authors, (std::vector<std::string>{"Olga"}));
  EXPECT_EQ(ParseByline("Von Anna Berg Bild: Stadtarchiv").authors, (std::vector<std::string>{"Anna Berg"}));
  EXPECT_EQ(NameAfterDate("Stars 06.11.2023 13:30 von Olga Symbolfoto imago"), "Olga");
}

TEST(AuthorRound4Test, TeaserCardBylineAwayFromTheHeadlineIsNoByline) {
  std::string more;
  for (int i = 0; i < 6; ++i) {
    more += "<p>Absatz " + std::to_string(i) +
            ": Die Anwohner am Mühlbach begrüßen den Beschluss, fürchten aber monatelange Umwege und "
            "Lärm durch die Baustelle, wie sie bei einer Versammlung sagten.</p>";
  }
  const std::string html =
      "<html><head><meta name=\"author\" content=\"Ingo Acker\"></head><body><main>"
      "<h1>Neue Brücke über den Mühlbach</h1>" + std::string(kBody) + more +
      "</main><section><h2>Mehr zum Thema</h2><ul>"
      "<li><a href=\"/x1\"><h3>Wie Brücken gebaut werden</h3><div class=\"author\"><p>von Peter Feld</p></div></a></li>"
      "<li><a href=\"/x2\"><h3>Der Bach im Wandel</h3><div class=\"author\"><p>von Peter Feld</p></div></a></li>"
      "</ul></section></body></html>";
  EXPECT_EQ(ExtractPage(html).authors, (std::vector<std::string>{"Ingo Acker"}));
}

TEST(AuthorRound4Test, OneWordAuthorCompletedFromSiteNameOrArchiveHeading) {
  EXPECT_EQ(FullNameFor("Pamela", "Pamela Berger", false), "Pamela Berger");
  EXPECT_EQ(FullNameFor("Henry", "MEHR VON HENRY STEINBERG", true), "Henry Steinberg");
  EXPECT_EQ(FullNameFor("Anna", "More from Anna Maria Lind", true), "Anna Maria Lind");
  // Not another first name, not a brand, not a bare name line where a
  // heading is asked for, not a long title.
  EXPECT_FALSE(FullNameFor("Pamela", "Henry Berger", false).has_value());
  EXPECT_FALSE(FullNameFor("Anna", "Anna kocht", false).has_value());
  EXPECT_FALSE(FullNameFor("Anna", "Anna Berger", true).has_value());
  EXPECT_FALSE(FullNameFor("Anna", "Mehr von Anna Berger und Peter Lind", true).has_value());
  EXPECT_FALSE(FullNameFor("Kerem", "MEHR VON KEREM TÜRK", true).has_value());
  EXPECT_EQ(FullNameFor("Kerem", "Mehr von Kerem Türk", true), "Kerem Türk");

  const std::string html =
      "<html><head><meta property=\"og:site_name\" content=\"Pamela Berger\"></head><body><article>"
      "<h1>Neue Brücke über den Mühlbach</h1><p class=\"byline\">Von Pamela</p>" +
      std::string(kBody) + "</article></body></html>";
  EXPECT_EQ(ExtractPage(html).authors, (std::vector<std::string>{"Pamela Berger"}));
}

}  // namespace
}  // namespace klartext::extract
