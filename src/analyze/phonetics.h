// analyze/phonetics.h: sound codes and spelling distance for names.
// Thread safety: pure functions.
#ifndef KLARTEXT_ANALYZE_PHONETICS_H_
#define KLARTEXT_ANALYZE_PHONETICS_H_

#include <string>
#include <string_view>

namespace klartext::analyze {

// Kölner Phonetik (Postel 1969) of a word: "Dmitrijew" and "Dmetrijew" both
// give "26273". Letters outside A–Z/ÄÖÜß are ignored.
std::string KoelnerPhonetik(std::string_view word);

// Damerau–Levenshtein distance (adjacent transpositions count one) between
// two UTF-8 strings, by code point; stops counting above `limit`.
int EditDistance(std::string_view a, std::string_view b, int limit);

}  // namespace klartext::analyze

#endif  // KLARTEXT_ANALYZE_PHONETICS_H_
