// Region labels: the standfirst above the chosen region
// (extract/label_regions.h), seen through Extract.
#include <gtest/gtest.h>

#include <string>

#include "klartext/extract.h"

namespace klartext {
namespace {

std::string ArticleText(const std::string& page) {
  Result<Article> a = Extract(page, {.input_format = InputFormat::kHtml});
  return a.ok() ? a->Text() : std::string();
}

const std::string kBody =
    "<div class=\"body\"><p>The council voted on Tuesday to extend the bus line to the northern districts, "
    "a plan that residents had asked for since the new housing estates opened three years ago.</p>"
    "<p>Work is to begin in the spring, and the first buses should run before the end of next year, the "
    "transport office said in a statement after the vote, which was close.</p></div>";

// Links beside the body keep the region to the body's own container.
const std::string kLinks =
    "<ul><li><a href=\"/a\">Weather and traffic today</a></li><li><a href=\"/b\">Sport results from the "
    "weekend</a></li><li><a href=\"/c\">Letters to the editor</a></li><li><a href=\"/d\">Puzzles and the "
    "crossword</a></li><li><a href=\"/e\">Events in the region</a></li></ul>";

TEST(RecoverLeadTest, ShortStandfirstBelowTheHeadlineJoins) {
  const std::string page =
      "<html><head><title>Bus line extended</title></head><body><div><div class=\"head\"><h1>Bus line "
      "extended</h1><p>The north gets its buses, but the tram must wait another year.</p>"
      "<p class=\"byline\">By Jane Doe</p></div>" + kBody + kLinks + "</div></body></html>";
  const std::string text = ArticleText(page);
  EXPECT_NE(text.find("The council voted"), std::string::npos);
  EXPECT_NE(text.find("the tram must wait"), std::string::npos);
}

TEST(RecoverLeadTest, ShortSentenceWithNoHeadlineAboveStaysOut) {
  const std::string page =
      "<html><head><title>Bus line extended</title></head><body><div><div class=\"head\">"
      "<p>Our newsroom tells the north's stories, but this one is a short one.</p></div>" + kBody + kLinks +
      "</div></body></html>";
  const std::string text = ArticleText(page);
  EXPECT_NE(text.find("The council voted"), std::string::npos);
  EXPECT_EQ(text.find("Our newsroom"), std::string::npos);
}

TEST(RecoverLeadTest, StandfirstInAFigureHeaderIsNoCaption) {
  // The header is set in a <figure>: picture, headline, standfirst.
  const std::string page =
      "<html><head><title>Bus line extended</title></head><body><article><figure><img src=\"/bus.jpg\">"
      "<h1>Bus line extended</h1><p class=\"intro\">Next step for the north: buses from the spring "
      "onwards</p><figcaption>The new bus stop (Photo: City)</figcaption></figure>" + kBody +
      "</article>" + kLinks + "</body></html>";
  const std::string text = ArticleText(page);
  EXPECT_NE(text.find("The council voted"), std::string::npos);
  EXPECT_NE(text.find("Next step for the north"), std::string::npos);
  EXPECT_EQ(text.find("The new bus stop"), std::string::npos);
}

}  // namespace
}  // namespace klartext
