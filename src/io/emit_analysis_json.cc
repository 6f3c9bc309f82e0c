// io/emit_analysis_json.cc: statements and entities as JSON (see the header).
#include "io/emit_analysis_json.h"

#include <cstdint>

namespace klartext {

void AppendAnalysisJson(const Analysis& a, JsonWriter& w) {
  w.Key("statements");
  w.BeginArray();
  for (const Statement& s : a.statements) {
    w.BeginObject();
    w.Field("kind", StatementKindName(s.kind));
    w.Field("text", s.text);
    w.Field("cue", s.cue);
    w.Key("speaker");
    w.BeginObject();
    w.Field("text", s.speaker.text);
    w.Key("entity");
    if (s.speaker.entity >= 0) {
      w.Int(s.speaker.entity);
    } else {
      w.Null();
    }
    w.Field("start", static_cast<std::int64_t>(s.speaker.start));
    w.Field("end", static_cast<std::int64_t>(s.speaker.end));
    w.EndObject();
    w.Field("start", static_cast<std::int64_t>(s.start));
    w.Field("end", static_cast<std::int64_t>(s.end));
    w.Field("cue_start", static_cast<std::int64_t>(s.cue_start));
    w.Field("cue_end", static_cast<std::int64_t>(s.cue_end));
    w.EndObject();
  }
  w.EndArray();
  w.Key("entities");
  w.BeginArray();
  for (const Entity& e : a.entities) {
    w.BeginObject();
    w.Field("id", static_cast<std::int64_t>(e.id));
    w.Field("name", e.name);
    w.Field("type", EntityTypeName(e.type));
    if (!e.role.empty()) w.Field("role", e.role);
    w.Key("mentions");
    w.BeginArray();
    for (const Mention& m : e.mentions) {
      w.BeginObject();
      w.Field("text", m.text);
      w.Field("field", m.field);
      w.Field("start", static_cast<std::int64_t>(m.start));
      w.Field("end", static_cast<std::int64_t>(m.end));
      w.EndObject();
    }
    w.EndArray();
    w.EndObject();
  }
  w.EndArray();
}

void AddAnalysisToJsonObject(const Analysis& analysis, std::string& json_object) {
  const std::size_t close = json_object.find_last_of('}');
  if (close == std::string::npos) return;
  std::string fields;
  JsonWriter w(fields);
  w.BeginObject();
  AppendAnalysisJson(analysis, w);
  w.EndObject();
  // fields is "{…}": keep what is between the braces.
  std::string inner = fields.substr(1, fields.size() - 2);
  const bool empty_object = json_object.find_first_not_of(" \t\n", json_object.find('{') + 1) == close;
  json_object.insert(close, empty_object ? inner : "," + inner);
}

}  // namespace klartext
