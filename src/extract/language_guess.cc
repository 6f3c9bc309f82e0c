#include "extract/language_guess.h"

#include <algorithm>
#include <string>

#include "core/text.h"

namespace klartext::extract {
namespace {

// Fewer hits than this on a text is no evidence.
constexpr int kMinHits = 5;
// Only the start of a long text is read: enough words to decide.
constexpr std::size_t kMaxBytesRead = 20000;

struct LanguageWords {
  std::string_view language;
  std::string_view words[24];  // frequent function words, lower case
};

// Function words that are frequent in one language and rare in the other.
constexpr LanguageWords kLanguages[] = {
    {"de", {"der", "die", "und", "den", "das", "nicht", "ist", "mit", "sich", "des", "auf", "für",
            "dem", "eine", "auch", "wurde", "nach", "wie", "bei", "sind", "einer", "über", "noch", "vom"}},
    {"en", {"the", "and", "of", "to", "is", "that", "for", "with", "was", "on", "are", "this",
            "from", "have", "by", "has", "were", "which", "their", "been", "would", "about", "they", "after"}},
};

}  // namespace

std::string GuessLanguage(std::string_view text) {
  text = text.substr(0, kMaxBytesRead);
  int hits[std::size(kLanguages)] = {};
  std::string word;
  auto finish = [&] {
    if (word.empty()) return;
    for (std::size_t l = 0; l < std::size(kLanguages); ++l) {
      for (std::string_view w : kLanguages[l].words) hits[l] += (w == word);
    }
    word.clear();
  };
  for (char c : text) {
    if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (static_cast<unsigned char>(c) >= 0x80)) {
      word.push_back(c >= 'A' && c <= 'Z' ? static_cast<char>(c + 32) : c);
    } else {
      finish();
    }
  }
  finish();
  const auto best = std::max_element(std::begin(hits), std::end(hits)) - std::begin(hits);
  if (hits[best] < kMinHits) return {};
  return std::string(kLanguages[best].language);
}

}  // namespace klartext::extract
