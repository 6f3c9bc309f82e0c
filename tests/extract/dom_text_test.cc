// How page markup becomes block text (blocks/from_dom.cc): soft hyphens
// and <noscript> wrappers, seen through Extract.
#include <gtest/gtest.h>

#include <string>

#include "klartext/extract.h"

namespace klartext {
namespace {

std::string ArticleText(const std::string& page) {
  Result<Article> a = Extract(page, {.input_format = InputFormat::kHtml});
  return a.ok() ? a->Text() : std::string();
}

const std::string kParagraphs =
    "<p>The museum reopened on Sunday after two years of repairs to its roof, and the first visitors "
    "queued in the rain for an hour before the doors opened.</p>"
    "<p>Its director said the costs had stayed within the budget the city set, which few had expected "
    "when the work began in the winter before last.</p>";

TEST(DomTextTest, SoftHyphensAreDropped) {
  const std::string text = ArticleText("<html><body><article><p>Das Mit&shy;tel&shy;al&shy;ter war lang, "
                                       "und die Stadt wuchs in dieser Zeit langsam, aber stetig.</p>" +
                                       kParagraphs + "</article></body></html>");
  EXPECT_NE(text.find("Das Mittelalter war lang"), std::string::npos);
  EXPECT_EQ(text.find("\xC2\xAD"), std::string::npos);
}

TEST(DomTextTest, ASoftHyphenIsDroppedAtEveryOffsetOfAText) {
  // The text nodes are scanned sixteen bytes at a time: a soft hyphen is
  // put at each offset from the first byte to the last, within a block of
  // sixteen, across two and in the tail, after ASCII and after umlauts.
  for (const std::string lead : {"", "Ärger über Öl ", "plain ascii words before it "}) {
    const std::string word = "Verkehrsministerium";
    for (std::size_t at = 0; at <= word.size(); ++at) {
      const std::string text = lead + word.substr(0, at) + "\xC2\xAD" + word.substr(at);
      const std::string article = ArticleText("<html><body><article><p>" + text +
                                              " war lang, und die Stadt wuchs in dieser Zeit langsam, aber "
                                              "stetig.</p>" + kParagraphs + "</article></body></html>");
      EXPECT_NE(article.find(lead + word), std::string::npos) << "at " << at << " after '" << lead << "'";
      EXPECT_EQ(article.find("\xC2\xAD"), std::string::npos) << "at " << at << " after '" << lead << "'";
    }
  }
}

TEST(DomTextTest, SmallNoscriptIsSkipped) {
  const std::string text = ArticleText("<html><body><noscript><p>Please enable JavaScript to see the "
                                       "map.</p></noscript><article>" +
                                       kParagraphs + "</article></body></html>");
  EXPECT_NE(text.find("The museum reopened"), std::string::npos);
  EXPECT_EQ(text.find("enable JavaScript"), std::string::npos);
}

TEST(DomTextTest, NoscriptLeftOpenAroundThePageIsRead) {
  // The </noscript> cannot close across the open <div>: the page ends up
  // inside the <noscript>, as a parser without scripting builds it.
  const std::string text = ArticleText("<html><body><noscript><div id=\"nojs\"></noscript><div><article>" +
                                       kParagraphs + "</article></div></body></html>");
  EXPECT_NE(text.find("The museum reopened"), std::string::npos);
}

TEST(DomTextTest, NuktaLettersAreDecomposedAsInNfc) {
  // "আয়" with the precomposed U+09DF comes out as U+09AF U+09BC.
  const std::string text = ArticleText("<html><body><article><p>\xE0\xA6\x86\xE0\xA7\x9F</p>" + kParagraphs +
                                       "</article></body></html>");
  EXPECT_NE(text.find("\xE0\xA6\x86\xE0\xA6\xAF\xE0\xA6\xBC"), std::string::npos);
  EXPECT_EQ(text.find("\xE0\xA7\x9F"), std::string::npos);
}

TEST(DomTextTest, RubyAnnotationsAreSkipped) {
  // 外国人の皆さん with readings over 外国人 and 皆.
  const std::string text = ArticleText(
      "<html><body><article><p><ruby>\xE5\xA4\x96\xE5\x9B\xBD\xE4\xBA\xBA<rp>(</rp><rt>\xE3\x81\x8C"
      "\xE3\x81\x84\xE3\x81\x93\xE3\x81\x8F\xE3\x81\x98\xE3\x82\x93</rt><rp>)</rp></ruby>\xE3\x81\xAE"
      "<ruby>\xE7\x9A\x86<rt>\xE3\x81\xBF\xE3\x81\xAA</rt></ruby>\xE3\x81\x95\xE3\x82\x93</p>" +
      kParagraphs + "</article></body></html>");
  EXPECT_NE(text.find("\xE5\xA4\x96\xE5\x9B\xBD\xE4\xBA\xBA\xE3\x81\xAE\xE7\x9A\x86\xE3\x81\x95\xE3\x82\x93"),
            std::string::npos);
  EXPECT_EQ(text.find("("), std::string::npos);
}

}  // namespace
}  // namespace klartext
