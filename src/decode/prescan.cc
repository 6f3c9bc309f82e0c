// The HTML Standard's prescan (§13.2.3.2), "get an attribute", "get an XML
// encoding" and "extracting a character encoding from a meta element"
// (§2.5.3). Comments of the form "Step N" refer to those algorithms.
#include "decode/prescan.h"

#include <string>
#include <utility>

namespace klartext::decode {
namespace {

constexpr bool IsSpace(char c) {  // the prescan's 0x09 0x0A 0x0C 0x0D 0x20
  return c == '\t' || c == '\n' || c == '\f' || c == '\r' || c == ' ';
}
constexpr bool IsAlpha(char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); }
constexpr char Lower(char c) { return (c >= 'A' && c <= 'Z') ? static_cast<char>(c - 'A' + 'a') : c; }

bool StartsWithNoCase(std::string_view s, std::size_t pos, std::string_view lower_prefix) {
  if (s.size() - pos < lower_prefix.size()) return false;
  for (std::size_t i = 0; i < lower_prefix.size(); ++i) {
    if (Lower(s[pos + i]) != lower_prefix[i]) return false;
  }
  return true;
}

std::size_t FindNoCase(std::string_view s, std::string_view lower_needle, std::size_t from) {
  for (std::size_t i = from; i + lower_needle.size() <= s.size(); ++i) {
    if (StartsWithNoCase(s, i, lower_needle)) return i;
  }
  return std::string_view::npos;
}

// A <meta> may say UTF-16 only in bytes that are not UTF-16, so it means
// UTF-8; x-user-defined is for XHR, not documents (prescan steps 10-11).
Encoding AdjustDeclared(Encoding e) {
  if (e == Encoding::kUtf16Be || e == Encoding::kUtf16Le) return Encoding::kUtf8;
  if (e == Encoding::kXUserDefined) return Encoding::kWindows1252;
  return e;
}

// Tags the tree builder keeps in (or before) the head; any other start tag
// ends the head, and with it the late-<meta> scan.
bool IsHeadTag(std::string_view name) {
  static constexpr std::string_view kHeadTags[] = {
      "html", "head", "meta", "link", "title", "script", "style",
      "base", "basefont", "bgsound", "noscript", "template"};
  for (auto t : kHeadTags) {
    if (t == name) return true;
  }
  return false;
}

// Head elements whose content is text, not markup, to a browser.
bool IsRawTextTag(std::string_view name) {
  return name == "script" || name == "style" || name == "title" || name == "noscript";
}

class Scanner {
 public:
  enum class Mode { kPrescan, kHead };

  Scanner(std::string_view bytes, Mode mode) : b_(bytes), mode_(mode) {}

  // The declared encoding, or nullopt when the bytes ran out first.
  std::optional<Encoding> Run() {
    const std::size_t n = b_.size();
    for (pos_ = 0; pos_ < n; ++pos_) {  // "next byte" is the ++pos_
      if (b_.compare(pos_, 4, "<!--") == 0) {
        // The first '>' preceded by "--" after the '<' ("<!-->" counts).
        std::size_t end = b_.find("-->", pos_ + 2);
        if (end == std::string_view::npos) return std::nullopt;
        pos_ = end + 2;
      } else if (StartsWithNoCase(b_, pos_, "<meta") && pos_ + 5 < n &&
                 (IsSpace(b_[pos_ + 5]) || b_[pos_ + 5] == '/')) {
        pos_ += 5;
        MetaResult r = ReadMeta();
        if (r.end_of_input) return std::nullopt;
        if (r.encoding) return r.encoding;
      } else if (b_[pos_] == '<' && pos_ + 1 < n &&
                 (IsAlpha(b_[pos_ + 1]) ||
                  (b_[pos_ + 1] == '/' && pos_ + 2 < n && IsAlpha(b_[pos_ + 2])))) {
        if (!SkipTag()) return std::nullopt;
      } else if (b_[pos_] == '<' && pos_ + 1 < n &&
                 (b_[pos_ + 1] == '!' || b_[pos_ + 1] == '/' || b_[pos_ + 1] == '?')) {
        std::size_t end = b_.find('>', pos_ + 2);
        if (end == std::string_view::npos) return std::nullopt;
        pos_ = end;
      }
    }
    return std::nullopt;
  }

 private:
  enum class Attr { kFound, kNone, kEndOfInput };
  enum class Charset { kNull, kFailure, kSet };

  struct MetaResult {
    std::optional<Encoding> encoding;
    bool end_of_input = false;
  };

