#include "io/input_source.h"

#include <gtest/gtest.h>

#include <vector>

#include "io/warc_fixtures.h"

namespace klartext::io {
namespace {

using testing::Gzip;
using testing::Page;
using testing::ResponseRecord;
using testing::TempDir;
using testing::WarcRecordBytes;
using testing::WriteFile;

std::vector<InputRecord> All(std::vector<std::string> args, InputSource** keep = nullptr,
                             const InputOptions& options = {}) {
  static std::unique_ptr<InputSource> last;
  last = std::make_unique<InputSource>(std::move(args), options);
  EXPECT_TRUE(last->Open().ok());
  std::vector<InputRecord> out;
  InputRecord r;
  while (last->Next(&r)) out.push_back(std::move(r));
  if (keep != nullptr) *keep = last.get();
  return out;
}

TEST(InputSource, WarcYieldsHtmlResponsesAndCountsSkipped) {
  TempDir dir("input-warc");
  std::string warc =
      Gzip(WarcRecordBytes("warcinfo", "<urn:uuid:0>", "", "application/warc-fields", "x: y\r\n")) +
      Gzip(ResponseRecord("<urn:uuid:1>", "https://a.example/1", "text/html; charset=utf-8", Page("One", "eins"))) +
      Gzip(ResponseRecord("<urn:uuid:2>", "https://a.example/logo.png", "image/png", "\x89PNG....")) +
      Gzip(ResponseRecord("<urn:uuid:3>", "https://a.example/gone", "text/html", "<p>not found</p>", 404)) +
      Gzip(WarcRecordBytes("resource", "<urn:uuid:4>", "https://a.example/4", "text/html", Page("Four", "vier"))) +
      Gzip(ResponseRecord("<urn:uuid:5>", "https://a.example/5", "text/html", Page("Five", "fünf")));
  WriteFile(dir.path() / "crawl.warc.gz", warc);
  InputSource* source = nullptr;
  auto records = All({dir / "crawl.warc.gz"}, &source);
  ASSERT_EQ(records.size(), 3u);
  EXPECT_EQ(source->skipped(), 2u);  // the PNG and the 404
  EXPECT_TRUE(source->has_warc());
  EXPECT_EQ(records[0].record_id, "<urn:uuid:1>");
  EXPECT_EQ(records[0].url, "https://a.example/1");
  EXPECT_EQ(records[0].content_type, "text/html; charset=utf-8");
  EXPECT_EQ(records[0].page(), Page("One", "eins"));
  EXPECT_GT(records[0].page_offset, 0u);  // the HTTP header stays in front, not copied away
  EXPECT_EQ(records[1].page_offset, 0u);  // a resource record is the page itself
  EXPECT_EQ(records[0].input, dir / "crawl.warc.gz");
  EXPECT_EQ(records[1].record_id, "<urn:uuid:4>");
  EXPECT_EQ(records[2].record_id, "<urn:uuid:5>");
  std::uint64_t bytes = 0;
  for (const auto& r : records) {
    EXPECT_TRUE(r.status.ok()) << r.status.ToString();
    bytes += r.source_bytes;
  }
  EXPECT_LE(bytes, warc.size());
  EXPECT_GT(bytes, 0u);
  EXPECT_EQ(source->bytes_read(), warc.size());  // skipped records count as read
}

TEST(InputSource, UntypedHttpBodyIsSniffed) {
  TempDir dir("input-sniff");
  WriteFile(dir.path() / "u.warc",
            ResponseRecord("<urn:uuid:html>", "https://a.example/h", "", Page("Untyped", "ohne Typ")) +
                ResponseRecord("<urn:uuid:bin>", "https://a.example/b", "", "plain bytes without markup"));
  InputSource* source = nullptr;
  auto records = All({dir / "u.warc"}, &source);
  ASSERT_EQ(records.size(), 1u);
  EXPECT_EQ(records[0].record_id, "<urn:uuid:html>");
  EXPECT_EQ(source->skipped(), 1u);
}

TEST(InputSource, TruncatedWarcGivesAFailedRecordInPlace) {
  TempDir dir("input-trunc");
  std::string last = ResponseRecord("<urn:uuid:2>", "https://a.example/2", "text/html", Page("Two", std::string(500, 'w')));
  WriteFile(dir.path() / "t.warc",
            ResponseRecord("<urn:uuid:1>", "https://a.example/1", "text/html", Page("One", "eins")) +
                last.substr(0, last.size() - 200));
  auto records = All({dir / "t.warc"});
  ASSERT_EQ(records.size(), 2u);
  EXPECT_TRUE(records[0].status.ok());
  EXPECT_EQ(records[1].status.code(), Status::Code::kCorrupt);
  EXPECT_EQ(records[1].record_id, "<urn:uuid:2>");
}

TEST(InputSource, DirectoriesAreExpandedInNameOrder) {
  TempDir dir("input-dirs");
  std::filesystem::create_directories(dir.path() / "b" / "deeper");
  WriteFile(dir.path() / "c.html", "c");
  WriteFile(dir.path() / "a.html", "a");
  WriteFile(dir.path() / "b" / "x.txt", "x");
  WriteFile(dir.path() / "b" / "deeper" / "y.html.gz", Gzip("gunzipped"));
  WriteFile(dir.path() / ".hidden", "h");
  auto records = All({dir.path().string()});
  ASSERT_EQ(records.size(), 4u);
  EXPECT_EQ(records[0].page(), "a");
  EXPECT_EQ(records[1].page(), "gunzipped");  // b/deeper/ sorts before b/x.txt
  EXPECT_EQ(records[2].page(), "x");
  EXPECT_EQ(records[3].page(), "c");
}

TEST(InputSource, MissingEmptyAndTooLargeFilesFailInPlace) {
  TempDir dir("input-bad");
  WriteFile(dir.path() / "empty.html", "");
  WriteFile(dir.path() / "big.html", std::string(2000, 'b'));
  WriteFile(dir.path() / "ok.html", "fine");
  InputOptions options;
  options.max_input_bytes = 1000;
  options.url = "https://given.example/";
  auto records = All({dir / "missing.html", dir / "empty.html", dir / "big.html", dir / "ok.html"}, nullptr, options);
  ASSERT_EQ(records.size(), 4u);
  EXPECT_EQ(records[0].status.code(), Status::Code::kIoError);
  EXPECT_EQ(records[1].status.code(), Status::Code::kNoContent);
  EXPECT_EQ(records[2].status.code(), Status::Code::kTooLarge);
  EXPECT_TRUE(records[3].status.ok());
  EXPECT_EQ(records[3].url, "https://given.example/");
}

TEST(InputSource, GzipPagesAreInflatedWithinTheLimitAndCountCompressedBytes) {
  TempDir dir("input-gzip");
  std::string small = Gzip("<p>small</p>");
  WriteFile(dir.path() / "small.html.gz", small);
  WriteFile(dir.path() / "bomb.html.gz", Gzip(std::string(5000, 'x')));  // < 1000 bytes compressed
  InputOptions options;
  options.max_input_bytes = 1000;
  auto records = All({dir / "small.html.gz", dir / "bomb.html.gz"}, nullptr, options);
  ASSERT_EQ(records.size(), 2u);
  EXPECT_TRUE(records[0].status.ok());
  EXPECT_EQ(records[0].page(), "<p>small</p>");
  EXPECT_EQ(records[0].source_bytes, small.size());
  EXPECT_EQ(records[1].status.code(), Status::Code::kTooLarge);
  EXPECT_TRUE(records[1].page().empty());
}

TEST(InputSource, StdinTwiceIsAUsageError) {
  InputSource source({"-", "-"}, {});
  Status s = source.Open();
  EXPECT_EQ(s.code(), Status::Code::kInvalidArgument);
}

}  // namespace
}  // namespace klartext::io
