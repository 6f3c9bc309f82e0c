// klartext/analyze.h: statements, speakers and entities of an article.
//
//   klartext::Analysis a = klartext::Analyze(article);
//   for (const klartext::Statement& s : a.statements)
//     std::cout << s.speaker.text << ": " << s.text << "\n";
//
// Analysis is rule-based and uses only tables compiled into the library
// (speech verbs, role nouns, honorifics, Konjunktiv I forms, given names,
// places; see doc/analysis.md): nothing is downloaded or loaded at run time.
// German ("de") and English ("en") are supported; any other language is
// analysed with the English tables.
//
// Never throws and never crashes on any input; text that is empty or not a
// language gives an Analysis with no statements and no entities.
// Thread safety: both functions may be called from many threads at once.
#ifndef KLARTEXT_ANALYZE_H_
#define KLARTEXT_ANALYZE_H_

#include <cstddef>
#include <string_view>

#include "klartext/analysis.h"
#include "klartext/article.h"

namespace klartext {

struct AnalyzeOptions {
  // Texts longer than this are analysed up to this many bytes (cut at a
  // paragraph break where possible), to bound time on pathological input.
  std::size_t max_text_bytes = 4 << 20;
};

// Analyses the article in its language (Article::language: German for
// "de…", English otherwise; guessed from the body when empty). Statements
// come from the body, Article::Text() (Analysis::text); entities also from
// each image's caption and credit, whose mentions carry the field they are
// in ("images[0].caption") and offsets into it (see Mention). A person
// named in a credit gets the role "photographer".
Analysis Analyze(const Article& article, const AnalyzeOptions& options = {});

// Analyses a text that is already clean (paragraphs separated by blank
// lines or newlines). `language` is a BCP 47 tag ("de", "de-AT", "en").
Analysis AnalyzeText(std::string_view clean_text, std::string_view language,
                     const AnalyzeOptions& options = {});

// "de" or "en": the language whose frequent function words ("der", "und",
// "the", "and" …) the text has more of. For texts of unknown language.
std::string_view GuessLanguage(std::string_view text);

}  // namespace klartext

#endif  // KLARTEXT_ANALYZE_H_
