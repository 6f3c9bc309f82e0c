#include "core/language.h"

#include <string>
#include <unordered_map>

#include "core/text.h"
#include "core/utf8.h"

namespace klartext {
namespace {

// The most frequent function words of each language: articles, pronouns,
// prepositions, conjunctions, auxiliaries, lower case (FoldCase). A word
// may stand in several tables ("in", "de"); it then counts for each.
// German and English: the hundred most frequent; the others about fifty,
// enough to recognise their prose (without them a Spanish paragraph,
// sharing only "a" and "en" with German and English, read as a keyword list).
constexpr std::string_view kGermanFunctionWords[] = {
    "der",   "die",    "das",   "und",   "in",     "zu",     "den",    "von",   "mit",   "ist",
    "im",    "für",    "auf",   "nicht", "ein",    "eine",   "sich",   "des",   "dem",   "es",
    "auch",  "als",    "an",    "wie",   "bei",    "er",     "sie",    "wir",   "ich",   "aus",
    "so",    "nach",   "um",    "sind",  "hat",    "war",    "werden", "wird",  "noch",  "oder",
    "aber",  "nur",    "über",  "einem", "einer",  "eines",  "einen",  "zum",   "zur",   "vor",
    "dass",  "daß",    "kann",  "können", "man",   "wenn",   "was",    "wurde", "wurden", "habe",
    "haben", "sein",   "seine", "ihre",  "ihr",    "diese",  "dieser", "dieses", "doch", "schon",
    "bis",   "durch",  "gegen", "mehr",  "da",     "hier",   "dann",   "denn",  "weil",  "ob",
    "ja",    "sehr",   "immer", "wieder", "unter", "zwischen", "sowie", "jedoch", "kein", "keine",
    "mich",  "mir",    "uns",   "euch",  "ihm",    "ihn",    "ihnen",  "sei",   "waren", "hatte",
};
constexpr std::string_view kEnglishFunctionWords[] = {
    "the",   "of",    "and",   "to",    "a",     "in",    "is",    "that",  "for",   "it",
    "on",    "with",  "as",    "was",   "be",    "by",    "at",    "this",  "are",   "from",
    "or",    "an",    "have",  "not",   "but",   "his",   "her",   "they",  "we",    "you",
    "he",    "she",   "which", "their", "has",   "had",   "been",  "were",  "will",  "would",
    "can",   "there", "all",   "one",   "also",  "its",   "our",   "more",  "about", "so",
    "if",    "what",  "who",   "when",  "than",  "into",  "some",  "could", "them",  "these",
    "those", "after", "over",  "only",  "other", "such",  "then",  "how",   "may",   "i",
    "my",    "me",    "us",    "do",    "does",  "did",   "because", "while", "where", "very",
};
constexpr std::string_view kSpanishFunctionWords[] = {
    "de", "la", "que", "el", "en", "y", "los", "se", "del", "las", "un", "por", "con", "no", "una", "su",
    "para", "es", "al", "lo", "como", "más", "pero", "sus", "le", "ha", "si", "sin", "sobre", "este", "ya",
    "entre", "cuando", "esta", "ser", "son", "también", "fue", "había", "era", "muy", "hasta", "desde",
    "está", "porque", "hay", "donde", "ni", "nos",
};
constexpr std::string_view kFrenchFunctionWords[] = {
    "de", "la", "le", "et", "les", "des", "en", "un", "du", "une", "que", "est", "pour", "qui", "dans",
    "par", "plus", "pas", "au", "sur", "ne", "se", "ce", "il", "sont", "avec", "son", "ou", "mais",
    "comme", "été", "elle", "ont", "nous", "vous", "leur", "ces", "aux", "cette", "ses", "tout", "même",
    "aussi", "lui", "entre", "sans", "peut", "être", "d", "l", "qu", "n", "s", "c",
};
constexpr std::string_view kItalianFunctionWords[] = {
    "di", "e", "il", "la", "che", "in", "per", "un", "è", "del", "non", "una", "le", "si", "con", "da",
    "i", "sono", "al", "della", "ma", "come", "lo", "gli", "più", "anche", "ha", "nel", "alla", "questo",
    "ci", "se", "dei", "delle", "ad", "nella", "su", "tra",
};
constexpr std::string_view kPortugueseFunctionWords[] = {
    "de", "o", "que", "e", "do", "da", "em", "um", "para", "é", "com", "não", "uma", "os", "no", "se",
    "na", "por", "mais", "as", "dos", "como", "mas", "foi", "ao", "ele", "das", "tem", "à", "seu", "sua",
    "ou", "ser", "quando", "muito", "há", "nos", "já", "está", "também", "pelo", "pela", "até", "isso",
    "ela", "entre", "era", "depois", "sem", "mesmo",
};
constexpr std::string_view kDutchFunctionWords[] = {
    "de", "en", "van", "het", "een", "in", "is", "dat", "op", "te", "zijn", "met", "voor", "niet", "aan",
    "er", "die", "als", "ook", "maar", "bij", "om", "dan", "nog", "naar", "door", "over", "worden",
    "wordt", "werd", "hij", "zij", "we",
};

// Fewer hits than this is no evidence of a language.
constexpr std::size_t kMinGuessHits = 5;
// Words read to guess a language: enough to decide, more only costs time.
constexpr std::size_t kGuessWords = 2000;

using LanguageMask = std::uint8_t;
static_assert(kLanguageCount <= 8, "LanguageMask holds one bit per language");

// Every function word with the languages it belongs to.
const std::unordered_map<std::string_view, LanguageMask>& FunctionWordTable() {
  static const auto* table = [] {
    auto* t = new std::unordered_map<std::string_view, LanguageMask>();
    auto add = [t](Language l, auto const& words) {
      for (std::string_view w : words) (*t)[w] |= static_cast<LanguageMask>(1u << LanguageIndex(l));
    };
    add(Language::kGerman, kGermanFunctionWords);
    add(Language::kEnglish, kEnglishFunctionWords);
    add(Language::kSpanish, kSpanishFunctionWords);
    add(Language::kFrench, kFrenchFunctionWords);
    add(Language::kItalian, kItalianFunctionWords);
    add(Language::kPortuguese, kPortugueseFunctionWords);
    add(Language::kDutch, kDutchFunctionWords);
    return t;
  }();
  return *table;
}


}  // namespace

std::string_view LanguageCode(Language l) {
  static constexpr std::string_view kCodes[kLanguageCount] = {"de", "en", "es", "fr", "it", "pt", "nl"};
  return kCodes[LanguageIndex(l)];
}

FunctionWordCounts CountFunctionWords(std::string_view text, std::size_t max_words) {
  const std::string folded = FoldCase(text);
  const auto& table = FunctionWordTable();
  FunctionWordCounts counts;
  std::size_t i = 0;
  while (i < folded.size() && counts.words < max_words) {
    std::size_t len = 1;
    if (!WordCharAt(folded, i, &len)) {
      i += len;
      continue;
    }
    const std::size_t start = i;
    while (i < folded.size() && WordCharAt(folded, i, &len)) i += len;
    ++counts.words;
    auto it = table.find(std::string_view(folded).substr(start, i - start));
    if (it == table.end()) continue;
    ++counts.function_words;
    for (std::size_t l = 0; l < kLanguageCount; ++l) counts.hits[l] += (it->second >> l) & 1u;
  }
  return counts;
}

std::string_view LikelyLanguage(std::string_view text) {
  const FunctionWordCounts counts = CountFunctionWords(text, kGuessWords);
  std::size_t best = 0;
  bool tie = false;
  for (std::size_t l = 1; l < kLanguageCount; ++l) {
    if (counts.hits[l] > counts.hits[best]) {
      best = l;
      tie = false;
    } else if (counts.hits[l] == counts.hits[best]) {
      tie = true;
    }
  }
  if (tie || counts.hits[best] < kMinGuessHits) return {};
  return LanguageCode(static_cast<Language>(best));
}

bool IsFunctionWord(std::string_view folded_word) {
  return FunctionWordTable().count(folded_word) != 0;
}

double FunctionWordShare(std::string_view text) {
  const FunctionWordCounts counts = CountFunctionWords(text);
  return counts.words == 0 ? 0.0 : double(counts.function_words) / double(counts.words);
}

}  // namespace klartext
