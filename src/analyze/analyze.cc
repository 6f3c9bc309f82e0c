// analyze/analyze.cc: the analysis pipeline and the conversion from token
// positions to byte offsets.
#include "klartext/analyze.h"

#include <cctype>
#include <string>
#include <string_view>
#include <vector>

#include "analyze/document.h"
#include "core/language.h"
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

// A caption or credit to read for names, with where it comes from.
struct ExtraPart {
  analyze::PartKind kind;
  std::string field;
  std::string_view text;
};

// Statements are found in the body only: drop any that reach past it (a
// quote left open at the body's end that "continues" into a caption).
void KeepBodyStatements(Document& doc) {
  const int body_end = doc.parts.front().end_token;
  const auto outside = [&](TokenRange r) { return !r.empty() && r.end > body_end; };
  std::erase_if(doc.statements, [&](const analyze::Found& f) {
    return outside(f.message) || outside(f.second_part) || outside(f.cue) || outside(f.speaker);
  });
}

Analysis Run(std::string text, const std::vector<ExtraPart>& extras, std::string_view language,
             const AnalyzeOptions& options) {
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

  // The analysed text: the body, then each caption and credit as a
  // paragraph of its own (a blank line keeps sentences and quotes apart).
  // Parts that are not valid UTF-8 are skipped (their offsets could not
  // point into the Article's string), and so are parts past
  // max_text_bytes in all.
  std::vector<analyze::Part> parts(1);
  parts[0].field = "text";
  parts[0].end = out.text.size();
  std::string joined;
  if (!extras.empty()) joined = out.text;
  for (const ExtraPart& x : extras) {
    if (x.text.empty() || !IsValidUtf8(x.text)) continue;
    if (joined.size() + x.text.size() + 2 > options.max_text_bytes) break;
    joined += "\n\n";
    analyze::Part p;
    p.kind = x.kind;
    p.field = x.field;
    p.start = joined.size();
    joined += x.text;
    p.end = joined.size();
    parts.push_back(std::move(p));
  }

  Document doc;
  doc.text = parts.size() > 1 ? std::string_view(joined) : std::string_view(out.text);
  doc.lex = &analyze::LexiconFor(language);
  out.language = std::string(doc.lex->language);
  analyze::Tokenize(doc);
  if (doc.tokens.empty()) return out;
  std::size_t part = 0;
  for (std::size_t t = 0; t < doc.tokens.size(); ++t) {
    while (part + 1 < parts.size() && doc.tokens[t].start >= parts[part + 1].start) {
      parts[part].end_token = static_cast<int>(t);
      parts[++part].first_token = static_cast<int>(t);
    }
    doc.tokens[t].part = static_cast<int>(part);
  }
  for (std::size_t p = part; p < parts.size(); ++p) {
    if (p > part) parts[p].first_token = doc.size();
    parts[p].end_token = doc.size();
  }
  doc.parts = std::move(parts);

  analyze::SplitSentences(doc);
  analyze::FindDirectQuotes(doc);
  analyze::FindReportedSpeech(doc);
  KeepBodyStatements(doc);
  analyze::FindEntities(doc);
  analyze::ResolveSpeakers(doc);

  for (const TokenRange& s : doc.sentences) {
    if (s.begin >= doc.parts.front().end_token) break;
    out.sentences.push_back({Begin(doc, s), End(doc, s)});
  }
  for (std::size_t e = 0; e < doc.entities.size(); ++e) {
    const analyze::FoundEntity& fe = doc.entities[e];
    Entity entity;
    entity.id = static_cast<int>(e);
    entity.name = fe.name;
    entity.type = fe.type;
    for (const TokenRange& m : fe.mentions) {
      const analyze::Part& p = doc.parts[static_cast<std::size_t>(doc.tokens[static_cast<std::size_t>(m.begin)].part)];
      Mention mention;
      mention.field = p.field;
      mention.start = Begin(doc, m) - p.start;
      mention.end = End(doc, m) - p.start;
      mention.text = std::string(doc.text.substr(p.start + mention.start, mention.end - mention.start));
      if (p.kind == analyze::PartKind::kCredit && fe.type == EntityType::kPerson) entity.role = "photographer";
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
  // Statements are found in German and English only: the one of the two
  // with more function words in the first words (core/language.h) wins.
  constexpr std::size_t kWordsToRead = 2000;
  const FunctionWordCounts counts = CountFunctionWords(text, kWordsToRead);
  return counts.hits[LanguageIndex(Language::kEnglish)] > counts.hits[LanguageIndex(Language::kGerman)] ? "en" : "de";
}

Analysis Analyze(const Article& article, const AnalyzeOptions& options) {
  std::string text = article.Text();
  const std::string language = article.language.empty() ? std::string(GuessLanguage(text)) : article.language;
  std::vector<ExtraPart> extras;
  for (std::size_t i = 0; i < article.images.size(); ++i) {
    const std::string prefix = "images[" + std::to_string(i) + "].";
    extras.push_back({analyze::PartKind::kCaption, prefix + "caption", article.images[i].caption});
    extras.push_back({analyze::PartKind::kCredit, prefix + "credit", article.images[i].credit});
  }
  return Run(std::move(text), extras, language, options);
}

Analysis AnalyzeText(std::string_view clean_text, std::string_view language, const AnalyzeOptions& options) {
  return Run(std::string(clean_text), {}, language, options);
}

}  // namespace klartext
