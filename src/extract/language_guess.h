// extract/language_guess.h: the language of a text, when the page does not
// declare it.
//
// Counts the most frequent function words of each language we know (a
// table per language in language_guess.cc); the language with the most hits
// wins if it has at least kMinHits. Good enough to tell German from English
// news on a paragraph or more; returns "" when unsure.
#ifndef KLARTEXT_EXTRACT_LANGUAGE_GUESS_H_
#define KLARTEXT_EXTRACT_LANGUAGE_GUESS_H_

#include <string>
#include <string_view>

namespace klartext::extract {

std::string GuessLanguage(std::string_view text);

}  // namespace klartext::extract

#endif  // KLARTEXT_EXTRACT_LANGUAGE_GUESS_H_
