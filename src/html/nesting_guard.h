// html/nesting_guard.h: keeps hostile nesting away from the parser.
//
// A page of 100 000 nested <div>s (or unclosed <b>s) is legal HTML, and
// tree builders spend time quadratic in the nesting on it: each start tag
// scans the stack of open elements (Gumbo takes about a minute on 100 000
// <div>s). No real page nests deeper than a few hundred elements, so before
// parsing, a linear scan counts the open elements; start tags beyond
// max_depth are dropped together with their end tags. Text is never
// dropped. The common case (no page nests that deep) costs one pass over
// the '<' characters and no copy.
//
// The count is deliberately simple: void elements (<br>, <img> …) and
// elements the parser closes implicitly when a sibling starts (<p>, <li>,
// <td>, <tr>, <option> …) are not counted, so only true nesting adds up.
// Thread safety: a pure function.
#ifndef KLARTEXT_HTML_NESTING_GUARD_H_
#define KLARTEXT_HTML_NESTING_GUARD_H_

#include <cstdint>
#include <string>
#include <string_view>

namespace klartext::html {

// Returns `html` unchanged when no element nests deeper than max_depth;
// otherwise fills `storage` with the page minus the excess tags and
// returns a view of it. `*dropped` receives the number of tags removed.
std::string_view CapNesting(std::string_view html, std::uint32_t max_depth, std::string& storage,
                            std::size_t* dropped);

}  // namespace klartext::html

#endif  // KLARTEXT_HTML_NESTING_GUARD_H_
