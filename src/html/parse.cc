// html/parse.cc: ParseHtml over klartext's own HTML5 tokenizer and tree
// builder (html/tree_builder/tree_builder.h; doc/parser-choice.md).
//
// The tree builder's nesting filter (tree_builder/nesting_filter.h) keeps
// the Document to the first max_depth levels of nesting, so no hostile page
// makes the rules scan a deep stack for every tag.
#include "html/parse.h"

#include <memory>
#include <string>

#include "html/tree_builder/tree_builder.h"

namespace klartext::html {

Result<Document> ParseHtml(std::string utf8, const ParseLimits& limits) {
  // The Document borrows its strings from the tree and the tree's input
  // instead of copying each one; it retains both, so it stays valid on its
  // own. Copying the input once is far cheaper than copying every string.
  auto input = std::make_shared<const std::string>(std::move(utf8));
  Result<Document> doc = ParseHtmlBorrowed(*input, limits);
  if (doc.ok()) doc->Retain(std::move(input));
  return doc;
}

Result<Document> ParseHtmlBorrowed(std::string_view utf8, const ParseLimits& limits) {
  TreeBuilderOptions options;
  options.max_nodes = limits.max_nodes;
  options.max_nesting = limits.max_depth;
  auto tree = std::make_shared<const tree::Tree>(BuildTree(utf8, options));
  Document doc = ToDocument(*tree, limits);
  doc.Retain(std::move(tree));
  return doc;
}

}  // namespace klartext::html
