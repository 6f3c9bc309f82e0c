// extract/lexicon/lexicon.h: the phrases that mark boilerplate, per language.
//
// Pages label their non-article parts in words: "Anzeige" above an ad,
// "Mehr News" above a related-news list, "Teilen" on a share bar. These
// phrases are the same whether the page arrives as HTML or as a text
// capture, so both paths consult one table. Each language has its own
// file (de.cc, en.cc) listing phrases with their role and a reason.
//
// Matching is on a normalised line: case folded, white space collapsed,
// trailing ':' '.' '›' '»' '>' and bullets stripped.
// Thread safety: the tables are immutable.
#ifndef KLARTEXT_EXTRACT_LEXICON_LEXICON_H_
#define KLARTEXT_EXTRACT_LEXICON_LEXICON_H_

#include <span>
#include <string>
#include <string_view>

namespace klartext::extract {

enum class PhraseRole {
  kAdLabel,       // the whole line labels an ad: "Anzeige", "Advertisement"
  kPromoLabel,    // the whole line labels a promotion teaser: "… -Teaser", "Sponsored"
  kSectionEnd,    // the whole line opens a related/more list: "Mehr News", "Related"
  kBoilerLine,    // the whole line is a control or legal line: "Teilen", "Print"
  kBoilerPhrase,  // a short block containing it is boilerplate: cookie, paywall
  kCommentsStart, // the whole line opens reader comments: "Kommentare"
  kCaptionLeadIn, // a short block opening with it, a number and ':' is a
                  // caption or credit: "Abbildung 3:", "Foto:", "Figure 2:"
};

struct Phrase {
  std::string_view text;  // normalised (see above)
  PhraseRole role;
  // Whole-line roles match the line exactly; kPromoLabel also matches
  // as a suffix of the line's last word ("Trump Joyn-Teaser"). A prefix
  // phrase matches any short line that starts with it ("Mehr zu Klima").
  bool prefix = false;
};

// Prefix phrases match only lines up to this long: a heading, not a
// sentence that happens to start with the same words.
inline constexpr std::size_t kMaxPrefixLineBytes = 60;

std::span<const Phrase> GermanPhrases();
std::span<const Phrase> EnglishPhrases();
std::span<const Phrase> SpanishPhrases();
std::span<const Phrase> FrenchPhrases();
std::span<const Phrase> ItalianPhrases();
std::span<const Phrase> PortuguesePhrases();

// Every table, German and English first. Pages mix languages (an English
// share bar on a German page), so all tables apply to every page.
std::span<const std::span<const Phrase>> AllPhraseTables();

// The normalised form used for matching.
std::string NormaliseLine(std::string_view line);

// The role of a whole line, if a table lists it.
bool MatchLine(std::string_view normalised, PhraseRole* role);
// True if a short block contains a kBoilerPhrase.
bool ContainsBoilerPhrase(std::string_view normalised);

// True if the text opens with a kCaptionLeadIn word, an optional number,
// and a colon ("Abbildung 3: …", "(Foto: …)"). `folded` is FoldCase'd text.
bool StartsWithCaptionLeadIn(std::string_view folded);

}  // namespace klartext::extract

#endif  // KLARTEXT_EXTRACT_LEXICON_LEXICON_H_
