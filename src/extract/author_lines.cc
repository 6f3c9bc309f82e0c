// Authors named outside a byline (extract/byline.h): after a date on a
// dateline ("04.02.2022 | Uta Helkenberg"), and in a personal site's
// copyright line ("© 2019 Sven Schreivogel"). Both hand the name to
// ParseByline, so the same cleaning applies.
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/text.h"
#include "extract/byline.h"

namespace klartext::extract {

namespace {

// Where a dateline hands over to its author: "04.02.2022 | 13:10 Uhr |
// Uta Helkenberg", "25.10.2022 - Reiner Nagel", "06.11.2023 13:30 von
// Olga". After a lead-in word one name may be a single word; after a bare
// separator it needs two ("04.02.2022 | Berlin" names a place).
struct DateAuthorSeparator {
  std::string_view text;
  bool lead_in;  // "von", "by": what follows is a name
};
constexpr DateAuthorSeparator kDateAuthorSeparators[] = {
    {" | ", false}, {" - ", false}, {" \u2013 ", false}, {" \u00b7 ", false}, {" \u2022 ", false},
    {" von ", true}, {" by ", true}, {" By ", true}, {" Von ", true},
};
constexpr std::size_t kMinNameWordsAfterSeparator = 2;

}  // namespace

std::optional<std::string> NameAfterDate(std::string_view line) {
  std::size_t best = std::string_view::npos;
  const DateAuthorSeparator* best_sep = nullptr;
  for (const DateAuthorSeparator& sep : kDateAuthorSeparators) {
    const std::size_t p = RFind(line, sep.text);
    if (p != std::string_view::npos && (best == std::string_view::npos || p > best)) best = p, best_sep = &sep;
  }
  if (best_sep == nullptr) return std::nullopt;
  const std::string_view before = line.substr(0, best);
  const std::string_view after = Trim(line.substr(best + best_sep->text.size()));
  // The date is before the separator, and nothing after it is a number.
  if (before.find_first_of("0123456789") == std::string_view::npos ||
      after.find_first_of("0123456789") != std::string_view::npos) {
    return std::nullopt;
  }
  Byline b = ParseByline(after);
  if (b.authors.size() != 1) return std::nullopt;
  if (!best_sep->lead_in && CountWords(b.authors[0]) < kMinNameWordsAfterSeparator) return std::nullopt;
  return b.authors[0];
}


namespace {

// A personal site's copyright line names its author: "© 2019 Sven
// Schreivogel", "(c) Johannes Wolf • Weitere Rechte siehe Impressum".
// Only a line that opens with the mark, is short, and names one person
// of at least two words; the year and what follows a separator go.
constexpr std::size_t kMinCopyrightNameWords = 2;
constexpr std::size_t kMaxCopyrightNameWords = 3;
constexpr std::string_view kCopyrightMarks[] = {"\u00a9", "(c)", "(C)", "copyright", "Copyright"};
constexpr std::string_view kCopyrightEnds[] = {"\u2022", "|", " - ", " \u2013 ", ",", ". ", "\u00b7"};

}  // namespace

std::optional<std::string> CopyrightHolder(std::string_view line) {
  line = Trim(line);
  bool marked = false;
  for (bool again = true; again;) {  // "Copyright © 2019"
    again = false;
    for (std::string_view mark : kCopyrightMarks) {
      if (StartsWith(line, mark)) {
        line = Trim(line.substr(mark.size()));
        marked = again = true;
      }
    }
  }
  if (!marked) return std::nullopt;
  for (std::string_view end : kCopyrightEnds) line = line.substr(0, line.find(end));
  // The year or span of years: "2019", "2006-2008".
  while (!line.empty() && ((line[0] >= '0' && line[0] <= '9') || line[0] == '-' || line[0] == ' ')) {
    line.remove_prefix(1);
  }
  Byline b = ParseByline(line);
  if (b.authors.size() != 1) return std::nullopt;
  // Firms and bodies hold copyrights too ("KTRK-TV", "TALENT Schweiz",
  // "Medienreferat der …"): a person's name here is two or three words,
  // each a capital followed by small letters ("Sven Schreivogel").
  const std::vector<std::string_view> words = SplitAny(b.authors[0], " ");
  if (words.size() < kMinCopyrightNameWords || words.size() > kMaxCopyrightNameWords) return std::nullopt;
  for (std::string_view w : words) {
    if (w.size() < 2 || w[0] < 'A' || w[0] > 'Z') return std::nullopt;
    for (std::size_t k = 1; k < w.size(); ++k) {
      if ((w[k] >= 'A' && w[k] <= 'Z') || w[k] == '-' || (w[k] >= '0' && w[k] <= '9')) return std::nullopt;
    }
  }
  return b.authors[0];
}

namespace {

// Headings over an author's other pages; what follows names the author.
constexpr std::string_view kAuthorArchiveLeadIns[] = {
    "mehr von ", "weitere artikel von ", "alle beiträge von ", "alle artikel von ",
    "more from ", "more by ", "more posts by ", "posts by ", "articles by ", "all posts by ",
};
constexpr std::size_t kMinFullNameWords = 2;
constexpr std::size_t kMaxFullNameWords = 3;

bool IsUpperAscii(char c) { return c >= 'A' && c <= 'Z'; }
bool IsLowerAscii(char c) { return c >= 'a' && c <= 'z'; }

}  // namespace

std::optional<std::string> FullNameFor(std::string_view first_name, std::string_view text, bool heading) {
  text = Trim(text);
  if (heading) {
    const std::string folded = FoldCase(text);  // same byte offsets as `text`
    bool led_in = false;
    for (std::string_view lead_in : kAuthorArchiveLeadIns) {
      if (StartsWith(folded, lead_in)) {
        text = Trim(text.substr(lead_in.size()));
        led_in = true;
        break;
      }
    }
    if (!led_in) return std::nullopt;
  }
  const std::vector<std::string_view> words = SplitAny(text, " ");
  if (words.size() < kMinFullNameWords || words.size() > kMaxFullNameWords) return std::nullopt;
  if (!EqualsIgnoreCase(words[0], first_name)) return std::nullopt;
  std::string name;
  for (std::string_view w : words) {
    // A capital, then letters of one case ("Anderson", "STEINHAU"; not
    // "iPhone", not "Blog2").
    if (w.size() < 2 || !IsUpperAscii(w[0])) return std::nullopt;
    const bool upper = IsUpperAscii(w[1]);
    std::string word(1, w[0]);
    for (std::size_t k = 1; k < w.size(); ++k) {
      const char c = w[k];
      const bool ascii_letter = IsUpperAscii(c) || IsLowerAscii(c);
      if (ascii_letter && IsUpperAscii(c) != upper) return std::nullopt;
      if (!ascii_letter && static_cast<unsigned char>(c) < 0x80 && c != '-' && c != '\'') return std::nullopt;
      // Title case is only made for ASCII: "TÜRKMEN" would become "TÜrkmen".
      if (!ascii_letter && upper && static_cast<unsigned char>(c) >= 0x80) return std::nullopt;
      word += upper && ascii_letter ? static_cast<char>(c - 'A' + 'a') : c;
    }
    if (!name.empty()) name += ' ';
    name += word;
  }
  // The first name as the author wrote it.
  return std::string(first_name) + name.substr(words[0].size());
}

}  // namespace klartext::extract
