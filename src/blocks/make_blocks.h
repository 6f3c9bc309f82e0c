// blocks/make_blocks.h: turning a page into blocks.
#ifndef KLARTEXT_BLOCKS_MAKE_BLOCKS_H_
#define KLARTEXT_BLOCKS_MAKE_BLOCKS_H_

#include <string_view>

#include "blocks/block.h"
#include "html/dom.h"

namespace klartext::blocks {

struct BlockOptions {
  bool keep_links = false;  // fill Block::linked_text with Markdown links
  std::string_view page_url;  // resolves relative image and link URLs
};

// The body of an HTML document as blocks, in document order.
BlockStream BlocksFromDom(const html::Document& doc, const BlockOptions& options);

// A text capture (what a browser shows) as blocks: one per line or per run
// of wrapped lines (see from_text.cc for how wrapping is recognised).
BlockStream BlocksFromText(std::string_view utf8);

}  // namespace klartext::blocks

#endif  // KLARTEXT_BLOCKS_MAKE_BLOCKS_H_
