// Headline matching: see extract/title_match.h.
#include "extract/title_match.h"

#include <algorithm>

#include "core/text.h"
#include "extract/lexicon/lexicon.h"

namespace klartext::extract {
namespace {

// Declarations are often typed with ASCII punctuation where the visible
// headline is typeset ("d'actions" / "d’actions", "Januar - Mai" /
// "Januar – Mai", "\"Bauchgeburt\"" / "„Bauchgeburt“"). Matching folds
// both to one form; the visible text is what is kept.
struct TypographicFold {
  std::string_view from;
  std::string_view to;
};
constexpr TypographicFold kTypographicFolds[] = {
    {"\u2019", "'"},  {"\u2018", "'"},  {"\u00b4", "'"},  {"\u201c", "\""}, {"\u201d", "\""},
    {"\u201e", "\""}, {"\u00ab", "\""}, {"\u00bb", "\""}, {"\u2039", "\""}, {"\u203a", "\""},
    {"'", "\""},      {"\u2013", "-"},  {"\u2014", "-"},  {"\u00a0", " "},
};

// What CMSs and feeds append when they cut a long title to a fixed length.
constexpr std::string_view kEllipses[] = {"\u2026", "..."};

// Separators between the parts of a <title>, with spaces on both sides so
// that hyphenated words and "10:30" stay whole. Headline dashes are among
// them: a segment is only used when a visible heading repeats it whole.
constexpr std::string_view kSegmentSeparators[] = {
    " | ", " \u2502 ", " :: ", " \u00bb ", " \u203a ", " \u00b7 ", " \u2022 ",
    " - ", " \u2013 ", " \u2014 ", " : ", " / ",
};

// Removes a trailing ellipsis; true when there was one.
bool StripEllipsis(std::string& s) {
  for (std::string_view e : kEllipses) {
    if (s.size() > e.size() && EndsWith(s, e)) {
      s = std::string(Trim(std::string_view(s).substr(0, s.size() - e.size())));
      return true;
    }
  }
  return false;
}

// A title cut off with an ellipsis needs this many bytes left to be
// recognised as the start of a heading: a few words are not a headline.
constexpr std::size_t kMinCutTitleBytes = 20;

}  // namespace

std::string NormalisedTitle(std::string_view s) {
  std::string out = NormaliseLine(s);
  for (const TypographicFold& f : kTypographicFolds) {
    for (std::size_t p = out.find(f.from); p != std::string::npos; p = out.find(f.from, p + f.to.size())) {
      out.replace(p, f.from.size(), f.to);
    }
  }
  return out;
}

bool SameTitle(std::string_view a, std::string_view b) {
  const std::string x = NormalisedTitle(a), y = NormalisedTitle(b);
  if (x.empty() || y.empty()) return false;
  if (x == y) return true;
  // "… Fall gehen…" (a declaration cut to length) against the whole
  // heading: the cut one is the heading's start. The ellipsis is looked
  // for in the input, as normalising may drop it as decoration.
  std::string a_cut(Trim(a)), b_cut(Trim(b));
  const bool x_cut = StripEllipsis(a_cut);
  const bool y_cut = StripEllipsis(b_cut);
  if (x_cut != y_cut) {
    const std::string cut = NormalisedTitle(x_cut ? a_cut : b_cut);
    const std::string& whole = x_cut ? y : x;
    if (cut.size() >= kMinCutTitleBytes && whole.size() > cut.size() && StartsWith(whole, cut)) return true;
  }
  const auto& shorter = x.size() < y.size() ? x : y;
  const auto& longer = x.size() < y.size() ? y : x;
  // "Headline | Site" in <title> against "Headline" in <h1>; not a tail
  // cut from a sentence ("zur Bunten Republik Neustadt" in "Keine
  // Spiel-Talstraße zur Bunten Republik Neustadt"), which no headline
  // starts like. (NormaliseLine folds case, so the test is on the input.)
  const std::string_view shorter_in = x.size() < y.size() ? Trim(a) : Trim(b);
  if (!shorter_in.empty() && shorter_in[0] >= 'a' && shorter_in[0] <= 'z') return false;
  return shorter.size() * 2 > longer.size() && longer.find(shorter) != std::string::npos;
}

bool EndsWithEllipsis(std::string_view s) {
  std::string t(Trim(s));
  return StripEllipsis(t);
}

std::vector<std::string> TitleSegments(std::string_view title) {
  const std::string t = CollapseWhitespace(title);
  std::vector<std::string> out;
  std::size_t start = 0;
  while (start <= t.size()) {
    std::size_t best = std::string::npos, best_len = 0;
    for (std::string_view sep : kSegmentSeparators) {
      const std::size_t p = t.find(sep, start);
      if (p != std::string::npos && p < best) best = p, best_len = sep.size();
    }
    const std::size_t end = best == std::string::npos ? t.size() : best;
    std::string_view part = Trim(std::string_view(t).substr(start, end - start));
    if (!part.empty()) out.emplace_back(part);
    if (best == std::string::npos) break;
    start = best + best_len;
  }
  return out;
}

std::optional<KickerSplit> SplitKickerAtSegment(std::string_view heading, std::string_view declared_title) {
  const std::vector<std::string> parts = TitleSegments(declared_title);
  if (parts.size() < 2 || parts[0].empty() || parts[1].empty()) return std::nullopt;
  const std::string h = CollapseWhitespace(heading);
  const std::string& kicker = parts[0];
  if (h.size() <= kicker.size() + 1 || h.compare(0, kicker.size(), kicker) != 0 || h[kicker.size()] != ' ') {
    return std::nullopt;
  }
  const std::string rest(Trim(std::string_view(h).substr(kicker.size())));
  // The rest must start with the declaration's second part (case aside:
  // "kostenloser" declared, "Kostenloser" set) and be a headline's start.
  if (rest.empty() || rest[0] < 'A' || rest[0] > 'Z' || rest.size() < parts[1].size()) return std::nullopt;
  if (FoldCase(rest.substr(0, parts[1].size())) != FoldCase(parts[1])) return std::nullopt;
  return KickerSplit{kicker, rest};
}

}  // namespace klartext::extract
