// German boilerplate phrases. Each is used across German news and
// institutional sites for the named page part (not tied to one site).
#include "extract/lexicon/lexicon.h"

namespace klartext::extract {
namespace {

using R = PhraseRole;

constexpr Phrase kGerman[] = {
    // Ad labels: German law (§ 5a UWG, press codes) requires "Anzeige".
    {"anzeige", R::kAdLabel},
    {"werbung", R::kAdLabel},
    {"gesponsert", R::kAdLabel},
    {"sponsored by", R::kAdLabel},
    {"-anzeige-", R::kAdLabel},
    {"anzeige", R::kAdLabel, true},  // "ANZEIGE - Heute mal ausgehen?"
    // Promotion teasers for the site's own video/podcast offers.
    {"teaser", R::kPromoLabel},
    {"jetzt streamen", R::kBoilerPhrase},
    {"jetzt abonnieren", R::kBoilerPhrase},
    {"jetzt kostenlos", R::kBoilerPhrase},
    {"kostenlos auf", R::kBoilerPhrase},
    {"zum newsletter", R::kBoilerPhrase},
    {"newsletter abonnieren", R::kBoilerPhrase},
    // Openers of related-news lists below the article.
    {"mehr news", R::kSectionEnd},
    {"entdecken sie jetzt", R::kSectionEnd},  // heading over teaser cards
    {"mehr zum thema", R::kSectionEnd},
    {"mehr zu diesem thema", R::kSectionEnd},
    {"weitere news", R::kSectionEnd},
    {"weitere artikel", R::kSectionEnd},
    {"weitere nachrichten", R::kSectionEnd},
    {"das könnte sie auch interessieren", R::kSectionEnd},
    {"das könnte dich auch interessieren", R::kSectionEnd},
    {"das thema könnte sie auch interessieren", R::kSectionEnd},
    {"das thema könnte dich auch interessieren", R::kSectionEnd},
    {"mehr themen", R::kSectionEnd},
    {"empfehlungen aus der redaktion", R::kSectionEnd},
    {"auch interessant", R::kSectionEnd},
    {"lesen sie auch", R::kSectionEnd},
    {"lesen sie auch", R::kSectionEnd, true},  // "Lesen Sie auch die folgenden Beiträge"
    {"lesen sie mehr", R::kSectionEnd},
    {"ähnliche artikel", R::kSectionEnd},
    {"ähnliche beiträge", R::kSectionEnd},
    {"verwandte artikel", R::kSectionEnd},
    {"meistgelesen", R::kSectionEnd},
    {"meistgelesene artikel", R::kSectionEnd},
    {"top-themen", R::kSectionEnd},
    {"empfehlungen der redaktion", R::kSectionEnd},
    {"weiterführende links", R::kSectionEnd},
    {"weiterführende informationen", R::kSectionEnd},
    {"weitere informationen", R::kSectionEnd},
    {"zum weiterlesen", R::kSectionEnd},
    {"mehr zu", R::kSectionEnd, true},      // "Mehr zu Klima und Konsum"
    {"mehr zum", R::kSectionEnd, true},
    {"mehr aus", R::kSectionEnd, true},     // "Mehr aus Berlin"
    {"mehr von", R::kSectionEnd, true},
    {"weitere artikel zu", R::kSectionEnd, true},
    {"über den autor", R::kSectionEnd},     // author boxes below the article
    {"über die autorin", R::kSectionEnd},
    {"zur person", R::kSectionEnd},
    {"themen", R::kBoilerLine},
    {"themen:", R::kBoilerLine, true},       // "Themen: Kritik aus dem Internet"
    {"schlagworte:", R::kBoilerLine, true},
    {"schlagworte", R::kBoilerLine},
    {"schlagwörter", R::kBoilerLine},
    // Reader comments.
    {"kommentare", R::kCommentsStart},
    {"kommentar schreiben", R::kCommentsStart},
    {"diskutieren sie mit", R::kCommentsStart},
    {"leserkommentare", R::kCommentsStart},
    {"kommentare geschlossen", R::kBoilerLine},  // closed threads (WordPress)
    {"kommentare sind geschlossen", R::kBoilerLine},
    // Controls and legal lines.
    {"teilen", R::kBoilerLine},
    {"artikel teilen", R::kBoilerLine},
    {"diesen artikel teilen", R::kBoilerLine},
    {"drucken", R::kBoilerLine},
    {"artikel drucken", R::kBoilerLine},
    {"e-mail", R::kBoilerLine},
    {"zum seitenanfang", R::kBoilerLine},
    {"nach oben", R::kBoilerLine},
    {"zurück", R::kBoilerLine},
    {"zur startseite", R::kBoilerLine},
    {"zum inhalt springen", R::kBoilerLine},
    {"zum inhalt wechseln", R::kBoilerLine},           // skip link (WordPress themes)
    {"lesezeit", R::kBoilerLine, true},                 // "Lesezeit ca. 3 Minuten" under the headline
    {"lesezeit:", R::kBoilerLine, true},                // "Lesezeit: 3 Minuten"
    {"impressum", R::kBoilerLine},
    {"datenschutz", R::kBoilerLine},
    {"datenschutzerklärung", R::kBoilerLine},
    {"alle rechte vorbehalten", R::kBoilerLine},
    {"vervielfältigung nur mit", R::kBoilerPhrase},  // copyright lines
    {"bild vergrößern", R::kBoilerLine},
    {"bildergalerie", R::kBoilerLine},
    {"als pdf herunterladen", R::kBoilerPhrase},  // download links under the text
    {"mehr anzeigen", R::kBoilerLine},
    {"weiterlesen", R::kBoilerLine},
    {"weiterlesen", R::kBoilerLine, true},  // "weiterlesen 5 Minuten": link and reading time
    {"lade", R::kBoilerLine},
    {"wird geladen", R::kBoilerLine},
    {"gefällt mir", R::kBoilerLine},               // like buttons (WordPress)
    {"gefällt mir wird geladen", R::kBoilerLine},
    {"folgen sie uns", R::kBoilerPhrase},
    {"video", R::kBoilerLine},
    // Captions and credits: "Abbildung 3: …", "Foto: …", "Quelle: …".
    {"abbildung", R::kCaptionLeadIn},
    {"abb", R::kCaptionLeadIn},
    {"bild", R::kCaptionLeadIn},
    {"bildquelle", R::kCaptionLeadIn},
    {"bildnachweis", R::kCaptionLeadIn},
    {"beitragsbild", R::kCaptionLeadIn},  // blogs' featured image: "Beitragsbild: …"
    {"foto", R::kCaptionLeadIn},
    {"fotos", R::kCaptionLeadIn},
    {"grafik", R::kCaptionLeadIn},
    {"quelle", R::kCaptionLeadIn},
    {"titelbild", R::kCaptionLeadIn},
    // Reader feedback and share prompts under the article.
    {"war der artikel nützlich", R::kBoilerPhrase},
    {"war dieser artikel hilfreich", R::kBoilerPhrase},
    {"hat ihnen der artikel gefallen", R::kBoilerPhrase},
    {"möchten sie den artikel teilen", R::kBoilerPhrase},
    {"artikel bewerten", R::kBoilerPhrase},
    // Appeals for support and subscriptions under the article.
    {"unterstützen sie unsere arbeit", R::kBoilerPhrase},
    {"unterstütze uns", R::kBoilerPhrase},
    {"unterstütze", R::kBoilerLine, true},  // "Unterstütze RosaMag bereits mit 2,50!"
    {"itunes und google play", R::kBoilerPhrase},  // app promos under the text
    {"app store und google play", R::kBoilerPhrase},
    {"für ios und android", R::kBoilerPhrase},
    {"jetzt unterstützen", R::kBoilerPhrase},
    {"jetzt spenden", R::kBoilerPhrase},
    {"jede kleine spende", R::kBoilerPhrase},
    // Browser push-notification prompts.
    {"benachrichtigung aktivieren", R::kBoilerPhrase},
    {"benachrichtigungen aktivieren", R::kBoilerPhrase},
    {"benachrichtigungen zu schicken", R::kBoilerPhrase},
    {"benachrichtigungen erfolgreich aktiviert", R::kBoilerPhrase},
    // Pointers to another article: "Wie X, erklären wir in unserem Beitrag Y."
    {"erklären wir in unserem", R::kBoilerPhrase},
    // Affiliate-link disclosures (required by German law, § 5a UWG).
    {"affiliate-link", R::kBoilerPhrase},
    {"enthält werbung", R::kBoilerPhrase},  // "Dieser Beitrag enthält Werbung für …"
    {"bei den verlinkungen handelt es sich um", R::kBoilerPhrase},
    {"erhalten wir eine provision", R::kBoilerPhrase},
    // Cookie and paywall notices.
    {"wir verwenden cookies", R::kBoilerPhrase},
    {"diese website verwendet cookies", R::kBoilerPhrase},
    {"cookie-einstellungen", R::kBoilerPhrase},
    {"cookies zustimmen", R::kBoilerPhrase},
    {"nur für abonnenten", R::kBoilerPhrase},
    {"sie haben bereits ein abo", R::kBoilerPhrase},
    {"jetzt weiterlesen", R::kBoilerPhrase},
    {"um diesen artikel zu lesen", R::kBoilerPhrase},
    {"exklusiv für abonnenten", R::kBoilerPhrase},
    {"alle aktuellen", R::kBoilerPhrase},  // "Alle aktuellen Sendungen finden Sie …"
    // Site furniture of text captures (from text_rules.cc): consent and
    // privacy lines, comment forms, sign-up, donation and channel prompts.
    {"datenschutzhinweis", R::kBoilerPhrase},
    {"datenschutzbestimmung", R::kBoilerPhrase},
    {"technische speicherung", R::kBoilerPhrase},
    {"e-mail-adresse wird nicht veröffentlicht", R::kBoilerPhrase},
    {"erforderliche felder sind", R::kBoilerPhrase},
    {"pflichtfelder sind", R::kBoilerPhrase},
    {"kommentar verfassen", R::kBoilerPhrase},
    {"kommentar abgeben", R::kBoilerPhrase},
    {"nutzungsbedingungen", R::kBoilerPhrase},
    {"melden sie sich an", R::kBoilerPhrase},
    {"registrieren sie sich", R::kBoilerPhrase},
    {"jetzt anmelden", R::kBoilerPhrase},
    {"spenden sie", R::kBoilerPhrase},
    {"um das antworten abzubrechen", R::kBoilerPhrase},
    {"kommentare werden moderiert", R::kBoilerPhrase},
    {"youtube-kanal", R::kBoilerPhrase},
    {"bezahlschranke", R::kBoilerPhrase},
    {"telegram-kanal", R::kBoilerPhrase},
    {"whatsapp-kanal", R::kBoilerPhrase},
    {"unabhängigen journalismus", R::kBoilerPhrase},
    // Openers of what follows an article in text captures (from
    // text_rules.cc): related lists and comment forms.
    {"beliebte beiträge", R::kSectionEnd, true},
    {"weitere beiträge", R::kSectionEnd, true},
    {"neueste beiträge", R::kSectionEnd, true},
    {"populäre artikel", R::kSectionEnd, true},
    {"meistgelesene", R::kSectionEnd, true},
    {"meist gelesen", R::kSectionEnd, true},
    {"das könnte dich auch", R::kSectionEnd, true},
    {"das könnte sie auch", R::kSectionEnd, true},
    {"schreibe einen kommentar", R::kCommentsStart, true},
    {"hinterlasse einen kommentar", R::kCommentsStart, true},
    {"kommentar verfassen", R::kCommentsStart, true},
    {"antwort hinterlassen", R::kCommentsStart, true},
    {"aktuelle kommentare", R::kSectionEnd, true},
    {"neueste kommentare", R::kSectionEnd, true},
};

}  // namespace

std::span<const Phrase> GermanPhrases() { return kGerman; }

}  // namespace klartext::extract
