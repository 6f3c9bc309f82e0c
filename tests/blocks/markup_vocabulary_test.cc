// tests/blocks/markup_vocabulary_test.cc: what inline styles hide.
#include "blocks/markup_vocabulary.h"

#include <gtest/gtest.h>

#include <string>

namespace klartext::blocks {
namespace {

TEST(StyleHides, DisplayNoneAndVisibilityHiddenInAnySpellingOfCaseAndSpace) {
  EXPECT_TRUE(StyleHides("display:none"));
  EXPECT_TRUE(StyleHides("color: red; Display : NONE !important"));
  EXPECT_TRUE(StyleHides("visibility:\thidden"));
  EXPECT_TRUE(StyleHides("dis play: no ne"));  // white space is dropped before matching
  EXPECT_FALSE(StyleHides(""));
  EXPECT_FALSE(StyleHides("display:block"));
  EXPECT_FALSE(StyleHides("visibility: visible; display: flex"));
}

TEST(StyleHides, LongStylesAreReadToTheEnd) {
  // Past the on-stack buffer the style is compacted on the heap.
  std::string style;
  for (int i = 0; i < 40; ++i) style += "margin : 0 ; ";
  EXPECT_FALSE(StyleHides(style));
  EXPECT_TRUE(StyleHides(style + "display : none"));
  EXPECT_GT(style.size(), 256u);
}

}  // namespace
}  // namespace klartext::blocks
