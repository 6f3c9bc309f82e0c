#include "field_match.h"

#include <algorithm>
#include <array>

#include "segment_metric.h"
#include "utf8_read.h"

namespace klartext::eval {
namespace {

void AppendUtf8(std::string& out, char32_t cp) {
  if (cp < 0x80) {
    out += static_cast<char>(cp);
  } else if (cp < 0x800) {
    out += static_cast<char>(0xC0 | (cp >> 6));
    out += static_cast<char>(0x80 | (cp & 0x3F));
  } else if (cp < 0x10000) {
    out += static_cast<char>(0xE0 | (cp >> 12));
    out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
    out += static_cast<char>(0x80 | (cp & 0x3F));
  } else {
    out += static_cast<char>(0xF0 | (cp >> 18));
    out += static_cast<char>(0x80 | ((cp >> 12) & 0x3F));
    out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
    out += static_cast<char>(0x80 | (cp & 0x3F));
  }
}

char32_t Lower(char32_t cp) {
  if (cp >= 'A' && cp <= 'Z') return cp + 0x20;
  if (cp >= 0xC0 && cp <= 0xDE && cp != 0xD7) return cp + 0x20;  // À..Þ, not ×
  // Latin Extended-A pairs capital/small letters as even/odd code points,
  // except U+0139..U+0148 and U+0179..U+017E, which pair odd/even.
  if ((cp >= 0x100 && cp <= 0x137) || (cp >= 0x14A && cp <= 0x177)) return cp | 1;
  if ((cp >= 0x139 && cp <= 0x148) || (cp >= 0x179 && cp <= 0x17E)) return (cp & 1) ? cp + 1 : cp;
  if (cp == 0x178) return 0xFF;                    // Ÿ
  if (cp >= 0x410 && cp <= 0x42F) return cp + 0x20;  // А..Я
  if (cp >= 0x400 && cp <= 0x40F) return cp + 0x50;  // Ѐ..Џ
  return cp;
}

// Where an author string separates one name from the next. Compared after
// lowercasing and whitespace collapsing.
constexpr std::array<std::string_view, 7> kNameSeparators = {
    ";", ",", "&", "/", "|", " and ", " und "};
// Byline words before the first name.
constexpr std::array<std::string_view, 2> kBylinePrefixes = {"von ", "by "};

std::string Trim(std::string_view s) {
  while (!s.empty() && s.front() == ' ') s.remove_prefix(1);
  while (!s.empty() && s.back() == ' ') s.remove_suffix(1);
  return std::string(s);
}

}  // namespace

bool SameTitle(std::string_view annotated, std::string_view ours) {
  const std::string a = CollapseWhitespace(annotated);
  return !a.empty() && a == CollapseWhitespace(ours);
}

bool SameDate(std::string_view annotated, std::string_view ours) {
  annotated = annotated.substr(0, kIsoDateLength);
  ours = ours.substr(0, kIsoDateLength);
  return !annotated.empty() && annotated == ours;
}

std::string LowercaseForCompare(std::string_view text) {
  std::string out;
  out.reserve(text.size());
  std::size_t i = 0;
  while (i < text.size()) AppendUtf8(out, Lower(ReadCodePoint(text, i)));
  return out;
}

std::set<std::string> AuthorNames(std::string_view authors) {
  // Lowercase first so " Und " and " AND " separate too; pad with spaces so
  // a separator word at either end is still seen as a word. Each separator
  // becomes a newline.
  // (Appended, not `" " + s + " "`: GCC 12 misreports that under -Wrestrict.)
  std::string padded = " ";
  padded.append(LowercaseForCompare(CollapseWhitespace(authors)));
  padded.push_back(' ');
  std::string text;
  for (std::size_t i = 0; i < padded.size();) {
    const std::string_view rest = std::string_view(padded).substr(i);
    auto sep = std::find_if(kNameSeparators.begin(), kNameSeparators.end(),
                            [&](std::string_view s) { return rest.substr(0, s.size()) == s; });
    if (sep != kNameSeparators.end()) {
      text += '\n';
      i += sep->size();
    } else {
      text += padded[i++];
    }
  }
  std::set<std::string> names;
  std::size_t start = 0;
  while (start <= text.size()) {
    std::size_t end = text.find('\n', start);
    if (end == std::string::npos) end = text.size();
    std::string name = Trim(std::string_view(text).substr(start, end - start));
    for (std::string_view prefix : kBylinePrefixes) {
      if (name.size() > prefix.size() && name.compare(0, prefix.size(), prefix) == 0) {
        name = Trim(std::string_view(name).substr(prefix.size()));
      }
    }
    if (!name.empty()) names.insert(std::move(name));
    start = end + 1;
  }
  return names;
}

bool SameAuthors(std::string_view annotated, const std::vector<std::string>& ours) {
  const std::set<std::string> want = AuthorNames(annotated);
  std::set<std::string> got;
  for (const std::string& author : ours) got.merge(AuthorNames(author));
  return !want.empty() && want == got;
}

}  // namespace klartext::eval
