// klartext-bench: how fast klartext is, per core, on the dev pages.
//
//   build/klartext-bench [--reps N] [--stage decode|parse|blocks|extract|all]
//                        [--data DIR] [--save FILE] [--check FILE] [--every K]
//
// Loads every page of trafilatura-eval-dev/html and scrapinghub-dev/html into
// memory, runs each stage once untimed to hash its outputs (and compare them
// with a reference saved earlier, --check), then times N passes of each stage
// on this one thread. Prints the machine, compiler, build type and commit
// first, as LevelDB's db_bench does, and warns when the build is not an
// optimised one. doc/performance.md has the figures and how to read them.
#include <time.h>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <fstream>
#include <map>
#include <string>
#include <vector>

#include "pages.h"
#include "stages.h"

namespace klartext::speed {
namespace {

struct Args {
  std::string data = KLARTEXT_SHARED_DATA;
  int reps = 5;
  std::string stage = "all";
  std::string save;
  std::string check;
  int every = 1;  // --every K: only every K-th page (for valgrind runs)
};

void Usage() {
  std::fprintf(stderr,
               "usage: klartext-bench [--reps N] [--stage decode|parse|blocks|extract|all]\n"
               "                      [--data DIR] [--save FILE] [--check FILE] [--every K]\n");
}

bool ParseArgs(int argc, char** argv, Args& args) {
  for (int i = 1; i < argc; ++i) {
    const std::string a = argv[i];
    const bool has_value = i + 1 < argc;
    if (a == "--reps" && has_value) {
      args.reps = std::atoi(argv[++i]);
    } else if (a == "--stage" && has_value) {
      args.stage = argv[++i];
    } else if (a == "--data" && has_value) {
      args.data = argv[++i];
    } else if (a == "--save" && has_value) {
      args.save = argv[++i];
    } else if (a == "--check" && has_value) {
      args.check = argv[++i];
    } else if (a == "--every" && has_value) {
      args.every = std::atoi(argv[++i]);
    } else {
      return false;
    }
  }
  return args.reps > 0 && args.every > 0;
}

bool StageSelected(Stage stage, const std::string& which) {
  if (which == "all") return true;
  switch (stage) {
    case Stage::kDecode: return which == "decode";
    case Stage::kParse: return which == "parse";
    case Stage::kBlocks: return which == "blocks";
    case Stage::kExtract: return which == "extract";
  }
  return false;
}

// The first line of a command's output, or "?".
std::string CommandLine(const std::string& command) {
  std::string out = "?";
  if (FILE* p = popen(command.c_str(), "r")) {
    char buf[256];
    if (std::fgets(buf, sizeof buf, p) != nullptr) {
      out = buf;
      while (!out.empty() && (out.back() == '\n' || out.back() == '\r')) out.pop_back();
    }
    pclose(p);
  }
  return out;
}

std::string CpuModel() {
  std::ifstream in("/proc/cpuinfo");
  std::string line;
  int cpus = 0;
  std::string model = "?";
  while (std::getline(in, line)) {
    if (line.rfind("model name", 0) == 0) {
      ++cpus;
      model = line.substr(line.find(':') + 2);
    }
  }
  return model + " (" + std::to_string(cpus) + " logical CPUs)";
}

void PrintEnvironment(const Args& args) {
  std::printf("klartext-bench\n");
  std::printf("CPU:        %s\n", CpuModel().c_str());
  std::printf("Load avg:   %s\n", CommandLine("cut -d' ' -f1-3 /proc/loadavg").c_str());
#if defined(__clang__)
  std::printf("Compiler:   clang %s\n", __VERSION__);
#else
  std::printf("Compiler:   g++ %s\n", __VERSION__);
#endif
  std::printf("Build type: %s\n", KLARTEXT_BUILD_TYPE);
  std::printf("Commit:     %s\n",
              CommandLine("git -C '" KLARTEXT_SOURCE_DIR "' rev-parse --short HEAD 2>/dev/null").c_str());
  std::printf("Data:       %s\n", args.data.c_str());
  bool slow = std::strcmp(KLARTEXT_BUILD_TYPE, "Release") != 0;
#ifndef NDEBUG
  slow = true;
  std::printf("WARNING: assertions are enabled (no NDEBUG); benchmarks are unnecessarily slow\n");
#endif
#if defined(__SANITIZE_ADDRESS__)
  slow = true;
  std::printf("WARNING: built with AddressSanitizer; figures mean nothing\n");
#endif
  if (slow) std::printf("WARNING: not a Release build; configure with -DCMAKE_BUILD_TYPE=Release\n");
}

double ThreadCpuSeconds() {
  timespec ts{};
  clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
  return double(ts.tv_sec) + double(ts.tv_nsec) * 1e-9;
}

using Digests = std::map<std::string, std::uint64_t>;  // "stage page" -> hash

std::string DigestKey(Stage stage, const Page& page) {
  return std::to_string(static_cast<int>(stage)) + " " + page.name;
}

bool ReadDigests(const std::string& path, Digests& out) {
  std::ifstream in(path);
  if (!in) return false;
  // One "KEY<TAB>HEX" line per output; page names may contain spaces.
  std::string line;
  while (std::getline(in, line)) {
    const std::size_t tab = line.rfind('\t');
    if (tab == std::string::npos) continue;
    out[line.substr(0, tab)] = std::strtoull(line.c_str() + tab + 1, nullptr, 16);
  }
  return true;
}

bool WriteDigests(const std::string& path, const Digests& digests) {
  std::ofstream out(path);
  for (const auto& [key, h] : digests) {
    char hex[17];
    std::snprintf(hex, sizeof hex, "%016llx", static_cast<unsigned long long>(h));
    out << key << '\t' << hex << '\n';
  }
  return bool(out);
}

double Median(std::vector<double> v) {
  std::sort(v.begin(), v.end());
  return v[v.size() / 2];
}

int Run(const Args& args) {
  PrintEnvironment(args);
  std::vector<Page> pages;
  for (const char* set : {"trafilatura-eval-dev", "scrapinghub-dev"}) {
    if (!LoadGzipPages(args.data + "/" + set + "/html", set, pages)) {
      std::fprintf(stderr, "cannot read %s/%s/html\n", args.data.c_str(), set);
      return 2;
    }
  }
  if (args.every > 1) {
    std::vector<Page> sample;
    for (std::size_t i = 0; i < pages.size(); i += static_cast<std::size_t>(args.every)) {
      sample.push_back(std::move(pages[i]));
    }
    pages = std::move(sample);
  }
  if (pages.empty()) {
    std::fprintf(stderr, "no pages found under %s\n", args.data.c_str());
    return 2;
  }
  const double mb = double(TotalBytes(pages)) / 1e6;
  std::printf("Pages:      %zu, %.1f MB (10^6 bytes) as captured, in memory\n", pages.size(), mb);

  // Untimed: hash every stage's output (this also warms caches and the allocator).
  Digests reference;
  if (!args.check.empty() && !ReadDigests(args.check, reference)) {
    std::fprintf(stderr, "cannot read reference %s\n", args.check.c_str());
    return 2;
  }
  Digests digests;
  std::size_t mismatches = 0;
  for (Stage stage : kStages) {
    if (!StageSelected(stage, args.stage)) continue;
    for (const Page& page : pages) {
      const std::string key = DigestKey(stage, page);
      const std::uint64_t h = RunStage(stage, page.bytes, /*digest=*/true);
      digests[key] = h;
      auto it = reference.find(key);
      if (!args.check.empty() && (it == reference.end() || it->second != h)) {
        if (++mismatches <= 10) std::printf("OUTPUT CHANGED: %s %s\n", StageName(stage), page.name.c_str());
      }
    }
  }
  if (!args.check.empty()) {
    std::printf("Check:      %zu of %zu outputs differ from %s\n", mismatches, digests.size(), args.check.c_str());
  }
  if (!args.save.empty() && !WriteDigests(args.save, digests)) {
    std::fprintf(stderr, "cannot write %s\n", args.save.c_str());
    return 2;
  }

  std::printf("\nOne thread, %d timed passes per stage after one untimed pass.\n", args.reps);
  std::printf("%-22s %10s %10s %10s %10s %10s\n", "stage", "MB/s best", "MB/s med", "MB/s cpu", "pages/s",
              "ms/pass");
  for (Stage stage : kStages) {
    if (!StageSelected(stage, args.stage)) continue;
    std::vector<double> wall, cpu;
    std::uint64_t sink = 0;
    for (int r = 0; r < args.reps; ++r) {
      const double c0 = ThreadCpuSeconds();
      const auto t0 = std::chrono::steady_clock::now();
      for (const Page& page : pages) sink += RunStage(stage, page.bytes, /*digest=*/false);
      wall.push_back(std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count());
      cpu.push_back(ThreadCpuSeconds() - c0);
    }
    const double best = *std::min_element(wall.begin(), wall.end());
    const double best_cpu = *std::min_element(cpu.begin(), cpu.end());
    std::printf("%-22s %10.1f %10.1f %10.1f %10.0f %10.1f%s\n", StageName(stage), mb / best, mb / Median(wall),
                mb / best_cpu, double(pages.size()) / best, best * 1e3, sink == 0 ? " (no output?)" : "");
  }
  std::printf("\nMB/s best and pages/s: the fastest pass by wall clock; MB/s med: the median pass;\n"
              "MB/s cpu: the pass using least CPU time of this thread (less sensitive to other load).\n");
  return mismatches == 0 ? 0 : 1;
}

}  // namespace
}  // namespace klartext::speed

int main(int argc, char** argv) {
  klartext::speed::Args args;
  if (!klartext::speed::ParseArgs(argc, argv, args)) {
    klartext::speed::Usage();
    return 1;
  }
  return klartext::speed::Run(args);
}
