#include "extract/byline.h"

#include <gtest/gtest.h>

#include "core/text.h"

#include "extract/lexicon/agencies.h"
#include "extract/meta_lines.h"

namespace klartext::extract {
namespace {

using Names = std::vector<std::string>;

TEST(ParseBylineTest, PeopleAndAgency) {
  Byline b = ParseByline("Von Anna Müller und Peter Schmidt, dpa");
  EXPECT_EQ(b.authors, (Names{"Anna Müller", "Peter Schmidt"}));
  EXPECT_EQ(b.agency, "dpa");
}

TEST(ParseBylineTest, LeadInWords) {
  EXPECT_EQ(ParseByline("By Jane Doe").authors, Names{"Jane Doe"});
  EXPECT_EQ(ParseByline("Text: Anna Müller").authors, Names{"Anna Müller"});
  EXPECT_EQ(ParseByline("Autor: Anna Müller").authors, Names{"Anna Müller"});
  EXPECT_EQ(ParseByline("Author: Jane Doe").authors, Names{"Jane Doe"});
  EXPECT_EQ(ParseByline("Ein Kommentar von Anna Müller").authors, Names{"Anna Müller"});
  EXPECT_EQ(ParseByline("Eine Analyse von Peter Schmidt").authors, Names{"Peter Schmidt"});
  EXPECT_EQ(ParseByline("VON ANNA MÜLLER").authors, Names{"ANNA MÜLLER"});
}

TEST(ParseBylineTest, DatesAndWhatFollowsAreCut) {
  EXPECT_EQ(ParseByline("Von Anna Müller | Stand: 04.04.2025, 13:01 Uhr").authors, Names{"Anna Müller"});
  EXPECT_EQ(ParseByline("Von Anna Müller am 04.04.2025").authors, Names{"Anna Müller"});
  EXPECT_EQ(ParseByline("By Jane Doe Updated April 4, 2025").authors, Names{"Jane Doe"});
}

TEST(ParseBylineTest, TranslatorsCreditEndsTheByline) {
  EXPECT_EQ(ParseByline("Von Anna Müller Übersetzung Peter Schmidt").authors, Names{"Anna Müller"});
  EXPECT_EQ(ParseByline("By Jane Doe Translated by John Roe").authors, Names{"Jane Doe"});
  EXPECT_TRUE(ParseByline("Übersetzung Peter Schmidt, 12.12.22").authors.empty());
}

TEST(ParseBylineTest, RolesAndContactsAreDropped) {
  EXPECT_EQ(ParseByline("Anna Müller, Redakteurin").authors, Names{"Anna Müller"});
  EXPECT_EQ(ParseByline("By Jane Doe, Staff Writer").authors, Names{"Jane Doe"});
  EXPECT_EQ(ParseByline("Korrespondentin Anna Müller").authors, Names{"Anna Müller"});
  EXPECT_EQ(ParseByline("Anna Müller anna.mueller@example.de").authors, Names{"Anna Müller"});
  EXPECT_EQ(ParseByline("Jane Doe @janedoe").authors, Names{"Jane Doe"});
}

TEST(ParseBylineTest, Separators) {
  EXPECT_EQ(ParseByline("Anna Müller; Peter Schmidt & Jane Doe").authors,
            (Names{"Anna Müller", "Peter Schmidt", "Jane Doe"}));
  EXPECT_EQ(ParseByline("Anna Müller / Peter Schmidt").authors, (Names{"Anna Müller", "Peter Schmidt"}));
  EXPECT_EQ(ParseByline("Jane Doe and John Roe").authors, (Names{"Jane Doe", "John Roe"}));
  EXPECT_EQ(ParseByline("Anna Müller, Anna Müller").authors, Names{"Anna Müller"});
}

TEST(ParseBylineTest, AgenciesAreSeparated) {
  Byline b = ParseByline("AFP/dpa");
  EXPECT_TRUE(b.authors.empty());
  EXPECT_EQ(b.agency, "AFP/dpa");
  EXPECT_EQ(ParseByline("dpa-AFX").agency, "dpa-AFX");
  EXPECT_EQ(ParseByline("Deutsche Presse-Agentur").agency, "dpa");
  b = ParseByline("Anna Müller (dpa)");
  EXPECT_EQ(b.authors, Names{"Anna Müller"});
  EXPECT_EQ(b.agency, "dpa");
  b = ParseByline("Von Anna Müller mit Material von Reuters");
  EXPECT_EQ(b.authors, Names{"Anna Müller"});
  EXPECT_EQ(b.agency, "Reuters");
  EXPECT_EQ(ParseByline("The Associated Press").agency, "AP");
  EXPECT_EQ(ParseByline("Keystone-SDA").agency, "Keystone-SDA");
}

TEST(ParseBylineTest, NonPeopleAreDropped) {
  EXPECT_TRUE(ParseByline("Redaktion").authors.empty());
  EXPECT_TRUE(ParseByline("Editorial Team").authors.empty());
  EXPECT_TRUE(ParseByline("admin").authors.empty());
  EXPECT_TRUE(ParseByline("Staff").authors.empty());
  EXPECT_TRUE(ParseByline("https://www.facebook.com/someone").authors.empty());
  EXPECT_TRUE(ParseByline("SPIEGEL ONLINE", "SPIEGEL ONLINE").authors.empty());
  EXPECT_TRUE(ParseByline("tagesschau.de").authors.empty());
  EXPECT_TRUE(ParseByline("Anna Müller ist Redakteurin im Ressort Politik und schreibt über Europa")
                  .authors.empty());
  EXPECT_TRUE(ParseByline(std::string(400, 'a')).authors.empty());
  EXPECT_EQ(ParseByline("Anna Müller, Berlin").authors, Names{"Anna Müller"});
  EXPECT_EQ(ParseByline("Heiko").authors, Names{"Heiko"});  // a lone first name is kept
}

TEST(ParseBylineTest, BadInputDoesNotCrash) {
  EXPECT_TRUE(ParseByline("").authors.empty());
  EXPECT_TRUE(ParseByline("\xff\xfe\x00\x01").authors.empty());
  EXPECT_TRUE(ParseByline("(((((").authors.empty());
  EXPECT_TRUE(ParseByline("Von").authors.empty());
}

TEST(FindAgencyTest, AgencyLines) {
  EXPECT_EQ(FindAgency("dpa"), "dpa");
  EXPECT_EQ(FindAgency("(dpa)"), "dpa");
  EXPECT_EQ(FindAgency(" Quelle: dpa "), "dpa");
  EXPECT_EQ(FindAgency("mit Material von dpa und Reuters"), "dpa/Reuters");
  EXPECT_EQ(FindAgency("AFP/dpa"), "AFP/dpa");
  EXPECT_EQ(FindAgency("dpa/AFP/dpa"), "dpa/AFP");
  EXPECT_EQ(FindAgency("(AFP, Reuters)"), "AFP/Reuters");
}

TEST(FindAgencyTest, OtherLines) {
  EXPECT_FALSE(FindAgency("").has_value());
  EXPECT_FALSE(FindAgency("Die dpa berichtete am Freitag").has_value());
  EXPECT_FALSE(FindAgency("Quelle: Statistisches Bundesamt").has_value());
  EXPECT_FALSE(FindAgency("ap").has_value());  // "AP" only in capitals
  EXPECT_FALSE(FindAgency(std::string(100, 'x')).has_value());
}

TEST(FindDatelineAgencyTest, Datelines) {
  EXPECT_EQ(FindDatelineAgency("Berlin (dpa) - Die Bundesregierung hat"), "dpa");
  EXPECT_EQ(FindDatelineAgency("WASHINGTON (AP) \u2014 The president"), "AP");
  EXPECT_EQ(FindDatelineAgency("Frankfurt/Main (dpa/lhe) \u2013 Die"), "dpa");
  EXPECT_FALSE(FindDatelineAgency("Die Regierung (dpa) sagte").has_value());
  EXPECT_FALSE(FindDatelineAgency("Er sagte (und lachte) - nein").has_value());
}

TEST(AgenciesTest, EveryEntryHasAReasonAndMatchesItself) {
  for (const Agency& a : Agencies()) {
    EXPECT_FALSE(a.meaning.empty()) << a.name;
    EXPECT_EQ(MatchAgency(a.name), &a) << a.name;
    for (std::string_view alias : a.aliases) {
      const Agency* m = MatchAgency(alias);
      ASSERT_NE(m, nullptr) << alias;
      EXPECT_EQ(MatchAgency(AsciiLower(alias)), m) << alias;  // aliases match in any case
    }
  }
  // Dots after letters, case only where the entry allows it, decoration.
  ASSERT_NE(MatchAgency("A.P."), nullptr);
  EXPECT_EQ(MatchAgency("A.P.")->name, "AP");
  EXPECT_EQ(MatchAgency("a.p."), nullptr);
  EXPECT_EQ(MatchAgency("ap"), nullptr);
  ASSERT_NE(MatchAgency("(REUTERS)."), nullptr);
  EXPECT_EQ(MatchAgency("(REUTERS).")->name, "Reuters");
  EXPECT_EQ(MatchAgency("dpa/lhe")->name, "dpa");
  EXPECT_EQ(MatchAgency("Peter Muster"), nullptr);
  EXPECT_EQ(MatchAgency(""), nullptr);
}

}  // namespace
}  // namespace klartext::extract

