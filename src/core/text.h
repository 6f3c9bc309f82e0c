// core/text.h: string helpers for UTF-8 text that every stage needs.
// Thread safety: pure functions.
#ifndef KLARTEXT_CORE_TEXT_H_
#define KLARTEXT_CORE_TEXT_H_

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace klartext {

// True for the white space HTML and text captures use between words:
// ASCII space, tab, CR, LF, FF, and U+00A0 (no-break space) and the
// Unicode spaces U+2000..U+200B, U+202F, U+205F, U+3000 (checked by the
// caller via IsUnicodeSpaceAt for multi-byte ones).
inline bool IsAsciiSpace(char c) {
  return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v';
}

// Length of a Unicode space (NBSP, thin space, …) at s[i], or 0.
std::size_t UnicodeSpaceLength(std::string_view s, std::size_t i);

// True if `s` is ASCII white space only (IsAsciiSpace), or empty. Sixteen
// bytes at a time: most text nodes of a page are the indentation between
// its tags.
bool IsAsciiBlank(std::string_view s);
// Collapses every run of white space (ASCII and Unicode spaces) to a single
// ASCII space and trims both ends.
std::string CollapseWhitespace(std::string_view s);
// Appends the collapsed form of s to out; `pending_space` carries a space
// owed from a previous call (used when text arrives in pieces).
void AppendCollapsed(std::string& out, std::string_view s, bool& pending_space);

std::string_view Trim(std::string_view s);
std::string AsciiLower(std::string_view s);
// Inline: they are called with literal prefixes all over the rules, and
// the compiler turns a comparison of known length into a few loads instead
// of a call to memcmp. Rules also try whole tables of lead-ins against a
// line; there the first (last) byte, compared first, rules out nearly
// every entry without the call.
inline bool StartsWith(std::string_view s, std::string_view prefix) {
  return s.size() >= prefix.size() && (prefix.empty() || s[0] == prefix[0]) &&
         s.compare(0, prefix.size(), prefix) == 0;
}
inline bool EndsWith(std::string_view s, std::string_view suffix) {
  return s.size() >= suffix.size() && (suffix.empty() || s.back() == suffix.back()) &&
         s.compare(s.size() - suffix.size(), suffix.size(), suffix) == 0;
}
// The last position of `needle` in `s` (npos if none), as
// std::string_view::rfind, which compares the needle at every position
// from the end; this compares only where the first byte matches. Title
// and credit rules search every separator from the end of every line.
inline std::size_t RFind(std::string_view s, std::string_view needle) {
  if (needle.empty()) return s.size();
  if (needle.size() > s.size()) return std::string_view::npos;
  const char first = needle[0];
  for (std::size_t pos = s.size() - needle.size() + 1; pos-- > 0;) {
    if (s[pos] == first && s.compare(pos, needle.size(), needle) == 0) return pos;
  }
  return std::string_view::npos;
}
// Case-insensitive (ASCII) containment and equality.
bool ContainsIgnoreCase(std::string_view haystack, std::string_view needle);
bool EqualsIgnoreCase(std::string_view a, std::string_view b);
// True when the white-space separated list (a rel or class attribute)
// holds `token`, ignoring ASCII case.
bool HasTokenIgnoreCase(std::string_view list, std::string_view token);

// A few lower-case words to look for, ignoring ASCII case, in many short
// texts (the class and id of every element): one pass over a text tries,
// at each byte, only the words that start with that byte, where a find per
// word on a lowered copy costs the copy, a memchr and a memcmp per
// candidate. Holds views of the words: they must outlive the set (use
// literals or constexpr tables).
class SubstringSet {
 public:
  static constexpr std::size_t kMaxWords = 32;
  template <std::size_t N>
  explicit SubstringSet(const std::string_view (&words)[N]) : words_(words) {
    static_assert(N <= kMaxWords, "a bit per word");
    for (std::size_t k = 0; k < N; ++k) {
      if (words[k].empty()) continue;
      const auto first = static_cast<unsigned char>(words[k][0]);
      by_first_byte_[first] |= 1u << k;
      // The word's first two bytes (a one-byte word: its byte and 0, which
      // stands for any byte), once per distinct pair.
      const char second = words[k].size() > 1 ? words[k][1] : '\0';
      bool listed = false;
      for (std::size_t p = 0; p < starts_count_; ++p) listed |= starts_[p][0] == words[k][0] && starts_[p][1] == second;
      if (!listed) {
        starts_[starts_count_][0] = words[k][0];
        starts_[starts_count_][1] = second;
        ++starts_count_;
      }
    }
  }
  bool FoundInIgnoringCase(std::string_view text) const;

 private:
  // Whether one of the words starting at text[i] (lower-cased `first`) is there.
  bool WordAt(std::string_view text, std::size_t i, unsigned char first) const;

  const std::string_view* words_;
  std::uint32_t by_first_byte_[256] = {};
  // The words' distinct first two bytes: where SSE2 is there, sixteen
  // positions of a text are compared with each pair at once, and only the
  // positions that match one are tried as the start of a word.
  char starts_[kMaxWords][2] = {};
  std::size_t starts_count_ = 0;
};

// Splits on any of the ASCII characters in `separators`, dropping empties.
std::vector<std::string_view> SplitAny(std::string_view s, std::string_view separators);

// True if the character at s[i] belongs to a word: an ASCII letter or
// digit, or any multi-byte character but spaces, general punctuation
// (U+2000..U+206F), guillemets and the middle dot. *len is its length in
// bytes. Used to cut text into words for the function-word tables.
bool WordCharAt(std::string_view s, std::size_t i, std::size_t* len);

// Number of words: runs of letters or digits (UTF-8 letters count).
std::size_t CountWords(std::string_view s);

// Lower-cases ASCII letters and the German and common Latin-1 capitals
// (Ä→ä, Ö→ö, Ü→ü, …), leaving other bytes unchanged.
std::string FoldCase(std::string_view s);
// The same, in `s`: no copy where the text is valid UTF-8, as it nearly
// always is (a broken sequence becomes U+FFFD, as in FoldCase).
void FoldCaseInPlace(std::string& s);

}  // namespace klartext

#endif  // KLARTEXT_CORE_TEXT_H_
