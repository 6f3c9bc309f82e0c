#include <gtest/gtest.h>

#include <string>
#include <string_view>
#include <vector>

#include "klartext/analyze.h"

namespace klartext {
namespace {

const Entity* Named(const Analysis& a, std::string_view name) {
  for (const Entity& e : a.entities)
    if (e.name == name) return &e;
  ADD_FAILURE() << "no entity " << name;
  return nullptr;
}

std::vector<std::string> Mentions(const Entity& e) {
  std::vector<std::string> out;
  for (const Mention& m : e.mentions) out.push_back(m.text);
  return out;
}

TEST(Entities, SurnameGenitiveAndMisspellingJoinTheirPerson) {
  const Analysis a = AnalyzeText(
      "Kirill Dmitrijew reiste nach Washington. Dmitrijew lobte die Gespräche. Bericht über Dmitrijews "
      "Reise. Foto: Kriill Dmetrijew im Gespräch.",
      "de");
  const Entity* e = Named(a, "Kirill Dmitrijew");
  ASSERT_NE(e, nullptr);
  EXPECT_EQ(e->type, EntityType::kPerson);
  const auto m = Mentions(*e);
  EXPECT_EQ(m, (std::vector<std::string>{"Kirill Dmitrijew", "Dmitrijew", "Dmitrijews", "Kriill Dmetrijew"}));
  const Entity* w = Named(a, "Washington");
  ASSERT_NE(w, nullptr);
  EXPECT_EQ(w->type, EntityType::kPlace);
}

TEST(Entities, RolesAndDescriptionsAreMentions) {
  const Analysis a = AnalyzeText(
      "Der russische Unterhändler Thomas Weber kam an. Weber, Chef des Fonds für Investitionen, sprach lange. "
      "Der Unterhändler blieb zwei Tage.",
      "de");
  const Entity* e = Named(a, "Thomas Weber");
  ASSERT_NE(e, nullptr);
  const auto m = Mentions(*e);
  EXPECT_EQ(m, (std::vector<std::string>{"Der russische Unterhändler", "Thomas Weber", "Weber",
                                         "Chef des Fonds für Investitionen", "Der Unterhändler"}));
}

TEST(Entities, OrganisationsByNameAndCueNoun) {
  const Analysis a = AnalyzeText("Der Sender Fox News und die Nachrichtenagentur Tass berichteten über die NATO.", "de");
  for (std::string_view n : {"Fox News", "Tass", "NATO"}) {
    const Entity* e = Named(a, n);
    ASSERT_NE(e, nullptr);
    EXPECT_EQ(e->type, EntityType::kOrganization) << n;
  }
}

TEST(Entities, MentionOffsetsPointAtTheirText) {
  const Analysis a = AnalyzeText("Grüße an Olaf Scholz aus Köln. Scholz antwortete nicht.", "de");
  ASSERT_FALSE(a.entities.empty());
  for (const Entity& e : a.entities)
    for (const Mention& m : e.mentions) EXPECT_EQ(a.text.substr(m.start, m.end - m.start), m.text);
}

}  // namespace
}  // namespace klartext
