// klartext/emit.h: an Article as JSON, Markdown or plain text.
//
// Emitters read the Article (and, where given, its Analysis) only. They do
// not fail: any Article can be written. Output is UTF-8; JSON is one line
// (a JSON Lines record) with the schema in doc/article_schema.md.
// Thread safety: all functions are pure.
#ifndef KLARTEXT_EMIT_H_
#define KLARTEXT_EMIT_H_

#include <string>
#include <string_view>

#include "klartext/article.h"

namespace klartext {

struct EmitOptions {
  // Added as the "input" field of JSON output when not empty (batch runs).
  std::string input;
  // Added as the "warc_record_id" field when not empty (the WARC-Record-ID
  // of the record the article came from).
  std::string record_id;
  bool include_sources = true;      // the "sources" object in JSON
  bool include_diagnostics = true;  // the "diagnostics" object in JSON
};

// One JSON object on one line, without a trailing newline.
std::string ToJson(const Article& article, const EmitOptions& options = {});
// Markdown: "# title", kicker in italics, then the body with ## subheads,
// "- " list items, "> " quotes and pipe tables.
std::string ToMarkdown(const Article& article);
// Plain text: the title, a blank line, then Article::Text().
std::string ToPlainText(const Article& article);

}  // namespace klartext

#endif  // KLARTEXT_EMIT_H_
