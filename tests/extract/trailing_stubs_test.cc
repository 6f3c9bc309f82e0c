// Block rules: sentence ends and the short lines after an article's last
// paragraph (extract/block_rules.h).
#include <gtest/gtest.h>

#include <string>

#include "extract/block_rules.h"
#include "klartext/extract.h"
#include "extract/body_text_util.h"

namespace klartext::extract {
namespace {

// A paragraph long enough to be body text.
const std::string kBody =
    "<p>The council voted on Tuesday to extend the bus line to the northern districts, a plan that "
    "residents had asked for since the new housing estates opened three years ago.</p>"
    "<p>Work is to begin in the spring, and the first buses should run before the end of next year, "
    "the transport office said in a statement after the vote.</p>";

using testing::BodyText;

TEST(EndsLikeSentenceTest, LatinAndCjkSentenceEnds) {
  EXPECT_TRUE(EndsLikeSentence("It rained."));
  EXPECT_TRUE(EndsLikeSentence("Did it rain?\xE2\x80\x9C"));
  EXPECT_FALSE(EndsLikeSentence("More stories"));
  EXPECT_TRUE(EndsLikeSentence("\xE4\xB8\x8B\xE9\x9B\xA8\xE4\xBA\x86\xE3\x80\x82"));  // 下雨了。
  // 城！） : a full-width '!' inside a full-width closing bracket.
  EXPECT_TRUE(EndsLikeSentence("\xE5\x9F\x8E\xEF\xBC\x81\xEF\xBC\x89"));
  EXPECT_FALSE(EndsLikeSentence("\xE5\x9F\x8E\xEF\xBC\x89"));
}

TEST(TrailingStubsTest, ShortLineAfterLastParagraphIsDropped) {
  const std::string text = BodyText(kBody + "<p>More from the region</p>");
  EXPECT_NE(text.find("transport office"), std::string::npos);
  EXPECT_EQ(text.find("More from the region"), std::string::npos);
}

TEST(TrailingStubsTest, ShortLineBeforeMoreBodyStays) {
  const std::string text = BodyText("<p>A quiet street</p>" + kBody);
  EXPECT_NE(text.find("A quiet street"), std::string::npos);
}

TEST(TrailingStubsTest, SentencesFactsAndListsStay) {
  const std::string text = BodyText(kBody +
                                    "<p>Thanks to all.</p><p>Deadline: 3 May</p><p>7) The last entry</p>"
                                    "<ul><li>Bring a ticket</li><li>Bring a coat</li></ul>");
  EXPECT_NE(text.find("Thanks to all."), std::string::npos);
  EXPECT_NE(text.find("Deadline: 3 May"), std::string::npos);
  EXPECT_NE(text.find("7) The last entry"), std::string::npos);
  EXPECT_NE(text.find("Bring a coat"), std::string::npos);
}

}  // namespace
}  // namespace klartext::extract
