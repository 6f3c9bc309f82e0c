// analyze/quotes.cc: direct statements — text in quotation marks.
//
// Quote marks are paired by how they sit against words: a mark with a word
// right after it and space (or an opening bracket) before it opens, a mark
// glued to the word before it closes. That one rule covers „…“, “…”, "…",
// »…«, «…», ‚…‘ and '…' without knowing the convention in advance. A quote
// left open at a paragraph's end continues when the next paragraph opens
// with a mark of the same family (the newspaper convention for quotes that
// run over several paragraphs).
//
// A pair becomes a statement when an attribution is next to it (", sagte
// er", "Smith said:", ", so Peskow"), or when it fills a sentence of its own
// and is long enough not to be a title or scare quote; then its speaker is
// the one of the statement before (speakers.cc).
#include <algorithm>
#include <string_view>
#include <vector>

#include "analyze/document.h"

namespace klartext::analyze {
namespace {

// A quote shorter than this (in words) without an attribution is a title,
// a term or a scare quote („Eagle“, „volle Verantwortung“), not a statement.
constexpr int kMinStandaloneWords = 4;
// An attributed quote needs at least this many words (partial quotes of two
// words inside reported speech belong to that reported statement).
constexpr int kMinAttributedWords = 3;
// How many tokens after a closing mark the cue verb may be (", sagte er").
constexpr int kMaxCueDistanceAfter = 3;
// An English speaker's apposition after a quote has at most this many tokens
// (", Mr. Trump, who is regarded as something of a germaphobe, said").
constexpr int kMaxEnglishApposition = 20;
// How many tokens before an opening mark the cue verb may be ("sagte er:").
constexpr int kMaxCueDistanceBefore = 12;
// Quotes nest two or three deep in real text; deeper open marks are noise
// (and an unbounded stack would make pairing quadratic on hostile input).
constexpr std::size_t kMaxOpenQuotes = 8;

enum class Family { kDouble, kSingle };

struct Mark {
  int token;
  Family family;
};

const Token& Tok(const Document& doc, int i) { return doc.tokens[static_cast<std::size_t>(i)]; }

Family FamilyOf(std::string_view t) {
  if (t == "'" || t == "\u201A" || t == "\u2018" || t == "\u2019" || t == "\u203A" || t == "\u2039")
    return Family::kSingle;
  return Family::kDouble;
}

bool AlwaysOpens(std::string_view t) { return t == "\u201E" || t == "\u201A"; }

bool CanOpen(const Document& doc, int i) {
  const Token& t = Tok(doc, i);
  if (AlwaysOpens(doc.Text(i))) return true;
  if (t.space_after || i + 1 >= doc.size()) return false;
  if (t.space_before || i == 0) return true;
  const std::string_view prev = doc.Text(i - 1);
  return prev == "(" || prev == "[" || prev == "—" || prev == "–" || prev == ":" ||
         t.line_start;
}

bool CanClose(const Document& doc, int i) {
  const Token& t = Tok(doc, i);
  if (AlwaysOpens(doc.Text(i))) return false;
  return !t.space_before && i > 0;
}

int CountWords(const Document& doc, int begin, int end) {
  int n = 0;
  for (int i = begin; i < end; ++i)
    if (Tok(doc, i).kind == TokenKind::kWord || Tok(doc, i).kind == TokenKind::kNumber) ++n;
  return n;
}

// The pairs (open, close) of outermost quotes, in text order.
std::vector<std::pair<int, int>> PairQuotes(const Document& doc) {
  std::vector<std::pair<int, int>> pairs;
  std::vector<Mark> open;
  for (int i = 0; i < doc.size(); ++i) {
    const Token& t = Tok(doc, i);
    if (i > 0 && t.paragraph != Tok(doc, i - 1).paragraph && !open.empty()) {
      // A quote continued over a paragraph break reopens with the same family.
      const bool continues = t.kind == TokenKind::kQuote && (CanOpen(doc, i) || t.space_after) &&
                             FamilyOf(doc.Text(i)) == open.front().family && open.size() == 1;
      if (continues) continue;
      open.clear();
    }
    if (t.kind != TokenKind::kQuote) continue;
    const Family family = FamilyOf(doc.Text(i));
    bool can_close = CanClose(doc, i);
    // A mark spaced on both sides (or glued on both) says nothing by its
    // position: it closes an open quote of its family, else it opens.
    const bool ambiguous = !AlwaysOpens(doc.Text(i)) && t.space_before == t.space_after;
    if (ambiguous) {
      bool open_of_family = false;
      for (const Mark& m : open) open_of_family = open_of_family || m.family == family;  // ≤ kMaxOpenQuotes
      if (!open_of_family) {
        if (!t.space_before && Tok(doc, i - 1).kind == TokenKind::kWord && i + 1 < doc.size() &&
            Tok(doc, i + 1).kind == TokenKind::kWord)
          continue;  // an apostrophe between letters
        if (open.size() < kMaxOpenQuotes) open.push_back({i, family});
        continue;
      }
      can_close = true;
    }
    if (can_close) {
      int match = -1;
      for (int k = static_cast<int>(open.size()) - 1; k >= 0; --k) {
        if (open[static_cast<std::size_t>(k)].family == family) {
          match = k;
          break;
        }
      }
      if (match >= 0) {
        if (match == 0) pairs.emplace_back(open[0].token, i);
        open.resize(static_cast<std::size_t>(match));
        continue;
      }
    }
    if (CanOpen(doc, i) && open.size() < kMaxOpenQuotes) open.push_back({i, family});
  }
  return pairs;
}

// End of the clause starting at `i`: the next comma, end mark, colon or quote.
int ClauseEnd(const Document& doc, int i, int limit) {
  for (; i < limit; ++i) {
    const Token& t = Tok(doc, i);
    if (t.kind == TokenKind::kQuote) return i;
    if (t.kind == TokenKind::kPunct) {
      const std::string_view p = doc.Text(i);
      if (p == "," || p == "." || p == ":" || p == ";" || p == "!" || p == "?") return i;
    }
  }
  return limit;
}

// Looks for ", sagte er" / ", Smith said" / ", so Peskow" after a closing
// mark. On success fills cue and speaker and returns the token after them.
int AttributionAfter(const Document& doc, int close, Found* f) {
  const int n = doc.size();
  int i = close + 1;
  if (i < n && (doc.IsPunct(i, ",") || doc.IsPunct(i, "–") || doc.IsPunct(i, "-") || doc.IsPunct(i, "—"))) ++i;
  if (i >= n || Tok(doc, i).paragraph != Tok(doc, close).paragraph) return -1;
  const int clause_end = ClauseEnd(doc, i, n);
  const bool english = doc.lex->language == "en";
  if (doc.lex->source_closing.count(doc.Lower(i))) {
    const TokenRange sp = SpeakerPhraseAt(doc, i + 1, clause_end);
    if (!sp.empty()) {
      f->cue = {i, i + 1};
      f->speaker = sp;
      return sp.end;
    }
  }
  for (int v = i; v < clause_end && v - i < kMaxCueDistanceAfter; ++v) {
    int particle = -1;
    if (!IsSpeechVerb(doc, v, &particle, clause_end)) continue;
    // '"…," he said' (English, and German "…", er sagte) before
    // '"…", sagte er' (German inversion, English ', said Smith').
    TokenRange sp = v > i ? SpeakerPhraseBefore(doc, v, i) : TokenRange{};
    if (sp.empty()) sp = SpeakerPhraseAt(doc, v + 1, clause_end);
    // English: ', said Kevin Madden, a Republican strategist.' — the
    // apposition up to the sentence end belongs to the speaker.
    if (english && !sp.empty() && sp.begin == v + 1 && doc.IsPunct(sp.end, ",") &&
        (doc.Is(sp.end + 1, "a") || doc.Is(sp.end + 1, "an") || doc.Is(sp.end + 1, "the"))) {
      int e = sp.end + 1;
      while (e < n && e - sp.end <= kMaxEnglishApposition && !doc.IsPunct(e, ".") && !doc.IsPunct(e, ",") &&
             Tok(doc, e).kind != TokenKind::kQuote)
        ++e;
      if (e < n && doc.IsPunct(e, ".")) sp.end = e;
    }
    f->cue = {v, (particle > v ? particle : v) + 1};
    f->speaker = sp;
    int next = std::max(sp.end, f->cue.end);
    return next;
  }
  if (english) {
    // '"…," Mr. Trump, who is regarded as a germaphobe, said.'
    for (int v = clause_end + 1; v < n && v - i <= kMaxEnglishApposition; ++v) {
      if (Tok(doc, v).kind == TokenKind::kQuote || doc.IsPunct(v, ".")) break;
      int particle = -1;
      if (!doc.IsPunct(v - 1, ",") || !IsSpeechVerb(doc, v, &particle, v + 1)) continue;
      const TokenRange sp = SpeakerPhraseBefore(doc, v, i);
      if (sp.empty() || sp.begin != i) break;
      f->cue = {v, v + 1};
      f->speaker = sp;
      return v + 1;
    }
  }
  return -1;
}

// Looks for "sagte er:" / "Er sagte:" / "He said," before an opening mark.
bool AttributionBefore(const Document& doc, int open, Found* f) {
  const int sentence_begin = doc.sentences[static_cast<std::size_t>(Tok(doc, open).sentence)].begin;
  const int i = open - 1;
  if (i < sentence_begin || !(doc.IsPunct(i, ":") || doc.IsPunct(i, ","))) return false;
  for (int v = i - 1; v >= sentence_begin && i - v <= kMaxCueDistanceBefore; --v) {
    if (Tok(doc, v).kind == TokenKind::kQuote) break;
    int particle = -1;
    if (!IsSpeechVerb(doc, v, &particle, i)) continue;
    int clause_begin = v;
    while (clause_begin > sentence_begin && !doc.IsPunct(clause_begin - 1, ",")) --clause_begin;
    const TokenRange sp = SpeakerOfVerb(doc, v, clause_begin, i, sentence_begin);
    f->cue = {v, (particle > v ? particle : v) + 1};
    f->speaker = sp;
    return true;
  }
  // "Peskow: „…“" — a name and a colon.
  if (doc.IsPunct(i, ":")) {
    const TokenRange sp = SpeakerPhraseBefore(doc, i, sentence_begin);
    if (!sp.empty() && sp.begin == sentence_begin) {
      f->speaker = sp;
      return true;
    }
  }
  return false;
}

void MarkQuoted(Document& doc, TokenRange r) {
  for (int k = r.begin; k < r.end; ++k) doc.in_quote[static_cast<std::size_t>(k)] = 1;
}

}  // namespace

void FindDirectQuotes(Document& doc) {
  doc.in_quote.assign(doc.tokens.size(), 0);
  const std::vector<std::pair<int, int>> pairs = PairQuotes(doc);
  for (std::size_t p = 0; p < pairs.size(); ++p) {
    const auto [open, close] = pairs[p];
    const int words = CountWords(doc, open + 1, close);
    Found f;
    f.kind = StatementKind::kDirect;
    f.message = {open, close + 1};
    const int after = AttributionAfter(doc, close, &f);
    bool attributed = after >= 0;
    if (attributed) {
      // "…", sagte er, "…": the quote continues after its attribution.
      if (p + 1 < pairs.size() && after + 1 < doc.size() && doc.IsPunct(after, ",") &&
          pairs[p + 1].first == after + 1) {
        f.second_part = {pairs[p + 1].first, pairs[p + 1].second + 1};
        ++p;
      }
    } else {
      attributed = AttributionBefore(doc, open, &f);
    }
    if (attributed && words < kMinAttributedWords) continue;
    if (!attributed) {
      const int sentence_begin = doc.sentences[static_cast<std::size_t>(Tok(doc, open).sentence)].begin;
      const bool starts_sentence = open == sentence_begin;
      if (!starts_sentence || words < kMinStandaloneWords) continue;
      f.continues_previous = true;
    }
    MarkQuoted(doc, f.message);
    if (!f.second_part.empty()) MarkQuoted(doc, f.second_part);
    doc.statements.push_back(f);
  }
}

}  // namespace klartext::analyze
