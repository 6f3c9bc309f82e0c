// io/warc_members.h: the gzip members of a mapped .warc.gz, found without
// inflating them, so that several threads can inflate them at once.
//
// A .warc.gz stores one gzip member per record (WARC 1.1, annex D). Where
// a member ends is only known by inflating it, which made reading a
// single-threaded step in front of every worker. Instead the next member
// is guessed: the next gzip header after the current one (bytes 1f 8b 08
// and a header that passes the checks below). The guess is checked when
// the member is inflated: it must inflate completely, with its CRC-32 and
// length right, to exactly its guessed end. A member whose guess fails
// (compressed data that happens to hold a gzip header, damage, garbage
// between members) is read again by the plain sequential reader, which
// reports whatever it finds as it always does (InputSource).
//
// Thread safety: a MappedFile is immutable once open; MemberStarts and
// InflateMember are pure functions of their arguments.
#ifndef KLARTEXT_IO_WARC_MEMBERS_H_
#define KLARTEXT_IO_WARC_MEMBERS_H_

#include <cstddef>
#include <cstdint>
#include <memory>
#include <string>
#include <string_view>

#include "klartext/status.h"

namespace klartext::io {

// A whole file mapped read-only, shared by the records cut from it.
class MappedFile {
 public:
  // Fails for anything that is not a regular, non-empty, mappable file.
  static Result<std::shared_ptr<MappedFile>> Open(const std::string& path);
  ~MappedFile();
  MappedFile(const MappedFile&) = delete;
  MappedFile& operator=(const MappedFile&) = delete;

  std::string_view bytes() const { return std::string_view(data_, size_); }
  // Hands the pages before `offset` back to the kernel (they are read
  // again from the page cache if touched), so the resident set stays small
  // however large the file. Cheap when little has been read since the
  // last call. REQUIRES: one thread at a time.
  void ReleaseBefore(std::size_t offset);

 private:
  MappedFile(const char* data, std::size_t size) : data_(data), size_(size) {}
  const char* data_;
  std::size_t size_;
  std::size_t released_ = 0;
};

// Where the next gzip member after the one starting at `from` is guessed
// to start: the first gzip header past `from`'s own, or file.size() when
// there is none.
std::size_t NextMemberGuess(std::string_view file, std::size_t from);

// Inflates `member`, one whole gzip member, into a string of exactly its
// stored length (the trailer's ISIZE). Fails with Status::TooLarge when
// that length is over `max_bytes` (nothing is inflated), and with
// Status::Corrupt unless the member inflates completely, checks out
// (CRC-32, length) and ends exactly where `member` does.
Result<std::string> InflateMember(std::string_view member, std::size_t max_bytes);

}  // namespace klartext::io

#endif  // KLARTEXT_IO_WARC_MEMBERS_H_
