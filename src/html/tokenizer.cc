// html/tokenizer.cc: input normalisation, the token loop and the data state.
// Tags are in tokenizer_tag.cc, comments and DOCTYPEs in
// tokenizer_markup.cc, the other content states in tokenizer_text.cc.
#include "html/tokenizer.h"

#include <cstring>

#include "html/entities.h"
#include "html/tokenizer_chars.h"
#include "html/tokenizer_scan.h"

namespace klartext::html {

Tokenizer::Tokenizer(std::string_view utf8, Newlines newlines)
    : begin_(utf8.data()), p_(utf8.data()), end_(utf8.data() + utf8.size()) {
  if (newlines == Newlines::kNormalized) return;
  // HTML Standard 13.2.3.5: CR LF and lone CR become LF before tokenizing.
  // Doing it once up front (only for pages that have a CR at all) keeps
  // every state below free of CR handling and every token a plain view.
  const char* cr = static_cast<const char*>(std::memchr(utf8.data(), '\r', utf8.size()));
  if (cr == nullptr) return;
  normalized_.reserve(utf8.size());
  const char* p = utf8.data();
  const char* end = p + utf8.size();
  while (cr != nullptr) {
    normalized_.append(p, cr);
    normalized_.push_back('\n');
    p = cr + 1;
    if (p != end && *p == '\n') ++p;
    cr = static_cast<const char*>(std::memchr(p, '\r', static_cast<std::size_t>(end - p)));
  }
  normalized_.append(p, end);
  begin_ = p_ = normalized_.data();
  end_ = p_ + normalized_.size();
}

const Token& Tokenizer::Next() {
  for (;;) {
    if (p_ == end_) {
      token_ = Token{};
      token_.kind = TokenKind::kEndOfFile;
      return token_;
    }
    bool emitted = false;
    switch (state_) {
      case TokenizerState::kData:
        emitted = DataText();
        break;
      case TokenizerState::kRcdata:
        emitted = RcdataOrRawtext(/*decode_references=*/true);
        break;
      case TokenizerState::kRawtext:
        emitted = RcdataOrRawtext(/*decode_references=*/false);
        break;
      case TokenizerState::kScriptData:
        emitted = ScriptDataText();
        break;
      case TokenizerState::kPlaintext:
        emitted = PlaintextText();
        break;
      case TokenizerState::kCdataSection:
        emitted = CdataSectionText();
        break;
    }
    if (emitted) return token_;
  }
}

bool Tokenizer::DataText() {
  const char* const start = p_;
  const char* q = p_;
  const char* copied_to = nullptr;  // non-null once text_ holds [start, copied_to) rewritten
  for (;;) {
    q = scan::FindAny(q, end_, '<', '&', '&');
    if (q == end_) break;
    if (*q == '&') {
      reference_.clear();
      const char* resume = DecodeCharacterReference(q, end_, /*in_attribute=*/false, &reference_);
      if (resume == nullptr) {
        ++q;
        continue;
      }
      if (copied_to == nullptr) {
        text_.assign(start, q);
      } else {
        text_.append(copied_to, q);
      }
      text_.append(reference_);
      copied_to = q = resume;
      continue;
    }
    // '<': markup unless what follows cannot start any (then it is text).
    if (q + 1 != end_) {
      const char c = q[1];
      if (chars::IsAlpha(c) || c == '!' || c == '?' || (c == '/' && q + 2 != end_)) break;
    }
    ++q;
  }
  if (q == start) return Markup(q);
  p_ = q;
  token_ = Token{};
  token_.kind = TokenKind::kCharacters;
  if (copied_to == nullptr) {
    token_.text = {start, static_cast<std::size_t>(q - start)};
  } else {
    text_.append(copied_to, q);
    token_.text = text_;
  }
  return true;
}

bool Tokenizer::Markup(const char* lt) {
  const char c = lt[1];
  if (c == '!') return MarkupDeclaration(lt + 2);
  if (c == '?') return BogusComment(lt + 1);  // the '?' is part of the comment
  if (c == '/') {
    const char d = lt[2];
    if (chars::IsAlpha(d)) return Tag(lt + 2, /*is_end=*/true);
    if (d == '>') {  // "</>" is dropped
      p_ = lt + 3;
      return false;
    }
    return BogusComment(lt + 2);
  }
  return Tag(lt + 1, /*is_end=*/false);
}

bool Tokenizer::EmitText(const char* begin, const char* end, bool replace_nul) {
  token_ = Token{};
  token_.kind = TokenKind::kCharacters;
  const char* nul = replace_nul ? static_cast<const char*>(std::memchr(begin, '\0', static_cast<std::size_t>(end - begin)))
                                : nullptr;
  if (nul == nullptr) {
    token_.text = {begin, static_cast<std::size_t>(end - begin)};
    return true;
  }
  text_.clear();
  while (nul != nullptr) {
    text_.append(begin, nul);
    text_.append(chars::kReplacement);
    begin = nul + 1;
    nul = static_cast<const char*>(std::memchr(begin, '\0', static_cast<std::size_t>(end - begin)));
  }
  text_.append(begin, end);
  token_.text = text_;
  return true;
}

bool Tokenizer::EmitComment(const char* begin, const char* end) {
  EmitText(begin, end, /*replace_nul=*/true);
  token_.kind = TokenKind::kComment;
  return true;
}

Tokenizer::PoolString Tokenizer::Name(const char* b, const char* e) {
  const char* p = b;
  while (p != e && !chars::IsUpper(*p) && *p != '\0') ++p;
  if (p == e) return Slice(b, e);
  const std::size_t offset = pool_.size();
  pool_.append(b, p);
  for (; p != e; ++p) {
    if (*p == '\0') {
      pool_.append(chars::kReplacement);
    } else {
      pool_.push_back(chars::ToLower(*p));
    }
  }
  return PoolFrom(offset);
}

bool Tokenizer::IsAppropriateEndTag(const char* lt) const {
  // lt points at '<'. "</" + the last start tag's name (any case) + a byte
  // that ends a tag name. With no start tag seen, no end tag is appropriate.
  if (last_start_name_.empty()) return false;
  const std::size_t n = last_start_name_.size();
  if (static_cast<std::size_t>(end_ - lt) < n + 3 || lt[1] != '/') return false;
  for (std::size_t i = 0; i < n; ++i) {
    const char c = lt[2 + i];
    if (!chars::IsAlpha(c) || chars::ToLower(c) != last_start_name_[i]) return false;
  }
  const char after = lt[2 + n];
  return chars::IsSpace(after) || after == '/' || after == '>';
}

}  // namespace klartext::html
