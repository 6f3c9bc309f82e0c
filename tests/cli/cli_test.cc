// End-to-end tests of the klartext command: exit codes, stderr messages,
// JSON Lines output, and bad inputs that must neither crash nor hang.
#include <sys/stat.h>

#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

#include <sstream>

#include "cli/run_cli.h"
#include "io/warc_fixtures.h"

namespace klartext::cli {
namespace {

using io::testing::Gzip;
using io::testing::Page;
using io::testing::ReadFile;
using io::testing::ResponseRecord;
using io::testing::TempDir;
using io::testing::WarcRecordBytes;
using io::testing::WriteFile;
using testing::CliRun;
using testing::RunKlartext;

// The exit codes documented in doc/cli.md (tools/klartext/exit_codes.h).
constexpr int kOk = 0, kSomeFailed = 1, kUsage = 2, kIoError = 3, kUnsupported = 4, kTooLarge = 5,
              kNoContent = 6;

std::vector<nlohmann::json> Lines(const std::string& text) {
  std::vector<nlohmann::json> out;
  std::istringstream in(text);
  std::string line;
  while (std::getline(in, line)) out.push_back(nlohmann::json::parse(line));  // throws on invalid JSON/UTF-8
  return out;
}

std::string Describe(const CliRun& run) {
  return "exit " + std::to_string(run.exit_code) + " signal " + std::to_string(run.signal) +
         (run.timed_out ? " TIMED OUT" : "") + "\nstderr: " + run.err.substr(0, 2000);
}

// The bad inputs of the foundation issue. ctest runs each test in its own
// process, so each file is made on first use only (the 50 MB page is not
// written for tests that do not read it).
class BadInputs : public ::testing::Test {
 protected:
  static void SetUpTestSuite() { dir_ = new TempDir("cli-bad"); }
  static void TearDownTestSuite() {
    delete dir_;
    dir_ = nullptr;
  }
  static std::string Path(const std::string& name) {
    std::string path = *dir_ / name;
    if (!std::filesystem::exists(path) && name != "missing.html") WriteFile(path, Make(name));
    return path;
  }
  static std::string Make(const std::string& name) {
    if (name == "good1.html") return Page("Erste Meldung", "Der erste Artikel hat einen ganzen Satz Text.");
    if (name == "good2.html") return Page("Zweite Meldung", "Der zweite Artikel hat auch einen Satz Text.");
    if (name == "empty.html") return "";
    if (name == "random.bin") {
      std::string binary;
      std::uint32_t x = 12345;
      for (int i = 0; i < 100000; ++i) {
        x = x * 1103515245u + 12345u;
        binary += static_cast<char>(x >> 24);
      }
      return binary;
    }
    if (name == "truncated.html") {
      return "<html><head><title>Abgeschnitten</title></head><body><article>"
             "<p>Erster Absatz, der vollständig angekommen ist und etwas erzählt.</p>"
             "<p>Zweiter Absatz, der mitten im Satz abbricht <a hr";
    }
    if (name == "50mb.html") {
      std::string big = "<html><head><title>Riesig</title></head><body><article>";
      const std::string paragraph = "<p>Ein Absatz in einer sehr großen Seite, der sich oft wiederholt.</p>\n";
      while (big.size() < (std::size_t{50} << 20)) big += paragraph;
      return big + "</article></body></html>";
    }
    if (name == "nested.html") {
      std::string nested;
      for (int i = 0; i < 100000; ++i) nested += "<div>";
      nested += "tief verschachtelt";
      for (int i = 0; i < 100000; ++i) nested += "</div>";
      return nested;
    }
    if (name == "bad-utf8.html") {
      return "<html><head><meta charset=\"utf-8\"><title>Kaputt</title></head><body><article>"
             "<p>Dieser Text ist gut \xff\xfe\xc3 und dann wieder lesbar bis zum Ende.</p></article></body></html>";
    }
    if (name == "notext.html") return "<html><head></head><body><div><span></span></div></body></html>";
    ADD_FAILURE() << "no fixture " << name;
    return "";
  }

