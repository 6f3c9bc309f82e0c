// Hand-computed cases for the evaluation metrics (bench/eval/): if these
// pass, klartext-eval's numbers mean what bench/README.md says.
#include <gtest/gtest.h>

#include "field_match.h"
#include "segment_metric.h"
#include "shingle_metric.h"
#include "word_chars.h"

namespace klartext::eval {
namespace {

TEST(WordCharsTest, LettersDigitsUnderscoreAndMarks) {
  EXPECT_TRUE(IsWordChar(U'a'));
  EXPECT_TRUE(IsWordChar(U'Z'));
  EXPECT_TRUE(IsWordChar(U'7'));
  EXPECT_TRUE(IsWordChar(U'_'));
  EXPECT_TRUE(IsWordChar(U'ß'));
  EXPECT_TRUE(IsWordChar(U'Ж'));
  EXPECT_TRUE(IsWordChar(U'中'));
  EXPECT_TRUE(IsWordChar(U'²'));      // No: Python's \w takes it
  EXPECT_TRUE(IsWordChar(0x0301));    // combining acute: a mark, kept in the word
  EXPECT_FALSE(IsWordChar(U'-'));
  EXPECT_FALSE(IsWordChar(U' '));
  EXPECT_FALSE(IsWordChar(0x00A0));   // no-break space
  EXPECT_FALSE(IsWordChar(U'„'));
  EXPECT_FALSE(IsWordChar(U'€'));
  EXPECT_FALSE(IsWordChar(0xFFFD));
  EXPECT_FALSE(IsWordChar(0x10FFFF));
}

TEST(ShingleMetricTest, TokensSplitOnNonWordCharacters) {
  const std::vector<std::string_view> tokens = WordTokens("Grüße, Moskau-Gespräch! e\u0301t\u00e9 42_x");
  ASSERT_EQ(tokens.size(), 5u);
  EXPECT_EQ(tokens[0], "Grüße");
  EXPECT_EQ(tokens[1], "Moskau");
  EXPECT_EQ(tokens[2], "Gespräch");
  EXPECT_EQ(tokens[3], "e\u0301t\u00e9");
  EXPECT_EQ(tokens[4], "42_x");
  EXPECT_TRUE(WordTokens("").empty());
  EXPECT_TRUE(WordTokens(" -- !").empty());
}

TEST(ShingleMetricTest, InvalidUtf8SplitsTokensAndNeverCrashes) {
  const std::vector<std::string_view> tokens = WordTokens("ab\xff" "cd\xe2\x82");
  ASSERT_EQ(tokens.size(), 2u);
  EXPECT_EQ(tokens[0], "ab");
  EXPECT_EQ(tokens[1], "cd");
}

TEST(ShingleMetricTest, ShortTextIsOneShingle) {
  EXPECT_EQ(Shingles("a b c d e"), (std::vector<std::string>{"a b c d", "b c d e"}));
  EXPECT_EQ(Shingles("a b"), (std::vector<std::string>{"a b"}));
  EXPECT_TRUE(Shingles("").empty());
}

TEST(ShingleMetricTest, PartialOverlapByHand) {
  // truth "a b c d e f": abcd bcde cdef; prediction "x a b c d e":
  // xabc abcd bcde. Shared 2, predicted-only 1, truth-only 1; total 4.
  const ShingleCounts c = MatchShingles("a b c d e f", "x a b c d e");
  EXPECT_DOUBLE_EQ(c.tp, 0.5);
  EXPECT_DOUBLE_EQ(c.fp, 0.25);
  EXPECT_DOUBLE_EQ(c.fn, 0.25);
  EXPECT_DOUBLE_EQ(PagePrecision(c), 2.0 / 3.0);
  EXPECT_DOUBLE_EQ(PageRecall(c), 2.0 / 3.0);
}

TEST(ShingleMetricTest, RepeatedShinglesCountAsMultiset) {
  // truth: "a b c d a b c d" -> abcd bcda cdab dabc abcd (abcd twice);
  // prediction "a b c d": abcd once. tp 1, fn 4, fp 0.
  const ShingleCounts c = MatchShingles("a b c d a b c d", "a b c d");
  EXPECT_DOUBLE_EQ(c.tp, 0.2);
  EXPECT_DOUBLE_EQ(c.fp, 0.0);
  EXPECT_DOUBLE_EQ(c.fn, 0.8);
  EXPECT_DOUBLE_EQ(PagePrecision(c), 1.0);
  EXPECT_DOUBLE_EQ(PageRecall(c), 0.2);
}

TEST(ShingleMetricTest, MeansSkipPagesWithoutDenominator) {
  const ShingleCounts perfect = MatchShingles("one two three four", "one, two; three four");
  EXPECT_DOUBLE_EQ(perfect.tp, 1.0);
  const ShingleCounts empty_output = MatchShingles("a b c d e", "");  // tp 0 fp 0 fn 1
  const ShingleCounts both_empty = MatchShingles("", "");              // all 0: skipped
  const ShingleCounts partial = MatchShingles("a b c d e f", "x a b c d e");  // P = R = 2/3
  const MeanScores m = AverageShingleScores({perfect, empty_output, both_empty, partial});
  // Precision over pages with tp + fp > 0: perfect (1) and partial (2/3).
  EXPECT_EQ(m.precision_pages, 2);
  EXPECT_DOUBLE_EQ(m.precision, (1.0 + 2.0 / 3.0) / 2);
  // Recall over pages with tp + fn > 0: perfect (1), empty output (0), partial (2/3).
  EXPECT_EQ(m.recall_pages, 3);
  EXPECT_DOUBLE_EQ(m.recall, (1.0 + 0.0 + 2.0 / 3.0) / 3);
  const double p = 5.0 / 6.0, r = 5.0 / 9.0;
  EXPECT_DOUBLE_EQ(m.f1, 2 * p * r / (p + r));  // = 2/3
  EXPECT_NEAR(m.f1, 2.0 / 3.0, 1e-12);
}

TEST(SegmentMetricTest, CollapsesPythonWhitespaceAndTrims) {
  EXPECT_EQ(CollapseWhitespace("  a\t\n b\u00a0\u2009c  "), "a b c");
  EXPECT_EQ(CollapseWhitespace(""), "");
  EXPECT_EQ(CollapseWhitespace(" \n "), "");
  EXPECT_EQ(CollapseWhitespace("x\u200by"), "x\u200by");  // zero-width space is not \s
}

TEST(SegmentMetricTest, CountsByHand) {
  const std::vector<std::string> with = {"first  sentence", "second\nsentence", "missing one"};
  const std::vector<std::string> without = {"Impressum", "Share this"};
  const SegmentMatch m =
      MatchSegments("Title\n\nfirst sentence and the second sentence. Share this!", with, without);
  EXPECT_EQ(m.counts.tp, 2);
  EXPECT_EQ(m.counts.fn, 1);
  EXPECT_EQ(m.counts.fp, 1);
  EXPECT_EQ(m.counts.tn, 1);
  EXPECT_EQ(m.missed_with, (std::vector<std::string>{"missing one"}));
  EXPECT_EQ(m.found_without, (std::vector<std::string>{"Share this"}));
  EXPECT_DOUBLE_EQ(m.counts.Precision(), 2.0 / 3.0);
  EXPECT_DOUBLE_EQ(m.counts.Recall(), 2.0 / 3.0);
  EXPECT_DOUBLE_EQ(m.counts.F1(), 2.0 / 3.0);
  EXPECT_DOUBLE_EQ(m.counts.Accuracy(), 3.0 / 5.0);
}

TEST(SegmentMetricTest, SumsOverPagesBeforeRatios) {
  SegmentCounts total;
  total += MatchSegments("alpha beta", {"alpha", "beta"}, {"menu"}).counts;  // tp 2, tn 1
  total += MatchSegments("", {"gamma"}, {"footer", "menu"}).counts;          // fn 1, tn 2
  total += MatchSegments("delta menu", {"delta"}, {"menu"}).counts;          // tp 1, fp 1
  EXPECT_EQ(total.tp, 3);
  EXPECT_EQ(total.fp, 1);
  EXPECT_EQ(total.fn, 1);
  EXPECT_EQ(total.tn, 3);
  EXPECT_DOUBLE_EQ(total.Precision(), 0.75);
  EXPECT_DOUBLE_EQ(total.Recall(), 0.75);
  EXPECT_DOUBLE_EQ(total.F1(), 0.75);
  EXPECT_DOUBLE_EQ(total.Accuracy(), 6.0 / 8.0);
  EXPECT_DOUBLE_EQ(SegmentCounts{}.F1(), 0.0);
}

TEST(FieldMatchTest, Title) {
  EXPECT_TRUE(SameTitle("Ein  Jahr voller\nProteste", " Ein Jahr voller Proteste "));
  EXPECT_FALSE(SameTitle("Ein Jahr voller Proteste", "Ein Jahr voller Proteste | Zeitung"));
  EXPECT_FALSE(SameTitle("", ""));
}

TEST(FieldMatchTest, DateComparesTheDay) {
  EXPECT_TRUE(SameDate("2025-04-04", "2025-04-04T13:01:00+02:00"));
  EXPECT_FALSE(SameDate("2025-04-04", "2025-04-05"));
  EXPECT_FALSE(SameDate("2025-04-04", ""));
  EXPECT_FALSE(SameDate("2022-11-1", "2022-11-01"));  // a malformed annotation never matches
}

TEST(FieldMatchTest, AuthorNamesSplitAndNormalise) {
  EXPECT_EQ(AuthorNames("Von Roland Brockmann und Sebastian Drescher"),
            (std::set<std::string>{"roland brockmann", "sebastian drescher"}));
  EXPECT_EQ(AuthorNames("CLARA LÖW, SIDDHARTH PRAKASH & KLAUS JACOB"),
            (std::set<std::string>{"clara löw", "siddharth prakash", "klaus jacob"}));
  EXPECT_EQ(AuthorNames("By  David Brand and Ramsey Khalifeh"),
            (std::set<std::string>{"david brand", "ramsey khalifeh"}));
  EXPECT_EQ(AuthorNames("Anna Beck; Jan Kühn"), (std::set<std::string>{"anna beck", "jan kühn"}));
  EXPECT_EQ(AuthorNames("Sandra Undine"), (std::set<std::string>{"sandra undine"}));  // "und" inside a word
  EXPECT_TRUE(AuthorNames(" ; ").empty());
}

TEST(FieldMatchTest, AuthorsCompareAsSets) {
  EXPECT_TRUE(SameAuthors("Anna Beck; Jan Kühn", {"Jan  KÜHN", "anna beck"}));
  EXPECT_TRUE(SameAuthors("Anna Beck und Jan Kühn", {"Anna Beck, Jan Kühn"}));
  EXPECT_FALSE(SameAuthors("Anna Beck; Jan Kühn", {"Anna Beck"}));
  EXPECT_FALSE(SameAuthors("Anna Beck", {"Anna Beck", "dpa"}));
  EXPECT_FALSE(SameAuthors("", {}));
}

TEST(FieldMatchTest, LowercaseCoversLatinAndCyrillic) {
  EXPECT_EQ(LowercaseForCompare("ÄÖÜ ŁÓDŹ ÉMILE ДОМ Ÿ"), "äöü łódź émile дом ÿ");
}

TEST(MetricRobustnessTest, ArbitraryBytesAreScoredWithoutCrashing) {
  // Every byte value, overlongs, surrogates, truncated sequences, NULs.
  std::string bytes;
  for (int b = 0; b < 256; ++b) bytes += static_cast<char>(b);
  bytes += "\xc0\xaf \xed\xa0\x80 \xf4\x90\x80\x80 \xe2\x82";
  bytes += std::string(3, '\0');
  for (std::size_t cut = 0; cut <= bytes.size(); cut += 7) {
    const std::string_view piece = std::string_view(bytes).substr(cut);
    const ShingleCounts c = MatchShingles(piece, bytes);
    EXPECT_NEAR(c.tp + c.fp + c.fn, 1.0, 1e-9);  // both have tokens ("0-9A-Za-z_")
    const std::string collapsed = CollapseWhitespace(piece);
    EXPECT_TRUE(collapsed.empty() || (collapsed.front() != ' ' && collapsed.back() != ' '));
    EXPECT_EQ(MatchSegments(piece, {piece.empty() ? "x" : std::string(piece)}, {}).counts.tp,
              piece.empty() ? 0 : 1);
    AuthorNames(piece);
    LowercaseForCompare(piece);
  }
}

}  // namespace
}  // namespace klartext::eval
