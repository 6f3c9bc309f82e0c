// bench/parsers/page_corpus.h: the dev pages, decompressed into memory once,
// so a benchmark times the parser and not zlib or the disk.
#ifndef KLARTEXT_BENCH_PARSERS_PAGE_CORPUS_H_
#define KLARTEXT_BENCH_PARSERS_PAGE_CORPUS_H_

#include <cstddef>
#include <string>
#include <vector>

namespace klartext::bench {

struct Page {
  std::string name;   // file name, for per-page reports
  std::string bytes;  // the page as captured (no charset conversion)
};

// Every *.gz file directly in `dir`, sorted by name. Unreadable files are
// skipped with a message on stderr.
std::vector<Page> LoadGzipPages(const std::string& dir);

std::size_t TotalBytes(const std::vector<Page>& pages);

}  // namespace klartext::bench

#endif  // KLARTEXT_BENCH_PARSERS_PAGE_CORPUS_H_
