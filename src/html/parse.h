// html/parse.h: HTML (UTF-8) to a klartext Document.
//
// The parser behind this interface is an implementation detail: rules only
// ever see html::Document. It is klartext's own HTML5 tokenizer and tree
// builder (html/tree_builder/), which replaced Gumbo for speed with the same
// extraction scores; doc/parser-choice.md and doc/performance.md have the
// measurements.
// Thread safety: ParseHtml may run on many threads at once.
#ifndef KLARTEXT_HTML_PARSE_H_
#define KLARTEXT_HTML_PARSE_H_

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>

#include "html/dom.h"
#include "klartext/status.h"

namespace klartext::html {

struct ParseLimits {
  std::uint32_t max_depth = 256;         // deeper elements are attached at this depth
  std::size_t max_nodes = std::size_t{4} << 20;  // nodes beyond this are dropped
};

// Parses a UTF-8 HTML document. Never fails on malformed markup (HTML has
// no malformed input); fails only when the parser itself cannot allocate.
// The Document keeps the text (its strings point into it), so pass it with
// std::move when the caller is done with it; otherwise it is copied.
Result<Document> ParseHtml(std::string utf8, const ParseLimits& limits = {});
// The same without taking the text: the Document's strings point into
// `utf8`, which must outlive it. For callers that hold the page anyway and
// drop the Document before it (Extract), so the page is not copied.
Result<Document> ParseHtmlBorrowed(std::string_view utf8, const ParseLimits& limits = {});

}  // namespace klartext::html

#endif  // KLARTEXT_HTML_PARSE_H_
