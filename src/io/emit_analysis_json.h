// io/emit_analysis_json.h: the analysis as JSON fields.
//
// AppendAnalysisJson writes two keys into the object the writer is in:
//   "statements": [{"kind", "text", "cue", "speaker": {"text", "entity",
//                   "start", "end"}, "start", "end", "cue_start", "cue_end"}]
//   "entities":   [{"id", "name", "type", ["role",] "mentions": [{"text", "field", "start", "end"}]}]
// Offsets are bytes of UTF-8 from 0 into the analysed text (Article::Text(),
// the JSON "text" field), end exclusive; a mention's offsets point into its
// "field" instead ("text", or "images[N].caption" / "images[N].credit" of
// the article's "images"). "entity" is an entity id or null; "role" is
// present only when known ("photographer").
// Thread safety: pure function of its arguments.
#ifndef KLARTEXT_IO_EMIT_ANALYSIS_JSON_H_
#define KLARTEXT_IO_EMIT_ANALYSIS_JSON_H_

#include <string>

#include "core/json_writer.h"
#include "klartext/analysis.h"

namespace klartext {

// REQUIRES: the writer is inside an object, ready for a key.
void AppendAnalysisJson(const Analysis& analysis, JsonWriter& w);

// Adds the same two keys to a finished JSON object ("{…}", as ToJson
// returns it), before its closing brace. Leaves anything else unchanged.
void AddAnalysisToJsonObject(const Analysis& analysis, std::string& json_object);

}  // namespace klartext

#endif  // KLARTEXT_IO_EMIT_ANALYSIS_JSON_H_
