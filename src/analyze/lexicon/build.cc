// analyze/lexicon/build.cc: making verb forms for the tables.
#include "analyze/lexicon/build.h"

#include <string>

#include "core/text.h"

namespace klartext::analyze {
namespace {

// Inseparable prefixes and the -ieren ending: their participles take no "ge-".
constexpr std::string_view kNoGePrefixes[] = {"be", "er", "ver", "ent", "zer", "ge",
                                              "emp", "miss", "über", "unter", "wider"};
// Forms that are also determiners and would make every "meinen" a cue.
constexpr std::string_view kSkippedForms[] = {"meinen"};

std::string_view Own(Lexicon& lex, std::string s) {
  lex.owned.push_back(std::move(s));
  return lex.owned.back();
}

void AddForm(Lexicon& lex, std::string form, std::string_view particle) {
  for (std::string_view skip : kSkippedForms)
    if (form == skip) return;
  std::string_view owned = Own(lex, std::move(form));
  lex.speech_verbs.emplace(owned, particle);
}

}  // namespace

void AddWeakVerb(Lexicon& lex, const VerbStem& verb) {
  const std::string stem(verb.stem);
  // "antwort|et", "meld|et", "entgegn|et": an -e- before the ending.
  const bool needs_e = EndsWith(stem, "t") || EndsWith(stem, "d") || EndsWith(stem, "gn") ||
                       EndsWith(stem, "chn");
  const std::string t = needs_e ? "et" : "t";
  AddForm(lex, stem + t, verb.particle);
  AddForm(lex, stem + t + "e", verb.particle);
  AddForm(lex, stem + t + "en", verb.particle);
  AddForm(lex, stem + "en", verb.particle);
  if (!verb.particle.empty()) {
    // Verb-final in a subordinate clause: "wie er mitteilte".
    const std::string joined = std::string(verb.particle) + stem + t;
    AddForm(lex, joined, "");
    AddForm(lex, joined + "e", "");
    AddForm(lex, joined + "en", "");
  }
  bool ge = !EndsWith(stem, "ier");
  for (std::string_view p : kNoGePrefixes)
    if (StartsWith(stem, p) && stem.size() > p.size() + 2) ge = false;
  std::string participle = std::string(verb.particle) + (ge ? "ge" : "") + stem + t;
  AddForm(lex, participle, "");
}

void AddVerbForm(Lexicon& lex, const VerbForm& verb) {
  lex.speech_verbs.emplace(verb.form, verb.particle);
}

void AddEnglishVerb(Lexicon& lex, std::string_view base, std::string_view third,
                    std::string_view past, std::string_view particle) {
  lex.speech_verbs.emplace(base, particle);
  lex.speech_verbs.emplace(third, particle);
  lex.speech_verbs.emplace(past, particle);
  // The -ing form ("saying", "writing", "noting"): drop a silent final e.
  std::string ing(base);
  if (EndsWith(ing, "e") && !EndsWith(ing, "ee")) ing.pop_back();
  if (EndsWith(ing, "y") || EndsWith(ing, "w") || !EndsWith(ing, "ie")) ing += "ing";
  lex.speech_verbs.emplace(Own(lex, std::move(ing)), particle);
}

std::vector<std::string_view> SplitWords(std::string_view phrase) {
  return SplitAny(phrase, " ");
}

}  // namespace klartext::analyze
