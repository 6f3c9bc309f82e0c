// analyze/entities.cc: people, organisations and places, with every mention.
//
// There is no German NER model we can install, so names are found by
// evidence in the text, strongest first:
//  1. a given name (lexicon/names.cc) followed by a capitalised word
//     ("Kirill Dmitrijew"), or a role noun or honorific right before
//     capitalised words ("Kremlsprecher Dmitri Peskow", "Dr. Müller");
//  2. known organisations and places (lexicon tables), organisation cue
//     nouns ("Sender Fox News", "Nachrichtenagentur Tass") and acronyms;
//  3. a capitalised word that is the subject of a speech verb
//     ("sagte Dmitrijew");
//  4. in an image credit (analyze.cc appends captions and credits after the
//     body), two or three capitalised words: credits name photographers
//     and agencies, and known agencies were taken by step 2.
// Each person is then found again by surname, genitive ("Putins"), and by
// misspellings: a capitalised word whose Kölner Phonetik equals the
// surname's and whose spelling is within kMaxSpellingDistance
// ("Kriill Dmetrijew"). Roles and descriptions become mentions when they
// stand right before a name ("US-Präsident" Donald Trump), in apposition
// after it (", Chef des russischen Fonds für Direktinvestitionen,") or on
// their own ("der Unterhändler", "Putins Sondergesandter"): the latter are
// given to the nearest person mentioned before.
#include <algorithm>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "analyze/document.h"
#include "analyze/phonetics.h"
#include "core/text.h"

namespace klartext::analyze {
namespace {

// Misspelt names: at most this many edits per name token, and the same sound code.
constexpr int kMaxSpellingDistance = 2;
// A misspelt lone surname must be at least this long, or short words collide.
constexpr std::size_t kMinFuzzyLength = 6;
// Persons sharing one sound code that a misspelling is compared with.
constexpr std::size_t kMaxSoundAlikes = 8;
// Names have at most this many tokens ("Frank-Walter Steinmeier", "Jean-Claude Juncker").
constexpr int kMaxNameTokens = 3;
// An acronym organisation ("NATO") has this many capitals at most.
constexpr std::size_t kMaxAcronymLength = 6;
// Apposition descriptions are at most this many tokens.
constexpr int kMaxAppositionTokens = 10;
// A lone description looks this many sentences back for its person, and
// (before any name) this many ahead.
constexpr int kMaxDescriptionLookback = 3;
constexpr int kMaxDescriptionLookahead = 2;

const Token& Tok(const Document& doc, int i) { return doc.tokens[static_cast<std::size_t>(i)]; }

bool IsNameToken(const Document& doc, int i) {
  if (!doc.IsWord(i)) return false;
  const Token& t = Tok(doc, i);
  if (!t.upper) return false;
  const std::string& w = doc.Lower(i);
  if (w.size() < 2 || doc.lex->not_names.count(w) || doc.lex->determiners.count(w) ||
      doc.lex->honorifics.count(w) || IsRoleNoun(*doc.lex, w) || doc.lex->pronouns.count(w))
    return false;
  if (doc.lex->speech_verbs.count(w)) return false;
  return true;
}

bool IsAllCaps(std::string_view s) {
  int letters = 0;
  for (char c : s) {
    if (c >= 'a' && c <= 'z') return false;
    if (c >= 'A' && c <= 'Z') ++letters;
  }
  return letters >= 2;
}

class EntityFinder {
 public:
  explicit EntityFinder(Document& doc) : doc_(doc), taken_(doc.tokens.size(), -1) {}

