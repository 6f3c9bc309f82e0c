// html/tokenizer_text.cc: the content states the tree builder switches to:
// RCDATA, RAWTEXT, script data (with its escaped and double-escaped
// sub-states), PLAINTEXT and CDATA sections (HTML Standard 13.2.5.2-5,
// 13.2.5.15-31, 13.2.5.69-71). Each emits the text up to the end tag that
// closes it; the next call then tokenizes that end tag.
#include <cstring>
#include <string_view>

#include "html/entities.h"
#include "html/tokenizer.h"
#include "html/tokenizer_chars.h"
#include "html/tokenizer_scan.h"

namespace klartext::html {
namespace {

// "script": the word whose appearance inside an escaped script ("<!--
// <script>") switches to double-escaped, where "</script>" does not close.
constexpr std::string_view kScript = "script";

// At `p` (just after "<" or "</"), whether a run of ASCII letters spelling
// "script" in any case is followed by whitespace, '/' or '>'. Sets *after
// to the byte after the letter run.
bool ScriptWordFollows(const char* p, const char* end, const char** after) {
  const char* q = p;
  while (q != end && chars::IsAlpha(*q)) ++q;
  *after = q;
  if (q == end || !(chars::IsSpace(*q) || *q == '/' || *q == '>')) return false;
  return static_cast<std::size_t>(q - p) == kScript.size() &&
         chars::StartsWithIgnoringCase(p, end, kScript);
}

}  // namespace

bool Tokenizer::RcdataOrRawtext(bool decode_references) {
  const char* const start = p_;
  const char* q = p_;
  const char* copied_to = nullptr;  // non-null once text_ holds [start, copied_to) rewritten
  for (;;) {
    q = decode_references ? scan::FindAny(q, end_, '<', '&', '\0') : scan::FindAny(q, end_, '<', '\0', '\0');
    if (q == end_) break;
    if (*q == '<') {
      if (IsAppropriateEndTag(q)) break;
      ++q;
      continue;
    }
    const char* resume;
    reference_.clear();
    if (*q == '\0') {
      reference_.assign(chars::kReplacement);
      resume = q + 1;
    } else {
      resume = DecodeCharacterReference(q, end_, /*in_attribute=*/false, &reference_);
      if (resume == nullptr) {
        ++q;
        continue;
      }
    }
    if (copied_to == nullptr) {
      text_.assign(start, q);
    } else {
      text_.append(copied_to, q);
    }
    text_.append(reference_);
    copied_to = q = resume;
  }
  if (q == start) {  // at the end tag that closes this element
    state_ = TokenizerState::kData;
    return Tag(q + 2, /*is_end=*/true);
  }
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

bool Tokenizer::ScriptDataText() {
  // The sub-states only decide which "</script" closes the element; every
  // byte is emitted as it is (NUL as U+FFFD), so the text is a slice.
  enum class State { kNormal, kEscaped, kEscapedDash, kEscapedDashDash, kDouble, kDoubleDash, kDoubleDashDash };
  const char* const start = p_;
  const char* q = p_;
  State state = State::kNormal;
  while (q != end_) {
    if (state == State::kNormal) {
      q = scan::FindAny(q, end_, '<', '<', '<');
      if (q == end_) break;
      if (IsAppropriateEndTag(q)) break;
      if (end_ - q >= 4 && q[1] == '!' && q[2] == '-' && q[3] == '-') {
        state = State::kEscapedDashDash;
        q += 4;
      } else {
        ++q;
      }
      continue;
    }
    if (state == State::kEscaped || state == State::kDouble) {
      q = scan::FindAny(q, end_, '<', '-', '\0');
      if (q == end_) break;
    }
    const char c = *q;
    const bool escaped = state == State::kEscaped || state == State::kEscapedDash ||
                         state == State::kEscapedDashDash;
    if (c == '-') {
      if (state == State::kEscaped || state == State::kEscapedDash) {
        state = state == State::kEscaped ? State::kEscapedDash : State::kEscapedDashDash;
      } else if (state == State::kDouble || state == State::kDoubleDash) {
        state = state == State::kDouble ? State::kDoubleDash : State::kDoubleDashDash;
      }
      ++q;
    } else if (c == '<') {
      if (escaped) {
        if (IsAppropriateEndTag(q)) break;
        state = State::kEscaped;
        const char* after;
        if (q + 1 != end_ && chars::IsAlpha(q[1]) && ScriptWordFollows(q + 1, end_, &after)) {
          state = State::kDouble;  // "<script" + separator inside an escaped script
          q = after + 1;
        } else {
          ++q;
        }
      } else {
        state = State::kDouble;
        const char* after;
        if (q + 1 != end_ && q[1] == '/' && ScriptWordFollows(q + 2, end_, &after)) {
          state = State::kEscaped;  // "</script" + separator ends double escaping
          q = after + 1;
        } else {
          ++q;
        }
      }
    } else if (c == '>' && (state == State::kEscapedDashDash || state == State::kDoubleDashDash)) {
      state = State::kNormal;
      ++q;
    } else {
      state = escaped ? State::kEscaped : State::kDouble;
      ++q;
    }
  }
  if (q == start) {  // at "</script"
    state_ = TokenizerState::kData;
    return Tag(q + 2, /*is_end=*/true);
  }
  p_ = q;
  return EmitText(start, q, /*replace_nul=*/true);
}

bool Tokenizer::PlaintextText() {
  const char* start = p_;
  p_ = end_;
  return EmitText(start, end_, /*replace_nul=*/true);
}

bool Tokenizer::CdataSectionText() {
  static constexpr std::string_view kEnd = "]]>";
  const std::string_view rest(p_, static_cast<std::size_t>(end_ - p_));
  const std::size_t close = rest.find(kEnd);
  const char* start = p_;
  if (close == std::string_view::npos) {
    p_ = end_;
    return EmitText(start, end_, /*replace_nul=*/false);
  }
  p_ += close + kEnd.size();
  state_ = TokenizerState::kData;
  if (close == 0) return false;
  return EmitText(start, start + close, /*replace_nul=*/false);
}

}  // namespace klartext::html
