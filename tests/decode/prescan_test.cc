#include "decode/prescan.h"

#include <gtest/gtest.h>

#include <random>
#include <string>

namespace klartext::decode {
namespace {

using E = Encoding;

std::optional<E> Prescan(std::string_view html) { return PrescanForEncoding(html); }

TEST(Prescan, MetaCharsetQuotingForms) {
  EXPECT_EQ(Prescan(R"(<meta charset="koi8-r">)"), E::kKoi8R);
  EXPECT_EQ(Prescan(R"(<meta charset='koi8-r'>)"), E::kKoi8R);
  EXPECT_EQ(Prescan(R"(<meta charset=koi8-r>)"), E::kKoi8R);
  EXPECT_EQ(Prescan(R"(<META CHARSET="KOI8-R">)"), E::kKoi8R);
  EXPECT_EQ(Prescan("<meta\ncharset = \t'koi8-r' >"), E::kKoi8R);
  EXPECT_EQ(Prescan(R"(<meta/charset="koi8-r"/>)"), E::kKoi8R);
  EXPECT_EQ(Prescan("<meta charset=\" koi8-r\n\">"), E::kKoi8R);  // label is trimmed
}

TEST(Prescan, NotAMetaTag) {
  EXPECT_EQ(Prescan(R"(<metacharset="koi8-r">)"), std::nullopt);
  EXPECT_EQ(Prescan(R"(<meta charset="koi8-r")"), std::nullopt);  // no '>' before the end
  EXPECT_EQ(Prescan(R"(<meta charset="koi8-r>)"), std::nullopt);  // unclosed quote
  EXPECT_EQ(Prescan(R"(<p>meta charset="koi8-r"</p>)"), std::nullopt);
  EXPECT_EQ(Prescan(""), std::nullopt);
}

TEST(Prescan, HttpEquivNeedsPragma) {
  EXPECT_EQ(Prescan(R"(<meta http-equiv="Content-Type" content="text/html; charset=koi8-r">)"), E::kKoi8R);
  EXPECT_EQ(Prescan(R"(<meta content="text/html; charset=koi8-r" http-equiv="content-type">)"), E::kKoi8R);
  EXPECT_EQ(Prescan(R"(<meta content="text/html; charset=koi8-r">)"), std::nullopt);
  EXPECT_EQ(Prescan(R"(<meta name="Content-Type" content="text/html; charset=koi8-r">)"), std::nullopt);
  EXPECT_EQ(Prescan(R"(<meta http-equiv="Content-Type " content="text/html; charset=koi8-r">)"),
            std::nullopt);
}

TEST(Prescan, CharsetAttributeBeatsContent) {
  EXPECT_EQ(Prescan(R"(<meta content="charset=koi8-r" charset="iso-8859-2" http-equiv=content-type>)"),
            E::kIso8859_2);
  EXPECT_EQ(Prescan(R"(<meta charset="iso-8859-2" content="charset=koi8-r" http-equiv=content-type>)"),
            E::kIso8859_2);
}

TEST(Prescan, FirstOfDuplicateAttributesCounts) {
  EXPECT_EQ(Prescan(R"(<meta charset="koi8-r" charset="utf-8">)"), E::kKoi8R);
}

TEST(Prescan, FirstResolvingMetaWins) {
  EXPECT_EQ(Prescan(R"(<meta charset="koi8-r"><meta charset="utf-8">)"), E::kKoi8R);
  EXPECT_EQ(Prescan(R"(<meta charset="bogus"><meta charset="utf-8">)"), E::kUtf8);
}

TEST(Prescan, CommentsAreSkipped) {
  EXPECT_EQ(Prescan(R"(<!--<meta charset="koi8-r">--><meta charset="utf-8">)"), E::kUtf8);
  EXPECT_EQ(Prescan(R"(<!--><meta charset="koi8-r">)"), E::kKoi8R);  // "<!-->" is a whole comment
  EXPECT_EQ(Prescan(R"(<!-- never closed <meta charset="koi8-r">)"), std::nullopt);
}

TEST(Prescan, AttributeValuesHideMarkup) {
  EXPECT_EQ(Prescan(R"(<p title="x>"><meta charset=koi8-r>)"), E::kKoi8R);
  EXPECT_EQ(Prescan(R"(<p title="x><meta charset=koi8-r>)"), std::nullopt);
  EXPECT_EQ(Prescan(R"(<!DOCTYPE html><?pi x><meta charset=koi8-r>)"), E::kKoi8R);
}

TEST(Prescan, DeclaredUtf16MeansUtf8) {
  EXPECT_EQ(Prescan(R"(<meta charset="utf-16">)"), E::kUtf8);
  EXPECT_EQ(Prescan(R"(<meta charset="UTF-16BE">)"), E::kUtf8);
  EXPECT_EQ(Prescan(R"(<meta charset="x-user-defined">)"), E::kWindows1252);
}

TEST(Prescan, XmlDeclaration) {
  EXPECT_EQ(Prescan(R"(<?xml version="1.0" encoding="ISO-8859-2"?><html>)"), E::kIso8859_2);
  EXPECT_EQ(Prescan(R"(<?xml version="1.0" encoding = 'utf-16'?><html>)"), E::kUtf8);
  EXPECT_EQ(Prescan(R"(<?xml version="1.0" encoding="koi8-r"?><meta charset=utf-8>)"), E::kUtf8);
  EXPECT_EQ(Prescan(R"( <?xml version="1.0" encoding="koi8-r"?>)"), std::nullopt);  // not at the start
  EXPECT_EQ(Prescan(std::string("<\0?\0x\0m\0l\0", 10)), E::kUtf16Le);
  EXPECT_EQ(Prescan(std::string("\0<\0?\0x\0m\0l", 10)), E::kUtf16Be);
}

TEST(MetaContent, ExtractsCharset) {
  EXPECT_EQ(ExtractEncodingFromMetaContent("text/html; charset=koi8-r"), E::kKoi8R);
  EXPECT_EQ(ExtractEncodingFromMetaContent("text/html;charset = 'koi8-r'"), E::kKoi8R);
  EXPECT_EQ(ExtractEncodingFromMetaContent("CHARSET=\"koi8-r\"; foo"), E::kKoi8R);
  EXPECT_EQ(ExtractEncodingFromMetaContent("charsetx; charset=koi8-r"), E::kKoi8R);
  EXPECT_EQ(ExtractEncodingFromMetaContent("charset=koi8-r;x"), E::kKoi8R);
  EXPECT_EQ(ExtractEncodingFromMetaContent("charset=\"koi8-r"), std::nullopt);  // unmatched quote
  EXPECT_EQ(ExtractEncodingFromMetaContent("charset="), std::nullopt);
  EXPECT_EQ(ExtractEncodingFromMetaContent("text/html"), std::nullopt);
}

std::string Padding(std::size_t n) { return "<!--" + std::string(n, 'x') + "-->"; }

TEST(LateMeta, FoundInHeadBeyondTheWindow) {
  const std::string html = "<html><head>" + Padding(2000) + R"(<meta charset="koi8-r"></head><body>)";
  EXPECT_EQ(PrescanForEncoding(std::string_view(html).substr(0, kPrescanBytes)), std::nullopt);
  EXPECT_EQ(ScanHeadForLateMeta(html), E::kKoi8R);
}

TEST(LateMeta, SkipsScriptAndStopsAtBody) {
  const std::string script = "<head><script>var s = '<meta charset=\"koi8-r\">';</script>"
                             "<meta charset=iso-8859-2>";
  EXPECT_EQ(ScanHeadForLateMeta(script), E::kIso8859_2);
  EXPECT_EQ(ScanHeadForLateMeta(R"(<head><title><meta charset=koi8-r></TITLE ><meta charset=utf-8>)"),
            E::kUtf8);
  EXPECT_EQ(ScanHeadForLateMeta(R"(<head></head><body><meta charset="koi8-r">)"), std::nullopt);
  EXPECT_EQ(ScanHeadForLateMeta(R"(<div><meta charset="koi8-r">)"), std::nullopt);
  EXPECT_EQ(ScanHeadForLateMeta(R"(<head></head><meta charset="koi8-r">)"), E::kKoi8R);
  EXPECT_EQ(ScanHeadForLateMeta(R"(<head><script>never closed <meta charset="koi8-r">)"), std::nullopt);
}

TEST(LateMeta, HugeTagsStayLinear) {
  // 200,000 attributes on one <meta>, then a huge unclosed comment: a scan
  // that is quadratic in either would not finish.
  std::string many = "<head><meta";
  for (int i = 0; i < 200000; ++i) many += " a";
  many += " charset=koi8-r>";
  EXPECT_EQ(ScanHeadForLateMeta(many), E::kKoi8R);
  EXPECT_EQ(ScanHeadForLateMeta("<head><!--" + std::string(1 << 20, '-')), std::nullopt);
}

TEST(Prescan, ArbitraryBytesNeverCrash) {
  // Markup-heavy random input reaches every branch; under ASan this checks
  // bounds. Each result must be reproducible.
  std::mt19937 rng(7);
  const std::string alphabet = "<>!-/?=\"' \tmetaMETAcharsetCHARSEThttp-equivcontent;x\x80\xff";
  for (int round = 0; round < 2000; ++round) {
    std::string s(rng() % 300, ' ');
    for (char& c : s) c = alphabet[rng() % alphabet.size()];
    EXPECT_EQ(PrescanForEncoding(s), PrescanForEncoding(s));
    EXPECT_EQ(ScanHeadForLateMeta(s), ScanHeadForLateMeta(s));
    ExtractEncodingFromMetaContent(s);
    GetXmlEncoding(s);
  }
}

}  // namespace
}  // namespace klartext::decode