  void Run() {
    FindKnownAndCued();
    FindPersons();
    FindCreditNames();
    FindRepeatedMentions();
    FindSpeechSubjects();
    FindRepeatedMentions();
    FindDescriptions();
    // Drop entities whose every mention lost to another; order by first mention.
    doc_.entities.erase(std::remove_if(doc_.entities.begin(), doc_.entities.end(),
                                       [](const FoundEntity& e) { return e.mentions.empty(); }),
                        doc_.entities.end());
    for (FoundEntity& e : doc_.entities)
      std::sort(e.mentions.begin(), e.mentions.end(),
                [](const TokenRange& a, const TokenRange& b) { return a.begin < b.begin; });
    std::vector<std::size_t> order(doc_.entities.size());
    for (std::size_t i = 0; i < order.size(); ++i) order[i] = i;
    std::stable_sort(order.begin(), order.end(), [&](std::size_t a, std::size_t b) {
      return doc_.entities[a].mentions.front().begin < doc_.entities[b].mentions.front().begin;
    });
    std::vector<FoundEntity> sorted;
    for (std::size_t i : order) sorted.push_back(std::move(doc_.entities[i]));
    doc_.entities = std::move(sorted);
  }

 private:
  int Add(std::string name, EntityType type, TokenRange first) {
    if (!Free(first)) return -1;
    const std::string key = std::to_string(static_cast<int>(type)) + FoldCase(name);
    if (auto it = by_name_.find(key); it != by_name_.end()) {
      AddMention(it->second, first);
      return it->second;
    }
    FoundEntity e;
    e.name = std::move(name);
    e.type = type;
    for (int k = first.begin; k < first.end; ++k) e.name_tokens.push_back(doc_.Lower(k));
    doc_.entities.push_back(std::move(e));
    const int id = static_cast<int>(doc_.entities.size()) - 1;
    by_name_.emplace(key, id);
    AddMention(id, first);
    return id;
  }

  void AddMention(int entity, TokenRange r) {
    bool all_ours = true;
    for (int k = r.begin; k < r.end; ++k) {
      const int owner = taken_[static_cast<std::size_t>(k)];
      if (owner >= 0 && owner != entity) return;
      all_ours = all_ours && owner == entity;
    }
    if (all_ours) return;  // already a mention of it
    for (int k = r.begin; k < r.end; ++k) taken_[static_cast<std::size_t>(k)] = entity;
    doc_.entities[static_cast<std::size_t>(entity)].mentions.push_back(r);
  }

  bool Free(TokenRange r) const {
    for (int k = r.begin; k < r.end; ++k)
      if (taken_[static_cast<std::size_t>(k)] >= 0) return false;
    return true;
  }

  std::string Folded(TokenRange r) const {
    std::string s;
    for (int k = r.begin; k < r.end; ++k) {
      if (!s.empty()) s += ' ';
      s += doc_.Lower(k);
    }
    return s;
  }

  // Known organisations and places (longest match first), cue nouns, acronyms.
  void FindKnownAndCued() {
    const int n = doc_.size();
    for (int i = 0; i < n; ++i) {
      if (!Tok(doc_, i).upper || !doc_.IsWord(i)) continue;
      bool matched = false;
      for (int len = kMaxNameTokens; len >= 1 && !matched; --len) {
        if (i + len > n) continue;
        const TokenRange r{i, i + len};
        bool all_upper = true;
        for (int k = i; k < i + len; ++k)
          all_upper = all_upper && doc_.IsWord(k) && Tok(doc_, k).upper && (k == i || !Tok(doc_, k).line_start);
        if (!all_upper || !Free(r)) continue;
        const std::string key = Folded(r);
        if (doc_.lex->organizations.count(key)) {
          Add(std::string(doc_.Text(r)), EntityType::kOrganization, r);
          matched = true;
        } else if (doc_.lex->places.count(key)) {
          Add(std::string(doc_.Text(r)), EntityType::kPlace, r);
          matched = true;
        }
      }
      if (matched) continue;
      // "Sender Fox News", "Nachrichtenagentur Tass".
      if (i > 0 && doc_.lex->org_cues.count(doc_.Lower(i - 1)) && IsNameToken(doc_, i)) {
        int e = i + 1;
        while (e < n && e - i < kMaxNameTokens && IsNameToken(doc_, e) && !Tok(doc_, e).line_start) ++e;
        Add(std::string(doc_.Text(TokenRange{i, e})), EntityType::kOrganization, {i, e});
        continue;
      }
      const std::string_view text = doc_.Text(i);
      if (IsAllCaps(text) && text.size() <= kMaxAcronymLength && text.find('-') == std::string_view::npos &&
          !doc_.lex->not_names.count(doc_.Lower(i)) && SentenceHasLowerCase(i)) {
        Add(std::string(text), EntityType::kOrganization, {i, i + 1});
      }
    }
  }

