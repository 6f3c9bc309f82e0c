#include "decode/decode.h"

#include <gtest/gtest.h>

#include <random>
#include <string>

#include "core/utf8.h"

namespace klartext::decode {
namespace {

// "Grüße: ä ö ü ß € „Zitat“ – Ende" in windows-1252, and as UTF-8.
const std::string kGerman1252 = "Gr\xFC\xDF" "e: \xE4 \xF6 \xFC \xDF \x80 \x84Zitat\x93 \x96 Ende";
const std::string kGermanUtf8 = "Grüße: ä ö ü ß € „Zitat“ – Ende";

std::string Html(std::string_view head, std::string_view body) {
  return "<!DOCTYPE html><html><head>" + std::string(head) + "</head><body><p>" + std::string(body) +
         "</p></body></html>";
}

void ExpectDecoded(const Decoded& d, std::string_view encoding, std::string_view source) {
  EXPECT_EQ(d.encoding, encoding);
  EXPECT_EQ(d.source, source);
  EXPECT_TRUE(IsValidUtf8(d.utf8));
}

TEST(Decode, EmptyInput) {
  Decoded d = DecodeToUtf8("", "", true);
  ExpectDecoded(d, "utf-8", "default");
  EXPECT_EQ(d.utf8, "");
  EXPECT_FALSE(d.invalid_bytes);
}

TEST(Decode, PureAsciiIsUtf8ByDefault) {
  Decoded d = DecodeToUtf8(Html("", "plain"), "", true);
  ExpectDecoded(d, "utf-8", "default");
}

TEST(Decode, UndeclaredUtf8IsSniffed) {
  Decoded d = DecodeToUtf8(Html("", kGermanUtf8), "", true);
  ExpectDecoded(d, "utf-8", "sniffed");
  EXPECT_EQ(d.utf8, Html("", kGermanUtf8));
  EXPECT_FALSE(d.invalid_bytes);
}

// The borrowing form copies nothing when the page is UTF-8 already, and
// answers as DecodeToUtf8 otherwise.
TEST(Decode, BorrowingLeavesUtf8WhereItIs) {
  const std::string utf8_page = Html("", kGermanUtf8);
  Decoded d = DecodeToUtf8Borrowing(utf8_page, "", true);
  ExpectDecoded(d, "utf-8", "sniffed");
  EXPECT_TRUE(d.borrowed);
  EXPECT_TRUE(d.utf8.empty());
  EXPECT_EQ(d.text().data(), utf8_page.data());
  EXPECT_EQ(d.text(), utf8_page);

  const std::string latin1_page = Html("", kGerman1252);
  Decoded w = DecodeToUtf8Borrowing(latin1_page, "", true);
  ExpectDecoded(w, "windows-1252", "sniffed");
  EXPECT_FALSE(w.borrowed);
  EXPECT_EQ(w.text(), Html("", kGermanUtf8));

  const std::string bom_page = "\xEF\xBB\xBF" + utf8_page;  // borrowed after the mark
  Decoded b = DecodeToUtf8Borrowing(bom_page, "", true);
  EXPECT_TRUE(b.borrowed);
  EXPECT_EQ(b.text().data(), bom_page.data() + 3);
  EXPECT_EQ(b.text(), utf8_page);

  const std::string declared = Html(R"(<meta charset="utf-8">)", kGermanUtf8);  // declared and valid
  Decoded m = DecodeToUtf8Borrowing(declared, "", true);
  ExpectDecoded(m, "utf-8", "meta");
  EXPECT_TRUE(m.borrowed);
  const std::string broken = declared + "\xFF";  // declared but broken: converted
  Decoded x = DecodeToUtf8Borrowing(broken, "", true);
  EXPECT_FALSE(x.borrowed);
  EXPECT_TRUE(x.invalid_bytes);
  EXPECT_EQ(x.text(), declared + "\xEF\xBF\xBD");

  // The copying form never borrows.
  Decoded c = DecodeToUtf8(utf8_page, "", true);
  EXPECT_FALSE(c.borrowed);
  EXPECT_EQ(c.text(), utf8_page);
  EXPECT_NE(c.text().data(), utf8_page.data());
}

TEST(Decode, UndeclaredWindows1252IsSniffed) {
  Decoded d = DecodeToUtf8(Html("", kGerman1252), "", true);
  ExpectDecoded(d, "windows-1252", "sniffed");
  EXPECT_EQ(d.utf8, Html("", kGermanUtf8));
  EXPECT_FALSE(d.invalid_bytes);
}

TEST(Decode, Iso88591DeclaredByMeta) {
  Decoded d = DecodeToUtf8(Html(R"(<meta charset="ISO-8859-1">)", kGerman1252), "", true);
  ExpectDecoded(d, "windows-1252", "meta");
  EXPECT_EQ(d.utf8, Html(R"(<meta charset="ISO-8859-1">)", kGermanUtf8));
}

TEST(Decode, HttpEquivMeta) {
  const std::string head = R"(<meta http-equiv="Content-Type" content="text/html; charset=iso-8859-1">)";
  Decoded d = DecodeToUtf8(Html(head, kGerman1252), "", true);
  ExpectDecoded(d, "windows-1252", "meta");
  EXPECT_EQ(d.utf8, Html(head, kGermanUtf8));
}

TEST(Decode, ContentTypeBeatsMeta) {
  const std::string head = R"(<meta charset="utf-8">)";
  Decoded d = DecodeToUtf8(Html(head, kGerman1252), "text/html; charset=iso-8859-1", true);
  ExpectDecoded(d, "windows-1252", "content-type");
  EXPECT_EQ(d.utf8, Html(head, kGermanUtf8));
  EXPECT_FALSE(d.invalid_bytes);
}

TEST(Decode, ContentTypeForms) {
  const std::string html = Html("", kGerman1252);
  for (const char* ct : {"text/html;charset=latin1", "TEXT/HTML; CHARSET=\"Windows-1252\"",
                         "text/html; foo=bar; charset=cp1252", "text/html; charset = l1 "}) {
    Decoded d = DecodeToUtf8(html, ct, true);
    ExpectDecoded(d, "windows-1252", "content-type");
    EXPECT_EQ(d.utf8, Html("", kGermanUtf8)) << ct;
  }
}

TEST(Decode, UnknownContentTypeLabelFallsThroughToMeta) {
  const std::string head = R"(<meta charset="iso-8859-1">)";
  Decoded d = DecodeToUtf8(Html(head, kGerman1252), "text/html; charset=x-bogus", true);
  ExpectDecoded(d, "windows-1252", "meta");
  EXPECT_EQ(d.utf8, Html(head, kGermanUtf8));
}

TEST(Decode, UnknownMetaLabelFallsThroughToSniff) {
  const std::string head = R"(<meta charset="x-klingon">)";
  Decoded d = DecodeToUtf8(Html(head, kGerman1252), "", true);
  ExpectDecoded(d, "windows-1252", "sniffed");
  EXPECT_EQ(d.utf8, Html(head, kGermanUtf8));
}

TEST(Decode, Utf8BomBeatsContentTypeAndIsStripped) {
  const std::string html = "\xEF\xBB\xBF" + Html(R"(<meta charset="iso-8859-1">)", kGermanUtf8);
  Decoded d = DecodeToUtf8(html, "text/html; charset=iso-8859-1", true);
  ExpectDecoded(d, "utf-8", "bom");
  EXPECT_EQ(d.utf8, html.substr(3));
}

std::string ToUtf16(std::string_view utf8, bool big_endian) {
  std::string out;
  for (std::size_t i = 0; i < utf8.size();) {
    std::uint32_t cp = NextCodePoint(utf8, i);
    auto put = [&](std::uint32_t u) {
      char hi = static_cast<char>(u >> 8), lo = static_cast<char>(u & 0xFF);
      out += big_endian ? std::string{hi, lo} : std::string{lo, hi};
    };
    if (cp >= 0x10000) {
      put(0xD800 + ((cp - 0x10000) >> 10));
      put(0xDC00 + ((cp - 0x10000) & 0x3FF));
    } else {
      put(cp);
    }
  }
  return out;
}

TEST(Decode, Utf16Boms) {
  const std::string text = Html(R"(<meta charset="utf-8">)", kGermanUtf8 + " 😀");
  Decoded le = DecodeToUtf8("\xFF\xFE" + ToUtf16(text, false), "text/html; charset=utf-8", true);
  ExpectDecoded(le, "utf-16le", "bom");
  EXPECT_EQ(le.utf8, text);
  Decoded be = DecodeToUtf8("\xFE\xFF" + ToUtf16(text, true), "", true);
  ExpectDecoded(be, "utf-16be", "bom");
  EXPECT_EQ(be.utf8, text);
}

TEST(Decode, MetaDeclaringUtf16MeansUtf8) {
  Decoded d = DecodeToUtf8(Html(R"(<meta charset="utf-16">)", kGermanUtf8), "", true);
  ExpectDecoded(d, "utf-8", "meta");
  EXPECT_EQ(d.utf8, Html(R"(<meta charset="utf-16">)", kGermanUtf8));
}

TEST(Decode, WrongDeclarationWinsAndIsFlagged) {
  // Declared UTF-8, written in windows-1252: browsers keep the declaration.
  const std::string head = R"(<meta charset="utf-8">)";
  Decoded d = DecodeToUtf8(Html(head, kGerman1252), "", true);
  ExpectDecoded(d, "utf-8", "meta");
  EXPECT_TRUE(d.invalid_bytes);
  EXPECT_NE(d.utf8.find("Gr\uFFFD\uFFFDe"), std::string::npos);
}

TEST(Decode, MostlyUtf8WithAStrayByteStaysUtf8) {
  std::string body;
  for (int i = 0; i < 5; ++i) body += kGermanUtf8 + " ";
  body += "Caf\xE9";  // one windows-1252 byte pasted in
  Decoded d = DecodeToUtf8(Html("", body), "", true);
  ExpectDecoded(d, "utf-8", "sniffed");
  EXPECT_TRUE(d.invalid_bytes);
  EXPECT_NE(d.utf8.find(kGermanUtf8), std::string::npos);
  EXPECT_NE(d.utf8.find("Caf\uFFFD"), std::string::npos);
}

TEST(Decode, TruncatedMultibyteAtEndStaysUtf8) {
  const std::string utf8 = "Grüße \xE2\x82";  // "€" cut after two of its three bytes
  Decoded d = DecodeToUtf8(utf8, "", false);
  ExpectDecoded(d, "utf-8", "sniffed");
  EXPECT_TRUE(d.invalid_bytes);
  EXPECT_EQ(d.utf8.substr(0, 8), "Grüße ");
  EXPECT_NE(d.utf8.find("\uFFFD"), std::string::npos);
}

TEST(Decode, InvalidUtf8Declared) {
  Decoded d = DecodeToUtf8("ok \xC3\x28 \xF0\x28\x8C\xBC end", "text/plain; charset=utf-8", false);
  ExpectDecoded(d, "utf-8", "content-type");
  EXPECT_TRUE(d.invalid_bytes);
  EXPECT_EQ(d.utf8.substr(0, 3), "ok ");
  EXPECT_EQ(d.utf8.substr(d.utf8.size() - 4), " end");
}

TEST(Decode, MetaIsIgnoredForPlainText) {
  const std::string text = std::string(R"(<meta charset="koi8-r"> )") + kGermanUtf8;
  Decoded d = DecodeToUtf8(text, "", false);
  ExpectDecoded(d, "utf-8", "sniffed");
  EXPECT_EQ(d.utf8, text);
}

TEST(Decode, LateMetaInHead) {
  const std::string head = "<script>" + std::string(3000, ' ') + "</script><meta charset=\"iso-8859-1\">";
  Decoded d = DecodeToUtf8(Html(head, kGerman1252), "", true);
  ExpectDecoded(d, "windows-1252", "meta");
  EXPECT_EQ(d.utf8, Html(head, kGermanUtf8));
}

TEST(Decode, IconvEncodingByMeta) {
  const std::string head = R"(<meta charset="windows-1251">)";
  Decoded d = DecodeToUtf8(Html(head, "\xCF\xF0\xE8\xE2\xE5\xF2"), "", true);
  ExpectDecoded(d, "windows-1251", "meta");
  EXPECT_EQ(d.utf8, Html(head, "Привет"));
}

TEST(Decode, Iso8859_15ByContentType) {
  Decoded d = DecodeToUtf8("Preis: 5 \xA4", "text/plain; charset=ISO-8859-15", false);
  ExpectDecoded(d, "iso-8859-15", "content-type");
  EXPECT_EQ(d.utf8, "Preis: 5 €");
}

TEST(Decode, RandomBinaryNeverCrashes) {
  std::mt19937 rng(2024);
  const char* content_types[] = {"", "text/html; charset=utf-8", "text/html; charset=shift_jis",
                                 "text/html; charset=utf-16be", "text/html; charset=\"", ";;=;"};
  for (int round = 0; round < 300; ++round) {
    std::string bytes(rng() % 2048, '\0');
    for (char& c : bytes) c = static_cast<char>(rng());
    if (round % 3 == 0) bytes = "<meta charset=euc-kr>" + bytes;
    for (const char* ct : content_types) {
      Decoded d = DecodeToUtf8(bytes, ct, round % 2 == 0);
      EXPECT_TRUE(IsValidUtf8(d.utf8));
      EXPECT_FALSE(d.encoding.empty());
      EXPECT_FALSE(d.source.empty());
    }
  }
}

}  // namespace
}  // namespace klartext::decode
