// Random inputs built from pieces that stress byte-level trimming and
// splitting (multi-byte dashes, quotes, letters next to separators). The
// property checked: valid UTF-8 in, valid UTF-8 out, and no crash (the suite
// also runs under ASan/UBSan).
#include <gtest/gtest.h>

#include <cstdint>
#include <string>

#include "core/utf8.h"
#include "extract/byline.h"
#include "extract/credit.h"
#include "extract/date_parse.h"
#include "extract/metadata.h"
#include "extract/url.h"
#include "html/parse.h"

namespace klartext::extract {
namespace {

constexpr const char* kPieces[] = {
    "Von ",  "By ",    "Anna ",  "Müller", " und ", ", ",    "dpa",   "(AFP)", "/",     " | ",
    "\u2013", "\u2014", "\u00a9", "Ó",     "à",     "\u201e", "\u201c", "Foto:", " - ",   "Stand: ",
    "04.",   "04.",    "2025",  " 13:01", " Uhr",  "April ", "4, ",   "Redaktion", "&",   "\u00a0",
    "(",     ")",      ":",     ".",     " ",     "ü",     "\u00bb", "@x.de", "http://a.b/", "Ç",
    "<h1>",  "</h1>",  "<title>", "</title>", "<meta name=\"author\" content=\"", "\">",
    "<script type=\"application/ld+json\">{\"@type\":\"NewsArticle\",\"author\":\"", "\"}</script>",
};

std::string RandomText(std::uint64_t& state, int pieces) {
  std::string s;
  for (int i = 0; i < pieces; ++i) {
    state = state * 6364136223846793005ULL + 1442695040888963407ULL;  // LCG (Knuth MMIX)
    s += kPieces[(state >> 33) % (sizeof(kPieces) / sizeof(kPieces[0]))];
  }
  return s;
}

TEST(RobustnessTest, ValidUtf8InValidUtf8Out) {
  std::uint64_t state = 42;
  for (int round = 0; round < 3000; ++round) {
    std::string text = RandomText(state, 1 + round % 24);
    ASSERT_TRUE(IsValidUtf8(text));
    Byline b = ParseByline(text, "Beispiel");
    for (const std::string& a : b.authors) EXPECT_TRUE(IsValidUtf8(a)) << text;
    EXPECT_TRUE(IsValidUtf8(b.agency)) << text;
    if (auto a = FindAgency(text)) {
      EXPECT_TRUE(IsValidUtf8(*a)) << text;
    }
    CaptionCredit c = SplitCredit(text);
    EXPECT_TRUE(IsValidUtf8(c.caption)) << text;
    EXPECT_TRUE(IsValidUtf8(c.credit)) << text;
    if (auto d = FindDateInText(text)) {
      EXPECT_TRUE(IsValidUtf8(d->label)) << text;
    }
    (void)ParseDate(text);
    EXPECT_TRUE(IsValidUtf8(CleanTitle(text, "Beispiel", "https://www.beispiel.de/", true))) << text;
    EXPECT_TRUE(IsValidUtf8(ResolveUrl("https://a.de/x/y", text))) << text;
    (void)UrlHost(text);
  }
}

TEST(RobustnessTest, RandomPagesGiveValidUtf8Metadata) {
  std::uint64_t state = 7;
  for (int round = 0; round < 300; ++round) {
    std::string page = RandomText(state, 10 + round % 60);
    auto doc = html::ParseHtml(page);
    ASSERT_TRUE(doc.ok());
    PageMetadata m = ReadDeclaredMetadata(*doc, "https://www.beispiel.de/2025/04/04/x");
    EXPECT_TRUE(IsValidUtf8(m.title.value)) << page;
    for (const std::string& a : m.authors.value) EXPECT_TRUE(IsValidUtf8(a)) << page;
    EXPECT_TRUE(IsValidUtf8(m.agency.value)) << page;
  }
}

}  // namespace
}  // namespace klartext::extract
