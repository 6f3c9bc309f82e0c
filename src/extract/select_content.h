// extract/select_content.h: which part of an HTML page is the article.
//
// The fast path and its fallback, in order:
//  1. Score: every paragraph-like block of 25+ characters gives points for
//     its length and commas to its container and, decaying, to the
//     container's ancestors (Readability's scoring, run over blocks instead
//     of a mutable DOM). Class and id words (blocks/markup_vocabulary.h)
//     and tags add or subtract; link-heavy subtrees are scaled down.
//     Candidates inside <aside>, <footer> or <nav> are scaled down.
//  2. Choose the best-scoring element — a near-equal one with twice the
//     good text wins over it, and the article around the <h1> the <title>
//     names wins over another story — widen it where its ancestor holds
//     most of the same text (an <article> around the body), and add
//     siblings that score well or read like paragraphs, unless their own
//     class names boilerplate.
//  3. Fallback: when no block qualifies, the region is the whole <body>;
//     the block rules (extract/boilerplate.h) then do all the work.
// The result is a set of DOM ranges; a block is in the region when its
// node lies inside one of them.
#ifndef KLARTEXT_EXTRACT_SELECT_CONTENT_H_
#define KLARTEXT_EXTRACT_SELECT_CONTENT_H_

#include <string>
#include <vector>

#include "blocks/block.h"
#include "html/dom.h"

namespace klartext::extract {

struct ContentRegion {
  std::vector<html::NodeId> roots;  // chosen elements, in document order
  std::string path;                 // "scored", "fallback": for diagnostics

  // True if `node` is one of the roots or below one.
  bool Contains(const html::Document& doc, html::NodeId node) const;
};

ContentRegion SelectContent(const html::Document& doc, const blocks::BlockStream& stream);

}  // namespace klartext::extract

#endif  // KLARTEXT_EXTRACT_SELECT_CONTENT_H_
