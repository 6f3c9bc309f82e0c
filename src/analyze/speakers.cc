// analyze/speakers.cc: speaker noun phrases and who they are.
//
// A speaker is named where the cue is: after the verb in German inversion
// ("sagte der Kremlsprecher"), before it ("Dmitrijew schrieb", "Smith
// said"), or after a source marker ("laut Peskow", "according to Smith").
// ResolveSpeakers then gives every statement an entity: the entity whose
// mention the speaker span is; for a pronoun or a description ("er", "der
// Unterhändler", "the spokesman") the nearest fitting person before it,
// preferring the previous statement's speaker; and for a statement that
// continues the one before (free indirect speech, an unattributed quote) the
// previous statement's speaker.
#include <algorithm>
#include <string_view>
#include <unordered_set>
#include <vector>

#include "analyze/document.h"
#include "core/text.h"

namespace klartext::analyze {
namespace {

// A speaker phrase longer than this is a clause, not a name.
constexpr int kMaxSpeakerTokens = 12;
// Adjectives allowed between a determiner and its noun ("der russische Unterhändler").
constexpr int kMaxAdjectives = 3;
// How far back (in sentences) a pronoun or description looks for its person.
constexpr int kMaxAntecedentSentences = 4;

const Token& Tok(const Document& doc, int i) { return doc.tokens[static_cast<std::size_t>(i)]; }

bool IsAdjective(const Document& doc, int i) {
  if (!doc.IsWord(i) || Tok(doc, i).upper) return false;
  const std::string& w = doc.Lower(i);
  if (doc.lex->phrase_breakers.count(w) || doc.lex->determiners.count(w)) return false;
  if (doc.lex->language == "en") return false;  // English adjectives are not inflected; rely on nouns
  return EndsWith(w, "e") || EndsWith(w, "en") || EndsWith(w, "er") || EndsWith(w, "es") ||
         EndsWith(w, "em");
}

bool IsNounish(const Document& doc, int i) {
  if (!doc.IsWord(i)) return false;
  const Token& t = Tok(doc, i);
  const std::string& w = doc.Lower(i);
  if (doc.lex->phrase_breakers.count(w) || doc.lex->determiners.count(w)) return false;
  if (doc.lex->pronouns.count(w)) return false;
  if (t.upper) return true;
  // English descriptions are lower case ("the spokesman").
  return doc.lex->language == "en" && IsRoleNoun(*doc.lex, w);
}

}  // namespace

bool IsRoleNoun(const Lexicon& lex, std::string_view folded) {
  if (lex.role_nouns.count(folded)) return true;
  for (std::string_view suffix : lex.role_suffixes) {
    if (folded.size() > suffix.size() + 1 && EndsWith(folded, suffix)) return true;
  }
  return false;
}

bool IsSpeechVerb(const Document& doc, int token, int* particle_token, int clause_end) {
  *particle_token = -1;
  if (!doc.IsWord(token)) return false;
  const Token& t = Tok(doc, token);
  const bool sentence_initial =
      token == doc.sentences[static_cast<std::size_t>(t.sentence)].begin;
  if (t.upper && !sentence_initial) return false;
  auto [it, last] = doc.lex->speech_verbs.equal_range(doc.Lower(token));
  bool plain = false;
  for (; it != last; ++it) {
    if (it->second.empty()) {
      plain = true;
      continue;
    }
    for (int k = token + 1; k < clause_end && k < doc.size(); ++k) {
      if (doc.IsPunct(k, ",") || doc.IsPunct(k, ".") || doc.IsPunct(k, ":")) break;
      if (doc.Lower(k) == it->second) {
        *particle_token = k;
        return true;
      }
    }
  }
  return plain;
}

TokenRange SpeakerPhraseAt(const Document& doc, int token, int limit) {
  limit = std::min(limit, doc.size());
  if (token >= limit || !doc.IsWord(token)) return {};
  if (doc.lex->pronouns.count(doc.Lower(token)) && doc.Lower(token) != "ich") {
    return {token, token + 1};
  }
  int i = token;
  bool determiner = false;
  if (doc.lex->determiners.count(doc.Lower(i))) {
    determiner = true;
    ++i;
  }
  for (int a = 0; a < kMaxAdjectives && i < limit && IsAdjective(doc, i); ++a) ++i;
  const int head = i;
  bool saw_role = false;
  while (i < limit && i - token < kMaxSpeakerTokens && IsNounish(doc, i)) {
    saw_role = saw_role || IsRoleNoun(*doc.lex, doc.Lower(i));
    ++i;
  }
  if (i == head) return {};
  const int names = i - head;
  // Genitive attribute after a description: "der Sprecher des Ministeriums".
  // After a bare name "der" opens the dative object ("sagte Peskow der Agentur").
  while (i + 1 < limit && i - token < kMaxSpeakerTokens) {
    const std::string& w = doc.Lower(i);
    const bool genitive = w == "des" || (w == "der" && (determiner || saw_role) && names == 1) ||
                          (doc.lex->language == "en" && w == "of" && saw_role);
    // "der Vertraute von Kremlchef Putin", "Hauptmann Abraham Sipe von der
    // US-Marineinfanterie", "spokesman for the campaign".
    const bool von = ((w == "von" || w == "vom") && (saw_role || names >= 2)) || (w == "for" && saw_role);
    if (!genitive && !von) break;
    int j = i + 1;
    if (doc.lex->determiners.count(doc.Lower(j))) ++j;
    for (int a = 0; a < kMaxAdjectives && j < limit && IsAdjective(doc, j); ++a) ++j;
    const int before = j;
    while (j < limit && IsNounish(doc, j) && j - token < kMaxSpeakerTokens) ++j;
    if (j == before) break;
    i = j;
  }
  return {token, i};
}

// Words that may stand between a German verb and its subject.
const std::unordered_set<std::string_view> kSkippableAfterVerb = {
    "sich", "auch", "nun", "jetzt", "dabei", "dazu", "außerdem", "zudem", "ebenfalls", "erneut",
    "weiter", "bereits", "gestern", "heute", "noch", "dann", "später", "zuvor", "inzwischen",
    "allerdings", "jedoch", "aber", "ferner", "damals", "bislang", "bisher", "gegenüber", "hierzu"};
constexpr int kMaxSkippedAfterVerb = 3;

// Determiners of a dative or accusative phrase: "teilte dem Sender mit" —
// the phrase after the verb is then an object, not the speaker.
const std::unordered_set<std::string_view> kObjectDeterminers = {"dem", "den", "einem", "einen"};

// Appositions between an English speaker and the verb: "Stuart Stevens, a
// Republican operative, said" — at most this many tokens between the commas.
constexpr int kMaxAppositionTokens = 16;

TokenRange SpeakerPhraseBefore(const Document& doc, int token, int clause_begin) {
  if (token - 1 > clause_begin && doc.IsPunct(token - 1, ",")) {
    const bool english = doc.lex->language == "en";
    for (int c = token - 2; c > clause_begin && token - c <= kMaxAppositionTokens; --c) {
      if (!doc.IsPunct(c, ",")) continue;
      const TokenRange head = SpeakerPhraseBefore(doc, c, clause_begin);
      if (head.empty() || !Tok(doc, head.end - 1).upper) break;
      // German "…, sagte X" puts the message before the comma; an apposition
      // there needs a phrase that opens the sentence and a phrase between
      // the commas ("Ein Sprecher der Polizei, Lars Beringer, sagte").
      if (!english && (head.begin != clause_begin || SpeakerPhraseAt(doc, c + 1, token - 1).end != token - 1)) break;
      return {head.begin, token - 1};
    }
    return {};
  }
  int i = token - 1;
  if (i < clause_begin || !doc.IsWord(i)) return {};
  if (doc.lex->pronouns.count(doc.Lower(i)) && doc.Lower(i) != "ich") return {i, i + 1};
  // Walk back over nouns, names, genitive links, adjectives and a determiner.
  int begin = token;
  while (i >= clause_begin && token - i <= kMaxSpeakerTokens) {
    if (IsNounish(doc, i) || IsAdjective(doc, i)) {
      begin = i;
      --i;
      continue;
    }
    const std::string& w = doc.Lower(i);
    if (doc.lex->determiners.count(w)) {
      begin = i;
      --i;
      // Keep walking only through a genitive link ("Sprecher des Ministeriums").
      if (i >= clause_begin && IsNounish(doc, i) && (w == "des" || w == "der" || w == "the")) continue;
      break;
    }
    if ((w == "von" || w == "of") && i - 1 >= clause_begin && IsNounish(doc, i - 1)) {
      --i;
      continue;
    }
    break;
  }
  // Drop leading adjectives without a determiner and anything not a name start.
  while (begin < token && !Tok(doc, begin).upper && !doc.lex->determiners.count(doc.Lower(begin)) &&
         !IsNounish(doc, begin)) {
    ++begin;
  }
  if (begin >= token) return {};
  // Adverbs between the phrase and the verb are not part of it ("Dingfelder
  // immer wieder betont"): the phrase ends with its last noun or name.
  int end = token;
  while (end > begin && !IsNounish(doc, end - 1)) --end;
  if (end <= begin) return {};
  return {begin, end};
}

TokenRange SpeakerOfVerb(const Document& doc, int verb, int clause_begin, int clause_end, int sentence_begin) {
  if (doc.lex->language == "en") {
    // English puts the speaker before the verb ("Clark said Brooks …"),
    // after it only in inversion after the message (", said Clark").
    TokenRange sp = SpeakerPhraseBefore(doc, verb, sentence_begin);
    if (sp.empty() && verb > sentence_begin &&
        (doc.IsPunct(verb - 1, ",") || Tok(doc, verb - 1).kind == TokenKind::kQuote))
      sp = SpeakerPhraseAt(doc, verb + 1, clause_end);
    return sp;
  }
  // German main clauses put the finite verb second: a phrase that opens the
  // clause right before the verb is its subject ("Der Bürgermeister
  // forderte alle Bewohner …"); otherwise the subject follows the verb
  // ("In seinem Kanal schrieb Dmitrijew", "…, sagte Peskow").
  const TokenRange before = SpeakerPhraseBefore(doc, verb, sentence_begin);
  // Right before the verb, or before the comma closing an apposition.
  const bool adjacent = !before.empty() && (before.end == verb || (before.end == verb - 1 && doc.IsPunct(verb - 1, ",")));
  if (adjacent && (before.begin == clause_begin || before.begin == sentence_begin)) return before;
  // Reflexives and adverbs may stand between the verb and its subject
  // ("äußerte sich Vatikansprecher Navarro-Valls", "sagte dazu Peskow").
  int first = verb + 1;
  for (int skipped = 0; skipped < kMaxSkippedAfterVerb && first < clause_end && doc.IsWord(first) &&
                        !Tok(doc, first).upper && kSkippableAfterVerb.count(doc.Lower(first));
       ++skipped)
    ++first;
  TokenRange after = SpeakerPhraseAt(doc, first, clause_end);
  if (!after.empty() && kObjectDeterminers.count(doc.Lower(after.begin))) after = {};
  if (!after.empty()) return after;
  if (adjacent) return before;
  return {};
}

namespace {

// Per token, the entity whose mention covers it (a person where several
// do), or -1: built once so each lookup costs the length of a phrase.
class Owners {
 public:
  explicit Owners(const Document& doc) : doc_(doc), owner_(doc.tokens.size(), -1) {
    for (std::size_t e = 0; e < doc.entities.size(); ++e)
      for (const TokenRange& m : doc.entities[e].mentions) Claim(static_cast<int>(e), m);
  }

