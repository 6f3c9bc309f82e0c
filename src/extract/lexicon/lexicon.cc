#include "extract/lexicon/lexicon.h"

#include <cstdint>
#include <unordered_map>
#include <utility>
#include <vector>

#include "core/text.h"

namespace klartext::extract {
namespace {

// Characters stripped from both ends before matching: bullets, arrows,
// colons and the like that decorate labels ("Mehr News ›", "• Teilen").
bool IsDecoration(std::string_view s, std::size_t i, std::size_t* len) {
  static constexpr std::string_view kMultiByte[] = {"•", "›", "»", "«", "‹", "→", "▶", "►", "…", "·", "|"};
  const char c = s[i];
  if (c == ':' || c == '.' || c == '>' || c == '<' || c == '-' || c == '*' || c == '|' ||
      c == '(' || c == ')' || c == '!' || c == ' ') {
    *len = 1;
    return true;
  }
  for (std::string_view m : kMultiByte) {
    if (s.substr(i, m.size()) == m) {
      *len = m.size();
      return true;
    }
  }
  return false;
}

}  // namespace

std::span<const std::span<const Phrase>> AllPhraseTables() {
  static const std::span<const Phrase> kTables[] = {GermanPhrases(),  EnglishPhrases(), SpanishPhrases(),
                                                    FrenchPhrases(),  ItalianPhrases(), PortuguesePhrases()};
  return kTables;
}

std::string NormaliseLine(std::string_view line) {
  std::string s = FoldCase(CollapseWhitespace(line));
  std::size_t b = 0, len = 0;
  while (b < s.size() && IsDecoration(s, b, &len)) b += len;
  std::size_t e = s.size();
  // Strip from the end: test each candidate decoration ending at e.
  for (bool changed = true; changed && e > b;) {
    changed = false;
    for (std::size_t back = 1; back <= 3 && back <= e - b; ++back) {
      if (IsDecoration(s, e - back, &len) && len == back) {
        e -= back;
        changed = true;
        break;
      }
    }
  }
  return s.substr(b, e - b);
}

namespace {

// MatchLine runs on every short block of every page: the whole-line
// phrases are looked up in a hash map, and only the few prefix and promo
// phrases are scanned. Each entry keeps its place in the tables (German
// first), so the first phrase that matches in table order wins, as it
// would in a plain scan.
struct LineIndex {
  std::unordered_map<std::string_view, std::pair<std::size_t, PhraseRole>> exact;
  std::vector<std::pair<std::size_t, const Phrase*>> prefix;  // in table order
  std::vector<std::pair<std::size_t, const Phrase*>> promo;   // in table order
  std::vector<std::string_view> contained;                    // kBoilerPhrase texts
};

const LineIndex& Index() {
  static const LineIndex index = [] {
    LineIndex x;
    std::size_t order = 0;
    for (std::span<const Phrase> table : AllPhraseTables()) {
      for (const Phrase& p : table) {
        if (p.role == PhraseRole::kBoilerPhrase) {
          x.contained.push_back(p.text);
          continue;
        }
        x.exact.emplace(p.text, std::make_pair(order, p.role));  // keeps the first
        if (p.prefix) x.prefix.emplace_back(order, &p);
        if (p.role == PhraseRole::kPromoLabel) x.promo.emplace_back(order, &p);
        ++order;
      }
    }
    return x;
  }();
  return index;
}

}  // namespace

bool MatchLine(std::string_view normalised, PhraseRole* role) {
  const LineIndex& index = Index();
  std::size_t best = SIZE_MAX;
  if (auto it = index.exact.find(normalised); it != index.exact.end()) {
    best = it->second.first;
    *role = it->second.second;
  }
  if (normalised.size() <= kMaxPrefixLineBytes) {
    for (const auto& [order, p] : index.prefix) {
      if (order >= best) break;
      if (normalised.size() > p->text.size() && StartsWith(normalised, p->text) &&
          normalised[p->text.size()] == ' ') {
        best = order;
        *role = p->role;
        break;
      }
    }
  }
  // "Trump Joyn-Teaser": a promo label is the suffix of the last word.
  if (normalised.size() < 60) {
    for (const auto& [order, p] : index.promo) {
      if (order >= best) break;
      if (normalised.size() > p->text.size() && EndsWith(normalised, p->text)) {
        const char before = normalised[normalised.size() - p->text.size() - 1];
        if (before == '-' || before == ' ') {
          best = order;
          *role = p->role;
          break;
        }
      }
    }
  }
  return best != SIZE_MAX;
}

bool ContainsBoilerPhrase(std::string_view normalised) {
  for (std::string_view phrase : Index().contained) {
    if (normalised.find(phrase) != std::string_view::npos) return true;
  }
  return false;
}

}  // namespace klartext::extract

namespace klartext::extract {

bool StartsWithCaptionLeadIn(std::string_view folded) {
  while (!folded.empty() && (folded.front() == '(' || folded.front() == '[' || folded.front() == ' ')) {
    folded.remove_prefix(1);
  }
  for (std::span<const Phrase> table : AllPhraseTables()) {
    for (const Phrase& p : table) {
      if (p.role != PhraseRole::kCaptionLeadIn || !StartsWith(folded, p.text)) continue;
      std::string_view rest = folded.substr(p.text.size());
      // "Abbildung 3:", "Fig. 2a:", "Foto:"
      while (!rest.empty() && (rest.front() == ' ' || rest.front() == '.' ||
                               (rest.front() >= '0' && rest.front() <= '9') ||
                               (rest.size() > 1 && rest.front() >= 'a' && rest.front() <= 'z' && rest[1] == ':'))) {
        rest.remove_prefix(1);
      }
      if (!rest.empty() && rest.front() == ':') return true;
    }
  }
  return false;
}

}  // namespace klartext::extract
