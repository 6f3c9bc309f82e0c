// extract/byline.h: from an author string to people and an agency.
//
// Pages write authors as bylines meant for people to read: "Von Anna
// Müller und Peter Schmidt, dpa", "By JANE DOE, Staff Writer | Updated
// April 4, 2025", "Text: A. Müller / Fotos: …", "admin". ParseByline turns
// such a string into the names of the people who wrote the piece and the
// news agency credited, dropping everything else: lead-in words ("Von",
// "By", "Text:", "Ein Kommentar von"), dates and what follows them,
// e-mail addresses, URLs, role words ("Redakteurin", "Staff Writer"), and
// names that are not people ("Redaktion", "Editorial Team", "admin", the
// site's own name). The tables behind it are in byline.cc, each entry with
// its reason; agencies are in extract/lexicon/agencies.h.
// Thread safety: pure functions.
#ifndef KLARTEXT_EXTRACT_BYLINE_H_
#define KLARTEXT_EXTRACT_BYLINE_H_

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace klartext::extract {

struct Byline {
  std::vector<std::string> authors;  // people, in byline order, no duplicates
  std::string agency;  // "dpa", or several joined by "/" ("AFP/dpa"); "" if none
};

// Bylines longer than this are not bylines (an author box, a teaser):
// nothing is taken from them.
inline constexpr std::size_t kMaxBylineBytes = 300;
// A person's name has at most this many words and bytes; longer parts are
// sentences or titles ("Anna Müller ist Redakteurin im Ressort Politik").
inline constexpr std::size_t kMaxNameWords = 5;
inline constexpr std::size_t kMaxNameBytes = 60;

// Cleans one byline. `sitename` (may be empty) is dropped where it appears
// as an author ("SPIEGEL ONLINE" on spiegel.de). A byline that is one name
// of one word ("Heiko") is kept; in a list, one-word parts are dropped
// because they are usually places or roles ("Anna Müller, Berlin").
//   ParseByline("Von Anna Müller und Peter Schmidt, dpa")
//     == {{"Anna Müller", "Peter Schmidt"}, "dpa"}
Byline ParseByline(std::string_view text, std::string_view sitename = {});

// True when `name` (already cleaned) can be a person's name: letters, no
// digits (except a one-word handle such as "freeman1984"), URL or e-mail,
// at most kMaxNameWords words, and no word that
// marks a group or a role ("Redaktion", "Team", "Staff", "admin" …).
bool LooksLikePersonName(std::string_view name, std::string_view sitename = {});

// The agency credited by a line that is nothing but an agency credit:
// "dpa", "(dpa)", "AFP/dpa", "Quelle: dpa", "mit Material von dpa und
// Reuters" → "dpa", "dpa", "AFP/dpa", "dpa", "dpa/Reuters". nullopt for any
// other line (including lines longer than kMaxAgencyLineBytes).
std::optional<std::string> FindAgency(std::string_view line);
inline constexpr std::size_t kMaxAgencyLineBytes = 80;

// The agency in a dateline at the start of a paragraph: "Berlin (dpa) -
// Die Bundesregierung …", "WASHINGTON (AP) —" → "dpa", "AP"; else nullopt.
// The place may be at most kMaxDatelinePlaceBytes long.
std::optional<std::string> FindDatelineAgency(std::string_view paragraph);
inline constexpr std::size_t kMaxDatelinePlaceBytes = 40;

// The author named after a visible date on a meta line: "04.02.2022 |
// 13:10 Uhr | Uta Helkenberg", "25.10.2022 - Reiner Nagel", "06.11.2023
// 13:30 von Olga". After "von"/"by" one word is enough; after a bare
// separator the name needs two words ("04.02.2022 | Berlin" is a place).
// nullopt when the line does not end so.
std::optional<std::string> NameAfterDate(std::string_view line);

// The person a copyright line names: "© 2019 Sven Schreivogel", "(c)
// Johannes Wolf • Weitere Rechte …" → the name; nullopt unless the line
// opens with the mark and names one person of two or three capitalised
// words (firms: "KTRK-TV", "TALENT Schweiz", "Medienreferat der …").
std::optional<std::string> CopyrightHolder(std::string_view line);
// Copyright lines are short; a longer one is a paragraph about rights.
inline constexpr std::uint32_t kMaxCopyrightLineChars = 100;

// The whole name a one-word author ("Pamela", "Henry") is short for, when
// `text` names it: a site name that is a person's ("Pamela Anderson"), or,
// with `heading`, an author-archive heading ("Mehr von Henry Steinhau",
// "More from …", "Alle Beiträge von …"). Two or three capitalised words,
// the first being `first_name`; upper-case words are given in title case.
// nullopt else.
std::optional<std::string> FullNameFor(std::string_view first_name, std::string_view text, bool heading);

}  // namespace klartext::extract

#endif  // KLARTEXT_EXTRACT_BYLINE_H_
