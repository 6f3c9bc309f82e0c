// html/tokenizer_tag.cc: start and end tags with their attributes
// (HTML Standard 13.2.5.6-13.2.5.40, written as straight-line code over
// the whole input instead of one state per byte).
#include <cstring>
#include <unordered_set>

#include "html/entities.h"
#include "html/tokenizer.h"
#include "html/tokenizer_chars.h"
#include "html/tokenizer_scan.h"

namespace klartext::html {
namespace {

// Up to this many attributes, duplicates are found by comparing with each
// earlier one; beyond it (only hostile pages get there) through a hash set,
// so a tag with 100 000 attributes costs linear, not quadratic, time.
constexpr std::size_t kLinearDuplicateCheck = 32;


}  // namespace

Tokenizer::PoolString Tokenizer::AttributeValue(const char** pp, char quote) {
  const char* p = *pp;
  const char* const start = p;
  std::size_t offset = 0;
  const char* copied_to = nullptr;  // non-null once pool_ holds the value from offset
  for (;;) {
    if (quote != 0) {
      p = scan::FindAny(p, end_, quote, '&', '\0');
    } else {
      while (p != end_ && !chars::Is(*p, chars::kEndsUnquotedValue)) ++p;
    }
    if (p == end_ || (*p != '&' && *p != '\0')) break;
    const char* resume;
    if (*p == '\0') {
      reference_.assign(chars::kReplacement);
      resume = p + 1;
    } else {
      reference_.clear();
      resume = DecodeCharacterReference(p, end_, /*in_attribute=*/true, &reference_);
      if (resume == nullptr) {
        ++p;
        continue;
      }
    }
    if (copied_to == nullptr) {
      offset = pool_.size();
      pool_.append(start, p);
    } else {
      pool_.append(copied_to, p);
    }
    pool_.append(reference_);
    copied_to = p = resume;
  }
  *pp = p;
  if (copied_to == nullptr) return Slice(start, p);
  pool_.append(copied_to, p);
  return PoolFrom(offset);
}

bool Tokenizer::Tag(const char* name, bool is_end) {
  const char* p = name;
  bool rewrite = false;
  while (p != end_ && !chars::Is(*p, chars::kEndsTagName)) rewrite |= chars::Is(*p++, chars::kRewrittenInName);
  ClearPool();
  pending_.clear();
  const PoolString tag_name = rewrite ? Name(name, p) : Slice(name, p);
  bool self_closing = false;
  bool closed = false;  // reached the tag's '>' (else the input ended inside it)
  while (p != end_) {
    // Before attribute name.
    while (p != end_ && chars::Is(*p, chars::kSpaceByte)) ++p;
    if (p == end_) break;
    if (*p == '>') {
      ++p;
      closed = true;
      break;
    }
    if (*p == '/') {  // self-closing start tag state
      ++p;
      if (p != end_ && *p == '>') {
        ++p;
        self_closing = closed = true;
        break;
      }
      continue;
    }
    // Attribute name; a leading '=' belongs to it.
    const char* n = p;
    if (*p == '=') ++p;
    rewrite = false;
    while (p != end_ && !chars::Is(*p, chars::kEndsAttributeName)) rewrite |= chars::Is(*p++, chars::kRewrittenInName);
    // Filled in place, not built on the stack and copied in.
    PendingAttribute& attr = pending_.emplace_back();
    attr.name = rewrite ? Name(n, p) : Slice(n, p);
    // After attribute name.
    while (p != end_ && chars::IsSpace(*p)) ++p;
    if (p != end_ && *p == '=') {
      ++p;
      while (p != end_ && chars::IsSpace(*p)) ++p;
      if (p != end_ && (*p == '"' || *p == '\'')) {
        const char quote = *p++;
        attr.value = AttributeValue(&p, quote);
        if (p != end_) ++p;  // the closing quote
      } else if (p != end_ && *p != '>') {
        attr.value = AttributeValue(&p, 0);
      }
      // '>' right after '=': a missing value, the attribute is empty.
    }
  }
  p_ = p;
  if (!closed) return false;  // the input ended inside the tag: it is dropped

  token_ = Token{};
  token_.kind = is_end ? TokenKind::kEndTag : TokenKind::kStartTag;
  const std::string_view resolved_name = Resolve(tag_name);
  token_.text = resolved_name;
  token_.self_closing = self_closing;
  if (is_end) return true;  // attributes on end tags are a parse error, and ignored
  last_start_name_ = resolved_name;
  last_start_in_pool_ = tag_name.input == nullptr;
  attributes_.clear();
  bool hashing = false;  // names are in seen_names_ (past kLinearDuplicateCheck)
  for (const PendingAttribute& a : pending_) {
    const std::string_view attr_name = Resolve(a.name);
    bool duplicate = false;
    if (!hashing && attributes_.size() < kLinearDuplicateCheck) {
      for (const TokenAttribute& earlier : attributes_) duplicate |= earlier.name == attr_name;
    } else {
      if (!hashing) {
        seen_names_.clear();
        for (const TokenAttribute& earlier : attributes_) seen_names_.insert(earlier.name);
        hashing = true;
      }
      duplicate = !seen_names_.insert(attr_name).second;
    }
    if (!duplicate) {
      TokenAttribute& attr = attributes_.emplace_back();
      attr.name = attr_name;
      attr.value = Resolve(a.value);
    }
  }
  token_.attributes = attributes_;
  return true;
}

}  // namespace klartext::html
