#include "io/gzip_stream.h"

#include <gtest/gtest.h>

#include "io/warc_fixtures.h"

namespace klartext::io {
namespace {

using testing::Gzip;

// Reads the stream to its end; errors are appended as "[ERR]".
std::string Drain(ByteStream& s, int* errors) {
  std::string out;
  char buf[7];  // small on purpose: exercise refills and partial reads
  for (int guard = 0; guard < 1000000; ++guard) {
    auto got = s.Read(buf, sizeof(buf));
    if (!got.ok()) {
      ++*errors;
      EXPECT_EQ(got.status().code(), Status::Code::kCorrupt) << got.status().ToString();
      out += "[ERR]";
      continue;
    }
    if (*got == 0) return out;
    out.append(buf, *got);
  }
  ADD_FAILURE() << "stream never ended";
  return out;
}

TEST(GzipStream, PlainBytesPassThrough) {
  auto s = ByteStream::FromString("hello, plain world");
  int errors = 0;
  EXPECT_FALSE(s->compressed());
  EXPECT_EQ(Drain(*s, &errors), "hello, plain world");
  EXPECT_EQ(errors, 0);
}

TEST(GzipStream, EmptyInputEndsAtOnce) {
  auto s = ByteStream::FromString("");
  int errors = 0;
  EXPECT_EQ(Drain(*s, &errors), "");
  EXPECT_EQ(errors, 0);
}

TEST(GzipStream, ConcatenatedMembersReadAsOneStream) {
  auto s = ByteStream::FromString(Gzip("first ") + Gzip("second ") + Gzip("third"));
  int errors = 0;
  EXPECT_TRUE(s->compressed());
  EXPECT_EQ(Drain(*s, &errors), "first second third");
  EXPECT_EQ(errors, 0);
}

TEST(GzipStream, CorruptMemberIsReportedAndSkipped) {
  std::string bad = Gzip("this member gets damaged in its deflate data");
  for (std::size_t i = 12; i < bad.size() - 8; ++i) bad[i] = static_cast<char>(0xff);
  auto s = ByteStream::FromString(Gzip("before|") + bad + Gzip("|after"));
  int errors = 0;
  std::string out = Drain(*s, &errors);
  EXPECT_EQ(errors, 1);
  EXPECT_EQ(out.substr(0, 7), "before|");
  EXPECT_EQ(out.substr(out.size() - 6), "|after");
}

TEST(GzipStream, TruncatedLastMemberIsCorrupt) {
  std::string whole = Gzip(std::string(5000, 'x'));
  auto s = ByteStream::FromString(Gzip("ok") + whole.substr(0, whole.size() / 2));
  int errors = 0;
  std::string out = Drain(*s, &errors);
  EXPECT_EQ(errors, 1);
  EXPECT_EQ(out.substr(0, 2), "ok");
}

TEST(GzipStream, GarbageBetweenMembersIsReportedOnce) {
  auto s = ByteStream::FromString(Gzip("one") + "garbage bytes here" + Gzip("two"));
  int errors = 0;
  EXPECT_EQ(Drain(*s, &errors), "one[ERR]two");
  EXPECT_EQ(errors, 1);
}

TEST(GzipStream, WrongChecksumIsCorruptAndTheNextMemberStillReads) {
  std::string bad = Gzip("checked by its trailer");
  bad[bad.size() - 8] = static_cast<char>(bad[bad.size() - 8] ^ 0x55);  // CRC-32 byte
  auto s = ByteStream::FromString(bad + Gzip("|next"));
  int errors = 0;
  std::string out = Drain(*s, &errors);
  EXPECT_EQ(errors, 1);
  EXPECT_EQ(out.substr(out.size() - 5), "|next");
}

TEST(GzipStream, TrailerCutOffAtTheEndIsCorrupt) {
  std::string whole = Gzip("all the data, but not all of the trailer");
  auto s = ByteStream::FromString(whole.substr(0, whole.size() - 3));
  int errors = 0;
  Drain(*s, &errors);
  EXPECT_EQ(errors, 1);
}

TEST(GzipStream, ManyMembersReadWithAnyBufferSize) {
  // Members of many sizes, read with buffers from one byte up: the inflater
  // must hand back the input after each member's trailer, whatever room
  // for output it had when the member ended.
  std::string expected, gz;
  for (int i = 0; i < 40; ++i) {
    std::string text;
    for (int k = 0; k < i * i * 7; ++k) text.push_back(static_cast<char>('a' + (k * 31 + i) % 26));
    expected += text;
    gz += Gzip(text);
  }
  for (std::size_t size : {std::size_t{1}, std::size_t{3}, std::size_t{64}, std::size_t{4096}, std::size_t{1} << 20}) {
    auto s = ByteStream::FromString(gz);
    std::string out, buf(size, '\0');
    for (;;) {
      auto got = s->Read(buf.data(), size);
      ASSERT_TRUE(got.ok()) << "buffer " << size << ": " << got.status().ToString();
      if (*got == 0) break;
      out.append(buf, 0, *got);
    }
    EXPECT_EQ(out, expected) << "buffer " << size;
  }
}

// Peek a little, Skip some of it, Take a run that starts in Peek's view
// and goes on past it, then Peek again: the bytes come out in order and
// none twice, from plain and gzip streams alike.
TEST(GzipStream, TakeContinuesWherePeekStopped) {
  std::string text;
  for (int k = 0; k < 50000; ++k) text.push_back(static_cast<char>('a' + (k * 7) % 26));
  for (bool gzip : {false, true}) {
    auto s = ByteStream::FromString(gzip ? Gzip(text.substr(0, 20000)) + Gzip(text.substr(20000)) : text);
    Status error;
    std::string_view head = s->Peek(10, &error);
    ASSERT_GE(head.size(), 10u);
    EXPECT_EQ(head.substr(0, 10), text.substr(0, 10));
    s->Skip(4);
    std::string block(30000, '\0');
    ASSERT_EQ(s->Take(block.data(), block.size(), &error), block.size());
    EXPECT_TRUE(error.ok());
    EXPECT_EQ(block, text.substr(4, 30000)) << "gzip " << gzip;
    std::string_view rest = s->Peek(16, &error);
    EXPECT_EQ(rest.substr(0, 16), text.substr(30004, 16)) << "gzip " << gzip;
    s->Skip(16);
    std::string tail(100000, '\0');
    std::size_t got = s->Take(tail.data(), tail.size(), &error);
    EXPECT_TRUE(error.ok());
    EXPECT_EQ(tail.substr(0, got), text.substr(30020)) << "gzip " << gzip;
  }
}

TEST(GzipStream, TakeStopsAtDamageAndReportsIt) {
  std::string whole = Gzip(std::string(50000, 'x'));
  auto s = ByteStream::FromString(whole.substr(0, whole.size() / 2));
  Status error;
  std::string buf(50000, '\0');
  std::size_t got = s->Take(buf.data(), buf.size(), &error);
  EXPECT_LT(got, buf.size());
  EXPECT_EQ(error.code(), Status::Code::kCorrupt);
  EXPECT_EQ(buf.substr(0, got), std::string(got, 'x'));
}

TEST(GzipStream, OpenFileReportsMissingFile) {
  auto s = ByteStream::OpenFile("/nonexistent/klartext/file.gz");
  ASSERT_FALSE(s.ok());
  EXPECT_EQ(s.status().code(), Status::Code::kIoError);
}

TEST(InflateHttpBody, GzipAndRawDeflateAndLimit) {
  auto gz = InflateHttpBody(Gzip("body text"), 1000);
  ASSERT_TRUE(gz.ok()) << gz.status().ToString();
  EXPECT_EQ(*gz, "body text");
  auto big = InflateHttpBody(Gzip(std::string(100000, 'a')), 1000);
  ASSERT_FALSE(big.ok());
  EXPECT_EQ(big.status().code(), Status::Code::kTooLarge);
  auto junk = InflateHttpBody("definitely not deflate", 1000);
  EXPECT_FALSE(junk.ok());
}

}  // namespace
}  // namespace klartext::io
