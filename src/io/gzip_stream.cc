#include "io/gzip_stream.h"

#include <sys/mman.h>
#include <sys/stat.h>
#include <isa-l/igzip_lib.h>
#include <unistd.h>
#include <zlib.h>

#include <algorithm>
#include <cerrno>
#include <cstring>

namespace klartext::io {
namespace {

// Read size for the source. 256 KiB keeps syscalls rare and costs nothing.
constexpr std::size_t kSourceChunk = std::size_t{256} << 10;
// Every gzip member starts with these bytes: ID1, ID2, CM = 8 (deflate).
constexpr char kGzipMagic[] = "\x1f\x8b\x08";
constexpr std::size_t kGzipMagicLen = 3;
// Compressed bytes of the open member kept for resync after damage. A WARC
// record member is rarely over a few MiB; past this, resync starts where
// the damage was found instead, so memory stays bounded.
constexpr std::size_t kMaxMemberBacktrack = std::size_t{64} << 20;
// zlib (HTTP bodies): 15-bit window; +32 detects gzip or zlib.
constexpr int kWindowBitsAuto = 15 + 32;
constexpr int kWindowBitsRaw = -15;
// A mapped file's pages are handed back to the kernel in steps of this
// size once read: large enough that madvise is rare, small enough that the
// resident set stays far below the 200 MB on any archive.
constexpr std::size_t kMapReleaseStep = std::size_t{8} << 20;
// Most input handed to one isal_inflate call (its counters are 32-bit).
constexpr std::size_t kMaxInflateInput = std::size_t{1} << 30;
// Peek's buffer for unmapped streams grows by at least this much a time:
// enough for a record's WARC and HTTP headers in one inflate call, small
// enough that the block after them is mostly inflated by Take straight
// into the record rather than here and copied (about 3% of a .warc.gz
// run's instructions went to that copy and to zero-filling this buffer
// when it grew by 256 KiB).
constexpr std::size_t kPeekChunk = std::size_t{4} << 10;

}  // namespace

// The stream's gzip members are inflated with ISA-L's igzip, 3-4 times as
// fast as zlib (zlib was a quarter of a .warc.gz run's CPU time); it checks
// each member's header, CRC-32 and length as zlib does. HTTP bodies
// (InflateHttpBody) stay with zlib, which also reads zlib and raw deflate.
struct ByteStream::Inflater {
  inflate_state state;
  Status pending;  // an error to report after returning the bytes before it
  Inflater() { Reset(); }
  void Reset() {
    isal_inflate_init(&state);
    state.crc_flag = ISAL_GZIP;  // parse the gzip header, verify the trailer
  }
};

namespace {

const char* IsalErrorText(int rc) {
  switch (rc) {
    case ISAL_INVALID_BLOCK: return "invalid deflate block";
    case ISAL_INVALID_SYMBOL: return "invalid deflate symbol";
    case ISAL_INVALID_LOOKBACK: return "invalid distance too far back";
    case ISAL_INVALID_WRAPPER: return "invalid gzip header";
    case ISAL_UNSUPPORTED_METHOD: return "unsupported compression method";
    case ISAL_INCORRECT_CHECKSUM: return "incorrect data check";
    case ISAL_NEED_DICT: return "preset dictionary needed";
    default: return "inflate failed";
  }
}

}  // namespace

ByteStream::~ByteStream() {
  if (map_ != nullptr) ::munmap(const_cast<char*>(map_), map_size_);
  if (file_ != nullptr) std::fclose(file_);
}

void ByteStream::TryMap() {
  struct stat st {};
  if (::fstat(::fileno(file_), &st) != 0 || !S_ISREG(st.st_mode) || st.st_size <= 0) return;
  std::size_t size = static_cast<std::size_t>(st.st_size);
  void* m = ::mmap(nullptr, size, PROT_READ, MAP_PRIVATE, ::fileno(file_), 0);
  if (m == MAP_FAILED) return;
  const char* bytes = static_cast<const char*>(m);
  ::madvise(m, size, MADV_SEQUENTIAL);
  map_ = bytes;
  map_size_ = size;
  source_done_ = true;
  // Gzip is inflated straight from the mapping: the whole file is the
  // input buffer, so nothing is copied in by read(2).
  gzip_ = size >= 2 && bytes[0] == kGzipMagic[0] && bytes[1] == kGzipMagic[1];
  if (gzip_) in_ = std::string_view(bytes, size);
}

void ByteStream::ReleaseReadPages(std::size_t done) {
  if (done < map_released_ || done - map_released_ < kMapReleaseStep) return;
  static const std::size_t page = static_cast<std::size_t>(::sysconf(_SC_PAGESIZE));
  std::size_t end = done / page * page;
  if (end <= map_released_) return;
  // MADV_DONTNEED on a read-only file mapping only unmaps: the data stays
  // in the page cache and would be faulted in again if touched.
  ::madvise(const_cast<char*>(map_) + map_released_, end - map_released_, MADV_DONTNEED);
  map_released_ = end;
}

std::string_view ByteStream::Peek(std::size_t want, Status* error) {
  if (plain_mapped()) return std::string_view(map_ + map_pos_, map_size_ - map_pos_);
  if (peek_pos_ > 0 && peek_pos_ >= peek_.size() / 2) {
    peek_.erase(0, peek_pos_);
    peek_pos_ = 0;
  }
  while (peek_.size() - peek_pos_ < want) {
    std::size_t old = peek_.size();
    std::size_t chunk = std::max(kPeekChunk, want - (old - peek_pos_));
    peek_.resize(old + chunk);
    Result<std::size_t> got = Read(peek_.data() + old, chunk);
    peek_.resize(old + (got.ok() ? *got : 0));
    if (!got.ok()) {
      *error = got.status();
      break;
    }
    if (*got == 0) break;  // the end
  }
  return std::string_view(peek_).substr(peek_pos_);
}

void ByteStream::Skip(std::size_t n) {
  if (plain_mapped()) {
    map_pos_ += std::min(n, map_size_ - map_pos_);
    source_consumed_ = map_pos_;
    ReleaseReadPages(map_pos_);
    return;
  }
  peek_pos_ += std::min(n, peek_.size() - peek_pos_);
}

std::size_t ByteStream::Take(char* buf, std::size_t n, Status* error) {
  if (plain_mapped()) {
    std::size_t take = std::min(n, map_size_ - map_pos_);
    std::memcpy(buf, map_ + map_pos_, take);
    Skip(take);
    return take;
  }
  std::size_t done = std::min(n, peek_.size() - peek_pos_);
  std::memcpy(buf, peek_.data() + peek_pos_, done);
  peek_pos_ += done;
  while (done < n) {
    Result<std::size_t> got = Read(buf + done, n - done);
    if (!got.ok()) {
      *error = got.status();
      break;
    }
    if (*got == 0) break;  // the end
    done += *got;
  }
  return done;
}

Result<std::unique_ptr<ByteStream>> ByteStream::OpenFileAt(const std::string& path, std::size_t offset) {
  auto s = OpenFile(path);
  if (!s.ok()) return s.status();
  ByteStream& b = **s;
  if (!b.mapped() || offset > b.map_size_) return Status::IoError("cannot read from the middle of this file");
  if (b.gzip_) {
    b.in_pos_ = offset;  // a member header starts here (the caller knows)
  } else {
    b.map_pos_ = offset;
  }
  b.source_consumed_ = offset;
  return s;
}

Result<std::unique_ptr<ByteStream>> ByteStream::OpenFile(const std::string& path) {
  std::FILE* f = std::fopen(path.c_str(), "rb");
  if (f == nullptr) return Status::IoError(std::string("cannot open: ") + std::strerror(errno));
  std::unique_ptr<ByteStream> s(new ByteStream());
  s->file_ = f;
  s->TryMap();
  if (s->mapped()) return s;
  auto filled = s->FillInput();
  if (!filled.ok()) return filled.status();
  s->gzip_ = s->in_.size() >= 2 && s->in_[0] == kGzipMagic[0] && s->in_[1] == kGzipMagic[1];
  return s;
}

std::unique_ptr<ByteStream> ByteStream::FromString(std::string bytes) {
  std::unique_ptr<ByteStream> s(new ByteStream());
  s->memory_ = std::move(bytes);
  (void)s->FillInput();  // reading memory cannot fail
  s->gzip_ = s->in_.size() >= 2 && s->in_[0] == kGzipMagic[0] && s->in_[1] == kGzipMagic[1];
  return s;
}

Result<bool> ByteStream::FillInput() {
  if (source_done_) return false;
  // Keep unconsumed bytes, and the whole open member (resync restarts just
  // after its header); drop the rest.
  if (member_open_ && in_pos_ - std::min(member_start_, in_pos_) > kMaxMemberBacktrack) member_start_ = in_pos_;
  std::size_t keep_from = member_open_ ? std::min(member_start_, in_pos_) : in_pos_;
  in_buf_.erase(0, keep_from);
  in_pos_ -= keep_from;
  member_start_ -= std::min(member_start_, keep_from);
  std::size_t old = in_buf_.size();
  if (file_ != nullptr) {
    in_buf_.resize(old + kSourceChunk);
    std::size_t got = std::fread(in_buf_.data() + old, 1, kSourceChunk, file_);
    in_buf_.resize(old + got);
    in_ = in_buf_;
    source_consumed_ += got;
    if (got < kSourceChunk) {
      if (std::ferror(file_)) return Status::IoError(std::string("read failed: ") + std::strerror(errno));
      source_done_ = true;
    }
    return got > 0;
  }
  std::size_t take = std::min(kSourceChunk, memory_.size() - memory_pos_);
  in_buf_.append(memory_, memory_pos_, take);
  in_ = in_buf_;
  memory_pos_ += take;
  source_consumed_ += take;
  if (memory_pos_ == memory_.size()) source_done_ = true;
  return take > 0;
}

Result<std::size_t> ByteStream::Read(char* buf, std::size_t n) {
  if (n == 0) return std::size_t{0};
  return gzip_ ? ReadGzip(buf, n) : ReadPlain(buf, n);
}

Result<std::size_t> ByteStream::ReadPlain(char* buf, std::size_t n) {
  if (map_ != nullptr) {
    std::size_t take = std::min(n, map_size_ - map_pos_);
    std::memcpy(buf, map_ + map_pos_, take);
    Skip(take);
    return take;
  }
  if (in_pos_ == in_.size()) {
    auto more = FillInput();
    if (!more.ok()) return more.status();
    if (in_pos_ == in_.size()) return std::size_t{0};
  }
  std::size_t take = std::min(n, in_.size() - in_pos_);
  std::memcpy(buf, in_.data() + in_pos_, take);
  in_pos_ += take;
  return take;
}

Result<bool> ByteStream::SkipToNextMember() {
  std::string_view magic(kGzipMagic, kGzipMagicLen);
  for (;;) {
    std::size_t at = std::string_view(in_).find(magic, in_pos_);
    if (at != std::string_view::npos) {
      in_pos_ = at;
      return true;
    }
    // Keep a possible partial magic at the end of the buffer.
    if (in_.size() - in_pos_ >= kGzipMagicLen) in_pos_ = in_.size() - (kGzipMagicLen - 1);
    auto more = FillInput();
    if (!more.ok()) return more.status();
    if (!*more) {
      in_pos_ = in_.size();
      return false;
    }
  }
}

Result<std::size_t> ByteStream::ReadGzip(char* buf, std::size_t n) {
  if (!inflater_) inflater_ = std::make_unique<Inflater>();
  Inflater& inf = *inflater_;
  if (!inf.pending.ok()) {
    Status s = inf.pending;
    inf.pending = Status();
    return s;
  }
  std::size_t produced = 0;
  while (produced < n) {
    if (in_pos_ == in_.size()) {
      auto more = FillInput();
      if (!more.ok()) return more.status();
      if (!*more && in_pos_ == in_.size()) {
        if (member_open_) {
          member_open_ = false;
          inf.Reset();
          Status s = Status::Corrupt("truncated gzip member at end of file");
          if (produced > 0) {
            inf.pending = s;
            return produced;
          }
          return s;
        }
        return produced;  // clean end
      }
    }
    if (!member_open_) {
      // A member must start here; anything else is damage.
      if (in_.size() - in_pos_ < kGzipMagicLen && !source_done_) {
        auto more = FillInput();
        if (!more.ok()) return more.status();
        continue;
      }
      if (std::string_view(in_).substr(in_pos_, kGzipMagicLen) != std::string_view(kGzipMagic, kGzipMagicLen)) {
        auto found = SkipToNextMember();
        if (!found.ok()) return found.status();
        Status s = Status::Corrupt("bytes between gzip members are not gzip");
        if (produced > 0) {
          inf.pending = s;
          return produced;
        }
        return s;
      }
      member_open_ = true;
      member_start_ = in_pos_;
    }
    // igzip's counters are 32-bit: a mapped file is given to it a slice at
    // a time, and n is a caller's buffer (a WARC block step).
    const std::uint32_t given = static_cast<std::uint32_t>(std::min(in_.size() - in_pos_, kMaxInflateInput));
    // igzip only reads its input; its API lacks the const.
    inf.state.next_in = reinterpret_cast<std::uint8_t*>(const_cast<char*>(in_.data() + in_pos_));
    inf.state.avail_in = given;
    inf.state.next_out = reinterpret_cast<std::uint8_t*>(buf + produced);
    inf.state.avail_out = static_cast<std::uint32_t>(std::min(n - produced, kMaxInflateInput));
    int rc = isal_inflate(&inf.state);
    in_pos_ += given - inf.state.avail_in;
    if (map_ != nullptr) {
      source_consumed_ = in_pos_;
      ReleaseReadPages(member_open_ ? std::min(member_start_, in_pos_) : in_pos_);
    }
    produced = static_cast<std::size_t>(reinterpret_cast<char*>(inf.state.next_out) - buf);
    if (rc == ISAL_DECOMP_OK) {
      if (inf.state.block_state == ISAL_BLOCK_FINISH) {  // the member's trailer checked
        inf.Reset();
        member_open_ = false;
      }
      continue;  // otherwise it wants more input (fetched above) or room
    }
    // A bad block, symbol, distance, header or checksum: skip this member.
    // Damaged deflate data may have run on into the next member, so search
    // again from just after this member's header.
    inf.Reset();
    member_open_ = false;
    in_pos_ = member_start_ + 1;
    auto found = SkipToNextMember();
    if (!found.ok()) return found.status();
    Status s = Status::Corrupt(std::string("bad gzip data: ") + IsalErrorText(rc));
    if (produced > 0) {
      inf.pending = s;
      return produced;
    }
    return s;
  }
  return produced;
}

Result<std::string> InflateHttpBody(std::string_view data, std::size_t max_bytes) {
  // gzip/zlib headers are detected; a headerless "deflate" body (which
  // some servers send) is retried as raw deflate.
  for (int window_bits : {kWindowBitsAuto, kWindowBitsRaw}) {
    z_stream z{};
    if (inflateInit2(&z, window_bits) != Z_OK) return Status::IoError("zlib could not be initialised");
    std::string out;
    z.next_in = reinterpret_cast<Bytef*>(const_cast<char*>(data.data()));
    z.avail_in = static_cast<uInt>(data.size());
    char chunk[64 << 10];
    int rc = Z_OK;
    while (rc == Z_OK) {
      z.next_out = reinterpret_cast<Bytef*>(chunk);
      z.avail_out = sizeof(chunk);
      rc = inflate(&z, Z_NO_FLUSH);
      out.append(chunk, sizeof(chunk) - z.avail_out);
      if (out.size() > max_bytes) {
        inflateEnd(&z);
        return Status::TooLarge("decompressed HTTP body exceeds the input limit");
      }
      if (rc == Z_BUF_ERROR && z.avail_in == 0) break;  // truncated: keep what we have
    }
    inflateEnd(&z);
    if (rc == Z_STREAM_END || (rc == Z_BUF_ERROR && !out.empty())) return out;
  }
  return Status::Corrupt("HTTP body is not valid gzip or deflate data");
}

}  // namespace klartext::io
