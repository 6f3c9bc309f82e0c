// Dates are read from a token stream (numbers, words, punctuation) by a few
// hand-written patterns rather than std::regex: std::regex recurses per
// character and can overflow the stack on long input, and the patterns here
// need month-name lookups a regex cannot do.
#include "extract/date_parse.h"

#include "extract/date_find.h"

#include <algorithm>
#include <array>
#include <cctype>
#include <cstdio>
#include <unordered_map>
#include <vector>

#include "core/text.h"
#include "extract/calendar.h"

namespace klartext::extract {
namespace {

// --- Calendar arithmetic (proleptic Gregorian) ---

long LastSundayOf(int y, int m) {
  long last = DaysFromCivil(y, m, DaysInMonth(y, m));
  return last - Weekday(last);
}

bool ValidDate(int y, int m, int d) {
  return y >= kMinPlausibleYear && y <= kMaxPlausibleYear && m >= 1 && m <= 12 && d >= 1 &&
         d <= DaysInMonth(y, m);
}

// --- Tokens ---

enum class TokKind { kNumber, kWord, kPunct };

struct Token {
  TokKind kind;
  std::string_view text;
  std::size_t pos;  // byte offset in the input
  int value = 0;    // kNumber: its value (at most 9 digits are kept)
};

std::vector<Token> Tokenize(std::string_view s) {
  std::vector<Token> out;
  std::size_t i = 0;
  while (i < s.size()) {
    const auto c = static_cast<unsigned char>(s[i]);
    if (IsAsciiSpace(static_cast<char>(c))) {
      ++i;
    } else if (std::size_t n = UnicodeSpaceLength(s, i); n > 0) {
      i += n;
    } else if (c >= '0' && c <= '9') {
      std::size_t b = i;
      int v = 0;
      while (i < s.size() && s[i] >= '0' && s[i] <= '9') {
        if (i - b < 9) v = v * 10 + (s[i] - '0');
        ++i;
      }
      out.push_back({TokKind::kNumber, s.substr(b, i - b), b, v});
    } else if ((c | 32) >= 'a' && (c | 32) <= 'z') {
      std::size_t b = i;
      while (i < s.size()) {
        const auto d = static_cast<unsigned char>(s[i]);
        bool letter = ((d | 32) >= 'a' && (d | 32) <= 'z') || (d >= 0x80 && UnicodeSpaceLength(s, i) == 0);
        if (!letter) break;
        ++i;
      }
      out.push_back({TokKind::kWord, s.substr(b, i - b), b});
    } else if (c >= 0x80) {
      // A non-ASCII letter starts a word (ä in "März" is mid-word, but
      // "Ä…" may start one); other non-ASCII symbols count as punctuation.
      std::size_t b = i;
      ++i;
      while (i < s.size() && (static_cast<unsigned char>(s[i]) & 0xC0) == 0x80) ++i;
      while (i < s.size()) {
        const auto d = static_cast<unsigned char>(s[i]);
        if (!(((d | 32) >= 'a' && (d | 32) <= 'z') || (d >= 0x80 && UnicodeSpaceLength(s, i) == 0))) break;
        ++i;
      }
      out.push_back({TokKind::kWord, s.substr(b, i - b), b});
    } else {
      out.push_back({TokKind::kPunct, s.substr(i, 1), i});
      ++i;
    }
  }
  return out;
}

// --- Month names ---

struct MonthName {
  const char* folded;  // lower case, as FoldCase writes it
  int month;
};

// German and English names and their usual abbreviations; Austrian
// "Jänner"/"Feber" too. "mrz" is the DIN 5008 abbreviation of März.
constexpr MonthName kMonthNames[] = {
    {"january", 1},  {"januar", 1},   {"jänner", 1},  {"jan", 1},       {"february", 2},
    {"februar", 2},  {"feber", 2},    {"feb", 2},     {"march", 3},     {"märz", 3},
    {"maerz", 3},    {"mär", 3},      {"mrz", 3},     {"mar", 3},       {"april", 4},
    {"apr", 4},      {"may", 5},      {"mai", 5},     {"june", 6},      {"juni", 6},
    {"jun", 6},      {"july", 7},     {"juli", 7},    {"jul", 7},       {"august", 8},
    {"aug", 8},      {"september", 9}, {"sept", 9},   {"sep", 9},       {"october", 10},
    {"oktober", 10}, {"oct", 10},     {"okt", 10},    {"november", 11}, {"nov", 11},
    {"december", 12}, {"dezember", 12}, {"dec", 12},  {"dez", 12},
    // French, Spanish, Italian, Portuguese and Dutch full names (no
    // abbreviations: "mar", "set" and "ago" are words too). A name is only
    // read between a day and a year, so "Mars" in a sentence is no month.
    {"janvier", 1}, {"février", 2}, {"fevrier", 2}, {"mars", 3}, {"avril", 4}, {"juin", 6},
    {"juillet", 7}, {"août", 8}, {"aout", 8}, {"septembre", 9}, {"octobre", 10}, {"novembre", 11},
    {"décembre", 12},
    {"enero", 1}, {"febrero", 2}, {"marzo", 3}, {"abril", 4}, {"mayo", 5}, {"junio", 6}, {"julio", 7},
    {"agosto", 8}, {"septiembre", 9}, {"setiembre", 9}, {"octubre", 10}, {"noviembre", 11},
    {"diciembre", 12},
    {"gennaio", 1}, {"febbraio", 2}, {"aprile", 4}, {"maggio", 5}, {"giugno", 6}, {"luglio", 7},
    {"settembre", 9}, {"ottobre", 10}, {"dicembre", 12},
    {"janeiro", 1}, {"fevereiro", 2}, {"março", 3}, {"maio", 5}, {"junho", 6}, {"julho", 7},
    {"setembro", 9}, {"outubro", 10}, {"dezembro", 12},
    {"januari", 1}, {"februari", 2}, {"maart", 3}, {"mei", 5}, {"augustus", 8},
    // Russian and Ukrainian genitive forms, as dates write them ("15
    // августа 2016").
    {"января", 1}, {"февраля", 2}, {"марта", 3}, {"апреля", 4}, {"мая", 5}, {"июня", 6},
    {"июля", 7}, {"августа", 8}, {"сентября", 9}, {"октября", 10}, {"ноября", 11}, {"декабря", 12},
    {"січня", 1}, {"лютого", 2}, {"березня", 3}, {"квітня", 4}, {"травня", 5}, {"червня", 6},
    {"липня", 7}, {"серпня", 8}, {"вересня", 9}, {"жовтня", 10}, {"листопада", 11}, {"грудня", 12},
};
// The longest name in bytes ("листопада" is 18).
constexpr std::size_t kMaxMonthNameBytes = 20;

// The shortest name in bytes ("jan", "mai", "mei").
constexpr std::size_t kMinMonthNameBytes = 3;

// Every word of every text a date is looked for in comes here, so the
// names are indexed once: a word whose first byte starts no name is
// rejected before it is folded, the others are one hash look-up.
struct MonthIndex {
  std::array<bool, 256> first_byte{};  // of the folded names
  std::unordered_map<std::string_view, int> month;  // folded name → 1..12
};

const MonthIndex& Months() {
  static const MonthIndex* index = [] {
    auto* x = new MonthIndex();
    for (const MonthName& m : kMonthNames) {
      const std::string_view name(m.folded);
      x->first_byte[static_cast<unsigned char>(name[0])] = true;
      x->month.emplace(name, m.month);  // keeps the first
    }
    return x;
  }();
  return *index;
}

int MonthFromWord(std::string_view word) {
  if (word.size() > kMaxMonthNameBytes || word.size() < kMinMonthNameBytes) return 0;
  const MonthIndex& index = Months();
  const auto first = static_cast<unsigned char>(std::tolower(static_cast<unsigned char>(word[0])));
  if (!index.first_byte[first]) return 0;
  const std::string folded = FoldCase(word);
  auto it = index.month.find(folded);
  return it == index.month.end() ? 0 : it->second;
}

// "4 de mayo de 2022", "14 de janeiro de 2020", "del 2020": Spanish and
// Portuguese join day, month and year with a preposition.
bool IsDateConnector(std::string_view w) {
  std::string f = AsciiLower(w);
  return f == "de" || f == "del";
}

bool IsOrdinalSuffix(std::string_view w) {
  std::string f = AsciiLower(w);
  return f == "st" || f == "nd" || f == "rd" || f == "th";
}

// Named zones that appear in RFC 2822 dates and on German and US pages.
struct ZoneName {
  const char* name;
  int offset_minutes;
};
constexpr ZoneName kZoneNames[] = {
    {"gmt", 0},    {"utc", 0},    {"ut", 0},     {"z", 0},      {"wet", 0},     {"bst", 60},
    {"cet", 60},   {"mez", 60},   {"cest", 120}, {"mesz", 120}, {"eet", 120},   {"eest", 180},
    {"est", -300}, {"edt", -240}, {"cst", -360}, {"cdt", -300}, {"mst", -420},  {"mdt", -360},
    {"pst", -480}, {"pdt", -420},
};

// --- Pattern matching over tokens ---

class Matcher {
 public:
  explicit Matcher(const std::vector<Token>& t) : t_(t) {}

