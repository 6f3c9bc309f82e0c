// French boilerplate phrases: the labels French-language sites put on ads,
// related-news lists, comments and share bars. A short table: German and
// English come first; these cover what the evaluation pages show most.
#include "extract/lexicon/lexicon.h"

namespace klartext::extract {
namespace {

using R = PhraseRole;

constexpr Phrase kFrench[] = {
    {"publicité", R::kAdLabel},
    {"à lire aussi", R::kSectionEnd},
    {"lire aussi", R::kSectionEnd},
    {"articles similaires", R::kSectionEnd},
    {"sur le même sujet", R::kSectionEnd},
    {"les plus lus", R::kSectionEnd},
    {"commentaires", R::kCommentsStart},
    {"partager", R::kBoilerLine},
    {"crédits photos", R::kCaptionLeadIn},  // "Crédits photos : …"
    {"crédit photo", R::kCaptionLeadIn},
    {"abonnez-vous", R::kBoilerPhrase},
    {"nous utilisons des cookies", R::kBoilerPhrase},
    // Site furniture of text captures (from text_rules.cc).
    {"politique de confidentialité", R::kBoilerPhrase},
    // Openers of related lists in text captures (from text_rules.cc).
    {"à lire également", R::kSectionEnd, true},
};

}  // namespace

std::span<const Phrase> FrenchPhrases() { return kFrench; }

}  // namespace klartext::extract