  // False for a line in capitals ("MORE  LESS", "KOSTENLOS"): its capitals
  // are shouting, not acronyms.
  bool SentenceHasLowerCase(int token) const {
    const TokenRange s = doc_.sentences[static_cast<std::size_t>(Tok(doc_, token).sentence)];
    for (int k = s.begin; k < s.end; ++k)
      if (doc_.IsWord(k) && !Tok(doc_, k).upper) return true;
    return false;
  }

  // "Kirill Dmitrijew", "Kremlsprecher Dmitri Peskow", "Dr. Müller".
  void FindPersons() {
    const int n = doc_.size();
    for (int i = 0; i < n; ++i) {
      if (!IsNameToken(doc_, i) || !Free({i, i + 1})) continue;
      const bool given = IsGivenName(doc_.Lower(i)) && IsNameToken(doc_, i + 1);
      const bool after_role = i > 0 && (IsRoleNoun(*doc_.lex, doc_.Lower(i - 1)) ||
                                        doc_.lex->honorifics.count(doc_.Lower(i - 1))) &&
                              !doc_.in_quote[static_cast<std::size_t>(i)];
      if (!given && !after_role) continue;
      int e = i + 1;
      while (e < n && e - i < kMaxNameTokens && IsNameToken(doc_, e) && Free({e, e + 1}) && !Tok(doc_, e).line_start &&
             (e - i < 2 || IsGivenName(doc_.Lower(e - 1)))) {
        ++e;
      }
      const TokenRange r{i, e};
      Add(std::string(doc_.Text(r)), EntityType::kPerson, r);
      i = e - 1;
    }
  }

  // "Evelyn Hockstein" in a credit: a run of two or three name tokens.
  void FindCreditNames() {
    const int n = doc_.size();
    for (int i = 0; i < n; ++i) {
      if (doc_.KindOf(i) != PartKind::kCredit || !IsNameToken(doc_, i) || !Free({i, i + 1})) continue;
      int e = i + 1;
      while (e < n && e - i < kMaxNameTokens && doc_.KindOf(e) == PartKind::kCredit && IsNameToken(doc_, e) &&
             Free({e, e + 1}) && !Tok(doc_, e).line_start)
        ++e;
      if (e - i >= 2) Add(std::string(doc_.Text(TokenRange{i, e})), EntityType::kPerson, {i, e});
      i = e - 1;
    }
  }

  // "sagte Dmitrijew": a lone capitalised word as the subject of a speech verb.
  void FindSpeechSubjects() {
    for (const Found& s : doc_.statements) {
      const TokenRange sp = s.speaker;
      if (sp.size() != 1 || !IsNameToken(doc_, sp.begin) || !Free(sp)) continue;
      // Only the subject of a speech verb; "nach US-Medienberichten" names a source, not a person.
      if (s.cue.empty() || !doc_.lex->speech_verbs.count(doc_.Lower(s.cue.begin))) continue;
      if (doc_.lex->language == "de" && (EndsWith(doc_.Lower(sp.begin), "ung") || EndsWith(doc_.Lower(sp.begin), "heit") ||
                                         EndsWith(doc_.Lower(sp.begin), "keit")))
        continue;  // German abstract nouns ("Regierung") are not people
      Add(std::string(doc_.Text(sp)), EntityType::kPerson, sp);
    }
  }

