#include "html/tree_builder/nesting_filter.h"

#include <gtest/gtest.h>

#include <string>

#include "html/parse.h"
#include "html/tree_builder/tree_builder.h"

namespace klartext::html {
namespace {

std::string Nested(const std::string& open, const std::string& close, int n, const std::string& inner) {
  std::string s;
  for (int i = 0; i < n; ++i) s += open;
  s += inner;
  for (int i = 0; i < n; ++i) s += close;
  return s;
}

using tree::Tree;
using tree::TreeId;

// The deepest nesting of `tag` elements in the tree.
int MaxNestingOf(const Tree& t, tree::TagId tag) {
  int best = 0;
  for (TreeId id = 0; id < t.size(); ++id) {
    int n = 0;
    for (TreeId a = id; a != tree::kNoTreeNode; a = t[a].parent) {
      n += t[a].type == tree::NodeType::kElement && t[a].tag == tag;
    }
    best = std::max(best, n);
  }
  return best;
}

// The tree of `page` with the filter at `max_depth`. The tree points into
// `page`, which must outlive it.
Tree Build(const std::string& page, std::uint32_t max_depth) {
  TreeBuilderOptions options;
  options.max_nesting = max_depth;
  return BuildTree(page, options);
}

// The text node holding exactly `text`, or kNoTreeNode.
TreeId FindText(const Tree& t, std::string_view text) {
  for (TreeId id = 0; id < t.size(); ++id) {
    if (t[id].type == tree::NodeType::kText && t.Text(id) == text) return id;
  }
  return tree::kNoTreeNode;
}

TEST(NestingFilter, ShallowPageIsUntouched) {
  const std::string page = "<div><p>Text<br>more</p><ul><li>a<li>b</ul></div>";
  const Tree t = Build(page, 3);
  EXPECT_FALSE(t.truncated());
  EXPECT_EQ(MaxNestingOf(t, tree::TagId::div), 1);
  EXPECT_EQ(MaxNestingOf(t, tree::TagId::li), 1);
}

TEST(NestingFilter, DeepDivsAreCutToTheLimitAndTextKept) {
  const std::string page = Nested("<div>", "</div>", 1000, "deep text") + "after";
  const Tree t = Build(page, 10);
  EXPECT_TRUE(t.truncated());
  EXPECT_EQ(MaxNestingOf(t, tree::TagId::div), 10);
  EXPECT_NE(FindText(t, "deep text"), tree::kNoTreeNode);
  // The end tags of the dropped divs went too, so the kept ones close where
  // the page closes them: "after" is outside every div.
  const TreeId after = FindText(t, "after");
  ASSERT_NE(after, tree::kNoTreeNode);
  for (TreeId a = after; a != tree::kNoTreeNode; a = t[a].parent) EXPECT_NE(t[a].tag, tree::TagId::div);
}

TEST(NestingFilter, ImplicitlyClosedAndVoidElementsDoNotCount) {
  std::string page = "<div>";
  for (int i = 0; i < 500; ++i) page += "<p>para<li>item<br><img src=x>";
  page += "</div>";
  EXPECT_FALSE(Build(page, 1).truncated());
}

TEST(NestingFilter, TagsInsideScriptAndCommentsAreText) {
  const std::string page = "<div><script>var s='<div><div><div><div>';</script><!-- <div><div><div> --></div>";
  const Tree t = Build(page, 1);
  EXPECT_FALSE(t.truncated());
  EXPECT_EQ(MaxNestingOf(t, tree::TagId::div), 1);
}

TEST(NestingFilter, ARawTextElementBeyondTheLimitStillEndsItsText) {
  // The <script> is not dropped past the limit, so its body stays text.
  const std::string page = Nested("<span>", "</span>", 5, "<script>if (a<b) x='<div>';</script>tail");
  const Tree t = Build(page, 2);
  EXPECT_TRUE(t.truncated());
  EXPECT_EQ(MaxNestingOf(t, tree::TagId::div), 0);
  EXPECT_EQ(MaxNestingOf(t, tree::TagId::script), 1);
  EXPECT_NE(FindText(t, "tail"), tree::kNoTreeNode);
}

TEST(NestingFilter, ParseHtmlCapsHostileNestingQuickly) {
  // Nested tables and formatting elements make the rules scan deep stacks;
  // with the filter 100 000 levels parse like a flat page.
  Result<Document> doc = ParseHtml(Nested("<div><b><i><table><tr><td><a>", "", 100000, "x"));
  ASSERT_TRUE(doc.ok());
  EXPECT_TRUE(doc->truncated());
}

TEST(NestingFilter, CountsOnlyTrueNesting) {
  tree::NestingFilter f(2);
  using tree::TagId;
  EXPECT_TRUE(f.Admit(TokenKind::kStartTag, TagId::div, false));
  EXPECT_TRUE(f.Admit(TokenKind::kStartTag, TagId::kUnknown, false));  // custom elements nest
  EXPECT_TRUE(f.Admit(TokenKind::kStartTag, TagId::p, false));         // closed by a sibling
  EXPECT_TRUE(f.Admit(TokenKind::kStartTag, TagId::span, true));       // self-closing
  EXPECT_FALSE(f.Admit(TokenKind::kStartTag, TagId::b, false));        // third level
  EXPECT_FALSE(f.Admit(TokenKind::kEndTag, TagId::b, false));          // its end tag goes too
  EXPECT_TRUE(f.Admit(TokenKind::kEndTag, TagId::kUnknown, false));
  EXPECT_TRUE(f.Admit(TokenKind::kStartTag, TagId::b, false));         // room again
  EXPECT_TRUE(f.Admit(TokenKind::kCharacters, TagId::kUnknown, false));
  EXPECT_EQ(f.dropped(), 2u);
  tree::NestingFilter off(0);
  for (int i = 0; i < 100; ++i) EXPECT_TRUE(off.Admit(TokenKind::kStartTag, TagId::div, false));
}

TEST(NestingFilter, TruncatedTagsAndStrayLessThanSignsAreSafe) {
  for (std::string page : {"<", "<div", "<div title='unclosed", "a < b <<>> c", "</", "<!--", "<script>"}) {
    Result<Document> doc = ParseHtml(page, {.max_depth = 1});
    EXPECT_TRUE(doc.ok());
  }
}

}  // namespace
}  // namespace klartext::html
