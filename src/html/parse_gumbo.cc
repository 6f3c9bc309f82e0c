// html/parse_gumbo.cc: ParseHtml over Gumbo, copied into our Document.
//
// Gumbo builds its own tree; we walk it once, iteratively (100 000 nested
// elements must not cost 100 000 stack frames), and copy what the rules
// need. Gumbo frees its tree recursively, so callers run extraction on a
// thread with a large stack (see extract/extract.cc).
#include <gumbo.h>

#include <cstring>
#include <string>
#include <utility>
#include <vector>

#include "html/nesting_guard.h"
#include "html/parse.h"

namespace klartext::html {
namespace {

std::string_view GumboText(const GumboText& t) { return {t.text, std::strlen(t.text)}; }

}  // namespace

Result<Document> ParseHtml(std::string_view utf8, const ParseLimits& limits) {
  std::string capped_storage;
  std::size_t dropped_tags = 0;
  utf8 = CapNesting(utf8, limits.max_depth, capped_storage, &dropped_tags);
  GumboOptions options = kGumboDefaultOptions;
  // Errors are only recorded for reporting, which we do not do: cap them so
  // a garbage page does not build a list of millions of error records.
  options.max_errors = 0;
  GumboOutput* output = gumbo_parse_with_options(&options, utf8.data(), utf8.size());
  if (output == nullptr) return Status::Unsupported("the HTML parser could not allocate");

  Document doc;
  if (dropped_tags > 0) doc.set_truncated();
  doc.Reserve(utf8.size() / 40 + 16);
  // (gumbo node, our parent) pairs; children pushed in reverse so they pop in order.
  std::vector<std::pair<const GumboNode*, NodeId>> stack;
  stack.emplace_back(output->document, Document::kRoot);
  std::string lower_name;
  while (!stack.empty()) {
    auto [gnode, parent] = stack.back();
    stack.pop_back();
    if (doc.size() >= limits.max_nodes) {
      doc.set_truncated();
      break;
    }
    NodeId self = parent;
    const GumboVector* children = nullptr;
    switch (gnode->type) {
      case GUMBO_NODE_DOCUMENT:
        children = &gnode->v.document.children;
        break;
      case GUMBO_NODE_ELEMENT:
      case GUMBO_NODE_TEMPLATE: {
        const GumboElement& el = gnode->v.element;
        std::string_view name;
        if (el.tag == GUMBO_TAG_UNKNOWN) {
          GumboStringPiece piece = el.original_tag;
          gumbo_tag_from_original_text(&piece);
          lower_name.assign(piece.data, piece.length);
          for (char& c : lower_name) c = static_cast<char>(c >= 'A' && c <= 'Z' ? c + 32 : c);
          name = lower_name;
        } else {
          name = gumbo_normalized_tagname(el.tag);
        }
        if (doc[parent].depth >= limits.max_depth) {
          // Too deep: do not create this element, attach its children to
          // the parent instead, flattening the rest of the nesting.
          doc.set_truncated();
        } else {
          self = doc.AppendElement(parent, TagFromName(name), name);
          for (unsigned i = 0; i < el.attributes.length; ++i) {
            auto* attr = static_cast<const GumboAttribute*>(el.attributes.data[i]);
            doc.AddAttribute(self, attr->name, attr->value);
          }
        }
        children = &el.children;
        break;
      }
      case GUMBO_NODE_TEXT:
      case GUMBO_NODE_WHITESPACE:
      case GUMBO_NODE_CDATA:
        doc.AppendText(parent, GumboText(gnode->v.text));
        break;
      case GUMBO_NODE_COMMENT:
        doc.AppendComment(parent, GumboText(gnode->v.text));
        break;
    }
    if (children != nullptr) {
      for (unsigned i = children->length; i-- > 0;) {
        stack.emplace_back(static_cast<const GumboNode*>(children->data[i]), self);
      }
    }
  }
  gumbo_destroy_output(&options, output);
  return doc;
}

}  // namespace klartext::html
