// --favor precision|recall: the same page, three trade-offs.
#include <gtest/gtest.h>

#include <string>

#include "klartext/extract.h"

namespace klartext::extract {
namespace {

constexpr std::string_view kPage =
    "<html><head><title>Bus line</title></head><body><article><h1>Bus line extended</h1>"
    "<p>Updated this morning.</p>"
    "<p>The city council voted on Tuesday to extend bus line 7 to the new housing estate in the north, "
    "a decision residents had demanded for two years.</p>"
    "<p>The first buses will run in March. The transport company said it would hire six more drivers "
    "and buy two electric buses for the extension.</p>"
    "<p>Our reporter asked the mayor.</p>"
    "</article></body></html>";

std::string TextWith(Favor favor) {
  Result<Article> a = Extract(kPage, {.input_format = InputFormat::kHtml, .favor = favor});
  EXPECT_TRUE(a.ok());
  return a.ok() ? a->Text() : std::string();
}

TEST(FavorTest, PrecisionKeepsOnlyWhatLiesBetweenTheFullParagraphs) {
  const std::string balanced = TextWith(Favor::kBalanced);
  EXPECT_NE(balanced.find("Updated this morning."), std::string::npos);
  EXPECT_NE(balanced.find("Our reporter asked the mayor."), std::string::npos);

  const std::string precise = TextWith(Favor::kPrecision);
  EXPECT_EQ(precise.find("Updated this morning."), std::string::npos);
  EXPECT_EQ(precise.find("Our reporter asked the mayor."), std::string::npos);
  EXPECT_NE(precise.find("extend bus line 7"), std::string::npos);
  EXPECT_NE(precise.find("six more drivers"), std::string::npos);
}

TEST(FavorTest, PrecisionLeavesAPageWithoutFullParagraphsAlone) {
  const std::string page =
      "<html><body><article><h1>Bus line extended</h1><p>Line 7 runs north from March.</p>"
      "<p>Six more drivers.</p></article></body></html>";
  Result<Article> a = Extract(page, {.input_format = InputFormat::kHtml, .favor = Favor::kPrecision});
  ASSERT_TRUE(a.ok());
  EXPECT_NE(a->Text().find("Line 7 runs north from March."), std::string::npos);
}

}  // namespace
}  // namespace klartext::extract
