// analyze/document.h: the analyzer's working view of one text.
//
// Tokens and sentences are computed once (tokens.cc, sentences.cc); each
// later stage (quotes.cc, reported_speech.cc, entities.cc, speakers.cc)
// reads them and adds its findings to the Document, in token positions.
// analyze.cc turns the token positions into byte offsets at the end.
// Not thread-safe; one Document per call.
#ifndef KLARTEXT_ANALYZE_DOCUMENT_H_
#define KLARTEXT_ANALYZE_DOCUMENT_H_

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "analyze/lexicon.h"
#include "klartext/analysis.h"

namespace klartext::analyze {

enum class TokenKind : std::uint8_t { kWord, kNumber, kPunct, kQuote };

struct Token {
  std::uint32_t start = 0;  // bytes into Document::text, [start, end)
  std::uint32_t end = 0;
  TokenKind kind = TokenKind::kWord;
  bool upper = false;         // a word starting with an upper-case letter
  bool space_before = false;  // white space (or the text's start) before it
  bool space_after = false;   // white space (or the text's end) after it
  bool line_start = false;    // first token after a line break
  int paragraph = 0;          // paragraphs are separated by blank lines
  int sentence = 0;
  int part = 0;               // index into Document::parts
  std::string lower;  // FoldCase of the token's text
};

// A range of tokens [begin, end).
struct TokenRange {
  int begin = 0;
  int end = 0;
  bool empty() const { return end <= begin; }
  int size() const { return end - begin; }
};

// A statement in token positions (see klartext::Statement).
struct Found {
  StatementKind kind = StatementKind::kDirect;
  TokenRange message;
  TokenRange second_part;  // the part after an interrupting attribution, or empty
  TokenRange cue;
  TokenRange speaker;
  int entity = -1;
  // Free indirect speech, or a quote without attribution: the speaker comes
  // from the statement before (speakers.cc).
  bool continues_previous = false;
};

// An entity in token positions (see klartext::Entity).
struct FoundEntity {
  std::string name;
  EntityType type = EntityType::kPerson;
  std::vector<TokenRange> mentions;
  std::vector<std::string> name_tokens;  // folded tokens of the canonical name
};

// What a part of Document::text is. Analyze reads the body and, for names
// only, each image's caption and credit, appended after the body.
enum class PartKind : std::uint8_t { kBody, kCaption, kCredit };

// A part of Document::text: bytes [start, end), tokens [first_token, end_token).
struct Part {
  PartKind kind = PartKind::kBody;
  std::string field;  // "text", "images[0].caption", "images[0].credit"
  std::size_t start = 0;
  std::size_t end = 0;
  int first_token = 0;
  int end_token = 0;
};

struct Document {
  std::string_view text;
  // At least one part; parts[0] is the body. Statements are found only in
  // the body; entities in every part.
  std::vector<Part> parts;
  const Lexicon* lex = nullptr;
  std::vector<Token> tokens;
  std::vector<TokenRange> sentences;
  std::vector<Found> statements;
  std::vector<FoundEntity> entities;
  // Tokens inside direct quotes (1) or outside (0), for the later stages.
  std::vector<std::uint8_t> in_quote;

  std::string_view Text(int token) const {
    const Token& t = tokens[static_cast<std::size_t>(token)];
    return text.substr(t.start, t.end - t.start);
  }
  std::string_view Text(TokenRange r) const;
  const std::string& Lower(int token) const { return tokens[static_cast<std::size_t>(token)].lower; }
  int size() const { return static_cast<int>(tokens.size()); }
  bool Is(int token, std::string_view folded) const {
    return token >= 0 && token < size() && Lower(token) == folded;
  }
  bool IsPunct(int token, std::string_view p) const {
    return token >= 0 && token < size() && tokens[static_cast<std::size_t>(token)].kind == TokenKind::kPunct &&
           Text(token) == p;
  }
  PartKind KindOf(int token) const {
    return parts[static_cast<std::size_t>(tokens[static_cast<std::size_t>(token)].part)].kind;
  }
  bool IsWord(int token) const {
    return token >= 0 && token < size() && tokens[static_cast<std::size_t>(token)].kind == TokenKind::kWord;
  }
};

// tokens.cc: splits the text into tokens (words with their abbreviation
// period, numbers with their ordinal period, punctuation, quote marks).
void Tokenize(Document& doc);
// sentences.cc: groups tokens into sentences; sets Token::sentence.
void SplitSentences(Document& doc);
// quotes.cc: direct statements, with cue and speaker span where attributed.
void FindDirectQuotes(Document& doc);
// reported_speech.cc: indirect and reported statements outside quotes.
void FindReportedSpeech(Document& doc);
// entities.cc: people, organisations, places and their mentions.
void FindEntities(Document& doc);
// speakers.cc: speaker spans for continuations, and every speaker's entity.
void ResolveSpeakers(Document& doc);

// Helpers shared by the stages (speakers.cc).
// The speaker noun phrase starting at `token` and reading forward
// ("der Vertraute von Kremlchef Wladimir Putin", "er"), or empty.
TokenRange SpeakerPhraseAt(const Document& doc, int token, int limit);
// The speaker noun phrase ending just before `token`, reading backward
// within the clause, or empty.
TokenRange SpeakerPhraseBefore(const Document& doc, int token, int clause_begin);
// The speaker of a speech verb in its sentence: before it or after it, by
// the language's word order; empty if none.
TokenRange SpeakerOfVerb(const Document& doc, int verb, int clause_begin, int clause_end, int sentence_begin);
// True if the token is a speech verb; sets *particle to its required
// particle ("" if none).
bool IsSpeechVerb(const Document& doc, int token, int* particle_token, int clause_end);
// True if the folded word names a role ("sprecher", "kreml-berater").
bool IsRoleNoun(const Lexicon& lex, std::string_view folded);

}  // namespace klartext::analyze

#endif  // KLARTEXT_ANALYZE_DOCUMENT_H_
