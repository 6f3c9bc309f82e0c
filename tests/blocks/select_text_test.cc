// LabelTextRegion on small hand-written captures: the article region is
// the densest run of prose, with menus, teasers and banners left out.
#include "extract/select_text.h"

#include <gtest/gtest.h>

#include <string>

#include "blocks/make_blocks.h"
#include "blocks/text_region_util.h"

namespace klartext::extract {
namespace {

using blocks::BlocksFromText;
using blocks::BlockStream;

using testing::LabelOf;

// Each paragraph is one line: a browser copy, not wrapped.
const char kNewsPage[] =
    "Startseite\n"
    "Politik\n"
    "Wirtschaft\n"
    "Sport\n"
    "Home | Regional | Kultur | Kontakt\n"
    "[Suchen]\n"
    "\n"
    "Brücke wird im Frühjahr saniert\n"
    "\n"
    "Der Stadtrat hat am Montag beschlossen, dass die alte Brücke über den Fluss im Frühjahr saniert wird. "
    "Die Arbeiten sollen drei Monate dauern.\n"
    "\n"
    "Während der Bauzeit wird der Verkehr über die Umleitung im Norden geführt, sagte die Bürgermeisterin. "
    "Für Fußgänger gibt es eine Behelfsbrücke.\n"
    "\n"
    "Die Kosten liegen nach Angaben der Stadt bei rund zwei Millionen Euro, die zum Teil das Land trägt.\n"
    "\n"
    "Vorheriger Beitrag\n"
    "\n"
    "Das Wetter am Wochenende\n"
    "Neue Kita eröffnet\n"
    "Stadtfest abgesagt\n"
    "\n"
    "Wir verwenden Cookies, um Ihnen das beste Nutzererlebnis zu bieten. Wenn Sie die Seite weiter nutzen, "
    "stimmen Sie der Verwendung von Cookies zu und akzeptieren unsere Datenschutzerklärung.\n"
    "\n"
    "Impressum\n"
    "Datenschutz\n";

TEST(LabelTextRegion, KeepsTheArticleAndDropsTheFrame) {
  const BlockStream s = BlocksFromText(kNewsPage);
  const Labels labels = LabelTextRegion(s);
  ASSERT_EQ(labels.size(), s.blocks.size());
  EXPECT_EQ(LabelOf(s, labels, "Der Stadtrat"), Label::kContent);
  EXPECT_EQ(LabelOf(s, labels, "Während der Bauzeit"), Label::kContent);
  EXPECT_EQ(LabelOf(s, labels, "Die Kosten"), Label::kContent);
  EXPECT_EQ(LabelOf(s, labels, "Startseite"), Label::kOutside);
  EXPECT_EQ(LabelOf(s, labels, "Home | Regional"), Label::kOutside);
  // The headline stays outside: roles take it as the title from there.
  EXPECT_EQ(LabelOf(s, labels, "Brücke wird"), Label::kOutside);
  EXPECT_EQ(LabelOf(s, labels, "Vorheriger Beitrag"), Label::kOutside);
  EXPECT_EQ(LabelOf(s, labels, "Neue Kita"), Label::kOutside);
  EXPECT_EQ(LabelOf(s, labels, "Wir verwenden Cookies"), Label::kOutside);
  EXPECT_EQ(LabelOf(s, labels, "Impressum"), Label::kOutside);
}

TEST(LabelTextRegion, SubheadsAndShortListsInsideTheArticleStay) {
  const char capture[] =
      "Menü\n"
      "\n"
      "Der Stadtrat hat am Montag beschlossen, dass die alte Brücke über den Fluss im Frühjahr saniert wird. "
      "Die Arbeiten sollen drei Monate dauern.\n"
      "\n"
      "Was sich ändert\n"
      "\n"
      "Während der Bauzeit wird der Verkehr über die Umleitung im Norden geführt, sagte die Bürgermeisterin. "
      "Für Fußgänger gibt es eine Behelfsbrücke.\n"
      "\n"
      "  • Die Buslinie 5 fährt über den Nordring.\n"
      "  • Der Markt zieht auf den Kirchplatz.\n"
      "\n"
      "Die Kosten liegen nach Angaben der Stadt bei rund zwei Millionen Euro, die zum Teil das Land trägt.\n";
  const BlockStream s = BlocksFromText(capture);
  const Labels labels = LabelTextRegion(s);
  EXPECT_EQ(LabelOf(s, labels, "Was sich ändert"), Label::kContent);
  EXPECT_EQ(LabelOf(s, labels, "Die Buslinie 5"), Label::kContent);
  EXPECT_EQ(LabelOf(s, labels, "Der Markt"), Label::kContent);
  EXPECT_EQ(LabelOf(s, labels, "Die Kosten"), Label::kContent);
  EXPECT_EQ(LabelOf(s, labels, "Menü"), Label::kOutside);
}

TEST(LabelTextRegion, AGalleryInsideTheArticleDoesNotSplitIt) {
  // Twelve copies of a line cost as much as one: less than the paragraph
  // after them brings.
  std::string capture =
      "Der Stadtrat hat am Montag beschlossen, dass die alte Brücke über den Fluss im Frühjahr saniert wird. "
      "Die Arbeiten sollen drei Monate dauern. Zuvor hatte ein Gutachten gezeigt, dass die Stahlträger an "
      "mehreren Stellen rosten und der Belag erneuert werden muss.\n\n";
  for (int i = 0; i < 12; ++i) capture += "Bild der Brücke\n";  // the alt text of each gallery picture
  capture +=
      "\nWährend der Bauzeit wird der Verkehr über die Umleitung im Norden geführt, sagte die Bürgermeisterin. "
      "Für Fußgänger gibt es eine Behelfsbrücke, die neben der alten Brücke steht. Radfahrer müssen dort "
      "absteigen und schieben, weil der Steg nur zwei Meter breit ist.\n";
  const BlockStream s = BlocksFromText(capture);
  const Labels labels = LabelTextRegion(s);
  EXPECT_EQ(LabelOf(s, labels, "Der Stadtrat"), Label::kContent);
  EXPECT_EQ(LabelOf(s, labels, "Während der Bauzeit"), Label::kContent);
  // The repeated line itself is no article text.
  EXPECT_EQ(LabelOf(s, labels, "Bild der Brücke"), Label::kBoilerplate);
}

TEST(LabelTextRegion, FormControlsInsideTheRegionAreBoilerplate) {
  const char capture[] =
      "Der Stadtrat hat am Montag beschlossen, dass die alte Brücke über den Fluss im Frühjahr saniert wird. "
      "Die Arbeiten sollen drei Monate dauern.\n"
      "\n"
      "[ ]\n"
      "\n"
      "Während der Bauzeit wird der Verkehr über die Umleitung im Norden geführt, sagte die Bürgermeisterin. "
      "Für Fußgänger gibt es eine Behelfsbrücke.\n";
  const BlockStream s = BlocksFromText(capture);
  const Labels labels = LabelTextRegion(s);
  EXPECT_EQ(LabelOf(s, labels, "[ ]"), Label::kBoilerplate);
  EXPECT_EQ(LabelOf(s, labels, "Während der Bauzeit"), Label::kContent);
}

TEST(LabelTextRegion, CommentsAfterTheArticleStayOutEvenWhenLonger) {
  std::string capture =
      "Der Stadtrat hat am Montag beschlossen, dass die alte Brücke über den Fluss im Frühjahr saniert wird. "
      "Die Arbeiten sollen drei Monate dauern.\n\n"
      "Während der Bauzeit wird der Verkehr über die Umleitung im Norden geführt, sagte die Bürgermeisterin. "
      "Für Fußgänger gibt es eine Behelfsbrücke.\n\n"
      "Die Kosten liegen nach Angaben der Stadt bei rund zwei Millionen Euro, die zum Teil das Land trägt.\n\n"
      "4 Kommentare zu „Brücke wird im Frühjahr saniert“\n\n";
  for (int i = 0; i < 4; ++i) {
    capture += "leser" + std::to_string(i) + " sagt: 19. November 2024 um 06:34\n\n";
    capture +=
        "Das wurde aber auch Zeit, die Brücke ist seit Jahren in einem schlechten Zustand und jeder im Ort "
        "weiß das. Hoffentlich wird es diesmal nicht wieder teurer als geplant, wie beim Rathaus und bei der "
        "Schule, wo die Kosten sich am Ende verdoppelt haben.\n\n";
  }
  const BlockStream s = BlocksFromText(capture);
  const Labels labels = LabelTextRegion(s);
  EXPECT_EQ(LabelOf(s, labels, "Der Stadtrat"), Label::kContent);
  EXPECT_EQ(LabelOf(s, labels, "Die Kosten"), Label::kContent);
  EXPECT_EQ(LabelOf(s, labels, "4 Kommentare"), Label::kOutside);
  EXPECT_EQ(LabelOf(s, labels, "leser0 sagt"), Label::kOutside);
  EXPECT_EQ(LabelOf(s, labels, "Das wurde aber"), Label::kOutside);
}

TEST(LabelTextRegion, ATeaserListLosesToTheArticleEvenWhenLonger) {
  // Five headline/summary pairs hold more prose than the article; the
  // alternation tells them apart.
  const char* const kPlaces[] = {"Nord", "Süd", "Ost", "West", "Mitte"};
  std::string capture;
  for (const char* place : kPlaces) {
    capture += std::string("Neue Kita im Stadtteil ") + place + " eröffnet\n\n";
    capture += std::string("Im Stadtteil ") + place +
               " hat am Freitag eine neue Kita mit vier Gruppen eröffnet, die von einem freien Träger geführt "
               "wird. Die Stadt hat den Bau mit zwei Millionen Euro gefördert, und die Eltern hatten lange auf "
               "die Plätze gewartet, wie die Leiterin bei der Feier sagte.\n\n";
  }
  capture += "Politik | Sport | Kultur | Wetter\n\nRegion | Land | Welt | Video\n\nImpressum | Kontakt | AGB\n\n";
  for (const char* start : {"Der Stadtrat", "Während der Bauzeit", "Die Kosten"}) {
    capture += std::string(start) +
               " hat nach langer Debatte am Montag beschlossen, dass die alte Brücke über den Fluss im Frühjahr "
               "saniert wird. Die Arbeiten sollen drei Monate dauern, sagte die Bürgermeisterin, und für "
               "Fußgänger gibt es eine Behelfsbrücke.\n\n";
  }
  const BlockStream s = BlocksFromText(capture);
  const Labels labels = LabelTextRegion(s);
  EXPECT_EQ(LabelOf(s, labels, "Der Stadtrat"), Label::kContent);
  EXPECT_EQ(LabelOf(s, labels, "Die Kosten"), Label::kContent);
  EXPECT_EQ(LabelOf(s, labels, "Im Stadtteil Nord"), Label::kOutside);
  EXPECT_EQ(LabelOf(s, labels, "Im Stadtteil Mitte"), Label::kOutside);
}

// Three paragraphs of an article, one per line.
const char kBridgeArticle[] =
    "Der Stadtrat hat am Montag beschlossen, dass die alte Brücke über den Fluss im Frühjahr saniert wird. "
    "Die Arbeiten sollen drei Monate dauern.\n\n"
    "Während der Bauzeit wird der Verkehr über die Umleitung im Norden geführt, sagte die Bürgermeisterin. "
    "Für Fußgänger gibt es eine Behelfsbrücke.\n\n"
    "Die Kosten liegen nach Angaben der Stadt bei rund zwei Millionen Euro, die zum Teil das Land trägt.\n\n";

TEST(LabelTextRegion, APagePrintedTwiceKeepsItsFirstCopy) {
  // Some pages print the article twice (a print or app version under the
  // screen version). The copies must not cancel the article out, or a
  // shorter blurb elsewhere wins.
  std::string capture =
      "Über uns: Der Verein gibt seit vielen Jahren die Zeitung für den Ort heraus, und jeder kann mitmachen.\n\n"
      "Politik\nSport\nKultur\nWetter\nRegion\nVideo\n\n";
  capture += kBridgeArticle;
  capture += "Impressum\nKontakt\nDatenschutz\nAGB\nJobs\nAbo\n\n";
  capture += kBridgeArticle;
  const BlockStream s = BlocksFromText(capture);
  const Labels labels = LabelTextRegion(s);
  std::size_t first_copy = s.blocks.size();
  for (std::size_t i = 0; i < s.blocks.size(); ++i) {
    if (s.blocks[i].text.rfind("Der Stadtrat", 0) == 0 && first_copy == s.blocks.size()) first_copy = i;
  }
  ASSERT_LT(first_copy, s.blocks.size());
  EXPECT_EQ(labels[first_copy], Label::kContent);
  EXPECT_EQ(labels[first_copy + 1], Label::kContent);
  EXPECT_EQ(LabelOf(s, labels, "Über uns"), Label::kOutside);
  EXPECT_EQ(LabelOf(s, labels, "Politik"), Label::kOutside);
}

TEST(LabelTextRegion, OfCopiesTheLongestIsTheParagraph) {
  // A teaser above the article repeats the start of a paragraph; the
  // paragraph itself, longer, is the text.
  std::string capture =
      "Der Stadtrat hat am Montag beschlossen, dass die alte Brücke über den Fluss saniert wird.\n\n"
      "Politik\nSport\nKultur\nWetter\nRegion\nVideo\nImpressum\n\n"
      "Während der Bauzeit wird der Verkehr über die Umleitung im Norden geführt, sagte die Bürgermeisterin. "
      "Für Fußgänger gibt es eine Behelfsbrücke.\n\n"
      "Der Stadtrat hat am Montag beschlossen, dass die alte Brücke über den Fluss saniert wird. Die Arbeiten "
      "sollen drei Monate dauern und rund zwei Millionen Euro kosten, die zum Teil das Land trägt.\n";
  const BlockStream s = BlocksFromText(capture);
  const Labels labels = LabelTextRegion(s);
  ASSERT_EQ(s.blocks.size(), 10u);
  EXPECT_EQ(labels[9], Label::kContent);
  EXPECT_EQ(LabelOf(s, labels, "Während der Bauzeit"), Label::kContent);
  EXPECT_NE(labels[0], Label::kContent);
}

TEST(LabelTextRegion, ACaptionPrintedTwiceInARowEarnsNothing) {
  // An image's alt text and its caption, one after the other: neither copy
  // is article text, so a caption block alone does not outweigh a short
  // article elsewhere.
  const std::string caption =
      "Die alte Brücke über den Fluss am Montagmorgen, kurz bevor die Bauarbeiter mit der Sanierung der "
      "Stahlträger und des Belags begonnen haben, die im Frühjahr fertig sein soll.\n\n";
  std::string capture = caption + caption + caption + caption +
                        "Politik\nSport\nKultur\nWetter\nRegion\nVideo\nImpressum\n\n"
                        "Die Kosten liegen nach Angaben der Stadt bei rund zwei Millionen Euro, die zum Teil das "
                        "Land trägt.\n";
  const BlockStream s = BlocksFromText(capture);
  const Labels labels = LabelTextRegion(s);
  EXPECT_EQ(LabelOf(s, labels, "Die Kosten"), Label::kContent);
  EXPECT_NE(labels[0], Label::kContent);
}

TEST(LabelTextRegion, HeadlinesGluedToTheirSummariesAreTeasers) {
  // A renderer printed each teaser card's headline and summary as one line,
  // under the card's picture. Four such cards above a shorter article
  // would outweigh it as prose.
  std::string capture = "Menu\nNews\nSports\nWeather\n\n";
  for (const char* place : {"North", "South", "East", "West"}) {
    capture += std::string("[image]\n\nNew Bus Line Opens In The ") + place +
               "The city opened a new bus line on Friday that connects the district with the centre, and "
               "residents who had waited for years welcomed the first buses at the terminal.\n\n";
  }
  capture +=
      "Bridge Closed For Repairs\n\n"
      "The council decided on Monday that the old bridge over the river will be repaired in spring. The "
      "works are to take three months, the mayor said, and a ferry will carry pedestrians meanwhile.\n\n"
      "About us | Contact | Imprint\n";
  const BlockStream s = BlocksFromText(capture);
  const Labels labels = LabelTextRegion(s);
  EXPECT_EQ(LabelOf(s, labels, "The council decided"), Label::kContent);
  EXPECT_NE(LabelOf(s, labels, "New Bus Line Opens In The North"), Label::kContent);
  EXPECT_NE(LabelOf(s, labels, "New Bus Line Opens In The West"), Label::kContent);

  // Switched off, the glued teasers win as prose.
  RuleFamilySet off;
  off.Add(RuleFamily::kTextGluedTeasers);
  const Labels without = LabelTextRegion(s, off);
  EXPECT_EQ(LabelOf(s, without, "New Bus Line Opens In The West"), Label::kContent);
}

TEST(LabelTextRegion, ASpeakerRepeatedInAnInterviewMarksNoTeasers) {
  // "Name:" before each answer repeats like a read-on link, but introduces
  // what follows.
  std::string capture = "Menü\nSuche\nKontakt\nImpressum\n\n";
  for (const char* when : {"Montag", "Dienstag", "Mittwoch", "Donnerstag"}) {
    capture += std::string("Anna:\n\nAm ") + when +
               " schreibe ich meistens am Abend, wenn die Kinder schlafen und es im Haus endlich ruhig ist. Dann "
               "habe ich Zeit für die Geschichten, die mir tagsüber einfallen.\n\n";
  }
  capture += "Impressum | Kontakt | AGB\n";
  const BlockStream s = BlocksFromText(capture);
  const Labels labels = LabelTextRegion(s);
  std::size_t answers = 0;
  for (std::size_t i = 0; i < s.blocks.size(); ++i) {
    if (s.blocks[i].text.rfind("Am ", 0) == 0 && labels[i] == Label::kContent) ++answers;
  }
  EXPECT_EQ(answers, 4u);
}

TEST(LabelTextRegion, AListIntroducedByAColonBelongsToTheText) {
  // Short items without function words cost like menu entries; after
  // "…:" they are the article's list, and the closing line after them
  // stays too.
  std::string capture = "Startseite\nPolitik\nSport\n\n";
  capture += kBridgeArticle;
  capture +=
      "In ihrem neuen Buch beschreibt die Autorin die wichtigsten Regeln für den Garten in sieben Punkten:\n\n"
      " 1. Boden lockern\n 2. Kompost ausbringen\n 3. Rasen vertikutieren\n 4. Beete mulchen\n"
      " 5. Hecken schneiden\n 6. Obstbäume veredeln\n 7. Regenwasser sammeln\n\n"
      "Das Buch ist im Frühjahr erschienen und kostet im Handel rund zwanzig Euro.\n\n"
      "Impressum\nKontakt\nDatenschutz\n";
  const BlockStream s = BlocksFromText(capture);
  const Labels labels = LabelTextRegion(s);
  EXPECT_EQ(LabelOf(s, labels, "In ihrem neuen Buch"), Label::kContent);
  EXPECT_EQ(LabelOf(s, labels, "Boden lockern"), Label::kContent);
  EXPECT_EQ(LabelOf(s, labels, "Regenwasser sammeln"), Label::kContent);
  EXPECT_EQ(LabelOf(s, labels, "Das Buch ist"), Label::kContent);
  EXPECT_EQ(LabelOf(s, labels, "Impressum"), Label::kOutside);
}

TEST(LabelTextRegion, TheStandfirstUnderTheHeadlineJoinsTheText) {
  std::string capture =
      "Startseite\nPolitik\nSport\n\n"
      "Brücke wird im Frühjahr saniert\n\n"
      "Drei Monate Umleitung für Autofahrer und eine Behelfsbrücke für die Fußgänger in der Stadt\n\n";
  capture += kBridgeArticle;
  const BlockStream s = BlocksFromText(capture);
  const Labels labels = LabelTextRegion(s);
  EXPECT_EQ(LabelOf(s, labels, "Drei Monate Umleitung"), Label::kContent);
  EXPECT_EQ(LabelOf(s, labels, "Der Stadtrat"), Label::kContent);
  EXPECT_EQ(LabelOf(s, labels, "Brücke wird"), Label::kOutside);
}

TEST(LabelTextRegion, TheLeadAboveAShareBarJoinsTheBody) {
  // Seven buttons between the lead and the body cost no more than a few.
  std::string capture =
      "Startseite\nPolitik\nSport\n\n"
      "Die Stadt saniert im Frühjahr die alte Brücke über den Fluss, und für drei Monate gilt eine Umleitung. "
      "Autofahrer müssen mit längeren Wegen rechnen, Fußgänger bekommen einen Steg.\n\n";
  for (const char* button : {"Teilen", "Facebook", "Twitter", "WhatsApp", "E-Mail", "Drucken", "Merken"}) {
    capture += std::string(button) + "\n" + button + "\n";  // each button twice: a share bar above and below
  }
  capture += "\n";
  capture += kBridgeArticle;
  const BlockStream s = BlocksFromText(capture);
  const Labels labels = LabelTextRegion(s);
  EXPECT_EQ(LabelOf(s, labels, "Die Stadt saniert"), Label::kContent);
  EXPECT_EQ(LabelOf(s, labels, "Der Stadtrat"), Label::kContent);
  EXPECT_NE(LabelOf(s, labels, "Facebook"), Label::kContent);
  EXPECT_EQ(LabelOf(s, labels, "Startseite"), Label::kOutside);
}

TEST(LabelTextRegion, TheLeadAboveAMostReadBoxJoinsTheBody) {
  // Between the lead and the body: a box of repeated headlines with their
  // times. Its junk lines cost at most a share bar's, its times still cost.
  std::string capture =
      "Startseite\nPolitik\nSport\n\n"
      "Die Stadt saniert im Frühjahr die alte Brücke über den Fluss, und für drei Monate gilt eine Umleitung. "
      "Autofahrer müssen mit längeren Wegen rechnen, Fußgänger bekommen einen Steg, und die Busse fahren "
      "über den Nordring.\n\n";
  int hour = 7;
  for (const char* item : {"Neue Kita eröffnet", "Stadtfest abgesagt", "Markt zieht um"}) {
    capture += std::string(item) + "\n\n0" + std::to_string(hour++) + ":15\n\n" + item + "\n\n";
  }
  capture += kBridgeArticle;
  capture += "Neue Kita eröffnet\nStadtfest abgesagt\nMarkt zieht um\n";  // the box again in the footer
  const BlockStream s = BlocksFromText(capture);
  const Labels labels = LabelTextRegion(s);
  EXPECT_EQ(LabelOf(s, labels, "Die Stadt saniert"), Label::kContent);
  EXPECT_EQ(LabelOf(s, labels, "Der Stadtrat"), Label::kContent);
  EXPECT_EQ(LabelOf(s, labels, "Startseite"), Label::kOutside);
}

TEST(LabelTextRegion, ACommentsLinkInTheShareBarIsNoWallBeforeTheBody) {
  std::string capture =
      "Startseite\nPolitik\nSport\n\n"
      "Die Stadt saniert im Frühjahr die alte Brücke über den Fluss, und für drei Monate gilt eine Umleitung. "
      "Autofahrer müssen mit längeren Wegen rechnen, Fußgänger bekommen einen Steg.\n\n"
      "Teilen\nTeilen\nFacebook\nFacebook\nKommentare\n\n";
  capture += kBridgeArticle;
  const BlockStream s = BlocksFromText(capture);
  const Labels labels = LabelTextRegion(s);
  EXPECT_EQ(LabelOf(s, labels, "Die Stadt saniert"), Label::kContent);
  EXPECT_EQ(LabelOf(s, labels, "Der Stadtrat"), Label::kContent);
}

TEST(LabelTextRegion, TheCaptionAboveACreditIsNotText) {
  std::string capture = "Startseite\nPolitik\nSport\n\n";
  capture += kBridgeArticle;
  capture +=
      "[bruecke]\n\n"
      "Die alte Brücke am Montagmorgen, kurz bevor die Bauarbeiter mit der Sanierung begonnen haben.\n\n"
      "Foto: Jana Beispiel\n\n"
      "Nach der Sanierung soll die Brücke wieder für Lastwagen bis vierzig Tonnen freigegeben werden, sagte der "
      "Leiter des Bauamts. Bis dahin müssen Lieferungen für die Altstadt über die Umleitung im Norden fahren, "
      "was für die Händler am Markt längere Wege und höhere Kosten bedeutet.\n";
  const BlockStream s = BlocksFromText(capture);
  const Labels labels = LabelTextRegion(s);
  EXPECT_EQ(LabelOf(s, labels, "Die alte Brücke am"), Label::kBoilerplate);
  EXPECT_EQ(LabelOf(s, labels, "Nach der Sanierung"), Label::kContent);
}

TEST(LabelTextRegion, StepNumbersOnTheirOwnLinesDoNotSplitARecipe) {
  std::string capture = "Startseite\nRezepte\nKuchen\n\n";
  const char* const kSteps[] = {
      // Short steps: each earns less than a menu entry costs.
      "Den Backofen auf 180 Grad vorheizen.",
      "Butter, Zucker und Eier schaumig schlagen.",
      "Den Teig in die Form füllen und backen.",
  };
  int n = 0;
  for (const char* step : kSteps) capture += std::to_string(++n) + ".\n\n" + step + "\n\n";
  capture += "Impressum\nKontakt\n";
  const BlockStream s = BlocksFromText(capture);
  const Labels labels = LabelTextRegion(s);
  EXPECT_EQ(LabelOf(s, labels, "Den Backofen"), Label::kContent);
  EXPECT_EQ(LabelOf(s, labels, "Butter, Zucker"), Label::kContent);
  EXPECT_EQ(LabelOf(s, labels, "Den Teig"), Label::kContent);
}

TEST(LabelTextRegion, AnIngredientListDoesNotSplitARecipe) {
  // Amount lines cost nothing, so the introduction above the list joins
  // the steps below it.
  std::string capture =
      "Startseite\nRezepte\nKuchen\n\n"
      "Dieser Apfelkuchen ist schnell gemacht und schmeckt warm mit Sahne am besten, ob zum Kaffee am Sonntag "
      "oder als Nachtisch.\n\nZutaten\n\n";
  for (const char* line : {"250 g Mehl", "125 g Butter", "100 g Zucker", "2 Eier", "1 Pck. Backpulver",
                           "Salz", "4 Äpfel", "1 EL Zimt"}) {
    capture += std::string(line) + "\n";
  }
  capture += "\nZubereitung\n\n1\n\n";
  capture +=
      "Butter, Zucker und Eier schaumig schlagen, dann das Mehl mit dem Backpulver und einer Prise Salz nach "
      "und nach unterrühren.\n\n2\n\n"
      "Die Äpfel schälen, in Spalten schneiden, auf dem Teig verteilen, mit Zimt bestreuen und den Kuchen bei "
      "180 Grad vierzig Minuten backen.\n\nImpressum\nKontakt\n";
  const BlockStream s = BlocksFromText(capture);
  const Labels labels = LabelTextRegion(s);
  EXPECT_EQ(LabelOf(s, labels, "Dieser Apfelkuchen"), Label::kContent);
  EXPECT_EQ(LabelOf(s, labels, "250 g Mehl"), Label::kContent);
  EXPECT_EQ(LabelOf(s, labels, "Die Äpfel"), Label::kContent);
  EXPECT_EQ(LabelOf(s, labels, "Startseite"), Label::kOutside);
}

TEST(LabelTextRegion, ALineEndingInAColonAfterTheLastParagraphStays) {
  std::string capture = "Startseite\nPolitik\nSport\n\n";
  capture += kBridgeArticle;
  capture += "Den Beschluss des Stadtrats finden Sie hier:\n\nBeschluss als PDF\n\nImpressum\nKontakt\n";
  const BlockStream s = BlocksFromText(capture);
  const Labels labels = LabelTextRegion(s);
  EXPECT_EQ(LabelOf(s, labels, "Den Beschluss"), Label::kContent);
  EXPECT_EQ(LabelOf(s, labels, "Impressum"), Label::kOutside);
}

TEST(LabelTextRegion, TheArticleGoesOnAfterARelatedBoxSetIntoIt) {
  std::string capture = "Startseite\nPolitik\nSport\n\n";
  capture += kBridgeArticle;
  capture +=
      "Auch interessant\n\nNeue Kita eröffnet\n\nStadtfest abgesagt\n\n"
      "Nach der Sanierung soll die Brücke wieder für Lastwagen bis vierzig Tonnen freigegeben werden, sagte der "
      "Leiter des Bauamts. Bis dahin müssen Lieferungen für die Altstadt über die Umleitung im Norden fahren.\n\n"
      "Die Händler am Markt rechnen deshalb mit längeren Wegen und höheren Kosten, wollen aber ihre Preise nicht "
      "erhöhen, wie ihr Sprecher am Dienstag sagte.\n\n"
      "Der Stadtrat will im Sommer über einen Zuschuss für die Händler beraten, der die Mehrkosten während der "
      "Bauzeit zum Teil ausgleichen soll.\n\n"
      "Impressum\nKontakt\n";
  const BlockStream s = BlocksFromText(capture);
  const Labels labels = LabelTextRegion(s);
  EXPECT_EQ(LabelOf(s, labels, "Der Stadtrat"), Label::kContent);
  EXPECT_EQ(LabelOf(s, labels, "Nach der Sanierung"), Label::kContent);
  EXPECT_EQ(LabelOf(s, labels, "Die Händler am Markt"), Label::kContent);
  EXPECT_NE(LabelOf(s, labels, "Auch interessant"), Label::kContent);
  // The box's links are not text.
  EXPECT_NE(LabelOf(s, labels, "Neue Kita"), Label::kContent);
  EXPECT_NE(LabelOf(s, labels, "Stadtfest abgesagt"), Label::kContent);
}

TEST(LabelTextRegion, CommentsAfterAnOpenerStayOutside) {
  // Not a related box: reader comments end the article for good.
  std::string capture = "Startseite\nPolitik\nSport\n\n";
  capture += kBridgeArticle;
  capture +=
      "Kommentare\n\nleser1 sagt: 19. November 2024 um 06:34\n\n"
      "Das wurde aber auch Zeit, die Brücke ist seit Jahren in einem schlechten Zustand und jeder im Ort weiß "
      "das, hoffentlich wird es diesmal nicht wieder teurer als geplant.\n";
  const BlockStream s = BlocksFromText(capture);
  const Labels labels = LabelTextRegion(s);
  EXPECT_EQ(LabelOf(s, labels, "Der Stadtrat"), Label::kContent);
  EXPECT_EQ(LabelOf(s, labels, "Das wurde aber"), Label::kOutside);
}

TEST(LabelTextRegion, TheAuthorsBioUnderTheArticleIsLeftOut) {
  std::string capture = "Startseite\nPolitik\nSport\n\n";
  capture += kBridgeArticle;
  capture +=
      "Jana Beispiel ist Redakteurin im Ressort Lokales und schreibt seit zehn Jahren über Verkehr und "
      "Stadtplanung in der Region.\n\nImpressum\nKontakt\n";
  const BlockStream s = BlocksFromText(capture);
  const Labels labels = LabelTextRegion(s);
  EXPECT_EQ(LabelOf(s, labels, "Die Kosten"), Label::kContent);
  EXPECT_EQ(LabelOf(s, labels, "Jana Beispiel"), Label::kOutside);
}

TEST(LabelTextRegion, CommentFormOpenersFromTheSharedLexiconAreWalls) {
  // "Hinterlasse einen Kommentar" is a kCommentsStart row of the lexicon,
  // matched as a prefix: the line opens the comments for both paths.
  std::string capture = "Startseite\nPolitik\nSport\n\n";
  capture += kBridgeArticle;
  capture +=
      "Hinterlasse einen Kommentar Antworten abbrechen\n\n"
      "Das wurde aber auch Zeit, die Brücke ist seit Jahren in einem schlechten Zustand und jeder im Ort weiß "
      "das, hoffentlich wird es diesmal nicht wieder teurer als geplant, wie beim Rathaus und bei der Schule, wo "
      "die Kosten sich am Ende verdoppelt haben und keiner etwas dagegen getan hat.\n";
  const BlockStream s = BlocksFromText(capture);
  const Labels labels = LabelTextRegion(s);
  EXPECT_EQ(LabelOf(s, labels, "Der Stadtrat"), Label::kContent);
  EXPECT_EQ(LabelOf(s, labels, "Das wurde aber"), Label::kOutside);
}

TEST(LabelTextRegion, WithoutProseEverythingIsContent) {
  const BlockStream s = BlocksFromText("Startseite\nPolitik\nSport\n");
  const Labels labels = LabelTextRegion(s);
  ASSERT_EQ(labels.size(), 3u);
  for (Label l : labels) EXPECT_EQ(l, Label::kContent);
}

TEST(LabelTextRegion, EmptyStreamHasNoLabels) {
  EXPECT_TRUE(LabelTextRegion(BlockStream{}).empty());
}

TEST(ReadsLikeBodyText, LongSentences) {
  blocks::Block b;
  b.text = std::string(120, 'a') + ".";
  b.chars = 121;
  EXPECT_TRUE(ReadsLikeBodyText(b));
  b.text = "Kurz.";
  b.chars = 5;
  EXPECT_FALSE(ReadsLikeBodyText(b));
}

}  // namespace
}  // namespace klartext::extract
