// analyze/tokens.cc: words, numbers, punctuation and quote marks.
//
// News text needs more than splitting at spaces: "z. B.", "Dr.", "U.S." and
// initials keep their period; "4. April" is an ordinal, not a sentence end;
// "Kreml-Berater", "That's" and "2.800" are one token each; every quote
// mark („ “ ” " » « ‚ ‘ ’ ' and the doubled '') is a token of its own so
// quotes.cc can pair them.
#include <cstdint>
#include <string>
#include <string_view>

#include "analyze/document.h"
#include "core/text.h"
#include "core/utf8.h"

namespace klartext::analyze {
namespace {

enum class CharClass { kWord, kSpace, kNewline, kQuote, kOther };

// Quote marks of every convention the analyzer pairs (quotes.cc).
bool IsQuoteMark(std::uint32_t cp) {
  switch (cp) {
    case '"': case '\'': case 0x201E: case 0x201C: case 0x201D: case 0x201A:
    case 0x2018: case 0x2019: case 0x00BB: case 0x00AB: case 0x203A: case 0x2039:
      return true;
    default:
      return false;
  }
}

bool IsWordCodePoint(std::uint32_t cp) {
  if (cp < 0x80) {
    return (cp >= 'a' && cp <= 'z') || (cp >= 'A' && cp <= 'Z') || (cp >= '0' && cp <= '9');
  }
  if (cp < 0xC0 || cp == 0xD7 || cp == 0xF7 || cp == 0xFFFD) return false;
  // General punctuation, symbols, arrows, CJK punctuation, half-width forms.
  if (cp >= 0x2000 && cp <= 0x2BFF) return false;
  if (cp >= 0x3000 && cp <= 0x303F) return false;
  if (cp >= 0xFE10 && cp <= 0xFE6F) return false;
  if (cp >= 0xFF00 && cp <= 0xFF20) return false;
  return true;
}

bool IsUpperCodePoint(std::uint32_t cp) {
  if (cp >= 'A' && cp <= 'Z') return true;
  if (cp >= 0xC0 && cp <= 0xDE && cp != 0xD7) return true;
  if (cp >= 0x0410 && cp <= 0x042F) return true;  // Cyrillic capitals
  if (cp >= 0x0100 && cp <= 0x017F) return cp % 2 == 0;  // Latin Extended-A pairs
  return false;
}

CharClass Classify(std::string_view text, std::size_t i, std::uint32_t* cp_out,
                   std::size_t* next) {
  std::size_t j = i;
  const std::uint32_t cp = NextCodePoint(text, j);
  *cp_out = cp;
  *next = j;
  if (cp == '\n' || cp == 0x2028 || cp == 0x2029) return CharClass::kNewline;
  if (cp < 0x80 && IsAsciiSpace(static_cast<char>(cp))) return CharClass::kSpace;
  if (UnicodeSpaceLength(text, i) > 0) return CharClass::kSpace;
  if (IsQuoteMark(cp)) return CharClass::kQuote;
  if (IsWordCodePoint(cp)) return CharClass::kWord;
  return CharClass::kOther;
}

bool WordAt(std::string_view text, std::size_t i) {
  if (i >= text.size()) return false;
  std::uint32_t cp;
  std::size_t next;
  return Classify(text, i, &cp, &next) == CharClass::kWord;
}

bool IsDigit(char c) { return c >= '0' && c <= '9'; }

// The first word after position i (skipping spaces), folded, or "".
std::string NextWord(std::string_view text, std::size_t i) {
  while (i < text.size() && (text[i] == ' ' || text[i] == '\t')) ++i;
  std::size_t j = i;
  while (j < text.size() && WordAt(text, j)) {
    std::uint32_t cp;
    std::size_t next;
    Classify(text, j, &cp, &next);
    j = next;
  }
  return FoldCase(text.substr(i, j - i));
}

// Does the '.' at `dot` belong to the word [begin, dot)?
bool KeepsPeriod(const Lexicon& lex, std::string_view text, std::size_t begin, std::size_t dot) {
  const std::string_view word = text.substr(begin, dot - begin);
  const std::string folded = FoldCase(text.substr(begin, dot + 1 - begin));
  if (lex.abbreviations.count(folded) > 0) return true;
  if (word.find('.') != std::string_view::npos) return true;  // "U.S" + "."
  std::uint32_t cp;
  std::size_t next;
  Classify(text, begin, &cp, &next);
  if (next == dot && IsUpperCodePoint(cp)) return true;  // an initial: "J. R. R."
  if (IsDigit(word.front()) && word.size() <= 4) {
    // "4. April", "20. Juli 1969", "der 3. Platz": an ordinal if a month, a
    // lower-case word or a number follows.
    const std::string after = NextWord(text, dot + 1);
    if (after.empty()) return false;
    if (lex.months.count(after) > 0) return true;
    const std::size_t at = text.find_first_not_of(" \t", dot + 1);
    if (at == std::string_view::npos) return false;
    const char c = text[at];
    return (c >= 'a' && c <= 'z') || IsDigit(c);
  }
  return false;
}

}  // namespace

std::string_view Document::Text(TokenRange r) const {
  if (r.empty()) return {};
  const std::size_t b = tokens[static_cast<std::size_t>(r.begin)].start;
  const std::size_t e = tokens[static_cast<std::size_t>(r.end - 1)].end;
  return text.substr(b, e - b);
}

void Tokenize(Document& doc) {
  const std::string_view text = doc.text;
  int paragraph = 0;
  bool space = true;
  bool new_paragraph = false;
  bool new_line = false;
  std::size_t i = 0;
  while (i < text.size()) {
    std::uint32_t cp;
    std::size_t next;
    const CharClass cls = Classify(text, i, &cp, &next);
    if (cls == CharClass::kNewline) {
      // One line break ends a line (and its sentence); a blank line ends the paragraph.
      if (new_line) new_paragraph = true;
      new_line = true;
      space = true;
      if (!doc.tokens.empty()) doc.tokens.back().space_after = true;
      i = next;
      continue;
    }
    if (cls == CharClass::kSpace) {
      space = true;
      if (!doc.tokens.empty()) doc.tokens.back().space_after = true;
      i = next;
      continue;
    }
    if (new_paragraph && !doc.tokens.empty()) ++paragraph;
    Token tok;
    tok.line_start = new_line || doc.tokens.empty();
    new_paragraph = false;
    new_line = false;
    tok.start = static_cast<std::uint32_t>(i);
    tok.space_before = space;
    tok.paragraph = paragraph;
    space = false;
    if (cls == CharClass::kWord) {
      tok.kind = IsDigit(text[i]) ? TokenKind::kNumber : TokenKind::kWord;
      tok.upper = IsUpperCodePoint(cp);
      std::size_t j = next;
      while (j < text.size()) {
        std::uint32_t c2;
        std::size_t n2;
        const CharClass k2 = Classify(text, j, &c2, &n2);
        if (k2 == CharClass::kWord) { j = n2; continue; }
        // Joiners inside a word: "Kreml-Berater", "That's", "U.S", "2.800",
        // "3,5", "Vertreter:innen".
        const bool joiner = c2 == '-' || c2 == 0x2011 || c2 == '\'' || c2 == 0x2019 ||
                            c2 == '.' || c2 == '&' ||
                            ((c2 == ',' || c2 == ':' || c2 == '/') && tok.kind == TokenKind::kNumber) ||
                            (c2 == ':' && text.substr(n2, 5) == "innen");
        if (joiner && WordAt(text, n2)) {
          if (c2 == '.' && tok.kind == TokenKind::kWord) {
            // "U.S", "z.B": only after a one-letter part.
            std::size_t part = j;
            while (part > tok.start && text[part - 1] != '.') --part;
            if (j - part > 1) break;
          }
          j = n2;
          continue;
        }
        break;
      }
      if (j < text.size() && text[j] == '.' && KeepsPeriod(*doc.lex, text, i, j)) ++j;
      tok.end = static_cast<std::uint32_t>(j);
      i = j;
    } else {
      tok.kind = cls == CharClass::kQuote ? TokenKind::kQuote : TokenKind::kPunct;
      std::size_t j = next;
      // '' (two apostrophes) is a double quote mark in some newspaper text.
      if (cp == '\'' && j < text.size() && text[j] == '\'') ++j;
      // "..." is one token.
      if (cp == '.') while (j < text.size() && text[j] == '.') ++j;
      tok.end = static_cast<std::uint32_t>(j);
      i = j;
    }
    tok.lower = FoldCase(text.substr(tok.start, tok.end - tok.start));
    doc.tokens.push_back(std::move(tok));
  }
  if (!doc.tokens.empty()) doc.tokens.back().space_after = true;
}

}  // namespace klartext::analyze
