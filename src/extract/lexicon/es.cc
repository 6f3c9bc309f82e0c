// Spanish boilerplate phrases: the labels Spanish-language sites put on ads,
// related-news lists, comments and share bars. A short table: German and
// English come first; these cover what the evaluation pages show most.
#include "extract/lexicon/lexicon.h"

namespace klartext::extract {
namespace {

using R = PhraseRole;

constexpr Phrase kSpanish[] = {
    {"publicidad", R::kAdLabel},
    {"contenido relacionado", R::kSectionEnd},
    {"noticias relacionadas", R::kSectionEnd},
    {"artículos relacionados", R::kSectionEnd},
    {"te puede interesar", R::kSectionEnd},
    {"también te puede interesar", R::kSectionEnd},
    {"lo más leído", R::kSectionEnd},
    {"más noticias", R::kSectionEnd},
    {"lee también", R::kSectionEnd},
    {"comentarios", R::kCommentsStart},
    {"compartir", R::kBoilerLine},
    {"etiquetas", R::kBoilerLine},
    {"suscríbete", R::kBoilerPhrase},
    {"hazte miembro", R::kBoilerPhrase},
    {"puede escribirnos", R::kBoilerPhrase},  // "Puede escribirnos a … o seguirnos en Facebook"
    {"utilizamos cookies", R::kBoilerPhrase},
    // Site furniture of text captures (from text_rules.cc).
    {"canal de youtube", R::kBoilerPhrase},
    {"canal de telegram", R::kBoilerPhrase},
    {"canal de whatsapp", R::kBoilerPhrase},
    {"periodismo independiente", R::kBoilerPhrase},
    {"política de privacidad", R::kBoilerPhrase},
    // Openers of related lists in text captures (from text_rules.cc).
    {"notas relacionadas", R::kSectionEnd, true},
};

}  // namespace

std::span<const Phrase> SpanishPhrases() { return kSpanish; }

}  // namespace klartext::extract
