// Hand-made cases for the own tree builder (html/tree_builder): the
// Document it produces, the tree the former Gumbo path gave on ordinary markup,
// and hostile input (deep nesting, formatting storms, binary, truncation).
#include "html/tree_builder/tree_builder.h"

#include <gtest/gtest.h>

#include <random>
#include <string>
#include <vector>

#include "html/parse.h"
#include "html/tree/tag_id.h"
#include "html/tree/tree.h"

namespace klartext::html {
namespace {

// Element names and texts in document order, one per line.
std::string Outline(const Document& doc) {
  std::string out;
  for (NodeId id = 1; id < doc.size(); ++id) {
    const Node& n = doc[id];
    out += std::string(n.depth, ' ');
    if (n.is_element()) {
      out += "<" + std::string(n.name) + ">";
    } else if (n.is_text()) {
      out += "\"" + std::string(n.text) + "\"";
    } else {
      out += "<!--" + std::string(n.text) + "-->";
    }
    out += "\n";
  }
  return out;
}

// Document invariants from dom.h: pre-order ids, consistent links.
void ExpectWellFormed(const Document& doc) {
  for (NodeId id = 1; id < doc.size(); ++id) {
    const Node& n = doc[id];
    ASSERT_LT(n.parent, id) << "parent after child at " << id;
    EXPECT_EQ(n.depth, doc[n.parent].depth + 1);
    if (n.next_sibling != kNoNode) {
      EXPECT_GE(n.next_sibling, doc.SubtreeEnd(id));
    }
    // ToDocument takes an HTML element's Tag from its TagId: it must be
    // the Tag its name has.
    if (n.is_element()) {
      EXPECT_EQ(n.tag, TagFromName(n.name)) << "element '" << n.name << "'";
    }
  }
}

TEST(TagId, EveryListedNameIsFoundAndNothingElse) {
  using tree::TagId;
#define KLARTEXT_EXPECT_TAG(id, name) EXPECT_EQ(tree::LookupTag(name), TagId::id) << name;
  KLARTEXT_TREE_TAGS(KLARTEXT_EXPECT_TAG)
#undef KLARTEXT_EXPECT_TAG
  for (const char* other : {"", "x", "divv", "DIV", "annotation-xml2", "h7", "tbodyy", "1", "\xC3\xA4"}) {
    EXPECT_EQ(tree::LookupTag(other), TagId::kUnknown) << other;
  }
#define KLARTEXT_EXPECT_NAME(id, name) EXPECT_EQ(tree::TagIdName(TagId::id), name);
  KLARTEXT_TREE_TAGS(KLARTEXT_EXPECT_NAME)
#undef KLARTEXT_EXPECT_NAME
  EXPECT_EQ(tree::TagIdName(TagId::kUnknown), "");
  EXPECT_EQ(tree::TagIdName(TagId::kCount), "");
}

TEST(TreeBuilder, BuildsTheDocumentInDocumentOrder) {
  const std::string html =
      "<!DOCTYPE html><title>T &amp; U</title><p class=x>One<b>bold<p>Two</b> three"
      "<table><tr><td>cell</table>after<!-- c --><template><i>t</i></template>";
  auto doc = ParseHtml(html);
  ASSERT_TRUE(doc.ok());
  ExpectWellFormed(*doc);
  EXPECT_EQ(Outline(*doc),
            " <html>\n  <head>\n   <title>\n    \"T & U\"\n  <body>\n   <p>\n    \"One\"\n    <b>\n"
            "     \"bold\"\n   <p>\n    <b>\n     \"Two\"\n    \" three\"\n   <table>\n    <tbody>\n     <tr>\n"
            "      <td>\n       \"cell\"\n   \"after\"\n   <!-- c -->\n   <template>\n    <i>\n     \"t\"\n");
  EXPECT_EQ(doc->Attr(doc->FindFirst(Tag::k_p), "class"), "x");
}

// The outline Gumbo, the production parser before this one, gave for this
// markup, so ParseHtml (now the own parser with its nesting filter) keeps it.
TEST(TreeBuilder, ParseHtmlKeepsTheTreeGumboBuiltForOrdinaryMarkup) {
  const std::string html =
      "<html><head><meta charset=utf-8><style>p{}</style></head><body>"
      "<div id=a><ul><li>one<li>two</ul><p>Para <a href='/x'>link</a><br>next"
      "<h2>Head</h2><table><caption>c</caption><tr><th>h<td>d</tr></table>"
      "<select><option>o1<option>o2</select><pre>\ncode</pre></div></body></html>";
  auto doc = ParseHtml(html);
  ASSERT_TRUE(doc.ok());
  ExpectWellFormed(*doc);
  EXPECT_EQ(Outline(*doc),
            " <html>\n  <head>\n   <meta>\n   <style>\n    \"p{}\"\n  <body>\n   <div>\n    <ul>\n"
            "     <li>\n      \"one\"\n     <li>\n      \"two\"\n    <p>\n     \"Para \"\n     <a>\n"
            "      \"link\"\n     <br>\n     \"next\"\n    <h2>\n     \"Head\"\n    <table>\n     <caption>\n"
            "      \"c\"\n     <tbody>\n      <tr>\n       <th>\n        \"h\"\n       <td>\n        \"d\"\n"
            "    <select>\n     <option>\n      \"o1\"\n     <option>\n      \"o2\"\n    <pre>\n     \"code\"\n");
}

TEST(TreeBuilder, CarriageReturnsAreNormalisedAndOwned) {
  // The tree points into a CR-free copy of the input that it must own.
  const tree::Tree t = BuildTree("<p>a\r\nb\rc</p>\r\n");
  EXPECT_EQ(tree::DumpForTests(t), "| <html>\n|   <head>\n|   <body>\n|     <p>\n|       \"a\nb\nc\"\n|     \"\n\"\n");
}

TEST(TreeBuilder, DeepNestingIsCappedAndFlattened) {
  std::string html;
  for (int i = 0; i < 100000; ++i) html += "<div>";
  html += "x";
  for (int i = 0; i < 50000; ++i) html += "<span><p>";
  auto doc = ParseHtml(html);
  ASSERT_TRUE(doc.ok());
  ExpectWellFormed(*doc);
  EXPECT_TRUE(doc->truncated());
  for (NodeId id = 0; id < doc->size(); ++id) EXPECT_LE((*doc)[id].depth, ParseLimits{}.max_depth + 1);

  // Text between flattened elements joins into one text node, all of it kept.
  std::string texts;
  for (int i = 0; i < 100000; ++i) texts += "<div>x";
  auto flat = ParseHtml(texts);
  ASSERT_TRUE(flat.ok());
  ExpectWellFormed(*flat);
  EXPECT_EQ(InnerText(*flat, Document::kRoot), std::string(100000, 'x'));
}

TEST(TreeBuilder, FormattingStormsStayBounded) {
  std::string html;
  for (int i = 0; i < 20000; ++i) html += "<b id=" + std::to_string(i) + "><i><a href=#>";
  for (int i = 0; i < 2000; ++i) html += "x</b>y</a>z<p>";
  // Beyond the depth cap formatting elements are forgotten, so text does
  // not re-create thousands of them each time.
  const tree::Tree t = BuildTree(html);
  EXPECT_FALSE(t.truncated());
  EXPECT_LT(t.size(), std::size_t{200000});
  // Below the cap, re-creation per text token is real (browsers do it too);
  // the node budget bounds it.
  std::string storm;
  for (int i = 0; i < 200; ++i) storm += "<p><b id=" + std::to_string(i) + ">";
  for (int i = 0; i < 100000; ++i) storm += "<div>x</div>";
  TreeBuilderOptions options;
  options.max_nodes = 1 << 20;
  const tree::Tree capped = BuildTree(storm, options);
  EXPECT_TRUE(capped.truncated());
  EXPECT_LE(capped.size(), options.max_nodes + 1024);
}

TEST(TreeBuilder, HugeAttributeListsStayLinear) {
  std::string attrs;
  for (int i = 0; i < 2000; ++i) attrs += " a" + std::to_string(i);
  std::string html;
  for (int i = 0; i < 200; ++i) html += "<html" + attrs + "><b" + attrs + ">x";
  const tree::Tree t = BuildTree(html);
  // Repeated <html> tags merge into the one root; nothing is duplicated.
  EXPECT_EQ(t.attributes(1).size(), 2000u);
  EXPECT_EQ(t[1].name, "html");
}

TEST(TreeBuilder, RandomMarkupSoupNeverBreaksTheDocument) {
  static constexpr const char* kPieces[] = {
      "<p>", "</p>", "<b>", "</b>", "<i>", "</i>", "<a href=x>", "</a>", "<table>", "</table>", "<tr>",
      "<td>", "</td>", "<select>", "<option>", "</select>", "<svg>", "</svg>", "<math><mi>", "<template>",
      "</template>", "<frameset>", "<script>", "</script>", "<!--", "-->", "<![CDATA[", "]]>", "text",
      " ", "&amp;", "\r\n", "<", "\"", "<html>", "<body>", "</body>", "<head>", "<title>", "<textarea>",
      "<plaintext>", "<li>", "<dd>", "<h1>", "</h2>", "<form>", "</form>", "<button>", "<nobr>", "<caption>",
      "<colgroup><col>", "<foreignObject>", "<desc>", "<font color=r>", "<br>", "</br>", "<image>", "\0",
      "<SECTION>", "<Time>", "<svg><a>", "<picture>", "<math><image>", "<MAIN>", "<isindex>"};
  std::mt19937 rng(42);
  std::uniform_int_distribution<std::size_t> pick(0, sizeof(kPieces) / sizeof(kPieces[0]) - 1);
  std::uniform_int_distribution<int> length(0, 40);
  for (int round = 0; round < 3000; ++round) {
    std::string html;
    for (int i = length(rng); i > 0; --i) html += kPieces[pick(rng)];
    if (round % 7 == 0 && !html.empty()) html.resize(html.size() / 2);  // truncated
    auto doc = ParseHtml(html);
    ASSERT_TRUE(doc.ok());
    ExpectWellFormed(*doc);
    if (HasFatalFailure()) {
      ADD_FAILURE() << "input: " << html;
      return;
    }
  }
}

TEST(TreeBuilder, BinaryAndEmptyInput) {
  std::string binary;
  for (int i = 0; i < 65536; ++i) binary.push_back(static_cast<char>((i * 2654435761u) >> 24));
  auto doc = ParseHtml(binary);
  ASSERT_TRUE(doc.ok());
  ExpectWellFormed(*doc);
  auto empty = ParseHtml(std::string());
  ASSERT_TRUE(empty.ok());
  EXPECT_EQ(Outline(*empty), " <html>\n  <head>\n  <body>\n");
}

}  // namespace
}  // namespace klartext::html
