// Italian boilerplate phrases: the labels Italian-language sites put on ads,
// related-news lists, comments and share bars. A short table: German and
// English come first; these cover what the evaluation pages show most.
#include "extract/lexicon/lexicon.h"

namespace klartext::extract {
namespace {

using R = PhraseRole;

constexpr Phrase kItalian[] = {
    {"pubblicità", R::kAdLabel},
    {"leggi anche", R::kSectionEnd},
    {"articoli correlati", R::kSectionEnd},
    {"potrebbe interessarti", R::kSectionEnd},
    {"i più letti", R::kSectionEnd},
    {"commenti", R::kCommentsStart},
    {"condividi", R::kBoilerLine},
    {"argomenti", R::kBoilerLine},
    {"utilizziamo i cookie", R::kBoilerPhrase},
    // Site furniture of text captures (from text_rules.cc).
    {"informativa sulla privacy", R::kBoilerPhrase},
};

}  // namespace

std::span<const Phrase> ItalianPhrases() { return kItalian; }

}  // namespace klartext::extract
