// Meta lines: the byline, dateline and time lines that sit around a
// headline, read one line at a time (see extract/meta_lines.h).
#include "extract/meta_lines.h"

#include <algorithm>
#include <string_view>
#include <vector>

#include "core/text.h"

namespace klartext::extract::internal {
namespace {

// Words that open a byline. A line starting with one is read as authors.
struct BylineLeadIn {
  std::string_view text;  // case-folded, with its trailing space or colon
};
constexpr BylineLeadIn kBylineLeadIns[] = {
    {"von "}, {"by "}, {"text: "}, {"text von "}, {"autor: "}, {"autorin: "}, {"autoren: "},
    {"author: "}, {"authors: "}, {"written by "}, {"ein kommentar von "}, {"eine analyse von "},
    {"ein gastbeitrag von "}, {"posted by "}, {"erstellt von "}, {"published by "}, {"autoren "},
    {"verfasst von "}, {"geschrieben von "}, {"written by: "}, {"eine kolumne von "}, {"a column by "},
    {"par "}, {"por "},  // French, Spanish/Portuguese "by"
};

}  // namespace

// Drops list bullets and decoration a text capture puts before a line.
std::string_view StripBullet(std::string_view s) {
  s = Trim(s);
  for (std::string_view bullet : {"•", "·", "-", "*", "–", "▪", "■", "|"}) {
    if (StartsWith(s, bullet)) return Trim(s.substr(bullet.size()));
  }
  return s;
}

std::optional<Byline> ParseBylineLine(std::string_view line) {
  const std::string folded = FoldCase(line.substr(0, 40));
  for (const BylineLeadIn& lead : kBylineLeadIns) {
    if (StartsWith(folded, lead.text)) {
      Byline b = ParseByline(line);
      if (b.authors.empty() && b.agency.empty()) return std::nullopt;
      return b;
    }
  }
  return std::nullopt;
}

// Meta lines join byline, date and more with separators: "erstellt von
// Dominique — veröffentlicht 28.01.2022", "yas! | By Cara Stiles | April
// 13, 2020". The first segment that opens with a byline lead-in names the
// authors.
constexpr std::string_view kMetaSegmentSeparators[] = {" | ", " \u2014 ", " \u2013 ", " \u00b7 ", " \u2022 "};

std::optional<Byline> BylineInSegments(std::string_view line) {
  std::size_t start = 0;
  while (start <= line.size()) {
    std::size_t end = line.size();
    std::size_t sep_size = 0;
    for (std::string_view sep : kMetaSegmentSeparators) {
      const std::size_t p = line.find(sep, start);
      if (p != std::string_view::npos && p < end) end = p, sep_size = sep.size();
    }
    if (std::optional<Byline> b = ParseBylineLine(Trim(line.substr(start, end - start)));
        b && !b->authors.empty()) {
      return b;
    }
    if (sep_size == 0) break;
    start = end + sep_size;
  }
  return std::nullopt;
}

// A line that is nothing but a byline lead-in ("Von:", "Autor:").
bool IsBareLeadIn(std::string_view line) {
  // The lead-ins without their spaces, trimmed once, and the longest of
  // them: most lines asked about are longer than every lead-in and its
  // colon, so none (FoldCase never shortens a text).
  struct Bare {
    std::vector<std::string_view> texts;
    std::size_t longest = 0;
  };
  static const Bare kBare = [] {
    Bare b;
    for (const BylineLeadIn& lead : kBylineLeadIns) {
      b.texts.push_back(Trim(lead.text));
      b.longest = std::max(b.longest, b.texts.back().size());
    }
    return b;
  }();
  line = Trim(line);
  if (line.size() > kBare.longest + 1) return false;
  const std::string folded = FoldCase(line);
  for (std::string_view bare : kBare.texts) {
    if (folded == bare || (folded.size() == bare.size() + 1 && StartsWith(folded, bare) && folded.back() == ':')) {
      return true;
    }
  }
  return false;
}

// "HH:MM" or "HH:MM Uhr" alone on a line: a time that completes a date.
std::optional<std::pair<int, int>> TimeOnly(std::string_view line) {
  line = Trim(line);
  if (EndsWith(line, "Uhr")) line = Trim(line.substr(0, line.size() - 3));
  if (line.size() < 4 || line.size() > 5) return std::nullopt;
  const std::size_t colon = line.find_first_of(":.");
  if (colon == std::string_view::npos || colon == 0 || colon + 3 != line.size()) return std::nullopt;
  int h = 0, m = 0;
  for (std::size_t i = 0; i < line.size(); ++i) {
    if (i == colon) continue;
    if (line[i] < '0' || line[i] > '9') return std::nullopt;
    (i < colon ? h : m) = (i < colon ? h : m) * 10 + (line[i] - '0');
  }
  if (h > 23 || m > 59) return std::nullopt;
  return std::make_pair(h, m);
}

}  // namespace klartext::extract::internal
