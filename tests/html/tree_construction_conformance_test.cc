// The html5lib tree-construction tests (shared/data/html5lib-tests/
// tree-construction/*.dat) run against klartext's own tree builder (not
// yet the production parser). Prints the pass rate per file and overall;
// fails when it drops below kRequiredPassRate. Tests marked #script-on run
// with scripting enabled, all others with it disabled (as klartext parses).
// Set KLARTEXT_TREE_TEST_VERBOSE=N to print the first N failures.
#include <gtest/gtest.h>

#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>
#include <vector>

#include "html/tree/tree.h"
#include "html/tree_builder/tree_builder.h"

namespace klartext::html {
namespace {

// The floor reached when this test was written; raise it as conformance
// improves, never lower it to make a change pass.
// 1788 of 1792 on 2026-11-24; the 4 failures need <selectedcontent> to
// mirror the selected <option>, DOM behaviour klartext does not want (it
// would duplicate text).
constexpr double kRequiredPassRate = 0.997;

struct TreeTest {
  std::string data;
  std::string fragment_context;  // empty: a whole document
  bool has_fragment = false;
  bool scripting = false;
  std::string expected;
};

std::vector<TreeTest> ReadDat(const std::filesystem::path& path) {
  std::ifstream in(path, std::ios::binary);
  std::vector<std::string> lines;
  for (std::string line; std::getline(in, line);) lines.push_back(line);
  std::vector<TreeTest> tests;
  std::string section;
  TreeTest current;
  bool open = false;
  auto finish = [&] {
    if (!open) return;
    // The document section ends with the blank line between tests.
    while (current.expected.size() >= 2 && current.expected.compare(current.expected.size() - 2, 2, "\n\n") == 0) {
      current.expected.pop_back();
    }
    if (!current.data.empty() && current.data.back() == '\n') current.data.pop_back();
    tests.push_back(current);
    current = TreeTest{};
    open = false;
  };
  for (std::size_t i = 0; i < lines.size(); ++i) {
    const std::string& line = lines[i];
    if (line == "#data" && (i == 0 || lines[i - 1].empty() || section == "")) {
      finish();
      open = true;
      section = "#data";
      continue;
    }
    if (!open) continue;
    if (section != "#document" || line.rfind("#", 0) == 0) {
      if (line == "#errors" || line == "#new-errors" || line == "#document-fragment" || line == "#document") {
        section = line;
        if (line == "#document-fragment") current.has_fragment = true;
        continue;
      }
      if (line == "#script-on" || line == "#script-off") {
        current.scripting = line == "#script-on";
        continue;
      }
    }
    if (section == "#data") {
      current.data += line + "\n";
    } else if (section == "#document-fragment") {
      current.fragment_context = line;
    } else if (section == "#document") {
      current.expected += line + "\n";
    }
  }
  finish();
  return tests;
}

TEST(TreeConstructionConformance, Html5libTreeConstructionTests) {
  const std::filesystem::path dir =
      std::filesystem::path(KLARTEXT_SHARED_DATA) / "html5lib-tests/tree-construction";
  if (!std::filesystem::is_directory(dir)) {
    GTEST_SKIP() << "html5lib tree-construction tests not found at " << dir << " (shared data absent)";
  }
  std::vector<std::filesystem::path> files;
  for (const auto& e : std::filesystem::directory_iterator(dir)) {
    if (e.path().extension() == ".dat") files.push_back(e.path());
  }
  std::sort(files.begin(), files.end());
  ASSERT_FALSE(files.empty());
  const char* verbose_env = std::getenv("KLARTEXT_TREE_TEST_VERBOSE");
  int verbose = verbose_env != nullptr ? std::atoi(verbose_env) : 0;

  std::size_t passed = 0, total = 0, fragment_passed = 0, fragment_total = 0;
  for (const auto& file : files) {
    std::size_t file_passed = 0, file_total = 0;
    for (const TreeTest& test : ReadDat(file)) {
      TreeBuilderOptions options;
      options.scripting = test.scripting;
      std::string actual;
      if (test.has_fragment) {
        const tree::Tree t = BuildFragmentTree(test.data, test.fragment_context, options);
        actual = tree::DumpForTests(t, 1);
      } else {
        const tree::Tree t = BuildTree(test.data, options);
        actual = tree::DumpForTests(t);
      }
      const bool ok = actual == test.expected;
      ++total;
      ++file_total;
      passed += ok;
      file_passed += ok;
      if (test.has_fragment) {
        ++fragment_total;
        fragment_passed += ok;
      }
      if (!ok && verbose > 0) {
        --verbose;
        std::printf("FAIL %s%s%s\n--- input:\n%s\n--- expected:\n%s--- actual:\n%s\n", file.filename().c_str(),
                    test.has_fragment ? " fragment " : "", test.fragment_context.c_str(), test.data.c_str(),
                    test.expected.c_str(), actual.c_str());
      }
    }
    std::printf("%-44s %4zu / %4zu\n", file.filename().c_str(), file_passed, file_total);
  }
  const double rate = static_cast<double>(passed) / static_cast<double>(total);
  std::printf("html5lib tree-construction tests: %zu / %zu passed (%.2f%%); fragments %zu / %zu\n", passed, total,
              100.0 * rate, fragment_passed, fragment_total);
  EXPECT_GE(rate, kRequiredPassRate);
}

}  // namespace
}  // namespace klartext::html
