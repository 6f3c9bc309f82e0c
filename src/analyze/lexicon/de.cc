// analyze/lexicon/de.cc: German tables for statement and entity analysis.
#include <string>
#include <string_view>

#include "analyze/lexicon.h"
#include "analyze/lexicon/build.h"

namespace klartext::analyze {
namespace {

// Weak (regular) speech and writing verbs, as stem + separable particle.
// Their finite forms and participle are built by AddWeakVerb (build.h).
constexpr VerbStem kWeakSpeechVerbs[] = {
    {"sag", ""},        {"erklär", ""},     {"beton", ""},      {"behaupt", ""},
    {"bericht", ""},    {"äußer", ""},      {"erläuter", ""},   {"ergänz", ""},
    {"warn", ""},       {"forder", ""},     {"kritisier", ""},  {"bestätig", ""},
    {"dementier", ""},  {"bekräftig", ""},  {"versicher", ""},  {"antwort", ""},
    {"entgegn", ""},    {"argumentier", ""}, {"verkünd", ""},   {"meld", ""},
    {"twitter", ""},    {"erinner", ""},    {"mahn", ""},
    {"klag", ""},       {"beklag", ""},     {"bemängel", ""},   {"lob", ""},
    {"teil", "mit"},    {"kündig", "an"},   {"füg", "hinzu"},   {"führ", "aus"},
    {"räum", "ein"},    {"stell", "klar"},  {"kündig", "an"},   {"beschwer", ""},
    {"erwider", ""},    {"frag", ""},       {"verlaut", ""},    {"zitier", ""},
    {"präzisier", ""},  {"resümier", ""},   {"folger", ""},     {"schilder", ""},
    {"beschreib", ""},  {"versprech", ""},  {"vermut", ""},     {"befürcht", ""},
    {"glaub", ""},      {"mein", ""},       {"wiederhol", ""},  {"bemerk", ""},
    {"kommentier", ""}, {"informier", ""},   {"beharr", ""},
    {"verweis", ""},    {"post", ""},     {"leg", "dar"},
    {"begrüß", ""},     {"verurteil", ""},  {"plädier", ""},    {"bedauer", ""},
    {"verteidig", ""},  {"dräng", ""},      {"pranger", "an"},  {"stell", "fest"},
    {"bezweifel", ""},  {"beteuer", ""},    {"prognostizier", ""}, {"spekulier", ""},
};

// Strong and irregular verbs: every finite form and the participle, with the
// particle that closes a separable verb's clause.
constexpr VerbForm kStrongSpeechForms[] = {
    {"wirft", "vor"},  {"warf", "vor"},   {"werfen", "vor"}, {"warfen", "vor"},
    {"vorgeworfen", ""}, {"schlug", "vor"}, {"schlägt", "vor"}, {"vorgeschlagen", ""},
    {"gab", "an"},     {"gibt", "an"},    {"angegeben", ""}, {"nannte", ""},
    {"nennt", ""},     {"genannt", ""},
    {"bat", ""},       {"bittet", ""},    {"gebeten", ""},   {"empfahl", ""},
    {"empfiehlt", ""}, {"empfohlen", ""}, {"bezeichnete", ""}, {"bezeichnet", ""},
    {"bezeichneten", ""}, {"verwies", ""}, {"verweist", ""}, {"wandte", ""},
    {"droht", ""},     {"drohte", ""},    {"drohten", ""},   {"beteuerte", ""},
    {"beteuert", ""},  {"verlangte", ""}, {"verlangt", ""},  {"verlangten", ""},
    {"dachte", ""},    {"denkt", ""},     {"erwartet", ""},  {"erwartete", ""},
    {"schätzt", ""},   {"schätzte", ""},  {"ging", "aus"},   {"geht", "aus"},
    {"gehen", "aus"},  {"gingen", "aus"}, {"sieht", ""},     {"sah", ""},
    {"hält", "für"},   {"hielt", "für"},  {"appellierte", ""}, {"appelliert", ""},
    {"beschuldigte", ""}, {"beschuldigt", ""}, {"beschuldigten", ""}, {"hieß", ""},
    {"riefen", "auf"}, {"aufgerufen", ""}, {"aufgefordert", ""}, {"forderte", "auf"},
    {"fordert", "auf"}, {"kündigten", "an"}, {"sagt", ""},
    // Verb-final forms of separable verbs, in subordinate clauses.
    {"bekanntgab", ""}, {"zugab", ""},     {"hinwies", ""},   {"vorwarf", ""},
    {"vorschlug", ""}, {"hervorhob", ""}, {"zurückwies", ""}, {"ausschloss", ""},
    {"aufrief", ""},   {"aufforderte", ""}, {"bekanntgegeben", ""},
    {"schreibt", ""},  {"schrieb", ""},   {"schrieben", ""}, {"schreiben", ""},
    {"geschrieben", ""}, {"spricht", ""}, {"sprach", ""},    {"sprachen", ""},
    {"unterstreicht", ""}, {"unterstrichen", ""},
    {"gesteht", ""},   {"gestand", ""},   {"gestanden", ""}, {"gibt", "zu"},
    {"gab", "zu"},     {"zugegeben", ""}, {"gibt", "bekannt"}, {"gab", "bekannt"},
    {"bekanntgegeben", ""}, {"weist", "hin"}, {"wies", "hin"}, {"hingewiesen", ""},
    {"betont", ""},    {"rief", "auf"},   {"ruft", "auf"},   {"verspricht", ""},
    {"versprach", ""}, {"schreibt", ""},  {"beschrieb", ""}, {"hob", "hervor"},
    {"hebt", "hervor"}, {"hervorgehoben", ""}, {"widersprach", ""},
    {"widerspricht", ""}, {"wies", "zurück"}, {"weist", "zurück"},
    {"zurückgewiesen", ""}, {"schloss", "aus"}, {"schließt", "aus"},
    {"ausgeschlossen", ""}, {"riet", ""},     {"rät", ""}, {"bekannte", ""},
    {"bestritt", ""},  {"bestreitet", ""}, {"bestritten", ""},
};

constexpr std::string_view kComplementizers[] = {"dass", "daß", "ob"};

// Role and description nouns (singular, nominative/dative/genitive forms).
constexpr std::string_view kRoleNouns[] = {
    "sprecher", "sprecherin", "präsident", "präsidentin", "kanzler", "kanzlerin",
    "minister", "ministerin", "chef", "chefin", "berater", "beraterin",
    "unterhändler", "unterhändlerin", "unterhändlers", "vertraute", "vertrauter",
    "vertrauten", "sondergesandter", "sondergesandte", "gesandter", "gesandte",
    "botschafter", "botschafterin", "direktor", "direktorin", "vorsitzende",
    "vorsitzender", "leiter", "leiterin", "beauftragter", "beauftragte",
    "abgeordnete", "abgeordneter", "bürgermeister", "bürgermeisterin",
    "regierungschef", "regierungschefin", "premier", "premierminister",
    "senator", "senatorin", "gouverneur", "general", "kommandeur", "experte",
    "expertin", "anwalt", "anwältin", "staatsanwalt", "richter", "richterin",
    "politiker", "politikerin", "trainer", "trainerin", "manager", "managerin",
    "analyst", "analystin", "ökonom", "ökonomin", "wissenschaftler",
    "wissenschaftlerin", "forscher", "forscherin", "autor", "autorin",
    "journalist", "journalistin", "kommissar", "kommissarin", "papst", "könig",
    "königin", "prinz", "prinzessin", "diplomat", "diplomatin", "gründer",
    "gründerin", "geschäftsführer", "geschäftsführerin", "vorstand", "sekretär",
    "generalsekretär", "generalsekretärin", "oberhaupt", "ermittler", "polizeisprecher",
    "vizepräsident", "vizekanzler", "kandidat", "kandidatin", "aktivist",
    "aktivistin", "bischof", "kardinal", "professor", "professorin", "arzt", "ärztin",
    "kremlchef", "unternehmer", "investor", "ministerpräsident", "ministerpräsidentin",
};
// A compound ending in one of these names a role: "Kreml|sprecher",
// "US-|Präsident", "Kreml-|Berater". Checked on the folded word.
constexpr std::string_view kRoleSuffixes[] = {
    "sprecher", "sprecherin", "präsident", "präsidentin", "kanzler", "kanzlerin",
    "minister", "ministerin", "chef", "chefin", "berater", "beraterin",
    "gesandter", "gesandte", "botschafter", "vorsitzende", "vorsitzender",
    "leiter", "leiterin", "beauftragter", "beauftragte", "bürgermeister",
    "unterhändler", "direktor", "direktorin", "sekretär", "senator", "politiker",
    "politikerin", "experte", "expertin", "anwalt", "kommissar",
};

constexpr std::string_view kHonorifics[] = {
    "herr", "herrn", "frau", "dr.", "prof.", "professor", "professorin", "sir",
    "lord", "lady", "papst", "graf", "gräfin", "fürst", "kardinal", "pfarrer",
};

constexpr PronounEntry kPronouns[] = {
    {"er", Agreement::kMale}, {"sie", Agreement::kAny}, {"ihm", Agreement::kMale},
    {"man", Agreement::kAny}, {"wir", Agreement::kPlural}, {"ich", Agreement::kAny},
};

constexpr std::string_view kDeterminers[] = {
    "der", "die", "das", "des", "dem", "den", "ein", "eine", "einer", "eines",
    "einem", "einen", "sein", "seine", "seiner", "seines", "ihr", "ihre", "ihrer",
    "ihres", "dessen", "deren", "unser", "unsere", "dieser", "diese", "dieses",
};

constexpr std::string_view kPhraseBreakers[] = {
    "in", "im", "auf", "mit", "bei", "beim", "am", "an", "vor", "nach", "über",
    "unter", "gegenüber", "laut", "zufolge", "am", "zum", "zur", "aus", "seit",
    "und", "oder", "aber", "sondern", "denn", "doch", "dass", "daß", "ob", "wie",
    "als", "wenn", "weil", "da", "nun", "jetzt", "heute", "gestern", "am", "bereits",
    "schon", "auch", "noch", "nicht", "zudem", "außerdem", "ebenfalls", "dann",
    "später", "weiter", "weiterhin", "erneut", "zuletzt", "kürzlich", "damals",
    "demnach", "so", "es", "sich", "dazu", "darüber", "hierzu", "dabei", "gegen",
    "um", "durch", "ohne", "während", "wegen", "vom", "ins", "bis", "hat", "habe",
    "ist", "sei", "wurde", "werde", "hatte", "war", "am", "offenbar", "zufolge",
    "inzwischen", "mittlerweile", "jedoch", "allerdings", "bislang", "bisher",
    // Capitalised at a sentence start, never a speaker: "Dies bestätigte …".
    "dies", "offiziell", "anschließend", "daher", "deshalb", "dennoch", "ferner",
    "trotzdem", "zuvor", "montag", "dienstag", "mittwoch", "donnerstag", "freitag",
    "samstag", "sonntag", "morgen", "abend", "vormittag", "nachmittag", "zunächst",
};

constexpr std::string_view kSourceBefore[] = {
    "laut", "nach angaben", "nach ansicht", "nach auffassung", "nach meinung",
    "nach einschätzung", "nach informationen", "nach aussage", "nach aussagen",
    "nach worten", "nach darstellung", "nach berichten", "gemäß",
};
constexpr std::string_view kSourceAfter[] = {"zufolge"};
constexpr std::string_view kClauseOnlyVerbs[] = {
    "wirft", "warf", "werfen", "warfen", "vorgeworfen", "beschuldigte", "beschuldigt",
    "beschuldigten", "drohte", "drohten", "droht", "sieht", "sah", "dachte", "denkt",
    "hält", "hielt", "erwartet", "erwartete", "schätzt", "schätzte", "ging", "geht",
    "gehen", "gingen", "glaubt", "glaubte", "meint", "meinte", "hofft", "hoffte",
    "befürchtet", "befürchtete", "vermutet", "vermutete", "fragte", "fragt", "bat",
    "bittet", "gebeten", "wandte", "erinnert", "erinnerte", "sprach", "spricht",
    "vorwarf",
};
constexpr std::string_view kOpinionNouns[] = {
    "meinung", "ansicht", "auffassung", "angaben", "einschätzung", "überzeugung",
    "worten", "aussage", "aussagen", "darstellung", "expertenmeinung", "informationen",
    "schätzungen", "berechnungen", "erkenntnissen", "polizeiangaben", "medienberichten",
};
constexpr std::string_view kKonjunktiv2[] = {"hätte", "hätten", "wäre", "wären", "würde", "würden",
                                             "könnten", "müssten", "dürften", "sollten"};
constexpr std::string_view kHearsayModals[] = {"soll", "sollen", "sollte", "sollten"};
constexpr std::string_view kSourceAnaphoric[] = {"demnach", "dementsprechend"};
constexpr std::string_view kSourceClosing[] = {"so"};
constexpr std::string_view kImpersonalSpeech[] = {"heißt", "hieß"};

constexpr std::string_view kOrgCues[] = {
    "sender", "nachrichtenagentur", "agentur", "zeitung", "zeitschrift", "magazin",
    "partei", "konzern", "unternehmen", "firma", "verein", "verband", "gewerkschaft",
    "organisation", "bank", "fernsehsender", "radiosender", "tageszeitung",
    "wochenzeitung", "onlinemagazin", "fraktion", "behörde", "stiftung", "institut",
};
constexpr std::string_view kOrgSuffixes[] = {
    "gmbh", "ag", "se", "kg", "e.v.", "inc.", "ltd.", "co.", "corp.", "llc",
};
constexpr std::string_view kOrganizations[] = {
    "nato", "eu", "uno", "un", "tass", "dpa", "afp", "reuters", "ap", "ria",
    "interfax", "fox news", "cnn", "bbc", "ard", "zdf", "rtl", "sat.1", "n-tv",
    "ntv", "spd", "cdu", "csu", "fdp", "afd", "grüne", "linke", "bsw", "bundestag",
    "bundesrat", "bundesregierung", "kreml", "pentagon", "weißes haus", "fbi",
    "cia", "who", "imf", "iwf", "ezb", "opec", "osze", "g7", "g20", "fifa", "uefa",
    "dfb", "siemens", "volkswagen", "bmw", "daimler", "google", "apple", "microsoft",
    "amazon", "facebook", "meta", "twitter", "telegram", "gazprom", "rosneft",
    "bundeswehr", "europarat", "eu-kommission", "vereinte nationen", "hamas",
    "hisbollah", "taliban", "bundesanwaltschaft", "bundesverfassungsgericht",
    "bundeskanzleramt", "new york times", "washington post", "spiegel", "bild",
    "al-dschasira", "al jazeera", "unesco", "unicef", "greenpeace", "bundespolizei",
};
constexpr std::string_view kPlaces[] = {
#include "analyze/lexicon/de_places.inc"
};

constexpr std::string_view kMonths[] = {
    "januar", "jänner", "februar", "märz", "april", "mai", "juni", "juli",
    "august", "september", "oktober", "november", "dezember",
};

constexpr std::string_view kAbbreviations[] = {
    "z.", "b.", "d.", "h.", "u.", "a.", "v.", "s.", "o.", "dr.", "prof.", "bzw.",
    "ca.", "etc.", "evtl.", "ggf.", "inkl.", "nr.", "str.", "usw.", "vgl.", "zb.",
    "z.b.", "u.a.", "d.h.", "o.ä.", "bzw", "jh.", "jhd.", "mio.", "mrd.", "min.",
    "max.", "abs.", "art.", "st.", "hl.", "sog.", "geb.", "gest.", "ehem.", "bsp.",
    "u.s.", "u.s.a.", "dipl.", "ing.", "mag.", "gen.", "lt.", "tel.", "okt.", "nov.",
    "dez.", "jan.", "feb.", "aug.", "sept.", "rd.", "mr.", "mrs.", "ms.", "jr.",
    "sen.", "rep.", "gov.", "co.", "inc.", "ltd.", "corp.", "vs.", "chr.", "n.",
};

constexpr std::string_view kNotNames[] = {
    "der", "die", "das", "ein", "eine", "es", "er", "sie", "wir", "ich", "in", "im",
    "am", "auf", "mit", "bei", "nach", "vor", "für", "von", "zu", "zum", "zur",
    "als", "auch", "aber", "und", "oder", "doch", "dass", "wie", "wenn", "was",
    "wer", "wo", "warum", "so", "nun", "dann", "seit", "um", "über", "unter",
    "montag", "dienstag", "mittwoch", "donnerstag", "freitag", "samstag", "sonntag",
    "herr", "frau", "regierung", "polizei", "sprecher", "präsident", "anzeige",
    "news", "video", "foto", "bild", "mehr", "alle", "alles", "diese", "dieser",
    "dieses", "man", "laut", "zufolge", "demnach", "außerdem", "gespräche",
    "gesprächen", "dabei", "zudem", "vorläufig", "kreml",
};

void BuildGerman(Lexicon& lex) {
  lex.language = "de";
  for (const VerbStem& v : kWeakSpeechVerbs) AddWeakVerb(lex, v);
  for (const VerbForm& v : kStrongSpeechForms) AddVerbForm(lex, v);
  AddAll(lex.complementizers, kComplementizers);
  static const std::string_view kKonjunktiv1[] = {
#include "analyze/lexicon/de_konjunktiv1.inc"
  };
  AddAll(lex.konjunktiv1, kKonjunktiv1);
  AddAll(lex.role_nouns, kRoleNouns);
  lex.role_suffixes.assign(std::begin(kRoleSuffixes), std::end(kRoleSuffixes));
  AddAll(lex.honorifics, kHonorifics);
  for (const PronounEntry& p : kPronouns) lex.pronouns.emplace(p.word, p.agreement);
  AddAll(lex.determiners, kDeterminers);
  AddAll(lex.phrase_breakers, kPhraseBreakers);
  for (std::string_view s : kSourceBefore) lex.source_before.push_back(SplitWords(s));
  AddAll(lex.source_after, kSourceAfter);
  AddAll(lex.clause_only_verbs, kClauseOnlyVerbs);
  AddAll(lex.opinion_nouns, kOpinionNouns);
  AddAll(lex.hearsay_modals, kHearsayModals);
  AddAll(lex.konjunktiv2, kKonjunktiv2);
  AddAll(lex.source_anaphoric, kSourceAnaphoric);
  AddAll(lex.source_closing, kSourceClosing);
  AddAll(lex.impersonal_speech, kImpersonalSpeech);
  AddAll(lex.org_cues, kOrgCues);
  AddAll(lex.org_suffixes, kOrgSuffixes);
  AddAll(lex.organizations, kOrganizations);
  AddAll(lex.places, kPlaces);
  AddAll(lex.months, kMonths);
  AddAll(lex.abbreviations, kAbbreviations);
  AddAll(lex.not_names, kNotNames);
}

}  // namespace

const Lexicon& GermanLexicon() {
  static const Lexicon* lexicon = [] {
    auto* lex = new Lexicon;
    BuildGerman(*lex);
    return lex;
  }();
  return *lexicon;
}

}  // namespace klartext::analyze
