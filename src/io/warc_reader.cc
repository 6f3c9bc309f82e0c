#include "io/warc_reader.h"

#include <algorithm>
#include <cctype>
#include <charconv>

namespace klartext::io {
namespace {

// Read granularity from the ByteStream.
constexpr std::size_t kReadChunk = std::size_t{64} << 10;
// A WARC or HTTP header line longer than this is not a header: real ones
// are under a few KiB (long URIs included).
constexpr std::size_t kMaxHeaderLine = std::size_t{64} << 10;
// More header fields than this is not a record header but damage.
constexpr int kMaxHeaderFields = 1000;
// The version line of every record we read (WARC 1.0 and 1.1).
constexpr std::string_view kVersionPrefix = "WARC/1.";

std::string Lower(std::string_view s) {
  std::string out(s);
  for (char& c : out) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return out;
}

std::string_view Trim(std::string_view s) {
  while (!s.empty() && (s.front() == ' ' || s.front() == '\t')) s.remove_prefix(1);
  while (!s.empty() && (s.back() == ' ' || s.back() == '\t' || s.back() == '\r')) s.remove_suffix(1);
  return s;
}

bool EndsWith(std::string_view s, std::string_view suffix) {
  return s.size() >= suffix.size() && Lower(s.substr(s.size() - suffix.size())) == suffix;
}

}  // namespace

bool IsWarcPath(std::string_view path) {
  return EndsWith(path, ".warc") || EndsWith(path, ".warc.gz");
}

WarcReader::WarcReader(std::unique_ptr<ByteStream> stream, const WarcReaderOptions& options)
    : stream_(std::move(stream)), options_(options) {}

void WarcReader::Fill(std::size_t want) {
  if (pos_ > 0 && pos_ >= buf_.size() / 2) {
    buf_.erase(0, pos_);
    pos_ = 0;
  }
  while (!eof_ && stream_error_.ok() && buf_.size() - pos_ < want) {
    std::size_t old = buf_.size();
    buf_.resize(old + kReadChunk);
    Result<std::size_t> got = stream_->Read(buf_.data() + old, kReadChunk);
    if (!got.ok()) {
      buf_.resize(old);
      stream_error_ = got.status();
      return;
    }
    buf_.resize(old + *got);
    if (*got == 0) eof_ = true;
  }
}

bool WarcReader::ReadLine(std::string* line, bool* too_long) {
  line->clear();
  *too_long = false;
  for (;;) {
    std::string_view avail(buf_.data() + pos_, buf_.size() - pos_);
    std::size_t nl = avail.find('\n');
    if (nl != std::string_view::npos) {
      std::string_view l = avail.substr(0, nl);
      if (line->size() + l.size() > kMaxHeaderLine) {
        *too_long = true;
      } else {
        line->append(l);
      }
      pos_ += nl + 1;
      if (!line->empty() && line->back() == '\r') line->pop_back();
      return true;
    }
    // No line end yet: keep at most kMaxHeaderLine bytes, drop the rest.
    if (line->size() + avail.size() > kMaxHeaderLine) {
      *too_long = true;
    } else {
      line->append(avail);
    }
    pos_ = buf_.size();
    if (eof_ || !stream_error_.ok()) return !line->empty();
    Fill(1);
    if (pos_ == buf_.size() && (eof_ || !stream_error_.ok())) return !line->empty();
  }
}

bool WarcReader::ReadBlock(std::uint64_t n, std::string* out) {
  if (out != nullptr) out->reserve(static_cast<std::size_t>(n));
  while (n > 0) {
    if (pos_ == buf_.size()) {
      Fill(1);
      if (pos_ == buf_.size()) return false;
    }
    std::size_t take = static_cast<std::size_t>(std::min<std::uint64_t>(n, buf_.size() - pos_));
    if (out != nullptr) out->append(buf_, pos_, take);
    pos_ += take;
    n -= take;
  }
  return true;
}

bool WarcReader::Resync() {
  std::string line;
  bool too_long = false;
  for (;;) {
    bool got = ReadLine(&line, &too_long);
    // Damage met while resyncing was reported with the broken record; the
    // ByteStream has already moved past it, so read on.
    bool damaged = !stream_error_.ok() && stream_error_.code() == Status::Code::kCorrupt;
    if (damaged) stream_error_ = Status();
    if (!got) {
      if (damaged) continue;
      return false;
    }
    if (!too_long && line.rfind(kVersionPrefix, 0) == 0) {
      pending_line_ = line;
      has_pending_line_ = true;
      return true;
    }
  }
}

Status WarcReader::Broken(std::string_view why) {
  need_resync_ = true;
  if (!stream_error_.ok()) {
    Status s = stream_error_;
    stream_error_ = Status();
    return Status::Corrupt(std::string(why) + " (" + std::string(s.message()) + ")");
  }
  if (eof_ && pos_ == buf_.size()) finished_ = true;
  return Status::Corrupt(why);
}

Result<bool> WarcReader::Next(WarcRecord* r) {
  *r = WarcRecord();
  if (finished_) return false;
  if (need_resync_) {
    need_resync_ = false;
    if (!Resync()) {
      finished_ = true;
      if (!stream_error_.ok() && stream_error_.code() == Status::Code::kIoError) return stream_error_;
      return false;
    }
  }
  r->source_offset = stream_->source_offset();

  // The version line, after any blank lines.
  std::string line;
  bool too_long = false;
  if (has_pending_line_) {
    line = std::move(pending_line_);
    has_pending_line_ = false;
  } else {
    for (;;) {
      if (!ReadLine(&line, &too_long)) {
        if (!stream_error_.ok()) return Broken("unreadable data between records");
        finished_ = true;
        return false;
      }
      if (!Trim(line).empty()) break;
    }
  }
  if (too_long || line.rfind(kVersionPrefix, 0) != 0) {
    return Broken("expected a WARC/1.x version line");
  }
  r->version = std::string(Trim(line));

  // Header fields up to the blank line.
  bool have_length = false;
  std::string last_name;
  for (int fields = 0;; ++fields) {
    if (fields > kMaxHeaderFields) return Broken("too many WARC header fields");
    if (!ReadLine(&line, &too_long)) return Broken("record header cut short");
    if (too_long) return Broken("WARC header line too long");
    if (line.empty()) break;
    if ((line[0] == ' ' || line[0] == '\t') && !last_name.empty()) continue;  // folded line
    std::size_t colon = line.find(':');
    if (colon == std::string::npos) return Broken("malformed WARC header line");
    last_name = Lower(Trim(std::string_view(line).substr(0, colon)));
    std::string_view value = Trim(std::string_view(line).substr(colon + 1));
    if (last_name == "warc-type") {
      r->type = Lower(value);
    } else if (last_name == "warc-record-id") {
      r->record_id = std::string(value);
    } else if (last_name == "warc-target-uri") {
      if (value.size() >= 2 && value.front() == '<' && value.back() == '>') {
        value = value.substr(1, value.size() - 2);
      }
      r->target_uri = std::string(value);
    } else if (last_name == "content-type") {
      r->content_type = std::string(value);
    } else if (last_name == "content-length") {
      auto [end, ec] = std::from_chars(value.data(), value.data() + value.size(), r->content_length);
      if (ec != std::errc() || end != value.data() + value.size()) {
        return Broken("bad Content-Length in WARC header");
      }
      have_length = true;
    }
  }
  if (!have_length) return Broken("WARC record without Content-Length");

  bool wanted = (r->type == "response" && options_.read_response) ||
                (r->type == "resource" && options_.read_resource) ||
                (r->type != "response" && r->type != "resource" && options_.read_other);
  bool read = wanted && r->content_length <= options_.max_block_bytes;
  r->block_too_large = wanted && !read;
  if (!ReadBlock(r->content_length, read ? &r->block : nullptr)) {
    r->block.clear();
    r->block.shrink_to_fit();
    return Broken("record truncated: the file ends inside its block");
  }
  r->block_read = read;
  // The block is followed by two CRLFs; tolerate bare LFs or their absence
  // (the next version line check resyncs on anything worse).
  for (int i = 0; i < 2; ++i) {
    Fill(2);
    if (buf_.compare(pos_, 2, "\r\n") == 0) {
      pos_ += 2;
    } else if (pos_ < buf_.size() && buf_[pos_] == '\n') {
      pos_ += 1;
    }
  }
  return true;
}

}  // namespace klartext::io
