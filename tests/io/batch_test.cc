#include "io/batch.h"

#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

#include <sstream>
#include <vector>

#include "io/warc_fixtures.h"

namespace klartext::io {
namespace {

using testing::Page;
using testing::ReadFile;
using testing::ResponseRecord;
using testing::TempDir;
using testing::WriteFile;

std::vector<nlohmann::json> Lines(const std::string& text) {
  std::vector<nlohmann::json> out;
  std::istringstream in(text);
  std::string line;
  while (std::getline(in, line)) out.push_back(nlohmann::json::parse(line));
  return out;
}

// Runs a batch with output captured; returns stdout.
std::string RunCaptured(const std::vector<std::string>& inputs, BatchOptions options, BatchResult* result,
                std::string* err = nullptr, const InputOptions& input = {}) {
  InputSource source(inputs, input);
  EXPECT_TRUE(source.Open().ok());
  std::FILE* out = std::tmpfile();
  std::FILE* errf = std::tmpfile();
  options.out = out;
  options.err = errf;
  *result = RunBatch(source, options);
  auto slurp = [](std::FILE* f) {
    std::fflush(f);
    std::rewind(f);
    std::string s;
    char buf[4096];
    std::size_t n;
    while ((n = std::fread(buf, 1, sizeof(buf), f)) > 0) s.append(buf, n);
    std::fclose(f);
    return s;
  };
  std::string text = slurp(out);
  std::string errors = slurp(errf);
  if (err != nullptr) *err = errors;
  return text;
}

// Big and small pages alternate, so with two workers later records often
// finish first: the writer must still keep input order.
TEST(Batch, OutputKeepsInputOrderWithTwoThreads) {
  TempDir dir("batch-order");
  std::vector<std::string> inputs;
  for (int i = 0; i < 40; ++i) {
    std::string body = i % 2 == 0 ? std::string("short page number ") + std::to_string(i)
                                  : std::string(20000, 'w') + " " + std::to_string(i);
    std::string name = dir / ("p" + std::to_string(100 + i) + ".html");
    WriteFile(name, Page("Title " + std::to_string(i), body));
    inputs.push_back(name);
    if (i % 10 == 5) inputs.push_back(dir / ("missing" + std::to_string(i) + ".html"));
  }
  BatchOptions options;
  options.threads = 2;
  BatchResult result;
  std::string err;
  auto lines = Lines(RunCaptured(inputs, options, &result, &err));
  ASSERT_EQ(lines.size(), inputs.size());
  for (std::size_t i = 0; i < inputs.size(); ++i) {
    EXPECT_EQ(lines[i]["input"], inputs[i]) << "line " << i;
    bool missing = inputs[i].find("missing") != std::string::npos;
    EXPECT_EQ(lines[i].contains("error"), missing) << lines[i].dump();
    if (missing) {
      EXPECT_EQ(lines[i]["error_code"], "io_error");
    }
  }
  EXPECT_EQ(result.counts.ok, 40u);
  EXPECT_EQ(result.counts.failed, 4u);
  EXPECT_EQ(result.common_failure, Status::Code::kIoError);
  EXPECT_FALSE(result.mixed_failures);
  EXPECT_NE(err.find("missing5.html"), std::string::npos);
}

// Every worker reads, extracts and writes in turn; whatever the number of
// workers and the window, each record is written once, in input order.
TEST(Batch, EveryWorkerCountAndWindowKeepsOrderAndCount) {
  TempDir dir("batch-window");
  std::string warc;
  for (int i = 0; i < 30; ++i) {
    std::string body = (i % 3 == 0 ? std::string(30000, 'w') + " " : std::string("page ")) + std::to_string(i);
    warc += ResponseRecord("<urn:uuid:" + std::to_string(i) + ">", "https://a.example/" + std::to_string(i), "text/html",
                           Page("T" + std::to_string(i), body));
  }
  WriteFile(dir.path() / "w.warc", warc);
  for (int threads : {1, 2, 4, 8}) {
    for (std::size_t window : {std::size_t{1}, std::size_t{2}, std::size_t{0}}) {
      SCOPED_TRACE("threads " + std::to_string(threads) + " window " + std::to_string(window));
      BatchOptions options;
      options.threads = threads;
      options.window = window;
      BatchResult result;
      auto lines = Lines(RunCaptured({dir / "w.warc"}, options, &result));
      ASSERT_EQ(lines.size(), 30u);
      for (int i = 0; i < 30; ++i) EXPECT_EQ(lines[i]["warc_record_id"], "<urn:uuid:" + std::to_string(i) + ">");
      EXPECT_EQ(result.counts.ok, 30u);
    }
  }
}

// A .warc.gz is read member by member on every worker; a member whose
// guessed end is wrong (a gzip header inside its compressed data) is read
// again in its place, and the next file waits for it.
TEST(Batch, GzipWarcsKeepOrderAndCountWithEveryWorkerCount) {
  TempDir dir("batch-warcgz");
  std::vector<std::string> files;
  for (int f = 0; f < 2; ++f) {
    std::string warc;
    for (int i = 0; i < 20; ++i) {
      const std::string id = "<urn:uuid:" + std::to_string(f) + "-" + std::to_string(i) + ">";
      std::string body = (i % 4 == 0 ? std::string(20000, 'w') + " " : std::string("page ")) + std::to_string(i);
      if (i == 9) body += " " + testing::kFakeGzipHeader + " tail";
      const std::string record = ResponseRecord(id, "https://a.example/" + std::to_string(i), "text/html",
                                                Page("T" + std::to_string(i), body));
      warc += i == 9 ? testing::GzipStored(record) : testing::Gzip(record);
    }
    files.push_back(dir / ("w" + std::to_string(f) + ".warc.gz"));
    WriteFile(files.back(), warc);
  }
  for (int threads : {1, 2, 4}) {
    for (std::size_t window : {std::size_t{1}, std::size_t{0}}) {
      SCOPED_TRACE("threads " + std::to_string(threads) + " window " + std::to_string(window));
      BatchOptions options;
      options.threads = threads;
      options.window = window;
      BatchResult result;
      InputOptions members;
      members.min_member_file_bytes = 0;  // these small files are read member by member too
      auto lines = Lines(RunCaptured(files, options, &result, nullptr, members));
      ASSERT_EQ(lines.size(), 40u);
      for (int i = 0; i < 40; ++i) {
        EXPECT_EQ(lines[i]["warc_record_id"], "<urn:uuid:" + std::to_string(i / 20) + "-" + std::to_string(i % 20) + ">");
      }
      // The two pages holding the fake header's NUL bytes are binary data.
      EXPECT_EQ(result.counts.ok, 38u);
      EXPECT_EQ(result.counts.failed, 2u);
    }
  }
}

TEST(Batch, WarcRecordsCarryUrlAndRecordId) {
  TempDir dir("batch-warc");
  WriteFile(dir.path() / "c.warc",
            ResponseRecord("<urn:uuid:a>", "https://a.example/a", "text/html", Page("A", "Text of page a.")) +
                ResponseRecord("<urn:uuid:img>", "https://a.example/i.png", "image/png", "PNG") +
                ResponseRecord("<urn:uuid:b>", "https://a.example/b", "text/html", Page("B", "Text of page b.")));
  BatchOptions options;
  options.threads = 2;
  BatchResult result;
  auto lines = Lines(RunCaptured({dir / "c.warc"}, options, &result));
  ASSERT_EQ(lines.size(), 2u);
  EXPECT_EQ(lines[0]["warc_record_id"], "<urn:uuid:a>");
  EXPECT_EQ(lines[0]["url"], "https://a.example/a");
  EXPECT_EQ(lines[0]["input"], dir / "c.warc");
  EXPECT_EQ(lines[1]["warc_record_id"], "<urn:uuid:b>");
  EXPECT_EQ(result.counts.skipped, 1u);
  EXPECT_EQ(result.counts.ok, 2u);
}

TEST(Batch, OutputDirectoryGetsOneFilePerInput) {
  TempDir dir("batch-outdir");
  WriteFile(dir.path() / "one.html", Page("One", "Erster Text."));
  WriteFile(dir.path() / "two.html", Page("Two", "Zweiter Text."));
  std::filesystem::create_directories(dir.path() / "out");
  BatchOptions options;
  options.threads = 2;
  options.format = OutputFormat::kMarkdown;
  options.output_dir = dir / "out";
  BatchResult result;
  std::string stdout_text = RunCaptured({dir / "one.html", dir / "missing.html", dir / "two.html"}, options, &result);
  EXPECT_TRUE(stdout_text.empty());
  EXPECT_NE(ReadFile(dir.path() / "out" / "000001-one.md").find("Erster Text."), std::string::npos);
  EXPECT_NE(ReadFile(dir.path() / "out" / "000002-missing.error.json").find("io_error"), std::string::npos);
  EXPECT_NE(ReadFile(dir.path() / "out" / "000003-two.md").find("Zweiter Text."), std::string::npos);
}

TEST(Batch, OutputFilesOfWarcRecordsAreNamedByUrl) {
  TempDir dir("batch-outwarc");
  WriteFile(dir.path() / "c.warc",
            ResponseRecord("<urn:uuid:a>", "https://a.example/news/story-one.html?x=1", "text/html",
                           Page("A", "Text of page a.")) +
                ResponseRecord("<urn:uuid:b>", "https://a.example/", "text/html", Page("B", "Text of page b.")));
  BatchOptions options;
  options.output_dir = dir / "out";
  std::filesystem::create_directories(options.output_dir);
  BatchResult result;
  RunCaptured({dir / "c.warc"}, options, &result);
  EXPECT_TRUE(std::filesystem::exists(dir.path() / "out" / "000001-story-one.html_x_1.json"));
  EXPECT_TRUE(std::filesystem::exists(dir.path() / "out" / "000002-c.json"));
}

TEST(Batch, ErrorLineIsValidJson) {
  auto line = nlohmann::json::parse(ErrorLine("a \"b\".html", "<urn:x>", "", Status::NoContent("nothing")));
  EXPECT_EQ(line["input"], "a \"b\".html");
  EXPECT_EQ(line["warc_record_id"], "<urn:x>");
  EXPECT_EQ(line["error"], "no content: nothing");
  EXPECT_EQ(line["error_code"], "no_content");
  EXPECT_FALSE(line.contains("url"));
}

}  // namespace
}  // namespace klartext::io