  // Prescan, the "<meta" branch, steps 2-12. pos_ is at the space or slash
  // after "<meta"; on return it is at the '>' (or the last byte read).
  MetaResult ReadMeta() {
    // Only three attribute names matter, so "is it in the attribute list"
    // is three flags (a list would be quadratic in a tag with 10^5 of them).
    bool seen_http_equiv = false, seen_content = false, seen_charset = false;
    bool got_pragma = false;
    std::optional<bool> need_pragma;
    Charset charset_state = Charset::kNull;
    Encoding charset = Encoding::kWindows1252;
    for (;;) {
      Attr a = GetAttribute();
      if (a == Attr::kEndOfInput) return {std::nullopt, true};
      if (a == Attr::kNone) break;
      if (name_ == "http-equiv") {
        if (std::exchange(seen_http_equiv, true)) continue;
        if (value_ == "content-type") got_pragma = true;
      } else if (name_ == "content") {
        if (std::exchange(seen_content, true)) continue;
        auto e = ExtractEncodingFromMetaContent(value_);
        if (e && charset_state == Charset::kNull) {
          charset = *e;
          charset_state = Charset::kSet;
          need_pragma = true;
        }
      } else if (name_ == "charset") {
        if (std::exchange(seen_charset, true)) continue;
        auto e = EncodingForLabel(value_);
        charset_state = e ? Charset::kSet : Charset::kFailure;
        if (e) charset = *e;
        need_pragma = false;
      }
    }
    // Processing.
    if (!need_pragma) return {};
    if (*need_pragma && !got_pragma) return {};
    if (charset_state != Charset::kSet) return {};
    return {AdjustDeclared(charset), false};
  }

  // Prescan, the "<" + letter and "</" + letter branch; in kHead mode also
  // the end of the head and raw-text elements. False at end of input.
  bool SkipTag() {
    const std::size_t n = b_.size();
    const bool end_tag = b_[pos_ + 1] == '/';
    const std::size_t name_begin = pos_ + (end_tag ? 2 : 1);
    while (pos_ < n && !IsSpace(b_[pos_]) && b_[pos_] != '>') ++pos_;
    if (pos_ >= n) return false;
    std::string tag;
    for (std::size_t i = name_begin; i < pos_ && b_[i] != '/'; ++i) tag.push_back(Lower(b_[i]));
    for (;;) {
      Attr a = GetAttribute();
      if (a == Attr::kEndOfInput) return false;
      if (a == Attr::kNone) break;
    }
    if (mode_ != Mode::kHead || end_tag) return true;
    if (!IsHeadTag(tag)) return false;  // the body has begun: stop looking
    if (IsRawTextTag(tag)) return SkipRawText(tag);
    return true;
  }

  // Moves pos_ to just before the "</tag" that closes a raw-text element.
  bool SkipRawText(std::string_view tag) {
    const std::size_t n = b_.size();
    std::size_t from = pos_ + 1;
    for (;;) {
      std::size_t lt = b_.find("</", from);
      if (lt == std::string_view::npos) return false;
      std::size_t after = lt + 2 + tag.size();
      if (StartsWithNoCase(b_, lt + 2, tag) && after < n &&
          (IsSpace(b_[after]) || b_[after] == '/' || b_[after] == '>')) {
        pos_ = lt - 1;  // lt > pos_, so this never moves backwards
        return true;
      }
      from = lt + 2;
    }
  }

  // "Get an attribute". Leaves the attribute in name_/value_ (lower-cased).
  Attr GetAttribute() {
    const std::size_t n = b_.size();
    name_.clear();
    value_.clear();
    // Step 1: skip spaces and slashes.
    while (pos_ < n && (IsSpace(b_[pos_]) || b_[pos_] == '/')) ++pos_;
    if (pos_ >= n) return Attr::kEndOfInput;
    // Step 2.
    if (b_[pos_] == '>') return Attr::kNone;
    // Step 4: the name.
    for (;; ++pos_) {
      if (pos_ >= n) return Attr::kEndOfInput;
      const char c = b_[pos_];
      if (c == '=' && !name_.empty()) {
        ++pos_;
        return ReadValue();
      }
      if (IsSpace(c)) break;
      if (c == '/' || c == '>') return Attr::kFound;
      name_.push_back(Lower(c));
    }
    // Step 5-7: spaces, then '=' or an attribute without a value.
    while (pos_ < n && IsSpace(b_[pos_])) ++pos_;
    if (pos_ >= n) return Attr::kEndOfInput;
    if (b_[pos_] != '=') return Attr::kFound;
    ++pos_;
    return ReadValue();
  }