  void Claim(int entity, TokenRange r) {
    for (int k = r.begin; k < r.end; ++k) {
      int& o = owner_[static_cast<std::size_t>(k)];
      if (o < 0 || (!IsPerson(o) && IsPerson(entity))) o = entity;
    }
  }

  int Owner(int token) const { return owner_[static_cast<std::size_t>(token)]; }

  // The entity covering most of the range, or -1.
  int Covering(TokenRange r) const {
    int best = -1, best_count = 0;
    for (int k = r.begin; k < r.end; ++k) {
      const int o = owner_[static_cast<std::size_t>(k)];
      if (o < 0) continue;
      int count = 0;
      for (int j = r.begin; j < r.end; ++j) count += owner_[static_cast<std::size_t>(j)] == o ? 1 : 0;
      if (count > best_count || (count == best_count && IsPerson(o) && !IsPerson(best))) {
        best = o;
        best_count = count;
      }
    }
    return best;
  }

  // The person mentioned last before `token` (not inside `exclude`), within
  // kMaxAntecedentSentences sentences.
  int NearestPersonBefore(int token, TokenRange exclude) const {
    const int min_sentence = Tok(doc_, std::min(token, doc_.size() - 1)).sentence - kMaxAntecedentSentences;
    for (int k = token - 1; k >= 0 && Tok(doc_, k).sentence >= min_sentence; --k) {
      if (k >= exclude.begin && k < exclude.end) continue;
      const int o = owner_[static_cast<std::size_t>(k)];
      if (o >= 0 && IsPerson(o)) return o;
    }
    return -1;
  }

