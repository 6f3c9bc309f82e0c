// core/text.h helpers that have a fast path: checked against the plain
// definition on hand-made and random inputs (valid and broken UTF-8).
#include "core/text.h"

#include <gtest/gtest.h>

#include <random>
#include <string>

#include "core/utf8.h"

namespace klartext {
namespace {

// FoldCase by its definition, one character at a time.
std::string FoldCaseReference(std::string_view s) {
  std::string out;
  for (std::size_t i = 0; i < s.size();) {
    const auto c = static_cast<unsigned char>(s[i]);
    if (c < 0x80) {
      out.push_back(c >= 'A' && c <= 'Z' ? static_cast<char>(c + 32) : static_cast<char>(c));
      ++i;
      continue;
    }
    std::uint32_t cp = NextCodePoint(s, i);
    if (cp >= 0xC0 && cp <= 0xDE && cp != 0xD7) cp += 0x20;
    AppendUtf8(out, cp);
  }
  return out;
}

// Utf8SequenceLength by the table of Unicode §3.9, one byte range a row.
std::size_t SequenceLengthReference(std::string_view s, std::size_t i) {
  const auto b0 = static_cast<unsigned char>(s[i]);
  const std::size_t left = s.size() - i;
  auto cont = [&](std::size_t k, unsigned char lo = 0x80, unsigned char hi = 0xBF) {
    if (k >= left) return false;
    const auto b = static_cast<unsigned char>(s[i + k]);
    return b >= lo && b <= hi;
  };
  if (b0 < 0x80) return 1;
  if (b0 >= 0xC2 && b0 <= 0xDF) return cont(1) ? 2 : 0;
  if (b0 == 0xE0) return cont(1, 0xA0) && cont(2) ? 3 : 0;
  if ((b0 >= 0xE1 && b0 <= 0xEC) || b0 == 0xEE || b0 == 0xEF) return cont(1) && cont(2) ? 3 : 0;
  if (b0 == 0xED) return cont(1, 0x80, 0x9F) && cont(2) ? 3 : 0;
  if (b0 == 0xF0) return cont(1, 0x90) && cont(2) && cont(3) ? 4 : 0;
  if (b0 >= 0xF1 && b0 <= 0xF3) return cont(1) && cont(2) && cont(3) ? 4 : 0;
  if (b0 == 0xF4) return cont(1, 0x80, 0x8F) && cont(2) && cont(3) ? 4 : 0;
  return 0;
}

TEST(Utf8SequenceLength, EqualsTheUnicodeTableForEveryLeadAndSecondByte) {
  // Every first and second byte; the later bytes from the edges of the
  // continuation range and just outside it; every length the text may end
  // at.
  const unsigned char later[] = {0x00, 0x7F, 0x80, 0xBF, 0xC0, 0xFF};
  for (int b0 = 0; b0 < 256; ++b0) {
    for (int b1 = 0; b1 < 256; ++b1) {
      for (unsigned char b2 : later) {
        for (unsigned char b3 : later) {
          const char bytes[] = {static_cast<char>(b0), static_cast<char>(b1), static_cast<char>(b2),
                                static_cast<char>(b3)};
          for (std::size_t len = 1; len <= 4; ++len) {
            const std::string_view s(bytes, len);
            ASSERT_EQ(Utf8SequenceLength(s, 0), SequenceLengthReference(s, 0))
                << std::hex << b0 << " " << b1 << " " << int{b2} << " " << int{b3} << " len " << len;
          }
        }
      }
    }
  }
}

TEST(FoldCase, KnownStrings) {
  EXPECT_EQ(FoldCase("Über DEN Fluss, Ärger @[]`{} ÀÞ×"), "über den fluss, ärger @[]`{} àþ×");
  EXPECT_EQ(FoldCase("ABCDEFGHIJKLMNOPQRSTUVWXYZ abcdefgh 0123456789"),
            "abcdefghijklmnopqrstuvwxyz abcdefgh 0123456789");
  EXPECT_EQ(FoldCase(""), "");
  EXPECT_EQ(FoldCase("\xFF"), "\xEF\xBF\xBD");  // a broken byte becomes U+FFFD, longer than it was
}

TEST(FoldCase, EqualsItsDefinitionOnRandomText) {
  std::mt19937 rng(7);
  // Runs of eight ASCII bytes with capitals take the word-at-a-time path.
  const std::string alphabet[] = {"A", "Z", "@", "[", "a", "z", " ", "Ä", "ß", "É", "×", "\xFF", "\xC3", "€", "9", "`",
                                  "ABCDEFGH", "Hello World", "\xC3\x9E\xC3\x9F", "\x7F\x40\x5B"};
  for (int round = 0; round < 2000; ++round) {
    std::string s;
    const int len = static_cast<int>(rng() % 40);
    for (int k = 0; k < len; ++k) s += alphabet[rng() % std::size(alphabet)];
    ASSERT_EQ(FoldCase(s), FoldCaseReference(s)) << "input '" << s << "'";
    std::string in_place = s;
    FoldCaseInPlace(in_place);
    ASSERT_EQ(in_place, FoldCaseReference(s)) << "input '" << s << "'";
  }
}

TEST(FoldCase, InPlaceGoesOnPastABrokenSequence) {
  // The part before the broken byte is folded in place, the rest in a copy.
  std::string s = "ÄRGER\xFFÜBER \xC3";
  FoldCaseInPlace(s);
  EXPECT_EQ(s, "ärger\xEF\xBF\xBDüber \xEF\xBF\xBD");
}

TEST(IsAsciiBlank, EqualsItsDefinitionOnRandomText) {
  std::mt19937 rng(11);
  // Mostly white space, so that whole 16-byte chunks pass; every byte
  // next to the space bytes 9..13 and 32 is in the alphabet.
  const char alphabet[] = {' ', '\t', '\n', '\v', '\f', '\r', ' ', '\n', 8, 14, 31, 33, 'a', '\0', '\x85', '\xA0'};
  for (int round = 0; round < 4000; ++round) {
    std::string s(rng() % 50, ' ');
    for (char& c : s) c = alphabet[rng() % (round % 2 ? 8 : std::size(alphabet))];
    if (round % 3 == 0 && !s.empty()) s[rng() % s.size()] = alphabet[8 + rng() % 8];
    bool blank = true;
    for (char c : s) blank &= IsAsciiSpace(c);
    ASSERT_EQ(IsAsciiBlank(s), blank) << "round " << round;
  }
  EXPECT_TRUE(IsAsciiBlank(""));
  EXPECT_FALSE(IsAsciiBlank(std::string(40, ' ') + "x"));
}

TEST(RFind, EqualsStringViewRfindOnRandomText) {
  std::mt19937 rng(5);
  const char alphabet[] = {'a', 'b', ' ', '-', '|'};
  for (int round = 0; round < 4000; ++round) {
    std::string s(rng() % 24, 'a'), needle(rng() % 4, 'a');
    for (char& c : s) c = alphabet[rng() % std::size(alphabet)];
    for (char& c : needle) c = alphabet[rng() % std::size(alphabet)];
    ASSERT_EQ(RFind(s, needle), std::string_view(s).rfind(needle)) << "'" << s << "' '" << needle << "'";
  }
}

// CollapseWhitespace by its definition: every run of white space (ASCII or
// Unicode) becomes one ASCII space; none at either end.
std::string CollapseReference(std::string_view s) {
  std::string out;
  bool pending = false;
  for (std::size_t i = 0; i < s.size();) {
    std::size_t n = IsAsciiSpace(s[i]) ? 1 : UnicodeSpaceLength(s, i);
    if (n > 0) {
      pending = true;
      i += n;
      continue;
    }
    if (pending && !out.empty()) out.push_back(' ');
    pending = false;
    out.push_back(s[i++]);
  }
  return out;
}

TEST(CollapseWhitespace, EqualsItsDefinitionOnRandomText) {
  std::mt19937 rng(5);
  // Long plain runs (the chunked path), lone and double spaces, every
  // white space byte, the Unicode spaces and bytes that only look like
  // their lead bytes.
  const std::string alphabet[] = {"Der Unterhändler sagte", "abcdefghijklmnopq", " ", "  ", "\t", "\n", "\r", "\f", "\v",
                                  "\xC2\xA0", "\xC2\xA9", "\xE2\x80\x89", "\xE2\x80\x94", "\xE3\x80\x80", "\xE3\x81\x82",
                                  "\xE2\x81\x9F", "\x01", "!", "x", "\xC2"};
  for (int round = 0; round < 5000; ++round) {
    std::string s;
    const int len = static_cast<int>(rng() % 24);
    for (int k = 0; k < len; ++k) s += alphabet[rng() % std::size(alphabet)];
    ASSERT_EQ(CollapseWhitespace(s), CollapseReference(s)) << "input '" << s << "'";
    // In pieces (cut between characters, as text nodes are), with the
    // space owed carried across.
    std::string pieces;
    bool pending = false;
    std::size_t cut = s.empty() ? 0 : rng() % s.size();
    while (cut > 0 && (static_cast<unsigned char>(s[cut]) & 0xC0) == 0x80) --cut;
    AppendCollapsed(pieces, std::string_view(s).substr(0, cut), pending);
    AppendCollapsed(pieces, std::string_view(s).substr(cut), pending);
    ASSERT_EQ(pieces, CollapseReference(s)) << "input '" << s << "' cut at " << cut;
  }
}

TEST(CodePointCount, EqualsDecodingStepsOnRandomText) {
  std::mt19937 rng(11);
  const std::string alphabet[] = {"a", "Z", " ", "ABCDEFGHIJ", "Ä", "€", "\xFF", "\xC3", "\xE2\x82", "😀", "0123456789"};
  for (int round = 0; round < 2000; ++round) {
    std::string s;
    const int len = static_cast<int>(rng() % 30);
    for (int k = 0; k < len; ++k) s += alphabet[rng() % std::size(alphabet)];
    std::size_t steps = 0;
    for (std::size_t i = 0; i < s.size(); ++steps) NextCodePoint(s, i);
    ASSERT_EQ(CodePointCount(s), steps) << "input '" << s << "'";
  }
}

// CountWords by its definition, one code point at a time.
std::size_t CountWordsReference(std::string_view s) {
  std::size_t words = 0;
  bool in_word = false;
  for (std::size_t i = 0; i < s.size();) {
    const std::size_t at = i;
    const std::uint32_t cp = NextCodePoint(s, i);
    bool w;
    if (cp < 0x80) {
      w = (cp >= '0' && cp <= '9') || ((cp | 32) >= 'a' && (cp | 32) <= 'z');
    } else {
      w = !(cp >= 0x2000 && cp <= 0x206F) && cp != 0xA0 && cp != 0xAB && cp != 0xBB && UnicodeSpaceLength(s, at) == 0;
    }
    words += w && !in_word;
    in_word = w;
  }
  return words;
}

TEST(CountWords, EqualsItsDefinitionOnRandomText) {
  std::mt19937 rng(13);
  const std::string alphabet[] = {"Wort", " ", "  ", "0123456789", "abcdefghijklmnop", "@[`{", "-", "Ä", "ß", "\u2014",
                                  "\u00A0", "«", "\xFF", "Z", "a", "9", "/"};
  for (int round = 0; round < 3000; ++round) {
    std::string s;
    for (int k = static_cast<int>(rng() % 20); k > 0; --k) s += alphabet[rng() % std::size(alphabet)];
    ASSERT_EQ(CountWords(s), CountWordsReference(s)) << "input '" << s << "'";
  }
}

TEST(CountWords, LettersDigitsAndNonAsciiLetters) {
  EXPECT_EQ(CountWords(""), 0u);
  EXPECT_EQ(CountWords("  --  "), 0u);
  EXPECT_EQ(CountWords("Der Kreml-Berater sagte 2024: \"Nein.\""), 6u);
  EXPECT_EQ(CountWords("Übermorgen\u2014Straße\u00A0Köln »Zitat«"), 4u);
  EXPECT_EQ(CountWords("a1b2 c3"), 2u);
}

TEST(SubstringSet, AnswersAsAFindPerWordInTheLoweredText) {
  static constexpr std::string_view kWords[] = {"author", "autor", "byline", "a-b", "zz"};
  const SubstringSet set(kWords);
  std::mt19937 rng(9);
  // Texts up to ~100 bytes: words across the 16-byte blocks the search
  // takes at once, and in the zero-padded last one; bytes above 0x7F.
  const std::string alphabet[] = {"a", "U", "t", "O", "r", "author", "By", "LINE", "-", "b", "z", "Z", " ", "\xc3\xa4", "\xff"};
  for (int round = 0; round < 5000; ++round) {
    std::string text;
    for (int k = static_cast<int>(rng() % 32); k > 0; --k) text += alphabet[rng() % std::size(alphabet)];
    const std::string lowered = AsciiLower(text);
    bool expected = false;
    for (std::string_view w : kWords) expected = expected || lowered.find(w) != std::string::npos;
    ASSERT_EQ(set.FoundInIgnoringCase(text), expected) << "'" << text << "'";
  }
  EXPECT_TRUE(set.FoundInIgnoringCase("Post-AUTOR"));
  EXPECT_TRUE(set.FoundInIgnoringCase("relatedByLine"));
  EXPECT_FALSE(set.FoundInIgnoringCase("AUTHO"));  // a word cut off at the end
  EXPECT_FALSE(set.FoundInIgnoringCase(""));
}

// The definition: Unicode 15, table 3-7 (well-formed byte sequences),
// one code point at a time.
bool IsValidUtf8Reference(std::string_view s) {
  for (std::size_t i = 0; i < s.size();) {
    const auto b = [&](std::size_t k) { return i + k < s.size() ? static_cast<unsigned char>(s[i + k]) : 0x100u; };
    const auto in = [](unsigned v, unsigned lo, unsigned hi) { return v >= lo && v <= hi; };
    const unsigned b0 = b(0);
    std::size_t n = 0;
    if (b0 <= 0x7F) n = 1;
    else if (in(b0, 0xC2, 0xDF) && in(b(1), 0x80, 0xBF)) n = 2;
    else if (b0 == 0xE0 && in(b(1), 0xA0, 0xBF) && in(b(2), 0x80, 0xBF)) n = 3;
    else if ((in(b0, 0xE1, 0xEC) || in(b0, 0xEE, 0xEF)) && in(b(1), 0x80, 0xBF) && in(b(2), 0x80, 0xBF)) n = 3;
    else if (b0 == 0xED && in(b(1), 0x80, 0x9F) && in(b(2), 0x80, 0xBF)) n = 3;
    else if (b0 == 0xF0 && in(b(1), 0x90, 0xBF) && in(b(2), 0x80, 0xBF) && in(b(3), 0x80, 0xBF)) n = 4;
    else if (in(b0, 0xF1, 0xF3) && in(b(1), 0x80, 0xBF) && in(b(2), 0x80, 0xBF) && in(b(3), 0x80, 0xBF)) n = 4;
    else if (b0 == 0xF4 && in(b(1), 0x80, 0x8F) && in(b(2), 0x80, 0xBF) && in(b(3), 0x80, 0xBF)) n = 4;
    if (n == 0) return false;
    i += n;
  }
  return true;
}

TEST(IsValidUtf8, AnswersAsTheDefinition) {
  std::mt19937 rng(5);
  // ASCII runs longer than the 32- and 64-byte blocks the validator takes
  // at once, German letters, 3- and 4-byte characters, and the bytes that
  // break them, anywhere in a block or across two.
  const std::string alphabet[] = {"a",        "plain ascii text, more than thirty-two bytes long.",
                                  "\xc3\xa4", "\xe2\x80\x9e", "\xf0\x9f\x98\x80", "\xc3", "\x80",
                                  "\xed\xa0\x80", "\xf4\x90\x80\x80", "\xc0\xaf", "\xff", " "};
  int invalid = 0;
  for (int round = 0; round < 20000; ++round) {
    std::string s;
    for (int k = static_cast<int>(rng() % 24); k > 0; --k) {
      const std::string& piece = alphabet[rng() % std::size(alphabet)];
      // Mostly valid text: the broken pieces are rarer.
      if (piece.size() == 1 && static_cast<unsigned char>(piece[0]) >= 0x80 && rng() % 4 != 0) continue;
      s += piece;
    }
    const bool expected = IsValidUtf8Reference(s);
    invalid += !expected;
    ASSERT_EQ(IsValidUtf8(s), expected) << "round " << round << ": '" << s << "'";
  }
  EXPECT_GT(invalid, 1000);  // both answers were tested
  EXPECT_LT(invalid, 19000);
}

TEST(HasTokenIgnoreCase, WholeTokensOnly) {
  EXPECT_TRUE(HasTokenIgnoreCase("nofollow Author", "author"));
  EXPECT_TRUE(HasTokenIgnoreCase("\tauthor\n", "author"));
  EXPECT_TRUE(HasTokenIgnoreCase("author", "author"));
  EXPECT_FALSE(HasTokenIgnoreCase("co-author", "author"));
  EXPECT_FALSE(HasTokenIgnoreCase("authors", "author"));
  EXPECT_FALSE(HasTokenIgnoreCase("", "author"));
  EXPECT_FALSE(HasTokenIgnoreCase("   ", "author"));
}

}  // namespace
}  // namespace klartext
