#include "extract/lexicon/lexicon.h"

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

bool MatchLine(std::string_view normalised, PhraseRole* role) {
  for (std::span<const Phrase> table : AllPhraseTables()) {
    for (const Phrase& p : table) {
      if (p.role == PhraseRole::kBoilerPhrase) continue;
      if (normalised == p.text) {
        *role = p.role;
        return true;
      }
      if (p.prefix && normalised.size() <= kMaxPrefixLineBytes && normalised.size() > p.text.size() &&
          StartsWith(normalised, p.text) && normalised[p.text.size()] == ' ') {
        *role = p.role;
        return true;
      }
      // "Trump Joyn-Teaser": a promo label is the suffix of the last word.
      if (p.role == PhraseRole::kPromoLabel && normalised.size() > p.text.size() &&
          EndsWith(normalised, p.text) && normalised.size() < 60) {
        const char before = normalised[normalised.size() - p.text.size() - 1];
        if (before == '-' || before == ' ') {
          *role = p.role;
          return true;
        }
      }
    }
  }
  return false;
}

bool ContainsBoilerPhrase(std::string_view normalised) {
  for (std::span<const Phrase> table : AllPhraseTables()) {
    for (const Phrase& p : table) {
      if (p.role == PhraseRole::kBoilerPhrase && normalised.find(p.text) != std::string_view::npos) {
        return true;
      }
    }
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
