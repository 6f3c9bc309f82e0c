// analyze/analyze.cc: the analysis pipeline and the conversion from token
// positions to byte offsets.
#include "klartext/analyze.h"

#include <cctype>
#include <string>
#include <string_view>

#include "analyze/document.h"
#include "core/utf8.h"

namespace klartext {

std::string_view StatementKindName(StatementKind kind) {
  switch (kind) {
    case StatementKind::kDirect: return "direct";
    case StatementKind::kIndirect: return "indirect";
    case StatementKind::kReported: return "reported";
  }
  return "direct";
}

std::string_view EntityTypeName(EntityType type) {
  switch (type) {
    case EntityType::kPerson: return "person";
    case EntityType::kOrganization: return "organization";
    case EntityType::kPlace: return "place";
  }
  return "person";
}

namespace {

using analyze::Document;
using analyze::TokenRange;

std::size_t Begin(const Document& doc, TokenRange r) { return doc.tokens[static_cast<std::size_t>(r.begin)].start; }
std::size_t End(const Document& doc, TokenRange r) { return doc.tokens[static_cast<std::size_t>(r.end - 1)].end; }

Analysis Run(std::string text, std::string_view language, const AnalyzeOptions& options) {
  Analysis out;
  if (text.size() > options.max_text_bytes) {
    std::size_t cut = text.rfind('\n', options.max_text_bytes);
    if (cut == std::string::npos || cut == 0) cut = options.max_text_bytes;
    // Never split a UTF-8 sequence.
    while (cut > 0 && (static_cast<unsigned char>(text[cut]) & 0xC0) == 0x80) --cut;
    text.resize(cut);
  }
  if (!IsValidUtf8(text)) {
    std::string clean;
    SanitizeUtf8(text, clean);
    text = std::move(clean);
  }
  out.text = std::move(text);
  Document doc;
  doc.text = out.text;
  doc.lex = &analyze::LexiconFor(language);
  out.language = std::string(doc.lex->language);
  analyze::Tokenize(doc);
  if (doc.tokens.empty()) return out;
  analyze::SplitSentences(doc);
  analyze::FindDirectQuotes(doc);
  analyze::FindReportedSpeech(doc);
  analyze::FindEntities(doc);
  analyze::ResolveSpeakers(doc);

  for (const TokenRange& s : doc.sentences) out.sentences.push_back({Begin(doc, s), End(doc, s)});
  for (std::size_t e = 0; e < doc.entities.size(); ++e) {
    const analyze::FoundEntity& fe = doc.entities[e];
    Entity entity;
    entity.id = static_cast<int>(e);
    entity.name = fe.name;
    entity.type = fe.type;
    for (const TokenRange& m : fe.mentions) {
      Mention mention;
      mention.start = Begin(doc, m);
      mention.end = End(doc, m);
      mention.text = out.text.substr(mention.start, mention.end - mention.start);
      entity.mentions.push_back(std::move(mention));
    }
    out.entities.push_back(std::move(entity));
  }
  for (const analyze::Found& f : doc.statements) {
    if (f.message.empty()) continue;
    Statement s;
    s.kind = f.kind;
    s.start = Begin(doc, f.message);
    s.end = End(doc, f.message);
    s.text = out.text.substr(s.start, s.end - s.start);
    if (!f.second_part.empty()) {
      const std::size_t b = Begin(doc, f.second_part);
      s.end = End(doc, f.second_part);
      s.text += " … ";
      s.text += out.text.substr(b, s.end - b);
    }
    if (!f.cue.empty()) {
      s.cue_start = Begin(doc, f.cue);
      s.cue_end = End(doc, f.cue);
      s.cue = out.text.substr(s.cue_start, s.cue_end - s.cue_start);
    }
    if (!f.speaker.empty()) {
      s.speaker.start = Begin(doc, f.speaker);
      s.speaker.end = End(doc, f.speaker);
      s.speaker.text = out.text.substr(s.speaker.start, s.speaker.end - s.speaker.start);
    }
    s.speaker.entity = f.entity;
    out.statements.push_back(std::move(s));
  }
  return out;
}

}  // namespace

std::string_view GuessLanguage(std::string_view text) {
  // Enough words to decide; more only costs time.
  constexpr int kWordsToRead = 2000;
  const analyze::Lexicon& de = analyze::GermanLexicon();
  const analyze::Lexicon& en = analyze::EnglishLexicon();
  int german = 0, english = 0, words = 0;
  std::size_t i = 0;
  while (i < text.size() && words < kWordsToRead) {
    while (i < text.size() && !std::isalpha(static_cast<unsigned char>(text[i]))) ++i;
    std::size_t j = i;
    while (j < text.size() && std::isalpha(static_cast<unsigned char>(text[j]))) ++j;
    if (j > i) {
      std::string w(text.substr(i, j - i));
      for (char& c : w) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
      german += de.function_words.count(w) ? 1 : 0;
      english += en.function_words.count(w) ? 1 : 0;
      ++words;
    }
    i = j;
  }
  return german >= english ? "de" : "en";
}

Analysis Analyze(const Article& article, const AnalyzeOptions& options) {
  std::string text = article.Text();
  const std::string language = article.language.empty() ? std::string(GuessLanguage(text)) : article.language;
  return Run(std::move(text), language, options);
}

Analysis AnalyzeText(std::string_view clean_text, std::string_view language, const AnalyzeOptions& options) {
  return Run(std::string(clean_text), language, options);
}

}  // namespace klartext
