// `klartext ingest` killed with SIGKILL mid-way loses nothing committed,
// leaves a consistent file, and the next run completes without duplicates.
// Also: a corrupt or locked corpus gives a clear error and exit code.
#include <gtest/gtest.h>
#include <signal.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>

#include <chrono>
#include <filesystem>
#include <fstream>
#include <random>
#include <string>
#include <thread>
#include <vector>

#include "klartext/corpus.h"
#include "store/corpus_fixtures.h"

namespace klartext {
namespace {

namespace fs = std::filesystem;

// Enough pages that ingest is still running when the first batch is
// committed (it commits every 200 pages or 2 s), on any machine we run on.
constexpr int kPages = 3000;

std::string Binary() { return std::string(KLARTEXT_BINARY_DIR) + "/klartext"; }

// Starts klartext with `args`, stdout and stderr to `log`.
pid_t Start(const std::vector<std::string>& args, const std::string& log) {
  std::vector<std::string> store = {Binary()};
  store.insert(store.end(), args.begin(), args.end());
  std::vector<char*> argv;
  for (auto& a : store) argv.push_back(a.data());
  argv.push_back(nullptr);
  const pid_t pid = fork();
  if (pid == 0) {
    FILE* out = std::fopen(log.c_str(), "w");
    if (out != nullptr) {
      dup2(fileno(out), 1);
      dup2(fileno(out), 2);
    }
    execv(argv[0], argv.data());
    _exit(127);
  }
  return pid;
}

int Wait(pid_t pid) {
  int status = 0;
  waitpid(pid, &status, 0);
  return WIFEXITED(status) ? WEXITSTATUS(status) : -WTERMSIG(status);
}

std::string ReadFile(const std::string& path) {
  std::ifstream in(path);
  return std::string(std::istreambuf_iterator<char>(in), {});
}

// kPages distinct news pages: random words, so no two are near-duplicates.
class Pages {
 public:
  Pages() : dir_(::testing::TempDir() + "klartext-crash-pages-" + std::to_string(::getpid())) {
    fs::create_directories(dir_);
    static const char* kWords[] = {"Regierung", "Haushalt", "Sitzung", "Minister", "Bericht", "Stadt", "Gericht",
                                   "Wahl", "Partei", "Schule", "Polizei", "Verkehr", "Energie", "Preise",
                                   "Kommune", "Gesetz", "Klinik", "Bahn", "Hafen", "Steuer", "Forschung"};
    std::mt19937 rng(42);
    for (int i = 0; i < kPages; ++i) {
      std::string body;
      for (int p = 0; p < 4; ++p) {
        body += "<p>";
        for (int w = 0; w < 40; ++w) {
          body += kWords[rng() % (sizeof kWords / sizeof *kWords)];
          body += w % 9 == 8 ? ". " : " ";
        }
        body += "„Das ist ein Test“, sagte Sprecherin Anna Beispiel.</p>\n";
      }
      std::ofstream(dir_ + "/page" + std::to_string(100000 + i) + ".html")
          << "<html><head><title>Nachricht " << i << "</title><link rel=canonical href=\"https://test.example/n/" << i
          << "\"></head><body><article><h1>Nachricht " << i << "</h1>" << body << "</article></body></html>\n";
    }
  }
  ~Pages() { fs::remove_all(dir_); }
  const std::string& dir() const { return dir_; }

