// Block rules: a line under an image that carries a photo credit is its
// caption, not body text (extract/block_rules.h).
#include <gtest/gtest.h>

#include <string>

#include "klartext/extract.h"

namespace klartext {
namespace {

const std::string kBody =
    "<p>The ermine changes its brown summer coat for a white one in November, which hides it well "
    "in the snow, and only the tip of its tail stays black all year round.</p>"
    "<p>It hunts mice and voles in meadows and along hedges, often by day, and can be watched from "
    "a distance by anyone who keeps still and has some patience.</p>";

std::string ArticleText(const std::string& body) {
  const std::string page = "<html><body><article><h1>The ermine</h1>" + body + "</article></body></html>";
  Result<Article> a = Extract(page, {.input_format = InputFormat::kHtml});
  return a.ok() ? a->Text() : std::string();
}

TEST(CreditCaptionTest, LineWithCreditUnderImageIsCaption) {
  const std::string text = ArticleText("<img src=\"/a.jpg\"><p>The ermine in its winter coat. (jdoe / "
                                       "Example Images)</p>" + kBody +
                                       "<img src=\"/b.jpg\"><p>A meadow in spring | \xC2\xA9 Jane Doe</p>");
  EXPECT_NE(text.find("The ermine changes"), std::string::npos);
  EXPECT_EQ(text.find("winter coat. (jdoe"), std::string::npos);
  EXPECT_EQ(text.find("Jane Doe"), std::string::npos);
}

TEST(CreditCaptionTest, CaptionFollowedByCreditLineIsCaption) {
  const std::string text = ArticleText(kBody + "<img src=\"/a.jpg\"><p>A small round cut-out for the "
                                       "camera</p><p>\xC2\xA9 Jane Doe</p><p>Observers expect the animal to "
                                       "return to the same meadow next winter, as it did in the last two years.</p>");
  EXPECT_EQ(text.find("round cut-out"), std::string::npos);
  EXPECT_EQ(text.find("Jane Doe"), std::string::npos);
  EXPECT_NE(text.find("Observers expect"), std::string::npos);
}

TEST(CreditCaptionTest, ParagraphUnderImageWithoutCreditStays) {
  const std::string text = ArticleText("<img src=\"/a.jpg\"><p>Seen from close by (it rarely allows "
                                       "that), the ermine is smaller than most people think.</p>" + kBody);
  EXPECT_NE(text.find("Seen from close by"), std::string::npos);
}

TEST(CreditCaptionTest, TableInFigureIsContentItsCaptionIsNot) {
  const std::string text = ArticleText(kBody + "<figure><table><tr><th>Season</th><th>Coat</th></tr><tr>"
                                       "<td>Winter</td><td>White with black tail tip</td></tr><tr><td>Summer</td>"
                                       "<td>Brown with white belly</td></tr></table><figcaption>Coats by season"
                                       "</figcaption></figure>");
  EXPECT_NE(text.find("White with black tail tip"), std::string::npos);
  EXPECT_EQ(text.find("Coats by season"), std::string::npos);
}

TEST(CreditCaptionTest, GalleryLineEndingInACreditIsCaptionWithoutItsImage) {
  // The gallery's pictures come from a script: only the captions are
  // markup. A paragraph that names the copyright sign mid-text stays.
  const std::string text = ArticleText(kBody +
                                       "<p>An ermine on a fence post at dawn \xC2\xA9 Jane Doe | Example Images</p>"
                                       "<p>The sign \xC2\xA9 marks a copyright, and the ermine, which cannot read it, "
                                       "was photographed many times this winter by the visitors of the park, who "
                                       "came from all over the region to see it.</p>");
  EXPECT_NE(text.find("The ermine changes"), std::string::npos);
  EXPECT_EQ(text.find("fence post"), std::string::npos);
  EXPECT_NE(text.find("marks a copyright"), std::string::npos);
}

}  // namespace
}  // namespace klartext
