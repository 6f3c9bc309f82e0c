#include "html/nesting_guard.h"

#include <array>
#include <cstring>
#include <vector>

#include "core/text.h"
#include "html/tokenizer_scan.h"

namespace klartext::html {
namespace {

// Not counted: void elements (never have content) and elements that a
// sibling start tag closes implicitly (WHATWG "generate implied end tags").
constexpr std::string_view kUncounted[] = {
    "area", "base", "br", "col", "dd", "dt", "embed", "hr", "img", "input", "li", "link", "meta",
    "option", "optgroup", "p", "param", "rb", "rp", "rt", "rtc", "source", "tbody", "td", "tfoot",
    "th", "thead", "tr", "track", "wbr", "!doctype",
};

// Elements whose content is raw text up to their end tag: tags inside them
// are text, not markup.
constexpr std::string_view kRawText[] = {"script", "style", "textarea", "title", "xmp", "noembed",
                                         "noframes", "iframe", "plaintext"};

bool IsNameChar(char c) {
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '-' ||
         c == '_' || c == ':' || c == '!';
}

// Which (first character, length) pairs occur in a set of names: bit L of
// entry C is set when a name starts with C and has length L (15: 15 or
// more). The guard looks at every tag of every page, and this rejects most
// names (div, span, a …) without comparing strings.
using NameFilter = std::array<std::uint16_t, 128>;
constexpr std::size_t kLongName = 15;

template <std::size_t N>
constexpr NameFilter MakeFilter(const std::string_view (&set)[N]) {
  NameFilter filter{};
  for (std::string_view s : set) {
    filter[static_cast<unsigned char>(s[0]) & 127] |=
        static_cast<std::uint16_t>(1u << (s.size() < kLongName ? s.size() : kLongName));
  }
  return filter;
}
constexpr NameFilter kUncountedFilter = MakeFilter(kUncounted);
constexpr NameFilter kRawTextFilter = MakeFilter(kRawText);

template <std::size_t N>
bool In(const std::string_view (&set)[N], const NameFilter& filter, std::string_view lower_name) {
  if (lower_name.empty()) return false;
  const auto first = static_cast<unsigned char>(lower_name[0]);
  const std::size_t length = lower_name.size() < kLongName ? lower_name.size() : kLongName;
  if (first >= filter.size() || ((filter[first] >> length) & 1) == 0) return false;
  for (std::string_view s : set) {
    if (s == lower_name) return true;
  }
  return false;
}

struct Tag {
  std::size_t begin = 0, end = 0;  // [begin, end) covers "<…>"
  bool is_end = false;
  bool self_closing = false;
  std::string name;  // lower case
};

// Reads the tag starting at html[at] == '<'. Returns false for a '<' that
// does not start a tag (text) — then `tag.end` is at + 1.
bool ReadTag(std::string_view html, std::size_t at, Tag& tag) {
  tag = Tag{};
  tag.begin = at;
  std::size_t i = at + 1;
  if (i < html.size() && html[i] == '/') {
    tag.is_end = true;
    ++i;
  }
  const std::size_t name_start = i;
  while (i < html.size() && IsNameChar(html[i])) ++i;
  if (i == name_start) {
    tag.end = at + 1;
    return false;
  }
  tag.name = AsciiLower(html.substr(name_start, i - name_start));
  // Find the closing '>' outside quoted attribute values, 16 bytes at a
  // time, jumping over each quoted value (URLs, JSON) with memchr.
  const char* const end = html.data() + html.size();
  const char* p = html.data() + i;
  while (true) {
    p = scan::FindAny(p, end, '"', '\'', '>');
    if (p == end) break;
    if (*p == '>') {
      const auto gt = static_cast<std::size_t>(p - html.data());
      tag.self_closing = gt > 0 && html[gt - 1] == '/';
      tag.end = gt + 1;
      return true;
    }
    const void* close = std::memchr(p + 1, *p, static_cast<std::size_t>(end - (p + 1)));
    if (close == nullptr) break;
    p = static_cast<const char*>(close) + 1;
  }
  tag.end = html.size();
  return true;
}

}  // namespace

std::string_view CapNesting(std::string_view html, std::uint32_t max_depth, std::string& storage,
                            std::size_t* dropped) {
  *dropped = 0;
  // Spans of the input to leave out, found in one pass; copied only if any.
  std::vector<std::pair<std::size_t, std::size_t>> cut;
  std::uint32_t depth = 0;
  std::size_t excess_open = 0;  // dropped start tags still waiting for an end tag
  std::size_t i = 0;
  Tag tag;
  while (true) {
    const void* lt = std::memchr(html.data() + i, '<', html.size() - i);
    if (lt == nullptr) break;
    i = static_cast<const char*>(lt) - html.data();
    if (html.compare(i, 4, "<!--") == 0) {
      const std::size_t close = html.find("-->", i + 4);
      i = close == std::string_view::npos ? html.size() : close + 3;
      continue;
    }
    if (!ReadTag(html, i, tag)) {
      i = tag.end;
      continue;
    }
    i = tag.end;
    if (!tag.is_end && In(kRawText, kRawTextFilter, tag.name)) {
      // Skip to the matching end tag, case-insensitively.
      const std::string close = "</" + tag.name;
      std::size_t j = i;
      while (j < html.size()) {
        const std::size_t k = html.find("</", j);
        if (k == std::string_view::npos) {
          j = html.size();
          break;
        }
        if (EqualsIgnoreCase(html.substr(k, close.size()), close)) {
          j = k;
          break;
        }
        j = k + 2;
      }
      i = j;
      continue;
    }
    if (In(kUncounted, kUncountedFilter, tag.name) || tag.self_closing) continue;
    if (tag.is_end) {
      if (excess_open > 0) {
        --excess_open;
        cut.emplace_back(tag.begin, tag.end);
      } else if (depth > 0) {
        --depth;
      }
      continue;
    }
    if (depth >= max_depth) {
      ++excess_open;
      cut.emplace_back(tag.begin, tag.end);
      continue;
    }
    ++depth;
  }
  if (cut.empty()) return html;
  storage.clear();
  storage.reserve(html.size());
  std::size_t at = 0;
  for (auto [b, e] : cut) {
    storage.append(html.substr(at, b - at));
    at = e;
  }
  storage.append(html.substr(at));
  *dropped = cut.size();
  return storage;
}

}  // namespace klartext::html
