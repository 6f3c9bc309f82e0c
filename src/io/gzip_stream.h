// io/gzip_stream.h: the bytes of a file, gunzipped when they are gzip.
//
// A ByteStream reads a plain or gzip-compressed source sequentially with a
// fixed-size buffer, so a multi-gigabyte archive never sits in memory. A
// regular file is memory-mapped instead and read without copying: Peek
// hands out views straight into the mapping of a plain file, a gzip file
// is inflated straight from its mapping, and pages already read are
// dropped from the process as reading moves on, so the resident set stays
// small however large the file. Gzip
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
  // Opens a regular file and reads it from `offset` on (of the file's own
  // bytes: for gzip, where a member starts). Fails for files that cannot
  // be mapped.
  static Result<std::unique_ptr<ByteStream>> OpenFileAt(const std::string& path, std::size_t offset);
  // A stream over bytes held in memory (tests, fuzzing, stdin).
  static std::unique_ptr<ByteStream> FromString(std::string bytes);

  ~ByteStream();
  ByteStream(const ByteStream&) = delete;
  ByteStream& operator=(const ByteStream&) = delete;

  // Reads up to `n` bytes of (decompressed) data into `buf`. Returns 0 only
  // at the end of the stream. A Status::Corrupt error leaves the stream
  // positioned after the damage; reading on continues with the next member.
  Result<std::size_t> Read(char* buf, std::size_t n);

  // Zero-copy reading, for parsers that look ahead (the WARC reader). Makes
  // at least `want` bytes visible past the read position unless the stream
  // ends or fails first, and returns every visible byte (possibly many
  // more than `want`). A failure is stored in *error, after the bytes
  // before it have been made visible; reading on continues past it, as
  // with Read. The view is valid until the next call on the stream. Use
  // either Read or Peek/Skip on one stream, not both.
  std::string_view Peek(std::size_t want, Status* error);
  // Consumes `n` bytes of the last Peek's view (n <= its size).
  void Skip(std::size_t n);
  // Consumes up to `n` bytes into `buf`: first what Peek has made visible,
  // then straight from the source, so a long run of bytes (a WARC block)
  // is inflated into its destination instead of through Peek's buffer and
  // copied. Returns fewer than `n` only at the end of the stream or on a
  // failure, which is stored in *error after the bytes before it. The one
  // call that may follow Peek/Skip on the same stream.
  std::size_t Take(char* buf, std::size_t n, Status* error);

  bool compressed() const { return gzip_; }
  bool mapped() const { return map_ != nullptr; }
  bool plain_mapped() const { return map_ != nullptr && !gzip_; }
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
  struct Inflater;

  // Maps `file_` if it is a plain regular file; leaves it unmapped (to be
  // read with fread) for gzip, pipes and anything mmap refuses.
  void TryMap();
  // Hands the mapped pages before offset `done` back to the kernel.
  void ReleaseReadPages(std::size_t done);

  std::FILE* file_ = nullptr;
  const char* map_ = nullptr;     // the whole file, when mapped
  std::size_t map_size_ = 0;
  std::size_t map_pos_ = 0;       // read position in the mapping
  std::size_t map_released_ = 0;  // bytes before this are released
  std::string peek_;              // Peek's buffer when not mapped
  std::size_t peek_pos_ = 0;
  std::string memory_;            // the source when made by FromString
  std::size_t memory_pos_ = 0;
  std::string in_buf_;            // source bytes read into memory
  std::string_view in_;           // the input: in_buf_, or a mapped gzip file
  std::size_t in_pos_ = 0;        // first unconsumed byte of in_
  bool source_done_ = false;
  std::uint64_t source_consumed_ = 0;
  bool gzip_ = false;
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
