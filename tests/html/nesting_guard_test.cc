#include "html/nesting_guard.h"

#include <gtest/gtest.h>

#include <string>

namespace klartext::html {
namespace {

std::string Nested(const std::string& open, const std::string& close, int n, const std::string& inner) {
  std::string s;
  for (int i = 0; i < n; ++i) s += open;
  s += inner;
  for (int i = 0; i < n; ++i) s += close;
  return s;
}

TEST(NestingGuard, ShallowPageIsReturnedWithoutCopy) {
  const std::string page = "<html><body><div><p>Text<br>more</p><ul><li>a<li>b</ul></div></body></html>";
  std::string storage;
  std::size_t dropped = 99;
  std::string_view out = CapNesting(page, 4, storage, &dropped);
  EXPECT_EQ(out.data(), page.data());
  EXPECT_EQ(dropped, 0u);
}

TEST(NestingGuard, DeepDivsAreCutToTheLimitAndTextKept) {
  const std::string page = Nested("<div>", "</div>", 1000, "deep text");
  std::string storage;
  std::size_t dropped = 0;
  std::string_view out = CapNesting(page, 10, storage, &dropped);
  EXPECT_EQ(out, Nested("<div>", "</div>", 10, "deep text"));
  EXPECT_EQ(dropped, 2u * 990);
}

TEST(NestingGuard, ImplicitlyClosedAndVoidElementsDoNotCount) {
  std::string page = "<div>";
  for (int i = 0; i < 500; ++i) page += "<p>para<li>item<br><img src=x><td>cell";
  page += "</div>";
  std::string storage;
  std::size_t dropped = 0;
  EXPECT_EQ(CapNesting(page, 3, storage, &dropped), page);
  EXPECT_EQ(dropped, 0u);
}

TEST(NestingGuard, TagsInsideScriptAndCommentsAreText) {
  const std::string page = "<div><script>var s='<div><div><div><div>';</script><!-- <div><div><div> --></div>";
  std::string storage;
  std::size_t dropped = 0;
  EXPECT_EQ(CapNesting(page, 2, storage, &dropped), page);
}

TEST(NestingGuard, QuotedGreaterThanDoesNotEndATag) {
  const std::string page = "<div title='a>b'><span>x</span></div>";
  std::string storage;
  std::size_t dropped = 0;
  EXPECT_EQ(CapNesting(page, 1, storage, &dropped), "<div title='a>b'>x</div>");
  EXPECT_EQ(dropped, 2u);
}

TEST(NestingGuard, TruncatedTagsAndStrayLessThanSignsAreSafe) {
  std::string storage;
  std::size_t dropped = 0;
  for (std::string page : {"<", "<div", "<div title='unclosed", "a < b <<>> c", "</", "<!--", "<script>"}) {
    EXPECT_EQ(CapNesting(page, 1, storage, &dropped), page);
  }
}

}  // namespace
}  // namespace klartext::html
