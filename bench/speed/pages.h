// bench/speed/pages.h: the dev pages, decompressed into memory once, so the
// benchmark times klartext and not zlib or the disk.
#ifndef KLARTEXT_BENCH_SPEED_PAGES_H_
#define KLARTEXT_BENCH_SPEED_PAGES_H_

#include <cstddef>
#include <string>
#include <vector>

namespace klartext::speed {

struct Page {
  std::string name;   // "<set dir>/<file name>", for reports and references
  std::string bytes;  // the page as captured (no charset conversion)
};

// Appends every *.gz file directly in `dir` to `pages`, sorted by name, with
// names prefixed by `set`. Returns false when the folder cannot be read;
// unreadable files are skipped with a message on stderr.
bool LoadGzipPages(const std::string& dir, const std::string& set, std::vector<Page>& pages);

std::size_t TotalBytes(const std::vector<Page>& pages);

}  // namespace klartext::speed

#endif  // KLARTEXT_BENCH_SPEED_PAGES_H_
