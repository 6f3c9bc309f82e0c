// Block rules: single boilerplate lines inside the article (ad labels,
// closed-comment notes, contact and inbox lines, bare web addresses), seen
// through Extract on HTML.
#include <gtest/gtest.h>

#include <string>

#include "klartext/extract.h"

namespace klartext {
namespace {

const std::string kBody =
    "<p>The library will stay open until ten in the evening from next month, after students asked "
    "for longer hours during the exam weeks, the university said on Friday.</p>"
    "<p>Extra staff will be hired for the late shifts, and the cafe on the ground floor will also "
    "keep its doors open, according to the plan approved by the board.</p>";

std::string ArticleText(const std::string& body) {
  const std::string page = "<html><body><article><h1>Library hours</h1>" + body + "</article></body></html>";
  Result<Article> a = Extract(page, {.input_format = InputFormat::kHtml});
  return a.ok() ? a->Text() : std::string();
}

TEST(BoilerLinesTest, AdLabelAndClosedCommentsGo) {
  const std::string text = ArticleText(kBody + "<p>Advert</p><p>Comments are closed.</p>");
  EXPECT_NE(text.find("The library will stay open"), std::string::npos);
  EXPECT_EQ(text.find("Advert"), std::string::npos);
  EXPECT_EQ(text.find("Comments are closed"), std::string::npos);
}

TEST(BoilerLinesTest, ContactAndInboxLinesGo) {
  const std::string text = ArticleText(
      kBody + "<p>Jane Roe may be reached at jroe@example.com. Follow her on social media.</p>"
              "<p>Get the latest news delivered to your inbox every morning.</p>"
              "<p>Kommentare sind geschlossen.</p>");
  EXPECT_EQ(text.find("may be reached"), std::string::npos);
  EXPECT_EQ(text.find("inbox"), std::string::npos);
  EXPECT_EQ(text.find("Kommentare"), std::string::npos);
}

TEST(BoilerLinesTest, DownloadLineInsideTheTextGoes) {
  const std::string text = ArticleText("<p>Dieses Skript als PDF herunterladen</p>" + kBody);
  EXPECT_EQ(text.find("PDF"), std::string::npos);
  EXPECT_NE(text.find("The library will stay open"), std::string::npos);
}

TEST(BoilerLinesTest, BareUrlGoesButSentenceWithUrlStays) {
  const std::string text = ArticleText(kBody + "<p>https://news.example.com/2024/05/library-hours.html</p>"
                                               "<p>The full plan is online at https://example.com/plan for "
                                               "anyone who wants to read it.</p>");
  EXPECT_EQ(text.find("library-hours.html"), std::string::npos);
  EXPECT_NE(text.find("The full plan is online"), std::string::npos);
}

TEST(BoilerLinesTest, AdDisclosureAndFrenchPhotoCreditGo) {
  const std::string text = ArticleText("<p>*Werbung. Dieser Beitrag enth\xC3\xA4lt Werbung f\xC3\xBCr eine "
                                       "Marke.</p>" + kBody + "<p>Cr\xC3\xA9" "dits photos : Jane Doe</p>");
  EXPECT_EQ(text.find("Werbung"), std::string::npos);
  EXPECT_EQ(text.find("Jane Doe"), std::string::npos);
  EXPECT_NE(text.find("The library will stay open"), std::string::npos);
}

TEST(BoilerLinesTest, TagLineGoes) {
  const std::string text = ArticleText("<p>Tags: budget, housing, transport</p><p>Gef\xC3\xA4llt mir Wird "
                                       "geladen...</p>" + kBody);
  EXPECT_EQ(text.find("Tags:"), std::string::npos);
  EXPECT_EQ(text.find("geladen"), std::string::npos);
  EXPECT_NE(text.find("The library will stay open"), std::string::npos);
}

TEST(BoilerLinesTest, ReadOnLinkSortControlAndFeaturedImageCreditGo) {
  const std::string text = ArticleText(kBody +
                                       "<p><a href=\"/next\">weiterlesen</a> 5 Minuten</p><p>Sorted by:</p>"
                                       "<p>Beitragsbild: Titelseite vom 2. April, Ausriss.</p>" + kBody);
  EXPECT_NE(text.find("The library will stay open"), std::string::npos);
  EXPECT_EQ(text.find("weiterlesen"), std::string::npos);
  EXPECT_EQ(text.find("Sorted by"), std::string::npos);
  EXPECT_EQ(text.find("Beitragsbild"), std::string::npos);
}

TEST(BoilerLinesTest, AppPromoDonationAndSupportLinesGo) {
  const std::string text = ArticleText(kBody +
                                       "<p>Get the latest news straight to your phone with our app.</p>"
                                       "<p>Failed to load latest information.</p>"
                                       "<p>Help us continue to bring you the news from campus.</p>"
                                       "<p>Unterstütze unser Magazin schon mit 2,50!</p>"
                                       "<p>Puede escribirnos a la redacción o seguirnos en las redes.</p>");
  EXPECT_NE(text.find("The library will stay open"), std::string::npos);
  EXPECT_EQ(text.find("straight to your phone"), std::string::npos);
  EXPECT_EQ(text.find("Failed to load"), std::string::npos);
  EXPECT_EQ(text.find("Help us continue"), std::string::npos);
  EXPECT_EQ(text.find("Unterstütze"), std::string::npos);
  EXPECT_EQ(text.find("Puede escribirnos"), std::string::npos);
}

TEST(BoilerLinesTest, DonationAndReviewDisclosureLinesGo) {
  const std::string text = ArticleText(kBody +
                                       "<p>Jede kleine Spende hilft den Studierenden!</p>"
                                       "<p>We review products independently, and advertisers do not influence "
                                       "our picks.</p>" + kBody);
  EXPECT_NE(text.find("The library will stay open"), std::string::npos);
  EXPECT_EQ(text.find("Jede kleine Spende"), std::string::npos);
  EXPECT_EQ(text.find("advertisers"), std::string::npos);
}

TEST(BoilerLinesTest, PointerToAnotherArticleGoes) {
  const std::string text = ArticleText(kBody +
                                       "<p>Wie die Bibliothek ihre Daten schützt, erklären wir in unserem Beitrag "
                                       "<a href=\"/daten\">Datenschutz an der Uni</a>.</p>" + kBody);
  EXPECT_NE(text.find("The library will stay open"), std::string::npos);
  EXPECT_EQ(text.find("erklären wir"), std::string::npos);
}

TEST(BoilerLinesTest, PushPromptAndDownloadLinesGo) {
  const std::string text = ArticleText(kBody +
                                       "<p>Benachrichtigung aktivieren: Dürfen wir Sie über Neues informieren?</p>"
                                       "<p><a href=\"/plan.pdf\">Opening hours 2024</a> PDF | 38 KB | not accessible</p>"
                                       "<p>The reading rooms get new lines with 20 MBit/s for the students.</p>" + kBody);
  EXPECT_NE(text.find("The library will stay open"), std::string::npos);
  EXPECT_EQ(text.find("Benachrichtigung"), std::string::npos);
  EXPECT_EQ(text.find("38 KB"), std::string::npos);
  EXPECT_NE(text.find("20 MBit/s"), std::string::npos);
}

TEST(BoilerLinesTest, UnrenderedShortcodeAndModerationLinesGo) {
  const std::string text = ArticleText(kBody +
                                       "<p>[button link=\"/review\" type=\"big\"] Send us your review[/button]</p>"
                                       "<p>ATENÇÃO: Comentários ofensivos não serão aprovados pelo moderador.</p>"
                                       "<p>Citations look like [1] and [a/b] in the paper, the librarian said.</p>" +
                                       kBody);
  EXPECT_NE(text.find("The library will stay open"), std::string::npos);
  EXPECT_EQ(text.find("[/button]"), std::string::npos);
  EXPECT_EQ(text.find("moderador"), std::string::npos);
  EXPECT_NE(text.find("Citations look like"), std::string::npos);
}

TEST(BoilerLinesTest, UnclosedNamedAnchorMakesNoLinkText) {
  // Old pages open "<a name=…>" in a heading and never close it: the
  // parser carries it into every paragraph after, which is still text.
  const std::string text = ArticleText(kBody + "<h2><a name=\"rooms\">Rooms</h2><p>Two reading rooms on the "
                                       "second floor will be kept quiet, and the group rooms can be booked "
                                       "online, as before, for up to three hours a day.</p>");
  EXPECT_NE(text.find("Extra staff will be hired"), std::string::npos);
  EXPECT_NE(text.find("Two reading rooms"), std::string::npos);
}

}  // namespace
}  // namespace klartext
