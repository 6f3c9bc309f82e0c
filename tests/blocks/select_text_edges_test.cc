// LabelTextRegion on small hand-written captures, second part: where the
// article ends on pages with little prose, and what inside it is no text.
#include <gtest/gtest.h>

#include <string>

#include "blocks/make_blocks.h"
#include "extract/select_text.h"
#include "blocks/text_region_util.h"

namespace klartext::extract {
namespace {

using blocks::BlocksFromText;
using blocks::BlockStream;

using testing::LabelOf;

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

TEST(LabelTextRegion, IngredientsAboveANutritionTableJoinTheMethod) {
  std::string capture = "Rezepte\n\nKuchen\n\nTorten\n\nMuffins\n\nZutaten\n\n";
  for (const char* line : {"125 g Mehl", "65 g Zucker", "1 Ei", "1 TL Backpulver", "500 ml Milch"}) {
    capture += std::string(line) + "\n\n";
  }
  // The nutrition table: labels and amounts, fewer amounts than labels.
  for (const char* line : {"Nährwerte pro Portion", "kcal", "450", "Eiweiß", "8 g", "Fett", "12 g", "Zucker", "30 g"}) {
    capture += std::string(line) + "\n\n";
  }
  capture +=
      "Zubereitung\n\n"
      "Das Mehl mit dem Zucker und dem Backpulver mischen, dann das Ei und die Milch dazugeben und alles zu "
      "einem glatten Teig verrühren.\n\n"
      "Den Teig in die Form füllen und bei 180 Grad etwa dreißig Minuten backen, bis er goldbraun ist.\n";
  const BlockStream s = BlocksFromText(capture);
  const Labels labels = LabelTextRegion(s);
  EXPECT_EQ(LabelOf(s, labels, "Das Mehl mit"), Label::kContent);
  EXPECT_EQ(LabelOf(s, labels, "125 g Mehl"), Label::kContent);
  EXPECT_EQ(LabelOf(s, labels, "500 ml Milch"), Label::kContent);
  EXPECT_EQ(LabelOf(s, labels, "Rezepte"), Label::kOutside);
}

TEST(LabelTextRegion, TheLeadAboveALongCarouselJoinsTheBody) {
  // Paragraph n of an article: about 190 characters of prose.
  auto paragraph = [](int n) {
    return "Im Abschnitt " + std::to_string(n) +
           " beschreibt der Bericht, wie die Stadt die alte Brücke über den Fluss saniert und wie lange "
           "der Verkehr dafür über die Umleitung im Norden geführt werden muss.\n\n";
  };
  std::string capture = "Startseite\nPolitik\nSport\n\n";
  for (int n = 0; n < 4; ++n) capture += paragraph(n);
  capture += "Top Stellenangebote\n\n";
  // A carousel of job ads: logo, firm, title, place, each different.
  for (int i = 0; i < 15; ++i) {
    const std::string n = std::to_string(i);
    capture += "[logo" + n + "]\n\nFirma " + n + " GmbH\n\nIngenieur Statik " + n + "\n\nOrt " + n + "\n\n";
  }
  for (int n = 4; n < 16; ++n) capture += paragraph(n);
  capture += "Impressum\nDatenschutz\n";
  const BlockStream s = BlocksFromText(capture);
  const Labels labels = LabelTextRegion(s);
  EXPECT_EQ(LabelOf(s, labels, "Im Abschnitt 0 "), Label::kContent);
  EXPECT_EQ(LabelOf(s, labels, "Im Abschnitt 4 "), Label::kContent);
  EXPECT_NE(LabelOf(s, labels, "Ingenieur Statik 3"), Label::kContent);
  EXPECT_EQ(LabelOf(s, labels, "Startseite"), Label::kOutside);
}

TEST(LabelTextRegion, ACaptionPrintedTwiceInsideTheArticleIsNotText) {
  const std::string caption =
      "Die alte Brücke am Montagmorgen, kurz bevor die Bauarbeiter mit der Sanierung der Stahlträger "
      "begonnen haben.\n\n";
  const std::string capture =
      "Der Stadtrat hat am Montag beschlossen, dass die alte Brücke über den Fluss im Frühjahr saniert wird. "
      "Die Arbeiten sollen drei Monate dauern.\n\n" +
      caption + caption +
      "Während der Bauzeit wird der Verkehr über die Umleitung im Norden geführt, sagte die Bürgermeisterin. "
      "Für Fußgänger gibt es eine Behelfsbrücke.\n\n"
      "Die Kosten liegen nach Angaben der Stadt bei rund zwei Millionen Euro, die zum Teil das Land trägt.\n";
  const BlockStream s = BlocksFromText(capture);
  const Labels labels = LabelTextRegion(s);
  EXPECT_EQ(LabelOf(s, labels, "Der Stadtrat"), Label::kContent);
  EXPECT_EQ(LabelOf(s, labels, "Die Kosten"), Label::kContent);
  EXPECT_EQ(labels[1], Label::kBoilerplate);
  EXPECT_EQ(labels[2], Label::kBoilerplate);
}

}  // namespace
}  // namespace klartext::extract
