#include "io/warc_reader.h"

#include <gtest/gtest.h>

#include <unistd.h>

#include <cstdio>
#include <filesystem>
#include <vector>

#include "io/warc_fixtures.h"
#include "io/warc_http.h"

namespace klartext::io {
namespace {

using testing::Gzip;
using testing::ResponseRecord;
using testing::WarcRecordBytes;

struct Read {
  std::vector<WarcRecord> records;
  std::vector<Status> errors;
};

// Every record and error the reader gives, until it ends.
Read Drain(WarcReader& reader) {
  Read out;
  for (int guard = 0; guard < 10000; ++guard) {
    WarcRecord r;
    Result<bool> more = reader.Next(&r);
    if (!more.ok()) {
      out.errors.push_back(more.status());
      continue;
    }
    if (!*more) return out;
    out.records.push_back(std::move(r));
  }
  ADD_FAILURE() << "reader never ended";
  return out;
}

Read ReadAll(std::string bytes, WarcReaderOptions options = {}) {
  WarcReader reader(ByteStream::FromString(std::move(bytes)), options);
  return Drain(reader);
}

// The same bytes read from a file on disk, which the ByteStream maps.
Read ReadAllFromFile(const std::string& bytes, WarcReaderOptions options = {}) {
  static int counter = 0;
  std::filesystem::path path = std::filesystem::temp_directory_path() /
                               ("klartext-warc-test-" + std::to_string(::getpid()) + "-" + std::to_string(++counter) + ".warc");
  std::FILE* f = std::fopen(path.c_str(), "wb");
  if (f == nullptr) {
    ADD_FAILURE() << "cannot write " << path;
    return {};
  }
  std::fwrite(bytes.data(), 1, bytes.size(), f);
  std::fclose(f);
  auto stream = ByteStream::OpenFile(path.string());
  if (!stream.ok()) {
    ADD_FAILURE() << stream.status().ToString();
    return {};
  }
  EXPECT_EQ((*stream)->mapped(), !bytes.empty());
  EXPECT_EQ((*stream)->compressed(), bytes.compare(0, 2, "\x1f\x8b") == 0);
  WarcReader reader(std::move(*stream), options);
  Read out = Drain(reader);
  std::filesystem::remove(path);
  return out;
}

std::string Warcinfo() { return WarcRecordBytes("warcinfo", "<urn:uuid:info>", "", "application/warc-fields", "software: test\r\n"); }

TEST(WarcReader, ReadsResponseRecordsAndSkipsOtherBlocks) {
  std::string warc = Warcinfo() +
                     WarcRecordBytes("request", "<urn:uuid:req>", "https://a.example/1", "application/http; msgtype=request",
                                     "GET /1 HTTP/1.1\r\n\r\n") +
                     ResponseRecord("<urn:uuid:r1>", "https://a.example/1", "text/html", "<p>one</p>");
  Read got = ReadAll(warc);
  ASSERT_TRUE(got.errors.empty()) << got.errors[0].ToString();
  ASSERT_EQ(got.records.size(), 3u);
  EXPECT_EQ(got.records[0].type, "warcinfo");
  EXPECT_FALSE(got.records[0].block_read);
  EXPECT_EQ(got.records[1].type, "request");
  EXPECT_FALSE(got.records[1].block_read);
  const WarcRecord& r = got.records[2];
  EXPECT_EQ(r.version, "WARC/1.1");
  EXPECT_EQ(r.type, "response");
  EXPECT_EQ(r.record_id, "<urn:uuid:r1>");
  EXPECT_EQ(r.target_uri, "https://a.example/1");
  ASSERT_TRUE(r.block_read);
  auto http = ParseHttpResponse(r.block);
  ASSERT_TRUE(http.ok());
  EXPECT_EQ(http->status_code, 200);
  EXPECT_EQ(http->content_type, "text/html");
  EXPECT_EQ(http->body, "<p>one</p>");
}

TEST(WarcReader, PerRecordGzipMembers) {
  std::string warc = Gzip(Warcinfo()) + Gzip(ResponseRecord("<urn:uuid:1>", "https://a.example/1", "text/html", "<p>1</p>")) +
                     Gzip(ResponseRecord("<urn:uuid:2>", "<https://a.example/2>", "text/html", "<p>2</p>"));
  Read got = ReadAll(warc);
  ASSERT_TRUE(got.errors.empty());
  ASSERT_EQ(got.records.size(), 3u);
  EXPECT_EQ(got.records[1].record_id, "<urn:uuid:1>");
  EXPECT_EQ(got.records[2].target_uri, "https://a.example/2");  // WARC 1.0 style <> removed
}

TEST(WarcReader, TruncatedRecordIsCorruptThenEnds) {
  std::string full = ResponseRecord("<urn:uuid:2>", "https://a.example/2", "text/html", std::string(2000, 'x'));
  std::string warc = ResponseRecord("<urn:uuid:1>", "https://a.example/1", "text/html", "<p>1</p>") +
                     full.substr(0, full.size() / 2);
  Read got = ReadAll(warc);
  ASSERT_EQ(got.records.size(), 1u);
  ASSERT_EQ(got.errors.size(), 1u);
  EXPECT_EQ(got.errors[0].code(), Status::Code::kCorrupt);
  EXPECT_NE(got.errors[0].message().find("truncated"), std::string_view::npos);
}

TEST(WarcReader, GarbageIsSkippedUpToTheNextRecord) {
  std::string warc = ResponseRecord("<urn:uuid:1>", "u1", "text/html", "a") + "this is not a WARC record\r\nnor this\r\n" +
                     ResponseRecord("<urn:uuid:2>", "u2", "text/html", "b");
  Read got = ReadAll(warc);
  ASSERT_EQ(got.errors.size(), 1u);
  EXPECT_EQ(got.errors[0].code(), Status::Code::kCorrupt);
  ASSERT_EQ(got.records.size(), 2u);
  EXPECT_EQ(got.records[1].record_id, "<urn:uuid:2>");
}

TEST(WarcReader, MissingContentLengthIsCorruptAndResyncs) {
  std::string broken = "WARC/1.0\r\nWARC-Type: response\r\nWARC-Record-ID: <urn:uuid:bad>\r\n\r\nbody\r\n\r\n";
  std::string warc = broken + ResponseRecord("<urn:uuid:ok>", "u", "text/html", "x");
  Read got = ReadAll(warc);
  ASSERT_EQ(got.errors.size(), 1u);
  ASSERT_EQ(got.records.size(), 1u);
  EXPECT_EQ(got.records[0].record_id, "<urn:uuid:ok>");
}

TEST(WarcReader, BadGzipMemberLosesOnlyItsRecord) {
  std::string bad = Gzip(ResponseRecord("<urn:uuid:bad>", "u", "text/html", std::string(3000, 'y')));
  for (std::size_t i = 20; i < 60; ++i) bad[i] = '\0';
  std::string warc = Gzip(ResponseRecord("<urn:uuid:1>", "u1", "text/html", "a")) + bad +
                     Gzip(ResponseRecord("<urn:uuid:3>", "u3", "text/html", "c"));
  Read got = ReadAll(warc);
  EXPECT_GE(got.errors.size(), 1u);
  ASSERT_EQ(got.records.size(), 2u);
  EXPECT_EQ(got.records[0].record_id, "<urn:uuid:1>");
  EXPECT_EQ(got.records[1].record_id, "<urn:uuid:3>");
}

TEST(WarcReader, OversizedBlockIsSkippedAndFlagged) {
  WarcReaderOptions options;
  options.max_block_bytes = 100;
  std::string warc = ResponseRecord("<urn:uuid:big>", "u", "text/html", std::string(500, 'z')) +
                     ResponseRecord("<urn:uuid:small>", "u", "text/html", "s");
  Read got = ReadAll(warc, options);
  ASSERT_EQ(got.records.size(), 2u);
  EXPECT_TRUE(got.records[0].block_too_large);
  EXPECT_TRUE(got.records[0].block.empty());
  EXPECT_TRUE(got.records[1].block_read);
}

TEST(WarcReader, BareLineFeedsAndWarc10AreRead) {
  std::string block = "HTTP/1.0 200 OK\nContent-Type: text/html\n\n<p>lf</p>";
  std::string warc = "WARC/1.0\nWARC-Type: response\nWARC-Record-ID: <urn:uuid:lf>\n"
                     "WARC-Target-URI: <http://old.example/>\nContent-Length: " + std::to_string(block.size()) +
                     "\n\n" + block + "\n\n" + ResponseRecord("<urn:uuid:next>", "u", "text/html", "n");
  Read got = ReadAll(warc);
  ASSERT_TRUE(got.errors.empty()) << got.errors[0].ToString();
  ASSERT_EQ(got.records.size(), 2u);
  EXPECT_EQ(got.records[0].version, "WARC/1.0");
  EXPECT_EQ(got.records[0].target_uri, "http://old.example/");
  auto http = ParseHttpResponse(got.records[0].block);
  ASSERT_TRUE(http.ok());
  EXPECT_EQ(http->body, "<p>lf</p>");
  EXPECT_EQ(got.records[1].record_id, "<urn:uuid:next>");
}

TEST(WarcReader, EmptyAndBlankInputsEndCleanly) {
  EXPECT_TRUE(ReadAll("").records.empty());
  EXPECT_TRUE(ReadAll("").errors.empty());
  EXPECT_TRUE(ReadAll("\r\n\r\n").errors.empty());
}

TEST(WarcReader, BinaryJunkEndsWithErrorsNotForever) {
  std::string junk;
  for (int i = 0; i < 100000; ++i) junk += static_cast<char>((i * 7919) % 256);
  Read got = ReadAll(junk);
  EXPECT_TRUE(got.records.empty());
  EXPECT_EQ(got.errors.size(), 1u);
}

TEST(WarcReader, AHeaderLineOverTheLimitIsCorruptAndTheNextRecordIsRead) {
  std::string warc = "WARC/1.1\r\nWARC-Type: response\r\nX-Long: " + std::string(70 << 10, 'L') + "\r\n\r\n" +
                     ResponseRecord("<urn:uuid:after>", "u", "text/html", "a");
  Read got = ReadAll(warc);
  ASSERT_EQ(got.errors.size(), 1u);
  EXPECT_NE(got.errors[0].message().find("too long"), std::string_view::npos) << got.errors[0].ToString();
  ASSERT_EQ(got.records.size(), 1u);
  EXPECT_EQ(got.records[0].record_id, "<urn:uuid:after>");
}

// Each case read from a file on disk (mapped) gives the records and
// errors the same bytes give from memory.
void ExpectFileReadsAsMemory(const std::vector<std::string>& cases) {
  for (std::size_t i = 0; i < cases.size(); ++i) {
    SCOPED_TRACE("case " + std::to_string(i));
    Read memory = ReadAll(cases[i]);
    Read file = ReadAllFromFile(cases[i]);
    ASSERT_EQ(file.records.size(), memory.records.size());
    ASSERT_EQ(file.errors.size(), memory.errors.size());
    for (std::size_t r = 0; r < memory.records.size(); ++r) {
      EXPECT_EQ(file.records[r].record_id, memory.records[r].record_id);
      EXPECT_EQ(file.records[r].type, memory.records[r].type);
      EXPECT_EQ(file.records[r].block, memory.records[r].block);
      EXPECT_EQ(file.records[r].content_length, memory.records[r].content_length);
    }
    for (std::size_t e = 0; e < memory.errors.size(); ++e) {
      EXPECT_EQ(file.errors[e].ToString(), memory.errors[e].ToString());
    }
  }
}

// A mapped file is parsed in place; every case must come out as it does
// from memory, where the reader sees the bytes through a copy buffer.
TEST(WarcReader, AMappedFileReadsExactlyAsTheSameBytesInMemory) {
  std::string big_page = "<p>" + std::string(300 << 10, 'b') + "</p>";  // spans many look-aheads
  std::string full = ResponseRecord("<urn:uuid:cut>", "u", "text/html", std::string(2000, 'x'));
  std::vector<std::string> cases = {
      Warcinfo() + ResponseRecord("<urn:uuid:1>", "https://a.example/1", "text/html", "<p>one</p>"),
      ResponseRecord("<urn:uuid:big>", "u", "text/html", big_page) + ResponseRecord("<urn:uuid:2>", "u2", "text/html", "b"),
      ResponseRecord("<urn:uuid:1>", "u1", "text/html", "a") + "this is not a WARC record\r\nnor this\r\n" +
          ResponseRecord("<urn:uuid:2>", "u2", "text/html", "b"),
      ResponseRecord("<urn:uuid:1>", "u1", "text/html", "a") + full.substr(0, full.size() / 2),
      "WARC/1.1\r\nX-Long: " + std::string(70 << 10, 'L') + "\r\n\r\n" + ResponseRecord("<urn:uuid:3>", "u", "text/html", "c"),
      "\r\n\r\n",
      "WARC/1.0\nWARC-Type: response\nContent-Length: 3\n\nabc",  // no trailing line ends at all
  };
  ExpectFileReadsAsMemory(cases);
  // The large page came through whole.
  Read file = ReadAllFromFile(cases[1]);
  ASSERT_EQ(file.records.size(), 2u);
  auto http = ParseHttpResponse(file.records[0].block);
  ASSERT_TRUE(http.ok());
  EXPECT_EQ(http->body, big_page);
}

// A .warc.gz is inflated straight from its mapping: per-record members,
// a damaged member, garbage between members and a cut-off last member
// read exactly as the same bytes streamed from memory.
TEST(WarcReader, AMappedGzipFileReadsExactlyAsTheSameBytesInMemory) {
  std::string big_page = "<p>" + std::string(300 << 10, 'b') + "</p>";
  std::string one = Gzip(ResponseRecord("<urn:uuid:1>", "u1", "text/html", "<p>one</p>"));
  std::string big = Gzip(ResponseRecord("<urn:uuid:big>", "u", "text/html", big_page));
  std::string two = Gzip(ResponseRecord("<urn:uuid:2>", "u2", "text/html", "<p>two</p>"));
  std::string damaged = Gzip(ResponseRecord("<urn:uuid:bad>", "u", "text/html", std::string(5000, 'd')));
  for (std::size_t i = 20; i < damaged.size() - 8; i += 7) damaged[i] = static_cast<char>(0xff);
  std::vector<std::string> cases = {
      Gzip(Warcinfo()) + one + big + two,
      one + damaged + two,
      one + "garbage between members" + two,
      one + big.substr(0, big.size() / 2),
      Gzip(Warcinfo() + ResponseRecord("<urn:uuid:3>", "u3", "text/html", "<p>3</p>")) + two,  // two records, one member
  };
  ExpectFileReadsAsMemory(cases);
  Read file = ReadAllFromFile(cases[0]);
  ASSERT_EQ(file.records.size(), 4u);
  auto http = ParseHttpResponse(file.records[2].block);
  ASSERT_TRUE(http.ok());
  EXPECT_EQ(http->body, big_page);
  // The damaged member is reported and the record after it still read.
  Read hurt = ReadAllFromFile(cases[1]);
  EXPECT_FALSE(hurt.errors.empty());
  ASSERT_FALSE(hurt.records.empty());
  EXPECT_EQ(hurt.records.back().record_id, "<urn:uuid:2>");
}

TEST(WarcHttp, ChunkedAndGzipBodiesAreDecoded) {
  std::string block = "HTTP/1.1 200 OK\r\nContent-Type: text/html; charset=iso-8859-1\r\n"
                      "Transfer-Encoding: chunked\r\nContent-Encoding: gzip\r\n\r\n";
  std::string gz = Gzip("<p>gr\xfc\xdf</p>");
  char size[16];
  std::snprintf(size, sizeof(size), "%zx", gz.size());
  block += std::string(size) + "\r\n" + gz + "\r\n0\r\n\r\n";
  auto http = ParseHttpResponse(block);
  ASSERT_TRUE(http.ok());
  EXPECT_TRUE(http->chunked);
  EXPECT_EQ(http->content_encoding, "gzip");
  EXPECT_EQ(http->content_type, "text/html; charset=iso-8859-1");
  EXPECT_TRUE(NeedsDecoding(*http));
  auto body = DecodeHttpBody(*http, 1 << 20);
  ASSERT_TRUE(body.ok()) << body.status().ToString();
  EXPECT_EQ(*body, "<p>gr\xfc\xdf</p>");
}

// A plain body (or one in a coding we do not undo) is used where it lies.
TEST(WarcHttp, PlainBodiesNeedNoDecoding) {
  auto plain = ParseHttpResponse("HTTP/1.1 200 OK\r\nContent-Type: text/html\r\n\r\n<p>x</p>");
  ASSERT_TRUE(plain.ok());
  EXPECT_FALSE(NeedsDecoding(*plain));
  auto brotli = ParseHttpResponse("HTTP/1.1 200 OK\r\nContent-Encoding: br\r\n\r\n\x0b\x01");
  ASSERT_TRUE(brotli.ok());
  EXPECT_FALSE(NeedsDecoding(*brotli));
  auto deflated = ParseHttpResponse("HTTP/1.1 200 OK\r\nContent-Encoding: deflate\r\n\r\nxx");
  ASSERT_TRUE(deflated.ok());
  EXPECT_TRUE(NeedsDecoding(*deflated));
}

TEST(WarcHttp, ContentTypes) {
  EXPECT_TRUE(IsHtmlContentType("text/html"));
  EXPECT_TRUE(IsHtmlContentType("Text/HTML; charset=utf-8"));
  EXPECT_TRUE(IsHtmlContentType("application/xhtml+xml"));
  EXPECT_FALSE(IsHtmlContentType("image/png"));
  EXPECT_FALSE(IsHtmlContentType(""));
  EXPECT_FALSE(ParseHttpResponse("not http at all").ok());
}

TEST(WarcPath, Extensions) {
  EXPECT_TRUE(IsWarcPath("a.warc"));
  EXPECT_TRUE(IsWarcPath("dir/CRAWL.WARC.GZ"));
  EXPECT_FALSE(IsWarcPath("page.html.gz"));
  EXPECT_FALSE(IsWarcPath("warc"));
}

}  // namespace
}  // namespace klartext::io
