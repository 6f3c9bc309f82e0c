// Line signals of text captures (extract/text_rules.h).
#include "extract/text_rules.h"

#include <gtest/gtest.h>

#include <string>

#include "core/language.h"

namespace klartext::extract {
namespace {

TEST(IsWidgetLine, BracketedPlaceholdersOnly) {
  EXPECT_TRUE(IsWidgetLine("[ ]"));
  EXPECT_TRUE(IsWidgetLine("[Suchen] [OK]"));
  EXPECT_TRUE(IsWidgetLine("( )"));
  EXPECT_TRUE(IsWidgetLine("[logo-header-2x]"));
  EXPECT_FALSE(IsWidgetLine("[1] Siehe die Quelle am Ende."));
  EXPECT_FALSE(IsWidgetLine("Ihr Name [ ]"));
  EXPECT_FALSE(IsWidgetLine("[unclosed"));
  EXPECT_FALSE(IsWidgetLine(""));
}

TEST(LooksLikeMenuLine, ShortItemsBetweenSeparators) {
  EXPECT_TRUE(LooksLikeMenuLine("Home | News | Sport | Kontakt"));
  EXPECT_TRUE(LooksLikeMenuLine("Impressum · Datenschutz · AGB"));
  EXPECT_FALSE(LooksLikeMenuLine("Home | News"));  // one separator
  EXPECT_FALSE(LooksLikeMenuLine("Er kam - wie immer - zu spät. Dann ging er - ohne Gruß."));
  EXPECT_EQ(CountMenuSeparators("a | b • c · d"), 3u);
  // A row of a drawn table is data, not a menu.
  EXPECT_TRUE(IsDrawnTableRow("│Zylinder │4 │ │Hubraum │1598 │"));
  EXPECT_FALSE(LooksLikeMenuLine("│Zylinder │4 │ │Hubraum │1598 │"));
}

TEST(LooksLikeCode, SymbolsMakeCode) {
  EXPECT_TRUE(LooksLikeCode(">>> def foo(bar=[]):"));
  EXPECT_TRUE(LooksLikeCode("if (x == y) { return; }"));
  EXPECT_FALSE(LooksLikeCode("Der Rat (das Gremium der Stadt) tagte am Montag in der Aula."));
  EXPECT_FALSE(LooksLikeCode(""));
}

TEST(OpensArticleEnd, ShortOpenersOnly) {
  EXPECT_TRUE(OpensArticleEnd("Vorheriger Beitrag"));
  EXPECT_TRUE(OpensArticleEnd("Share this:"));
  EXPECT_TRUE(OpensArticleEnd("12 responses to “The Bridge”"));
  EXPECT_TRUE(OpensArticleEnd("3 Kommentare zu „Die Brücke“"));
  EXPECT_TRUE(OpensArticleEnd("Top Rated Comments"));
  EXPECT_TRUE(OpensArticleEnd("Leserkommentare"));
  EXPECT_FALSE(OpensArticleEnd("Vorheriger Beitrag war ein anderer, sagte sie, und der habe viele Leser gefunden."));
  EXPECT_FALSE(OpensArticleEnd("12 Menschen kamen"));
  EXPECT_FALSE(OpensArticleEnd(""));
}

TEST(IsCommentHeader, NameVerbDate) {
  EXPECT_TRUE(IsCommentHeader("thelastfan says: November 19, 2019 at 6:34 am"));
  EXPECT_TRUE(IsCommentHeader("Max Muster sagt:"));
  EXPECT_FALSE(IsCommentHeader("says: nothing"));
  EXPECT_FALSE(IsCommentHeader("Die Bürgermeisterin sagt, die Brücke werde im Frühjahr saniert, und die Kosten trage "
                               "zum Teil das Land, das habe der Rat am Montag beschlossen."));
}

TEST(IsFigureCaption, NumberedFigures) {
  EXPECT_TRUE(IsFigureCaption("Abbildung 4: Die größte Lawine des Winters."));
  EXPECT_TRUE(IsFigureCaption("Fig. 2. The bridge in 1910."));
  EXPECT_TRUE(IsFigureCaption("Grafik: Kosten der Sanierung"));
  EXPECT_FALSE(IsFigureCaption("Bildung ist ein Menschenrecht."));
  EXPECT_FALSE(IsFigureCaption("Figure skating is popular in winter."));
  EXPECT_FALSE(IsFigureCaption(""));
}

TEST(IsCreditLine, CreditAlone) {
  EXPECT_TRUE(IsCreditLine("Foto: Jane Doe"));
  EXPECT_TRUE(IsCreditLine("Photo by Ann Lee on Unsplash"));
  EXPECT_FALSE(IsCreditLine("Fotografie ist ihr Beruf."));
  EXPECT_FALSE(IsCreditLine("Foto: " + std::string(100, 'x')));
}

TEST(LooksLikeSocialPost, EmojiHashtagsIds) {
  EXPECT_TRUE(LooksLikeSocialPost("Neuer Beitrag online 💫"));
  EXPECT_TRUE(LooksLikeSocialPost("Sommerfest #lesung #radio"));
  EXPECT_TRUE(LooksLikeSocialPost("Instagram post 2192686567013773038 Werbung"));
  EXPECT_FALSE(LooksLikeSocialPost("Am 3. Mai 2024 kamen 1200 Gäste, Ticket #4 gewann."));
}

TEST(HasFurniturePhrase, ConsentAndForms) {
  EXPECT_TRUE(HasFurniturePhrase("Wir verwenden Cookies, um Ihnen das beste Erlebnis zu bieten."));
  EXPECT_TRUE(HasFurniturePhrase("Your email address will not be published. Required fields are marked *"));
  EXPECT_FALSE(HasFurniturePhrase("Der Rat beschloss die Sanierung der Brücke."));
}

TEST(HasFurniturePhrase, AppPromptsReaderMailAndPaywalls) {
  EXPECT_TRUE(HasFurniturePhrase("Die neuesten Nachrichten direkt aufs Handy: unsere App für iOS und Android."));
  EXPECT_TRUE(HasFurniturePhrase("Submit a letter to the editor or write to us."));
  EXPECT_TRUE(HasFurniturePhrase("Wir haben uns gegen eine Bezahlschranke entschieden."));
  EXPECT_TRUE(HasFurniturePhrase("Únete a nuestro canal de Telegram."));
  EXPECT_TRUE(HasFurniturePhrase("Hier klicken, um das Antworten abzubrechen."));
  EXPECT_FALSE(HasFurniturePhrase("Die App ist im Handel für zwei Euro zu haben."));
}

TEST(HasFurniturePhrase, CommentPolicySubscriptionAndPaging) {
  EXPECT_TRUE(HasFurniturePhrase("We welcome reader comments; some may be shortened."));
  EXPECT_TRUE(HasFurniturePhrase("Comments are moderated before they appear."));
  EXPECT_TRUE(HasFurniturePhrase("Ihr Beitrag hilft, diese Seite frei zu halten."));
  EXPECT_TRUE(HasFurniturePhrase("Wir informieren Sie regelmäßig über neue Recherchen."));
  EXPECT_TRUE(HasFurniturePhrase("Zwei Monate gratis, danach jederzeit kündbar."));
  EXPECT_TRUE(HasFurniturePhrase("Apoya al diario. Cancela cuando quieras."));
  EXPECT_TRUE(HasFurniturePhrase("Artikel auf einer Seite lesen"));
  EXPECT_TRUE(HasFurniturePhrase("Die Karte der Route. Zum Vergrößern auf das Bild klicken."));
  EXPECT_TRUE(HasFurniturePhrase("Du musst angemeldet sein, um Kommentare zu schreiben!"));
  EXPECT_TRUE(HasFurniturePhrase("Sorted by: Highest score"));
  EXPECT_TRUE(HasFurniturePhrase("Benachrichtigung aktivieren: Dürfen wir Sie informieren?"));
  EXPECT_TRUE(HasFurniturePhrase("Der Beitrag wurde am Mittwoch veröffentlicht und unter Allgemein abgelegt."));
  EXPECT_FALSE(HasFurniturePhrase("Die Leser kommentierten den Beschluss des Rates."));
}

TEST(EndsWithCredit, CaptionWithItsCredit) {
  EXPECT_TRUE(EndsWithCredit("Die Ministerin beim Treffen in Berlin. Foto: Jana Beispiel"));
  EXPECT_TRUE(EndsWithCredit("The mayor at the opening (Photo: John Doe/Agency)"));
  EXPECT_FALSE(EndsWithCredit("Foto: Jana Beispiel"));  // a credit alone is IsCreditLine's
  EXPECT_FALSE(EndsWithCredit("Das Foto: ein Beweis? Der Rat sah es anders. Die Sitzung endete spät und ohne Ergebnis."));
}

TEST(IsCreditLine, CopyrightSigns) {
  EXPECT_TRUE(IsCreditLine("© Jana Beispiel"));
  EXPECT_TRUE(IsCreditLine("Foto © Jana Beispiel, Max Muster"));
  EXPECT_FALSE(IsCreditLine("Das Urheberrecht © schützt auch Fotos."));
}

TEST(IsFigureCaption, AfterAnImagePlaceholder) {
  EXPECT_TRUE(IsFigureCaption("[grafik-1]Abbildung: Schneehöhen im Tal"));
  EXPECT_TRUE(IsCreditLine("[bild]Foto: Jana Beispiel"));
  EXPECT_FALSE(IsFigureCaption("[1] Der Rat tagte am Montag."));
}

TEST(HasUrl, SpelledOutLinks) {
  EXPECT_TRUE(HasUrl("mehr unter https://example.org/x"));
  EXPECT_TRUE(HasUrl("www.example.org"));
  EXPECT_FALSE(HasUrl("Der Rat tagte."));
}

TEST(CountSentenceEnds, MarksAfterWords) {
  EXPECT_EQ(CountSentenceEnds("Er kam. Sie ging! Warum?"), 3u);
  EXPECT_EQ(CountSentenceEnds("Mehr ..."), 0u);
  EXPECT_EQ(CountSentenceEnds("益阳发展很快。他说！"), 2u);
  EXPECT_EQ(CountSentenceEnds("Startseite"), 0u);
  EXPECT_EQ(CountSentenceEnds(""), 0u);
}

TEST(TextRules, BadInputDoesNotCrash) {
  std::string junk;
  for (int i = 0; i < 2048; ++i) junk += static_cast<char>((i * 91) & 0xFF);
  EXPECT_GE(FunctionWordShare(junk), 0.0);
  (void)IsWidgetLine(junk);
  (void)LooksLikeMenuLine(junk);
  (void)LooksLikeCode(junk);
  (void)OpensArticleEnd(junk);
  (void)IsCreditLine(junk);
  (void)EndsWithCredit(junk);
  (void)EndsWithCredit(junk.substr(0, 300) + " Foto: \xC3");  // a cut code point in the tail
  (void)IsCreditLine("[\xE2\x82]Foto: x");
  (void)IsFigureCaption("[");
  (void)LooksLikeSocialPost(junk);
  (void)HasFurniturePhrase(junk);
  (void)CountSentenceEnds(junk);
  (void)LooksLikeSocialPost("\xF0\x9F");  // truncated emoji
}

TEST(LooksLikeAuthorBio, NameAndTrade) {
  EXPECT_TRUE(LooksLikeAuthorBio("Jana Beispiel ist Redakteurin im Ressort Politik und schreibt über Verkehr."));
  EXPECT_TRUE(LooksLikeAuthorBio("Ich bin Jana, Bloggerin aus Köln, und teste hier Rezepte."));
  EXPECT_TRUE(LooksLikeAuthorBio("John Doe is a senior writer covering transport."));
  // A sentence about a person without the trade, or the trade without a
  // name at the start, is article text.
  EXPECT_FALSE(LooksLikeAuthorBio("Angela Merkel ist seit 2005 Bundeskanzlerin."));
  EXPECT_FALSE(LooksLikeAuthorBio("Der Stadtrat sprach mit einem Reporter über die Brücke."));
  EXPECT_FALSE(LooksLikeAuthorBio(std::string(500, 'a') + " Redakteurin"));
}

TEST(IsInlineTeaser, LeadInsOfLinksSetIntoTheText) {
  EXPECT_TRUE(IsInlineTeaser("Lesen Sie auch: Neue Kita im Stadtteil Nord eröffnet"));
  EXPECT_TRUE(IsInlineTeaser("Read more: The bridge will close in spring"));
  EXPECT_TRUE(IsInlineTeaser("MIRA: Vecinos denuncian cortes de agua en el centro"));
  EXPECT_TRUE(IsInlineTeaser("PUEDES VER: ¿Qué cambia con la nueva ley?"));
  EXPECT_TRUE(IsInlineTeaser("Saiba mais: a ponte fecha na primavera"));
  // A sentence that opens with "Mira" is text.
  EXPECT_FALSE(IsInlineTeaser("Mira hacia el río y ve el puente nuevo."));
  EXPECT_FALSE(IsInlineTeaser("Der Stadtrat beschloss die Sanierung der Brücke."));
}

}  // namespace
}  // namespace klartext::extract
