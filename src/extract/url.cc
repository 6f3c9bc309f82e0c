// RFC 3986 section 5: split a URI into its five components, merge paths,
// remove dot segments, recompose.
#include "extract/url.h"

#include <vector>

#include "core/text.h"

namespace klartext::extract {
namespace {

struct UrlParts {
  std::string_view scheme;  // without ":"
  bool has_authority = false;
  std::string_view authority;
  std::string_view path;
  bool has_query = false;
  std::string_view query;  // without "?"
  bool has_fragment = false;
  std::string_view fragment;  // without "#"
};

bool IsSchemeChar(char c, bool first) {
  bool alpha = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
  if (first) return alpha;
  return alpha || (c >= '0' && c <= '9') || c == '+' || c == '-' || c == '.';
}

// Length of the scheme at the start of s (excluding ':'), or 0 if none.
std::size_t SchemeLength(std::string_view s) {
  for (std::size_t i = 0; i < s.size(); ++i) {
    if (s[i] == ':') return i;
    if (!IsSchemeChar(s[i], i == 0)) return 0;
  }
  return 0;
}

// The component regex of RFC 3986 appendix B, done by hand.
UrlParts Split(std::string_view s) {
  UrlParts p;
  if (std::size_t n = SchemeLength(s); n > 0) {
    p.scheme = s.substr(0, n);
    s.remove_prefix(n + 1);
  }
  if (StartsWith(s, "//")) {
    s.remove_prefix(2);
    std::size_t end = s.find_first_of("/?#");
    if (end == std::string_view::npos) end = s.size();
    p.has_authority = true;
    p.authority = s.substr(0, end);
    s.remove_prefix(end);
  }
  if (std::size_t hash = s.find('#'); hash != std::string_view::npos) {
    p.has_fragment = true;
    p.fragment = s.substr(hash + 1);
    s = s.substr(0, hash);
  }
  if (std::size_t q = s.find('?'); q != std::string_view::npos) {
    p.has_query = true;
    p.query = s.substr(q + 1);
    s = s.substr(0, q);
  }
  p.path = s;
  return p;
}

// RFC 3986 5.2.4, on whole segments: "." is dropped, ".." drops the segment
// before it (never above the root).
std::string RemoveDotSegments(std::string_view path) {
  if (path.find('.') == std::string_view::npos) return std::string(path);
  bool absolute = StartsWith(path, "/");
  std::vector<std::string_view> out;
  std::size_t start = absolute ? 1 : 0;
  bool trailing_slash = false;
  while (start <= path.size()) {
    std::size_t end = path.find('/', start);
    if (end == std::string_view::npos) end = path.size();
    std::string_view seg = path.substr(start, end - start);
    bool last = end == path.size();
    if (seg == ".") {
      trailing_slash = last;
    } else if (seg == "..") {
      if (!out.empty()) out.pop_back();
      trailing_slash = last;
    } else {
      out.push_back(seg);
      trailing_slash = false;
    }
    start = end + 1;
  }
  std::string result = absolute ? "/" : "";
  for (std::size_t i = 0; i < out.size(); ++i) {
    if (i > 0) result += '/';
    result += out[i];
  }
  if (trailing_slash && !out.empty()) result += '/';
  return result;
}

// RFC 3986 5.2.3: the base path up to its last "/", then the reference.
std::string MergePaths(const UrlParts& base, std::string_view ref_path) {
  if (base.has_authority && base.path.empty()) return "/" + std::string(ref_path);
  std::size_t slash = base.path.rfind('/');
  if (slash == std::string_view::npos) return std::string(ref_path);
  return std::string(base.path.substr(0, slash + 1)) + std::string(ref_path);
}

std::string Recompose(std::string_view scheme, bool has_authority, std::string_view authority,
                      std::string_view path, bool has_query, std::string_view query,
                      bool has_fragment, std::string_view fragment) {
  std::string out;
  if (!scheme.empty()) {
    out += scheme;
    out += ':';
  }
  if (has_authority) {
    out += "//";
    out += authority;
  }
  out += path;
  if (has_query) {
    out += '?';
    out += query;
  }
  if (has_fragment) {
    out += '#';
    out += fragment;
  }
  return out;
}

}  // namespace

std::string ResolveUrl(std::string_view base_text, std::string_view reference) {
  std::string_view ref_text = Trim(reference);
  UrlParts ref = Split(ref_text);
  if (!ref.scheme.empty()) {
    // Opaque schemes (mailto:, data:, javascript:) have no path to clean.
    if (!ref.has_authority) return std::string(ref_text);
    return Recompose(ref.scheme, true, ref.authority, RemoveDotSegments(ref.path), ref.has_query,
                     ref.query, ref.has_fragment, ref.fragment);
  }
  UrlParts base = Split(Trim(base_text));
  if (base.scheme.empty()) return std::string(ref_text);
  if (ref.has_authority) {
    return Recompose(base.scheme, true, ref.authority, RemoveDotSegments(ref.path), ref.has_query,
                     ref.query, ref.has_fragment, ref.fragment);
  }
  std::string path;
  bool has_query = ref.has_query;
  std::string_view query = ref.query;
  if (ref.path.empty()) {
    path = std::string(base.path);
    if (!ref.has_query) {
      has_query = base.has_query;
      query = base.query;
    }
  } else if (StartsWith(ref.path, "/")) {
    path = RemoveDotSegments(ref.path);
  } else {
    path = RemoveDotSegments(MergePaths(base, ref.path));
  }
  return Recompose(base.scheme, base.has_authority, base.authority, path, has_query, query,
                   ref.has_fragment, ref.fragment);
}

std::string UrlHost(std::string_view url) {
  UrlParts p = Split(Trim(url));
  if (!p.has_authority) return "";
  std::string_view host = p.authority;
  if (std::size_t at = host.rfind('@'); at != std::string_view::npos) host.remove_prefix(at + 1);
  if (StartsWith(host, "[")) {  // IPv6 literal: the port follows "]"
    std::size_t close = host.find(']');
    if (close != std::string_view::npos) host = host.substr(0, close + 1);
  } else if (std::size_t colon = host.find(':'); colon != std::string_view::npos) {
    host = host.substr(0, colon);
  }
  return AsciiLower(host);
}

bool LooksLikeUrl(std::string_view s) {
  s = Trim(s);
  if (StartsWith(s, "//")) return true;
  if (s.size() > 4 && EqualsIgnoreCase(s.substr(0, 4), "www.")) return true;
  std::size_t n = SchemeLength(s);
  return n > 0 && s.substr(n + 1, 2) == "//";
}

namespace {
// "/web/" then a 14-digit capture time (YYYYMMDDhhmmss), written by the
// Wayback software and the archives that run it.
constexpr std::string_view kArchivePathMark = "/web/";
constexpr std::size_t kArchiveTimestampDigits = 14;
}  // namespace

std::string_view ArchivedOriginal(std::string_view url) {
  const std::size_t mark = url.find(kArchivePathMark);
  if (mark == std::string_view::npos) return url;
  std::string_view rest = url.substr(mark + kArchivePathMark.size());
  std::size_t digits = 0;
  while (digits < rest.size() && rest[digits] >= '0' && rest[digits] <= '9') ++digits;
  if (digits != kArchiveTimestampDigits) return url;
  const std::size_t slash = rest.find('/', digits);
  if (slash == std::string_view::npos) return url;
  std::string_view original = rest.substr(slash + 1);
  if (!StartsWith(original, "http://") && !StartsWith(original, "https://")) return url;
  return original;
}

}  // namespace klartext::extract