 private:
  bool IsPerson(int e) const {
    return e >= 0 && doc_.entities[static_cast<std::size_t>(e)].type == EntityType::kPerson;
  }
  const Document& doc_;
  std::vector<int> owner_;
};

}  // namespace

void ResolveSpeakers(Document& doc) {
  Owners owners(doc);
  const Found* previous = nullptr;
  for (Found& s : doc.statements) {
    if (s.speaker.empty() && s.continues_previous && previous != nullptr) {
      s.speaker = previous->speaker;
      s.entity = previous->entity;
      previous = &s;
      continue;
    }
    if (!s.speaker.empty()) {
      // The head is the first noun or name of the phrase: "der Vertraute von
      // Kremlchef Wladimir Putin" is about the Vertraute, not about Putin.
      int head = s.speaker.begin;
      while (head + 1 < s.speaker.end && !IsNounish(doc, head)) ++head;
      s.entity = owners.Covering({head, head + 1});
      const bool pronoun = s.speaker.size() == 1 && doc.lex->pronouns.count(doc.Lower(s.speaker.begin));
      const bool description = pronoun || IsRoleNoun(*doc.lex, doc.Lower(head));
      if (s.entity < 0 && description) {
        int entity = -1;
        if (previous != nullptr && previous->entity >= 0 &&
            Tok(doc, s.speaker.begin).sentence - Tok(doc, previous->message.begin).sentence <=
                kMaxAntecedentSentences &&
            doc.entities[static_cast<std::size_t>(previous->entity)].type == EntityType::kPerson) {
          entity = previous->entity;
        }
        if (entity < 0) entity = owners.NearestPersonBefore(s.speaker.begin, s.speaker);
        if (entity >= 0) {
          s.entity = entity;
          auto& mentions = doc.entities[static_cast<std::size_t>(entity)].mentions;
          // Already a mention of it (entities.cc found the description)?
          const bool known = owners.Owner(s.speaker.begin) == entity && owners.Owner(s.speaker.end - 1) == entity;
          if (!known) {
            mentions.push_back(s.speaker);
            owners.Claim(entity, s.speaker);
          }
        }
      }
      if (s.entity < 0 && !description) s.entity = owners.Covering(s.speaker);
    }
    previous = &s;
  }
  for (FoundEntity& e : doc.entities) {
    std::sort(e.mentions.begin(), e.mentions.end(),
              [](const TokenRange& a, const TokenRange& b) { return a.begin < b.begin || (a.begin == b.begin && a.end < b.end); });
  }
}

}  // namespace klartext::analyze
