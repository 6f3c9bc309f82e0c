// Runs the html5lib encoding-sniffing tests (shared/data/html5lib-tests/
// encoding/*.dat) against the BOM sniff, the <meta> prescan and label
// resolution. Each test is "#data" (the document's bytes) and "#encoding"
// (what a browser with windows-1252 as its default must pick). The
// scripted/ tests need document.write and are not run.
#include <gtest/gtest.h>

#include <cstdio>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>
#include <vector>

#include "decode/labels.h"
#include "decode/prescan.h"
#include "decode/sniff.h"

namespace klartext::decode {
namespace {

namespace fs = std::filesystem;

struct EncodingCase {
  std::string file;
  std::string data;
  std::string expected;  // label as written in the file
};

// Splits a .dat file into cases. The data runs from the line after "#data"
// to the newline before "#encoding"; the encoding is the next line.
std::vector<EncodingCase> ReadCases(const fs::path& path) {
  std::ifstream in(path, std::ios::binary);
  std::stringstream ss;
  ss << in.rdbuf();
  const std::string text = ss.str();
  std::vector<EncodingCase> cases;
  std::size_t pos = 0;
  while ((pos = text.find("#data\n", pos)) != std::string::npos) {
    const std::size_t data_begin = pos + 6;
    const std::size_t enc = text.find("\n#encoding\n", data_begin - 1);
    if (enc == std::string::npos) break;
    const std::size_t label_begin = enc + 11;
    std::size_t label_end = text.find('\n', label_begin);
    if (label_end == std::string::npos) label_end = text.size();
    cases.push_back({path.filename().string(),
                     enc >= data_begin ? text.substr(data_begin, enc - data_begin) : std::string(),
                     text.substr(label_begin, label_end - label_begin)});
    pos = label_end;
  }
  return cases;
}

// What klartext's sniffer picks for an HTML document with no Content-Type,
// with the tests' default (windows-1252) where nothing is declared.
Encoding Sniff(std::string_view bytes, bool late_meta) {
  if (auto bom = SniffBom(bytes)) return bom->encoding;
  if (auto e = PrescanForEncoding(bytes.substr(0, kPrescanBytes))) return *e;
  if (late_meta) {
    if (auto e = ScanHeadForLateMeta(bytes)) return *e;
  }
  return Encoding::kWindows1252;
}

// Measured 2026-11-24 on the 82 tests of tests1.dat, tests2.dat and
// test-yahoo-jp.dat: 82 with the late head <meta>, 75 without (the seven
// misses put the <meta> after a comment longer than 1024 bytes).
constexpr int kFullFloor = 82;
constexpr int kWindowFloor = 75;

TEST(Html5libEncoding, PassRate) {
  const fs::path dir = fs::path(KLARTEXT_SHARED_DATA) / "html5lib-tests" / "encoding";
  if (!fs::is_directory(dir)) GTEST_SKIP() << "html5lib encoding tests not found at " << dir;
  std::vector<EncodingCase> cases;
  for (const auto& entry : fs::directory_iterator(dir)) {
    if (entry.is_regular_file() && entry.path().extension() == ".dat") {
      auto more = ReadCases(entry.path());
      cases.insert(cases.end(), more.begin(), more.end());
    }
  }
  ASSERT_GT(cases.size(), 50u) << "fewer tests than expected: the .dat format may have changed";

  int pass_window = 0;  // the prescan of the first 1024 bytes only
  int pass_full = 0;    // plus the late <meta> in the head
  for (const auto& c : cases) {
    auto expected = EncodingForLabel(c.expected);
    ASSERT_TRUE(expected.has_value()) << c.file << ": unknown expected label " << c.expected;
    if (Sniff(c.data, false) == *expected) ++pass_window;
    if (Sniff(c.data, true) == *expected) {
      ++pass_full;
    } else {
      std::printf("  FAIL %s: expected %s, got %s: %.60s\n", c.file.c_str(), c.expected.c_str(),
                  std::string(EncodingName(Sniff(c.data, true))).c_str(), c.data.c_str());
    }
  }
  const double n = static_cast<double>(cases.size());
  std::printf("html5lib encoding: %d/%zu (%.1f%%) with prescan + late head meta; "
              "%d/%zu (%.1f%%) with the 1024-byte prescan alone\n",
              pass_full, cases.size(), 100.0 * pass_full / n, pass_window, cases.size(),
              100.0 * pass_window / n);
  EXPECT_GE(pass_full, kFullFloor);
  EXPECT_GE(pass_window, kWindowFloor);
}

}  // namespace
}  // namespace klartext::decode
