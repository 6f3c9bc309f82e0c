// BlocksFromText on small hand-written captures.
#include <gtest/gtest.h>

#include <string>

#include "blocks/make_blocks.h"

namespace klartext::blocks {
namespace {

TEST(FromText, EmptyInputHasNoBlocks) {
  EXPECT_TRUE(BlocksFromText("").blocks.empty());
  EXPECT_TRUE(BlocksFromText("\n\n   \n\t\n").blocks.empty());
}

TEST(FromText, BlankLinesSeparateBlocks) {
  const BlockStream s = BlocksFromText("Erster Absatz mit Text.\n\nZweiter Absatz mit Text.\n");
  ASSERT_EQ(s.blocks.size(), 2u);
  EXPECT_EQ(s.blocks[0].text, "Erster Absatz mit Text.");
  EXPECT_EQ(s.blocks[1].text, "Zweiter Absatz mit Text.");
  EXPECT_EQ(s.blocks[1].line, 3u);
  EXPECT_FALSE(s.from_html);
}

TEST(FromText, WrappedLinesAreJoined) {
  // Wrapped at 44 columns: a line stops where the next word would not
  // fit. "Kurz." would have fitted after the second line, so it starts a
  // new block.
  const std::string capture =
      "Der Stadtrat hat am Montag beschlossen, dass\n"  // 44 columns
      "die Brücke im Frühjahr saniert wird.\n"
      "Kurz.\n";
  const BlockStream s = BlocksFromText(capture);
  ASSERT_EQ(s.blocks.size(), 2u);
  EXPECT_EQ(s.blocks[0].text, "Der Stadtrat hat am Montag beschlossen, dass die Brücke im Frühjahr saniert wird.");
  EXPECT_EQ(s.blocks[1].text, "Kurz.");
}

TEST(FromText, TextWrappedInANarrowColumnIsJoined) {
  // A table layout: one row runs far past the page's width, so the page
  // looks unwrapped, but the article sits in a column 44 wide.
  const std::string capture =
      "Startseite Politik Wirtschaft Sport Kultur Wetter Region Video Podcast Newsletter Abo Kontakt "
      "Impressum Datenschutz AGB Jobs Shop Archiv Suche\n\n"
      "Der Stadtrat hat am Montag beschlossen, dass\n"
      "die alte Brücke über den Fluss im Frühjahr\n"
      "saniert wird. Die Arbeiten sollen drei Monate\n"
      "dauern.\n\n"
      "Neue Kita im Stadtteil Nord eröffnet heute\n"
      "Stadtfest abgesagt\n"
      "Brücke über den Fluss wird im Frühjahr gesperrt\n"
      "Neue Buslinie\n";
  const BlockStream s = BlocksFromText(capture);
  ASSERT_GE(s.blocks.size(), 2u);
  EXPECT_EQ(s.blocks[1].text,
            "Der Stadtrat hat am Montag beschlossen, dass die alte Brücke über den Fluss im Frühjahr saniert wird. "
            "Die Arbeiten sollen drei Monate dauern.");
  // Headlines of uneven length are a list, not a wrapped paragraph.
  ASSERT_EQ(s.blocks.size(), 6u);
  EXPECT_EQ(s.blocks[3].text, "Stadtfest abgesagt");
}

TEST(FromText, BulletsBecomeListItems) {
  const BlockStream s = BlocksFromText("  • Erster Punkt\n  □ Zweite Ebene\n  ☆ Dritte Ebene\n  1. Nummer eins\n");
  ASSERT_EQ(s.blocks.size(), 4u);
  for (const Block& b : s.blocks) EXPECT_EQ(b.kind, Kind::kListItem) << b.text;
  EXPECT_EQ(s.blocks[0].text, "Erster Punkt");
  EXPECT_EQ(s.blocks[1].text, "Zweite Ebene");
  EXPECT_TRUE(s.blocks[3].ordered);
}

TEST(FromText, ANumberAtTheMarginIsKeptInTheText) {
  // w3m indents the items of <ol>; "1. …" at the margin is the page's own
  // numbered subhead, and the number is part of its text.
  const BlockStream s = BlocksFromText(" 1. Erster Punkt\n\n1. Den richtigen Topf wählen\n");
  ASSERT_EQ(s.blocks.size(), 2u);
  EXPECT_EQ(s.blocks[0].text, "Erster Punkt");
  EXPECT_TRUE(s.blocks[0].ordered);
  EXPECT_EQ(s.blocks[1].text, "1. Den richtigen Topf wählen");
  EXPECT_FALSE(s.blocks[1].ordered);
}

TEST(FromText, ADateIsNotAnOrderedItem) {
  const BlockStream s = BlocksFromText("4. April 2025\n");
  ASSERT_EQ(s.blocks.size(), 1u);
  EXPECT_EQ(s.blocks[0].kind, Kind::kParagraph);
}

TEST(FromText, RuleLinesSeparateAndAreNoText) {
  const BlockStream s = BlocksFromText("Oben steht etwas.\n━━━━━━━━━━━━━━━━━━━━\nUnten steht etwas.\n-----\n");
  ASSERT_EQ(s.blocks.size(), 2u);
  EXPECT_EQ(s.blocks[0].text, "Oben steht etwas.");
  EXPECT_EQ(s.blocks[1].text, "Unten steht etwas.");
}

TEST(FromText, DrawnTableFramesAreRules) {
  const BlockStream s = BlocksFromText("┌────┬────┐\n│Zylinder│4   │\n├────┼────┤\n│Hubraum │1598│\n└────┴────┘\n");
  ASSERT_EQ(s.blocks.size(), 2u);
  EXPECT_EQ(s.blocks[0].text, "│Zylinder│4 │");
  EXPECT_EQ(s.blocks[1].text, "│Hubraum │1598│");
}

TEST(FromText, ARuleDoesNotSetTheWrapWidth) {
  // The rule is wider than any text line; wrapping is still read at the
  // text's own width (40), so the first two lines join.
  const std::string capture =
      "━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━\n"
      "Der Rat hat am Montag beschlossen, dass\n"
      "die Brücke im Frühjahr saniert wird, und\n"
      "zwar bald.\n";
  const BlockStream s = BlocksFromText(capture);
  ASSERT_EQ(s.blocks.size(), 1u);
  EXPECT_EQ(s.blocks[0].text,
            "Der Rat hat am Montag beschlossen, dass die Brücke im Frühjahr saniert wird, und zwar bald.");
}

TEST(FromText, AnOverlongLineDoesNotSetTheWrapWidth) {
  // A hundred lines wrapped at 44 columns and one unbreakable URL of 80:
  // the URL is the longest line, but the paragraphs still join.
  std::string capture = "https://example.org/a/very/long/path/that/does/not/break/anywhere/at/all/x\n\n";
  for (int i = 0; i < 50; ++i) {
    capture += "Der Stadtrat hat am Montag beschlossen, dass\n";  // 44 columns
    capture += "die Brücke im Frühjahr saniert wird.\n\n";
  }
  const BlockStream s = BlocksFromText(capture);
  ASSERT_EQ(s.blocks.size(), 51u);
  EXPECT_EQ(s.blocks[1].text, "Der Stadtrat hat am Montag beschlossen, dass die Brücke im Frühjahr saniert wird.");
}

TEST(FromText, ShortLineBetweenBlankLinesBeforeTextIsASubhead) {
  const std::string capture =
      "Erster Absatz, der lang genug ist, um als Text zu gelten, und mit einem Punkt endet.\n"
      "\n"
      "Neue Pläne für die Brücke\n"
      "\n"
      "Zweiter Absatz, der ebenfalls lang genug ist, um als Fließtext zu gelten, mit Punkt.\n";
  const BlockStream s = BlocksFromText(capture);
  ASSERT_EQ(s.blocks.size(), 3u);
  EXPECT_EQ(s.blocks[1].kind, Kind::kHeading);
  EXPECT_EQ(s.blocks[0].kind, Kind::kParagraph);
  EXPECT_EQ(s.blocks[2].kind, Kind::kParagraph);
}

TEST(FromText, BadInputDoesNotCrash) {
  std::string junk;
  for (int i = 0; i < 4096; ++i) junk += static_cast<char>((i * 37) & 0xFF);
  const BlockStream s = BlocksFromText(junk);
  for (const Block& b : s.blocks) EXPECT_FALSE(b.text.empty());
  const std::string lone_bullets = "•\n• \n□\n1.\n12)\n[ ]\n";
  EXPECT_NO_FATAL_FAILURE(BlocksFromText(lone_bullets));
  const std::string long_line(100000, 'x');
  ASSERT_EQ(BlocksFromText(long_line).blocks.size(), 1u);
}

}  // namespace
}  // namespace klartext::blocks
