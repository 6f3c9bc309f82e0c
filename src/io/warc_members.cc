#include "io/warc_members.h"

#include <fcntl.h>
#include <libdeflate.h>
#include <sys/mman.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>

namespace klartext::io {
namespace {

// A gzip member is at least a 10-byte header, an empty deflate block and
// the 8-byte trailer: the next member is looked for this far on.
constexpr std::size_t kMinMemberBytes = 20;
// Read pages are handed back in steps of this size (as in ByteStream).
constexpr std::size_t kReleaseStep = std::size_t{8} << 20;

// Whether a gzip header starts at file[at]: ID1 ID2 CM = 1f 8b 08, a flag
// byte without the reserved bits, and an extra-flags byte gzip writers use
// (0, 2 = best, 4 = fastest). Compressed data holds such bytes about once
// in 10^10 positions (2^-24 * 1/8 * 3/256); a false guess is caught when
// the member before it fails to inflate to its end.
bool IsGzipHeaderAt(std::string_view file, std::size_t at) {
  if (file.size() - at < 10) return false;
  const auto b = [&](std::size_t k) { return static_cast<unsigned char>(file[at + k]); };
  return b(0) == 0x1f && b(1) == 0x8b && b(2) == 0x08 && (b(3) & 0xE0) == 0 &&
         (b(8) == 0 || b(8) == 2 || b(8) == 4);
}

std::uint32_t LittleEndian32(const char* p) {
  const auto b = [&](int k) { return static_cast<std::uint32_t>(static_cast<unsigned char>(p[k])); };
  return b(0) | b(1) << 8 | b(2) << 16 | b(3) << 24;
}

// One decompressor per thread: libdeflate's are not shared between threads,
// and allocating one per member would cost more than some members take.
libdeflate_decompressor* ThreadDecompressor() {
  struct Holder {
    libdeflate_decompressor* d = libdeflate_alloc_decompressor();
    ~Holder() { libdeflate_free_decompressor(d); }
  };
  thread_local Holder holder;
  return holder.d;
}

}  // namespace

Result<std::shared_ptr<MappedFile>> MappedFile::Open(const std::string& path) {
  const int fd = ::open(path.c_str(), O_RDONLY | O_CLOEXEC);
  if (fd < 0) return Status::IoError(std::string("cannot open: ") + std::strerror(errno));
  struct stat st {};
  if (::fstat(fd, &st) != 0 || !S_ISREG(st.st_mode) || st.st_size <= 0) {
    ::close(fd);
    return Status::Unsupported("not a regular non-empty file");
  }
  const std::size_t size = static_cast<std::size_t>(st.st_size);
  void* m = ::mmap(nullptr, size, PROT_READ, MAP_PRIVATE, fd, 0);
  ::close(fd);  // the mapping keeps the file
  if (m == MAP_FAILED) return Status::IoError(std::string("cannot map: ") + std::strerror(errno));
  ::madvise(m, size, MADV_SEQUENTIAL);
  return std::shared_ptr<MappedFile>(new MappedFile(static_cast<const char*>(m), size));
}

MappedFile::~MappedFile() { ::munmap(const_cast<char*>(data_), size_); }

void MappedFile::ReleaseBefore(std::size_t offset) {
  if (offset < released_ || offset - released_ < kReleaseStep) return;
  static const std::size_t page = static_cast<std::size_t>(::sysconf(_SC_PAGESIZE));
  const std::size_t end = offset / page * page;
  if (end <= released_) return;
  // MADV_DONTNEED on a read-only file mapping only unmaps: the data stays
  // in the page cache.
  ::madvise(const_cast<char*>(data_) + released_, end - released_, MADV_DONTNEED);
  released_ = end;
}

std::size_t NextMemberGuess(std::string_view file, std::size_t from) {
  for (std::size_t at = from + kMinMemberBytes; at < file.size(); ++at) {
    const void* hit = std::memchr(file.data() + at, 0x1f, file.size() - at);
    if (hit == nullptr) break;
    at = static_cast<std::size_t>(static_cast<const char*>(hit) - file.data());
    if (IsGzipHeaderAt(file, at)) return at;
  }
  return file.size();
}

Result<std::string> InflateMember(std::string_view member, std::size_t max_bytes) {
  if (member.size() < kMinMemberBytes) return Status::Corrupt("gzip member too short");
  // The trailer ends in ISIZE, the length mod 2^32, little-endian.
  const std::uint32_t length = LittleEndian32(member.data() + member.size() - 4);
  if (length > max_bytes) return Status::TooLarge("gzip member longer than wanted");
  std::string out(length, '\0');
  std::size_t used = 0, produced = 0;
  const libdeflate_result rc = libdeflate_gzip_decompress_ex(ThreadDecompressor(), member.data(), member.size(),
                                                             out.data(), out.size(), &used, &produced);
  if (rc != LIBDEFLATE_SUCCESS || used != member.size() || produced != out.size()) {
    return Status::Corrupt("gzip member does not inflate to its end");
  }
  return out;
}

}  // namespace klartext::io
