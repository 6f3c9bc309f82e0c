// extract/lexicon/agencies.h: news agencies, by the names bylines use.
//
// Agency copy is credited with a short name ("dpa", "AFP", "Reuters") in the
// byline, after the dateline ("Berlin (dpa) –"), or on a line of its own
// ("Quelle: dpa"). klartext keeps agencies apart from the people who wrote
// a story (Article::agency vs. Article::authors). Each entry lists the
// spellings seen in bylines and says what the agency is.
// Thread safety: immutable data.
#ifndef KLARTEXT_EXTRACT_LEXICON_AGENCIES_H_
#define KLARTEXT_EXTRACT_LEXICON_AGENCIES_H_

#include <span>
#include <string_view>

namespace klartext::extract {

struct Agency {
  std::string_view name;  // how klartext writes it: "dpa", "AFP", "Reuters"
  // Other spellings, matched ignoring case (and "." after letters: "A.P.").
  std::span<const std::string_view> aliases;
  std::string_view meaning;  // one line: what it is and why it is listed
  // Short upper-case names that are also words or initials ("AP", "PA",
  // "AA") match only as written, never in lower case.
  bool exact_case = false;
};

// All known agencies.
std::span<const Agency> Agencies();

// The agency this whole string names ("dpa", "Deutsche Presse-Agentur",
// "(AFP)", "Reuters."), or nullptr. Surrounding white space, brackets and
// final punctuation are ignored; anything else must match exactly.
const Agency* MatchAgency(std::string_view text);

}  // namespace klartext::extract

#endif  // KLARTEXT_EXTRACT_LEXICON_AGENCIES_H_
