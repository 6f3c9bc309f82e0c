#include "extract/url.h"

#include <gtest/gtest.h>

namespace klartext::extract {
namespace {

constexpr const char* kBase = "http://a/b/c/d;p?q";

// RFC 3986 section 5.4.1, normal examples.
TEST(ResolveUrlTest, Rfc3986NormalExamples) {
  EXPECT_EQ(ResolveUrl(kBase, "g:h"), "g:h");
  EXPECT_EQ(ResolveUrl(kBase, "g"), "http://a/b/c/g");
  EXPECT_EQ(ResolveUrl(kBase, "./g"), "http://a/b/c/g");
  EXPECT_EQ(ResolveUrl(kBase, "g/"), "http://a/b/c/g/");
  EXPECT_EQ(ResolveUrl(kBase, "/g"), "http://a/g");
  EXPECT_EQ(ResolveUrl(kBase, "//g"), "http://g");
  EXPECT_EQ(ResolveUrl(kBase, "?y"), "http://a/b/c/d;p?y");
  EXPECT_EQ(ResolveUrl(kBase, "g?y"), "http://a/b/c/g?y");
  EXPECT_EQ(ResolveUrl(kBase, "#s"), "http://a/b/c/d;p?q#s");
  EXPECT_EQ(ResolveUrl(kBase, "g#s"), "http://a/b/c/g#s");
  EXPECT_EQ(ResolveUrl(kBase, ";x"), "http://a/b/c/;x");
  EXPECT_EQ(ResolveUrl(kBase, ""), "http://a/b/c/d;p?q");
  EXPECT_EQ(ResolveUrl(kBase, "."), "http://a/b/c/");
  EXPECT_EQ(ResolveUrl(kBase, "./"), "http://a/b/c/");
  EXPECT_EQ(ResolveUrl(kBase, ".."), "http://a/b/");
  EXPECT_EQ(ResolveUrl(kBase, "../"), "http://a/b/");
  EXPECT_EQ(ResolveUrl(kBase, "../g"), "http://a/b/g");
  EXPECT_EQ(ResolveUrl(kBase, "../.."), "http://a/");
  EXPECT_EQ(ResolveUrl(kBase, "../../g"), "http://a/g");
}

// RFC 3986 section 5.4.2, abnormal examples.
TEST(ResolveUrlTest, Rfc3986AbnormalExamples) {
  EXPECT_EQ(ResolveUrl(kBase, "../../../g"), "http://a/g");
  EXPECT_EQ(ResolveUrl(kBase, "/./g"), "http://a/g");
  EXPECT_EQ(ResolveUrl(kBase, "/../g"), "http://a/g");
  EXPECT_EQ(ResolveUrl(kBase, "g."), "http://a/b/c/g.");
  EXPECT_EQ(ResolveUrl(kBase, "..g"), "http://a/b/c/..g");
  EXPECT_EQ(ResolveUrl(kBase, "./../g"), "http://a/b/g");
  EXPECT_EQ(ResolveUrl(kBase, "g/./h"), "http://a/b/c/g/h");
  EXPECT_EQ(ResolveUrl(kBase, "g/../h"), "http://a/b/c/h");
}

TEST(ResolveUrlTest, TypicalPageReferences) {
  EXPECT_EQ(ResolveUrl("https://www.example.de/politik/artikel.html", "../img/a.jpg"),
            "https://www.example.de/img/a.jpg");
  EXPECT_EQ(ResolveUrl("https://www.example.de/x/", "//cdn.example.net/a.jpg"),
            "https://cdn.example.net/a.jpg");
  EXPECT_EQ(ResolveUrl("https://www.example.de", "a.jpg"), "https://www.example.de/a.jpg");
  EXPECT_EQ(ResolveUrl("https://www.example.de/x", "  /a.jpg \n"), "https://www.example.de/a.jpg");
  EXPECT_EQ(ResolveUrl("https://www.example.de/x", "https://other.org/p/../q"), "https://other.org/q");
  EXPECT_EQ(ResolveUrl("https://www.example.de/x", "mailto:a@b.de"), "mailto:a@b.de");
}

TEST(ResolveUrlTest, WithoutUsableBaseReturnsReference) {
  EXPECT_EQ(ResolveUrl("", "/a.jpg"), "/a.jpg");
  EXPECT_EQ(ResolveUrl("relative/base", "a.jpg"), "a.jpg");
}

TEST(UrlHostTest, Hosts) {
  EXPECT_EQ(UrlHost("https://User@WWW.Zeit.de:443/a?b#c"), "www.zeit.de");
  EXPECT_EQ(UrlHost("//cdn.example.net/x"), "cdn.example.net");
  EXPECT_EQ(UrlHost("http://[::1]:8080/"), "[::1]");
  EXPECT_EQ(UrlHost("/just/a/path"), "");
  EXPECT_EQ(UrlHost(""), "");
}

TEST(LooksLikeUrlTest, UrlsAndNames) {
  EXPECT_TRUE(LooksLikeUrl("https://www.facebook.com/someone"));
  EXPECT_TRUE(LooksLikeUrl("www.example.de"));
  EXPECT_FALSE(LooksLikeUrl("Anna Müller"));
  EXPECT_FALSE(LooksLikeUrl("Note: this"));
}

}  // namespace
}  // namespace klartext::extract
