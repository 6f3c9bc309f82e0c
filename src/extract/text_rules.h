// extract/text_rules.h: what a single line of a text capture says about
// itself, without markup.
//
// An HTML page tells menus from prose by its tags; a capture (`w3m -dump`,
// a browser's "copy all") has only the characters. These signals stand in:
//  - prose is full of function words ("der", "und", "the", "of"); menus,
//    teaser headlines and link lists have few (jusText's main signal);
//  - renderers print form controls and images without alt text as bracketed
//    placeholders: "[ ]", "[Suchen]", "[logo]", "( )";
//  - menus flattened into one line are short items between separators:
//    "Home | News | Sport", "Impressum · Datenschutz".
// Language knowledge (the function words) is in tables in text_rules.cc.
#ifndef KLARTEXT_EXTRACT_TEXT_RULES_H_
#define KLARTEXT_EXTRACT_TEXT_RULES_H_

#include <cstddef>
#include <string_view>

namespace klartext::extract {

// True if the whole line is a renderer's placeholder for a form control or
// an image: it opens with '[' or '(' and closes with the matching bracket,
// or is a run of such placeholders ("[ ] [ ]", "[Suchen] [OK]").
bool IsWidgetLine(std::string_view text);

// Number of item separators ('|', '•', '·', '│', ' / ', ' - ' between
// words) in the line: a menu flattened into one line has several.
std::size_t CountMenuSeparators(std::string_view text);

// True if the line is a row of a table drawn with box characters
// ("│Zylinder │4 │"): renderers draw bordered tables so.
bool IsDrawnTableRow(std::string_view text);

// True if the line is a menu flattened into one line: at least
// kMinMenuSeparators separators, items short on average, and no sentence.
bool LooksLikeMenuLine(std::string_view text);

// True if the text holds a phrase of site furniture: a consent banner,
// a comment form, a legal or sign-up line: a kBoilerPhrase of the shared
// lexicon, or one of the words text_rules.cc keeps for text captures.
bool HasFurniturePhrase(std::string_view text);

// True if the text holds a URL ("https://", "www."): captures print link
// targets in feeds and teasers, article prose rarely spells them out.
bool HasUrl(std::string_view text);

// True if the text reads like an embedded social-media post: emoji, two
// or more hashtags, or a long digit run (a post id). Feeds of such posts
// beside an article are prose-shaped but not the article.
bool LooksLikeSocialPost(std::string_view text);

// True if the line reads like program code or a shell command: many of
// the symbols code is made of ("=(){}[];<>_$") relative to its length.
// Articles about software quote code between their paragraphs; such lines
// are neither prose nor navigation.
bool LooksLikeCode(std::string_view text);

// True if a short line opens what follows an article: a share bar, links
// to the previous/next post, a related list, a comment form ("Vorheriger
// Beitrag", "Share this:", "12 responses to …"). Tables in text_rules.cc;
// the shared lexicon's section and comment openers count too (the caller
// checks those).
bool OpensArticleEnd(std::string_view text);

// True if the line is a link to another article set into the text:
// "Read more: …", "Lesen Sie auch: …", "Lea también: …" (table in
// text_rules.cc), at most kMaxInlineTeaserChars long.
bool IsInlineTeaser(std::string_view text);

// True if the block reads like the author's short biography: at most
// kMaxBioChars, opening with a name or "Ich bin"/"I am", and naming the
// trade ("Redakteurin", "senior writer", "periodista"; table in
// text_rules.cc).
bool LooksLikeAuthorBio(std::string_view text);

// True if the line heads a reader comment: a name, a verb of saying and
// usually a date ("jane says: November 19, 2019 at 6:34 am", "Max sagt:").
bool IsCommentHeader(std::string_view text);

// True if the line is a numbered figure or table caption ("Abbildung 4:
// …", "Fig. 2. …", "Grafik: …"), at most kMaxFigureCaptionChars long.
bool IsFigureCaption(std::string_view text);

// True if the line is a photo credit alone ("Foto: Jane Doe", "Photo by
// X on Unsplash"): a caption part, not article text.
bool IsCreditLine(std::string_view text);

// True if the text ends in a photo credit after other text ("… trafen
// sich in Berlin. Foto: dpa", "… kanssa. Kuva: Jane Doe"): a caption.
bool EndsWithCredit(std::string_view text);

// Count of sentence ends inside the text (". ", "! ", "? " followed by
// more text, or at the end; the full-width "。！？" anywhere): prose has
// them, link text rarely does.
std::size_t CountSentenceEnds(std::string_view text);

}  // namespace klartext::extract

#endif  // KLARTEXT_EXTRACT_TEXT_RULES_H_