namespace klartext::extract {
namespace {

TEST(ParseBylineTest, MoreNonPeopleAndLeadIns) {
  EXPECT_EQ(ParseByline("Por María Alejandra Carrasquilla").authors,
            std::vector<std::string>{"María Alejandra Carrasquilla"});
  EXPECT_TRUE(ParseByline("Letters to the Editor").authors.empty());
  EXPECT_TRUE(ParseByline("Beispiel-Verlag GmbH & Co. KG, all rights reserved").authors.empty());
  EXPECT_TRUE(ParseByline("other articles to read").authors.empty());
  EXPECT_TRUE(ParseByline("publisher").authors.empty());
  EXPECT_EQ(ParseByline("giampiero maggio").authors, std::vector<std::string>{"giampiero maggio"});
}

}  // namespace
}  // namespace klartext::extract

namespace klartext::extract::internal {
namespace {

// A lead-in alone on its line ("Von:", the name on the next); lines longer
// than every lead-in are answered without folding them.
TEST(IsBareLeadInTest, LeadInAloneOnItsLine) {
  EXPECT_TRUE(IsBareLeadIn("Von"));
  EXPECT_TRUE(IsBareLeadIn("  Von: "));
  EXPECT_TRUE(IsBareLeadIn("EIN GASTBEITRAG VON"));
  EXPECT_TRUE(IsBareLeadIn("ein gastbeitrag von:"));
  EXPECT_FALSE(IsBareLeadIn("ein gastbeitrag von::"));
  EXPECT_FALSE(IsBareLeadIn("Von Peter Muster"));
  EXPECT_FALSE(IsBareLeadIn(""));
  EXPECT_FALSE(IsBareLeadIn(std::string(500, 'x')));
}

}  // namespace
}  // namespace klartext::extract::internal
