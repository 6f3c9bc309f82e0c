// io/warc_reader.h: the records of a WARC file, one at a time.
//
// Reads WARC 1.0 and 1.1 (ISO 28500) from a ByteStream, so `.warc` and
// `.warc.gz` (one gzip member per record, or one for the whole file) are
// read the same way. Only one record's block is in memory at a time, and
// only when the caller wants it: other blocks are skipped as they stream by.
// Headers are parsed in place in the stream's look-ahead (ByteStream::Peek),
// so a mapped .warc is copied once, into the block, and nowhere else.
//
//   WarcReader reader(std::move(stream), {});
//   WarcRecord record;
//   for (;;) {
//     Result<bool> more = reader.Next(&record);
//     if (!more.ok()) { /* a broken record: report it, then go on */ continue; }
//     if (!*more) break;  // clean end
//     ...record.block...
//   }
//
// Robustness: a record without a version line, with a malformed header or
// without Content-Length gives Status::Corrupt, and the next call resyncs on
// the next line starting with "WARC/1."; a record cut short by the end of
// the file gives Status::Corrupt and the next call returns false. Damaged
// gzip members are skipped by the ByteStream (see gzip_stream.h). No input
// makes Next loop forever: every call consumes input or ends the stream.
//
// Thread safety: a WarcReader is used by one thread at a time.
#ifndef KLARTEXT_IO_WARC_READER_H_
#define KLARTEXT_IO_WARC_READER_H_

#include <cstddef>
#include <cstdint>
#include <memory>
#include <string>
#include <string_view>

#include "io/gzip_stream.h"
#include "klartext/status.h"

namespace klartext::io {

struct WarcRecord {
  std::string version;       // "WARC/1.0", "WARC/1.1"
  std::string type;          // WARC-Type, lower case: "response", "request", "warcinfo" …
  std::string record_id;     // WARC-Record-ID, "<urn:uuid:…>"
  std::string target_uri;    // WARC-Target-URI, without the <> some writers add
  std::string content_type;  // the block's Content-Type ("application/http; msgtype=response")
  std::uint64_t content_length = 0;
  // The block, when it was read (see WarcReaderOptions); else empty.
  std::string block;
  bool block_read = false;
  // The block was wanted but is larger than max_block_bytes, so it was skipped.
  bool block_too_large = false;
  // Offset of the record in the source file (compressed bytes for .warc.gz;
  // approximate: the buffered read position when the record started).
  std::uint64_t source_offset = 0;
};

struct WarcReaderOptions {
  // Blocks of these types are read; others are skipped unread. "response"
  // holds an HTTP response, "resource" a document without HTTP headers.
  bool read_response = true;
  bool read_resource = true;
  bool read_other = false;  // request, metadata, warcinfo, revisit …
  // A wanted block larger than this is skipped and flagged block_too_large,
  // so one huge record cannot exhaust memory. Default: as ExtractOptions.
  std::size_t max_block_bytes = std::size_t{256} << 20;
};

class WarcReader {
 public:
  WarcReader(std::unique_ptr<ByteStream> stream, const WarcReaderOptions& options);

  // Reads the next record into *record. Returns true for a record, false at
  // the end of the file, or Status::Corrupt for a broken record (whose
  // fields are filled as far as they were read), or Status::IoError.
  Result<bool> Next(WarcRecord* record);

  // Bytes consumed from the file so far (for progress).
  std::uint64_t source_offset() const { return stream_->source_offset(); }

  // One header field line (not empty, not a folded continuation) set in
  // *r; *name gets the field's lower-case name. Shared with
  // ParseWholeRecord, so both read a header the same way.
  enum class FieldResult { kOk, kMalformed, kBadLength };
  static FieldResult ApplyHeaderField(std::string_view line, WarcRecord* r, std::string* name, bool* have_length);
  // Whether a record of this type has its block read.
  static bool WantsBlock(const WarcReaderOptions& options, const WarcRecord& r);

 private:
  // The stream's unread bytes, at least `want` of them if it has them. A
  // stream error is remembered in stream_error_ and ends the look-ahead.
  std::string_view Fill(std::size_t want);
  // One line without its line end; false at end of input. Lines longer than
  // the header limit are cut and flagged in *too_long.
  bool ReadLine(std::string* line, bool* too_long);
  // Consumes input up to and including the next line end.
  void SkipToLineEnd();
  // Consumes `n` block bytes into *out (or discards them when out is null);
  // false if the input ends or breaks first.
  bool ReadBlock(std::uint64_t n, std::string* out);
  // Skips lines until one starts with "WARC/1."; leaves it as pending_line_.
  bool Resync();
  Status Broken(std::string_view why);

  std::unique_ptr<ByteStream> stream_;
  WarcReaderOptions options_;
  bool eof_ = false;
  Status stream_error_;       // a Corrupt/IoError from the ByteStream, not yet reported
  bool need_resync_ = false;  // the last record was broken
  bool finished_ = false;     // nothing more can be read
  std::string pending_line_;  // a version line found by Resync
  bool has_pending_line_ = false;
};

// Parses `bytes`, the inflated contents of one gzip member, as exactly one
// WARC record: its version line first, the header, the block and the two
// CRLFs after it, and nothing else. The record's fields go to *r as Next
// would set them, but the block stays in `bytes`, from *block_offset on
// (r->block is left empty; block_read and block_too_large are set).
// Returns false for anything else — several records in the member, a
// record cut short or run on, a header Next would reject — which the
// caller then reads with a WarcReader, so every such case is reported
// exactly as it always is.
bool ParseWholeRecord(std::string_view bytes, const WarcReaderOptions& options, WarcRecord* r,
                      std::size_t* block_offset);

// True if `path` names a WARC file by its extension (.warc, .warc.gz, .arc
// excluded): what the command uses to tell archives from pages.
bool IsWarcPath(std::string_view path);

}  // namespace klartext::io

#endif  // KLARTEXT_IO_WARC_READER_H_
