// Block rules: subheads that announce a removed link list go with it; long
// "headings" that read as a standfirst stay (extract/block_rules.h).
#include <gtest/gtest.h>

#include <string>

#include "klartext/extract.h"

namespace klartext {
namespace {

const std::string kParagraph1 =
    "<p>The festival opened on Friday with a concert on the market square, and the organisers counted "
    "more visitors on the first evening than in any year before, despite the cold weather.</p>";
const std::string kParagraph2 =
    "<p>On Sunday the programme moves to the old mill by the river, where local bands play from noon "
    "until late in the evening, with food stalls and a market for crafts.</p>";

std::string ArticleText(const std::string& body) {
  const std::string page = "<html><body><article><h1>Festival opens</h1>" + body + "</article></body></html>";
  Result<Article> a = Extract(page, {.input_format = InputFormat::kHtml});
  return a.ok() ? a->Text() : std::string();
}

TEST(ListHeadingsTest, HeadingOfRemovedLinkListGoesEvenWithTextAfter) {
  const std::string text = ArticleText(
      kParagraph1 + "<h2>Our town this week</h2><ul><li><a href=\"/a\">New bridge opens in spring</a></li>"
                    "<li><a href=\"/b\">School gets a new roof</a></li></ul>" + kParagraph2);
  EXPECT_EQ(text.find("Our town this week"), std::string::npos);
  EXPECT_NE(text.find("On Sunday the programme"), std::string::npos);
}

TEST(ListHeadingsTest, SubheadBeforeAnAdLabelStays) {
  const std::string text = ArticleText(kParagraph1 + "<h2>The weekend</h2><p>Anzeige</p>" + kParagraph2);
  EXPECT_NE(text.find("The weekend"), std::string::npos);
}

TEST(ListHeadingsTest, StandfirstInHeadingElementIsNoOrphan) {
  // Set as <h2> and followed by another <h2>: an orphan subhead by
  // position, but as long as a sentence it is the standfirst.
  const std::string text = ArticleText(
      "<h2>Thousands came to the first evening of the town festival, which runs for three days "
      "and ends with fireworks on Sunday</h2><h2>The first evening</h2>" + kParagraph1 + kParagraph2);
  EXPECT_NE(text.find("Thousands came"), std::string::npos);
}

TEST(ListHeadingsTest, GalleryTitleGoesSubheadOverOnePhotoStays) {
  const std::string text = ArticleText(
      kParagraph1 + "<h2>Festival in pictures</h2><img src=\"/1.jpg\"><img src=\"/2.jpg\"><img src=\"/3.jpg\">" +
      kParagraph2 + "<h2>The closing night</h2><img src=\"/4.jpg\"><p>The fireworks on Sunday drew the "
      "largest crowd of the weekend, and the square stayed full until after midnight.</p>");
  EXPECT_EQ(text.find("Festival in pictures"), std::string::npos);
  EXPECT_NE(text.find("The closing night"), std::string::npos);
  EXPECT_NE(text.find("On Sunday the programme"), std::string::npos);
}

}  // namespace
}  // namespace klartext
