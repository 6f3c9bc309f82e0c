#include <gtest/gtest.h>

#include <string>

#include "klartext/analyze.h"

namespace klartext {
namespace {

void ExpectConsistent(const Analysis& a) {
  for (const Sentence& s : a.sentences) {
    EXPECT_LE(s.start, s.end);
    EXPECT_LE(s.end, a.text.size());
  }
  for (const Statement& s : a.statements) {
    EXPECT_LE(s.end, a.text.size());
    EXPECT_LE(s.speaker.end, a.text.size());
    EXPECT_LE(s.cue_end, a.text.size());
    EXPECT_LT(s.speaker.entity, static_cast<int>(a.entities.size()));
  }
  for (const Entity& e : a.entities) EXPECT_FALSE(e.mentions.empty());
}

TEST(Robustness, EmptyAndBlank) {
  EXPECT_TRUE(AnalyzeText("", "de").statements.empty());
  EXPECT_TRUE(AnalyzeText(" \n\n \t", "en").sentences.empty());
  EXPECT_TRUE(Analyze(Article{}).entities.empty());
}

TEST(Robustness, BinaryAndInvalidUtf8) {
  std::string junk;
  for (int i = 0; i < 5000; ++i) junk.push_back(static_cast<char>((i * 7919) % 256));
  const Analysis a = AnalyzeText(junk, "de");
  ExpectConsistent(a);
  EXPECT_TRUE(a.text.size() > 0);
}

TEST(Robustness, UnbalancedAndNestedQuotes) {
  std::string text;
  for (int i = 0; i < 2000; ++i) text += (i % 3 == 0) ? "„" : (i % 3 == 1 ? "\" sagte er " : "» «");
  ExpectConsistent(AnalyzeText(text, "de"));
  ExpectConsistent(AnalyzeText("„„„„ ' ' ‚ “ ” \" , sagte", "de"));
}

TEST(Robustness, TruncatedUtf8AtTheEnd) {
  ExpectConsistent(AnalyzeText("Er sagte, es sei gut \xC3", "de"));
}

TEST(Robustness, LimitCutsLongText) {
  std::string text;
  for (int i = 0; i < 2000; ++i) text += "Das sei gut, sagte Thomas Weber. ";
  AnalyzeOptions options;
  options.max_text_bytes = 1000;
  const Analysis a = AnalyzeText(text, "de", options);
  EXPECT_LE(a.text.size(), 1000u);
  ExpectConsistent(a);
}

TEST(Robustness, ArticleTextIsAnalysed) {
  Article article;
  article.language = "de";
  article.blocks.push_back({BlockType::kParagraph, "Das sei gut, sagte Thomas Weber.", 0, false, {}});
  article.blocks.push_back({BlockType::kCaption, "Thomas Weber sagte, es sei schlecht.", 0, false, {}});
  const Analysis a = Analyze(article);
  EXPECT_EQ(a.text, article.Text());
  ASSERT_EQ(a.statements.size(), 1u);
  EXPECT_EQ(a.statements[0].text, "Das sei gut");
}

}  // namespace
}  // namespace klartext
