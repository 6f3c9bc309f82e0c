// bench/parsers/compare_own.h: how often the own parser's Document agrees
// with today's ParseHtml (Gumbo) on the dev pages.
#ifndef KLARTEXT_BENCH_PARSERS_COMPARE_OWN_H_
#define KLARTEXT_BENCH_PARSERS_COMPARE_OWN_H_

#include <vector>

#include "page_corpus.h"

namespace klartext::bench {

// Pages are first decoded to UTF-8 (decode/decode.h), as in production.
// Prints, over all pages: identical element sequences (names in document
// order), identical visible text (InnerText of the document, whitespace
// runs collapsed), and the pages that differ in text. Returns 0.
int CompareOwnWithGumbo(const std::vector<Page>& pages);

}  // namespace klartext::bench

#endif  // KLARTEXT_BENCH_PARSERS_COMPARE_OWN_H_
