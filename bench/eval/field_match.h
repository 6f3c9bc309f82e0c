// bench/eval/field_match.h: does extracted metadata equal the annotation?
//
// Used for trafilatura-eval-dev's `title`, `date` and `author`; a page only
// counts for a field when its annotation has that field non-empty
// (FieldRate::annotated). The rules, and why, are in bench/README.md:
//   title   whitespace collapsed (segment_metric.h), then equal as written;
//   date    the first 10 characters (YYYY-MM-DD) equal;
//   author  the same set of names, after AuthorNames() on both sides.
// Thread safety: pure functions.
#ifndef KLARTEXT_BENCH_EVAL_FIELD_MATCH_H_
#define KLARTEXT_BENCH_EVAL_FIELD_MATCH_H_

#include <set>
#include <string>
#include <string_view>
#include <vector>

namespace klartext::eval {

bool SameTitle(std::string_view annotated, std::string_view ours);

// Dates compare as their calendar day: "2025-04-04T13:01:00+02:00" equals
// "2025-04-04". An empty side never matches.
inline constexpr std::size_t kIsoDateLength = 10;  // "YYYY-MM-DD"
bool SameDate(std::string_view annotated, std::string_view ours);

// Lowercases the letters of ASCII, Latin-1, Latin Extended-A and basic
// Cyrillic (enough for the names in the corpus); other text is unchanged.
std::string LowercaseForCompare(std::string_view text);

// The names in an author string: split at ";", ",", "&", "/", "|" and the
// words " and ", " und "; a leading "von " or "by " dropped; whitespace
// collapsed; lowercased; empty names dropped.
// "Von Roland Brockmann und Sebastian Drescher" -> {"roland brockmann",
// "sebastian drescher"}.
std::set<std::string> AuthorNames(std::string_view authors);

// Both sides as sets of names (each of ours is split the same way).
bool SameAuthors(std::string_view annotated, const std::vector<std::string>& ours);

// Matched / annotated for one field over a set of pages.
struct FieldRate {
  int matched = 0;
  int annotated = 0;
  void Add(bool match) {
    ++annotated;
    if (match) ++matched;
  }
  double Rate() const { return annotated > 0 ? static_cast<double>(matched) / annotated : 0.0; }
};

}  // namespace klartext::eval

#endif  // KLARTEXT_BENCH_EVAL_FIELD_MATCH_H_
