// Deferred reading of .warc.gz files member by member (warc_members.h,
// InputSource::NextDeferred/Complete/Accept) gives exactly what the plain
// sequential reader gives, on clean archives and on every kind of archive
// the member guesses get wrong: compressed data holding a gzip header,
// damaged members, garbage between members, several records in a member,
// a record split over members, a cut-off end. Members are completed out
// of order, as concurrent workers would.
#include "io/warc_members.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <condition_variable>
#include <deque>
#include <mutex>
#include <random>
#include <string>
#include <thread>
#include <vector>

#include "io/input_source.h"
#include "io/warc_fixtures.h"

namespace klartext::io {
namespace {

using testing::Gzip;
using testing::GzipStored;
using testing::kFakeGzipHeader;
using testing::Page;
using testing::ResponseRecord;
using testing::TempDir;
using testing::WarcRecordBytes;
using testing::WriteFile;

std::string Response(int n, std::string_view body_text) {
  return ResponseRecord("<urn:uuid:" + std::to_string(n) + ">", "https://a.example/" + std::to_string(n),
                        "text/html", Page("Seite " + std::to_string(n), body_text));
}

std::string Request(int n) {
  return WarcRecordBytes("request", "<urn:uuid:q" + std::to_string(n) + ">", "https://a.example/" + std::to_string(n),
                         "application/http; msgtype=request", "GET / HTTP/1.1\r\n\r\n");
}

// What a record is to the caller, in one comparable line.
std::string Describe(const InputRecord& r) {
  return r.input + " | " + r.url + " | " + r.record_id + " | " + r.content_type + " | " + r.status.ToString() +
         " | " + std::string(r.page());
}

struct Reading {
  std::vector<std::string> records;
  std::size_t members = 0;  // records NextDeferred gave still compressed
  std::uint64_t skipped = 0;
  std::uint64_t bytes_read = 0;
};

Reading ReadSequentially(const std::vector<std::string>& paths, const InputOptions& options) {
  InputSource source(paths, options);
  EXPECT_TRUE(source.Open().ok());
  Reading out;
  InputRecord r;
  while (source.Next(&r)) out.records.push_back(Describe(r));
  out.skipped = source.skipped();
  out.bytes_read = source.bytes_read();
  return out;
}

// What workers and the writer do: the records NextDeferred gives are
// completed on another thread, up to `batch` at a time in a shuffled
// order, and accepted in order. (NextDeferred may wait at the end of a
// file for the Accept calls, so they cannot come from its own thread.)
Reading ReadDeferred(const std::vector<std::string>& paths, const InputOptions& options, std::size_t batch,
                     unsigned seed) {
  InputSource source(paths, options);
  EXPECT_TRUE(source.Open().ok());
  Reading out;
  std::mutex mu;
  std::condition_variable ready;
  std::deque<InputRecord> queue;
  bool done = false;
  std::thread worker([&] {
    std::mt19937 rng(seed);
    for (;;) {
      std::vector<InputRecord> taken;
      {
        std::unique_lock<std::mutex> lock(mu);
        ready.wait(lock, [&] { return !queue.empty() || done; });
        if (queue.empty()) return;
        while (!queue.empty() && taken.size() < batch) {
          taken.push_back(std::move(queue.front()));
          queue.pop_front();
        }
      }
      std::vector<std::size_t> order(taken.size());
      for (std::size_t i = 0; i < order.size(); ++i) order[i] = i;
      std::shuffle(order.begin(), order.end(), rng);
      for (std::size_t i : order) source.Complete(&taken[i]);
      for (const InputRecord& r : taken) {
        if (source.Accept(r)) out.records.push_back(Describe(r));
      }
    }
  });
  for (;;) {
    InputRecord r;
    if (!source.NextDeferred(&r)) break;
    out.members += r.member != nullptr;
    std::lock_guard<std::mutex> lock(mu);
    queue.push_back(std::move(r));
    ready.notify_one();
  }
  {
    std::lock_guard<std::mutex> lock(mu);
    done = true;
    ready.notify_one();
  }
  worker.join();
  out.skipped = source.skipped();
  out.bytes_read = source.bytes_read();
  return out;
}

void ExpectSameReading(const std::vector<std::string>& paths, InputOptions options = {}) {
  options.min_member_file_bytes = 0;  // these small files are read member by member too
  const Reading plain = ReadSequentially(paths, options);
  for (std::size_t batch : {std::size_t{1}, std::size_t{3}, std::size_t{8}}) {
    for (unsigned seed : {1u, 2u}) {
      SCOPED_TRACE("batch " + std::to_string(batch) + ", seed " + std::to_string(seed));
      const Reading deferred = ReadDeferred(paths, options, batch, seed);
      EXPECT_EQ(deferred.records, plain.records);
      EXPECT_EQ(deferred.skipped, plain.skipped);
      EXPECT_EQ(deferred.bytes_read, plain.bytes_read);
      EXPECT_GT(deferred.members, 0u);  // the member path was taken, not only the plain one
    }
  }
}

TEST(WarcMembers, GuessesTheNextGzipHeader) {
  const std::string a = Gzip("first member"), b = Gzip("second member");
  const std::string file = a + b;
  EXPECT_EQ(NextMemberGuess(file, 0), a.size());
  EXPECT_EQ(NextMemberGuess(file, a.size()), file.size());
  // A header inside the stored data is guessed too: the guess is checked later.
  const std::string stored = GzipStored("text " + kFakeGzipHeader + " more text");
  EXPECT_LT(NextMemberGuess(stored, 0), stored.size());
}

TEST(WarcMembers, InflatesExactlyOneWholeMember) {
  const std::string a = Gzip("first member"), b = Gzip("second member");
  auto one = InflateMember(a, 1000);
  ASSERT_TRUE(one.ok()) << one.status().ToString();
  EXPECT_EQ(*one, "first member");
  EXPECT_FALSE(InflateMember(a + b, 1000).ok());                   // runs on past the member
  EXPECT_FALSE(InflateMember(a.substr(0, a.size() - 1), 1000).ok());  // cut short
  EXPECT_EQ(InflateMember(a, 5).status().code(), Status::Code::kTooLarge);
  std::string bad = a;
  bad[bad.size() - 8] = static_cast<char>(bad[bad.size() - 8] ^ 1);  // the CRC-32
  EXPECT_FALSE(InflateMember(bad, 1000).ok());
}

TEST(WarcMembers, CleanArchiveReadsAsSequentially) {
  TempDir dir("members-clean");
  std::string warc = Gzip(WarcRecordBytes("warcinfo", "<urn:uuid:info>", "", "application/warc-fields", "software: t\r\n"));
  for (int i = 0; i < 12; ++i) {
    warc += Gzip(Request(i));
    warc += Gzip(Response(i, "Absatz " + std::to_string(i) + std::string(static_cast<std::size_t>(i) * 300, 'x')));
  }
  warc += Gzip(ResponseRecord("<urn:uuid:pdf>", "https://a.example/pdf", "application/pdf", "%PDF"));  // skipped
  warc += Gzip(ResponseRecord("<urn:uuid:404>", "https://a.example/404", "text/html", Page("t", "x"), 404));
  warc += Gzip(WarcRecordBytes("resource", "<urn:uuid:res>", "file:///a.html", "text/html", Page("Res", "Text")));
  WriteFile(dir / "a.warc.gz", warc);
  ExpectSameReading({dir / "a.warc.gz"});
  // And every response came through (the comparison is not of two empties).
  EXPECT_EQ(ReadSequentially({dir / "a.warc.gz"}, {}).records.size(), 13u);
}

TEST(WarcMembers, EveryWrongGuessIsReadAgainInOrder) {
  TempDir dir("members-odd");
  const std::string r1 = Gzip(Response(1, "eins")), r2 = Gzip(Response(2, "zwei")), r3 = Gzip(Response(3, "drei"));
  std::string damaged = Gzip(Response(9, std::string(4000, 'd')));
  for (std::size_t i = 30; i < damaged.size() - 8; i += 11) damaged[i] = static_cast<char>(0xff);
  const std::string split = Response(5, "geteilt");
  const std::vector<std::pair<std::string, std::string>> cases = {
      {"fake-header", r1 + GzipStored(Response(4, "vor " + kFakeGzipHeader + " nach")) + r2 + r3},
      {"damaged", r1 + damaged + r2 + r3},
      {"garbage", r1 + "garbage between members" + r2 + r3},
      {"cut-off", r1 + r2 + r3.substr(0, r3.size() / 2)},
      {"two-in-one", r1 + Gzip(Response(6, "sechs") + Response(7, "sieben")) + r2},
      {"split", r1 + Gzip(split.substr(0, split.size() / 2)) + Gzip(split.substr(split.size() / 2)) + r2},
      {"blank-lines", r1 + Gzip("\r\n" + Response(8, "acht")) + r2},
      {"anomaly-last", r1 + r2 + damaged},
      {"one-member", Gzip(Response(1, "a") + Response(2, "b") + Response(3, "c"))},
  };
  for (const auto& [name, bytes] : cases) {
    SCOPED_TRACE(name);
    WriteFile(dir / (name + ".warc.gz"), bytes);
    ExpectSameReading({dir / (name + ".warc.gz")});
  }
  // Several files, the first with a wrong guess near its end: its rest is
  // read again before the next file's records.
  ExpectSameReading({dir / "fake-header.warc.gz", dir / "damaged.warc.gz", dir / "garbage.warc.gz"});
}

TEST(WarcMembers, LimitsAndCodingsReadAsSequentially) {
  TempDir dir("members-limits");
  const std::string big = Gzip(Response(1, std::string(5000, 'g')));
  std::string chunked = "HTTP/1.1 200 OK\r\nContent-Type: text/html\r\nTransfer-Encoding: chunked\r\n\r\n";
  const std::string body = Page("Chunked", "Text");
  char size[16];
  std::snprintf(size, sizeof(size), "%zx", body.size());
  chunked += std::string(size) + "\r\n" + body + "\r\n0\r\n\r\n";
  const std::string coded = Gzip(WarcRecordBytes("response", "<urn:uuid:c>", "https://a.example/c",
                                                 "application/http; msgtype=response", chunked));
  WriteFile(dir / "a.warc.gz", Gzip(Response(0, "klein")) + big + coded + Gzip(Response(2, "danach")));
  InputOptions small;
  small.max_input_bytes = 3000;  // the big record is too large, the others are not
  ExpectSameReading({dir / "a.warc.gz"}, small);
  ExpectSameReading({dir / "a.warc.gz"});
}

}  // namespace
}  // namespace klartext::io
