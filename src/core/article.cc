// The Article data model's small helpers (include/klartext/article.h).
#include "klartext/article.h"

namespace klartext {

std::string_view BlockTypeName(BlockType type) {
  switch (type) {
    case BlockType::kLead: return "lead";
    case BlockType::kHeading: return "heading";
    case BlockType::kParagraph: return "paragraph";
    case BlockType::kListItem: return "list_item";
    case BlockType::kQuote: return "quote";
    case BlockType::kTable: return "table";
    case BlockType::kCode: return "code";
    case BlockType::kCaption: return "caption";
    case BlockType::kImage: return "image";
    case BlockType::kComment: return "comment";
  }
  return "paragraph";
}

std::string_view SourceName(Source source) {
  switch (source) {
    case Source::kNone: return "none";
    case Source::kCaller: return "caller";
    case Source::kJsonLd: return "json-ld";
    case Source::kMicrodata: return "microdata";
    case Source::kOpenGraph: return "opengraph";
    case Source::kMeta: return "meta";
    case Source::kTimeTag: return "time-element";
    case Source::kMarkup: return "markup";
    case Source::kText: return "text";
    case Source::kInferred: return "inferred";
  }
  return "none";
}

std::string Article::Text() const {
  std::string out;
  for (const Block& b : blocks) {
    switch (b.type) {
      case BlockType::kCaption:
      case BlockType::kImage:
      case BlockType::kComment:
        continue;
      default:
        break;
    }
    if (b.text.empty()) continue;
    if (!out.empty()) out += "\n\n";
    out += b.text;
  }
  return out;
}

}  // namespace klartext