 private:
  std::string dir_;
};

std::int64_t Articles(const std::string& db) {
  auto c = Corpus::Open(db, {.read_only = true, .busy_timeout_ms = 100});
  if (!c.ok()) return -1;
  auto stats = (*c)->Stats();
  return stats.ok() ? stats->articles : -1;
}

TEST(IngestCrash, KillNineLosesNothingCommittedAndResumes) {
  Pages pages;
  testing::TempCorpusPath db("crash");
  const std::string log = ::testing::TempDir() + "klartext-crash.log";
  const pid_t pid = Start({"ingest", "-q", "-j", "2", db.path(), pages.dir()}, log);
  // Wait for the first committed batch, then kill without warning.
  std::int64_t seen = 0;
  const auto deadline = std::chrono::steady_clock::now() + std::chrono::seconds(120);
  while (std::chrono::steady_clock::now() < deadline) {
    struct stat st;
    if (::stat(db.path().c_str(), &st) == 0 && (seen = Articles(db.path())) > 0) break;
    std::this_thread::sleep_for(std::chrono::milliseconds(20));
  }
  ASSERT_GT(seen, 0) << "ingest committed nothing within 2 minutes: " << ReadFile(log);
  ASSERT_EQ(::kill(pid, SIGKILL), 0);
  EXPECT_EQ(Wait(pid), -SIGKILL) << "ingest finished before the kill; raise kPages";

  {
    auto c = Corpus::Open(db.path());
    ASSERT_TRUE(c.ok()) << c.status().ToString();
    EXPECT_TRUE((*c)->CheckIntegrity().ok());
    const std::int64_t after_kill = (*c)->Stats()->articles;
    EXPECT_GE(after_kill, seen) << "a committed batch was lost";
    EXPECT_LT(after_kill, kPages);
  }
  // The next run stores the rest; a third changes nothing.
  for (int run = 0; run < 2; ++run) {
    const pid_t again = Start({"ingest", "-q", "-j", "2", db.path(), pages.dir()}, log);
    ASSERT_EQ(Wait(again), 0) << ReadFile(log);
    EXPECT_EQ(Articles(db.path()), kPages) << "run " << run;
  }
  auto c = Corpus::Open(db.path(), {.read_only = true});
  ASSERT_TRUE(c.ok());
  EXPECT_TRUE((*c)->CheckIntegrity().ok());
  auto speaker = (*c)->SearchStatements({.speaker = "Anna Beispiel", .limit = 100000});
  ASSERT_TRUE(speaker.ok());
  EXPECT_EQ(speaker->size(), static_cast<std::size_t>(kPages) * 4);
}

TEST(IngestCrash, CorruptCorpusIsAClearError) {
  testing::TempCorpusPath db("corrupt-cli");
  std::ofstream(db.path(), std::ios::binary) << std::string(8192, '\x5a');
  const std::string page = ::testing::TempDir() + "klartext-crash-one.html";
  std::ofstream(page) << "<html><body><article><p>Ein Absatz mit genug Text für einen Artikel.</p></article></body></html>";
  const std::string log = ::testing::TempDir() + "klartext-corrupt.log";
  EXPECT_EQ(Wait(Start({"ingest", db.path(), page}, log)), 7);  // kExitCorrupt
  EXPECT_NE(ReadFile(log).find("not a database"), std::string::npos) << ReadFile(log);
  EXPECT_EQ(Wait(Start({"search", db.path(), "Absatz"}, log)), 7);
  std::remove(page.c_str());
}

TEST(IngestCrash, LockedCorpusIsAClearError) {
  testing::TempCorpusPath db("locked-cli");
  auto holder = Corpus::Open(db.path());
  ASSERT_TRUE(holder.ok());
  ASSERT_TRUE((*holder)->Begin().ok());
  const std::string page = ::testing::TempDir() + "klartext-crash-two.html";
  std::ofstream(page) << "<html><body><article><p>Ein Absatz mit genug Text für einen Artikel.</p></article></body></html>";
  const std::string log = ::testing::TempDir() + "klartext-locked.log";
  EXPECT_EQ(Wait(Start({"ingest", "-q", db.path(), page}, log)), 3);  // kExitIoError, after the busy timeout
  EXPECT_NE(ReadFile(log).find("locked"), std::string::npos) << ReadFile(log);
  ASSERT_TRUE((*holder)->Rollback().ok());
  std::remove(page.c_str());
}

}  // namespace
}  // namespace klartext
