// analyze/lexicon/en.cc: English tables for statement and entity analysis.
#include <string_view>

#include "analyze/lexicon.h"
#include "analyze/lexicon/build.h"

namespace klartext::analyze {
namespace {

// Speech and writing verbs: base, third person, past (= participle).
struct EnglishVerb {
  std::string_view base, third, past, particle;
};
constexpr EnglishVerb kSpeechVerbs[] = {
    {"say", "says", "said", ""},          {"tell", "tells", "told", ""},
    {"add", "adds", "added", ""},         {"state", "states", "stated", ""},
    {"claim", "claims", "claimed", ""},   {"explain", "explains", "explained", ""},
    {"note", "notes", "noted", ""},       {"write", "writes", "wrote", ""},
    {"argue", "argues", "argued", ""},    {"insist", "insists", "insisted", ""},
    {"warn", "warns", "warned", ""},      {"announce", "announces", "announced", ""},
    {"declare", "declares", "declared", ""}, {"report", "reports", "reported", ""},
    {"confirm", "confirms", "confirmed", ""}, {"deny", "denies", "denied", ""},
    {"suggest", "suggests", "suggested", ""}, {"acknowledge", "acknowledges", "acknowledged", ""},
    {"admit", "admits", "admitted", ""},  {"contend", "contends", "contended", ""},
    {"assert", "asserts", "asserted", ""}, {"maintain", "maintains", "maintained", ""},
    {"predict", "predicts", "predicted", ""}, {"promise", "promises", "promised", ""},
    {"ask", "asks", "asked", ""},         {"reply", "replies", "replied", ""},
    {"respond", "responds", "responded", ""}, {"tweet", "tweets", "tweeted", ""},
    {"comment", "comments", "commented", ""}, {"remark", "remarks", "remarked", ""},
    {"recall", "recalls", "recalled", ""}, {"emphasize", "emphasizes", "emphasized", ""},
    {"stress", "stresses", "stressed", ""}, {"testify", "testifies", "testified", ""},
    {"complain", "complains", "complained", ""}, {"allege", "alleges", "alleged", ""},
    {"charge", "charges", "charged", ""}, {"concede", "concedes", "conceded", ""},
    {"continue", "continues", "continued", ""}, {"mention", "mentions", "mentioned", ""},
    {"observe", "observes", "observed", ""}, {"reiterate", "reiterates", "reiterated", ""},
    {"quip", "quips", "quipped", ""},     {"joke", "jokes", "joked", ""},
    {"boast", "boasts", "boasted", ""},   {"vow", "vows", "vowed", ""},
    {"pledge", "pledges", "pledged", ""}, {"urge", "urges", "urged", ""},
    {"point", "points", "pointed", "out"}, {"criticize", "criticizes", "criticized", ""},
    {"describe", "describes", "described", ""}, 
    {"accuse", "accuses", "accused", ""}, {"counter", "counters", "countered", ""},
    {"declare", "declares", "declared", ""}, {"write", "writes", "written", ""},
    {"speak", "speaks", "spoke", ""},     {"tell", "tells", "told", ""},
    {"proclaim", "proclaims", "proclaimed", ""}, {"indicate", "indicates", "indicated", ""},
    {"disclose", "discloses", "disclosed", ""}, {"reveal", "reveals", "revealed", ""},
    {"shout", "shouts", "shouted", ""},   {"yell", "yells", "yelled", ""},
    {"post", "posts", "posted", ""},      {"blast", "blasts", "blasted", ""},
    {"assure", "assures", "assured", ""}, {"inform", "informs", "informed", ""},
};

constexpr std::string_view kComplementizers[] = {"that", "whether", "if"};

constexpr std::string_view kRoleNouns[] = {
    "spokesman", "spokeswoman", "spokesperson", "president", "minister", "chief",
    "adviser", "advisor", "negotiator", "envoy", "ambassador", "director", "chairman",
    "chairwoman", "chair", "leader", "head", "senator", "governor", "mayor",
    "secretary", "candidate", "official", "officials", "lawmaker", "congressman",
    "congresswoman", "representative", "analyst", "economist", "expert", "lawyer",
    "attorney", "judge", "prosecutor", "general", "commander", "professor",
    "researcher", "author", "founder", "ceo", "executive", "manager", "strategist",
    "aide", "adviser", "pollster", "chancellor", "premier", "king", "queen", "pope",
    "nominee", "frontrunner", "front-runner", "hopeful", "activist", "campaign",
    "speaker", "sheriff", "detective", "officer", "diplomat", "commissioner",
};
constexpr std::string_view kRoleSuffixes[] = {"man", "woman", "person"};

constexpr std::string_view kHonorifics[] = {
    "mr.", "mrs.", "ms.", "dr.", "prof.", "sen.", "rep.", "gov.", "gen.", "lt.",
    "col.", "capt.", "sgt.", "rev.", "sir", "lord", "lady", "mr", "mrs", "ms", "dr",
    "president", "senator", "governor", "secretary", "judge", "pope", "king", "queen",
};

constexpr PronounEntry kPronouns[] = {
    {"he", Agreement::kMale}, {"she", Agreement::kFemale}, {"they", Agreement::kPlural},
    {"we", Agreement::kPlural}, {"i", Agreement::kAny}, {"it", Agreement::kNeuter},
};

constexpr std::string_view kDeterminers[] = {
    "the", "a", "an", "his", "her", "its", "their", "our", "this", "that", "these",
    "those", "my", "your",
};

constexpr std::string_view kPhraseBreakers[] = {
    "in", "on", "at", "to", "for", "with", "by", "from", "about", "after", "before",
    "during", "and", "or", "but", "that", "when", "while", "because", "as", "if",
    "who", "which", "also", "has", "have", "had", "is", "was", "were", "are", "will",
    "would", "could", "should", "can", "may", "might", "did", "does", "do", "not",
    "later", "earlier", "recently", "then", "now", "today", "yesterday", "last",
    "told", "said", "says", "in", "of", "than", "it", "there", "this", "repeatedly",
    "previously", "once", "again", "again,", "simply", "flatly", "publicly",
};

constexpr std::string_view kSourceBefore[] = {
    "according to", "as reported by", "as told to", "in the words of",
};
constexpr std::string_view kOrgCues[] = {
    "agency", "network", "newspaper", "party", "company", "committee", "group",
    "university", "institute", "foundation", "council", "department", "ministry",
    "association", "union", "corporation", "bank",
};
constexpr std::string_view kOrgSuffixes[] = {"inc.", "inc", "corp.", "corp", "ltd.",
                                             "ltd", "llc", "co.", "plc", "gmbh", "ag"};
constexpr std::string_view kOrganizations[] = {
    "nato", "eu", "un", "united nations", "gop", "republican party",
    "democratic party", "congress", "senate", "white house", "pentagon", "fbi", "cia",
    "nsa", "dhs", "state department", "supreme court", "cnn", "fox news", "msnbc",
    "nbc", "abc", "cbs", "npr", "bbc", "reuters", "ap", "afp", "bloomberg",
    "new york times", "washington post", "wall street journal", "breitbart",
    "politico", "huffington post", "the hill", "isis", "isil", "al qaeda", "hamas",
    "hezbollah", "taliban", "kremlin", "google", "apple", "microsoft", "amazon",
    "facebook", "twitter", "planned parenthood", "nra", "aclu", "who", "imf",
    "federal reserve", "fed", "rnc", "dnc", "tass", "dpa",
};
constexpr std::string_view kPlaces[] = {
#include "analyze/lexicon/en_places.inc"
};
constexpr std::string_view kMonths[] = {
    "january", "february", "march", "april", "may", "june", "july", "august",
    "september", "october", "november", "december",
};
constexpr std::string_view kAbbreviations[] = {
    "mr.", "mrs.", "ms.", "dr.", "prof.", "sen.", "rep.", "gov.", "gen.", "lt.",
    "col.", "capt.", "sgt.", "rev.", "st.", "jr.", "sr.", "inc.", "corp.", "ltd.",
    "co.", "vs.", "etc.", "e.g.", "i.e.", "u.s.", "u.k.", "u.n.", "d.c.", "a.m.",
    "p.m.", "no.", "jan.", "feb.", "aug.", "sept.", "oct.", "nov.", "dec.", "ft.",
    "mt.", "ave.", "approx.", "dept.", "est.", "fig.", "u.s.a.",
};
constexpr std::string_view kNotNames[] = {
    "the", "a", "an", "he", "she", "it", "they", "we", "i", "in", "on", "at", "but",
    "and", "or", "if", "when", "while", "as", "after", "before", "this", "that",
    "these", "those", "there", "here", "what", "who", "why", "how", "monday",
    "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "so", "yet",
    "still", "also", "some", "many", "most", "all", "according", "mr.", "mrs.",
    "ms.", "president", "senator", "governor", "but", "for", "from", "with", "his",
    "her", "their", "our", "my", "its", "now", "then", "today", "yesterday",
    "republicans", "democrats", "republican", "democrat", "americans", "american",
};

void BuildEnglish(Lexicon& lex) {
  lex.language = "en";
  for (const EnglishVerb& v : kSpeechVerbs) AddEnglishVerb(lex, v.base, v.third, v.past, v.particle);
  AddAll(lex.complementizers, kComplementizers);
  AddAll(lex.role_nouns, kRoleNouns);
  lex.role_suffixes.assign(std::begin(kRoleSuffixes), std::end(kRoleSuffixes));
  AddAll(lex.honorifics, kHonorifics);
  for (const PronounEntry& p : kPronouns) lex.pronouns.emplace(p.word, p.agreement);
  AddAll(lex.determiners, kDeterminers);
  AddAll(lex.phrase_breakers, kPhraseBreakers);
  for (std::string_view s : kSourceBefore) lex.source_before.push_back(SplitWords(s));
  AddAll(lex.org_cues, kOrgCues);
  AddAll(lex.org_suffixes, kOrgSuffixes);
  AddAll(lex.organizations, kOrganizations);
  AddAll(lex.places, kPlaces);
  AddAll(lex.months, kMonths);
  AddAll(lex.abbreviations, kAbbreviations);
  AddAll(lex.not_names, kNotNames);
}

}  // namespace

const Lexicon& EnglishLexicon() {
  static const Lexicon* lexicon = [] {
    auto* lex = new Lexicon;
    BuildEnglish(*lex);
    return lex;
  }();
  return *lexicon;
}

const Lexicon& LexiconFor(std::string_view language) {
  if (language.size() >= 2 && (language[0] == 'd' || language[0] == 'D') &&
      (language[1] == 'e' || language[1] == 'E'))
    return GermanLexicon();
  return EnglishLexicon();
}

}  // namespace klartext::analyze
