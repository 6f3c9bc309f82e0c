// io/gzip_stream.h: the bytes of a file, gunzipped when they are gzip.
//
// A ByteStream reads a plain or gzip-compressed source sequentially with a
// fixed-size buffer, so a multi-gigabyte archive never sits in memory. Gzip
// is recognised by its magic bytes (1f 8b), not by the file name. Any
// number of concatenated gzip members are read as one stream: that is how
// a .warc.gz stores one member per record (WARC 1.1, annex D).
//
// Corrupt compressed data yields Status::Corrupt once; the stream then
// resynchronises on the next gzip member header, so one bad record does
// not lose the rest of an archive. Trailing garbage after the last member
// is reported the same way.
//
// Thread safety: a ByteStream is used by one thread at a time.
#ifndef KLARTEXT_IO_GZIP_STREAM_H_
#define KLARTEXT_IO_GZIP_STREAM_H_

#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <memory>
#include <string>
#include <string_view>

#include "klartext/status.h"

namespace klartext::io {

class ByteStream {
 public:
  // Opens a file ("-" is not accepted: stdin is read by the caller).
  static Result<std::unique_ptr<ByteStream>> OpenFile(const std::string& path);
  // A stream over bytes held in memory (tests, fuzzing, stdin).
  static std::unique_ptr<ByteStream> FromString(std::string bytes);

  ~ByteStream();
  ByteStream(const ByteStream&) = delete;
  ByteStream& operator=(const ByteStream&) = delete;

  // Reads up to `n` bytes of (decompressed) data into `buf`. Returns 0 only
  // at the end of the stream. A Status::Corrupt error leaves the stream
  // positioned after the damage; reading on continues with the next member.
  Result<std::size_t> Read(char* buf, std::size_t n);

  bool compressed() const { return gzip_; }
  // Bytes consumed from the underlying source (file position): the measure
  // of progress, comparable with the file size.
  std::uint64_t source_offset() const { return source_consumed_; }

 private:
  ByteStream() = default;
  // Refills in_ from the source; returns false at the end of the source.
  Result<bool> FillInput();
  Result<std::size_t> ReadPlain(char* buf, std::size_t n);
  Result<std::size_t> ReadGzip(char* buf, std::size_t n);
  // Drops input up to the next gzip member header; false if none is left.
  Result<bool> SkipToNextMember();

  std::FILE* file_ = nullptr;
  std::string memory_;            // the source when made by FromString
  std::size_t memory_pos_ = 0;
  std::string in_;                // buffered source bytes
  std::size_t in_pos_ = 0;        // first unconsumed byte of in_
  bool source_done_ = false;
  std::uint64_t source_consumed_ = 0;
  bool gzip_ = false;
  struct Inflater;
  std::unique_ptr<Inflater> inflater_;
  bool member_open_ = false;      // inside a gzip member
  std::size_t member_start_ = 0;  // index in in_ of the open member's header
};

// Gunzips (or inflates zlib/raw deflate) `data` in memory, for an HTTP
// Content-Encoding. Fails with Status::TooLarge beyond `max_bytes` of
// output and Status::Corrupt on bad data.
Result<std::string> InflateHttpBody(std::string_view data, std::size_t max_bytes);

}  // namespace klartext::io

#endif  // KLARTEXT_IO_GZIP_STREAM_H_
