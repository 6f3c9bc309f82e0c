#include "klartext/extract.h"

#include "blocks/make_blocks.h"
#include "decode/decode.h"
#include "extract/metadata.h"
#include "html/parse.h"

namespace klartext {

bool LooksLikeHtml(std::string_view bytes) {
  return bytes.find('<') != std::string_view::npos;
}

Result<Article> Extract(std::string_view bytes, const ExtractOptions& options) {
  Article a;
  bool html = options.input_format == InputFormat::kHtml ||
              (options.input_format == InputFormat::kAuto && LooksLikeHtml(bytes));
  decode::Decoded d = decode::DecodeToUtf8(bytes, options.content_type, html);
  blocks::BlockStream s;
  if (html) {
    auto doc = html::ParseHtml(d.utf8, {});
    if (!doc.ok()) return doc.status();
    s = blocks::BlocksFromDom(*doc, {});
    auto m = extract::ReadDeclaredMetadata(*doc, options.url);
    a.title = m.title.value;
  } else {
    s = blocks::BlocksFromText(d.utf8);
  }
  for (auto& b : s.blocks) a.blocks.push_back({BlockType::kParagraph, b.text});
  return a;
}

}  // namespace klartext
