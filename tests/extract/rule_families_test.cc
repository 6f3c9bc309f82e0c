// klartext/rules.h: every family has a name, and switching one off changes
// only what that family decides.
#include <gtest/gtest.h>

#include <set>
#include <string>

#include "klartext/extract.h"
#include "klartext/rules.h"

namespace klartext {
namespace {

TEST(RuleFamiliesTest, NamesAreDistinctAndRoundTrip) {
  std::set<std::string> names;
  for (int i = 0; i < kRuleFamilyCount; ++i) {
    const auto family = static_cast<RuleFamily>(i);
    const std::string_view name = RuleFamilyName(family);
    EXPECT_FALSE(name.empty());
    EXPECT_TRUE(names.insert(std::string(name)).second) << name;
    EXPECT_EQ(RuleFamilyFromName(name), family);
  }
  EXPECT_FALSE(RuleFamilyFromName("no-such-family").has_value());
  EXPECT_FALSE(RuleFamilyFromName("").has_value());
}

TEST(RuleFamiliesTest, SetHoldsWhatWasAdded) {
  RuleFamilySet set;
  EXPECT_TRUE(set.empty());
  set.Add(RuleFamily::kDuplicates);
  set.Add(RuleFamily::kLeadRecovery);
  EXPECT_FALSE(set.empty());
  EXPECT_TRUE(set.Contains(RuleFamily::kDuplicates));
  EXPECT_TRUE(set.Contains(RuleFamily::kLeadRecovery));
  EXPECT_FALSE(set.Contains(RuleFamily::kPhraseLines));
}

constexpr std::string_view kPage =
    "<html><body><article><h1>Bus line extended</h1>"
    "<p>The city council voted on Tuesday to extend bus line 7 to the new housing estate in the north, "
    "a decision residents had demanded for two years.</p>"
    "<p>Anzeige</p>"
    "<p><a href=\"/a\">Sport</a> <a href=\"/b\">Weather</a> <a href=\"/c\">Traffic news today</a></p>"
    "<p>The first buses will run in March. The transport company said it would hire six more drivers "
    "and buy two electric buses for the extension.</p>"
    "</article></body></html>";

std::string TextWithout(RuleFamilySet off) {
  ExtractOptions options{.input_format = InputFormat::kHtml};
  options.disabled_rules = off;
  Result<Article> a = Extract(kPage, options);
  EXPECT_TRUE(a.ok());
  return a.ok() ? a->Text() : std::string();
}

TEST(RuleFamiliesTest, SwitchingAFamilyOffKeepsWhatItRemoved) {
  const std::string all = TextWithout({});
  EXPECT_EQ(all.find("Anzeige"), std::string::npos);
  EXPECT_EQ(all.find("Weather"), std::string::npos);

  RuleFamilySet no_phrases;
  no_phrases.Add(RuleFamily::kPhraseLines);
  const std::string kept_label = TextWithout(no_phrases);
  EXPECT_NE(kept_label.find("Anzeige"), std::string::npos);
  EXPECT_EQ(kept_label.find("Weather"), std::string::npos);

  RuleFamilySet no_links;
  no_links.Add(RuleFamily::kLinkDensity);
  const std::string kept_links = TextWithout(no_links);
  EXPECT_EQ(kept_links.find("Anzeige"), std::string::npos);
  EXPECT_NE(kept_links.find("Weather"), std::string::npos);
}

}  // namespace
}  // namespace klartext