  // Surnames, genitives and misspellings of the people found so far.
  void FindRepeatedMentions() {
    // Surname → person, and Kölner Phonetik code → persons, so each token
    // costs a few hash lookups however many people the text names.
    std::unordered_map<std::string, int> by_surname;
    std::unordered_map<std::string, std::vector<int>> by_sound;
    for (std::size_t e = 0; e < doc_.entities.size(); ++e) {
      const FoundEntity& ent = doc_.entities[e];
      if (ent.type != EntityType::kPerson || ent.name_tokens.empty()) continue;
      const std::string& surname = ent.name_tokens.back();
      for (const std::string& form : {surname, surname + "s", surname + "'s", surname + "\u2019s"})
        by_surname.emplace(form, static_cast<int>(e));
      if (surname.size() >= kMinFuzzyLength) {
        std::vector<int>& list = by_sound[KoelnerPhonetik(surname)];
        if (list.size() < kMaxSoundAlikes) list.push_back(static_cast<int>(e));
      }
    }
    if (by_surname.empty()) return;
    const int n = doc_.size();
    for (int i = 0; i < n; ++i) {
      if (!doc_.IsWord(i) || !Tok(doc_, i).upper || !Free({i, i + 1})) continue;
      const std::string& w = doc_.Lower(i);
      int person = -1;
      if (auto it = by_surname.find(w); it != by_surname.end()) {
        person = it->second;
      } else if (w.size() >= kMinFuzzyLength) {
        if (auto sound = by_sound.find(KoelnerPhonetik(w)); sound != by_sound.end()) {
          for (int e : sound->second) {
            const std::string& surname = doc_.entities[static_cast<std::size_t>(e)].name_tokens.back();
            if (EditDistance(w, surname, kMaxSpellingDistance) <= kMaxSpellingDistance) {
              person = e;
              break;
            }
          }
        }
      }
      if (person < 0) continue;
      const FoundEntity& ent = doc_.entities[static_cast<std::size_t>(person)];
      TokenRange r{i, i + 1};
      // A first name before it, spelt right or not ("Kriill Dmetrijew").
      if (i > 0 && ent.name_tokens.size() >= 2 && Tok(doc_, i - 1).upper && !Tok(doc_, i).line_start &&
          Free({i - 1, i})) {
        const std::string& first = doc_.Lower(i - 1);
        const std::string& want = ent.name_tokens[ent.name_tokens.size() - 2];
        if (first == want || EditDistance(first, want, kMaxSpellingDistance) <= kMaxSpellingDistance) r.begin = i - 1;
      }
      AddMention(person, r);
    }
  }

