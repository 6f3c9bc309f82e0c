#include "io/input_source.h"

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <cstdio>
#include <cstring>
#include <filesystem>
#include <iostream>

#include "io/gzip_stream.h"
#include "io/warc_http.h"
#include "io/warc_reader.h"
#include "klartext/extract.h"

namespace klartext::io {
namespace {

// Directory trees deeper than this are not followed further: a guard
// against pathological trees, far beyond any real crawl layout.
constexpr int kMaxDirectoryDepth = 64;
// Read size for pages.
constexpr std::size_t kPageChunk = std::size_t{256} << 10;
// HTTP status classes: only successful responses carry the page itself.
constexpr int kFirstSuccessCode = 200;
constexpr int kLastSuccessCode = 299;
// How much of an untyped HTTP body is sniffed for markup (the WHATWG MIME
// sniffing algorithm looks at the first 1445 bytes; 1 KiB is as good here).
constexpr std::size_t kSniffBytes = 1024;

std::string_view Trim(std::string_view s) {
  while (!s.empty() && (s.front() == ' ' || s.front() == '\t')) s.remove_prefix(1);
  while (!s.empty() && (s.back() == ' ' || s.back() == '\t' || s.back() == '\r')) s.remove_suffix(1);
  return s;
}

std::uint64_t FileSize(const std::string& path) {
  struct stat st;
  if (::stat(path.c_str(), &st) != 0 || !S_ISREG(st.st_mode)) return 0;
  return static_cast<std::uint64_t>(st.st_size);
}

std::string TooLargeMessage(std::size_t max_bytes) {
  return "input larger than the limit of " + std::to_string(max_bytes) + " bytes";
}

// Reads a whole (possibly gzip) stream, failing beyond max_bytes.
Status ReadAll(ByteStream& stream, std::size_t max_bytes, std::string* out) {
  out->clear();
  for (;;) {
    std::size_t old = out->size();
    out->resize(old + kPageChunk);
    Result<std::size_t> got = stream.Read(out->data() + old, kPageChunk);
    if (!got.ok()) {
      out->clear();
      return got.status();
    }
    out->resize(old + *got);
    if (*got == 0) return Status();
    if (out->size() > max_bytes) {
      out->clear();
      out->shrink_to_fit();
      return Status::TooLarge(TooLargeMessage(max_bytes));
    }
  }
}

// Reads a whole page file with one read() into a string of its size: no
// mapping (an mmap and munmap per page cost page faults and a TLB shootdown
// each, 15 % of a directory run's time) and no chunked growth; gzip bytes
// are then inflated from memory. Returns false when the path is not a
// regular file of known size within the limit; the caller then reads it
// through a ByteStream, which reports any error.
bool ReadPlainFile(const std::string& path, std::size_t max_bytes, InputRecord* record) {
  int fd = ::open(path.c_str(), O_RDONLY | O_CLOEXEC);
  if (fd < 0) return false;  // ByteStream::OpenFile reports the error
  struct stat st {};
  if (::fstat(fd, &st) != 0 || !S_ISREG(st.st_mode)) {
    ::close(fd);
    return false;
  }
  std::size_t size = static_cast<std::size_t>(st.st_size);
  // Too large, or size 0 (empty, or a /proc-like file whose size is not
  // known): the stream reads it until its end and decides.
  if (size > max_bytes || size == 0) {
    ::close(fd);
    return false;
  }
  std::string& bytes = record->bytes;
  bytes.resize(size);
  std::size_t got = 0;
  while (got < size) {
    ssize_t n = ::read(fd, bytes.data() + got, size - got);
    if (n < 0 && errno == EINTR) continue;
    if (n < 0) {
      int error = errno;
      ::close(fd);
      bytes = std::string();
      record->status = Status::IoError(std::string("read failed: ") + std::strerror(error));
      return true;
    }
    if (n == 0) break;  // the file shrank since fstat
    got += static_cast<std::size_t>(n);
  }
  ::close(fd);
  bytes.resize(got);
  record->source_bytes = got;
  if (got >= 2 && bytes[0] == '\x1f' && bytes[1] == '\x8b') {  // gzip magic: inflate it
    auto stream = ByteStream::FromString(std::move(bytes));
    record->status = ReadAll(*stream, max_bytes, &bytes);
  }
  if (record->status.ok() && bytes.empty()) record->status = Status::NoContent("empty input");
  return true;
}

}  // namespace

struct InputSource::WarcState {
  std::string path;
  std::unique_ptr<WarcReader> reader;
  std::uint64_t reported_offset = 0;  // source bytes already counted
};

InputSource::InputSource(std::vector<std::string> arguments, const InputOptions& options)
    : arguments_(std::move(arguments)), options_(options) {}

InputSource::~InputSource() = default;

Status InputSource::Open() {
  bool stdin_seen = false;
  for (const std::string& argument : arguments_) {
    if (argument == "-") {
      if (stdin_seen) return Status::InvalidArgument("\"-\" (standard input) given more than once");
      stdin_seen = true;
      Status s = ReadStdin();
      if (!s.ok()) return s;
      continue;
    }
    Expand(argument, 0);
  }
  for (const Path& p : paths_) {
    if (!p.is_stdin_page) total_bytes_ += FileSize(p.name);
    if (!p.is_stdin_page && IsWarcPath(p.name)) has_warc_ = true;
  }
  return Status();
}

void InputSource::Expand(const std::string& argument, int depth) {
  std::error_code ec;
  std::filesystem::file_status st = std::filesystem::status(argument, ec);
  if (ec || !std::filesystem::is_directory(st)) {
    paths_.push_back({argument});  // a file, or a missing path reported later
    return;
  }
  if (depth >= kMaxDirectoryDepth) return;
  std::vector<std::filesystem::directory_entry> entries;
  for (std::filesystem::directory_iterator it(argument, ec), end; !ec && it != end; it.increment(ec)) {
    entries.push_back(*it);
  }
  if (ec) {
    paths_.push_back({argument});  // unreadable directory: its error is reported in place
    return;
  }
  std::sort(entries.begin(), entries.end(),
            [](const auto& a, const auto& b) { return a.path().filename() < b.path().filename(); });
  for (const auto& entry : entries) {
    std::string name = entry.path().filename().string();
    if (name.empty() || name[0] == '.') continue;
    std::error_code entry_ec;
    if (entry.is_symlink(entry_ec) && entry.is_directory(entry_ec)) continue;  // no loops
    if (entry.is_directory(entry_ec)) {
      Expand(entry.path().string(), depth + 1);
    } else if (entry.is_regular_file(entry_ec)) {
      paths_.push_back({entry.path().string()});
    }
  }
}

Status InputSource::ReadStdin() {
  std::string data;
  char chunk[64 << 10];
  std::size_t got;
  while ((got = std::fread(chunk, 1, sizeof(chunk), stdin)) > 0) {
    data.append(chunk, got);
    if (data.size() > options_.max_input_bytes) break;
  }
  bool as_paths = options_.stdin_mode == StdinMode::kPaths;
  std::vector<std::string> lines;
  if (options_.stdin_mode != StdinMode::kPage && data.find('\0') == std::string::npos) {
    std::size_t pos = 0;
    bool all_exist = true;
    while (pos < data.size()) {
      std::size_t nl = data.find('\n', pos);
      std::string_view line = Trim(std::string_view(data).substr(pos, nl == std::string::npos ? std::string::npos : nl - pos));
      pos = nl == std::string::npos ? data.size() : nl + 1;
      if (line.empty()) continue;
      lines.emplace_back(line);
      std::error_code ec;
      if (all_exist && options_.stdin_mode == StdinMode::kAuto && !std::filesystem::exists(lines.back(), ec)) {
        all_exist = false;
        break;
      }
    }
    if (options_.stdin_mode == StdinMode::kAuto) as_paths = all_exist && !lines.empty();
  }
  if (as_paths) {
    for (const std::string& line : lines) Expand(line, 0);
    return Status();
  }
  stdin_page_ = std::move(data);
  paths_.push_back({"-", true});
  return Status();
}

bool InputSource::Next(InputRecord* record) {
  if (!NextRecord(record, /*deferred=*/false)) return false;
  bytes_read_.fetch_add(record->source_bytes, std::memory_order_relaxed);
  return true;
}

bool InputSource::NextDeferred(InputRecord* record) {
  if (abandoned_.load(std::memory_order_relaxed)) return false;
  if (!NextRecord(record, /*deferred=*/true)) return false;
  // A member's bytes count when it is accepted: it may be read again.
  if (!record->member) bytes_read_.fetch_add(record->source_bytes, std::memory_order_relaxed);
  return true;
}

bool InputSource::NextRecord(InputRecord* record, bool deferred) {
  for (;;) {
    // A member file ends, or hands its rest to warc_, when NextMember fails.
    if (members_ && NextMember(record)) return true;
    if (warc_ && NextFromWarc(record)) return true;
    if (next_path_ >= paths_.size()) return false;
    const Path& path = paths_[next_path_++];
    if (!path.is_stdin_page && IsWarcPath(path.name)) {
      if (deferred && OpenMembers(path.name)) continue;
      auto stream = ByteStream::OpenFile(path.name);
      if (!stream.ok()) {
        *record = InputRecord();
        record->input = path.name;
        record->status = stream.status();
        return true;
      }
      warc_ = std::make_unique<WarcState>();
      warc_->path = path.name;
      warc_->reader = std::make_unique<WarcReader>(std::move(*stream), WarcOptions());
      continue;
    }
    ReadPage(path, record);
    return true;
  }
}

void InputSource::ReadRestWithReader(const std::string& path, std::unique_ptr<WarcReader> reader,
                                     std::uint64_t offset) {
  warc_ = std::make_unique<WarcState>();
  warc_->path = path;
  warc_->reader = std::move(reader);
  warc_->reported_offset = offset;
}

WarcReaderOptions InputSource::WarcOptions() const {
  WarcReaderOptions wopts;
  wopts.max_block_bytes = options_.max_input_bytes;
  return wopts;
}

void InputSource::ReadPage(const Path& path, InputRecord* record) {
  *record = InputRecord();
  record->input = path.name;
  record->url = options_.url;
  record->content_type = options_.content_type;
  if (path.is_stdin_page) {
    record->source_bytes = stdin_page_.size();
    if (stdin_page_.size() > options_.max_input_bytes) {
      record->status = Status::TooLarge(TooLargeMessage(options_.max_input_bytes));
    } else if (stdin_page_.empty()) {
      record->status = Status::NoContent("empty input");
    } else {
      auto stream = ByteStream::FromString(std::move(stdin_page_));
      record->status = ReadAll(*stream, options_.max_input_bytes, &record->bytes);
    }
    stdin_page_.clear();
    return;
  }
  if (ReadPlainFile(path.name, options_.max_input_bytes, record)) return;
  std::error_code ec;
  if (std::filesystem::is_directory(path.name, ec)) {
    record->status = Status::IoError(path.name + ": cannot read directory");
    return;
  }
  auto stream = ByteStream::OpenFile(path.name);
  if (!stream.ok()) {
    record->status = stream.status();
    return;
  }
  record->status = ReadAll(**stream, options_.max_input_bytes, &record->bytes);
  record->source_bytes = (*stream)->source_offset();
  if (record->status.ok() && record->bytes.empty()) record->status = Status::NoContent("empty input");
}

bool InputSource::NextFromWarc(InputRecord* record) {
  WarcState& w = *warc_;
  bool found = NextWarcRecord(w, record);
  if (found) {
    w.reported_offset += record->source_bytes;
  } else {
    // Skipped records after the last page were read too.
    std::uint64_t offset = w.reader->source_offset();
    bytes_read_.fetch_add(offset - std::min(offset, w.reported_offset), std::memory_order_relaxed);
    warc_.reset();
  }
  return found;
}

bool InputSource::NextWarcRecord(WarcState& w, InputRecord* record) {
  for (;;) {
    WarcRecord wr;
    Result<bool> more = w.reader->Next(&wr);
    *record = InputRecord();
    record->input = w.path;
    // Bytes read since the last record returned, skipped records included.
    std::uint64_t offset = w.reader->source_offset();
    record->source_bytes = offset - std::min(offset, w.reported_offset);
    if (!more.ok()) {
      record->url = wr.target_uri;
      record->record_id = wr.record_id;
      record->status = more.status();
      return true;
    }
    if (!*more) return false;
    std::string block = std::move(wr.block);
    switch (UseWarcRecord(wr, std::move(block), 0, record)) {
      case RecordUse::kPage: return true;
      case RecordUse::kSkipped: skipped_.fetch_add(1, std::memory_order_relaxed); continue;
      case RecordUse::kIgnored: continue;
    }
  }
}

InputSource::RecordUse InputSource::UseWarcRecord(const WarcRecord& wr, std::string bytes, std::size_t block_offset,
                                                  InputRecord* record) const {
  if (wr.type != "response" && wr.type != "resource") return RecordUse::kIgnored;
  record->url = wr.target_uri;
  record->record_id = wr.record_id;
  if (wr.block_too_large) {
    record->status = Status::TooLarge("WARC record of " + std::to_string(wr.content_length) +
                                      " bytes exceeds the input limit");
    return RecordUse::kPage;
  }
  // The block ends the bytes: what follows it is no part of the page.
  const std::size_t block_end = block_offset + static_cast<std::size_t>(wr.content_length);
  if (bytes.size() > block_end) bytes.resize(block_end);
  const std::string_view block = std::string_view(bytes).substr(block_offset);
  if (wr.type == "resource") {
    if (!IsHtmlContentType(wr.content_type)) return RecordUse::kSkipped;
    record->content_type = wr.content_type;
    record->bytes = std::move(bytes);
    record->page_offset = block_offset;
    return RecordUse::kPage;
  }
  auto http = ParseHttpResponse(block);
  if (!http.ok()) {
    record->status = http.status();
    return RecordUse::kPage;
  }
  // No Content-Type at all: let the bytes decide, as browsers do.
  bool html = IsHtmlContentType(http->content_type) ||
              (Trim(http->content_type).empty() && LooksLikeHtml(http->body.substr(0, kSniffBytes)));
  if (http->status_code < kFirstSuccessCode || http->status_code > kLastSuccessCode || !html) {
    return RecordUse::kSkipped;
  }
  record->content_type = http->content_type;
  if (!NeedsDecoding(*http)) {
    // The body as it stands is the page: keep the block and point past
    // the header, rather than copy every page out of its record.
    if (http->body.size() > options_.max_input_bytes) {
      record->status = Status::TooLarge("HTTP body exceeds the input limit");
      return RecordUse::kPage;
    }
    record->page_offset = static_cast<std::size_t>(http->body.data() - bytes.data());
    record->bytes = std::move(bytes);
  } else {
    auto body = DecodeHttpBody(*http, options_.max_input_bytes);
    if (!body.ok()) {
      record->status = body.status();
      return RecordUse::kPage;
    }
    record->bytes = std::move(*body);
  }
  if (record->page().empty()) record->status = Status::NoContent("empty HTTP body");
  return RecordUse::kPage;
}

}  // namespace klartext::io
