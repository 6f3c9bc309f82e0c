// analyze/lexicon.h: the language knowledge analysis uses, as tables.
//
// Every word list the analyzer consults lives in src/analyze/lexicon/<lang>.cc
// (and names.cc for given names shared by all languages); the code in
// src/analyze/ only asks questions of a Lexicon. All words are stored folded
// to lower case (core FoldCase), and looked up the same way.
// Thread safety: Lexicons are built once (function-local statics) and then
// only read.
#ifndef KLARTEXT_ANALYZE_LEXICON_H_
#define KLARTEXT_ANALYZE_LEXICON_H_

#include <deque>
#include <string>
#include <string_view>
#include <unordered_map>
#include <unordered_set>
#include <vector>

namespace klartext::analyze {

using WordSet = std::unordered_set<std::string_view>;

// Grammatical gender/number a pronoun or description points to.
enum class Agreement { kAny, kMale, kFemale, kPlural, kNeuter };

struct Lexicon {
  std::string_view language;  // "de", "en"
  // Finite forms and participles of speech and writing verbs ("sagte",
  // "schrieb", "said"). Value: the separable particle that may close the
  // clause ("führte … aus" → "aus"), or "" for none. A form with a particle
  // counts only when the particle closes its clause ("teilte … mit").
  std::unordered_multimap<std::string_view, std::string_view> speech_verbs;
  // Words that introduce the message after a speech verb ("dass", "ob", "that").
  WordSet complementizers;
  // Konjunktiv I forms that differ from the indicative ("sei", "habe", "gebe").
  WordSet konjunktiv1;
  // Konjunktiv II auxiliaries ("hätte", "wäre", "würde"), which replace
  // Konjunktiv I where that looks like the indicative.
  WordSet konjunktiv2;
  // Role and description nouns that can name a person ("Sprecher", "Präsident",
  // "spokesman"), and endings that make a compound one ("Kreml|sprecher").
  WordSet role_nouns;
  std::vector<std::string_view> role_suffixes;
  // Titles written before a name ("Dr.", "Herr", "Mr.").
  WordSet honorifics;
  // Personal pronouns that can be a speaker, with what they agree with.
  std::unordered_map<std::string_view, Agreement> pronouns;
  // Articles and possessives that open a noun phrase.
  WordSet determiners;
  // Words that end a speaker noun phrase (prepositions, conjunctions, adverbs).
  WordSet phrase_breakers;
  // Reported-speech markers: before the source ("laut", "according to"),
  // after it ("zufolge"), standing alone ("demnach"), or closing a
  // sentence with the source after them (", so Peskow").
  std::vector<std::vector<std::string_view>> source_before;  // multi-word
  WordSet source_after;
  WordSet source_anaphoric;
  WordSet source_closing;
  // "heißt es": an impersonal speech construction (verb + "es").
  WordSet impersonal_speech;
  // Speech verbs that make a statement only with a message clause: an
  // accusation or demand on its own ("Moskau und Kiew werfen einander
  // Verstöße vor") is the author's report, not a statement.
  WordSet clause_only_verbs;
  // Nouns that make "[…] X nach" a source phrase ("ihrer Meinung nach").
  WordSet opinion_nouns;
  // Modal verbs of hearsay ("soll … haben"): reported speech without a cue.
  WordSet hearsay_modals;
  // Nouns naming an organisation kind, written before its name ("Sender",
  // "Nachrichtenagentur", "agency"), and words after it ("GmbH", "Inc.").
  WordSet org_cues;
  WordSet org_suffixes;
  // Known organisations and places, by name ("nato", "moskau").
  WordSet organizations;
  WordSet places;
  // Month names (for ordinals such as "4. April").
  WordSet months;
  // Abbreviations written with a final period ("z.", "dr.", "u.s.").
  WordSet abbreviations;
  // Capitalised words that are never names (sentence-initial function words,
  // weekdays, generic nouns that often precede names).
  WordSet not_names;
  // Storage for words the builder makes (verb forms); the string_views
  // above may point into it. A deque never moves its elements.
  std::deque<std::string> owned;
};

const Lexicon& GermanLexicon();
const Lexicon& EnglishLexicon();
// German for "de…", English otherwise.
const Lexicon& LexiconFor(std::string_view language);

// Given names (all languages), folded to lower case.
bool IsGivenName(std::string_view folded);

}  // namespace klartext::analyze

#endif  // KLARTEXT_ANALYZE_LEXICON_H_
