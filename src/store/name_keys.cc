#include "store/name_keys.h"

#include <array>

#include "analyze/phonetics.h"
#include "core/text.h"

namespace klartext::store {
namespace {

// Leading words that do not tell people apart: German and English articles
// and the indefinite forms. A role description keeps its adjectives
// ("der russische Unterhändler" → "russische unterhändler").
constexpr std::array<std::string_view, 14> kLeadingArticles = {
    "der", "die", "das", "des", "dem", "den", "ein", "eine", "einer", "eines", "einem", "the", "a", "an"};

// Mentions no longer than this that are all lower case are pronouns
// ("er", "sie", "ihm", "she", "him", "they"): never aliases.
constexpr std::size_t kMaxPronounBytes = 5;

bool HasUpperAscii(std::string_view s) {
  for (char c : s) {
    if (c >= 'A' && c <= 'Z') return true;
  }
  return false;
}

}  // namespace

std::vector<std::string_view> NameWords(std::string_view name) {
  std::vector<std::string_view> words;
  for (std::string_view w : SplitAny(name, " \t\n\r")) {
    if (!w.empty()) words.push_back(w);
  }
  return words;
}

std::string AliasKey(std::string_view text) {
  const std::string folded = FoldCase(CollapseWhitespace(Trim(text)));
  std::string_view rest = folded;
  const std::size_t space = rest.find(' ');
  if (space != std::string_view::npos) {
    const std::string_view first = rest.substr(0, space);
    for (std::string_view article : kLeadingArticles) {
      if (first == article) {
        rest.remove_prefix(space + 1);
        break;
      }
    }
  }
  return std::string(rest);
}

std::string NameKey(std::string_view name) {
  std::string key;
  for (std::string_view word : NameWords(name)) {
    const std::string code = analyze::KoelnerPhonetik(word);
    if (code.empty()) continue;
    if (!key.empty()) key += ' ';
    key += code;
  }
  return key;
}

std::string SurnameKey(std::string_view name) {
  const std::vector<std::string_view> words = NameWords(name);
  for (auto it = words.rbegin(); it != words.rend(); ++it) {
    std::string code = analyze::KoelnerPhonetik(*it);
    if (!code.empty()) return code;
  }
  return {};
}

bool IsAliasWorthy(std::string_view mention) {
  mention = Trim(mention);
  if (mention.empty()) return false;
  const bool one_word = mention.find(' ') == std::string_view::npos;
  if (one_word && mention.size() <= kMaxPronounBytes && !HasUpperAscii(mention)) return false;
  // "Er", "Sie" at the start of a sentence.
  if (one_word && mention.size() <= 3 && !AliasKey(mention).empty()) {
    const std::string key = AliasKey(mention);
    if (key == "er" || key == "sie" || key == "he" || key == "she" || key == "ihm" || key == "ihr") return false;
  }
  return true;
}

}  // namespace klartext::store
