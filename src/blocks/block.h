// blocks/block.h: the unit every boilerplate and role rule works on.
//
// Both an HTML page and a plain-text capture become a BlockStream: the
// paragraph-level pieces of the page in reading order, each with the
// features rules need (length, links, where in the page it sits). An HTML
// block also knows its DOM ancestry through `node`; a text block knows its
// line. Rules that need only text features serve both inputs; rules that
// need markup check `from_html`. See doc/blocks.md.
#ifndef KLARTEXT_BLOCKS_BLOCK_H_
#define KLARTEXT_BLOCKS_BLOCK_H_

#include <cstdint>
#include <string>
#include <vector>

#include "html/dom.h"

namespace klartext::blocks {

enum class Kind : std::uint8_t {
  kParagraph,
  kHeading,   // level 1..6
  kListItem,  // level = nesting depth
  kQuote,     // inside <blockquote>
  kTable,     // a data table: rows hold the cells
  kCode,      // <pre>
  kCaption,   // <figcaption>, <caption> of a layout table, or an image caption line
  kImage,     // <img> with a usable src; text holds the URL, alt the alt text
};

// Where a block sits, as bits: set if any ancestor has the property.
enum ContextFlag : std::uint32_t {
  kInNav = 1u << 0,          // <nav>, role=navigation, menu-like class
  kInFooter = 1u << 1,       // <footer> or footer-like class
  kInHeader = 1u << 2,       // <header> (page header, not an article header)
  kInAside = 1u << 3,        // <aside>, role=complementary
  kInForm = 1u << 4,         // <form>, <button>, <label>
  kInArticle = 1u << 5,      // <article>, <main>, itemprop=articleBody …
  kBoilerClass = 1u << 6,    // an ancestor's class/id reads as boilerplate
  kContentClass = 1u << 7,   // an ancestor's class/id reads as article content
  kInComments = 1u << 8,     // a comments section
  kInFigure = 1u << 9,       // <figure>
  kInTableCell = 1u << 10,   // inside a layout table cell
  kInListItem = 1u << 11,    // inside <li>
  kInLink = 1u << 12,        // the whole block is inside one <a>
  kHidden = 1u << 13,        // hidden by attribute or inline style
  kInAddress = 1u << 14,     // <address>
  kInHeadingGroup = 1u << 15,  // <hgroup> or an article <header>
  kInTime = 1u << 16,        // contains a <time> element
  kAdClass = 1u << 17,       // an ancestor's class/id reads as an advertisement
  kShareClass = 1u << 18,    // share bar, social buttons
  kRelatedClass = 1u << 19,  // related / recommended / more-stories lists
  kMetaClass = 1u << 20,     // byline, date, author, meta-data elements
  kKickerClass = 1u << 21,   // the line above a headline ("kicker", "dachzeile")
  kLeadClass = 1u << 22,     // the standfirst ("lead", "intro", "standfirst")
  kCaptionClass = 1u << 23,  // image captions and credits
  kDialogClass = 1u << 24,   // overlays: modals, cookie consent, paywall, sign-up
};

struct Block {
  Kind kind = Kind::kParagraph;
  int level = 0;
  bool ordered = false;          // list items of an <ol>
  std::string text;              // whitespace collapsed (kept for kCode)
  std::string linked_text;       // text with Markdown links, when requested
  std::uint32_t chars = 0;       // code points of text
  std::uint32_t link_chars = 0;  // code points inside <a>
  std::uint32_t words = 0;
  std::uint32_t flags = 0;       // ContextFlag bits
  html::NodeId node = html::kNoNode;       // the block element (HTML)
  html::NodeId container = html::kNoNode;  // its parent element (HTML)
  std::uint32_t line = 0;        // first line (text captures)
  std::vector<std::vector<std::string>> rows;  // kTable
  std::string alt;               // kImage: alt text; kCaption: nothing

  double link_density() const { return chars == 0 ? 0.0 : double(link_chars) / chars; }
  bool has(ContextFlag f) const { return (flags & f) != 0; }
};

struct BlockStream {
  std::vector<Block> blocks;
  bool from_html = false;
  // HTML only, indexed by NodeId: the ContextFlag bits an element sets by
  // itself (tag, role, class, id), without its ancestors'. Rules that judge
  // a block relative to a chosen container walk from Block::node up to it.
  std::vector<std::uint32_t> own_flags;
  // HTML only, indexed by NodeId: bytes of visible text in the subtree.
  std::vector<std::uint32_t> text_bytes;
};

}  // namespace klartext::blocks

#endif  // KLARTEXT_BLOCKS_BLOCK_H_
