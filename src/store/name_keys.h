// store/name_keys.h: keys under which a person is found across articles.
//
// One story writes "Kirill Dmitrijew", the next "Kirill Dmitriev", a third
// "Dmitrijew" or "der Kreml-Berater". Analyze() already joins such mentions
// within one article (analyze/entities.cc); across articles the corpus
// needs keys that agree where the spelling does not:
//   AliasKey  — the text case-folded, whitespace collapsed, a leading
//               article ("der", "the" …) dropped: for role descriptions
//               and exact names ("kreml-berater", "kirill dmitrijew");
//   NameKey   — the Kölner Phonetik code of every word of a name, so
//               transliterations that sound alike match ("4576 26273" for
//               both Dmitrijew and Dmitriev);
//   SurnameKey— the code of the last word alone, for stories that name a
//               person by surname only.
// Thread safety: pure functions.
#ifndef KLARTEXT_STORE_NAME_KEYS_H_
#define KLARTEXT_STORE_NAME_KEYS_H_

#include <string>
#include <string_view>
#include <vector>

namespace klartext::store {

std::string AliasKey(std::string_view text);
std::string NameKey(std::string_view name);
std::string SurnameKey(std::string_view name);

// The words of a name, a trailing genitive "s" of a German surname kept
// (whether "Putins" is Putin's is Analyze's call, not ours).
std::vector<std::string_view> NameWords(std::string_view name);

// True if a mention is worth keeping as an alias: a name or a role
// description, not a pronoun ("er", "she") or a bare determiner.
bool IsAliasWorthy(std::string_view mention);

}  // namespace klartext::store

#endif  // KLARTEXT_STORE_NAME_KEYS_H_
