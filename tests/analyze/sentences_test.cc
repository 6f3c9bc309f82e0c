#include <gtest/gtest.h>

#include <string>
#include <string_view>
#include <vector>

#include "klartext/analyze.h"

namespace klartext {
namespace {

std::vector<std::string> Sentences(std::string_view text, std::string_view lang) {
  const Analysis a = AnalyzeText(text, lang);
  std::vector<std::string> out;
  for (const Sentence& s : a.sentences) out.push_back(a.text.substr(s.start, s.end - s.start));
  return out;
}

TEST(Sentences, GermanAbbreviationsOrdinalsInitials) {
  const auto s = Sentences(
      "Am 4. April traf z. B. Dr. Müller den Chef. Er kam mit J. R. Ewing, d.h. allein. Danach ging er.", "de");
  ASSERT_EQ(s.size(), 3u);
  EXPECT_EQ(s[0], "Am 4. April traf z. B. Dr. Müller den Chef.");
  EXPECT_EQ(s[1], "Er kam mit J. R. Ewing, d.h. allein.");
}

TEST(Sentences, EnglishAbbreviations) {
  const auto s = Sentences("The U.S. envoy met Mr. Smith on Jan. 5. He left at 3 p.m. today. Fine.", "en");
  ASSERT_EQ(s.size(), 3u);
  EXPECT_EQ(s[0], "The U.S. envoy met Mr. Smith on Jan. 5.");
}

TEST(Sentences, YearAtSentenceEndStillEnds) {
  const auto s = Sentences("Der Krieg begann 2022. Seitdem wird verhandelt.", "de");
  ASSERT_EQ(s.size(), 2u);
}

TEST(Sentences, ClosingQuoteBelongsToItsSentence) {
  const auto s = Sentences("„Das ist gut.“ Dann ging er. \"Yes.\" No.", "de");
  ASSERT_EQ(s.size(), 4u);
  EXPECT_EQ(s[0], "„Das ist gut.“");
  EXPECT_EQ(s[2], "\"Yes.\"");
}

TEST(Sentences, LineBreaksEndSentences) {
  const auto s = Sentences("Überschrift ohne Punkt\nErster Satz hier.\n\nZweiter Absatz.", "de");
  ASSERT_EQ(s.size(), 3u);
  EXPECT_EQ(s[0], "Überschrift ohne Punkt");
}

TEST(Sentences, OffsetsAreBytesIntoTheText) {
  const Analysis a = AnalyzeText("Grüße aus Köln. Bis bald.", "de");
  ASSERT_EQ(a.sentences.size(), 2u);
  EXPECT_EQ(a.sentences[0].start, 0u);
  EXPECT_EQ(a.sentences[0].end, std::string("Grüße aus Köln.").size());
  EXPECT_EQ(a.sentences[1].start, std::string("Grüße aus Köln. ").size());
}

}  // namespace
}  // namespace klartext
