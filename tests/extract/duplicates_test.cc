// Block rules: text printed twice (extract/block_rules.h), seen through
// Extract on HTML.
#include <gtest/gtest.h>

#include <string>

#include "klartext/extract.h"

namespace klartext {
namespace {

std::size_t Count(const std::string& text, const std::string& what) {
  std::size_t n = 0;
  for (std::size_t at = text.find(what); at != std::string::npos; at = text.find(what, at + 1)) ++n;
  return n;
}

std::string ArticleText(const std::string& body) {
  const std::string page = "<html><body><article><h1>Meal plan</h1>" + body + "</article></body></html>";
  Result<Article> a = Extract(page, {.input_format = InputFormat::kHtml});
  return a.ok() ? a->Text() : std::string();
}

const std::string kLongParagraph =
    "<p>Breakfast on both days is the same: oats cooked in milk, a handful of berries, a spoon of "
    "honey, and a cup of tea or coffee, which keeps you going until lunch without snacks, as most "
    "people who tried the plan reported after the first week of cooking this way every morning.</p>";

TEST(DuplicatesTest, RepeatedShortLinesInHtmlStay) {
  const std::string day =
      "<h2>Lunch</h2><p>Eat every two to three hours</p><p>One cup of rice with vegetables and a "
      "spoon of olive oil, warmed up at work.</p>";
  const std::string text = ArticleText("<p>This plan covers two days of cooking for a busy week, with "
                                       "the same routine on both days.</p>" + day + day);
  EXPECT_EQ(Count(text, "Eat every two to three hours"), 2u);
  EXPECT_EQ(Count(text, "One cup of rice"), 2u);
}

TEST(DuplicatesTest, RepeatedLongParagraphIsDroppedOnce) {
  const std::string text = ArticleText(kLongParagraph + "<p>Dinner is lighter and comes early in the "
                                       "evening, before seven o'clock.</p>" + kLongParagraph);
  EXPECT_EQ(Count(text, "Breakfast on both days"), 1u);
}

TEST(DuplicatesTest, StandfirstPrintedTwiceGoesOnce) {
  const std::string lead = "<p class=\"dek\">Two days of oats and berries, and what it did to us</p>";
  const std::string text = ArticleText(lead + kLongParagraph + lead +
                                       "<p>Lunch is soup and bread on the first day and a salad with beans on "
                                       "the second, both made the evening before.</p>");
  EXPECT_EQ(Count(text, "Two days of oats"), 1u);
  EXPECT_NE(text.find("Lunch is soup"), std::string::npos);
}

}  // namespace
}  // namespace klartext
