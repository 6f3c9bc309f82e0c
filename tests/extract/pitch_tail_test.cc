// Block rules: a subscription or support box after the article, of which
// the phrase tables name one line (extract/block_rules.h).
#include <gtest/gtest.h>

#include <string>

#include "klartext/extract.h"
#include "extract/body_text_util.h"

namespace klartext::extract {
namespace {

// Four paragraphs of body text.
const std::string kBody =
    "<p>The council voted on Tuesday to extend the bus line to the northern districts, a plan that "
    "residents had asked for since the new housing estates opened three years ago.</p>"
    "<p>Work is to begin in the spring, and the first buses should run before the end of next year, "
    "the transport office said in a statement after the vote.</p>"
    "<p>The extension will cost about twelve million, of which the state pays half; the rest comes "
    "from the city's budget for the next two years, the treasurer told the council.</p>"
    "<p>Opposition members said the money would be better spent on the tram, which is older and "
    "more crowded, but the motion passed with a clear majority in the end.</p>";

using testing::BodyText;

TEST(PitchTailTest, LinesAfterALatePaywallNoticeGo) {
  const std::string text = BodyText(kBody +
                                    "<p>To view the full story, please subscribe to the Courier.</p>"
                                    "<p>Members get unlimited access to our reporting from the city.</p>"
                                    "<p>First-time members also receive a welcome gift.</p>");
  EXPECT_NE(text.find("clear majority"), std::string::npos);
  EXPECT_EQ(text.find("unlimited access"), std::string::npos);
  EXPECT_EQ(text.find("welcome gift"), std::string::npos);
}

TEST(PitchTailTest, AnEarlyNoticeLeavesTheBody) {
  const std::string text = BodyText("<p>Sign up for our newsletter to get the city's news.</p>" + kBody);
  EXPECT_NE(text.find("clear majority"), std::string::npos);
  EXPECT_NE(text.find("transport office"), std::string::npos);
}

TEST(PitchTailTest, AOneLinkPromoLeavesTheParagraphsAfterIt) {
  const std::string text = BodyText(kBody +
                                    "<p><a href=\"/app\">CLICK HERE TO GET THE COURIER APP</a></p>"
                                    "<p>A spokesman for the bus company did not respond to a request for comment.</p>");
  EXPECT_NE(text.find("did not respond"), std::string::npos);
}

TEST(PitchTailTest, LinesBetweenTwoNoticesGo) {
  // The box stands after a truncated story, before the links to go on:
  // too much of the page to be a tail, framed by two phrase lines.
  const std::string text = BodyText("<p>The council voted on Tuesday to extend the bus line to the northern "
                                    "districts, a plan residents had asked for.</p>"
                                    "<p>To view the full story, please subscribe to the Courier.</p>"
                                    "<p>Members get unlimited access to our reporting from the city and the "
                                    "region, every day, on the web and in the app, and an invitation to our "
                                    "readers' evenings in the spring and in the autumn.</p>"
                                    "<p>First-time members also receive a welcome gift from our shop.</p>"
                                    "<p>If you are already a subscriber, log in here.</p>");
  EXPECT_NE(text.find("northern districts"), std::string::npos);
  EXPECT_EQ(text.find("unlimited access"), std::string::npos);
  EXPECT_EQ(text.find("welcome gift"), std::string::npos);
}

}  // namespace
}  // namespace klartext::extract
