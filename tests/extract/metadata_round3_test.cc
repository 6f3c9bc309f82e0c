// Third round of metadata exact-match rules (doc/metadata.md): each rule
// on a small hand-written page, byline or script.
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "extract/byline.h"
#include "extract/date_parse.h"
#include "extract/roles.h"
#include "extract/title_match.h"
#include "klartext/extract.h"
#include "extract/metadata_test_util.h"

namespace klartext::extract {
namespace {

using testing::ExtractPage;
using testing::kBody;

// --- Title -----------------------------------------------------------------

TEST(TitleMatchTest, CutDeclarationMatchesTheWholeHeading) {
  EXPECT_TRUE(SameTitle("Brücke über den Mühlbach wird im Frühjahr…",
                        "Brücke über den Mühlbach wird im Frühjahr erneuert"));
  EXPECT_TRUE(SameTitle("Brücke über den Mühlbach wird im Frühjahr erneuert",
                        "Brücke über den Mühlbach wird im Frühjahr ..."));
  // A few words before the ellipsis are no headline.
  EXPECT_FALSE(SameTitle("Brücke über…", "Brücke über den Mühlbach wird im Frühjahr erneuert"));
  EXPECT_FALSE(SameTitle("Straße über den Mühlbach wird im…", "Brücke über den Mühlbach wird im Frühjahr erneuert"));
}

TEST(TitleMatchTest, SegmentsSplitAtTitleSeparators) {
  EXPECT_EQ(TitleSegments("Vier Jahre  \u00bb Blog Archive \u00bb Kleine Zahlen in Python"),
            (std::vector<std::string>{"Vier Jahre", "Blog Archive", "Kleine Zahlen in Python"}));
  EXPECT_EQ(TitleSegments("Ein-Wort-Titel"), (std::vector<std::string>{"Ein-Wort-Titel"}));
  EXPECT_TRUE(EndsWithEllipsis("Weiter geht es\u2026 "));
  EXPECT_FALSE(EndsWithEllipsis("Weiter geht es."));
}

TEST(TitleRuleTest, WholeHeadingWinsOverATeaserCutToLength) {
  const std::string html =
      "<html><head><meta property=\"og:title\" content=\"Gemeinderat beschließt neue Brücke über den "
      "Mühlbach im Frühjahr\"></head><body>"
      "<aside><h3>Gemeinderat beschließt neue Brücke über den Mühlbach\u2026</h3></aside>"
      "<article><h1>Gemeinderat beschließt neue Brücke über den Mühlbach im Frühjahr</h1>"
      "<h1>Weitere Meldungen aus dem Landkreis</h1>" +
      std::string(kBody) + "</article></body></html>";
  EXPECT_EQ(ExtractPage(html).title, "Gemeinderat beschließt neue Brücke über den Mühlbach im Frühjahr");
}

TEST(TitleRuleTest, HeadingRepeatingAPartOfTheTitleIsTheHeadline) {
  // Blog template: the <h1> is the blog's name, the post title an <h2>,
  // and <title> is "Blog » Section » Post".
  const std::string html =
      "<html><head><title>Mühlbach-Notizen \u00bb Blog Archive \u00bb Neue Brücke über den Mühlbach</title>"
      "</head><body><h1><a href=\"/\">Mühlbach-Notizen</a></h1>"
      "<div class=\"sidebar\"><h2>Kategorien</h2></div>"
      "<div class=\"post\"><h2><a href=\"/2019/10/bruecke\">Neue Brücke über den Mühlbach</a></h2>" +
      std::string(kBody) + "</div></body></html>";
  EXPECT_EQ(ExtractPage(html, "https://notizen.example/2019/10/bruecke").title, "Neue Brücke über den Mühlbach");
}


blocks::Block MakeBlock(blocks::Kind kind, int level, std::string text) {
  blocks::Block b;
  b.kind = kind;
  b.level = level;
  b.chars = static_cast<std::uint32_t>(text.size());
  b.text = std::move(text);
  return b;
}

TEST(TitleRuleTest, OnlyH1IsTheHeadlineEvenWhenLabelledBoilerplate) {
  // Content selection may leave the headline out of the body region (here
  // labelled boilerplate); being the page's only <h1>, it is the headline.
  blocks::BlockStream s;
  s.from_html = true;
  s.blocks.push_back(MakeBlock(blocks::Kind::kHeading, 1, "Können Fische Schmerzen spüren / empfinden?"));
  s.blocks.push_back(MakeBlock(blocks::Kind::kParagraph, 0, "Ob Fische Schmerzen fühlen, ist eine berechtigte Frage und seit langem Gegenstand der Forschung."));
  Labels labels = {Label::kBoilerplate, Label::kContent};
  PageMetadata declared;
  declared.title = {"Können Fische Schmerzen spüren?", Source::kOpenGraph};
  VisibleRoles r = FindRoles(s, declared, labels);
  EXPECT_EQ(r.title.value, "Können Fische Schmerzen spüren / empfinden?");
  EXPECT_EQ(labels[0], Label::kTitle);
  // Two <h1>: neither is known to be the headline.
  s.blocks.insert(s.blocks.begin(), MakeBlock(blocks::Kind::kHeading, 1, "Ratgeber und Wissen"));
  labels = {Label::kBoilerplate, Label::kBoilerplate, Label::kContent};
  EXPECT_FALSE(FindRoles(s, declared, labels).title.found());
}

TEST(TitleRuleTest, KickerGluedByASeparatorSplitsAgainstAnyDeclaredTitle) {
  const std::string html =
      "<html><head><title>Neue Brücke über den Mühlbach ab März</title>"
      "<meta property=\"og:title\" content=\"Medienmitteilungen\"></head><body><article>"
      "<h1>Medienmitteilung der Baudirektion :Neue Brücke über den Mühlbach ab März</h1>" +
      std::string(kBody) + "</article></body></html>";
  const Article a = ExtractPage(html);
  EXPECT_EQ(a.title, "Neue Brücke über den Mühlbach ab März");
  EXPECT_EQ(a.kicker, "Medienmitteilung der Baudirektion");
}

TEST(BracketSignatureTest, NameInBracketsClosingTheBodyIsTheAuthor) {
  auto page = [](const std::string& signature) {
    return "<html><body><article><h1>Gemeinderat beschließt neue Brücke</h1>" + std::string(kBody) +
           "<p>Die Gemeindepolitik bleibt spannend. " + signature + "</p></article></body></html>";
  };
  EXPECT_EQ(ExtractPage(page("(Christian P. Beispiel) +++")).authors,
            (std::vector<std::string>{"Christian P. Beispiel"}));
  // An abbreviation, an institution, a club with an acronym, a remark.
  EXPECT_TRUE(ExtractPage(page("(ck)")).authors.empty());
  EXPECT_TRUE(ExtractPage(page("(The White House)")).authors.empty());
  EXPECT_TRUE(ExtractPage(page("(DJK Blau-Weiß Annen)")).authors.empty());
  EXPECT_TRUE(ExtractPage(page("(siehe auch den Bericht vom Vortag über die Sitzung)")).authors.empty());
}

// --- Date --------------------------------------------------------------------

TEST(ScriptDateTest, FrontEndStateGivesTheDateWhenNothingElseDoes) {
  const std::string html =
      "<html><head><script>window.__STATE__ = {\"product\":{\"title\":\"Sidamo\","
      "\"published_at\":\"2019-03-02T06:22:28+01:00\"}};</script></head><body><article>"
      "<h1>Gemeinderat beschließt neue Brücke</h1>" + std::string(kBody) + "</article></body></html>";
  const Article a = ExtractPage(html);
  EXPECT_EQ(a.published, "2019-03-02T06:22:28+01:00");
  EXPECT_EQ(a.sources.at("published"), Source::kInferred);
}

TEST(ScriptDateTest, EscapedStateAndOtherKeysAreRead) {
  // State embedded as a JSON string: the quotes are escaped.
  const std::string html =
      "<html><head><script type=\"application/json\">{\"data\":\"{\\\"publishedDate\\\":"
      "\\\"2016-11-04T20:37:27Z\\\"}\"}</script></head><body><article>"
      "<h1>Gemeinderat beschließt neue Brücke</h1>" + std::string(kBody) + "</article></body></html>";
  EXPECT_EQ(ExtractPage(html).published.substr(0, 10), "2016-11-04");
}

TEST(ScriptDateTest, VisibleDatelineAndDeclarationsWin) {
  const std::string script = "<script>var s = {\"datePublished\": \"2011-01-01\"};</script>";
  const std::string visible =
      "<html><head>" + script + "</head><body><article><h1>Gemeinderat beschließt neue Brücke</h1>"
      "<p>Veröffentlicht: 04.04.2025</p>" + std::string(kBody) + "</article></body></html>";
  EXPECT_EQ(ExtractPage(visible).published.substr(0, 10), "2025-04-04");
  const std::string declared =
      "<html><head><meta property=\"article:published_time\" content=\"2024-02-03\">" + script +
      "</head><body><article><h1>Gemeinderat beschließt neue Brücke</h1>" + std::string(kBody) +
      "</article></body></html>";
  EXPECT_EQ(ExtractPage(declared).published.substr(0, 10), "2024-02-03");
  // Not a key of its own: "datePublishedLabel", an update key.
  const std::string other =
      "<html><head><script>var s = {\"datePublishedLabel\": \"2011-01-01\", \"updated_at\": "
      "\"2012-01-01\"};</script></head><body><article><h1>Gemeinderat beschließt neue Brücke</h1>" +
      std::string(kBody) + "</article></body></html>";
  EXPECT_EQ(ExtractPage(other).published, "");
}

TEST(ScriptDateTest, TheFirstKeyInTheScriptWinsWhateverItsName) {
  // The page's own item comes first; related items' dates follow, under
  // any of the keys. A key whose value is no date is passed over.
  const std::string html =
      "<html><head><script>var s = {\"publishDate\": \"soon\", \"firstPublished\": \"2018-05-06\", "
      "\"related\": [{\"datePublished\": \"2011-01-01\"}]};</script></head><body><article>"
      "<h1>Gemeinderat beschließt neue Brücke</h1>" + std::string(kBody) + "</article></body></html>";
  EXPECT_EQ(ExtractPage(html).published.substr(0, 10), "2018-05-06");
}

TEST(DateBeforeBylineTest, DateFollowedByALeadInAndANameIsADateline) {
  auto d = FindDateInText("Stars (1 / 1) 06.11.2023 13:30 von Olga Symbolbild");
  ASSERT_TRUE(d.has_value());
  EXPECT_EQ(d->when.ToIso(), "2023-11-06T13:30:00");
  EXPECT_EQ(d->kind, DateKind::kUnlabeled);
  d = FindDateInText("(zuletzt 2019-11-10 13:28:18 by AnnaMeyer)");
  ASSERT_TRUE(d.has_value());
  EXPECT_EQ(d->when.DateIso(), "2019-11-10");
  // Prose: "von" before a word in lower case, or the date far into the line.
  EXPECT_FALSE(FindDateInText("Die Brücke wurde am 06.11.2023 von innen her saniert und neu gestrichen").has_value());
  EXPECT_FALSE(FindDateInText("Im Gemeinderat haben die Fraktionen nach langer Debatte am 06.11.2023 von "
                              "Anna Müller einen Antrag erhalten")
                   .has_value());
}

TEST(DateBeforeBylineTest, TheLastResortDatelineNamesTheAuthor) {
  const std::string html =
      "<html><body><article><h1>Gemeinderat beschließt neue Brücke</h1>" + std::string(kBody) +
      "</article><p>Eine Seite der Gemeinde.</p><p>(zuletzt bearbeitet 2019-11-10 13:28:18 by "
      "AnnaMeyer)</p></body></html>";
  const Article a = ExtractPage(html);
  EXPECT_EQ(a.published.substr(0, 10), "2019-11-10");
  EXPECT_EQ(a.authors, (std::vector<std::string>{"AnnaMeyer"}));
}

TEST(DatelineTest, MetaDatelineUnderTheHeadlineOutranksAGenericMetaDate) {
  const std::string page =
      "<html><head><meta name=\"date\" content=\"2022-01-26T14:32:06+02:00\">%OG%</head><body><article>"
      "<h1>Gemeinderat beschließt neue Brücke</h1><div class=\"meta\"><time datetime=\"2022-01-21\">"
      "21.01.2022 - 13:30</time></div>" + std::string(kBody) + "</article></body></html>";
  auto with = [&](const std::string& og) {
    std::string html = page;
    html.replace(html.find("%OG%"), 4, og);
    return html;
  };
  EXPECT_EQ(ExtractPage(with("")).published.substr(0, 10), "2022-01-21");
  // An OpenGraph declaration is trusted over the visible line.
  EXPECT_EQ(ExtractPage(with("<meta property=\"article:published_time\" content=\"2022-01-26T14:32:06+02:00\">"))
                .published.substr(0, 10),
            "2022-01-26");
}

TEST(DatelineTest, SameDayKeepsTheDeclaredTimeAndOffset) {
  const std::string html =
      "<html><head><meta name=\"date\" content=\"2022-01-21T09:15:00+01:00\"></head><body><article>"
      "<h1>Gemeinderat beschließt neue Brücke</h1><div class=\"meta\">21.01.2022</div>" +
      std::string(kBody) + "</article></body></html>";
  EXPECT_EQ(ExtractPage(html).published, "2022-01-21T09:15:00+01:00");
}

TEST(DatelineTest, OnlyAModificationDateStandsInForPublication) {
  const std::string html =
      "<html><head><meta name=\"last-modified\" content=\"2022-01-27\"></head><body><article>"
      "<h1>Gemeinderat beschließt neue Brücke</h1>" + std::string(kBody) + "</article></body></html>";
  const Article a = ExtractPage(html);
  EXPECT_EQ(a.published, "2022-01-27");
  EXPECT_EQ(a.modified, "2022-01-27");
  EXPECT_EQ(a.sources.at("published"), Source::kInferred);
  // A publication date stays apart from the modification.
  const std::string both =
      "<html><head><meta name=\"last-modified\" content=\"2022-01-27\">"
      "<meta property=\"article:published_time\" content=\"2022-01-20\"></head><body><article>"
      "<h1>Gemeinderat beschließt neue Brücke</h1>" + std::string(kBody) + "</article></body></html>";
  const Article b = ExtractPage(both);
  EXPECT_EQ(b.published, "2022-01-20");
  EXPECT_EQ(b.modified, "2022-01-27");
}

// --- Author --------------------------------------------------------------------

TEST(BylineRound3Test, BracketTheLineClosesIsNotTheNames) {
  EXPECT_EQ(ParseByline("by Anna Meyer)").authors, (std::vector<std::string>{"Anna Meyer"}));
  EXPECT_EQ(ParseByline("Anna Meyer]").authors, (std::vector<std::string>{"Anna Meyer"}));
}

TEST(BylineRound3Test, PluralLeadInWithoutColon) {
  EXPECT_EQ(ParseByline("Autoren Jelko Beispiel und Jutta Muster").authors,
            (std::vector<std::string>{"Jelko Beispiel", "Jutta Muster"}));
  EXPECT_EQ(ParseByline("Authors Anna Meyer and Ben Lott").authors,
            (std::vector<std::string>{"Anna Meyer", "Ben Lott"}));
}

TEST(VisibleBylineTest, BylineNamingOtherPeopleWinsOverTheDeclaredAccount) {
  const std::string html =
      "<html><head><meta name=\"author\" content=\"Clara Müller\"></head><body><article>"
      "<h1>Gemeinderat beschließt neue Brücke</h1><p class=\"byline\">Von Lisa Petrich</p>" +
      std::string(kBody) + "</article></body></html>";
  EXPECT_EQ(ExtractPage(html).authors, (std::vector<std::string>{"Lisa Petrich"}));
}

TEST(VisibleBylineTest, DeclarationWinsOverAFragmentOrTheSamePerson) {
  // The visible line shares a word with the declared name: the same person, read less cleanly.
  const std::string same =
      "<html><head><meta name=\"author\" content=\"Lisa Petrich\"></head><body><article>"
      "<h1>Gemeinderat beschließt neue Brücke</h1><p class=\"byline\">Von Lisa PetrichRedaktion Süd</p>" +
      std::string(kBody) + "</article></body></html>";
  EXPECT_EQ(ExtractPage(same).authors, (std::vector<std::string>{"Lisa Petrich"}));
  // A word in lower case may be a sentence's tail read as a name; the
  // declaration wins then (particles too: being sure beats being complete).
  const std::string lower =
      "<html><head><meta name=\"author\" content=\"Clara Müller\"></head><body><article>"
      "<h1>Gemeinderat beschließt neue Brücke</h1><p class=\"byline\">Von Walter von Aachen</p>" +
      std::string(kBody) + "</article></body></html>";
  EXPECT_EQ(ExtractPage(lower).authors, (std::vector<std::string>{"Clara Müller"}));
  // A first name alone is no whole name.
  const std::string first =
      "<html><head><meta name=\"author\" content=\"Clara Müller\"></head><body><article>"
      "<h1>Gemeinderat beschließt neue Brücke</h1><p class=\"byline\">Von Lisa</p>" +
      std::string(kBody) + "</article></body></html>";
  EXPECT_EQ(ExtractPage(first).authors, (std::vector<std::string>{"Clara Müller"}));
}

TEST(MicrodataAuthorTest, AuthorsComeFromOneItemNotFromCitedWorks) {
  const std::string html =
      "<html><body><article itemscope itemtype=\"http://schema.org/ScholarlyArticle\">"
      "<h1 itemprop=\"headline\">Neue Brücke über den Mühlbach</h1>"
      "<span itemprop=\"author\">Anna Meyer</span>" + std::string(kBody) +
      "<ol><li itemscope itemtype=\"http://schema.org/ScholarlyArticle\"><meta itemprop=\"author\" "
      "content=\"Bernd Quelle\">Brückenbau heute</li>"
      "<li itemscope itemtype=\"http://schema.org/ScholarlyArticle\"><meta itemprop=\"author\" "
      "content=\"Carla Zitat\">Brücken im Land</li></ol></article></body></html>";
  EXPECT_EQ(ExtractPage(html).authors, (std::vector<std::string>{"Anna Meyer"}));
}

TEST(DateRound3Test, MonthNamesOfMoreLanguages) {
  EXPECT_EQ(ParseDateTime("15 августа 2016, 13:43")->ToIso(), "2016-08-15T13:43:00");
  EXPECT_EQ(ParseDateTime("14 Gennaio 2020")->DateIso(), "2020-01-14");
  EXPECT_EQ(ParseDateTime("3 mars 2021")->DateIso(), "2021-03-03");
  EXPECT_EQ(ParseDateTime("7 octubre 2019")->DateIso(), "2019-10-07");
  EXPECT_EQ(ParseDateTime("4 de mayo de 2022 - 10:15")->ToIso(), "2022-05-04T10:15:00");
  EXPECT_EQ(ParseDateTime("14 de janeiro de 2020")->DateIso(), "2020-01-14");
  EXPECT_EQ(ParseDateTime("1 листопада 2020")->DateIso(), "2020-11-01");
  // Still only between a day and a year.
  EXPECT_FALSE(ParseDateTime("Mars 2021").has_value());
}

TEST(DateRound3Test, UrlSegmentThatIsADateWrittenAnotherWay) {
  EXPECT_EQ(DateFromUrl("https://verein.example/meldungen/29-10-2021")->DateIso(), "2021-10-29");
  EXPECT_EQ(DateFromUrl("https://news.example/html/20190624/k100.html")->DateIso(), "2019-06-24");
  EXPECT_EQ(DateFromUrl("https://paper.example/education/2020/oct/02/halls-too-full")->DateIso(), "2020-10-02");
  EXPECT_FALSE(DateFromUrl("https://paper.example/education/2020/octopus/02/").has_value());
  // IDs and numbers that run on are no dates.
  EXPECT_FALSE(DateFromUrl("https://news.example/artikel/201906245/").has_value());
  EXPECT_FALSE(DateFromUrl("https://news.example/artikel/12345678/").has_value());
  EXPECT_FALSE(DateFromUrl("https://news.example/a/29-10-20211").has_value());
}

TEST(ScriptAuthorTest, FrontEndStateNamesTheAuthorAsALastResort) {
  const std::string html =
      "<html><head><script>window.__DATA__ = {\"page\":{\"authors\":[{\"name\":\"Anna Meyer\","
      "\"url\":\"/team/anna\"}]}};</script></head><body><article>"
      "<h1>Gemeinderat beschließt neue Brücke</h1>" + std::string(kBody) + "</article></body></html>";
  const Article a = ExtractPage(html);
  EXPECT_EQ(a.authors, (std::vector<std::string>{"Anna Meyer"}));
  EXPECT_EQ(a.sources.at("authors"), Source::kInferred);
}

TEST(ScriptAuthorTest, AnAuthorKeyWinsOverABylineKeyBeforeIt) {
  // Keys rank by kind, not by place: "author" is read before "byline",
  // and a URL is no name.
  const std::string html =
      "<html><head><script>var s = {\"byline\": \"Carla Dorn\", \"author\": \"https://x.example/a\", "
      "\"x\": {\"author\": \"Ben Lott\"}};</script></head><body><article>"
      "<h1>Gemeinderat beschließt neue Brücke</h1>" + std::string(kBody) + "</article></body></html>";
  EXPECT_EQ(ExtractPage(html).authors, (std::vector<std::string>{"Ben Lott"}));
}

TEST(ScriptAuthorTest, DeclaredAuthorWinsAndDesksAreNoPeople) {
  const std::string script = "<script>var s = {\"author\": \"Ben Lott\"};</script>";
  const std::string declared =
      "<html><head><meta name=\"author\" content=\"Anna Meyer\">" + script +
      "</head><body><article><h1>Gemeinderat beschließt neue Brücke</h1>" + std::string(kBody) +
      "</article></body></html>";
  EXPECT_EQ(ExtractPage(declared).authors, (std::vector<std::string>{"Anna Meyer"}));
  const std::string desk =
      "<html><head><script>var s = {\"byline\": \"Redaktion\"};</script></head><body><article>"
      "<h1>Gemeinderat beschließt neue Brücke</h1>" + std::string(kBody) + "</article></body></html>";
  EXPECT_TRUE(ExtractPage(desk).authors.empty());
}

}  // namespace
}  // namespace klartext::extract