  bool Num(std::size_t i, int min_digits, int max_digits) const {
    return i < t_.size() && t_[i].kind == TokKind::kNumber &&
           static_cast<int>(t_[i].text.size()) >= min_digits &&
           static_cast<int>(t_[i].text.size()) <= max_digits;
  }
  bool Punct(std::size_t i, char c) const {
    return i < t_.size() && t_[i].kind == TokKind::kPunct && t_[i].text[0] == c;
  }
  bool Word(std::size_t i) const { return i < t_.size() && t_[i].kind == TokKind::kWord; }
  int Month(std::size_t i) const { return Word(i) ? MonthFromWord(t_[i].text) : 0; }
  int Val(std::size_t i) const { return t_[i].value; }
  std::size_t size() const { return t_.size(); }
  const Token& operator[](std::size_t i) const { return t_[i]; }

 private:
  const std::vector<Token>& t_;
};

struct DateMatch {
  int y = 0, m = 0, d = 0;
  std::size_t begin = 0, end = 0;  // token range [begin, end)
};

int ExpandYear(const Token& t) { return t.text.size() == 2 ? 2000 + t.value : t.value; }

// Tries every date pattern at token i.
std::optional<DateMatch> DateAt(const Matcher& k, std::size_t i) {
  // Y-M-D, Y/M/D, Y.M.D
  if (k.Num(i, 4, 4)) {
    for (char sep : {'-', '/', '.'}) {
      if (k.Punct(i + 1, sep) && k.Num(i + 2, 1, 2) && k.Punct(i + 3, sep) && k.Num(i + 4, 1, 2)) {
        return DateMatch{k.Val(i), k.Val(i + 2), k.Val(i + 4), i, i + 5};
      }
    }
  }
  if (k.Num(i, 1, 2)) {
    // D.M.Y (German), D.M.YY
    if (k.Punct(i + 1, '.') && k.Num(i + 2, 1, 2) && k.Punct(i + 3, '.') &&
        (k.Num(i + 4, 4, 4) || k.Num(i + 4, 2, 2))) {
      return DateMatch{ExpandYear(k[i + 4]), k.Val(i + 2), k.Val(i), i, i + 5};
    }
    // M/D/Y (US) unless the first number cannot be a month; D-M-Y.
    for (char sep : {'/', '-'}) {
      if (k.Punct(i + 1, sep) && k.Num(i + 2, 1, 2) && k.Punct(i + 3, sep) && k.Num(i + 4, 4, 4)) {
        int a = k.Val(i), b = k.Val(i + 2);
        bool day_first = sep == '-' || a > 12;
        return DateMatch{k.Val(i + 4), day_first ? b : a, day_first ? a : b, i, i + 5};
      }
    }
    // D[.|st|th] [de] Month[.][,] [de] Y
    std::size_t j = i + 1;
    if (k.Punct(j, '.') || (k.Word(j) && IsOrdinalSuffix(k[j].text))) ++j;
    if (k.Word(j) && IsDateConnector(k[j].text)) ++j;
    if (int m = k.Month(j); m > 0) {
      ++j;
      if (k.Punct(j, '.')) ++j;
      if (k.Punct(j, ',')) ++j;
      if (k.Word(j) && IsDateConnector(k[j].text)) ++j;
      if (k.Num(j, 4, 4)) return DateMatch{k.Val(j), m, k.Val(i), i, j + 1};
    }
  }
  // Month[.] D[st|th][,] Y
  if (int m = k.Month(i); m > 0) {
    std::size_t j = i + 1;
    if (k.Punct(j, '.')) ++j;
    if (k.Num(j, 1, 2)) {
      int d = k.Val(j);
      ++j;
      if (k.Word(j) && IsOrdinalSuffix(k[j].text)) ++j;
      if (k.Punct(j, ',')) ++j;
      if (k.Num(j, 4, 4)) return DateMatch{k.Val(j), m, d, i, j + 1};
    }
  }
  return std::nullopt;
}

struct TimeMatch {
  int h = 0, m = 0, s = 0;
  bool has_offset = false;
  int offset = 0;
  std::size_t begin = 0, end = 0;
};

// Reads a zone after a time: "+0200", "+02:00", "-05", "GMT", "GMT+2", "CEST".
void ZoneAt(const Matcher& k, std::size_t& j, TimeMatch& t) {
  if (k.Word(j)) {
    std::string w = AsciiLower(k[j].text);
    for (const ZoneName& z : kZoneNames) {
      if (w == z.name) {
        t.has_offset = true;
        t.offset = z.offset_minutes;
        ++j;
        if (z.offset_minutes == 0 && (k.Punct(j, '+') || k.Punct(j, '-')) && k.Num(j + 1, 1, 2)) {
          t.offset = (k.Punct(j, '-') ? -60 : 60) * k.Val(j + 1);  // "GMT+2"
          j += 2;
        }
        return;
      }
    }
    return;
  }
  if ((k.Punct(j, '+') || k.Punct(j, '-')) && j + 1 < k.size()) {
    int sign = k.Punct(j, '-') ? -1 : 1;
    if (k.Num(j + 1, 4, 4)) {
      int v = k.Val(j + 1);
      t.has_offset = true;
      t.offset = sign * ((v / 100) * 60 + v % 100);
      j += 2;
    } else if (k.Num(j + 1, 1, 2)) {
      int minutes = 0;
      std::size_t n = j + 2;
      if (k.Punct(n, ':') && k.Num(n + 1, 2, 2)) {
        minutes = k.Val(n + 1);
        n += 2;
      }
      t.has_offset = true;
      t.offset = sign * (k.Val(j + 1) * 60 + minutes);
      j = n;
    }
  }
}

std::optional<TimeMatch> TimeAt(const Matcher& k, std::size_t i) {
  if (!k.Num(i, 1, 2)) return std::nullopt;
  TimeMatch t{k.Val(i), 0, 0, false, 0, i, i};
  std::size_t j = i + 1;
  if (k.Punct(j, ':') && k.Num(j + 1, 2, 2)) {
    t.m = k.Val(j + 1);
    j += 2;
    if (k.Punct(j, ':') && k.Num(j + 1, 2, 2)) {
      t.s = k.Val(j + 1);
      j += 2;
      if (k.Punct(j, '.') && k.Num(j + 1, 1, 9)) j += 2;  // fraction, dropped
    }
  } else if (k.Punct(j, '.') && k.Num(j + 1, 2, 2) && k.Word(j + 2) &&
             EqualsIgnoreCase(k[j + 2].text, "uhr")) {
    t.m = k.Val(j + 1);  // "13.01 Uhr"
    j += 2;
  } else {
    return std::nullopt;
  }
  if (k.Word(j)) {
    std::string w = AsciiLower(k[j].text);
    bool pm = w == "pm" || (w == "p" && k.Punct(j + 1, '.') && k.Word(j + 2) && AsciiLower(k[j + 2].text) == "m");
    bool am = w == "am" || (w == "a" && k.Punct(j + 1, '.') && k.Word(j + 2) && AsciiLower(k[j + 2].text) == "m");
    if ((pm || am) && t.h >= 1 && t.h <= 12) {
      if (pm && t.h != 12) t.h += 12;
      if (am && t.h == 12) t.h = 0;
      j += (w.size() == 1) ? 3 : 1;
      if (k.Punct(j, '.')) ++j;
    } else if (w == "uhr") {
      ++j;
    }
  }
  ZoneAt(k, j, t);
  if (t.h > 23 || t.m > 59 || t.s > 60 || t.offset < -14 * 60 || t.offset > 14 * 60) return std::nullopt;
  t.end = j;
  return t;
}

// ISO 8601 / RFC 3339 at the start of s, read strictly by position.
std::optional<DateTime> ParseIso(std::string_view s) {
  auto digits = [&](std::size_t at, std::size_t n, int& out) {
    if (at + n > s.size()) return false;
    out = 0;
    for (std::size_t i = at; i < at + n; ++i) {
      if (s[i] < '0' || s[i] > '9') return false;
      out = out * 10 + (s[i] - '0');
    }
    return true;
  };
  DateTime dt;
  if (!digits(0, 4, dt.year) || s.size() < 10 || s[4] != '-' || !digits(5, 2, dt.month) ||
      s[7] != '-' || !digits(8, 2, dt.day)) {
    return std::nullopt;
  }
  if (!ValidDate(dt.year, dt.month, dt.day)) return std::nullopt;
  std::size_t i = 10;
  if (i < s.size() && (s[i] == 'T' || s[i] == ' ') && digits(i + 1, 2, dt.hour) &&
      i + 3 < s.size() && s[i + 3] == ':' && digits(i + 4, 2, dt.minute)) {
    dt.has_time = true;
    i += 6;
    if (i < s.size() && s[i] == ':' && digits(i + 1, 2, dt.second)) i += 3;
    if (i < s.size() && (s[i] == '.' || s[i] == ',')) {
      ++i;
      while (i < s.size() && s[i] >= '0' && s[i] <= '9') ++i;
    }
    if (i < s.size() && s[i] == ' ') ++i;
    int oh = 0, om = 0;
    if (i < s.size() && (s[i] == 'Z' || s[i] == 'z')) {
      dt.has_offset = true;
    } else if (i < s.size() && (s[i] == '+' || s[i] == '-') && digits(i + 1, 2, oh)) {
      int sign = s[i] == '-' ? -1 : 1;
      std::size_t m = i + 3;
      if (m < s.size() && s[m] == ':') ++m;
      if (!digits(m, 2, om)) om = 0;
      dt.has_offset = true;
      dt.offset_minutes = sign * (oh * 60 + om);
    }
    if (dt.hour > 23 || dt.minute > 59 || dt.second > 60 || oh > 14 || om > 59) return std::nullopt;
  }
  return dt;
}

}  // namespace

namespace internal {

std::optional<FoundDate> FindDateTime(std::string_view s) {
  if (s.size() > kMaxDateTextBytes) s = s.substr(0, kMaxDateTextBytes);
  std::string_view trimmed = Trim(s);
  if (auto iso = ParseIso(trimmed)) {
    const auto at = static_cast<std::size_t>(trimmed.data() - s.data());
    return FoundDate{*iso, at, at + trimmed.size()};
  }
  // ISO-shaped but invalid ("2025-04-04T25:01"): reject, do not salvage.
  if (trimmed.size() > 10 && trimmed[4] == '-' && trimmed[7] == '-' && (trimmed[10] == 'T' || trimmed[10] == ' ') &&
      std::isdigit(static_cast<unsigned char>(trimmed[0]))) {
    return std::nullopt;
  }
  std::vector<Token> tokens = Tokenize(s);
  Matcher k(tokens);
  for (std::size_t i = 0; i < tokens.size(); ++i) {
    std::optional<DateMatch> d = DateAt(k, i);
    if (!d || !ValidDate(d->y, d->m, d->d)) continue;
    auto token_end = [&](std::size_t t) { return tokens[t].pos + tokens[t].text.size(); };
    FoundDate f{DateTime{d->y, d->m, d->d}, tokens[d->begin].pos, token_end(d->end - 1)};
    // A time right after the date (skipping ",", "um", "at", "-", "|"),
    // else one right before it ("13:01 Uhr, 04.04.2025").
    std::optional<TimeMatch> t;
    for (std::size_t j = d->end; j < tokens.size() && j < d->end + 4 && !t; ++j) {
      t = TimeAt(k, j);
      if (!t && k.Num(j, 1, 9)) break;
    }
    if (!t) {
      for (std::size_t j = d->begin >= 6 ? d->begin - 6 : 0; j < d->begin && !t; ++j) {
        t = TimeAt(k, j);
        if (t && t->end > d->begin) t.reset();
      }
    }
    if (t) {
      if (t->begin >= d->end) f.end = token_end(t->end - 1);
      f.dt.has_time = true;
      f.dt.hour = t->h;
      f.dt.minute = t->m;
      f.dt.second = t->s;
      f.dt.has_offset = t->has_offset;
      f.dt.offset_minutes = t->offset;
    }
    return f;
  }
  return std::nullopt;
}

}  // namespace internal

std::string DateTime::DateIso() const {
  char buf[16];
  std::snprintf(buf, sizeof buf, "%04d-%02d-%02d", year, month, day);
  return buf;
}

std::string DateTime::ToIso() const {
  std::string out = DateIso();
  if (!has_time) return out;
  char buf[32];
  std::snprintf(buf, sizeof buf, "T%02d:%02d:%02d", hour, minute, second);
  out += buf;
  if (has_offset) {
    int a = offset_minutes < 0 ? -offset_minutes : offset_minutes;
    std::snprintf(buf, sizeof buf, "%c%02d:%02d", offset_minutes < 0 ? '-' : '+', a / 60, a % 60);
    out += buf;
  }
  return out;
}

std::optional<DateTime> ParseDateTime(std::string_view text) {
  std::optional<internal::FoundDate> f = internal::FindDateTime(text);
  if (!f) return std::nullopt;
  return f->dt;
}

std::optional<std::string> ParseDate(std::string_view text) {
  std::optional<DateTime> dt = ParseDateTime(text);
  if (!dt) return std::nullopt;
  return dt->ToIso();
}

std::optional<DateTime> DateFromUrl(std::string_view url) {
  if (url.size() > 2048) return std::nullopt;
  auto num = [&](std::size_t at, std::size_t n, int& out) {
    if (at + n > url.size()) return false;
    out = 0;
    for (std::size_t i = at; i < at + n; ++i) {
      if (url[i] < '0' || url[i] > '9') return false;
      out = out * 10 + (url[i] - '0');
    }
    return true;
  };
  // After the day: the end of the segment, or a slug joined by a dash.
  auto segment_end_or_dash = [&](std::size_t at) {
    return at == url.size() || url[at] == '/' || url[at] == '-' || url[at] == '?' || url[at] == '#';
  };
  std::optional<DateTime> found;
  for (std::size_t i = 0; i + 11 <= url.size(); ++i) {
    if (url[i] != '/') continue;
    int y, m, d;
    // "/YYYY" + ("/" | "-") + "MM" + ("/" | "-") + "DD", then a non-digit.
    if (!num(i + 1, 4, y) || (url[i + 5] != '/' && url[i + 5] != '-') || !num(i + 6, 2, m) ||
        i + 8 >= url.size() || (url[i + 8] != '/' && url[i + 8] != '-') || !num(i + 9, 2, d)) {
      continue;
    }
    if (i + 11 < url.size() && url[i + 11] >= '0' && url[i + 11] <= '9') continue;
    if (ValidDate(y, m, d)) found = DateTime{y, m, d};
  }
  if (found) return found;
  // "/2020/oct/02/": the month as a name (English abbreviations and names).
  for (std::size_t i = 0; i + 10 <= url.size(); ++i) {
    if (url[i] != '/') continue;
    int y, d;
    if (!num(i + 1, 4, y) || url[i + 5] != '/') continue;
    const std::size_t slash = url.find('/', i + 6);
    if (slash == std::string_view::npos || slash - (i + 6) < 3) continue;
    const int m = MonthFromWord(url.substr(i + 6, slash - (i + 6)));
    if (m == 0 || !num(slash + 1, 2, d) || !segment_end_or_dash(slash + 3)) continue;
    if (ValidDate(y, m, d)) return DateTime{y, m, d};
  }
  // A whole path segment that is a date written another way: "/29-10-2021"
  // (day first, as German CMSs name press releases) or "/20190624/". The
  // segment must end there, so that longer numbers (IDs) do not count.
  auto segment_end = [&](std::size_t at) {
    return at == url.size() || url[at] == '/' || url[at] == '?' || url[at] == '#' || url[at] == '.';
  };
  for (std::size_t i = 0; i + 9 <= url.size(); ++i) {
    if (url[i] != '/') continue;
    int y, m, d;
    if (num(i + 1, 2, d) && i + 3 < url.size() && (url[i + 3] == '-' || url[i + 3] == '.') &&
        num(i + 4, 2, m) && i + 6 < url.size() && url[i + 6] == url[i + 3] && num(i + 7, 4, y) &&
        segment_end(i + 11) && ValidDate(y, m, d)) {
      found = DateTime{y, m, d};
    } else if (num(i + 1, 4, y) && num(i + 5, 2, m) && num(i + 7, 2, d) && segment_end(i + 9) &&
               ValidDate(y, m, d)) {
      found = DateTime{y, m, d};
    }
  }
  return found;
}

// --- Time-zone inference ---

bool UsesCentralEuropeanTime(std::string_view language, std::string_view country) {
  std::string lang = AsciiLower(language.substr(0, language.find_first_of("-_")));
  std::string c = AsciiLower(country);
  if (c.empty() && language.size() > 3) c = AsciiLower(language.substr(3, 2));  // "de-AT"
  if (!c.empty()) return c == "de" || c == "at" || c == "ch" || c == "li" || c == "lu";
  return lang == "de";
}

int CentralEuropeanOffsetMinutes(const DateTime& local) {
  // Minutes since the epoch of the local time read as CET (UTC+1) ...
  long minutes = DaysFromCivil(local.year, local.month, local.day) * 1440 + local.hour * 60 +
                 local.minute - 60;
  // ... compared with the switch instants, both at 01:00 UTC.
  long start = LastSundayOf(local.year, 3) * 1440 + 60;
  long end = LastSundayOf(local.year, 10) * 1440 + 60;
  return minutes >= start && minutes < end ? 120 : 60;
}

DateTime WithInferredOffset(DateTime local, std::string_view language, std::string_view country) {
  if (!local.has_time || local.has_offset || !UsesCentralEuropeanTime(language, country)) return local;
  local.offset_minutes = CentralEuropeanOffsetMinutes(local);
  local.has_offset = true;
  return local;
}

std::string WithInferredOffset(std::string_view iso, std::string_view language,
                               std::string_view country) {
  std::optional<DateTime> dt = ParseIso(Trim(iso));
  if (!dt) return std::string(iso);
  return WithInferredOffset(*dt, language, country).ToIso();
}

}  // namespace klartext::extract
