#include "blocks/make_blocks.h"
#include "core/text.h"
namespace klartext::blocks {
BlockStream BlocksFromDom(const html::Document& doc, const BlockOptions&) {
  BlockStream s;
  s.from_html = true;
  Block b;
  b.text = CollapseWhitespace(html::InnerText(doc, html::Document::kRoot));
  s.blocks.push_back(b);
  return s;
}
}  // namespace klartext::blocks
