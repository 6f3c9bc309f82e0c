// html/parse.cc: ParseHtml over klartext's own HTML5 tokenizer and tree
// builder (html/tree_builder/tree_builder.h; doc/parser-choice.md).
//
// The nesting guard runs first so that the Document depends only on the
// first max_depth levels of nesting, whatever parser is behind it, and no
// hostile page makes the tree builder scan a deep stack for every tag.
#include <string>

#include "html/nesting_guard.h"
#include "html/parse.h"
#include "html/tree_builder/tree_builder.h"

namespace klartext::html {

Result<Document> ParseHtml(std::string_view utf8, const ParseLimits& limits) {
  std::string capped_storage;
  std::size_t dropped_tags = 0;
  utf8 = CapNesting(utf8, limits.max_depth, capped_storage, &dropped_tags);
  TreeBuilderOptions options;
  options.max_nodes = limits.max_nodes;
  // ToDocument copies every string into the Document, so the tree and
  // capped_storage may go when this returns.
  Document doc = ToDocument(BuildTree(utf8, options), limits);
  if (dropped_tags > 0) doc.set_truncated();
  return doc;
}

}  // namespace klartext::html
