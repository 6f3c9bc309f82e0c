// core/language.h: which language a text is written in, from its function
// words.
//
// One table per language of its most frequent function words (articles,
// pronouns, prepositions, conjunctions, auxiliaries; language.cc) serves
// every stage that needs to know about language without knowing the
// language: guessing a page's language when it does not declare it, picking
// the statement lexicon, and telling running prose from menus and lists of
// names (in prose of any of these languages about every third word is a
// function word; in a menu almost none is).
//
//   FunctionWordCounts c = CountFunctionWords(text);
//   if (c.hits[LanguageIndex(Language::kGerman)] > …)
//   std::string_view code = LikelyLanguage(text);   // "de", "en", … or ""
//
// Thread safety: pure functions over constant tables.
#ifndef KLARTEXT_CORE_LANGUAGE_H_
#define KLARTEXT_CORE_LANGUAGE_H_

#include <array>
#include <cstdint>
#include <cstddef>
#include <limits>
#include <string_view>

namespace klartext {

enum class Language : std::uint8_t { kGerman, kEnglish, kSpanish, kFrench, kItalian, kPortuguese, kDutch };
inline constexpr std::size_t kLanguageCount = 7;

constexpr std::size_t LanguageIndex(Language l) { return static_cast<std::size_t>(l); }
// ISO 639-1: "de", "en", "es", "fr", "it", "pt", "nl".
std::string_view LanguageCode(Language l);

struct FunctionWordCounts {
  std::size_t words = 0;                         // words read
  std::size_t function_words = 0;                // words in any language's table
  std::array<std::size_t, kLanguageCount> hits{};  // words in each language's table
};

// Reads the words of `text` (runs of letters and digits, case folded), at
// most `max_words` of them, and counts function words.
FunctionWordCounts CountFunctionWords(std::string_view text,
                                      std::size_t max_words = std::numeric_limits<std::size_t>::max());

// The language whose function words occur most often in the first words of
// `text`, as its ISO 639-1 code; "" when no language has enough hits to be
// evidence or two languages tie.
std::string_view LikelyLanguage(std::string_view text);

// Share of the words of `text` that are function words of any language
// (0 for a text without words).
double FunctionWordShare(std::string_view text);

// True if `folded_word` (one word, FoldCase'd) is a function word of any
// language.
bool IsFunctionWord(std::string_view folded_word);

}  // namespace klartext

#endif  // KLARTEXT_CORE_LANGUAGE_H_
