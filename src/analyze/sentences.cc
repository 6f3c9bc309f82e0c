// analyze/sentences.cc: sentence boundaries in news text.
//
// A sentence ends at ".", "!", "?" or "…" when the next token starts a new
// one (a capital, a digit, an opening quote) or at a line break.
// Closing quote marks and brackets right after the end mark belong to the
// sentence they close ("… möglich." Vorläufig …). Abbreviations, initials
// and ordinals keep their period in the token (tokens.cc), so they never
// end a sentence.
#include <string_view>

#include "analyze/document.h"

namespace klartext::analyze {
namespace {

// A "sentence" longer than this is a list, a table or hostile input; it is
// cut so that the per-sentence work of later stages stays bounded.
constexpr int kMaxSentenceTokens = 300;

bool IsEndMark(std::string_view t) {
  return t == "." || t == "!" || t == "?" || t == "…" || t == "..." || t == "?!" || t == "!?";
}

bool StartsSentence(const Token& t) {
  return t.upper || t.kind == TokenKind::kNumber || t.kind == TokenKind::kQuote ||
         t.kind == TokenKind::kPunct;
}

}  // namespace

void SplitSentences(Document& doc) {
  const int n = doc.size();
  int begin = 0;
  for (int i = 0; i < n; ++i) {
    const bool last = i + 1 == n;
    bool end = last || doc.tokens[static_cast<std::size_t>(i + 1)].line_start || i + 1 - begin >= kMaxSentenceTokens;
    if (!end && doc.tokens[static_cast<std::size_t>(i)].kind == TokenKind::kPunct &&
        IsEndMark(doc.Text(i))) {
      // Absorb closing quotes and brackets glued to the end mark.
      int j = i + 1;
      while (j < n && !doc.tokens[static_cast<std::size_t>(j)].space_before &&
             (doc.tokens[static_cast<std::size_t>(j)].kind == TokenKind::kQuote ||
              doc.Text(j) == ")") &&
             !doc.tokens[static_cast<std::size_t>(j)].line_start) {
        ++j;
      }
      if (j >= n || doc.tokens[static_cast<std::size_t>(j)].line_start) {
        i = j - 1;
        end = true;
      } else if (doc.tokens[static_cast<std::size_t>(j)].space_before &&
                 StartsSentence(doc.tokens[static_cast<std::size_t>(j)])) {
        i = j - 1;
        end = true;
      }
    }
    if (end) {
      const int s = static_cast<int>(doc.sentences.size());
      for (int k = begin; k <= i; ++k) doc.tokens[static_cast<std::size_t>(k)].sentence = s;
      doc.sentences.push_back({begin, i + 1});
      begin = i + 1;
    }
  }
}

}  // namespace klartext::analyze
