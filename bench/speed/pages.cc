#include "pages.h"

#include <zlib.h>

#include <algorithm>
#include <cstdio>
#include <filesystem>

namespace klartext::speed {
namespace {

// Read granularity for gzread; any size works, this one keeps calls few.
constexpr unsigned kReadChunk = 1 << 16;

bool ReadGzip(const std::string& path, std::string* out) {
  gzFile f = gzopen(path.c_str(), "rb");
  if (f == nullptr) return false;
  std::string buf(kReadChunk, '\0');
  int n;
  while ((n = gzread(f, buf.data(), kReadChunk)) > 0) out->append(buf.data(), static_cast<std::size_t>(n));
  const bool ok = n == 0;
  gzclose(f);
  return ok;
}

}  // namespace

bool LoadGzipPages(const std::string& dir, const std::string& set, std::vector<Page>& pages) {
  std::vector<std::string> paths;
  std::error_code ec;
  for (const auto& entry : std::filesystem::directory_iterator(dir, ec)) {
    if (entry.path().extension() == ".gz") paths.push_back(entry.path().string());
  }
  if (ec) return false;
  std::sort(paths.begin(), paths.end());
  for (const std::string& path : paths) {
    Page page;
    page.name = set + "/" + std::filesystem::path(path).filename().string();
    if (!ReadGzip(path, &page.bytes)) {
      std::fprintf(stderr, "skipping unreadable %s\n", path.c_str());
      continue;
    }
    pages.push_back(std::move(page));
  }
  return true;
}

std::size_t TotalBytes(const std::vector<Page>& pages) {
  std::size_t n = 0;
  for (const Page& p : pages) n += p.bytes.size();
  return n;
}

}  // namespace klartext::speed