  // The description that ends right before a name, or that starts right
  // after one in apposition, or that stands alone.
  void FindDescriptions() {
    const int n = doc_.size();
    for (int i = 0; i < n; ++i) {
      if (!doc_.IsWord(i) || !IsRoleNoun(*doc_.lex, doc_.Lower(i))) continue;
      if (doc_.in_quote[static_cast<std::size_t>(i)] || !Free({i, i + 1})) continue;
      if (doc_.lex->language == "de" && !Tok(doc_, i).upper) continue;
      // Extend left over adjectives, a determiner, or a genitive name ("Putins").
      int b = i;
      while (b - 1 >= 0 && i - b < 4 && doc_.IsWord(b - 1) && !Tok(doc_, b - 1).upper &&
             !doc_.lex->phrase_breakers.count(doc_.Lower(b - 1)) && !doc_.lex->determiners.count(doc_.Lower(b - 1)) &&
             Tok(doc_, b - 1).sentence == Tok(doc_, i).sentence)
        --b;
      if (b - 1 >= 0 && doc_.lex->determiners.count(doc_.Lower(b - 1))) --b;
      int genitive_of = -1;
      if (b == i && i > 0 && Tok(doc_, i - 1).upper) {
        const int owner = taken_[static_cast<std::size_t>(i - 1)];
        if (owner >= 0 && EndsWith(doc_.Lower(i - 1), "s")) {
          genitive_of = owner;
          b = i - 1;
        }
      }
      if (b < i && !doc_.lex->determiners.count(doc_.Lower(b)) && genitive_of < 0) b = i;  // bare adjectives
      // Right before a person's name: the name's entity.
      const int next_owner = i + 1 < n ? taken_[static_cast<std::size_t>(i + 1)] : -1;
      if (next_owner >= 0 && doc_.entities[static_cast<std::size_t>(next_owner)].type == EntityType::kPerson &&
          doc_.entities[static_cast<std::size_t>(next_owner)].mentions.size() > 0) {
        AddMention(next_owner, {b, i + 1});
        continue;
      }
      // In apposition after a name: "Dmitrijew, Chef des … für …,".
      int prev = b - 1;
      if (prev >= 1 && doc_.IsPunct(prev, ",")) {
        const int owner = taken_[static_cast<std::size_t>(prev - 1)];
        if (owner >= 0 && doc_.entities[static_cast<std::size_t>(owner)].type == EntityType::kPerson) {
          int e = i + 1;
          while (e < n && e - b < kMaxAppositionTokens && !doc_.IsPunct(e, ",") && !doc_.IsPunct(e, ".") &&
                 Tok(doc_, e).kind != TokenKind::kQuote)
            ++e;
          if (e < n && doc_.IsPunct(e, ",")) {
            AddMention(owner, {b, e});
            i = e;
            continue;
          }
        }
      }
      // Alone: "der Unterhändler", "der Vertraute von Kremlchef Wladimir Putin".
      int e = i + 1;
      if (e + 1 < n && (doc_.Is(e, "von") || doc_.Is(e, "of"))) {
        int k = e + 1;
        while (k < n && k - e <= kMaxNameTokens + 1 && Tok(doc_, k).upper && doc_.IsWord(k)) ++k;
        if (k > e + 1) e = k;
      }
      const bool definite = b < i;
      if (!definite) continue;
      const int person = NearestPerson(b, {b, e}, genitive_of);
      if (person >= 0) {
        const TokenRange r{b, e};
        // Names inside the description stay theirs; claim only the head part.
        bool ok = true;
        for (int k = b; k <= i; ++k) {
          const int owner = taken_[static_cast<std::size_t>(k)];
          if (owner >= 0 && owner != genitive_of) ok = false;
        }
        if (ok) {
          for (int k = b; k <= i; ++k) taken_[static_cast<std::size_t>(k)] = person;
          doc_.entities[static_cast<std::size_t>(person)].mentions.push_back(r);
        }
      }
    }
  }

  // The person mentioned last before `token` (outside `exclude`, not
  // `not_this`), within kMaxDescriptionLookback sentences; for a description
  // before any name (a headline "Kreml-Berater: …"), the next person within
  // kMaxDescriptionLookahead sentences. Never across parts: a caption's
  // "der Unterhändler" is not the body's last person.
  int NearestPerson(int token, TokenRange exclude, int not_this) const {
    const int sentence = Tok(doc_, token).sentence;
    const Part& part = doc_.parts[static_cast<std::size_t>(Tok(doc_, token).part)];
    for (int k = token - 1; k >= part.first_token && Tok(doc_, k).sentence >= sentence - kMaxDescriptionLookback;
         --k) {
      if (k >= exclude.begin && k < exclude.end) continue;
      if (IsPersonNot(taken_[static_cast<std::size_t>(k)], not_this)) return taken_[static_cast<std::size_t>(k)];
    }
    for (int k = exclude.end; k < part.end_token && Tok(doc_, k).sentence <= sentence + kMaxDescriptionLookahead;
         ++k) {
      if (IsPersonNot(taken_[static_cast<std::size_t>(k)], not_this)) return taken_[static_cast<std::size_t>(k)];
    }
    return -1;
  }

  bool IsPersonNot(int e, int not_this) const {
    return e >= 0 && e != not_this && doc_.entities[static_cast<std::size_t>(e)].type == EntityType::kPerson;
  }

  Document& doc_;
  std::vector<int> taken_;  // per token: the entity whose mention covers it, or -1
  std::unordered_map<std::string, int> by_name_;  // type + folded name → entity
};

}  // namespace

void FindEntities(Document& doc) { EntityFinder(doc).Run(); }

}  // namespace klartext::analyze
