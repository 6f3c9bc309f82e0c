// Block rules: after a related-list opener ("Read also", "Lee también")
// the body resumes with plain prose once a teaser was seen
// (extract/block_rules.h).
#include <gtest/gtest.h>

#include <string>

#include "klartext/extract.h"

namespace klartext {
namespace {

const std::string kBody =
    "<p>The truckers' confederation will decide on Thursday whether to strike, after a week of attacks "
    "on drivers on the main southern highway left two of them badly hurt.</p>"
    "<p>Its board met the minister on Tuesday and handed over a list of demands, among them more "
    "police patrols at night and better lighting at rest stops.</p>";

std::string ArticleText(const std::string& body) {
  const std::string page = "<html><body><article><h1>Truckers may strike</h1>" + body + "</article></body></html>";
  Result<Article> a = Extract(page, {.input_format = InputFormat::kHtml});
  return a.ok() ? a->Text() : std::string();
}

TEST(RelatedListTest, ProseAfterAnInlineReadAlsoBoxIsKept) {
  const std::string text = ArticleText(
      kBody + "<p>Related stories</p><p><a href=\"/x\">Driver shot on the highway is still in a critical "
              "condition</a></p><h2>No strike ruled out</h2><p>Asked about a strike, the president of the "
              "confederation said it could not be ruled out, and that members would vote on it.</p>");
  EXPECT_EQ(text.find("Driver shot"), std::string::npos);
  EXPECT_NE(text.find("No strike ruled out"), std::string::npos);
  EXPECT_NE(text.find("Asked about a strike"), std::string::npos);
}

TEST(RelatedListTest, ShortTeaserTextAfterTheOpenerStillGoes) {
  const std::string text = ArticleText(kBody + "<p>Related stories</p><p>Strike in the port</p><p>Dockers stop "
                                               "work over pay.</p>");
  EXPECT_EQ(text.find("Strike in the port"), std::string::npos);
  EXPECT_EQ(text.find("Dockers stop"), std::string::npos);
}

TEST(RelatedListTest, GermanOpenersWithTheirListGo) {
  const std::string text =
      ArticleText(kBody + "<p>Lesen Sie auch die folgenden Beiträge:</p><p><a href=\"/a\">Warum der Hafen "
                          "streikt</a></p>" + kBody + "<p>Das Thema könnte dich auch interessieren:</p><p><a "
                          "href=\"/b\">Peelings selber machen</a></p><p>Mehr Themen:</p>");
  EXPECT_NE(text.find("The truckers' confederation"), std::string::npos);
  EXPECT_EQ(text.find("Lesen Sie auch"), std::string::npos);
  EXPECT_EQ(text.find("Das Thema"), std::string::npos);
  EXPECT_EQ(text.find("Mehr Themen"), std::string::npos);
}

}  // namespace
}  // namespace klartext
