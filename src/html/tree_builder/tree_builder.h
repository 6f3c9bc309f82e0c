// html/tree_builder/tree_builder.h: klartext's own HTML5 tree construction
// (HTML Standard 13.2.6) over html::Tokenizer.
//
// This is the parser behind html::ParseHtml (parse.h, parse.cc; doc/parser-choice.md).
//
// BuildTree follows the standard, with four guards against hostile pages
// that browsers do not have: start tags nested deeper than max_nesting are
// dropped with their end tags before the rules see them
// (nesting_filter.h); the stack of open elements is capped (deeper
// elements are closed right after they are inserted, and forgotten as
// formatting elements, so their content goes to the deepest open element),
// the list of active formatting elements is capped, and so is the number
// of nodes. All limits are far above what real pages use.
// Thread safety: independent calls may run on many threads.
#ifndef KLARTEXT_HTML_TREE_BUILDER_TREE_BUILDER_H_
#define KLARTEXT_HTML_TREE_BUILDER_TREE_BUILDER_H_

#include <cstdint>
#include <string_view>

#include "html/dom.h"
#include "html/parse.h"
#include "html/tree/tree.h"
#include "klartext/status.h"

namespace klartext::html {

struct TreeBuilderOptions {
  // The standard's scripting flag. Off: <noscript> content is parsed as
  // markup, which is what an extractor wants (fallback images and text).
  bool scripting = false;
  // Start tags nested deeper than this, and their end tags, are dropped
  // before the rules see them (nesting_filter.h); 0 turns the filter off,
  // as for the html5lib conformance tests.
  std::uint32_t max_nesting = 0;
  // Deeper elements are inserted without being opened (see above).
  std::uint32_t max_open_elements = 1024;
  // Formatting elements kept for reconstruction; older ones are forgotten.
  std::uint32_t max_active_formatting = 256;
  // Nodes the tree may grow to; parsing stops there and the tree is marked
  // truncated. Same default as ParseLimits::max_nodes. Bounds the work
  // hostile markup can cause (e.g. formatting elements re-created for
  // every piece of text).
  std::size_t max_nodes = std::size_t{4} << 20;
};

// The tree of a whole document. `utf8` must outlive the returned Tree.
tree::Tree BuildTree(std::string_view utf8, const TreeBuilderOptions& options = {});

// The HTML fragment parsing algorithm, for the html5lib fragment tests:
// `context` is the context element's name, "svg x" / "math x" for foreign
// ones. The fragment's nodes are the children of the returned tree's html
// element (node 1), as the standard's algorithm leaves them.
tree::Tree BuildFragmentTree(std::string_view utf8, std::string_view context,
                             const TreeBuilderOptions& options = {});

// The finished tree as an html::Document (ids in document order, depth
// capped at limits.max_depth). DOCTYPEs are dropped; template contents
// become the template's children. The Document's strings are views into
// the tree and its input: the caller makes the Document retain both
// (Document::Retain), as ParseHtml does.
Document ToDocument(const tree::Tree& tree, const ParseLimits& limits = {});

}  // namespace klartext::html

#endif  // KLARTEXT_HTML_TREE_BUILDER_TREE_BUILDER_H_
