#include "store/name_keys.h"

#include <gtest/gtest.h>

namespace klartext::store {
namespace {

TEST(AliasKey, FoldsCaseSpaceAndLeadingArticle) {
  EXPECT_EQ(AliasKey("Der  Kreml-Berater"), "kreml-berater");
  EXPECT_EQ(AliasKey("the Kremlin envoy"), "kremlin envoy");
  EXPECT_EQ(AliasKey("Dmitrijew"), "dmitrijew");
  EXPECT_EQ(AliasKey("Die"), "die");  // a lone word stays
}

TEST(NameKey, TransliterationsSoundAlike) {
  EXPECT_EQ(NameKey("Kirill Dmitrijew"), NameKey("Kirill Dmitriev"));
  EXPECT_EQ(NameKey("Dmitri Peskow"), NameKey("Dmitry Peskov"));
  EXPECT_NE(NameKey("Dmitri Peskow"), NameKey("Donald Trump"));
  EXPECT_EQ(SurnameKey("Dmitri Peskow"), NameKey("Peskov"));
  EXPECT_EQ(NameKey(""), "");
}

TEST(IsAliasWorthy, NamesAndRolesNotPronouns) {
  EXPECT_TRUE(IsAliasWorthy("Dmitrijew"));
  EXPECT_TRUE(IsAliasWorthy("der Unterhändler"));
  EXPECT_FALSE(IsAliasWorthy("er"));
  EXPECT_FALSE(IsAliasWorthy("Er"));
  EXPECT_FALSE(IsAliasWorthy("she"));
  EXPECT_FALSE(IsAliasWorthy("  "));
}

}  // namespace
}  // namespace klartext::store