  static TempDir* dir_;
};
TempDir* BadInputs::dir_ = nullptr;

TEST_F(BadInputs, EmptyFile) {
  CliRun run = RunKlartext({"extract", Path("empty.html")});
  EXPECT_EQ(run.exit_code, kNoContent) << Describe(run);
  EXPECT_NE(run.err.find("empty.html: no content: empty input"), std::string::npos) << run.err;
}

TEST_F(BadInputs, RandomBinary) {
  CliRun run = RunKlartext({"extract", Path("random.bin")});
  EXPECT_EQ(run.exit_code, kUnsupported) << Describe(run);
  EXPECT_NE(run.err.find("random.bin: unsupported input"), std::string::npos) << run.err;
  auto lines = Lines(run.out);
  ASSERT_EQ(lines.size(), 1u);
  EXPECT_EQ(lines[0]["error_code"], "unsupported");
}

TEST_F(BadInputs, TruncatedPageKeepsWhatArrived) {
  CliRun run = RunKlartext({"extract", Path("truncated.html")});
  ASSERT_EQ(run.exit_code, kOk) << Describe(run);
  auto lines = Lines(run.out);
  ASSERT_EQ(lines.size(), 1u);
  EXPECT_NE(lines[0]["text"].get<std::string>().find("Erster Absatz"), std::string::npos);
}

TEST_F(BadInputs, FiftyMegabytePage) {
  CliRun run = RunKlartext({"extract", Path("50mb.html")});
  ASSERT_EQ(run.exit_code, kOk) << Describe(run);
  auto lines = Lines(run.out);
  ASSERT_EQ(lines.size(), 1u);
  EXPECT_EQ(lines[0]["title"], "Riesig");
  EXPECT_FALSE(lines[0]["text"].get<std::string>().empty());
}

TEST_F(BadInputs, PageAboveTheSizeLimitIsRefused) {
  CliRun run = RunKlartext({"extract", "--max-input-mb", "1", Path("50mb.html")});
  EXPECT_EQ(run.exit_code, kTooLarge) << Describe(run);
  EXPECT_NE(run.err.find("input too large"), std::string::npos) << run.err;
}

TEST_F(BadInputs, HundredThousandNestedDivs) {
  CliRun run = RunKlartext({"extract", Path("nested.html")});
  ASSERT_EQ(run.exit_code, kOk) << Describe(run);
  auto lines = Lines(run.out);
  ASSERT_EQ(lines.size(), 1u);
  EXPECT_NE(lines[0]["text"].get<std::string>().find("tief verschachtelt"), std::string::npos);
}

TEST_F(BadInputs, InvalidUtf8GivesValidJson) {
  CliRun run = RunKlartext({"extract", Path("bad-utf8.html")});
  ASSERT_EQ(run.exit_code, kOk) << Describe(run);
  auto lines = Lines(run.out);  // nlohmann rejects invalid UTF-8
  ASSERT_EQ(lines.size(), 1u);
  std::string text = lines[0]["text"];
  EXPECT_NE(text.find("Dieser Text ist gut"), std::string::npos);
  EXPECT_NE(text.find("wieder lesbar"), std::string::npos);
}

TEST_F(BadInputs, PageWithoutText) {
  CliRun run = RunKlartext({"extract", Path("notext.html")});
  EXPECT_EQ(run.exit_code, kNoContent) << Describe(run);
  EXPECT_NE(run.err.find("notext.html: no content"), std::string::npos) << run.err;
}

TEST_F(BadInputs, MissingFile) {
  CliRun run = RunKlartext({"extract", Path("missing.html")});
  EXPECT_EQ(run.exit_code, kIoError) << Describe(run);
  EXPECT_NE(run.err.find("missing.html: I/O error"), std::string::npos) << run.err;
  EXPECT_NE(run.err.find("No such file"), std::string::npos) << run.err;
}

// All of them in one run: every input has its line, in order, and the good
// pages come out complete.
TEST_F(BadInputs, OthersStillComeOutComplete) {
  // (nested.html and 50mb.html have their own tests: they are the slow ones.)
  std::vector<std::string> names = {"good1.html",    "empty.html",  "random.bin",   "truncated.html",
                                    "bad-utf8.html", "notext.html", "missing.html", "good2.html"};
  std::vector<std::string> args = {"extract", "-j", "2"};
  for (const auto& n : names) args.push_back(Path(n));
  CliRun run = RunKlartext(args);
  ASSERT_EQ(run.exit_code, kSomeFailed) << Describe(run);
  auto lines = Lines(run.out);
  ASSERT_EQ(lines.size(), names.size());
  for (std::size_t i = 0; i < names.size(); ++i) EXPECT_EQ(lines[i]["input"], Path(names[i]));
  EXPECT_EQ(lines[0]["title"], "Erste Meldung");
  EXPECT_EQ(lines[0]["text"], "Der erste Artikel hat einen ganzen Satz Text.");
  EXPECT_EQ(lines[7]["title"], "Zweite Meldung");
  EXPECT_EQ(lines[7]["text"], "Der zweite Artikel hat auch einen Satz Text.");
  EXPECT_EQ(lines[1]["error_code"], "no_content");
  EXPECT_EQ(lines[2]["error_code"], "unsupported");
  EXPECT_FALSE(lines[3].contains("error"));
  EXPECT_FALSE(lines[4].contains("error"));
  EXPECT_EQ(lines[5]["error_code"], "no_content");
  EXPECT_EQ(lines[6]["error_code"], "io_error");
  EXPECT_NE(run.err.find("4 ok, 0 skipped, 4 failed"), std::string::npos) << run.err;
}

TEST(Cli, HelpNamesEveryOption) {
  CliRun run = RunKlartext({"--help"});
  ASSERT_EQ(run.exit_code, kOk);
  for (const char* option : {"--format", "--output", "--input", "--url", "--content-type", "--stdin", "--favor",
                             "--comments", "--no-tables", "--links", "--images", "--jobs", "--quiet",
                             "--max-input-mb", "--version", "Exit codes"}) {
    EXPECT_NE(run.out.find(option), std::string::npos) << option;
  }
  EXPECT_EQ(RunKlartext({"extract", "--help"}).exit_code, kOk);
}

TEST(Cli, Version) {
  CliRun run = RunKlartext({"--version"});
  EXPECT_EQ(run.exit_code, kOk);
  EXPECT_EQ(run.out.rfind("klartext ", 0), 0u) << run.out;
}

TEST(Cli, UsageErrorsExitTwo) {
  for (std::vector<std::string> args : std::vector<std::vector<std::string>>{
           {}, {"extract"}, {"frobnicate", "x"}, {"extract", "--bogus", "x"}, {"extract", "--format", "xml", "x"},
           {"extract", "-j", "0", "x"}, {"extract", "--favor"}, {"extract", "-", "-"}}) {
    CliRun run = RunKlartext(args);
    EXPECT_EQ(run.exit_code, kUsage) << args.size();
    EXPECT_NE(run.err.find("klartext: "), std::string::npos);
  }
}

// `klartext serve` runs klartext-serve from beside the binary; a klartext
// copied away from it says what is missing rather than failing obscurely.
TEST(Cli, ServeWithoutItsBinaryIsAClearError) {
  TempDir dir("cli-serve-alone");
  const std::string alone = (dir.path() / "klartext").string();
  WriteFile(alone, ReadFile(testing::KlartextBinary()));
  ASSERT_EQ(::chmod(alone.c_str(), 0755), 0);
  CliRun run = testing::RunBinary(alone, {"serve", (dir.path() / "news.db").string()});
  EXPECT_EQ(run.exit_code, kIoError) << Describe(run);
  EXPECT_NE(run.err.find("klartext-serve"), std::string::npos) << run.err;
  // Usage errors are still klartext's own, found before anything is run.
  EXPECT_EQ(testing::RunBinary(alone, {"serve"}).exit_code, kUsage);
}

TEST(Cli, WarcBatchWithTwoThreads) {
  TempDir dir("cli-warc");
  std::string warc = Gzip(WarcRecordBytes("warcinfo", "<urn:uuid:0>", "", "application/warc-fields", "x: y\r\n"));
  for (int i = 0; i < 12; ++i) {
    std::string uri = "https://news.example/" + std::to_string(i);
    warc += Gzip(ResponseRecord("<urn:uuid:" + std::to_string(i) + ">", uri, "text/html; charset=utf-8",
                                Page("Meldung " + std::to_string(i), "Text der Meldung Nummer " + std::to_string(i) + ".")));
    if (i == 5) warc += Gzip(ResponseRecord("<urn:uuid:css>", "https://news.example/a.css", "text/css", "p{}"));
  }
  std::string cut = Gzip(ResponseRecord("<urn:uuid:cut>", "https://news.example/cut", "text/html", Page("Cut", "x")));
  warc += cut.substr(0, cut.size() / 2);  // the record itself is cut, not just the gzip trailer
  WriteFile(dir.path() / "crawl.warc.gz", warc);
  CliRun run = RunKlartext({"extract", "-j", "2", dir / "crawl.warc.gz"});
  EXPECT_EQ(run.exit_code, kSomeFailed) << Describe(run);
  auto lines = Lines(run.out);
  ASSERT_EQ(lines.size(), 13u);
  for (int i = 0; i < 12; ++i) {
    EXPECT_EQ(lines[i]["warc_record_id"], "<urn:uuid:" + std::to_string(i) + ">");
    EXPECT_EQ(lines[i]["title"], "Meldung " + std::to_string(i));
    EXPECT_EQ(lines[i]["input"], dir / "crawl.warc.gz");
  }
  EXPECT_EQ(lines[12]["error_code"], "corrupt");
  EXPECT_NE(run.err.find("12 ok, 1 skipped, 1 failed"), std::string::npos) << run.err;
}

TEST(Cli, EmptyDirectoryIsNoContent) {
  TempDir dir("cli-emptydir");
  CliRun run = RunKlartext({"extract", dir.path().string()});
  EXPECT_EQ(run.exit_code, kNoContent) << Describe(run);
  EXPECT_NE(run.err.find("no pages found"), std::string::npos) << run.err;
  EXPECT_TRUE(run.out.empty());
}

TEST(Cli, StdinPageAndStdinPathList) {
  TempDir dir("cli-stdin");
  WriteFile(dir.path() / "a.html", Page("Von A", "Der Text von Seite A steht hier."));
  WriteFile(dir.path() / "b.txt", "Von B\n\nDer Text von Seite B ist eine Textaufnahme.\n");
  CliRun page = RunKlartext({"extract", "--url", "https://a.example/x", "-"}, dir / "a.html");
  ASSERT_EQ(page.exit_code, kOk) << Describe(page);
  auto one = Lines(page.out);
  ASSERT_EQ(one.size(), 1u);
  EXPECT_EQ(one[0]["title"], "Von A");
  EXPECT_EQ(one[0]["input"], "-");

  WriteFile(dir.path() / "list", (dir / "a.html") + "\n" + (dir / "b.txt") + "\n");
  CliRun list = RunKlartext({"extract", "-q", "-"}, dir / "list");
  ASSERT_EQ(list.exit_code, kOk) << Describe(list);
  auto two = Lines(list.out);
  ASSERT_EQ(two.size(), 2u);
  EXPECT_EQ(two[0]["input"], dir / "a.html");
  EXPECT_EQ(two[1]["input"], dir / "b.txt");
  EXPECT_EQ(two[1]["diagnostics"]["input_format"], "text");
  EXPECT_TRUE(list.err.empty()) << list.err;  // --quiet: no summary
}

TEST(Cli, FormatsAndOutputDirectory) {
  TempDir dir("cli-formats");
  WriteFile(dir.path() / "a.html", Page("Titel A", "Ein Satz für das Markdown."));
  CliRun md = RunKlartext({"extract", "--format", "markdown", dir / "a.html"});
  ASSERT_EQ(md.exit_code, kOk) << Describe(md);
  EXPECT_NE(md.out.find("# Titel A"), std::string::npos) << md.out;
  CliRun text = RunKlartext({"extract", "--format=text", "--input", "html", dir / "a.html"});
  ASSERT_EQ(text.exit_code, kOk) << Describe(text);
  EXPECT_NE(text.out.find("Ein Satz für das Markdown."), std::string::npos);
  CliRun files = RunKlartext({"extract", "-o", dir / "out", dir / "a.html", dir / "a.html"});
  ASSERT_EQ(files.exit_code, kOk) << Describe(files);
  EXPECT_TRUE(files.out.empty());
  EXPECT_NE(ReadFile(dir.path() / "out" / "000002-a.json").find("\"Titel A\""), std::string::npos);
}

}  // namespace
}  // namespace klartext::cli
