// Portuguese boilerplate phrases: the labels Portuguese-language sites put on ads,
// related-news lists, comments and share bars. A short table: German and
// English come first; these cover what the evaluation pages show most.
#include "extract/lexicon/lexicon.h"

namespace klartext::extract {
namespace {

using R = PhraseRole;

constexpr Phrase kPortuguese[] = {
    {"publicidade", R::kAdLabel},
    {"leia também", R::kSectionEnd},
    {"notícias relacionadas", R::kSectionEnd},
    {"veja também", R::kSectionEnd},
    {"mais lidas", R::kSectionEnd},
    {"comentários", R::kCommentsStart},
    {"compartilhe", R::kBoilerLine},
    {"utilizamos cookies", R::kBoilerPhrase},
    {"pelo moderador", R::kBoilerPhrase},  // comment rules: "… não serão aprovados pelo moderador"
    // Openers of related lists in text captures (from text_rules.cc).
    {"artigos relacionados", R::kSectionEnd, true},
};

}  // namespace

std::span<const Phrase> PortuguesePhrases() { return kPortuguese; }

}  // namespace klartext::extract
