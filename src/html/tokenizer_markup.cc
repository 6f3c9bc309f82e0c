// html/tokenizer_markup.cc: "<!" constructs and bogus comments: comments,
// DOCTYPEs and CDATA section openings (HTML Standard 13.2.5.41-13.2.5.68).
#include <cstring>

#include "html/tokenizer.h"
#include "html/tokenizer_chars.h"
#include "html/tokenizer_scan.h"

namespace klartext::html {

bool Tokenizer::MarkupDeclaration(const char* p) {
  if (end_ - p >= 2 && p[0] == '-' && p[1] == '-') return Comment(p + 2);
  if (chars::StartsWithIgnoringCase(p, end_, "doctype")) return Doctype(p + 7);
  static constexpr std::string_view kCdata = "[CDATA[";
  if (cdata_allowed_ && static_cast<std::size_t>(end_ - p) >= kCdata.size() &&
      std::memcmp(p, kCdata.data(), kCdata.size()) == 0) {
    p_ = p + kCdata.size();
    state_ = TokenizerState::kCdataSection;
    return false;
  }
  // Anything else, "[CDATA[" in HTML content included, is a bogus comment
  // holding everything up to the next '>'.
  return BogusComment(p);
}

bool Tokenizer::BogusComment(const char* p) {
  const char* gt = static_cast<const char*>(std::memchr(p, '>', static_cast<std::size_t>(end_ - p)));
  if (gt == nullptr) gt = end_;
  p_ = gt == end_ ? end_ : gt + 1;
  return EmitComment(p, gt);
}

bool Tokenizer::Comment(const char* const start) {
  // The comment states only ever append the characters they consumed, so
  // the comment is a slice of the input: [start, cut) where cut excludes
  // the "--", "--!" or "-" that closed it. Only the state is tracked here.
  enum class State { kComment, kEndDash, kEnd, kEndBang };
  const char* q = start;
  // Comment start and comment start dash: "<!-->" and "<!--->" are empty.
  if (q != end_ && *q == '>') {
    p_ = q + 1;
    return EmitComment(start, start);
  }
  if (q != end_ && *q == '-' && q + 1 != end_ && q[1] == '>') {
    p_ = q + 2;
    return EmitComment(start, start);
  }
  State state = State::kComment;
  for (;;) {
    if (state == State::kComment) {
      q = static_cast<const char*>(std::memchr(q, '-', static_cast<std::size_t>(end_ - q)));
      if (q == nullptr) {
        p_ = end_;
        return EmitComment(start, end_);
      }
      ++q;
      state = State::kEndDash;
      continue;
    }
    if (q == end_) {
      p_ = end_;
      const std::size_t cut = state == State::kEndDash ? 1 : state == State::kEnd ? 2 : 3;
      return EmitComment(start, q - cut);
    }
    const char c = *q;
    switch (state) {
      case State::kEndDash:
        if (c == '-') {
          state = State::kEnd;
          ++q;
        } else {
          state = State::kComment;
        }
        break;
      case State::kEnd:
        if (c == '>') {
          p_ = q + 1;
          return EmitComment(start, q - 2);
        }
        if (c == '!') {
          state = State::kEndBang;
          ++q;
        } else if (c == '-') {
          ++q;
        } else {
          state = State::kComment;
        }
        break;
      case State::kEndBang:
        if (c == '>') {
          p_ = q + 1;
          return EmitComment(start, q - 3);
        }
        if (c == '-') {
          state = State::kEndDash;
          ++q;
        } else {
          state = State::kComment;
        }
        break;
      case State::kComment:
        break;
    }
  }
}

Tokenizer::PoolString Tokenizer::DoctypeId(const char** pp, char quote) {
  const char* p = *pp;
  const char* start = p;
  while (p != end_ && *p != quote && *p != '>' && *p != '\0') ++p;
  if (p == end_ || *p != '\0') {
    *pp = p;
    return Slice(start, p);
  }
  const std::size_t offset = pool_.size();
  pool_.append(start, p);
  for (; p != end_ && *p != quote && *p != '>'; ++p) {
    if (*p == '\0') {
      pool_.append(chars::kReplacement);
    } else {
      pool_.push_back(*p);
    }
  }
  *pp = p;
  return PoolFrom(offset);
}

bool Tokenizer::Doctype(const char* p) {
  ClearPool();
  PoolString name, public_id, system_id;
  bool has_name = false, has_public = false, has_system = false, quirks = false;
  const char* resume = end_;  // where tokenizing goes on after the DOCTYPE
  auto skip_space = [&] {
    while (p != end_ && chars::IsSpace(*p)) ++p;
  };
  // Reads a quoted identifier at p; false when the DOCTYPE ended inside it.
  auto quoted_id = [&](PoolString* id) {
    const char quote = *p++;
    *id = DoctypeId(&p, quote);
    if (p == end_ || *p == '>') {  // EOF or '>' inside the quotes
      quirks = true;
      resume = p == end_ ? end_ : p + 1;
      return false;
    }
    ++p;  // the closing quote
    return true;
  };
  // Bogus DOCTYPE state: everything up to '>' is ignored.
  auto bogus = [&] {
    const char* gt = static_cast<const char*>(std::memchr(p, '>', static_cast<std::size_t>(end_ - p)));
    resume = gt == nullptr ? end_ : gt + 1;
  };

  do {
    if (p != end_ && chars::IsSpace(*p)) ++p;  // DOCTYPE state
    skip_space();                              // before DOCTYPE name
    if (p == end_) {
      quirks = true;
      break;
    }
    if (*p == '>') {
      quirks = true;
      resume = p + 1;
      break;
    }
    const char* n = p;
    while (p != end_ && !chars::IsSpace(*p) && *p != '>') ++p;
    name = Name(n, p);
    has_name = true;
    skip_space();  // after DOCTYPE name
    if (p == end_) {
      quirks = true;
      break;
    }
    if (*p == '>') {
      resume = p + 1;
      break;
    }
    bool is_public;
    if (chars::StartsWithIgnoringCase(p, end_, "public")) {
      is_public = true;
    } else if (chars::StartsWithIgnoringCase(p, end_, "system")) {
      is_public = false;
    } else {
      quirks = true;
      bogus();
      break;
    }
    p += 6;
    skip_space();  // after the keyword, before the identifier
    if (p == end_ || *p == '>' || (*p != '"' && *p != '\'')) {
      quirks = true;
      if (p == end_ || *p == '>') {
        resume = p == end_ ? end_ : p + 1;
      } else {
        bogus();
      }
      break;
    }
    if (is_public) {
      has_public = true;
      if (!quoted_id(&public_id)) break;
      skip_space();  // after the public identifier, between the identifiers
      if (p == end_) {
        quirks = true;
        break;
      }
      if (*p == '>') {
        resume = p + 1;
        break;
      }
      if (*p != '"' && *p != '\'') {
        quirks = true;
        bogus();
        break;
      }
    }
    has_system = true;
    if (!quoted_id(&system_id)) break;
    skip_space();  // after the system identifier
    if (p == end_) {
      quirks = true;
      break;
    }
    if (*p == '>') {
      resume = p + 1;
      break;
    }
    bogus();  // junk after the system identifier does not set quirks
  } while (false);

  p_ = resume;
  token_ = Token{};
  token_.kind = TokenKind::kDoctype;
  token_.has_name = has_name;
  token_.has_public_id = has_public;
  token_.has_system_id = has_system;
  token_.force_quirks = quirks;
  if (has_name) token_.text = Resolve(name);
  if (has_public) token_.public_id = Resolve(public_id);
  if (has_system) token_.system_id = Resolve(system_id);
  return true;
}

}  // namespace klartext::html
