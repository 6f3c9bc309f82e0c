// klartext-analyze-speed: how much `--analyze` adds to extraction.
//
//   klartext-analyze-speed DIR [N]
//
// Reads up to N (default all) gzipped HTML pages from DIR (e.g.
// shared/data/trafilatura-eval-dev/html), extracts each (klartext::Extract)
// and analyses the article (klartext::Analyze), timing the two separately
// on one thread, three rounds, keeping each page's fastest time. Prints the
// totals and the ratio (extract + analyze) / extract: the slow-down that
// `klartext extract --analyze` has over `klartext extract`.
#include <zlib.h>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <filesystem>
#include <string>
#include <vector>

#include "klartext/analyze.h"
#include "klartext/extract.h"

namespace {

// Timing rounds per page; the fastest is kept, to damp noise from other
// processes on a shared machine.
constexpr int kRounds = 3;

std::string ReadGzip(const std::string& path) {
  std::string out;
  gzFile f = gzopen(path.c_str(), "rb");
  if (f == nullptr) return out;
  char buf[1 << 15];
  int n;
  while ((n = gzread(f, buf, sizeof buf)) > 0) out.append(buf, static_cast<std::size_t>(n));
  gzclose(f);
  return out;
}

double Seconds(std::chrono::steady_clock::time_point a, std::chrono::steady_clock::time_point b) {
  return std::chrono::duration<double>(b - a).count();
}

}  // namespace

int main(int argc, char** argv) {
  if (argc < 2) {
    std::fprintf(stderr, "usage: %s DIR [N]\n", argv[0]);
    return 2;
  }
  std::vector<std::string> files;
  for (const auto& e : std::filesystem::directory_iterator(argv[1])) files.push_back(e.path().string());
  std::sort(files.begin(), files.end());
  if (argc > 2) files.resize(std::min(files.size(), static_cast<std::size_t>(std::stoul(argv[2]))));
  double extract_s = 0, analyze_s = 0;
  long pages = 0, statements = 0, entities = 0, text_bytes = 0;
  for (const std::string& file : files) {
    const std::string bytes = ReadGzip(file);
    if (bytes.empty()) continue;
    double best_extract = 1e9, best_analyze = 1e9;
    for (int round = 0; round < kRounds; ++round) {
      const auto t0 = std::chrono::steady_clock::now();
      klartext::Result<klartext::Article> article = klartext::Extract(bytes);
      const auto t1 = std::chrono::steady_clock::now();
      best_extract = std::min(best_extract, Seconds(t0, t1));
      if (!article.ok()) break;
      const klartext::Analysis a = klartext::Analyze(*article);
      best_analyze = std::min(best_analyze, Seconds(t1, std::chrono::steady_clock::now()));
      if (round == 0) {
        ++pages;
        statements += static_cast<long>(a.statements.size());
        entities += static_cast<long>(a.entities.size());
        text_bytes += static_cast<long>(a.text.size());
      }
    }
    if (best_analyze > 1e8) continue;
    extract_s += best_extract;
    analyze_s += best_analyze;
  }
  std::printf("pages %ld, article text %.2f MB, statements %ld, entities %ld\n", pages,
              static_cast<double>(text_bytes) / 1e6, statements, entities);
  std::printf("extract %.3f s (%.2f ms/page), analyze %.3f s (%.2f ms/page)\n", extract_s,
              pages ? 1e3 * extract_s / static_cast<double>(pages) : 0.0, analyze_s,
              pages ? 1e3 * analyze_s / static_cast<double>(pages) : 0.0);
  std::printf("extract --analyze takes %.2fx the time of extract\n",
              extract_s > 0 ? (extract_s + analyze_s) / extract_s : 0.0);
  return 0;
}
