#include <gtest/gtest.h>

#include <string>
#include <string_view>

#include "klartext/analyze.h"

namespace klartext {
namespace {

// The one statement whose text contains `needle`; fails if none.
const Statement* Find(const Analysis& a, std::string_view needle) {
  for (const Statement& s : a.statements)
    if (s.text.find(needle) != std::string::npos) return &s;
  ADD_FAILURE() << "no statement contains: " << needle;
  return nullptr;
}

std::string EntityName(const Analysis& a, const Statement& s) {
  if (s.speaker.entity < 0 || s.speaker.entity >= static_cast<int>(a.entities.size())) return "";
  return a.entities[static_cast<std::size_t>(s.speaker.entity)].name;
}

class QuoteConventions : public ::testing::TestWithParam<std::pair<const char*, const char*>> {};

TEST_P(QuoteConventions, DirectQuoteWithAttributionAfter) {
  const std::string text = std::string("Die Lage ist ernst. ") + GetParam().first +
                           "Wir werden das Problem gemeinsam lösen" + GetParam().second +
                           ", sagte Ministerin Anna Berger am Montag.";
  const Analysis a = AnalyzeText(text, "de");
  const Statement* s = Find(a, "Wir werden das Problem gemeinsam lösen");
  ASSERT_NE(s, nullptr);
  EXPECT_EQ(s->kind, StatementKind::kDirect);
  EXPECT_EQ(s->cue, "sagte");
  EXPECT_EQ(s->speaker.text, "Ministerin Anna Berger");
  EXPECT_EQ(EntityName(a, *s), "Anna Berger");
  EXPECT_EQ(a.text.substr(s->start, s->end - s->start), s->text);
}

INSTANTIATE_TEST_SUITE_P(AllMarks, QuoteConventions,
                         ::testing::Values(std::pair{"„", "“"}, std::pair{"“", "”"}, std::pair{"\"", "\""},
                                           std::pair{"»", "«"}, std::pair{"«", "»"}, std::pair{"‚", "‘"},
                                           std::pair{"'", "'"}, std::pair{"''", "''"}));

TEST(Direct, InterruptedByItsAttribution) {
  const Analysis a = AnalyzeText(
      "„Wir sind bereit zu reden“, sagte Peter Krause, „aber nicht um jeden Preis.“ Dann ging er.", "de");
  ASSERT_EQ(a.statements.size(), 1u);
  const Statement& s = a.statements[0];
  EXPECT_NE(s.text.find("bereit zu reden"), std::string::npos);
  EXPECT_NE(s.text.find("nicht um jeden Preis"), std::string::npos);
  EXPECT_EQ(EntityName(a, s), "Peter Krause");
}

TEST(Direct, QuoteOverTwoParagraphs) {
  const Analysis a = AnalyzeText(
      "Thomas Weber sagte: „Das ist der erste Teil der Rede.\n\n„Und das ist der zweite Teil davon.“ Ende.", "de");
  const Statement* s = Find(a, "zweite Teil");
  ASSERT_NE(s, nullptr);
  EXPECT_NE(s->text.find("erste Teil"), std::string::npos);
  EXPECT_EQ(EntityName(a, *s), "Thomas Weber");
}

TEST(Direct, ColonIntroducesTheQuote) {
  const Analysis a = AnalyzeText("Er hatte genug. Thomas Weber sagte: „Wir geben nicht auf und machen weiter.“", "de");
  const Statement* s = Find(a, "Wir geben nicht auf");
  ASSERT_NE(s, nullptr);
  EXPECT_EQ(s->speaker.text, "Thomas Weber");
}

TEST(Direct, ScareQuotesAreNotStatements) {
  const Analysis a = AnalyzeText("Die Mission „Eagle“ landete im Meer der Ruhe.", "de");
  EXPECT_TRUE(a.statements.empty());
}

TEST(Indirect, KonjunktivWithCueAfter) {
  const Analysis a = AnalyzeText("Das sei ein sehr schwieriges Thema, sagte Kremlsprecher Dmitri Peskow.", "de");
  const Statement* s = Find(a, "Das sei ein sehr schwieriges Thema");
  ASSERT_NE(s, nullptr);
  EXPECT_EQ(s->kind, StatementKind::kIndirect);
  EXPECT_EQ(s->text, "Das sei ein sehr schwieriges Thema");
  EXPECT_EQ(EntityName(a, *s), "Dmitri Peskow");
}

TEST(Indirect, DassClauseAfterSpeechVerb) {
  const Analysis a = AnalyzeText("Maria Schulz erklärte, dass die Verhandlungen weitergehen.", "de");
  const Statement* s = Find(a, "dass die Verhandlungen weitergehen");
  ASSERT_NE(s, nullptr);
  EXPECT_EQ(s->cue, "erklärte");
  EXPECT_EQ(EntityName(a, *s), "Maria Schulz");
}

TEST(Indirect, SeparableVerbCueKeepsItsParticle) {
  const Analysis a = AnalyzeText("Die Firma teilte am Montag mit, man habe die Pläne aufgegeben.", "de");
  const Statement* s = Find(a, "man habe die Pläne aufgegeben");
  ASSERT_NE(s, nullptr);
  EXPECT_EQ(s->cue, "teilte am Montag mit");
}

TEST(Indirect, FreeIndirectContinuesThePreviousSpeaker) {
  const Analysis a = AnalyzeText(
      "Das sei gut, sagte Thomas Weber. Man habe viel erreicht. Die Sonne scheint heute.", "de");
  const Statement* s = Find(a, "Man habe viel erreicht");
  ASSERT_NE(s, nullptr);
  EXPECT_EQ(EntityName(a, *s), "Thomas Weber");
  for (const Statement& st : a.statements) EXPECT_EQ(st.text.find("Sonne"), std::string::npos);
}

TEST(Indirect, PronounSpeakerResolvesToThePersonBefore) {
  const Analysis a = AnalyzeText(
      "Thomas Weber kam spät. Die Lage sei ernst, sagte er am Abend.", "de");
  const Statement* s = Find(a, "Die Lage sei ernst");
  ASSERT_NE(s, nullptr);
  EXPECT_EQ(s->speaker.text, "er");
  EXPECT_EQ(EntityName(a, *s), "Thomas Weber");
}

TEST(Reported, ZufolgeAndLaut) {
  const Analysis a = AnalyzeText(
      "Thomas Weber zufolge wurde über neue Projekte beraten. Laut Anna Berger ist der Vertrag unterschrieben.",
      "de");
  const Statement* s = Find(a, "wurde über neue Projekte beraten");
  ASSERT_NE(s, nullptr);
  EXPECT_EQ(s->kind, StatementKind::kReported);
  EXPECT_EQ(s->cue, "zufolge");
  EXPECT_EQ(EntityName(a, *s), "Thomas Weber");
  const Statement* t = Find(a, "ist der Vertrag unterschrieben");
  ASSERT_NE(t, nullptr);
  EXPECT_EQ(t->cue, "Laut");
  EXPECT_EQ(EntityName(a, *t), "Anna Berger");
}

TEST(Reported, AccusationWithoutSpeechIsNotAStatement) {
  const Analysis a = AnalyzeText("Moskau und Kiew werfen einander täglich Verstöße vor.", "de");
  EXPECT_TRUE(a.statements.empty());
}

TEST(English, SaidThatAndQuotes) {
  const Analysis a = AnalyzeText(
      "John Smith said that the talks would continue next week. \"We are not done yet,\" he said. "
      "According to Mary Jones, the deal is close.",
      "en");
  const Statement* s = Find(a, "the talks would continue next week");
  ASSERT_NE(s, nullptr);
  EXPECT_EQ(s->kind, StatementKind::kIndirect);
  EXPECT_EQ(EntityName(a, *s), "John Smith");
  const Statement* d = Find(a, "We are not done yet");
  ASSERT_NE(d, nullptr);
  EXPECT_EQ(d->kind, StatementKind::kDirect);
  EXPECT_EQ(EntityName(a, *d), "John Smith");
  const Statement* r = Find(a, "the deal is close");
  ASSERT_NE(r, nullptr);
  EXPECT_EQ(r->kind, StatementKind::kReported);
  EXPECT_EQ(EntityName(a, *r), "Mary Jones");
}

}  // namespace
}  // namespace klartext
