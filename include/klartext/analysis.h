// klartext/analysis.h: who said what in an article, and who is named in it.
//
// An Analysis is plain data computed from an article's text (Article::Text()
// or a clean text given to AnalyzeText): its sentences, the statements made
// in it with their speakers, and the people, organisations and places it
// names with every mention.
//
// Offsets: every `start`/`end` pair is a half-open range [start, end) of
// BYTES of UTF-8, counted from 0 at the first byte of Analysis::text (which
// is Article::Text() for Analyze). Ranges never split a UTF-8 sequence.
// The one exception is a Mention whose `field` is not "text": Analyze also
// reads the Article's image captions and credits for names, and such a
// mention's offsets count from 0 in that string ("images[0].caption" is
// Article::images[0].caption). JSON output keeps the same unit and base.
// Thread safety: a const Analysis may be read from any number of threads.
#ifndef KLARTEXT_ANALYSIS_H_
#define KLARTEXT_ANALYSIS_H_

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

namespace klartext {

// A sentence of the text, [start, end) in bytes.
struct Sentence {
  std::size_t start = 0;
  std::size_t end = 0;
};

// How a statement is given.
enum class StatementKind {
  kDirect,    // verbatim, in quotation marks: „…“, "…", »…«, …
  kIndirect,  // reported speech: Konjunktiv I, a dass/ob/that clause after a speech verb
  kReported,  // attributed by a phrase: "laut", "zufolge", "demnach", "according to" …
};
// "direct", "indirect", "reported": the names used in JSON output.
std::string_view StatementKindName(StatementKind kind);

// Who made a statement, as the text names them at that place.
struct Speaker {
  std::string text;        // "er", "der Kremlsprecher", "Dmitrijew"; empty if unknown
  std::size_t start = 0;   // the speaker span; start == end when text is empty
  std::size_t end = 0;
  int entity = -1;         // index into Analysis::entities (== Entity::id), -1 if unresolved
};

struct Statement {
  StatementKind kind = StatementKind::kDirect;
  // The message. For direct statements it includes the quotation marks; a
  // quote interrupted by its attribution ("…", sagte er, "…") is one
  // statement whose range spans both parts, and whose `text` joins the two
  // parts with " … " (so `text` may differ from the bytes of the range).
  std::string text;
  std::size_t start = 0;
  std::size_t end = 0;
  // The word or phrase that marks the statement ("sagte", "führte er aus",
  // "zufolge", "according to"); empty for a continuation without a cue.
  std::string cue;
  std::size_t cue_start = 0;
  std::size_t cue_end = 0;
  Speaker speaker;
};

enum class EntityType { kPerson, kOrganization, kPlace };
// "person", "organization", "place".
std::string_view EntityTypeName(EntityType type);

// One place where the article names an entity: a name ("Kirill Dmitrijew",
// "Dmitrijew", "Putins"), a misspelling ("Kriill Dmetrijew"), a role or
// description ("Kreml-Berater", "der Unterhändler") or a pronoun that is a
// statement's speaker.
struct Mention {
  std::string text;
  // The string the offsets point into: "text" (Analysis::text, the body),
  // or an image's "images[N].caption" / "images[N].credit" (Article::images[N]).
  std::string field = "text";
  std::size_t start = 0;
  std::size_t end = 0;
};

struct Entity {
  int id = 0;        // its index in Analysis::entities
  std::string name;  // canonical name: the fullest correctly spelt form
  EntityType type = EntityType::kPerson;
  // "photographer" for a person named in an image credit; empty otherwise.
  std::string role;
  // In text order: the body's first, then each caption's and credit's.
  std::vector<Mention> mentions;
};

struct Analysis {
  std::string text;      // the text analysed; all offsets point into it
  std::string language;  // "de" or "en": the tables used
  std::vector<Sentence> sentences;
  std::vector<Statement> statements;  // in text order
  std::vector<Entity> entities;       // in order of first mention (body, then images)
};

}  // namespace klartext

#endif  // KLARTEXT_ANALYSIS_H_
