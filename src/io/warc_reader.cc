#include "io/warc_reader.h"

#include <algorithm>
#include <cctype>
#include <charconv>
#include <cstring>

namespace klartext::io {
namespace {

// Look-ahead asked of the ByteStream for a block (mapped files show all).
constexpr std::size_t kReadChunk = std::size_t{64} << 10;
// A block is read into its record this many bytes at a time (see ReadBlock).
constexpr std::size_t kBlockStep = std::size_t{1} << 20;
// First look-ahead for a header line; doubled until a line end shows.
constexpr std::size_t kLineProbe = 256;
// A WARC or HTTP header line longer than this is not a header: real ones
// are under a few KiB (long URIs included).
constexpr std::size_t kMaxHeaderLine = std::size_t{64} << 10;
// More header fields than this is not a record header but damage.
constexpr int kMaxHeaderFields = 1000;
// The version line of every record we read (WARC 1.0 and 1.1).
constexpr std::string_view kVersionPrefix = "WARC/1.";
// What follows a record's block (WARC 1.1, section 4).
constexpr std::string_view kRecordEnd = "\r\n\r\n";

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

WarcReader::FieldResult WarcReader::ApplyHeaderField(std::string_view line, WarcRecord* r, std::string* name,
                                                     bool* have_length) {
  const std::size_t colon = line.find(':');
  if (colon == std::string_view::npos) return FieldResult::kMalformed;
  *name = Lower(Trim(line.substr(0, colon)));
  std::string_view value = Trim(line.substr(colon + 1));
  if (*name == "warc-type") {
    r->type = Lower(value);
  } else if (*name == "warc-record-id") {
    r->record_id = std::string(value);
  } else if (*name == "warc-target-uri") {
    if (value.size() >= 2 && value.front() == '<' && value.back() == '>') value = value.substr(1, value.size() - 2);
    r->target_uri = std::string(value);
  } else if (*name == "content-type") {
    r->content_type = std::string(value);
  } else if (*name == "content-length") {
    auto [end, ec] = std::from_chars(value.data(), value.data() + value.size(), r->content_length);
    if (ec != std::errc() || end != value.data() + value.size()) return FieldResult::kBadLength;
    *have_length = true;
  }
  return FieldResult::kOk;
}

bool WarcReader::WantsBlock(const WarcReaderOptions& options, const WarcRecord& r) {
  return (r.type == "response" && options.read_response) || (r.type == "resource" && options.read_resource) ||
         (r.type != "response" && r.type != "resource" && options.read_other);
}

bool ParseWholeRecord(std::string_view bytes, const WarcReaderOptions& options, WarcRecord* r,
                      std::size_t* block_offset) {
  *r = WarcRecord();
  std::size_t pos = 0;
  // One header line without its line end, as ReadLine gives it; false when
  // there is none or it is longer than a header line may be.
  auto next_line = [&](std::string_view* line) {
    const std::size_t nl = bytes.find('\n', pos);
    if (nl == std::string_view::npos || nl - pos > kMaxHeaderLine) return false;
    *line = bytes.substr(pos, nl - pos);
    if (!line->empty() && line->back() == '\r') line->remove_suffix(1);
    pos = nl + 1;
    return true;
  };
  std::string_view line;
  if (!next_line(&line) || line.substr(0, kVersionPrefix.size()) != kVersionPrefix) return false;
  r->version = std::string(Trim(line));
  bool have_length = false;
  std::string last_name;
  for (int fields = 0;; ++fields) {
    if (fields > kMaxHeaderFields || !next_line(&line)) return false;
    if (line.empty()) break;
    if ((line[0] == ' ' || line[0] == '\t') && !last_name.empty()) continue;  // folded line
    if (WarcReader::ApplyHeaderField(line, r, &last_name, &have_length) != WarcReader::FieldResult::kOk) return false;
  }
  // The block and the two CRLFs after it end the bytes exactly.
  if (!have_length || r->content_length > bytes.size() - pos ||
      bytes.substr(pos + r->content_length) != kRecordEnd) {
    return false;
  }
  const bool wanted = WarcReader::WantsBlock(options, *r);
  r->block_too_large = wanted && r->content_length > options.max_block_bytes;
  r->block_read = wanted && !r->block_too_large;
  *block_offset = pos;
  return true;
}

bool IsWarcPath(std::string_view path) {
  return EndsWith(path, ".warc") || EndsWith(path, ".warc.gz");
}

WarcReader::WarcReader(std::unique_ptr<ByteStream> stream, const WarcReaderOptions& options)
    : stream_(std::move(stream)), options_(options) {}

std::string_view WarcReader::Fill(std::size_t want) {
  // After a stream error nothing more is read until the error is reported
  // (Broken) or passed over (Resync); what is already visible stays so.
  if (eof_ || !stream_error_.ok()) {
    Status ignored;
    return stream_->Peek(0, &ignored);
  }
  Status error;
  std::string_view avail = stream_->Peek(want, &error);
  if (!error.ok()) {
    stream_error_ = error;
  } else if (avail.size() < want) {
    eof_ = true;
  }
  return avail;
}

bool WarcReader::ReadLine(std::string* line, bool* too_long) {
  *too_long = false;
  std::size_t want = kLineProbe;
  std::size_t scanned = 0;  // bytes of the view known to hold no line end
  for (;;) {
    std::string_view avail = Fill(want);
    std::size_t nl = avail.find('\n', scanned);
    if (nl != std::string_view::npos) {
      std::string_view l = avail.substr(0, nl);
      *too_long = l.size() > kMaxHeaderLine;
      line->assign(l.substr(0, kMaxHeaderLine));
      stream_->Skip(nl + 1);
      if (!line->empty() && line->back() == '\r') line->pop_back();
      return true;
    }
    if (avail.size() > kMaxHeaderLine) {
      // Not a header line: keep its head for the message, skip the rest.
      *too_long = true;
      line->assign(avail.substr(0, kMaxHeaderLine));
      stream_->Skip(avail.size());
      SkipToLineEnd();
      return true;
    }
    if (avail.size() < want) {  // the input ended or broke: the rest is the line
      line->assign(avail);
      stream_->Skip(avail.size());
      return !line->empty();
    }
    scanned = avail.size();
    want = 2 * avail.size();
  }
}

void WarcReader::SkipToLineEnd() {
  for (;;) {
    std::string_view avail = Fill(kReadChunk);
    if (avail.empty()) return;
    std::size_t nl = avail.find('\n');
    if (nl != std::string_view::npos) {
      stream_->Skip(nl + 1);
      return;
    }
    stream_->Skip(avail.size());
  }
}

bool WarcReader::ReadBlock(std::uint64_t n, std::string* out) {
  if (out == nullptr) {
    while (n > 0) {
      std::string_view avail = Fill(static_cast<std::size_t>(std::min<std::uint64_t>(n, kReadChunk)));
      if (avail.empty()) return false;
      std::size_t take = static_cast<std::size_t>(std::min<std::uint64_t>(n, avail.size()));
      stream_->Skip(take);
      n -= take;
    }
    return true;
  }
  // Reserved whole but grown a step at a time, so a Content-Length that
  // promises more than the file holds costs address space, not memory.
  out->reserve(static_cast<std::size_t>(n));
  while (n > 0) {
    std::size_t step = static_cast<std::size_t>(std::min<std::uint64_t>(n, kBlockStep));
    std::size_t have = out->size();
    out->resize(have + step);
    std::size_t got = 0;
    if (eof_ || !stream_error_.ok()) {
      // Only what is already visible may still be taken (see Fill).
      std::string_view avail = Fill(step);
      got = std::min(step, avail.size());
      std::memcpy(out->data() + have, avail.data(), got);
      stream_->Skip(got);
    } else {
      Status error;
      got = stream_->Take(out->data() + have, step, &error);
      if (!error.ok()) {
        stream_error_ = error;
      } else if (got < step) {
        eof_ = true;
      }
    }
    out->resize(have + got);
    if (got < step) return false;
    n -= got;
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
  if (eof_ && Fill(1).empty()) finished_ = true;
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
    switch (ApplyHeaderField(line, r, &last_name, &have_length)) {
      case FieldResult::kOk: break;
      case FieldResult::kMalformed: return Broken("malformed WARC header line");
      case FieldResult::kBadLength: return Broken("bad Content-Length in WARC header");
    }
  }
  if (!have_length) return Broken("WARC record without Content-Length");

  const bool wanted = WantsBlock(options_, *r);
  const bool read = wanted && r->content_length <= options_.max_block_bytes;
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
    std::string_view avail = Fill(2);
    if (avail.substr(0, 2) == "\r\n") {
      stream_->Skip(2);
    } else if (!avail.empty() && avail[0] == '\n') {
      stream_->Skip(1);
    }
  }
  return true;
}

}  // namespace klartext::io
