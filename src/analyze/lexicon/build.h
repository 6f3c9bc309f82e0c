// analyze/lexicon/build.h: helpers the per-language table files share.
#ifndef KLARTEXT_ANALYZE_LEXICON_BUILD_H_
#define KLARTEXT_ANALYZE_LEXICON_BUILD_H_

#include <iterator>
#include <string>
#include <string_view>
#include <vector>

#include "analyze/lexicon.h"

namespace klartext::analyze {

// A weak verb's stem ("sag", "teil") and its separable particle ("mit").
struct VerbStem {
  std::string_view stem;
  std::string_view particle;
};
// One written form of a verb and the particle that closes its clause.
struct VerbForm {
  std::string_view form;
  std::string_view particle;
};
struct PronounEntry {
  std::string_view word;
  Agreement agreement;
};

template <typename Range>
void AddAll(WordSet& set, const Range& words) {
  for (std::string_view w : words) set.insert(w);
}

// Adds the German finite forms of a weak verb ("sagt", "sagte", "sagten",
// "sagen") and its participle ("gesagt"; "erklärt"; "mitgeteilt").
void AddWeakVerb(Lexicon& lex, const VerbStem& verb);
void AddVerbForm(Lexicon& lex, const VerbForm& verb);
// Adds an English verb's forms: base, -s, past (and participle) given.
void AddEnglishVerb(Lexicon& lex, std::string_view base, std::string_view third,
                    std::string_view past, std::string_view particle);

// "nach angaben" → {"nach", "angaben"}.
std::vector<std::string_view> SplitWords(std::string_view phrase);

}  // namespace klartext::analyze

#endif  // KLARTEXT_ANALYZE_LEXICON_BUILD_H_
