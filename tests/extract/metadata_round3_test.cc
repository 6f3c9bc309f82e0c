// Third round of metadata exact-match rules (doc/metadata.md): each rule
// on a small hand-written page, byline or script.
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "extract/title_match.h"
#include "klartext/extract.h"

namespace klartext::extract {
namespace {

constexpr std::string_view kBody =
    "<p>Der Gemeinderat hat am Dienstagabend nach langer Debatte beschlossen, die Brücke über den "
    "Mühlbach im kommenden Frühjahr zu erneuern. Die Kosten trägt zum größten Teil das Land.</p>"
    "<p>Die Arbeiten sollen im März beginnen und bis zum Sommer dauern. Bis dahin wird der Verkehr "
    "über die Nordstraße umgeleitet, wie die Verwaltung mitteilte.</p>";

Article ExtractPage(const std::string& html, std::string_view url = "https://www.beispielblatt.example/a/b") {
  ExtractOptions options;
  options.url = std::string(url);
  Result<Article> r = Extract(html, options);
  EXPECT_TRUE(r.ok()) << r.status().ToString();
  return r.ok() ? std::move(r).value() : Article{};
}

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

}  // namespace
}  // namespace klartext::extract
