// klartext/extract.h: from the bytes of a captured page to an Article.
//
//   klartext::Result<klartext::Article> article =
//       klartext::Extract(bytes, {.url = "https://example.org/news/1"});
//   if (!article.ok()) { std::cerr << article.status().ToString(); }
//
// The flow is: decode (charset → UTF-8) → parse (HTML DOM, or the lines of a
// text capture) → blocks → classify (main content, boilerplate, roles) →
// Article. See doc/pipeline.md.
//
// Extract never throws and never crashes on any input: empty, binary,
// truncated, mis-encoded or deeply nested bytes give an Article or a Status.
// Thread safety: Extract may be called from many threads at once.
#ifndef KLARTEXT_EXTRACT_H_
#define KLARTEXT_EXTRACT_H_

#include <string_view>

#include "klartext/article.h"
#include "klartext/options.h"
#include "klartext/status.h"

namespace klartext {

// Extracts the article from one page.
// Errors: kTooLarge (beyond options.max_input_bytes), kUnsupported (binary
// data), kNoContent (nothing readable). Everything else yields an Article.
Result<Article> Extract(std::string_view bytes, const ExtractOptions& options = {});

// True if the bytes look like HTML markup rather than a text capture: what
// InputFormat::kAuto decides with.
bool LooksLikeHtml(std::string_view bytes);

}  // namespace klartext

#endif  // KLARTEXT_EXTRACT_H_
