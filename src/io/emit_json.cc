// ToJson: the Article as one JSON object (schema: doc/article_schema.md).
#include "core/json_writer.h"
#include "klartext/emit.h"

namespace klartext {

std::string ToJson(const Article& a, const EmitOptions& options) {
  const std::string text = a.Text();  // joined once: the blocks' text again
  std::string out;
  out.reserve(1024 + text.size() * 2);
  JsonWriter w(out);
  w.BeginObject();
  if (!options.input.empty()) w.Field("input", options.input);
  if (!options.record_id.empty()) w.Field("warc_record_id", options.record_id);
  w.Field("url", a.url);
  w.Field("language", a.language);
  w.Field("title", a.title);
  w.Field("kicker", a.kicker);
  w.Field("lead", a.lead);
  w.Field("text", text);
  w.Key("blocks");
  w.BeginArray();
  for (const Block& b : a.blocks) {
    w.BeginObject();
    w.Field("type", BlockTypeName(b.type));
    w.Field("text", b.text);
    if (b.level > 0) w.Field("level", b.level);
    if (b.type == BlockType::kListItem && b.ordered) {
      w.Key("ordered");
      w.Bool(true);
    }
    if (b.type == BlockType::kTable) {
      w.Key("rows");
      w.BeginArray();
      for (const auto& row : b.rows) {
        w.BeginArray();
        for (const auto& cell : row) w.String(cell);
        w.EndArray();
      }
      w.EndArray();
    }
    w.EndObject();
  }
  w.EndArray();
  w.Field("published", a.published);
  w.Field("modified", a.modified);
  w.StringArray("authors", a.authors);
  w.Field("agency", a.agency);
  w.Field("sitename", a.sitename);
  w.Field("description", a.description);
  w.Key("images");
  w.BeginArray();
  for (const Image& img : a.images) {
    w.BeginObject();
    w.Field("url", img.url);
    w.Field("caption", img.caption);
    w.Field("credit", img.credit);
    w.EndObject();
  }
  w.EndArray();
  w.StringArray("categories", a.categories);
  w.StringArray("tags", a.tags);
  if (options.include_sources) {
    w.Key("sources");
    w.BeginObject();
    for (const auto& [field, source] : a.sources) w.Field(field, SourceName(source));
    w.EndObject();
  }
  if (options.include_diagnostics) {
    const Diagnostics& d = a.diagnostics;
    w.Key("diagnostics");
    w.BeginObject();
    w.Field("input_format", d.input_format);
    w.Field("encoding", d.encoding);
    w.Field("encoding_source", d.encoding_source);
    w.Key("invalid_bytes");
    w.Bool(d.invalid_bytes);
    w.Key("truncated_dom");
    w.Bool(d.truncated_dom);
    w.Field("content_path", d.content_path);
    w.EndObject();
  }
  w.EndObject();
  return out;
}

}  // namespace klartext
