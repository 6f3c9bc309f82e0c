// Bylines are cleaned in a fixed order: cut what follows a date, drop
// contacts, split into parts at list separators, then clean each part
// (lead-in words, brackets, roles) and sort it into agency, person or
// nothing. Matching is on a FoldCase copy, which has the same byte offsets
// as the original for the Latin scripts bylines use.
#include "extract/byline.h"

#include <algorithm>

#include "core/text.h"
#include "core/utf8.h"
#include "extract/lexicon/agencies.h"
#include "extract/url.h"

namespace klartext::extract {
namespace {

// Lead-in words before the names. "Ein(e) <Gattung> von" is handled
// separately ("Ein Kommentar von", "Eine Analyse von" …).
constexpr std::string_view kLeadIns[] = {
    "von ",         "vom ",          "by ",            "author ",           "autor ",
    "autorin ",     "eingestellt von ", "verfasst am ", "posted in ",           "text: ",         "text von ",         "text und fotos: ",
    "texte: ",      "autor: ",       "autorin: ",      "autoren: ",         "author: ",
    "autoren ",     "authors ",
    "authors: ",    "written by ",   "written by: ",  "posted by ",     "geschrieben von ",  "reporting by ",
    "story by ",    "words by ",     "interview: ",    "recherche: ",       "redaktion: ",
    "verfasst von ", "a column by ", "an analysis by ", "commentary by ",   "opinion by ",
    "por ",         "par ",          "door ",  // Spanish/Portuguese, French, Dutch "by"
    "erstellt von ", "artikel von ", "beitrag von ", "published by ", "publié par ",
};

// Phrases that introduce more contributors, usually an agency: they
// separate parts like a comma does.
constexpr std::string_view kJoinPhrases[] = {
    "with additional reporting by", "additional reporting by", "with reporting by",
    "with material from",           "mit material von",        "mit material der",
    "mit material:",                " mitarbeit:",             " sowie ",
    " und ",                        " and ",                   " mit ",
    " y ",                          " et ",                    " e ",  // es, fr, pt/it "and"
    " - ",                          " \u2013 ",                " \u2014 ",
    "\u00b7",                       "\u2022",                  "&",
};
constexpr std::string_view kSeparatorChars = ",;/|\n\x1f";

// Words after which the byline is over: a date or its label follows, or
// another kind of credit.
constexpr std::string_view kEndWords[] = {
    "stand", "aktualisiert", "veröffentlicht", "erschienen", "zuletzt", "updated",
    "published", "last updated", "lesezeit", "min read",
    // Credits for pictures follow the writer's: "Text von A Illustration von B".
    "illustration", "illustrationen", "fotos", "foto", "bilder", "grafik", "photos", "photo",
    "photography", "illustrations",
    // A stock picture's credit set beside the byline ("von Olga Symbolbild
    // imago"); "bild" alone ("Bild: dpa") too.
    "symbolbild", "symbolfoto", "bild",
    // A translator's credit follows the writer's ("Text: A Übersetzung: B").
    "übersetzung", "übersetzt", "translation", "translated", "traduction", "traducción",
};

// Words left dangling at the end once a date is cut off ("Von X am",
// "Par X le 17 janvier", "Por X el 3 de mayo", "X vor 3 Stunden", "X hace
// 3 horas").
// Weekday names and abbreviations stay behind when the date after them is
// cut ("Heiko Sauer Do, 12.3.2020").
constexpr std::string_view kDanglingWords[] = {
    "am", "on", "vom", "um", "den", "at", "der", "the", "le", "el", "vor", "hace", "mo", "di", "mi", "do", "fr", "sa", "so",
    "montag", "dienstag", "mittwoch", "donnerstag", "freitag", "samstag", "sonntag", "mon", "tue",
    "wed", "thu", "fri", "sat", "sun", "monday", "tuesday", "wednesday", "thursday", "friday",
    "saturday", "sunday"};

// Job titles written next to a name; they are not part of it.
constexpr std::string_view kRoles[] = {
    "chefredakteur",    "chefredakteurin", "redakteur",       "redakteurin",     "korrespondent",
    "korrespondentin",  "reporter",        "reporterin",      "gastautor",       "gastautorin",
    "autor",            "autorin",         "kolumnist",       "kolumnistin",     "volontär",
    "volontärin",       "fotograf",        "fotografin",      "moderator",       "moderatorin",
    "freier autor",     "freie autorin",   "journalist",      "journalistin",    "staff writer",
    "senior writer",    "staff reporter",  "senior reporter", "contributing writer",
    "contributor",      "senior correspondent", "correspondent", "columnist",   "senior editor",
    "deputy editor",    "editor",          "photographer",    "freelance writer",
    "rechtsanwalt",     "rechtsanwältin",
};

// Words that mark a group, a role account or an organisation, never one
// person: matched anywhere in the folded name ("NZZ-Redaktion" too).
constexpr std::string_view kGroupSubstrings[] = {
    "redaktion", "editorial", "newsroom", "webmaster", "administrator", "nachrichtenagentur",
    "pressestelle", "verlag", "gmbh", "e.v.", "rights reserved", "copyright", "ministerium",
    "abteilung", "fraktion", "stiftung", "foundation", "universität", "university", "institut",
};
// ... and matched as whole words only ("Steffi" must not hit "staff").
constexpr std::string_view kGroupWords[] = {
    "team", "staff", "admin", "desk", "online", "news", "user", "guest", "anonymous", "anonym",
    "unknown", "unbekannt", "agenturen", "agentur", "agency", "agencies", "media", "medien",
    "zeitung", "magazin", "magazine", "blog", "support", "service", "inc", "ltd", "llc",
    "presse", "press", "editors", "wires", "reuters", "dpa",
    // Lead-in and label words left alone once the name is gone ("Posted",
    // "No Author", "Auteurs").
    "posted", "eingestellt", "geschrieben", "author", "authors", "autor", "autoren", "auteur",
    "auteurs", "by", "vor", "publisher", "herausgeber", "unbenannt", "untitled", "kg",
    "verband", "verein", "partei", "gruppe", "group", "kitchens", "amt",
};

// Words that are part of a name only inside it, never at its start or end.
constexpr std::string_view kParticlesNotAtEnds[] = {"von", "van"};

// A name does not end in a function word: "Letters To The" is what is left
// of "Letters to the Editor" once the role is cut.
constexpr std::string_view kFunctionWords[] = {"the", "of", "to", "for", "and", "a", "der", "die",
                                               "das", "des", "für", "und", "im", "in"};
// All-lower-case runs of this many words are prose ("other articles to
// over"), not a name written in lower case ("giampiero maggio").
constexpr std::size_t kMinLowerCaseProseWords = 3;

// Date words that byline-like elements hold alone ("Donnerstag", "vor 3
// Stunden" once the digits are cut). Checked only for one-word names, since
// "Mai" and "April" are also surnames and given names.
constexpr std::string_view kDateWords[] = {
    "januar", "februar", "märz", "april", "mai", "juni", "juli", "august", "september", "oktober",
    "november", "dezember", "montag", "dienstag", "mittwoch", "donnerstag", "freitag", "samstag",
    "sonntag", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
    "gestern", "heute", "yesterday", "today", "stunden", "minuten", "hours", "minutes", "ago",
};

// Top-level domains that show a name is a web address ("spiegel.de").
constexpr std::string_view kDomainEndings[] = {".de", ".com", ".org", ".net", ".at", ".ch",
                                              ".info", ".io", ".eu", ".co.uk", ".fr"};

bool IsWordByte(char c) {
  const auto u = static_cast<unsigned char>(c);
  return ((u | 32) >= 'a' && (u | 32) <= 'z') || (u >= '0' && u <= '9') || u >= 0x80;
}

// Position of `word` in `folded` with no letter or digit on either side.
std::size_t FindWholeWord(std::string_view folded, std::string_view word) {
  for (std::size_t p = folded.find(word); p != std::string_view::npos; p = folded.find(word, p + 1)) {
    bool left = p == 0 || !IsWordByte(folded[p - 1]);
    std::size_t e = p + word.size();
    bool right = e >= folded.size() || !IsWordByte(folded[e]);
    if (left && right) return p;
  }
  return std::string_view::npos;
}

std::string TrimDecoration(std::string_view s) {
  // ASCII only: stripping single bytes of a multi-byte character would
  // break it (NBSP is already a space after CollapseWhitespace).
  constexpr std::string_view kEdge = " \t,;:|-*~+";
  while (!s.empty() && kEdge.find(s.front()) != std::string_view::npos) s.remove_prefix(1);
  while (!s.empty() && kEdge.find(s.back()) != std::string_view::npos) s.remove_suffix(1);
  return std::string(Trim(s));
}

// Removes lead-in words from the front, repeatedly ("Text: Von Anna").
void StripLeadIns(std::string& s) {
  for (bool changed = true; changed && !s.empty();) {
    changed = false;
    std::string f = FoldCase(s);
    for (std::string_view lead : kLeadIns) {
      if (StartsWith(f, lead) || f == lead.substr(0, lead.size() - 1)) {
        s = TrimDecoration(std::string_view(s).substr(std::min(lead.size(), s.size())));
        changed = true;
        break;
      }
    }
    // "Ein Kommentar von", "Eine Analyse von": article, genre, "von".
    if (!changed && (StartsWith(f, "ein ") || StartsWith(f, "eine "))) {
      std::size_t von = f.find(" von ");
      if (von != std::string::npos && von < 30 && std::count(f.begin(), f.begin() + von, ' ') == 1) {
        s = TrimDecoration(std::string_view(s).substr(von + 5));
        changed = true;
      }
    }
  }
}

bool IsAsciiLetter(char c) { return (c | 32) >= 'a' && (c | 32) <= 'z'; }
bool IsAsciiDigit(char c) { return c >= '0' && c <= '9'; }

// A user name that mixes letters and digits ("freeman1984", "Bo2man",
// "Marianne1") is how forums and blogs sign posts: one word of ASCII
// letters, digits and "_", starting with a letter and holding a digit.
// "Müller12.03.2020" (a date glued on) has other characters, so it is no
// handle.
bool IsHandle(std::string_view word) {
  if (word.empty() || !IsAsciiLetter(word[0])) return false;
  bool digit = false;
  for (char c : word) {
    if (IsAsciiDigit(c)) digit = true;
    else if (!IsAsciiLetter(c) && c != '_') return false;
  }
  return digit;
}

// The first digit that is not inside a handle.
std::size_t FirstDateDigit(std::string_view s) {
  for (std::size_t i = 0; i < s.size();) {
    const std::size_t end = std::min(s.find(' ', i), s.size());
    std::string_view word = s.substr(i, end - i);
    while (!word.empty() && (word.back() == ',' || word.back() == ';')) word.remove_suffix(1);
    if (!IsHandle(word)) {
      const std::size_t d = word.find_first_of("0123456789");
      if (d != std::string_view::npos) return i + d;
    }
    i = end + 1;
  }
  return std::string::npos;
}

// Cuts at the first digit or date label and drops dangling words.
void CutAtDate(std::string& s) {
  std::string f = FoldCase(s);
  std::size_t cut = FirstDateDigit(s);
  for (std::string_view w : kEndWords) cut = std::min(cut, FindWholeWord(f, w));
  if (cut == std::string::npos) return;
  s.resize(cut);
  for (bool changed = true; changed;) {
    changed = false;
    s = TrimDecoration(s);
    // Text of adjacent elements runs together: "Heiko SauerDo 9 Apr 2020"
    // leaves a weekday glued to the name, a capital after a small letter.
    const std::size_t word = s.rfind(' ') == std::string::npos ? 0 : s.rfind(' ') + 1;
    for (std::size_t j = word + 1; j < s.size(); ++j) {
      if (!(s[j - 1] >= 'a' && s[j - 1] <= 'z' && s[j] >= 'A' && s[j] <= 'Z')) continue;
      const std::string tail = FoldCase(std::string_view(s).substr(j));
      for (std::string_view w : kDanglingWords) {
        if (tail == w) {
          s.resize(j);
          changed = true;
          break;
        }
      }
      break;
    }
    f = FoldCase(s);
    for (std::string_view w : kDanglingWords) {
      if (f.size() > w.size() && EndsWith(f, w) && f[f.size() - w.size() - 1] == ' ') {
        s.resize(s.size() - w.size());
        changed = true;
      }
    }
  }
}

// Drops e-mail addresses, @handles and URLs, word by word.
std::string DropContacts(std::string_view s) {
  std::string out;
  for (std::string_view tok : SplitAny(s, " ")) {
    if (tok.find('@') != std::string_view::npos || tok.find("://") != std::string_view::npos ||
        LooksLikeUrl(tok)) {
      continue;
    }
    if (!out.empty()) out += ' ';
    out += tok;
  }
  return out;
}

// Replaces every join phrase by a separator, then splits.
std::vector<std::string> SplitParts(std::string s) {
  std::string f = FoldCase(s);
  for (std::string_view phrase : kJoinPhrases) {
    for (std::size_t p = f.find(phrase); p != std::string::npos; p = f.find(phrase, p + 1)) {
      s.replace(p, phrase.size(), "\x1f");
      f.replace(p, phrase.size(), "\x1f");
    }
  }
  std::vector<std::string> parts;
  for (std::string_view part : SplitAny(s, kSeparatorChars)) parts.push_back(std::string(part));
  return parts;
}

// Removes bracketed asides; an agency in them is kept in `agencies`.
std::string DropBrackets(std::string_view s, std::vector<std::string>& agencies) {
  std::string out;
  std::size_t i = 0;
  while (i < s.size()) {
    if (s[i] == '(' || s[i] == '[') {
      char close = s[i] == '(' ? ')' : ']';
      std::size_t end = s.find(close, i);
      if (end == std::string_view::npos) end = s.size();
      if (const Agency* a = MatchAgency(s.substr(i, end - i + 1))) agencies.emplace_back(a->name);
      i = end + 1;
      continue;
    }
    out += s[i++];
  }
  return CollapseWhitespace(out);
}

// Removes a job title before or after the name, or the whole part if it is
// only a title.
void StripRoleWords(std::string& s);

void StripRoles(std::string& s) {
  const std::string original = s;
  StripRoleWords(s);
  // "Rasender Reporter" is a pen name: a role word that leaves one word
  // behind was part of the name. ("Anna Müller, Redakteurin" is split at
  // the comma first and loses the role as a whole part.)
  if (!s.empty() && CountWords(s) == 1 && CountWords(original) == 2) s = original;
}

void StripRoleWords(std::string& s) {
  std::string f = FoldCase(s);
  for (std::string_view role : kRoles) {
    if (f == role) {
      s.clear();
      return;
    }
    if (f.size() > role.size() + 1 && EndsWith(f, role) && f[f.size() - role.size() - 1] == ' ') {
      s = TrimDecoration(std::string_view(s).substr(0, s.size() - role.size()));
      f = FoldCase(s);
    }
    if (f.size() > role.size() + 1 && StartsWith(f, role) && f[role.size()] == ' ') {
      s = TrimDecoration(std::string_view(s).substr(role.size()));
      f = FoldCase(s);
    }
  }
}

void AddUnique(std::vector<std::string>& v, std::string s) {
  for (const std::string& x : v) {
    if (EqualsIgnoreCase(x, s)) return;
  }
  v.push_back(std::move(s));
}

std::string JoinAgencies(const std::vector<std::string>& agencies) {
  std::vector<std::string> unique;
  for (const std::string& a : agencies) AddUnique(unique, a);
  std::string out;
  for (const std::string& a : unique) {
    if (!out.empty()) out += '/';
    out += a;
  }
  return out;
}

// Lower-case words allowed inside a name ("Ursula von der Leyen").
constexpr std::string_view kNameParticles[] = {"von", "vom", "van", "der", "den", "de", "da", "di",
                                               "du", "le", "la", "zu", "zur", "ter", "ten", "bin",
                                               "al", "el", "y", "dos", "das", "del"};

// A name's words are capitalised (or, rarely, all lower case); a part with
// both, other than particles, is a piece of a sentence ("schreibt über
// Europa").
bool IsSentenceFragment(std::string_view name) {
  bool upper = false, lower = false;
  for (std::string_view w : SplitAny(name, " -")) {
    std::string f = FoldCase(w);
    bool is_particle = false;
    for (std::string_view p : kNameParticles) is_particle = is_particle || f == p;
    if (is_particle) continue;
    // FoldCase changes the first letter only when it is a capital.
    std::size_t first_len = 1;
    while (first_len < w.size() && (static_cast<unsigned char>(w[first_len]) & 0xC0) == 0x80) ++first_len;
    if (f.compare(0, first_len, w.substr(0, first_len)) != 0) upper = true;
    else if (IsWordByte(w[0]) && !(w[0] >= '0' && w[0] <= '9')) lower = true;
  }
  return upper && lower;
}

// A name with spaces, dots and hyphens removed and a web address's ending
// dropped, lower case: "ElColombiano.com" and "El Colombiano" both give
// "elcolumbiano".
std::string SqueezedSiteName(std::string_view name) {
  std::string f = FoldCase(Trim(name));
  for (std::string_view end : kDomainEndings) {
    if (f.size() > end.size() && EndsWith(f, end)) {
      f.resize(f.size() - end.size());
      break;
    }
  }
  std::string out;
  for (char c : f) {
    if (c != ' ' && c != '.' && c != '-') out += c;
  }
  return out;
}

}  // namespace

bool LooksLikePersonName(std::string_view name, std::string_view sitename) {
  name = Trim(name);
  if (name.empty() || name.size() > kMaxNameBytes || CountWords(name) > kMaxNameWords) return false;
  bool letter = false;
  const bool handle = IsHandle(name);
  for (std::size_t i = 0; i < name.size();) {
    const auto u = static_cast<unsigned char>(name[i]);
    if (u >= '0' && u <= '9' && !handle) return false;
    if (std::string_view("@:?!=<>{}\"#").find(name[i]) != std::string_view::npos) return false;
    std::uint32_t cp = NextCodePoint(name, i);
    if (cp == 0xFFFD) return false;  // mis-encoded: not a name we can print
    if (((cp | 32) >= 'a' && (cp | 32) <= 'z') || (cp >= 0xC0 && cp != 0xD7 && cp != 0xF7)) letter = true;
  }
  if (!letter || LooksLikeUrl(name) || IsSentenceFragment(name)) return false;
  std::string f = FoldCase(name);
  std::vector<std::string_view> words = SplitAny(f, " ");
  if (!words.empty()) {
    for (std::string_view w : kFunctionWords) {
      if (words.back() == w) return false;
    }
  }
  if (words.size() >= kMinLowerCaseProseWords && FoldCase(name) == name) return false;
  if (name.find(' ') == std::string_view::npos) {
    // A lower-case slug ("robert.stitz", "ganesh-sitaraman") is a CMS user
    // id, not the name a reader sees; a plain handle ("gizzmo") is kept.
    if (FoldCase(name) == name && name.find_first_of(".-_") != std::string_view::npos) return false;
    for (std::string_view w : kDateWords) {
      if (f == w) return false;
    }
  }
  for (std::string_view end : kDomainEndings) {
    if (EndsWith(f, end)) return false;
  }
  for (std::string_view g : kGroupSubstrings) {
    if (f.find(g) != std::string::npos) return false;
  }
  for (std::string_view g : kGroupWords) {
    if (FindWholeWord(f, g) != std::string::npos) return false;
  }
  // "von" is a lead-in left behind at either end ("Von", "Artikel von"),
  // but inside a name it is a nobiliary particle ("Walter von Aachen").
  for (std::string_view particle : kParticlesNotAtEnds) {
    if (!words.empty() && (words.front() == particle || words.back() == particle)) return false;
  }
  sitename = Trim(sitename);
  // A personal blog is named after its author ("Daniel Lemire's blog"):
  // there the name is the person's, not the site's.
  if (!sitename.empty() && StartsWith(FoldCase(sitename), f)) {
    const std::string_view rest = std::string_view(sitename).substr(name.size());
    for (std::string_view possessive : {"'s ", "\u2019s ", "s "}) {
      if (StartsWith(rest, possessive)) sitename = {};
    }
  }
  if (!sitename.empty()) {
    if (EqualsIgnoreCase(name, sitename)) return false;
    if (sitename.size() >= 4 && ContainsIgnoreCase(name, sitename)) return false;
    if (name.size() >= 5 && ContainsIgnoreCase(sitename, name)) return false;
    // "El Colombiano" on a site named "ElColombiano.com".
    if (SqueezedSiteName(name) == SqueezedSiteName(sitename)) return false;
  }
  return true;
}

Byline ParseByline(std::string_view text, std::string_view sitename) {
  Byline out;
  std::string s = CollapseWhitespace(text);
  // Soft hyphens (U+00AD) that a page sets for line breaking are not part
  // of a name ("Mat\u00adthi\u00adas").
  for (std::size_t p = s.find("\u00ad"); p != std::string::npos; p = s.find("\u00ad", p)) s.erase(p, 2);
  if (s.empty() || s.size() > kMaxBylineBytes) return out;
  StripLeadIns(s);
  if (const Agency* a = MatchAgency(s)) {  // "dpa", "(AFP)", "Deutsche Presse-Agentur"
    out.agency = std::string(a->name);
    return out;
  }
  CutAtDate(s);
  s = DropContacts(s);
  std::vector<std::string> agencies;
  std::vector<std::string> names;
  for (std::string& part : SplitParts(s)) {
    std::string p = DropBrackets(part, agencies);
    StripLeadIns(p);
    p = TrimDecoration(p);
    // "(last edited … by Anna Meyer)": the bracket the line closes is not
    // the name's.
    while (!p.empty() && (p.back() == ')' || p.back() == ']') &&
           p.find(p.back() == ')' ? '(' : '[') == std::string::npos) {
      p = std::string(Trim(std::string_view(p).substr(0, p.size() - 1)));
    }
    if (p.empty()) continue;
    if (const Agency* a = MatchAgency(p)) {
      agencies.emplace_back(a->name);
      continue;
    }
    StripRoles(p);
    if (!p.empty()) names.push_back(std::move(p));
  }
  bool alone = names.size() == 1;
  for (std::string& n : names) {
    if (!LooksLikePersonName(n, sitename)) continue;
    if (!alone && CountWords(n) < 2) continue;  // "Berlin" in "Anna Müller, Berlin"
    AddUnique(out.authors, std::move(n));
  }
  out.agency = JoinAgencies(agencies);
  return out;
}

namespace {

// Words that introduce an agency credit on a line of its own.
constexpr std::string_view kAgencyLineLeadIns[] = {
    "quelle:", "quellen:", "source:", "sources:", "mit material von", "mit material der",
    "mit material:", "material:", "with material from", "with reporting by", "agenturen:",
    "agentur:", "text:",
};

}  // namespace

std::optional<std::string> FindAgency(std::string_view line) {
  std::string s = CollapseWhitespace(line);
  if (s.empty() || s.size() > kMaxAgencyLineBytes) return std::nullopt;
  std::string f = FoldCase(s);
  for (std::string_view lead : kAgencyLineLeadIns) {
    if (StartsWith(f, lead)) {
      s = TrimDecoration(std::string_view(s).substr(lead.size()));
      break;
    }
  }
  if (const Agency* a = MatchAgency(s)) return std::string(a->name);  // "dpa/lhe"
  std::vector<std::string> agencies;
  for (const std::string& part : SplitParts(s)) {
    if (Trim(part).empty() || Trim(part) == "(" || Trim(part) == ")") continue;
    const Agency* a = MatchAgency(part);
    if (a == nullptr) return std::nullopt;
    agencies.emplace_back(a->name);
  }
  if (agencies.empty()) return std::nullopt;
  return JoinAgencies(agencies);
}

std::optional<std::string> FindDatelineAgency(std::string_view paragraph) {
  std::size_t open = paragraph.find('(');
  if (open == std::string_view::npos || open == 0 || open > kMaxDatelinePlaceBytes) return std::nullopt;
  std::size_t close = paragraph.find(')', open);
  if (close == std::string_view::npos || close - open > 30) return std::nullopt;
  // The place is words only: "Berlin", "WASHINGTON", "Frankfurt/Main".
  for (char c : paragraph.substr(0, open)) {
    if (c == '.' || c == ',' || c == ':' || (c >= '0' && c <= '9')) return std::nullopt;
  }
  // A dash or colon follows the bracket: "(dpa) -", "(AFP) –", "(AP) —", "(dpa):".
  std::string_view after = Trim(paragraph.substr(close + 1));
  if (!(StartsWith(after, "-") || StartsWith(after, "\u2013") || StartsWith(after, "\u2014") ||
        StartsWith(after, ":"))) {
    return std::nullopt;
  }
  return FindAgency(paragraph.substr(open, close - open + 1));
}

}  // namespace klartext::extract
