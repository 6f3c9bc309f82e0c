// html/tree_builder/nesting_filter.h: keeps hostile nesting away from the
// tree construction rules.
//
// A page of 100 000 nested <div>s, or of nested tables and formatting
// elements, is legal HTML, and the tree construction rules spend time
// quadratic in the nesting on it: start and end tags scan the stack of
// open elements and the list of active formatting elements. No real page
// nests deeper than a few hundred elements, so between the tokenizer and
// the rules this filter counts open elements and drops the start tags
// beyond max_depth together with their end tags. Text is never dropped, so
// the Document depends only on the first max_depth levels of nesting.
//
// The count is deliberately simple: void elements (<br>, <img> …) and
// elements the rules close implicitly when a sibling starts (<p>, <li>,
// <td>, <tr>, <option> …) are not counted, so only true nesting adds up.
// Elements whose content the tokenizer reads as text (<script>, <style>,
// <textarea>, <title> …) are never counted nor dropped: the tokenizer
// needs to see them to switch state. Being part of the token loop, the
// filter costs one table look-up per tag (it used to be a separate scan
// of the whole page, 7 % of extraction).
// Thread safety: one filter per tree builder.
#ifndef KLARTEXT_HTML_TREE_BUILDER_NESTING_FILTER_H_
#define KLARTEXT_HTML_TREE_BUILDER_NESTING_FILTER_H_

#include <cstddef>
#include <cstdint>

#include "html/tokenizer.h"
#include "html/tree/tag_id.h"

namespace klartext::html::tree {

class NestingFilter {
 public:
  // max_depth 0 admits every token.
  explicit NestingFilter(std::uint32_t max_depth) : max_depth_(max_depth) {}

  // False when the tag token (kind, tag, self-closing flag) must be
  // dropped; other tokens are always admitted.
  bool Admit(TokenKind kind, TagId tag, bool self_closing);

  // Tags dropped so far.
  std::size_t dropped() const { return dropped_; }

 private:
  std::uint32_t max_depth_;
  std::uint32_t depth_ = 0;
  std::size_t excess_open_ = 0;  // dropped start tags still waiting for an end tag
  std::size_t dropped_ = 0;
};

}  // namespace klartext::html::tree

#endif  // KLARTEXT_HTML_TREE_BUILDER_NESTING_FILTER_H_
