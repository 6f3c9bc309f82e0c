#include "io/progress.h"

#include <cinttypes>

namespace klartext::io {
namespace {

// Redraw at most this often: smooth to the eye, negligible cost.
constexpr std::chrono::milliseconds kRedrawInterval{200};
constexpr double kBytesPerMB = 1e6;

std::string FormatDuration(double seconds) {
  if (seconds < 0) seconds = 0;
  auto total = static_cast<std::uint64_t>(seconds + 0.5);
  char buf[32];
  if (total >= 3600) {
    std::snprintf(buf, sizeof(buf), "%" PRIu64 ":%02" PRIu64 ":%02" PRIu64, total / 3600, total / 60 % 60, total % 60);
  } else {
    std::snprintf(buf, sizeof(buf), "%" PRIu64 ":%02" PRIu64, total / 60, total % 60);
  }
  return buf;
}

}  // namespace

std::string Summary(const BatchCounts& c) {
  double secs = c.seconds > 0 ? c.seconds : 1e-9;
  std::uint64_t records = c.ok + c.failed;
  char buf[256];
  std::snprintf(buf, sizeof(buf),
                "%" PRIu64 " ok, %" PRIu64 " skipped, %" PRIu64 " failed in %.1f s "
                "(%.1f MB, %.1f records/s, %.1f MB/s)",
                c.ok, c.skipped, c.failed, c.seconds, c.source_bytes / kBytesPerMB, records / secs,
                c.source_bytes / kBytesPerMB / secs);
  return buf;
}

Progress::Progress(std::FILE* err, bool enabled, std::uint64_t total_bytes)
    : err_(err), enabled_(enabled), total_bytes_(total_bytes), start_(std::chrono::steady_clock::now()),
      last_draw_(start_) {}

double Progress::Elapsed() const {
  return std::chrono::duration<double>(std::chrono::steady_clock::now() - start_).count();
}

void Progress::Update(std::uint64_t records, std::uint64_t source_bytes) {
  if (!enabled_) return;
  auto now = std::chrono::steady_clock::now();
  if (now - last_draw_ < kRedrawInterval) return;
  last_draw_ = now;
  double secs = std::chrono::duration<double>(now - start_).count();
  if (secs <= 0) return;
  char line[160];
  int n = std::snprintf(line, sizeof(line), "%" PRIu64 " records  %.1f MB  %.1f rec/s  %.1f MB/s", records,
                        source_bytes / kBytesPerMB, records / secs, source_bytes / kBytesPerMB / secs);
  std::string text(line, n > 0 ? static_cast<std::size_t>(n) : 0);
  if (total_bytes_ > 0 && source_bytes > 0 && source_bytes <= total_bytes_) {
    double rate = source_bytes / secs;
    text += "  ETA " + FormatDuration((total_bytes_ - source_bytes) / rate);
  }
  // \r and erase-to-end-of-line: the line shrinks cleanly.
  std::fprintf(err_, "\r%s\033[K", text.c_str());
  std::fflush(err_);
  drawn_ = true;
}

void Progress::Clear() {
  if (!drawn_) return;
  std::fprintf(err_, "\r\033[K");
  std::fflush(err_);
  drawn_ = false;
}

}  // namespace klartext::io
