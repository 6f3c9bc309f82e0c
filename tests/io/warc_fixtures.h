// tests/io/warc_fixtures.h: WARC and gzip bytes made in code for tests.
//
// Every fixture is built here from literal strings, so each test shows
// exactly what it feeds the reader.
#ifndef KLARTEXT_TESTS_IO_WARC_FIXTURES_H_
#define KLARTEXT_TESTS_IO_WARC_FIXTURES_H_

#include <unistd.h>
#include <zlib.h>

#include <cstdio>
#include <filesystem>
#include <fstream>
#include <string>
#include <string_view>

namespace klartext::io::testing {

// One gzip member holding `data`, compressed at zlib `level`.
inline std::string Gzip(std::string_view data, int level = Z_BEST_SPEED) {
  z_stream z{};
  deflateInit2(&z, level, Z_DEFLATED, 15 + 16, 8, Z_DEFAULT_STRATEGY);
  std::string out(deflateBound(&z, data.size()) + 64, '\0');
  z.next_in = reinterpret_cast<Bytef*>(const_cast<char*>(data.data()));
  z.avail_in = static_cast<uInt>(data.size());
  z.next_out = reinterpret_cast<Bytef*>(out.data());
  z.avail_out = static_cast<uInt>(out.size());
  deflate(&z, Z_FINISH);
  out.resize(z.total_out);
  deflateEnd(&z);
  return out;
}

// A gzip member of stored (uncompressed) deflate blocks: its compressed
// bytes hold `data` as it is, so a gzip header inside `data` is one inside
// the member's compressed data too (what member guessing must survive).
inline std::string GzipStored(std::string_view data) { return Gzip(data, Z_NO_COMPRESSION); }

// Bytes that pass for a gzip header (ID1 ID2 CM, no flags, MTIME, XFL 0, OS 3).
inline const std::string kFakeGzipHeader("\x1f\x8b\x08\x00\x00\x00\x00\x00\x00\x03", 10);

// A WARC/1.1 record: version line, fields, blank line, block, CRLF CRLF.
inline std::string WarcRecordBytes(std::string_view type, std::string_view id, std::string_view uri,
                                   std::string_view content_type, std::string_view block) {
  std::string r = "WARC/1.1\r\n";
  r += "WARC-Type: " + std::string(type) + "\r\n";
  r += "WARC-Record-ID: " + std::string(id) + "\r\n";
  r += "WARC-Date: 2025-04-04T13:01:00Z\r\n";
  if (!uri.empty()) r += "WARC-Target-URI: " + std::string(uri) + "\r\n";
  r += "Content-Type: " + std::string(content_type) + "\r\n";
  r += "Content-Length: " + std::to_string(block.size()) + "\r\n\r\n";
  r += block;
  r += "\r\n\r\n";
  return r;
}

// An HTTP response message as stored in a response record.
inline std::string HttpResponseBytes(int status, std::string_view content_type, std::string_view body) {
  std::string r = "HTTP/1.1 " + std::to_string(status) + " Whatever\r\n";
  if (!content_type.empty()) r += "Content-Type: " + std::string(content_type) + "\r\n";
  r += "Content-Length: " + std::to_string(body.size()) + "\r\n\r\n";
  r += body;
  return r;
}

inline std::string ResponseRecord(std::string_view id, std::string_view uri, std::string_view content_type,
                                  std::string_view body, int status = 200) {
  return WarcRecordBytes("response", id, uri, "application/http; msgtype=response",
                         HttpResponseBytes(status, content_type, body));
}

inline std::string Page(std::string_view title, std::string_view text) {
  return "<html><head><title>" + std::string(title) + "</title></head><body><article><p>" + std::string(text) +
         "</p></article></body></html>";
}

inline void WriteFile(const std::filesystem::path& path, std::string_view bytes) {
  std::ofstream out(path, std::ios::binary);
  out.write(bytes.data(), static_cast<std::streamsize>(bytes.size()));
}

inline std::string ReadFile(const std::filesystem::path& path) {
  std::ifstream in(path, std::ios::binary);
  return std::string(std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>());
}

// A fresh, empty directory for one test, removed at destruction.
class TempDir {
 public:
  explicit TempDir(std::string_view name) {
    path_ = std::filesystem::temp_directory_path() /
            ("klartext-" + std::string(name) + "-" + std::to_string(::getpid()));
    std::filesystem::remove_all(path_);
    std::filesystem::create_directories(path_);
  }
  ~TempDir() {
    std::error_code ec;
    std::filesystem::remove_all(path_, ec);
  }
  const std::filesystem::path& path() const { return path_; }
  std::string operator/(std::string_view name) const { return (path_ / name).string(); }

 private:
  std::filesystem::path path_;
};

}  // namespace klartext::io::testing

#endif  // KLARTEXT_TESTS_IO_WARC_FIXTURES_H_
