#include "decode/convert.h"

#include <gtest/gtest.h>

#include <random>
#include <string>

#include "core/utf8.h"

namespace klartext::decode {
namespace {

using E = Encoding;

struct Out {
  std::string text;
  ConvertResult result;
};

Out Convert(E e, std::string_view bytes) {
  Out o;
  o.result = ConvertToUtf8(e, bytes, o.text);
  return o;
}

TEST(Windows1252, GermanText) {
  // "Grüße: ä ö ü ß € „Zitat“ – Ende" as windows-1252 bytes.
  const std::string bytes = "Gr\xFC\xDF" "e: \xE4 \xF6 \xFC \xDF \x80 \x84Zitat\x93 \x96 Ende";
  Out o = Convert(E::kWindows1252, bytes);
  EXPECT_EQ(o.text, "Grüße: ä ö ü ß € „Zitat“ – Ende");
  EXPECT_FALSE(o.result.invalid_bytes);
}

TEST(Windows1252, WholeC1RangeIsMapped) {
  std::string bytes;
  for (int b = 0x80; b <= 0x9F; ++b) bytes.push_back(static_cast<char>(b));
  Out o = Convert(E::kWindows1252, bytes);
  EXPECT_EQ(o.text,
            "€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008DŽ\u008F"
            "\u0090‘’“”•–—˜™š›œ\u009DžŸ");
}

TEST(Windows1252, EveryByteIsOneCodePoint) {
  std::string bytes;
  for (int b = 0; b < 256; ++b) bytes.push_back(static_cast<char>(b));
  Out o = Convert(E::kWindows1252, bytes);
  EXPECT_TRUE(IsValidUtf8(o.text));
  EXPECT_EQ(CodePointCount(o.text), 256u);
  EXPECT_EQ(o.text.substr(0, 128), bytes.substr(0, 128));  // ASCII unchanged
  EXPECT_EQ(o.text.substr(o.text.size() - 4), "\u00FE\u00FF");
}

TEST(Iso8859_15, DiffersFromLatin1InEightPlaces) {
  Out o = Convert(E::kIso8859_15, "\xA4 \xA6\xA8 \xB4\xB8 \xBC\xBD\xBE \xE4\xDF \x80");
  EXPECT_EQ(o.text, "€ Šš Žž ŒœŸ äß \u0080");
}

TEST(Utf8, ValidIsCopiedInvalidIsReplaced) {
  Out ok = Convert(E::kUtf8, "Grüße €");
  EXPECT_EQ(ok.text, "Grüße €");
  EXPECT_FALSE(ok.result.invalid_bytes);
  Out bad = Convert(E::kUtf8, "a\xFF" "b\xC3");
  EXPECT_EQ(bad.text, "a\uFFFDb\uFFFD");
  EXPECT_TRUE(bad.result.invalid_bytes);
}

TEST(Utf16, BothByteOrdersAndSurrogatePairs) {
  // "Hä€😀" = 0048 00E4 20AC D83D DE00
  const std::string le("\x48\x00\xE4\x00\xAC\x20\x3D\xD8\x00\xDE", 10);
  const std::string be("\x00\x48\x00\xE4\x20\xAC\xD8\x3D\xDE\x00", 10);
  EXPECT_EQ(Convert(E::kUtf16Le, le).text, "Hä€😀");
  EXPECT_EQ(Convert(E::kUtf16Be, be).text, "Hä€😀");
  EXPECT_FALSE(Convert(E::kUtf16Le, le).result.invalid_bytes);
}

TEST(Utf16, LoneSurrogatesAndOddByte) {
  Out lead = Convert(E::kUtf16Le, std::string("\x3D\xD8\x41\x00", 4));  // D83D then 'A'
  EXPECT_EQ(lead.text, "\uFFFDA");
  EXPECT_TRUE(lead.result.invalid_bytes);
  EXPECT_EQ(Convert(E::kUtf16Le, std::string("\x00\xDE", 2)).text, "\uFFFD");
  EXPECT_EQ(Convert(E::kUtf16Le, std::string("\x3D\xD8", 2)).text, "\uFFFD");  // lead at the end
  Out odd = Convert(E::kUtf16Be, std::string("\x00\x41\x00", 3));
  EXPECT_EQ(odd.text, "A\uFFFD");
  EXPECT_TRUE(odd.result.invalid_bytes);
}

TEST(SmallDecoders, XUserDefinedAndReplacement) {
  EXPECT_EQ(Convert(E::kXUserDefined, "a\x80\xFF").text, "a\uF780\uF7FF");
  Out r = Convert(E::kReplacement, "\x1B$)C<script>");
  EXPECT_EQ(r.text, "\uFFFD");
  EXPECT_TRUE(r.result.invalid_bytes);
  EXPECT_EQ(Convert(E::kReplacement, "").text, "");
}

struct IconvCase {
  E encoding;
  std::string bytes;
  std::string utf8;
};

TEST(Iconv, LegacyEncodings) {
  const IconvCase cases[] = {
      {E::kWindows1250, "Za\xBF\xF3\xB3\xE6 \x8A", "Zażółć Š"},
      {E::kIso8859_2, "Za\xBF\xF3\xB3\xE6", "Zażółć"},
      {E::kWindows1251, "\xCF\xF0\xE8\xE2\xE5\xF2", "Привет"},
      {E::kKoi8R, "\xF0\xD2\xC9\xD7\xC5\xD4", "Привет"},
      {E::kShiftJis, "\x93\xFA\x96\x7B", "日本"},
      {E::kEucJp, "\xC6\xFC\xCB\xDC", "日本"},
      {E::kIso2022Jp, "\x1B$B\x46\x7C\x4B\x5C\x1B(B!", "日本!"},
      {E::kEucKr, "\xC7\xD1\xB1\xB9", "한국"},
      {E::kGbk, "\xD6\xD0\xCE\xC4", "中文"},
      {E::kGb18030, "\xD6\xD0\xCE\xC4", "中文"},
      {E::kBig5, "\xA4\xA4\xA4\xE5", "中文"},
      {E::kWindows1254, "\xD0\xFD", "Ğı"},
  };
  for (const auto& c : cases) {
    Out o = Convert(c.encoding, c.bytes);
    EXPECT_TRUE(o.result.available) << EncodingName(c.encoding);
    EXPECT_EQ(o.text, c.utf8) << EncodingName(c.encoding);
    EXPECT_FALSE(o.result.invalid_bytes) << EncodingName(c.encoding);
  }
}

TEST(Iconv, InvalidAndTruncatedInputBecomesReplacement) {
  Out truncated = Convert(E::kShiftJis, "ab\x93");
  EXPECT_EQ(truncated.text, "ab\uFFFD");
  EXPECT_TRUE(truncated.result.invalid_bytes);
  Out invalid = Convert(E::kEucKr, "a\xFF" "b");
  EXPECT_EQ(invalid.text, "a\uFFFDb");
  EXPECT_TRUE(invalid.result.invalid_bytes);
}

TEST(Iconv, UnknownConverterIsReported) {
  std::string out = "stale";
  ConvertResult r = DecodeWithIconv("NO-SUCH-CHARSET-KLARTEXT", "abc", out);
  EXPECT_FALSE(r.available);
  EXPECT_TRUE(out.empty());
}

TEST(Iconv, LargeInputGrowsTheBuffer) {
  std::string bytes;
  for (int i = 0; i < 20000; ++i) bytes += "\xCF\xF0\xE8";  // "При" in windows-1251
  Out o = Convert(E::kWindows1251, bytes);
  EXPECT_EQ(o.text.size(), bytes.size() * 2);
  EXPECT_EQ(o.text.substr(0, 6), "При");
}

TEST(AllEncodings, RandomBytesGiveValidUtf8) {
  std::mt19937 rng(42);
  for (int i = 0; i <= static_cast<int>(E::kXUserDefined); ++i) {
    const auto e = static_cast<E>(i);
    for (int round = 0; round < 20; ++round) {
      std::string bytes(rng() % 512, '\0');
      for (char& c : bytes) c = static_cast<char>(rng());
      Out o = Convert(e, bytes);
      EXPECT_TRUE(o.result.available) << EncodingName(e);
      EXPECT_TRUE(IsValidUtf8(o.text)) << EncodingName(e);
    }
    EXPECT_EQ(Convert(e, "").text, "") << EncodingName(e);
  }
}

}  // namespace
}  // namespace klartext::decode
