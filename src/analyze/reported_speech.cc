// analyze/reported_speech.cc: indirect and reported statements.
//
// Outside quotation marks a statement is marked by
//  - a speech verb with its message clause before it ("Das sei schwierig,
//    sagte Peskow") or after it ("Dmitrijew sagte, Russland frage …",
//    "behauptete er, dass …", "Smith said that …"): kIndirect;
//  - a source phrase ("laut X", "nach Angaben X", "X zufolge", ", so X",
//    "according to X", "heißt es", "demnach"): kReported;
//  - Konjunktiv I alone ("Das sei weitgehend akzeptiert worden."): German
//    free indirect speech, which continues the statement before it, or the
//    cue of the sentence before when that sentence had no message of its own
//    ("schrieb Dmitrijew … von konstruktiven Treffen. Es gebe …").
#include <algorithm>
#include <string_view>
#include <unordered_set>

#include "analyze/document.h"
#include "core/text.h"

namespace klartext::analyze {
namespace {

// A message shorter than this many tokens is not a statement ("sagte er.").
constexpr int kMinMessageTokens = 3;
// An indicative clause after a speech verb needs this many tokens to count
// as its message (shorter ones are appositions: ", Chef des Fonds,").
constexpr int kMinMainClauseTokens = 5;
// Free indirect speech continues a statement at most this many sentences back.
constexpr int kMaxContinuationGap = 2;
// "Nach [eigener / einer ersten] Aussage": words between "nach" and its noun.
constexpr int kMaxSourceNounDistance = 3;
// Endings of German compounds that name a source ("Polizei|angaben").
constexpr std::string_view kSourceNounEndings[] = {"angaben", "meinung", "aussage", "aussagen", "analyse",
                                                   "berichten", "informationen", "erkenntnissen", "schätzungen",
                                                   "darstellung", "einschätzung", "auffassung", "ansicht"};
// Demonstratives that point back at the sentence before ("Dies bestätigte …").
const std::unordered_set<std::string_view> kAnaphoricSubjects = {"das", "dies", "dieses"};

const Token& Tok(const Document& doc, int i) { return doc.tokens[static_cast<std::size_t>(i)]; }

bool IsEndPunct(const Document& doc, int i) {
  return doc.IsPunct(i, ".") || doc.IsPunct(i, "!") || doc.IsPunct(i, "?") || doc.IsPunct(i, ":") ||
         doc.IsPunct(i, ";");
}

// The sentence without its final end mark (and closing quote).
TokenRange Trimmed(const Document& doc, TokenRange r) {
  while (r.end > r.begin && (IsEndPunct(doc, r.end - 1) || Tok(doc, r.end - 1).kind == TokenKind::kQuote)) --r.end;
  while (r.begin < r.end && (doc.IsPunct(r.begin, ",") || doc.IsPunct(r.begin, "–") || doc.IsPunct(r.begin, "-"))) ++r.begin;
  return r;
}

// A finite Konjunktiv I verb in [b, e) that is not an adjective after an
// article ("die gleiche") and not "ich habe".
bool HasKonjunktiv1(const Document& doc, int b, int e) {
  if (doc.lex->konjunktiv1.empty()) return false;
  for (int i = b; i < e; ++i) {
    if (!doc.IsWord(i) || Tok(doc, i).upper || doc.in_quote[static_cast<std::size_t>(i)]) continue;
    if (!doc.lex->konjunktiv1.count(doc.Lower(i))) continue;
    if (i > b && doc.Is(i - 1, "ich")) continue;
    // "die gleiche Frage": an adjective between article and noun.
    if (i > b && doc.lex->determiners.count(doc.Lower(i - 1)) && i + 1 < e && Tok(doc, i + 1).upper) continue;
    return true;
  }
  return false;
}

bool StartsWithComplementizer(const Document& doc, int i) {
  return i < doc.size() && doc.lex->complementizers.count(doc.Lower(i)) > 0;
}

bool Overlaps(const Document& doc, TokenRange r) {
  for (int k = r.begin; k < r.end; ++k)
    if (doc.in_quote[static_cast<std::size_t>(k)]) return true;
  return false;
}

// "… zu verhandeln", "… einzuleiten": an infinitive clause as message.
bool IsZuInfinitive(const Document& doc, TokenRange m) {
  if (m.size() < kMinMessageTokens) return false;
  const int last = m.end - 1;
  if (!doc.IsWord(last) || Tok(doc, last).upper) return false;
  if (doc.Is(last - 1, "zu")) return true;
  const std::string& w = doc.Lower(last);
  const std::size_t zu = w.find("zu", 2);
  return zu != std::string::npos && zu + 4 < w.size() && EndsWith(w, "en");
}

// A reported main clause after the cue ("warnte er, die Organisatoren
// verfolgten eigene Ziele"): long enough, and not a relative clause,
// apposition or coordination.
bool IsMainClause(const Document& doc, TokenRange m) {
  if (m.size() < kMinMainClauseTokens) return false;
  const std::string& first = doc.Lower(m.begin);
  if (doc.lex->phrase_breakers.count(first) || doc.lex->complementizers.count(first)) return false;
  if ((first == "der" || first == "die" || first == "das" || first == "dem" || first == "den") &&
      m.begin + 1 < m.end && !Tok(doc, m.begin + 1).upper)
    return false;  // a relative clause: "…, der gestern …"
  if (first == "welche" || first == "welcher" || first == "was" || first == "wo" || first == "um") return false;
  if (IsRoleNoun(*doc.lex, first) || doc.lex->determiners.count(first) == 0) {
    // An apposition starts with a role noun ("Chef des …"); a clause needs a
    // lower-case word that can be its verb.
    int lower = 0;
    for (int k = m.begin; k < m.end; ++k) lower += (doc.IsWord(k) && !Tok(doc, k).upper) ? 1 : 0;
    if (IsRoleNoun(*doc.lex, first) || lower == 0) return false;
  }
  return true;
}

// The message after a cue: ", Russland frage …" / ", dass …" / "that …" /
// (English) "said the plan …". Empty when none qualifies.
TokenRange MessageAfter(const Document& doc, int from, TokenRange sentence, bool english) {
  int i = from;
  // Skip an object or apposition up to the comma ("teilte der Agentur mit,").
  const bool comma_first = i < sentence.end && doc.IsPunct(i, ",");
  if (english) {
    for (int k = i; k < sentence.end && k - i < 6; ++k) {
      if (doc.Is(k, "that")) return Trimmed(doc, {k + 1, sentence.end});
      if (doc.IsPunct(k, ",") || doc.IsPunct(k, ".")) break;
    }
    if (comma_first) ++i;
    const TokenRange m = Trimmed(doc, {i, sentence.end});
    return m.size() >= kMinMessageTokens ? m : TokenRange{};
  }
  for (int k = i; k < sentence.end; ++k) {
    if (!doc.IsPunct(k, ",") && !doc.IsPunct(k, ":")) continue;
    const int start = k + 1;
    const TokenRange m = Trimmed(doc, {start, sentence.end});
    if (m.size() < kMinMessageTokens) return {};
    if (StartsWithComplementizer(doc, start) || HasKonjunktiv1(doc, start, m.end) ||
        IsZuInfinitive(doc, m) || IsMainClause(doc, m)) {
      return m;
    }
    // An apposition ("Dmitrijew, Chef des …, von …") may sit between.
  }
  if (i < sentence.end && StartsWithComplementizer(doc, i)) return Trimmed(doc, {i, sentence.end});
  return {};
}

// "Er soll das Geld genommen haben": a hearsay modal with a past infinitive.
bool IsHearsay(const Document& doc, TokenRange s) {
  const TokenRange t = Trimmed(doc, s);
  if (t.size() < kMinMessageTokens) return false;
  const std::string& last = doc.Lower(t.end - 1);
  if (last != "haben" && last != "sein" && last != "werden") return false;
  for (int k = t.begin; k < t.end; ++k)
    if (doc.lex->hearsay_modals.count(doc.Lower(k)) && (doc.Lower(k) == "soll" || doc.Lower(k) == "sollen"))
      return true;
  return false;
}

// A noun that names where information comes from: "Angaben",
// "Polizeiangaben", "Aussage", "Analyse", "Expertenmeinung".
bool IsSourceNoun(const Lexicon& lex, const std::string& w) {
  if (lex.opinion_nouns.count(w)) return true;
  for (std::string_view suffix : kSourceNounEndings)
    if (EndsWith(w, suffix)) return true;
  return false;
}

bool HasWordFrom(const Document& doc, TokenRange s, const WordSet& words) {
  for (int k = s.begin; k < s.end; ++k)
    if (doc.IsWord(k) && !Tok(doc, k).upper && words.count(doc.Lower(k))) return true;
  return false;
}

struct Pending {
  TokenRange cue, speaker;
  int sentence = -1;
};

// Tries a speech verb in the sentence. Returns true if a statement was made;
// sets *pending when the verb has a speaker but its message is elsewhere.
bool SpeechVerbStatement(Document& doc, TokenRange s, Pending* pending) {
  const bool english = doc.lex->language == "en";
  for (int v = s.begin; v < s.end; ++v) {
    int particle = -1;
    int clause_end = v + 1;
    while (clause_end < s.end && !doc.IsPunct(clause_end, ",") && !IsEndPunct(doc, clause_end)) ++clause_end;
    if (!IsSpeechVerb(doc, v, &particle, clause_end)) continue;
    Found f;
    f.kind = StatementKind::kIndirect;
    f.cue = {v, (particle > v ? particle : v) + 1};
    int clause_begin = v;
    while (clause_begin > s.begin && !doc.IsPunct(clause_begin - 1, ",") && !doc.IsPunct(clause_begin - 1, ":")) --clause_begin;
    const TokenRange sp = SpeakerOfVerb(doc, v, clause_begin, clause_end, s.begin);
    f.speaker = sp;
    const int after = std::max({v + 1, sp.end, f.cue.end});
    TokenRange msg = MessageAfter(doc, after, s, english);
    if (msg.empty() && clause_begin > s.begin && doc.IsPunct(clause_begin - 1, ",")) {
      // "Das sei ein schwieriges Thema, sagte Peskow."
      msg = Trimmed(doc, {s.begin, clause_begin - 1});
      if (msg.size() < kMinMessageTokens) msg = {};
    }
    // An English sentence opening with a bare verb is an imperative ("Add
    // enough water"), not a report.
    if (english && sp.empty() && v == s.begin) continue;
    if (msg.empty()) {
      if (sp.empty() || doc.lex->clause_only_verbs.count(doc.Lower(v))) continue;
      *pending = {f.cue, sp, Tok(doc, s.begin).sentence};
      // "Der Bürgermeister forderte alle Bewohner zur Rückkehr auf": the
      // speech act itself, reported by the author — the whole sentence.
      // Only with the speaker next to a finite verb: right after it
      // (inversion) or as the clause's first phrase ("Dmitrijew schrieb").
      const bool placed = sp.begin == v + 1 || sp.begin == clause_begin;
      if (placed && !Overlaps(doc, s) && !doc.lex->pronouns.count(doc.Lower(sp.begin))) {
        f.kind = StatementKind::kReported;
        f.message = s;
        doc.statements.push_back(f);
        return true;
      }
      continue;
    }
    if (Overlaps(doc, msg)) return false;
    f.message = msg;
    doc.statements.push_back(f);
    return true;
  }
  return false;
}

// "laut X", "nach Angaben X", "according to X", "X zufolge", ", so X".
bool SourceStatement(Document& doc, TokenRange s, int last_speaker_statement) {
  for (int i = s.begin; i < s.end; ++i) {
    if (doc.in_quote[static_cast<std::size_t>(i)]) continue;
    Found f;
    f.kind = StatementKind::kReported;
    // Source before: match a multi-word marker.
    for (const auto& marker : doc.lex->source_before) {
      int k = i;
      bool match = true;
      for (std::string_view w : marker) {
        if (k >= s.end || doc.Lower(k) != w) { match = false; break; }
        ++k;
      }
      if (!match) continue;
      const TokenRange sp = SpeakerPhraseAt(doc, k, s.end);
      if (sp.empty()) continue;
      f.cue = {i, k};
      f.speaker = sp;
      if (marker.size() > 1 && Tok(doc, i + 1).upper) {
        // "Nach Angaben der Polizei": the source is "Angaben der Polizei",
        // the preposition is the cue.
        f.cue = {i, i + 1};
        f.speaker = {i + 1, sp.end};
      }
      // At the start the message follows the source; elsewhere it surrounds
      // it ("Bei dem Umsturz waren nach Angaben der Junta zehn Menschen
      // gestorben"), and the whole sentence is the closest single range.
      TokenRange msg = i == s.begin ? Trimmed(doc, {sp.end, s.end}) : Trimmed(doc, s);
      if (msg.size() < kMinMessageTokens) continue;
      f.message = msg;
      doc.statements.push_back(f);
      return true;
    }
    const std::string& w = doc.Lower(i);
    if (w == "nach") {
      // "Nach Polizeiangaben", "Nach eigener Aussage", "nach einer ersten
      // Analyse der Ermittler": a source noun within a few words.
      int k = i + 1;
      while (k < s.end && k - i <= kMaxSourceNounDistance && doc.IsWord(k) && !Tok(doc, k).upper &&
             (doc.lex->determiners.count(doc.Lower(k)) || !doc.lex->phrase_breakers.count(doc.Lower(k))))
        ++k;
      if (k < s.end && Tok(doc, k).upper && IsSourceNoun(*doc.lex, doc.Lower(k))) {
        TokenRange sp = SpeakerPhraseAt(doc, i + 1, s.end);
        if (sp.empty() || sp.end <= k) sp = {i + 1, k + 1};
        f.cue = {i, i + 1};
        f.speaker = sp;
        f.message = i == s.begin ? Trimmed(doc, {sp.end, s.end}) : Trimmed(doc, s);
        if (f.message.size() < kMinMessageTokens) continue;
        doc.statements.push_back(f);
        return true;
      }
    }
    if (doc.lex->source_after.count(w)) {
      int clause_begin = i;
      while (clause_begin > s.begin && !doc.IsPunct(clause_begin - 1, ",")) --clause_begin;
      const TokenRange sp = SpeakerPhraseBefore(doc, i, clause_begin);
      if (sp.empty()) continue;
      f.cue = {i, i + 1};
      f.speaker = sp;
      TokenRange msg = sp.begin == s.begin ? Trimmed(doc, {i + 1, s.end}) : Trimmed(doc, s);
      if (msg.size() < kMinMessageTokens) continue;
      f.message = msg;
      doc.statements.push_back(f);
      return true;
    }
    if (w == "nach" && i > s.begin && doc.lex->opinion_nouns.count(doc.Lower(i - 1))) {
      // "ihrer Meinung nach", "Angaben der Polizei nach".
      int clause_begin = i;
      while (clause_begin > s.begin && !doc.IsPunct(clause_begin - 1, ",")) --clause_begin;
      const TokenRange sp = SpeakerPhraseBefore(doc, i, clause_begin);
      const TokenRange source = sp.empty() ? TokenRange{i - 1, i} : sp;
      f.cue = {i, i + 1};
      f.speaker = source;
      TokenRange msg = source.begin == s.begin ? Trimmed(doc, {i + 1, s.end}) : Trimmed(doc, {s.begin, source.begin});
      if (msg.size() < kMinMessageTokens) continue;
      f.message = msg;
      doc.statements.push_back(f);
      return true;
    }
    if (doc.lex->source_closing.count(w) && i > s.begin && doc.IsPunct(i - 1, ",")) {
      const TokenRange sp = SpeakerPhraseAt(doc, i + 1, s.end);
      const bool at_end = !sp.empty() && (sp.end >= s.end - 1 || doc.IsPunct(sp.end, "."));
      // ", so Pötsch, wird VW …": the source inside the sentence.
      const bool inside = !sp.empty() && doc.IsPunct(sp.end, ",") && Tok(doc, sp.begin).upper;
      if (!at_end && !inside) continue;
      f.cue = {i, i + 1};
      f.speaker = sp;
      f.message = at_end ? Trimmed(doc, {s.begin, i - 1}) : Trimmed(doc, s);
      if (f.message.size() < kMinMessageTokens) continue;
      doc.statements.push_back(f);
      return true;
    }
    if (doc.lex->source_anaphoric.count(w)) {
      // "Demnach …": the source is the statement before, when there is one.
      f.cue = {i, i + 1};
      f.continues_previous = last_speaker_statement >= 0;
      f.message = Trimmed(doc, s);
      doc.statements.push_back(f);
      return true;
    }
    if (doc.lex->impersonal_speech.count(w) && doc.Is(i + 1, "es")) {
      f.cue = {i, i + 2};
      TokenRange msg = i > s.begin + 1 ? Trimmed(doc, {s.begin, i}) : Trimmed(doc, {i + 2, s.end});
      if (msg.size() < kMinMessageTokens) continue;
      f.message = msg;
      doc.statements.push_back(f);
      return true;
    }
  }
  return false;
}

// "… schließen eine Ampel aus. Dies bestätigte der Parteivorsitzende."
// A sentence opening with "Das"/"Dies" and a speech verb attributes the
// sentence before it.
bool AnaphoricCue(Document& doc, TokenRange s, TokenRange previous) {
  if (s.size() < 3 || !kAnaphoricSubjects.count(doc.Lower(s.begin))) return false;
  const int v = s.begin + 1;
  int particle = -1;
  int clause_end = v + 1;
  while (clause_end < s.end && !doc.IsPunct(clause_end, ",") && !IsEndPunct(doc, clause_end)) ++clause_end;
  if (!IsSpeechVerb(doc, v, &particle, clause_end)) return false;
  const TokenRange msg = Trimmed(doc, previous);
  if (msg.size() < kMinMessageTokens || Overlaps(doc, previous)) return false;
  if (!doc.statements.empty() && doc.statements.back().message.end > previous.begin) return false;
  Found f;
  f.kind = StatementKind::kIndirect;
  f.message = msg;
  f.cue = {v, (particle > v ? particle : v) + 1};
  f.speaker = SpeakerOfVerb(doc, v, v, clause_end, s.begin);
  doc.statements.push_back(f);
  return true;
}

}  // namespace

void FindReportedSpeech(Document& doc) {
  Pending pending;
  int last_statement_sentence = -100;
  std::vector<Found> direct = std::move(doc.statements);
  doc.statements.clear();
  std::size_t next_direct = 0;
  for (std::size_t si = 0; si < doc.sentences.size(); ++si) {
    const TokenRange s = doc.sentences[si];
    const int sentence = static_cast<int>(si);
    // Direct quotes in this sentence go first, in order.
    bool has_direct = false;
    while (next_direct < direct.size() && Tok(doc, direct[next_direct].message.begin).sentence <= sentence) {
      doc.statements.push_back(direct[next_direct++]);
      has_direct = true;
      last_statement_sentence = Tok(doc, doc.statements.back().message.end - 1).sentence;
    }
    bool quoted = has_direct;
    for (int k = s.begin; k < s.end && !quoted; ++k) quoted = doc.in_quote[static_cast<std::size_t>(k)] != 0;
    if (quoted) continue;
    const std::size_t before = doc.statements.size();
    Pending found_pending;
    if (si > 0 && AnaphoricCue(doc, s, doc.sentences[si - 1])) {
      last_statement_sentence = sentence;
      pending = {};
      continue;
    }
    if (SpeechVerbStatement(doc, s, &found_pending) ||
        SourceStatement(doc, s, sentence - last_statement_sentence <= kMaxContinuationGap ? 0 : -1)) {
      last_statement_sentence = sentence;
      pending = found_pending;
      continue;
    }
    (void)before;
    // Konjunktiv II stands in for Konjunktiv I where that equals the
    // indicative ("sie hätten …"), but it is also the plain conditional:
    // it counts only right after another statement.
    const bool continues_with_k2 =
        sentence - last_statement_sentence == 1 && HasWordFrom(doc, s, doc.lex->konjunktiv2);
    if (HasKonjunktiv1(doc, s.begin, s.end) || IsHearsay(doc, s) || continues_with_k2) {
      Found f;
      f.kind = StatementKind::kIndirect;
      // Free indirect speech is a whole sentence, end mark included.
      f.message = s;
      if (pending.sentence >= 0 && sentence - pending.sentence <= 1) {
        f.cue = pending.cue;
        f.speaker = pending.speaker;
      } else if (sentence - last_statement_sentence <= kMaxContinuationGap) {
        f.continues_previous = true;
      }
      // Otherwise a statement whose source the text gave further back or not at all.
      if (f.message.size() >= kMinMessageTokens) {
        doc.statements.push_back(f);
        last_statement_sentence = sentence;
        continue;
      }
    }
    pending = found_pending;
  }
  while (next_direct < direct.size()) doc.statements.push_back(direct[next_direct++]);
  // Text order, which speakers.cc relies on for "the statement before".
  std::stable_sort(doc.statements.begin(), doc.statements.end(),
                   [](const Found& a, const Found& b) { return a.message.begin < b.message.begin; });
}

}  // namespace klartext::analyze
