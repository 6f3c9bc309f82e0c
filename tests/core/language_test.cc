#include "core/language.h"

#include <gtest/gtest.h>

namespace klartext {
namespace {

TEST(LikelyLanguage, NewsProseInEachLanguage) {
  EXPECT_EQ(LikelyLanguage("Der Kanzler sagte am Montag, dass die Regierung in der nächsten Woche über "
                          "den Haushalt entscheiden wird und sich mit den Ländern einigen will."),
            "de");
  EXPECT_EQ(LikelyLanguage("The minister said on Monday that the government would decide on the budget "
                          "next week and that it has been talking with the regions about it."),
            "en");
  EXPECT_EQ(LikelyLanguage("El ministro dijo el lunes que el gobierno decidirá sobre el presupuesto la "
                          "próxima semana y que ya ha hablado con las regiones."),
            "es");
  EXPECT_EQ(LikelyLanguage("Le ministre a déclaré lundi que le gouvernement décidera du budget la semaine "
                          "prochaine et qu'il a parlé avec les régions de la question."),
            "fr");
  EXPECT_EQ(LikelyLanguage("De minister zei maandag dat het kabinet volgende week over de begroting "
                          "beslist en dat hij er met de provincies over heeft gesproken."),
            "nl");
}

TEST(LikelyLanguage, TooLittleEvidenceIsNoGuess) {
  EXPECT_EQ(LikelyLanguage(""), "");
  EXPECT_EQ(LikelyLanguage("Startseite Politik Wirtschaft Sport Kultur"), "");
  EXPECT_EQ(LikelyLanguage("12:30 | 14.05.2024 | 1 234"), "");
}

TEST(FunctionWordShare, ProseHasManyMenusNone) {
  // der, auf, die, und, bis, es, zu: 7 of 14 words.
  EXPECT_NEAR(FunctionWordShare("Der Hund lief auf die Straße und blieb stehen, bis es zu regnen begann."), 0.5,
              1e-9);
  // the, of, the, the, is, in, the: 7 of 14 words.
  EXPECT_NEAR(FunctionWordShare("The mayor of the city said the bridge is safe in the winter months."), 0.5,
              1e-9);
  EXPECT_EQ(FunctionWordShare("Startseite Politik Wirtschaft Sport"), 0.0);
  EXPECT_EQ(FunctionWordShare(""), 0.0);
  EXPECT_EQ(FunctionWordShare("... — „“"), 0.0);
}

TEST(FunctionWordShare, CaseAndQuotesDoNotMatter) {
  EXPECT_EQ(FunctionWordShare("„Die“"), 1.0);
  EXPECT_EQ(FunctionWordShare("ÜBER"), 1.0);
}

TEST(FunctionWordShare, ProseHasManyMenusFew) {
  EXPECT_GT(FunctionWordShare("Die Regierung will in der nächsten Woche über den Haushalt entscheiden."), 0.3);
  EXPECT_LT(FunctionWordShare("Startseite Politik Wirtschaft Sport Kultur Wissen"), 0.05);
  EXPECT_EQ(FunctionWordShare(""), 0.0);
  EXPECT_EQ(FunctionWordShare("… — «»"), 0.0);
}

TEST(IsFunctionWord, AnyLanguagesTableCounts) {
  EXPECT_TRUE(IsFunctionWord("und"));
  EXPECT_TRUE(IsFunctionWord("the"));
  EXPECT_TRUE(IsFunctionWord("les"));
  EXPECT_FALSE(IsFunctionWord("Und"));  // callers fold case first
  EXPECT_FALSE(IsFunctionWord("stadtrat"));
}

TEST(CountFunctionWords, CaseFoldedAndCountedPerLanguage) {
  FunctionWordCounts c = CountFunctionWords("DIE Katze und DER Hund");
  EXPECT_EQ(c.words, 5u);
  EXPECT_EQ(c.function_words, 3u);
  EXPECT_EQ(c.hits[LanguageIndex(Language::kGerman)], 3u);
  EXPECT_EQ(c.hits[LanguageIndex(Language::kDutch)], 1u);  // "die" is Dutch too
  EXPECT_EQ(CountFunctionWords("the the the the", 2).words, 2u);
}

}  // namespace
}  // namespace klartext
