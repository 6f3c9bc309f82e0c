// A page whose article is a list of links keeps its links (the second pass
// in Extract, extract/block_rules.h LinkRule); an ordinary article still
// loses its link lists.
#include <gtest/gtest.h>

#include <string>

#include "klartext/extract.h"

namespace klartext {
namespace {

std::string ArticleText(const std::string& page) {
  Result<Article> a = Extract(page, {.input_format = InputFormat::kHtml});
  return a.ok() ? a->Text() : std::string();
}

std::string LinkItems() {
  std::string items;
  for (const char* title : {"Study doubts the value of state support for the press",
                            "Violence online: blame instead of protection for victims",
                            "The EU weighs a ban on face recognition in public places",
                            "How a digital tax failed in the council of ministers",
                            "Printer ink subscriptions and what happens when you cancel",
                            "Agile methods arrive in the town hall, slowly"}) {
    items += "<li><a href=\"https://example.com/a\">" + std::string(title) + "</a></li>";
  }
  return items;
}

TEST(LinkListTest, RoundUpOfLinksIsKept) {
  const std::string text =
      ArticleText("<html><body><article><h1>Reading list for Thursday</h1><ul>" + LinkItems() +
                  "</ul></article></body></html>");
  EXPECT_NE(text.find("Study doubts the value"), std::string::npos);
  EXPECT_NE(text.find("How a digital tax failed"), std::string::npos);
}

TEST(LinkListTest, LinkListUnderAnArticleStillGoes) {
  const std::string text = ArticleText(
      "<html><body><article><h1>Harbour reopens</h1><p>The harbour reopened on Monday after the storm "
      "damage was repaired, and the first ferries left on time, the port authority said.</p><p>Repairs "
      "cost less than feared, and the city expects the summer season to start as planned in June, "
      "with more boats than last year.</p><ul>" + LinkItems() + "</ul></article></body></html>");
  EXPECT_NE(text.find("The harbour reopened"), std::string::npos);
  EXPECT_EQ(text.find("Study doubts the value"), std::string::npos);
}

}  // namespace
}  // namespace klartext
