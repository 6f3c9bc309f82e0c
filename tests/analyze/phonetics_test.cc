#include "analyze/phonetics.h"

#include <gtest/gtest.h>

namespace klartext::analyze {
namespace {

TEST(KoelnerPhonetik, KnownCodes) {
  // Examples from Postel (1969) and the usual reference implementations.
  EXPECT_EQ(KoelnerPhonetik("Müller-Lüdenscheidt"), "65752682");
  EXPECT_EQ(KoelnerPhonetik("Wikipedia"), "3412");
  EXPECT_EQ(KoelnerPhonetik("Breschnew"), "17863");
}

TEST(KoelnerPhonetik, MisspeltNamesShareACode) {
  EXPECT_EQ(KoelnerPhonetik("Dmitrijew"), KoelnerPhonetik("Dmetrijew"));
  EXPECT_EQ(KoelnerPhonetik("Kirill"), KoelnerPhonetik("Kriill"));
  EXPECT_NE(KoelnerPhonetik("Putin"), KoelnerPhonetik("Peskow"));
}

TEST(KoelnerPhonetik, EmptyAndForeign) {
  EXPECT_EQ(KoelnerPhonetik(""), "");
  EXPECT_EQ(KoelnerPhonetik("123 !!"), "");
  EXPECT_EQ(KoelnerPhonetik("\xff\xfe"), "");
}

TEST(EditDistance, CountsTranspositionsOnce) {
  EXPECT_EQ(EditDistance("Kirill", "Kriill", 3), 1);
  EXPECT_EQ(EditDistance("Dmitrijew", "Dmetrijew", 3), 1);
  EXPECT_EQ(EditDistance("", "abc", 5), 3);
  EXPECT_EQ(EditDistance("Müller", "Muller", 3), 1);  // by code point, not byte
  EXPECT_GT(EditDistance("Putin", "Trump", 2), 2);
}

}  // namespace
}  // namespace klartext::analyze
