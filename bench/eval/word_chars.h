// bench/eval/word_chars.h: which code points belong to a `\w+` token.
//
// The ScrapingHub benchmark splits text with Python's `re.findall(r"\w+")`.
// We reproduce that with a table generated from Python itself
// (make_word_chars.py): letters (L*), numbers (Nd, Nl, No and other
// numeric characters) and "_" — plus, unlike Python, combining marks (M*),
// so "e" + U+0301 stays one token as in Unicode's own definition of a word
// character (UTS #18). On the dev data that difference moves F1 by < 0.0001
// (bench/README.md). Thread safety: pure functions over constant tables.
#ifndef KLARTEXT_BENCH_EVAL_WORD_CHARS_H_
#define KLARTEXT_BENCH_EVAL_WORD_CHARS_H_

#include <cstddef>

namespace klartext::eval {

struct CodePointRange {
  char32_t first;
  char32_t last;  // inclusive
};

// Sorted, disjoint, generated (word_chars_table.cc).
extern const CodePointRange kWordCharRanges[];
extern const std::size_t kWordCharRangeCount;

// True if cp is part of a `\w+` token.
bool IsWordChar(char32_t cp);

}  // namespace klartext::eval

#endif  // KLARTEXT_BENCH_EVAL_WORD_CHARS_H_
