// LabelTextRegion on small hand-written captures, second part: where the
// article ends on pages with little prose, and what inside it is no text.
#include <gtest/gtest.h>

#include <string>

#include "blocks/make_blocks.h"
#include "extract/select_text.h"

namespace klartext::extract {
namespace {

using blocks::BlocksFromText;
using blocks::BlockStream;

Label LabelOf(const BlockStream& s, const Labels& labels, const std::string& start) {
  for (std::size_t i = 0; i < s.blocks.size(); ++i) {
    if (s.blocks[i].text.rfind(start, 0) == 0) return labels[i];
  }
  ADD_FAILURE() << "no block starts with " << start;
  return Label::kOutside;
}

TEST(LabelTextRegion, AShortPostEndsAtItsShareBarBeforeALongerSidebar) {
  const std::string capture =
      "Kurz notiert\n\n"
      "Heute war ich am See und habe dort den ersten Eisvogel des Jahres gesehen, er saß ganz ruhig auf "
      "einem Ast.\n\n"
      "Teilen Sie dies mit:\n\nTwitter\n\nFacebook\n\n"
      "Kategorien\n\nNatur\n\nReisen\n\n"
      "Über mich: Ich schreibe hier seit vielen Jahren über die Natur in meiner Stadt und über die Tiere, "
      "die man dort beobachten kann, wenn man nur früh genug aufsteht und geduldig ist.\n\n"
      "Dieses Blog ist ein privates Projekt und wird ohne Werbung betrieben, die Fotos und die Texte sind "
      "alle von mir selbst, und ich freue mich über jeden Besuch und jede freundliche Nachricht.\n\n"
      "Archiv\n\nOktober 2024\n";
  const BlockStream s = BlocksFromText(capture);
  const Labels labels = LabelTextRegion(s);
  EXPECT_EQ(LabelOf(s, labels, "Heute war ich"), Label::kContent);
  EXPECT_EQ(LabelOf(s, labels, "Über mich"), Label::kOutside);
  EXPECT_EQ(LabelOf(s, labels, "Dieses Blog"), Label::kOutside);
}

}  // namespace
}  // namespace klartext::extract
