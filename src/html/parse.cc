// html/parse.cc: ParseHtml over klartext's own HTML5 tokenizer and tree
// builder (html/tree_builder/tree_builder.h; doc/parser-choice.md).
//
// The tree builder's nesting filter (tree_builder/nesting_filter.h) keeps
// the Document to the first max_depth levels of nesting, so no hostile page
// makes the rules scan a deep stack for every tag.
#include "html/parse.h"

#include "html/tree_builder/tree_builder.h"

namespace klartext::html {

Result<Document> ParseHtml(std::string_view utf8, const ParseLimits& limits) {
  TreeBuilderOptions options;
  options.max_nodes = limits.max_nodes;
  options.max_nesting = limits.max_depth;
  // ToDocument copies every string into the Document, so the tree may go
  // when this returns.
  return ToDocument(BuildTree(utf8, options), limits);
}

}  // namespace klartext::html