  // "Get an attribute", steps 8-10: the value after '='.
  Attr ReadValue() {
    const std::size_t n = b_.size();
    while (pos_ < n && IsSpace(b_[pos_])) ++pos_;
    if (pos_ >= n) return Attr::kEndOfInput;
    const char first = b_[pos_];
    if (first == '"' || first == '\'') {
      for (++pos_; pos_ < n; ++pos_) {
        if (b_[pos_] == first) {
          ++pos_;
          return Attr::kFound;
        }
        value_.push_back(Lower(b_[pos_]));
      }
      return Attr::kEndOfInput;
    }
    if (first == '>') return Attr::kFound;
    for (; pos_ < n; ++pos_) {
      const char c = b_[pos_];
      if (IsSpace(c) || c == '>') return Attr::kFound;
      value_.push_back(Lower(c));
    }
    return Attr::kEndOfInput;
  }

  std::string_view b_;
  Mode mode_;
  std::size_t pos_ = 0;
  std::string name_;
  std::string value_;
};

}  // namespace

std::optional<Encoding> PrescanForEncoding(std::string_view bytes) {
  // Step 2: a UTF-16 "<?x" without a byte-order mark. The bytes can only be
  // UTF-16 here, so (unlike a <meta>) this is not adjusted to UTF-8.
  static constexpr char kUtf16LeXml[] = {'<', 0, '?', 0, 'x', 0};
  static constexpr char kUtf16BeXml[] = {0, '<', 0, '?', 0, 'x'};
  if (bytes.substr(0, 6) == std::string_view(kUtf16LeXml, 6)) return Encoding::kUtf16Le;
  if (bytes.substr(0, 6) == std::string_view(kUtf16BeXml, 6)) return Encoding::kUtf16Be;
  if (auto e = Scanner(bytes, Scanner::Mode::kPrescan).Run()) return e;
  return GetXmlEncoding(bytes);
}

std::optional<Encoding> ScanHeadForLateMeta(std::string_view bytes) {
  return Scanner(bytes, Scanner::Mode::kHead).Run();
}

std::optional<Encoding> ExtractEncodingFromMetaContent(std::string_view s) {
  const std::size_t n = s.size();
  std::size_t pos = 0;
  for (;;) {
    // Step 2: the next "charset", case-insensitively.
    std::size_t at = FindNoCase(s, "charset", pos);
    if (at == std::string_view::npos) return std::nullopt;
    std::size_t p = at + 7;
    while (p < n && IsSpace(s[p])) ++p;
    // Step 4: not followed by '=' — look again from here.
    if (p >= n || s[p] != '=') {
      pos = p;
      continue;
    }
    ++p;
    while (p < n && IsSpace(s[p])) ++p;
    if (p >= n) return std::nullopt;
    const char c = s[p];
    if (c == '"' || c == '\'') {
      std::size_t close = s.find(c, p + 1);
      if (close == std::string_view::npos) return std::nullopt;
      return EncodingForLabel(s.substr(p + 1, close - p - 1));
    }
    std::size_t end = p;
    while (end < n && !IsSpace(s[end]) && s[end] != ';') ++end;
    return EncodingForLabel(s.substr(p, end - p));
  }
}

std::optional<Encoding> GetXmlEncoding(std::string_view bytes) {
  if (bytes.substr(0, 5) != "<?xml") return std::nullopt;
  const std::size_t decl_end = bytes.find('>');
  if (decl_end == std::string_view::npos) return std::nullopt;
  const std::string_view decl = bytes.substr(0, decl_end);
  std::size_t p = decl.find("encoding");
  if (p == std::string_view::npos) return std::nullopt;
  p += 8;
  auto skip_controls = [&] {
    while (p < decl.size() && static_cast<unsigned char>(decl[p]) <= 0x20) ++p;
  };
  skip_controls();
  if (p >= decl.size() || decl[p] != '=') return std::nullopt;
  ++p;
  skip_controls();
  if (p >= decl.size() || (decl[p] != '"' && decl[p] != '\'')) return std::nullopt;
  const char quote = decl[p++];
  const std::size_t close = decl.find(quote, p);
  if (close == std::string_view::npos) return std::nullopt;
  const std::string_view label = decl.substr(p, close - p);
  for (char c : label) {
    if (static_cast<unsigned char>(c) <= 0x20) return std::nullopt;
  }
  auto e = EncodingForLabel(label);
  if (!e) return std::nullopt;
  if (*e == Encoding::kUtf16Be || *e == Encoding::kUtf16Le) return Encoding::kUtf8;
  return e;
}

}  // namespace klartext::decode
