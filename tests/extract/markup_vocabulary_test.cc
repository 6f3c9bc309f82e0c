// Class and id words (blocks/markup_vocabulary.h) added for content
// selection and labelling.
#include "blocks/markup_vocabulary.h"

#include <gtest/gtest.h>

#include <string>

#include "blocks/block.h"
#include "blocks/make_blocks.h"
#include "html/parse.h"
#include "klartext/extract.h"

namespace klartext::blocks {
namespace {

TEST(MarkupVocabularyTest, LegendNamesAnImageCaption) {
  EXPECT_TRUE(FlagsFromClassAndId("legend", "") & kCaptionClass);
  EXPECT_TRUE(FlagsFromClassAndId("img-legende", "") & kCaptionClass);
  EXPECT_FALSE(FlagsFromClassAndId("legendary-post", "") & kCaptionClass);
}

TEST(MarkupVocabularyTest, LegendTextStaysOutOfTheBody) {
  const std::string page =
      "<html><body><article><h1>Chestnut groves</h1><p>Open woods have become rare over the last "
      "century, because forests are managed differently, and many species that need light and warmth "
      "are in decline.</p><div class=\"legend\">Chestnut groves grew from a double use as orchard and "
      "pasture. Photo by Jane Doe</div><p>The new action plan sets out where such woods are to be kept "
      "open again, with grazing and thinning, over the next ten years.</p></article></body></html>";
  Result<Article> a = Extract(page, {.input_format = InputFormat::kHtml});
  ASSERT_TRUE(a.ok());
  EXPECT_NE(a->Text().find("Open woods have become rare"), std::string::npos);
  EXPECT_EQ(a->Text().find("double use as orchard"), std::string::npos);
}

// The two-step form (memoised class flags) answers as the one-step form,
// including Readability's content-word exception across class and id.
TEST(MarkupVocabularyTest, TwoStepFlagsEqualOneStep) {
  const std::string_view names[] = {"",          "post-banner-content", "social-share", "article-body",
                                    "comments",  "sidebar widget",      "content",      "ad-slot",
                                    "entry-meta", "main-content footer", "navbar",      "legend"};
  for (std::string_view c : names) {
    for (std::string_view i : names) {
      EXPECT_EQ(FlagsFromClassAndId(c, i), CombineClassAndIdFlags(FlagsOfAttributeNames(c), FlagsOfAttributeNames(i)))
          << "class '" << c << "' id '" << i << "'";
    }
  }
  EXPECT_NE(FlagsOfAttributeNames("social-share"), 0u);
}

// The words are looked up in a hash table: the first and last words of the
// sorted vocabulary, words of every length, words in long names and in
// camelCase are found; near misses are not.
TEST(MarkupVocabularyTest, WordsAreFoundWhereverTheyStand) {
  EXPECT_TRUE(FlagsOfAttributeNames("abstract") & kLeadClass);
  EXPECT_TRUE(FlagsOfAttributeNames("werbung") & kAdClass);
  EXPECT_TRUE(FlagsOfAttributeNames("ad") & kAdClass);
  EXPECT_TRUE(FlagsOfAttributeNames("flex items-center px-4 py-2 md:w-1/2 lg:hidden taboola-feed") & kRelatedClass);
  EXPECT_TRUE(FlagsOfAttributeNames("relatedPosts") & kRelatedClass);
  EXPECT_TRUE(FlagsOfAttributeNames("SIDEBAR") & kInAside);
  EXPECT_TRUE(FlagsOfAttributeNames("sr-only") & kHidden);  // a whole name, separators dropped
  EXPECT_FALSE(FlagsOfAttributeNames("overflow-hidden") & kHidden);
  EXPECT_EQ(FlagsOfAttributeNames("sidebars adx werbungen xyz"), 0u);
  std::string long_name(300, 'q');  // longer than the stack buffer
  EXPECT_EQ(FlagsOfAttributeNames(long_name + " sidebar") & kInAside, kInAside);
}

// Class flags are memoised per page: a page with more distinct classes than
// the memo's first table (it grows) still gets every element's own flags.
TEST(MarkupVocabularyTest, ManyDistinctClassesOnOnePage) {
  std::string page = "<html><body>";
  for (int i = 0; i < 700; ++i) {
    page += "<div class=\"c" + std::to_string(i) + (i % 7 == 0 ? " sidebar" : "") + "\"><p>Text " +
            std::to_string(i) + "</p></div>";
  }
  page += "</body></html>";
  Result<html::Document> doc = html::ParseHtml(page);
  ASSERT_TRUE(doc.ok());
  const BlockStream stream = BlocksFromDom(*doc, {});
  int divs = 0, asides = 0;
  for (html::NodeId id = 0; id < doc->size(); ++id) {
    if ((*doc)[id].tag != html::Tag::k_div) continue;
    ++divs;
    const bool sidebar = doc->Attr(id, "class").find("sidebar") != std::string_view::npos;
    EXPECT_EQ((stream.own_flags[id] & kInAside) != 0, sidebar) << doc->Attr(id, "class");
    asides += sidebar;
  }
  EXPECT_EQ(divs, 700);
  EXPECT_EQ(asides, 100);
}

}  // namespace
}  // namespace klartext::blocks
