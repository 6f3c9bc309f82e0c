// Shared by the block-rule tests that run a whole page: the article body
// klartext extracts from some article HTML under a fixed headline.
#ifndef KLARTEXT_TESTS_EXTRACT_BODY_TEXT_UTIL_H_
#define KLARTEXT_TESTS_EXTRACT_BODY_TEXT_UTIL_H_

#include <string>

#include "klartext/extract.h"

namespace klartext::extract::testing {

// The text of the article made of `article_html` inside an <article> under
// the headline "Bus line extended"; "" if Extract fails.
inline std::string BodyText(const std::string& article_html) {
  const std::string page = "<html><head><title>Bus line</title></head><body><article><h1>Bus line extended</h1>" +
                           article_html + "</article></body></html>";
  Result<Article> a = Extract(page, {.input_format = InputFormat::kHtml});
  return a.ok() ? a->Text() : std::string();
}

}  // namespace klartext::extract::testing

#endif  // KLARTEXT_TESTS_EXTRACT_BODY_TEXT_UTIL_H_
