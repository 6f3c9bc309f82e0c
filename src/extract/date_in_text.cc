// FindDateInText: labelled dates in a line of visible text
// ("Veröffentlicht: 04.04.2025", "Updated: April 4, 2025"); see
// extract/date_parse.h. The date itself is read by internal::FindDateTime.
#include <algorithm>
#include <optional>
#include <vector>
#include <string>
#include <string_view>

#include "core/text.h"
#include "extract/date_find.h"
#include "extract/date_parse.h"

namespace klartext::extract {

// --- Dates in visible text ---

namespace {

struct DateLabel {
  const char* folded;  // lower case, as FoldCase writes it
  DateKind kind;
  const char* meaning;
  // The word is also common prose ("Er stand am 4. April vor Gericht"):
  // count it only at the start of the line or followed by ":".
  bool only_as_heading = false;
};

// Longer labels first where one contains another ("zuletzt aktualisiert"
// before "aktualisiert") so the label reported is the whole phrase.
constexpr DateLabel kDateLabels[] = {
    {"veröffentlicht", DateKind::kPublished, "de: published"},
    {"erschienen", DateKind::kPublished, "de: appeared (print or online)"},
    {"publiziert", DateKind::kPublished, "de/ch: published"},
    {"erstellt", DateKind::kPublished, "de: created (CMS pages)"},
    {"gepostet", DateKind::kPublished, "de: posted (blog templates)"},
    {"zuletzt aktualisiert", DateKind::kModified, "de: last updated"},
    {"aktualisiert", DateKind::kModified, "de: updated"},
    {"geändert", DateKind::kModified, "de: changed"},
    {"letzte änderung", DateKind::kModified, "de: last change (CMS page footers)"},
    {"stand", DateKind::kModified, "de: 'as of' — the time of the latest version (tagesschau, ZDF)", true},
    {"first published", DateKind::kPublished, "en: first publication"},
    {"published", DateKind::kPublished, "en: published"},
    {"posted", DateKind::kPublished, "en: blog posts"},
    {"written", DateKind::kPublished, "en: written (news CMS datelines)"},
    {"last modified", DateKind::kModified, "en: last modified"},
    {"last updated", DateKind::kModified, "en: last updated"},
    {"modified", DateKind::kModified, "en: modified"},
    {"updated", DateKind::kModified, "en: updated"},
};

bool IsLetterAt(std::string_view s, std::size_t i) {
  const auto c = static_cast<unsigned char>(s[i]);
  return ((c | 32) >= 'a' && (c | 32) <= 'z') || c >= 0x80;
}

// Position of `label` in `folded` as a whole word at or after `from`.
std::size_t FindWord(std::string_view folded, std::string_view label, std::size_t from) {
  while (from < folded.size()) {
    std::size_t p = folded.find(label, from);
    if (p == std::string_view::npos) return p;
    bool start_ok = p == 0 || !IsLetterAt(folded, p - 1);
    // Whole words only: "Veröffentlichung" and "Standort" must not count.
    bool end_ok = p + label.size() >= folded.size() || !IsLetterAt(folded, p + label.size());
    if (start_ok && end_ok) return p;
    from = p + 1;
  }
  return std::string_view::npos;
}

// Byline lead-ins that may follow a date on a forum or CMS dateline
// ("06.11.2023 13:30 von Olga", "12 March 2020 by Anna Meyer"), with the
// space after them.
constexpr std::string_view kLeadInsAfterDate[] = {"von ", "Von ", "by ", "By ", "par ", "por "};
// Separators a template may put between the date and the lead-in.
constexpr std::string_view kDateBylineGlue[] = {" ", "|", ",", "-", "\u2013", "\u2014", "\u00b7"};

// What sets a date at the start of a line apart from the rest of it.
constexpr std::string_view kDatelineSeparators[] = {" | ", " \u00b7 ", " \u2022 "};

// True when s opens with a capital letter (ASCII, or any non-ASCII letter:
// "Ömer", "Łukasz"); names do, prose after "von" often does not.
bool OpensWithCapital(std::string_view s) {
  if (s.empty()) return false;
  const auto c = static_cast<unsigned char>(s[0]);
  return (c >= 'A' && c <= 'Z') || c >= 0xC3;
}

// "Stars 06.11.2023 13:30 von Olga": a date (with its time) that a byline
// lead-in and a capitalised name follow is a dateline wherever the line
// has it, unlabelled. The date must open the line or follow a short
// prefix (a section name), so prose ("… wurde am 5. Mai von …") is not read.
std::optional<TextDate> DateBeforeByline(std::string_view line) {
  std::optional<internal::FoundDate> f = internal::FindDateTime(line);
  if (!f || f->pos > kMaxBareDateLineBytes || f->end > line.size()) return std::nullopt;
  std::string_view after = line.substr(f->end);
  for (bool more = true; more;) {
    more = false;
    for (std::string_view glue : kDateBylineGlue) {
      if (StartsWith(after, glue)) after.remove_prefix(glue.size()), more = true;
    }
  }
  for (std::string_view lead_in : kLeadInsAfterDate) {
    if (StartsWith(after, lead_in) && OpensWithCapital(after.substr(lead_in.size()))) {
      return TextDate{f->dt, DateKind::kUnlabeled, ""};
    }
  }
  return std::nullopt;
}

// German puts the participle last: "Dieser Eintrag wurde am 19. Mai 2010
// um 23:03 Uhr gepostet". The date must follow "am " and end close to the
// label, so that a date elsewhere in the sentence is not read.
constexpr std::string_view kDateBeforeLabelLeadIn = "am ";
constexpr std::size_t kMaxDateToTrailingLabelBytes = 16;

std::optional<DateTime> DateBeforeTrailingLabel(std::string_view before_label) {
  const std::size_t am = RFind(before_label, kDateBeforeLabelLeadIn);
  if (am == std::string_view::npos || (am > 0 && IsLetterAt(before_label, am - 1))) return std::nullopt;
  std::string_view rest = before_label.substr(am + kDateBeforeLabelLeadIn.size());
  std::optional<internal::FoundDate> f = internal::FindDateTime(rest);
  if (!f || f->pos != 0 || f->end > rest.size() || rest.size() - f->end > kMaxDateToTrailingLabelBytes) {
    return std::nullopt;
  }
  return f->dt;
}

}  // namespace

std::optional<TextDate> FindDateInText(std::string_view line) {
  if (line.size() > kMaxDateTextBytes * 4) line = line.substr(0, kMaxDateTextBytes * 4);
  // Every date this reads has a day or a year in ASCII digits (FindDateTime
  // reads no "yesterday"): most lines it is asked about have none, and are
  // answered before the labels are searched.
  if (std::none_of(line.begin(), line.end(), [](char c) { return c >= '0' && c <= '9'; })) return std::nullopt;
  std::string folded = FoldCase(line);  // same byte offsets as `line`
  struct Hit {
    std::size_t pos;
    const DateLabel* label;
  };
  std::vector<Hit> hits;
  for (const DateLabel& l : kDateLabels) {
    std::string_view name = l.folded;
    for (std::size_t p = FindWord(folded, name, 0); p != std::string_view::npos;
         p = FindWord(folded, name, p + 1)) {
      bool inside_longer = false;  // "aktualisiert" inside "zuletzt aktualisiert"
      for (const Hit& h : hits) {
        if (p >= h.pos && p < h.pos + std::string_view(h.label->folded).size()) inside_longer = true;
      }
      if (l.only_as_heading) {
        std::size_t end = p + name.size();
        bool at_start = Trim(std::string_view(folded).substr(0, p)).empty();
        bool colon = end < folded.size() && folded[end] == ':';
        if (!at_start && !colon) continue;
      }
      if (!inside_longer) hits.push_back({p, &l});
    }
  }
  std::sort(hits.begin(), hits.end(), [](const Hit& a, const Hit& b) { return a.pos < b.pos; });
  for (const Hit& h : hits) {
    std::size_t after = h.pos + std::string_view(h.label->folded).size();
    std::string_view rest = line.substr(after);
    std::optional<internal::FoundDate> f = internal::FindDateTime(rest);
    if (!f || f->pos > kMaxLabelToDateBytes) {
      if (std::optional<DateTime> before = DateBeforeTrailingLabel(line.substr(0, h.pos))) {
        return TextDate{*before, h.label->kind, std::string(line.substr(h.pos, after - h.pos))};
      }
      continue;
    }
    return TextDate{f->dt, h.label->kind, std::string(line.substr(h.pos, after - h.pos))};
  }
  std::string_view trimmed = Trim(line);
  if (std::optional<TextDate> signed_date = DateBeforeByline(trimmed)) return signed_date;
  // "08.11.2021 | Online-Fachtag …", "8. Dezember 2010 um 09:43 · Rezepte":
  // a date set off by a separator at the start of a longer line is a
  // dateline too (teaser, list and blog templates).
  if (trimmed.size() > kMaxBareDateLineBytes) {
    std::size_t bar = std::string_view::npos;
    for (std::string_view sep : kDatelineSeparators) bar = std::min(bar, trimmed.find(sep));
    if (bar == std::string_view::npos || bar > kMaxBareDateLineBytes) return std::nullopt;
    if (trimmed[0] < '0' || trimmed[0] > '9') return std::nullopt;  // the line opens with the date
    std::optional<internal::FoundDate> f = internal::FindDateTime(trimmed.substr(0, bar));
    if (f && f->pos == 0) return TextDate{f->dt, DateKind::kUnlabeled, ""};
    return std::nullopt;
  }
  if (trimmed.size() <= kMaxBareDateLineBytes) {
    if (std::optional<internal::FoundDate> f = internal::FindDateTime(trimmed)) return TextDate{f->dt, DateKind::kUnlabeled, ""};
  }
  return std::nullopt;
}

}  // namespace klartext::extract
