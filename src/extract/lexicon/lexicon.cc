#include "extract/lexicon/lexicon.h"

#include <algorithm>
#include <cstring>

#include <cstdint>
#include <unordered_map>
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
  std::string s = CollapseWhitespace(line);
  FoldCaseInPlace(s);
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
  s.erase(e);
  s.erase(0, b);
  return s;
}

namespace {

// The tables indexed once, so that a line is matched with a few hash
// look-ups instead of a comparison against every phrase of every language:
// the phrase tables are consulted for every block of every page. A match
// is the phrase earliest in AllPhraseTables() order, as a scan would find.
struct PhraseIndex {
  std::vector<PhraseRole> role;  // by order in AllPhraseTables()
  // Whole-line phrases (every role but kBoilerPhrase) by text, prefix
  // phrases again by text, promo labels again by text: the lowest order.
  std::unordered_map<std::string_view, std::size_t> exact, prefix, promo;
  // The longest text in each: a longer key is not looked up (hashing a
  // whole paragraph to miss costs more than the rest of the match).
  std::size_t longest_exact = 0, longest_prefix = 0, longest_promo = 0;
  // kBoilerPhrase texts, found as substrings: bucketed by their first two
  // bytes, which rule out almost every position of a line at once. The
  // buckets lie in one array, bucket b at [pair_start[b], pair_start[b+1]):
  // a position costs two loads, not a hash look-up.
  std::vector<std::string_view> boiler_by_pair;
  std::vector<std::uint32_t> pair_start = std::vector<std::uint32_t>((1 << 16) + 1, 0);
  // A bit per pair that starts some phrase: 8 KiB, which stays in the
  // first-level cache, where pair_start (256 KiB) does not; nearly every
  // position of a line is ruled out here without touching pair_start.
  std::vector<std::uint64_t> pair_used = std::vector<std::uint64_t>((1 << 16) / 64, 0);
  // Each phrase's third byte, beside boiler_by_pair: a candidate whose
  // third byte differs is passed over without reading its text (phrases
  // lie scattered in read-only data, a cache miss each).
  std::vector<char> boiler_third;
  std::vector<std::string_view> boiler_single;  // one-byte phrases, if any
};

std::uint16_t PairAt(std::string_view s, std::size_t i) {
  return static_cast<std::uint16_t>(static_cast<unsigned char>(s[i]) << 8 | static_cast<unsigned char>(s[i + 1]));
}

const PhraseIndex& Index() {
  static const PhraseIndex* index = [] {
    auto* x = new PhraseIndex();
    std::vector<std::string_view> boiler;  // kBoilerPhrase texts of two bytes or more
    for (std::span<const Phrase> table : AllPhraseTables()) {
      for (const Phrase& p : table) {
        const std::size_t order = x->role.size();
        x->role.push_back(p.role);
        if (p.text.empty()) continue;
        if (p.role == PhraseRole::kBoilerPhrase) {
          if (p.text.size() == 1) {
            x->boiler_single.push_back(p.text);
          } else {
            boiler.push_back(p.text);
          }
          continue;
        }
        x->exact.emplace(p.text, order);  // keeps the first
        x->longest_exact = std::max(x->longest_exact, p.text.size());
        if (p.prefix) {
          x->prefix.emplace(p.text, order);
          x->longest_prefix = std::max(x->longest_prefix, p.text.size());
        }
        if (p.role == PhraseRole::kPromoLabel) {
          x->promo.emplace(p.text, order);
          x->longest_promo = std::max(x->longest_promo, p.text.size());
        }
      }
    }
    // Counting sort of the boiler phrases by their first pair.
    for (std::string_view b : boiler) ++x->pair_start[PairAt(b, 0) + 1];
    for (std::size_t i = 1; i < x->pair_start.size(); ++i) x->pair_start[i] += x->pair_start[i - 1];
    x->boiler_by_pair.resize(boiler.size());
    std::vector<std::uint32_t> next(x->pair_start.begin(), x->pair_start.end() - 1);
    for (std::string_view b : boiler) x->boiler_by_pair[next[PairAt(b, 0)]++] = b;
    for (std::string_view b : boiler) x->pair_used[PairAt(b, 0) / 64] |= std::uint64_t{1} << (PairAt(b, 0) % 64);
    x->boiler_third.reserve(x->boiler_by_pair.size());
    for (std::string_view b : x->boiler_by_pair) x->boiler_third.push_back(b.size() > 2 ? b[2] : '\0');
    return x;
  }();
  return *index;
}

// Lines up to this long may end in a promo label ("Trump Joyn-Teaser").
constexpr std::size_t kMaxPromoLineBytes = 60;

}  // namespace

bool MatchLine(std::string_view normalised, PhraseRole* role) {
  const PhraseIndex& x = Index();
  std::size_t best = SIZE_MAX;
  auto consider = [&](const std::unordered_map<std::string_view, std::size_t>& map, std::string_view key) {
    auto it = map.find(key);
    if (it != map.end() && it->second < best) best = it->second;
  };
  if (normalised.size() <= x.longest_exact) consider(x.exact, normalised);
  // A prefix phrase followed by a space: "mehr zu" in "mehr zu klima".
  if (normalised.size() <= kMaxPrefixLineBytes) {
    const std::size_t last = std::min(normalised.size(), x.longest_prefix + 1);
    for (std::size_t k = 1; k < last; ++k) {
      if (normalised[k] == ' ') consider(x.prefix, normalised.substr(0, k));
    }
  }
  // A promo label after a hyphen or a space at the end of a short line:
  // the label, normalised.substr(k + 1), is at most longest_promo long.
  if (normalised.size() < kMaxPromoLineBytes) {
    const std::size_t first = normalised.size() > x.longest_promo + 1 ? normalised.size() - x.longest_promo - 1 : 0;
    for (std::size_t k = first; k + 1 < normalised.size(); ++k) {
      if (normalised[k] == '-' || normalised[k] == ' ') consider(x.promo, normalised.substr(k + 1));
    }
  }
  if (best == SIZE_MAX) return false;
  *role = x.role[best];
  return true;
}

bool ContainsBoilerPhrase(std::string_view normalised) {
  const PhraseIndex& x = Index();
  for (std::string_view p : x.boiler_single) {
    if (normalised.find(p) != std::string_view::npos) return true;
  }
  for (std::size_t i = 0; i + 1 < normalised.size(); ++i) {
    const std::uint16_t pair = PairAt(normalised, i);
    if ((x.pair_used[pair / 64] >> (pair % 64) & 1) == 0) continue;
    const std::uint32_t end = x.pair_start[pair + 1];
    const std::size_t left = normalised.size() - i;
    for (std::uint32_t k = x.pair_start[pair]; k < end; ++k) {
      const std::string_view p = x.boiler_by_pair[k];
      if (left < p.size()) continue;
      if (p.size() > 2 && normalised[i + 2] != x.boiler_third[k]) continue;
      if (std::memcmp(normalised.data() + i, p.data(), p.size()) == 0) return true;
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
