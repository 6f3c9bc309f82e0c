// Block rules: a grid of teaser cards (heading, pitch, link-only call to
// action, back to back) is not article text; one card alone stays
// (extract/block_rules.h).
#include <gtest/gtest.h>

#include <string>

#include "klartext/extract.h"

namespace klartext {
namespace {

const std::string kBody =
    "<p>Testers receive the products at home free of charge and have four weeks to try them, after "
    "which they fill in a short questionnaire about taste, packaging and price.</p>"
    "<p>The results are published on this page once a test is over, together with the changes the "
    "makers plan in response to what the testers said.</p>";

std::string Card(const std::string& name) {
  return "<img src=\"/" + name + ".jpg\"><h3>" + name + " product test</h3><p>Two thousand families tried " +
         name + " at home. Read what they thought.</p><a href=\"/" + name + "\">See results</a>";
}

std::string ArticleText(const std::string& body) {
  const std::string page = "<html><body><article><h1>Product tests</h1>" + body + "</article></body></html>";
  Result<Article> a = Extract(page, {.input_format = InputFormat::kHtml});
  return a.ok() ? a->Text() : std::string();
}

TEST(TeaserCardsTest, GridOfCardsGoes) {
  const std::string text = ArticleText(kBody + Card("Cocoa") + Card("Pasta") + Card("Cereal"));
  EXPECT_NE(text.find("Testers receive the products"), std::string::npos);
  EXPECT_EQ(text.find("Cocoa product test"), std::string::npos);
  EXPECT_EQ(text.find("tried Pasta at home"), std::string::npos);
  EXPECT_EQ(text.find("Cereal product test"), std::string::npos);
}

TEST(TeaserCardsTest, SingleCardStays) {
  const std::string text = ArticleText(kBody + Card("Cocoa") + "<p>Applications for the next round open "
                                       "in March, and everyone over eighteen living in the country may apply.</p>");
  EXPECT_NE(text.find("Cocoa product test"), std::string::npos);
}

std::string LinkedCard(const std::string& name) {
  return "<a href=\"/" + name + "-next\">Next story</a><img src=\"/" + name + ".jpg\"><h3><a href=\"/" + name +
         "\">" + name + " wins the tasting</a></h3><p>Families liked the new recipe best of all</p><p>Jane Doe "
         "2019-11-20 17:27</p>";
}

TEST(TeaserCardsTest, LinkedCardsClosingTheTextGo) {
  const std::string text = ArticleText(kBody + LinkedCard("Muesli") + LinkedCard("Yoghurt"));
  EXPECT_NE(text.find("Testers receive"), std::string::npos);
  EXPECT_EQ(text.find("new recipe"), std::string::npos);
  EXPECT_EQ(text.find("Jane Doe"), std::string::npos);
}

TEST(TeaserCardsTest, LinkedHeadlinesInsideTheTextLeaveItsParagraphs) {
  const std::string text =
      ArticleText(kBody + "<h3><a href=\"/a\">Cheese recall in the north</a></h3><p>The first tester said "
                          "she liked the muesli.</p><h3><a href=\"/b\">New bakery opens</a></h3><p>The second "
                          "tester did not.</p>" + kBody);
  EXPECT_NE(text.find("The first tester"), std::string::npos);
  EXPECT_NE(text.find("The second tester"), std::string::npos);
}

}  // namespace
}  // namespace klartext
