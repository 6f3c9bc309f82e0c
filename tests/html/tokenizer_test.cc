// Hand-made cases for html::Tokenizer: the behaviour the tree builder and
// the rules rely on, and hostile input (deep, huge, truncated, binary).
#include "html/tokenizer.h"

#include <gtest/gtest.h>

#include <random>
#include <string>

namespace klartext::html {
namespace {

// A compact transcript: S<name a=v>, S<name/>, E<name>, C<text>, T<text>, D<name>.
std::string Transcript(std::string_view html, TokenizerState state = TokenizerState::kData) {
  Tokenizer t(html);
  t.set_state(state);
  std::string out;
  for (;;) {
    const Token& tok = t.Next();
    switch (tok.kind) {
      case TokenKind::kEndOfFile:
        return out;
      case TokenKind::kCharacters:
        out += "T<" + std::string(tok.text) + ">";
        break;
      case TokenKind::kStartTag:
        out += "S<" + std::string(tok.text);
        for (const auto& a : tok.attributes) out += " " + std::string(a.name) + "=" + std::string(a.value);
        out += tok.self_closing ? "/>" : ">";
        // What a tree builder does after these start tags.
        if (tok.text == "script") t.set_state(TokenizerState::kScriptData);
        if (tok.text == "title") t.set_state(TokenizerState::kRcdata);
        if (tok.text == "style") t.set_state(TokenizerState::kRawtext);
        break;
      case TokenKind::kEndTag:
        out += "E<" + std::string(tok.text) + ">";
        break;
      case TokenKind::kComment:
        out += "C<" + std::string(tok.text) + ">";
        break;
      case TokenKind::kDoctype:
        out += "D<" + std::string(tok.text) + (tok.force_quirks ? " quirks>" : ">");
        break;
    }
  }
}

TEST(Tokenizer, TagsAttributesAndText) {
  EXPECT_EQ(Transcript("<!DOCTYPE html><P Class=\"a&amp;b\" id=x>Hi &lt;there&gt;</p>"),
            "D<html>S<p class=a&b id=x>T<Hi <there>>E<p>");
  EXPECT_EQ(Transcript("<br/><img src='a.png' alt>"), "S<br/>S<img src=a.png alt=>");
}

// The last start tag's name lives in the token's storage when it was
// rewritten (capitals, NUL); the tokens after it reuse that storage, and an
// end tag must still be matched against the name.
TEST(Tokenizer, TheLastStartTagOutlivesTheTokensAfterIt) {
  EXPECT_EQ(Transcript("<TITLE>a <b> c</TiTlE>x"), "S<title>T<a <b> c>E<title>T<x>");
  // A start tag with capitals, then an end tag and a doctype that reuse the
  // storage of rewritten names, then RCDATA: "</xmp>" is the appropriate
  // end tag, "</x>" is not.
  Tokenizer t("<XMP a=&amp;></X><!DOCTYPE HTML>q</x>r</xmp>s");
  EXPECT_EQ(t.Next().text, "xmp");
  EXPECT_EQ(t.Next().kind, TokenKind::kEndTag);
  EXPECT_EQ(t.Next().kind, TokenKind::kDoctype);
  t.set_state(TokenizerState::kRawtext);
  const Token& text = t.Next();
  ASSERT_EQ(text.kind, TokenKind::kCharacters);
  EXPECT_EQ(text.text, "q</x>r");
  const Token& end = t.Next();
  EXPECT_EQ(end.kind, TokenKind::kEndTag);
  EXPECT_EQ(end.text, "xmp");
}

TEST(Tokenizer, TextIsAViewIntoTheInputWhenNothingIsRewritten) {
  const std::string html = "<p>plain text</p>";
  Tokenizer t(html);
  t.Next();
  const Token& text = t.Next();
  ASSERT_EQ(text.kind, TokenKind::kCharacters);
  EXPECT_EQ(text.text.data(), html.data() + 3);
}

TEST(Tokenizer, DuplicateAttributesKeepTheFirst) {
  EXPECT_EQ(Transcript("<a href=1 HREF=2 x=3>"), "S<a href=1 x=3>");
  std::string many = "<a";
  for (int i = 0; i < 1000; ++i) many += " a" + std::to_string(i % 500) + "=" + std::to_string(i);
  many += ">";
  Tokenizer t(many);
  const Token& tok = t.Next();
  ASSERT_EQ(tok.kind, TokenKind::kStartTag);
  ASSERT_EQ(tok.attributes.size(), 500u);
  EXPECT_EQ(tok.attributes[499].name, "a499");
  EXPECT_EQ(tok.attributes[499].value, "499");
}

TEST(Tokenizer, CharacterReferences) {
  EXPECT_EQ(Transcript("&amp &notin; &notit; &#x41;&#66;&#0;&#x80;&bogus;"),
            "T<& \xE2\x88\x89 \xC2\xACit; AB\xEF\xBF\xBD\xE2\x82\xAC&bogus;>");
  // In attributes a legacy name followed by '=' or an alphanumeric stays.
  EXPECT_EQ(Transcript("<a href=\"?x=1&copy=2&amp;y\">"), "S<a href=?x=1&copy=2&y>");
}

TEST(Tokenizer, ScriptAndRcdataEndOnlyAtTheirEndTag) {
  EXPECT_EQ(Transcript("<script>if (a<b) x='</p>';</script>x"),
            "S<script>T<if (a<b) x='</p>';>E<script>T<x>");
  EXPECT_EQ(Transcript("<script><!--<script>x</script>y--></script>"),
            "S<script>T<<!--<script>x</script>y-->>E<script>");
  EXPECT_EQ(Transcript("<title>a &amp; <b></TITLE >"), "S<title>T<a & <b>>E<title>");
}

TEST(Tokenizer, CommentsAndCarriageReturns) {
  EXPECT_EQ(Transcript("<!-- a -- b --><!---->x<?php y ?>"), "C< a -- b >C<>T<x>C<?php y ?>");
  EXPECT_EQ(Transcript("a\r\nb\rc"), "T<a\nb\nc>");
}

TEST(Tokenizer, TruncatedInputEndsCleanly) {
  // The standard drops a tag cut off by the end of input.
  EXPECT_EQ(Transcript("text<div class=\"abc"), "T<text>");
  EXPECT_EQ(Transcript("<!-- open"), "C< open>");
  EXPECT_EQ(Transcript("<!DOCTYPE"), "D< quirks>");
  EXPECT_EQ(Transcript("<"), "T<<>");
  EXPECT_EQ(Transcript("&"), "T<&>");
  EXPECT_EQ(Transcript(""), "");
}

TEST(Tokenizer, HostileInputTerminatesAndStaysBounded) {
  // Every prefix of a page with every construct must tokenize to EOF.
  const std::string page =
      "<!DOCTYPE html PUBLIC \"-//W3C//DTD\" 'x'><html><script><!--<script></script>--></script>"
      "<a b='c&amp;d' e=f&notin g>t&#x1F600;</a><!-- c --!><![CDATA[x]]><style>s</style></html>";
  for (std::size_t n = 0; n <= page.size(); ++n) {
    Tokenizer t(std::string_view(page).substr(0, n));
    int tokens = 0;
    while (t.Next().kind != TokenKind::kEndOfFile) ASSERT_LT(++tokens, 1000) << n;
  }
  // Deep nesting, a huge attribute, binary bytes.
  std::string deep;
  for (int i = 0; i < 100000; ++i) deep += "<div>";
  Tokenizer t1(deep);
  int starts = 0;
  while (t1.Next().kind == TokenKind::kStartTag) ++starts;
  EXPECT_EQ(starts, 100000);
  const std::string huge = "<a title=\"" + std::string(1 << 22, '&') + "\">";
  Tokenizer t2(huge);
  const Token& tok = t2.Next();
  ASSERT_EQ(tok.kind, TokenKind::kStartTag);
  EXPECT_EQ(tok.attributes[0].value.size(), std::size_t{1} << 22);
  std::string binary;
  for (int i = 0; i < 4096; ++i) binary.push_back(static_cast<char>((i * 7919) & 0xFF));
  Tokenizer t3(binary);
  int guard = 0;
  while (t3.Next().kind != TokenKind::kEndOfFile) ASSERT_LT(++guard, 10000);
}

TEST(Tokenizer, RandomMarkupSoupAlwaysReachesTheEnd) {
  // Short random strings over the bytes the state machine cares about, so
  // that every state and transition meets every byte, including EOF. Under
  // ASan this is a small deterministic fuzz run.
  static constexpr char kAlphabet[] = "<>/!-?&#;=\"' \t\n\r\0abcsriptSCRIPTxX[]CDAT019lt";
  std::mt19937 rng(20261124);
  std::uniform_int_distribution<std::size_t> pick(0, sizeof(kAlphabet) - 2);
  std::uniform_int_distribution<int> length(0, 48);
  const TokenizerState states[] = {TokenizerState::kData, TokenizerState::kRcdata,
                                   TokenizerState::kRawtext, TokenizerState::kScriptData,
                                   TokenizerState::kPlaintext, TokenizerState::kCdataSection};
  std::size_t tokens = 0;
  for (int round = 0; round < 20000; ++round) {
    std::string s;
    for (int i = length(rng); i > 0; --i) s.push_back(kAlphabet[pick(rng)]);
    Tokenizer t(s);
    t.set_state(states[round % 6]);
    t.set_last_start_tag(round % 2 ? "script" : "title");
    t.set_cdata_allowed(round % 3 == 0);
    int guard = 0;
    for (;;) {
      const Token& tok = t.Next();
      if (tok.kind == TokenKind::kEndOfFile) break;
      ASSERT_LT(++guard, 100) << "no progress on input of " << s.size() << " bytes";
      // Touch every byte a token refers to.
      for (char c : tok.text) tokens += static_cast<unsigned char>(c) == 0xFF;
      for (const auto& a : tok.attributes) tokens += a.name.size() + a.value.size() > (1u << 30);
      ++tokens;
    }
  }
  EXPECT_GT(tokens, 20000u);
}

}  // namespace
}  // namespace klartext::html
