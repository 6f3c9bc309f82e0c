// bench/eval/render_text.h: the text a browser shows for a page, for the
// text-capture mode (--mode text).
//
// Pages are rendered with Debian's w3m, as a reader would copy them:
//   w3m -dump -T text/html -cols 100 -O UTF-8 page.html
// Rendering is slow next to extraction, so each render is kept in a cache
// directory and reused. The cache key is the set and page name; delete the
// directory after changing kW3mArguments.
// Thread safety: different pages may be rendered at once.
#ifndef KLARTEXT_BENCH_EVAL_RENDER_TEXT_H_
#define KLARTEXT_BENCH_EVAL_RENDER_TEXT_H_

#include <string>
#include <string_view>

#include "klartext/status.h"

namespace klartext::eval {

// Renders html (bytes of one page) to text, or returns the cached render in
// cache_dir/<set_name>/<page_name>.txt. Errors: kIoError (cache not
// writable, w3m missing or failing).
Result<std::string> RenderedText(std::string_view html, const std::string& cache_dir,
                                 std::string_view set_name, std::string_view page_name);

}  // namespace klartext::eval

#endif  // KLARTEXT_BENCH_EVAL_RENDER_TEXT_H_
