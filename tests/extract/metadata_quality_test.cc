// The metadata rules added for exact-match quality (doc/metadata.md): which
// part of a declared title is the headline, dates of last resort, and
// author names that earlier rules dropped. Fixtures are hand-made.
#include <gtest/gtest.h>

#include <string>

#include "extract/byline.h"
#include "extract/date_parse.h"
#include "klartext/extract.h"
#include "metadata_test_util.h"

namespace klartext::extract {
namespace {

using testing::ReadHtml;

TEST(TitleTest, HeadingBetweenAffixesIsTheHeadline) {
  PageMetadata m = ReadHtml(
      "<html><head><meta property='og:title' content='Rutger Bregman: Unser wahres Ich - brand eins online'>"
      "</head><body><h1>Unser wahres Ich</h1></body></html>");
  EXPECT_EQ(m.title.value, "Unser wahres Ich");
  EXPECT_EQ(m.title.source, Source::kOpenGraph);
}

TEST(TitleTest, TwoWordHeadingAfterASitePrefix) {
  PageMetadata m = ReadHtml("<title>SONNENENERGIE: Der WindRebell</title><h1>Der WindRebell</h1>");
  EXPECT_EQ(m.title.value, "Der WindRebell");
}

TEST(TitleTest, HeadingThatIsOnlyPartOfAWordIsNotTaken) {
  // No separator next to the heading: the title is one headline.
  PageMetadata m = ReadHtml("<title>Villa Galaxy und andere Ferienhäuser</title><h1>Villa Galaxy</h1>");
  EXPECT_EQ(m.title.value, "Villa Galaxy und andere Ferienhäuser");
}

TEST(TitleTest, HeadingThatNamesTheSiteIsNotTheHeadline) {
  PageMetadata m = ReadHtml("<title>Muffin Grundrezept : Muffin Rezepte</title><h1>Muffin Rezepte</h1>",
                            "https://www.muffinrezept.net/grundrezept.html");
  EXPECT_NE(m.title.value, "Muffin Rezepte");
}

TEST(TitleTest, KickerRunIntoTheHeadingIsSplitOff) {
  Result<Article> a = Extract(
      "<html><head><meta property='og:title' content='Why collaborative thinking beats individual smarts'>"
      "</head><body><article><h1><span>Open Progress</span> Why collaborative thinking beats individual "
      "smarts</h1><p>Teams that share what they know solve problems faster than any one of their members "
      "could, a study of two hundred research groups finds.</p><p>The effect was largest where members "
      "came from different fields and had to explain their assumptions to each other.</p></article>"
      "</body></html>");
  ASSERT_TRUE(a.ok());
  EXPECT_EQ(a->title, "Why collaborative thinking beats individual smarts");
  EXPECT_EQ(a->kicker, "Open Progress");
}

TEST(TitleTest, ColonWrittenAgainstAWordStaysInTheHeadline) {
  Result<Article> a = Extract(
      "<html><head><meta property='og:title' content='Marita Kramer verpasst Olympische Spiele'></head>"
      "<body><article><h1>\"Pure Leere\": Marita Kramer verpasst Olympische Spiele</h1><p>Die Skispringerin "
      "wurde positiv getestet und kann nicht nach Peking reisen, teilte der Verband am Montag mit.</p>"
      "<p>Sie hatte sich seit Wochen auf die Spiele vorbereitet und galt als eine der Favoritinnen.</p>"
      "</article></body></html>");
  ASSERT_TRUE(a.ok());
  EXPECT_EQ(a->title, "\"Pure Leere\": Marita Kramer verpasst Olympische Spiele");
}

TEST(TitleTest, TypesetHeadlineMatchesAsciiDeclaration) {
  Result<Article> a = Extract(
      "<html><head><meta property='og:title' content='Termine Whisky Tastings Januar - Mai 2020'></head>"
      "<body><article><h2>Termine Whisky Tastings Januar \u2013 Mai 2020</h2><p>Wir laden wieder zu "
      "unseren Abenden ein, an denen wir Whiskys aus Schottland und Irland gemeinsam verkosten.</p>"
      "<p>Die Plätze sind begrenzt, eine Anmeldung per Telefon oder E-Mail ist erforderlich.</p>"
      "</article></body></html>");
  ASSERT_TRUE(a.ok());
  EXPECT_EQ(a->title, "Termine Whisky Tastings Januar \u2013 Mai 2020");
}

TEST(TitleTest, HeadingThatLinksHomeIsTheSiteName) {
  PageMetadata m = ReadHtml(
      "<title>Kleine Schafskunde | Mäscot das Schaf – Webcomic</title>"
      "<h1 id='site-title'><a href='http://www.example.de/' rel='home'>Mäscot das Schaf – Webcomic</a></h1>"
      "<h1 class='entry-title'>Kleine Schafskunde</h1>");
  EXPECT_EQ(m.title.value, "Kleine Schafskunde");
  EXPECT_EQ(m.sitename.value, "Mäscot das Schaf – Webcomic");
  // A heading that links to an article is the article's headline.
  PageMetadata n = ReadHtml("<h1><a href='/2020/05/headline.html'>Der Text der Schlagzeile</a></h1>");
  EXPECT_EQ(n.title.value, "Der Text der Schlagzeile");
}

TEST(DateTest, DateSetOffByABarAtTheStartOfALine) {
  std::optional<TextDate> d = FindDateInText("08.11.2021 | Online-Fachtag zum Intersex Day of Remembrance");
  ASSERT_TRUE(d.has_value());
  EXPECT_EQ(d->when.ToIso(), "2021-11-08");
  // Not when the line does not open with the date.
  EXPECT_FALSE(FindDateInText("DEVI Fachtagung 2021 | Klassismus in der Krise - Teilhabe stärken").has_value());
  EXPECT_FALSE(FindDateInText("Ein langer Satz mit einem Strich | und am 08.11.2021 einem Datum darin").has_value());
}

TEST(DateTest, MicroformatAbbrTitle) {
  PageMetadata m = ReadHtml(
      "<div itemscope itemtype='http://schema.org/BlogPosting'><abbr itemprop='datePublished' "
      "title='2018-06-05T08:00:00-07:00'>June 5</abbr></div>");
  EXPECT_EQ(m.published.value, "2018-06-05T08:00:00-07:00");
}

TEST(DateTest, PublicationDateMeta) {
  PageMetadata m = ReadHtml("<meta name='publication_date' content='2022-02-08T14:00:00'>");
  EXPECT_EQ(m.published.value, "2022-02-08T14:00:00");
}

TEST(DateTest, FirstTimeOutsideCommentsWhenNothingElse) {
  PageMetadata m = ReadHtml(
      "<div class='comments'><time datetime='2021-12-01'>1.12.</time></div>"
      "<div class='post'><time class='updated' datetime='2021-11-30'>x</time>"
      "<time datetime='2021-11-25 16:11'>25. November</time></div>");
  EXPECT_EQ(m.published.value, "2021-11-25T16:11:00");
  EXPECT_EQ(m.published.source, Source::kTimeTag);
  EXPECT_EQ(m.modified.value, "2021-11-30");
}

TEST(DateTest, DateLineBeforeTheBodyWhenNothingIsDeclared) {
  Result<Article> a = Extract(
      "<html><body><div class='nav'><p>Startseite</p><p>08. Februar 2022</p><p>Zurück</p>"
      "<p>Menü</p><p>Suche</p><p>Kontakt</p><p>Presse</p><p>Themen</p><p>Service</p><p>Über uns</p></div>"
      "<article><h2>Impfen ist bis Ende Februar noch überall möglich</h2><p>Die Impfzentren bleiben "
      "geöffnet, und auch in Apotheken und Arztpraxen kann man sich weiterhin impfen lassen.</p><p>Wer "
      "noch keinen Termin hat, kann ohne Anmeldung vorbeikommen, teilt die Direktion mit.</p></article>"
      "</body></html>");
  ASSERT_TRUE(a.ok());
  EXPECT_EQ(a->published.substr(0, 10), "2022-02-08");
}

std::string DatedPage(std::string_view declared_published, std::string_view declared_modified,
                      std::string_view dateline) {
  std::string html = "<html><head><meta property='article:published_time' content='";
  html += declared_published;
  html += "'>";
  if (!declared_modified.empty()) {
    html += "<meta property='article:modified_time' content='";
    html += declared_modified;
    html += "'>";
  }
  html += "</head><body><article><h1>Mayor opens the new bridge over the river</h1><p>";
  html += dateline;
  html += "</p><p>The bridge took four years to build and carries two lanes, a cycle path and a footpath "
          "across the river.</p><p>It replaces a ferry that had run since the nineteenth century and was "
          "often stopped by fog.</p></article></body></html>";
  return html;
}

TEST(DateTest, VisibleDayWinsOverUtcNearMidnight) {
  Result<Article> a = Extract(DatedPage("2020-02-25T02:25:54+00:00", "", "February 24, 2020"));
  ASSERT_TRUE(a.ok());
  EXPECT_EQ(a->published.substr(0, 10), "2020-02-24");
}

TEST(DateTest, VisibleDayWinsWhenItIsTheDeclaredModificationDay) {
  Result<Article> a =
      Extract(DatedPage("2021-11-29T14:13:37+00:00", "2022-01-12T14:27:30+00:00", "12.01.2022"));
  ASSERT_TRUE(a.ok());
  EXPECT_EQ(a->published.substr(0, 10), "2022-01-12");
  EXPECT_EQ(a->modified, "2022-01-12T14:27:30+00:00");
}

TEST(DateTest, DeclarationKeepsItsTimeAgainstAnUnexplainedVisibleDay) {
  Result<Article> a = Extract(DatedPage("2022-01-25T12:02:53+00:00", "", "26.01.2022"));
  ASSERT_TRUE(a.ok());
  EXPECT_EQ(a->published, "2022-01-25T12:02:53+00:00");
  Result<Article> b = Extract(DatedPage("2023-11-08T22:05:41-05:00", "", "November 9, 2023"));
  ASSERT_TRUE(b.ok());
  EXPECT_EQ(b->published, "2023-11-08T22:05:41-05:00");  // already local time
}

TEST(AuthorTest, ParticleInsideANameIsKept) {
  EXPECT_EQ(ParseByline("Von Walter von Aachen").authors,
            (std::vector<std::string>{"Walter von Aachen"}));
  EXPECT_TRUE(ParseByline("Artikel von").authors.empty());
}

TEST(AuthorTest, PersonalBlogNamedAfterItsAuthor) {
  EXPECT_EQ(ParseByline("Daniel Lemire", "Daniel Lemire's blog").authors,
            (std::vector<std::string>{"Daniel Lemire"}));
  // The site's own name as author is still dropped.
  EXPECT_TRUE(ParseByline("Tagesblatt Online", "Tagesblatt Online").authors.empty());
}

TEST(AuthorTest, PenNameEndingInARoleWord) {
  EXPECT_EQ(ParseByline("Rasender Reporter").authors, (std::vector<std::string>{"Rasender Reporter"}));
  EXPECT_EQ(ParseByline("Christoph Hein Chefredakteur").authors, (std::vector<std::string>{"Christoph Hein"}));
}

TEST(AuthorTest, WeekdayGluedToTheName) {
  EXPECT_EQ(ParseByline("Heiko SauerDo 9 Apr 2020").authors, (std::vector<std::string>{"Heiko Sauer"}));
  EXPECT_EQ(ParseByline("Anna McDonald 9 Apr 2020").authors, (std::vector<std::string>{"Anna McDonald"}));
}

TEST(AuthorTest, PictureCreditsAfterTheWriterAreCut) {
  EXPECT_EQ(ParseByline("Text von Christian Seiler Illustration von Markus Roost").authors,
            (std::vector<std::string>{"Christian Seiler"}));
  EXPECT_EQ(ParseByline("By Jane Doe Photos by John Roe").authors, (std::vector<std::string>{"Jane Doe"}));
}

TEST(AuthorTest, LeadInOnItsOwnLineBeforeTheName) {
  Result<Article> a = Extract(
      "<html><body><article><h1>Der Windrebell aus dem Norden</h1><p>Seit zwanzig Jahren baut er "
      "Windräder, die kleiner und leiser sind als alles, was die großen Hersteller anbieten.</p><p>Nun "
      "will er mit einer Genossenschaft ein ganzes Dorf mit Strom aus eigener Hand versorgen.</p>"
      "<p><b>Von:</b></p><p>Götz Warnke</p></article></body></html>");
  ASSERT_TRUE(a.ok());
  EXPECT_EQ(a->authors, (std::vector<std::string>{"Götz Warnke"}));
}

TEST(AuthorTest, SignatureAfterTheBodyWhenNothingElseNamesAnAuthor) {
  Result<Article> a = Extract(
      "<html><body><article><h1>Der historische Purzelbaum im Stadtpark</h1><p>Im Stadtpark steht seit "
      "hundert Jahren ein Turngerät, an dem Generationen von Kindern das Rollen geübt haben.</p><p>Jetzt "
      "soll es restauriert werden, die Stadt sucht dafür Spender und Handwerker aus der Region.</p>"
      "<p>Text von Christian Seiler</p></article></body></html>");
  ASSERT_TRUE(a.ok());
  EXPECT_EQ(a->authors, (std::vector<std::string>{"Christian Seiler"}));
  EXPECT_EQ(a->Text().find("Christian Seiler"), std::string::npos);
}

}  // namespace
}  // namespace klartext::extract
