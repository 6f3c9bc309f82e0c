// Block rules: nothing after the reader comments is the article's; a
// comment link near the headline does not end it (extract/block_rules.h).
#include <gtest/gtest.h>

#include <string>

#include "klartext/extract.h"

namespace klartext {
namespace {

const std::string kBody =
    "<p>The bike path along the canal is finished, two months earlier than planned, and it links the "
    "old town with the lake for the first time without a single crossing of a main road.</p>"
    "<p>Cyclists had asked for the route for years; the city paid for most of it, and the state added "
    "money for the lighting and the new bridge over the harbour basin.</p>";

std::string ArticleText(const std::string& body) {
  const std::string page = "<html><body><article><h1>Canal path</h1>" + body + "</article></body></html>";
  Result<Article> a = Extract(page, {.input_format = InputFormat::kHtml});
  return a.ok() ? a->Text() : std::string();
}

TEST(AfterCommentsTest, TextAfterTheCommentSectionGoes) {
  const std::string text = ArticleText(kBody + "<div class=\"comments\"><p>Great news, I will ride it on "
                                               "Sunday with the kids.</p></div><p>No bike at hand? Rent one "
                                               "from 12 euros a day at our partner shop in the old town.</p>");
  EXPECT_NE(text.find("The bike path along the canal"), std::string::npos);
  EXPECT_EQ(text.find("No bike at hand"), std::string::npos);
}

TEST(AfterCommentsTest, CommentLinkAboveTheBodyEndsNothing) {
  const std::string text =
      ArticleText("<p class=\"comments-link\">2 comments</p>" + kBody);
  EXPECT_NE(text.find("The bike path along the canal"), std::string::npos);
  EXPECT_NE(text.find("Cyclists had asked"), std::string::npos);
}

}  // namespace
}  // namespace klartext
