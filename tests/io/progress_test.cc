#include "io/progress.h"

#include <gtest/gtest.h>

#include <chrono>
#include <string>
#include <thread>

namespace klartext::io {
namespace {

std::string Slurp(std::FILE* f) {
  std::fflush(f);
  std::rewind(f);
  std::string s;
  char buf[1024];
  std::size_t n;
  while ((n = std::fread(buf, 1, sizeof(buf), f)) > 0) s.append(buf, n);
  return s;
}

TEST(Progress, SummaryNamesCountsAndRates) {
  BatchCounts c;
  c.ok = 90;
  c.skipped = 5;
  c.failed = 10;
  c.source_bytes = 50'000'000;
  c.seconds = 10;
  EXPECT_EQ(Summary(c), "90 ok, 5 skipped, 10 failed in 10.0 s (50.0 MB, 10.0 records/s, 5.0 MB/s)");
}

TEST(Progress, SilentWhenDisabled) {
  std::FILE* f = std::tmpfile();
  {
    Progress p(f, false, 1000);
    std::this_thread::sleep_for(std::chrono::milliseconds(250));
    p.Update(10, 500);
    p.Clear();
  }
  EXPECT_EQ(Slurp(f), "");
  std::fclose(f);
}

TEST(Progress, LineWithEtaWhenTotalKnown) {
  std::FILE* f = std::tmpfile();
  Progress p(f, true, 2'000'000);
  std::this_thread::sleep_for(std::chrono::milliseconds(250));  // past the redraw interval
  p.Update(7, 1'000'000);
  std::string line = Slurp(f);
  EXPECT_EQ(line.rfind("\r7 records  1.0 MB  ", 0), 0u) << line;
  EXPECT_NE(line.find("ETA 0:0"), std::string::npos) << line;
  std::fclose(f);
}

TEST(Progress, NoEtaWithoutTotal) {
  std::FILE* f = std::tmpfile();
  Progress p(f, true, 0);
  std::this_thread::sleep_for(std::chrono::milliseconds(250));
  p.Update(3, 100);
  std::string line = Slurp(f);
  EXPECT_NE(line.find("3 records"), std::string::npos);
  EXPECT_EQ(line.find("ETA"), std::string::npos);
  std::fclose(f);
}

}  // namespace
}  // namespace klartext::io
