// BlocksFromText: a text capture (what a browser or `w3m -dump` shows of a
// page) as blocks.
//
// A capture has no tags, so structure is read from the lines themselves:
//  - A blank line ends a block. So does a new line, unless the previous
//    line was wrapped: a renderer that wraps at a fixed width W leaves a
//    line shorter than W only when the next word would not fit, so line i
//    continues into line i+1 exactly when len(i) + 1 + len(first word of
//    i+1) > W. W is the longest line (but for the longest 1%: a URL may
//    run past the wrap width), and wrapping is assumed only when W
//    is at most kMaxWrapWidth (browser copies have one line per paragraph,
//    often far longer).
//  - A line opening with a bullet ("•", "*", "-", "1.") is a list item; an
//    indented line under it continues it.
//  - A line drawn of rule characters ("━━━━", "-----") is a horizontal
//    rule: it ends a block like a blank line.
//  - A short line standing alone between blank lines, not ending like a
//    sentence and followed by longer text, is a subhead.
#include <algorithm>
#include <functional>
#include <string>
#include <vector>

#include "blocks/make_blocks.h"
#include "core/text.h"
#include "core/utf8.h"

namespace klartext::blocks {
namespace {

// Renderers wrap at 72–132 columns; browser copies have longer lines.
constexpr std::size_t kMinWrapWidth = 40;
constexpr std::size_t kMaxWrapWidth = 200;
// One line in this many may run past the wrap width (a long URL, a
// preformatted line) without changing it.
constexpr std::size_t kOverlongDivisor = 100;
// Subheads are short: at most this many characters and words.
constexpr std::uint32_t kMaxHeadingChars = 100;
constexpr std::uint32_t kMaxHeadingWords = 15;

struct Line {
  std::string_view text;  // without leading/trailing white space
  std::size_t indent = 0;
  std::size_t width = 0;  // code points, indentation included
  bool blank = true;
  bool bullet = false;
  bool ordered = false;
  std::string_view body;  // text without the bullet
  std::size_t column = 0;  // the width of the narrow column it wraps in, 0 for none
};

// Bullets renderers and browsers put before list items.
// w3m marks nested list levels with • □ ☆ ○ ■ ● ★ ◎ (after its charset's
// fallbacks); browsers copy • ◦ ▪ ‣.
constexpr std::string_view kBullets[] = {"•", "◦", "▪", "■", "●", "○", "‣", "·", "□", "☆", "★",
                                         "◎", "◇", "◆", "*", "-", "–"};

// Characters a renderer draws a horizontal rule (<hr>) with. A line made of
// at least kMinRuleChars of them, and nothing else, separates blocks like a
// blank line and is no text.
constexpr std::string_view kRuleChars[] = {"━", "─", "═", "_", "-", "=", "*", "~", "—", "–"};
constexpr std::size_t kMinRuleChars = 3;

bool IsRuleLine(std::string_view t) {
  std::size_t n = 0;
  while (!t.empty()) {
    if (t.front() == ' ') {
      t.remove_prefix(1);
      continue;
    }
    bool matched = false;
    // Box drawing (U+2500..U+257F: "├──┼──┤") frames a drawn table.
    if (t.size() >= 3 && static_cast<unsigned char>(t[0]) == 0xE2 &&
        (static_cast<unsigned char>(t[1]) == 0x94 || static_cast<unsigned char>(t[1]) == 0x95)) {
      t.remove_prefix(3);
      ++n;
      continue;
    }
    for (std::string_view r : kRuleChars) {
      if (StartsWith(t, r)) {
        t.remove_prefix(r.size());
        ++n;
        matched = true;
        break;
      }
    }
    if (!matched) return false;
  }
  return n >= kMinRuleChars;
}

void ReadBullet(Line& l) {
  for (std::string_view b : kBullets) {
    if (StartsWith(l.text, b) && l.text.size() > b.size() && l.text[b.size()] == ' ') {
      l.bullet = true;
      l.body = Trim(l.text.substr(b.size()));
      return;
    }
  }
  // "1. ", "12) ". Renderers indent the items of a numbered list (w3m: " 1.
  // Erster Punkt"); a number at the margin is the page's own text, such as
  // a numbered subhead ("1. Choose the right pot"), and keeps its number
  // (an item still, but not of a numbered list).
  std::size_t i = 0;
  while (i < l.text.size() && i < 3 && l.text[i] >= '0' && l.text[i] <= '9') ++i;
  if (i > 0 && i + 1 < l.text.size() && (l.text[i] == '.' || l.text[i] == ')') && l.text[i + 1] == ' ') {
    // "4. April 2025" is a date, not an item: require a capital or more text.
    std::string_view rest = Trim(l.text.substr(i + 2));
    const bool month_like = rest.size() > 0 && rest.size() < 20 && rest.find(' ') != std::string_view::npos &&
                            rest.back() >= '0' && rest.back() <= '9';
    if (!month_like) {
      l.bullet = true;
      l.ordered = l.indent > 0;
      l.body = l.ordered ? rest : l.text;
      return;
    }
  }
  l.body = l.text;
}

std::vector<Line> SplitLines(std::string_view utf8) {
  std::vector<Line> lines;
  std::size_t start = 0;
  while (start <= utf8.size()) {
    std::size_t end = utf8.find('\n', start);
    if (end == std::string_view::npos) end = utf8.size();
    std::string_view raw = utf8.substr(start, end - start);
    if (!raw.empty() && raw.back() == '\r') raw.remove_suffix(1);
    Line l;
    std::size_t indent = 0;
    while (indent < raw.size() && (raw[indent] == ' ' || raw[indent] == '\t')) ++indent;
    l.indent = indent;
    l.text = Trim(raw);
    l.blank = l.text.empty() || IsRuleLine(l.text);
    l.width = CodePointCount(raw);
    if (!l.blank) ReadBullet(l);
    lines.push_back(l);
    if (end == utf8.size()) break;
    start = end + 1;
  }
  return lines;
}

// The width the renderer wrapped at: the longest text line, except that
// the longest kOverlongShare of lines are ignored (an unbreakable URL or a
// preformatted line runs past the wrap width) and rules are not text.
std::size_t WrapWidth(const std::vector<Line>& lines) {
  std::vector<std::size_t> widths;
  for (const Line& l : lines) {
    if (!l.blank) widths.push_back(l.width);
  }
  if (widths.empty()) return 0;
  const std::size_t skip = widths.size() / kOverlongDivisor;
  std::nth_element(widths.begin(), widths.begin() + skip, widths.end(), std::greater<>());
  return widths[skip];
}

// Pages laid out in table cells or side columns wrap their text at the
// column's width, narrower than the page's. A run of at least
// kMinColumnLines lines (no blank line, no bullet) is such a column when
// its widest line is at least kMinWrapWidth, clearly narrower than the
// page's wrap width (kMaxColumnShare of it), and most lines but the last
// (kMinFullLineShare) come close to that width (kFullLineShare): wrapped
// text is ragged only a little; a list of headlines or menu entries is
// ragged a lot.
constexpr std::size_t kMinColumnLines = 3;
constexpr double kMaxColumnShare = 0.8;
constexpr double kFullLineShare = 0.75;
constexpr double kMinFullLineShare = 0.7;
// Wrapping breaks lines inside sentences: at least this share of the
// lines but the last end without a sentence end. (A browser copy has one
// line per paragraph, each ending like a sentence.)
constexpr double kMinOpenLineShare = 0.5;

bool EndsSentence(std::string_view t) {
  if (t.empty()) return false;
  const char c = t.back();
  return c == '.' || c == '!' || c == '?' || c == ':';
}

void FindNarrowColumns(std::vector<Line>& lines, std::size_t page_width) {
  for (std::size_t i = 0; i < lines.size();) {
    if (lines[i].blank || lines[i].bullet) {
      ++i;
      continue;
    }
    std::size_t j = i, widest = 0;
    while (j < lines.size() && !lines[j].blank && !lines[j].bullet) widest = std::max(widest, lines[j++].width);
    const std::size_t n = j - i;
    if (n >= kMinColumnLines && widest >= kMinWrapWidth &&
        static_cast<double>(widest) <= kMaxColumnShare * static_cast<double>(page_width)) {
      std::size_t full = 0, open = 0;
      for (std::size_t k = i; k + 1 < j; ++k) {
        full += static_cast<double>(lines[k].width) >= kFullLineShare * static_cast<double>(widest);
        open += !EndsSentence(lines[k].text);
      }
      if (static_cast<double>(full) >= kMinFullLineShare * static_cast<double>(n - 1) &&
          static_cast<double>(open) >= kMinOpenLineShare * static_cast<double>(n - 1)) {
        for (std::size_t k = i; k < j; ++k) lines[k].column = widest;
      }
    }
    i = j;
  }
}

std::size_t FirstWordWidth(std::string_view s) {
  const std::size_t space = s.find(' ');
  return CodePointCount(s.substr(0, space));
}

void Finish(Block& b, std::vector<Block>& out) {
  b.text = CollapseWhitespace(b.text);
  if (b.text.empty()) return;
  b.chars = static_cast<std::uint32_t>(CodePointCount(b.text));
  b.words = static_cast<std::uint32_t>(CountWords(b.text));
  out.push_back(std::move(b));
  b = Block{};
}

bool EndsSentenceOrClause(std::string_view t) {
  if (t.empty()) return false;
  const char c = t.back();
  return c == '.' || c == ',' || c == ';' || c == ':' || c == '!';
}

bool StartsUpperOrDigit(std::string_view t) {
  if (t.empty()) return false;
  const auto c = static_cast<unsigned char>(t[0]);
  return (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == 0xC3 /* Ä Ö Ü É … */ || c == '"' ||
         c == 0xE2 /* „ “ */;
}

}  // namespace

BlockStream BlocksFromText(std::string_view utf8) {
  BlockStream stream;
  std::vector<Line> lines = SplitLines(utf8);
  const std::size_t width = WrapWidth(lines);
  const bool wrapped = width >= kMinWrapWidth && width <= kMaxWrapWidth;
  FindNarrowColumns(lines, wrapped ? width : kMaxWrapWidth);

  std::vector<bool> blank_before;  // per block: a blank line precedes it
  std::vector<bool> blank_after;
  Block current;
  bool current_blank_before = true;
  std::size_t item_indent = 0;
  const Line* previous = nullptr;
  bool saw_blank = true;
  auto finish = [&](bool next_blank) {
    if (Trim(current.text).empty()) return;
    blank_before.push_back(current_blank_before);
    blank_after.push_back(next_blank);
    Finish(current, stream.blocks);
  };
  for (std::size_t i = 0; i < lines.size(); ++i) {
    const Line& l = lines[i];
    if (l.blank) {
      finish(true);
      previous = nullptr;
      saw_blank = true;
      continue;
    }
    bool continues = false;
    if (previous != nullptr && !l.bullet) {
      if (current.kind == Kind::kListItem && l.indent >= item_indent && l.indent > 0) {
        continues = true;  // an indented line under a bullet
      } else if (wrapped && previous->width + 1 + l.indent + FirstWordWidth(l.text) > width) {
        continues = true;  // the renderer wrapped the previous line
      } else if (previous->column != 0 && l.column == previous->column &&
                 previous->width + 1 + FirstWordWidth(l.text) > previous->column) {
        continues = true;  // wrapped at a narrow column's width
      }
    }
    if (continues) {
      current.text += ' ';
      current.text += l.text;
    } else {
      finish(false);
      current_blank_before = saw_blank;
      current.line = static_cast<std::uint32_t>(i + 1);
      if (l.bullet) {
        current.kind = Kind::kListItem;
        current.level = 1;
        current.ordered = l.ordered;
        item_indent = l.indent + 1;
        current.text = std::string(l.body);
      } else {
        current.kind = Kind::kParagraph;
        current.text = std::string(l.text);
      }
    }
    saw_blank = false;
    previous = &l;
  }
  finish(true);

  // Subheads: short lines alone between blank lines, before longer text.
  auto& bs = stream.blocks;
  for (std::size_t i = 0; i + 1 < bs.size(); ++i) {
    Block& b = bs[i];
    if (b.kind != Kind::kParagraph || b.chars > kMaxHeadingChars || b.words > kMaxHeadingWords ||
        b.words == 0 || !blank_before[i] || !blank_after[i] || EndsSentenceOrClause(b.text) ||
        !StartsUpperOrDigit(b.text)) {
      continue;
    }
    if (bs[i + 1].chars < 2 * b.chars || bs[i + 1].kind == Kind::kListItem) continue;
    b.kind = Kind::kHeading;
    b.level = 2;
  }
  return stream;
}

}  // namespace klartext::blocks
