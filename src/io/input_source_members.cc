// io/input_source_members.cc: deferred reading of .warc.gz files, member
// by member (InputSource::NextDeferred, Complete, Accept).
//
// NextDeferred cuts the mapped file at the guessed member starts
// (warc_members.h) and hands each member out still compressed; the
// workers inflate and parse them at the same time (Complete). Accept runs
// in output order: a member that was not one clean record (its guess was
// wrong, it is damaged, it holds several records or part of one) is read
// again from its start by the plain WarcReader, which then reads the rest
// of the file, and the members handed out after it are dropped. So the
// output is exactly the sequential reader's, whatever the file holds.
#include <chrono>
#include <condition_variable>
#include <cstdint>
#include <limits>
#include <mutex>

#include "io/gzip_stream.h"
#include "io/input_source.h"
#include "io/warc_members.h"
#include "io/warc_reader.h"

namespace klartext::io {
namespace {

// A member longer than this (compressed) is read by the plain reader:
// a record that large is rare, and a file that is one member of many
// records must not be inflated whole into memory to find that out.
constexpr std::size_t kMaxMemberBytes = std::size_t{32} << 20;
// A member stating a longer inflated length (ISIZE) is read by the plain
// reader, which streams it: a file that is one small member of many
// records is not inflated whole into memory only to find it is not one
// record, and no page is held twice (member and page) above this size.
constexpr std::size_t kMaxMemberInflate = std::size_t{64} << 20;
// How often a NextDeferred waiting at the end of a file looks whether the
// caller abandoned it.
constexpr std::chrono::milliseconds kAbandonPoll{50};

constexpr std::uint64_t kNever = std::numeric_limits<std::uint64_t>::max();

}  // namespace

struct MemberFile {
  std::string path;
  std::shared_ptr<MappedFile> map;
  WarcReaderOptions warc_options;
  // Touched by NextDeferred only (one caller at a time).
  std::size_t next_offset = 0;  // where the next member starts
  std::uint64_t carved = 0;     // members handed out
  // Guarded by mu.
  std::mutex mu;
  std::condition_variable accepted_one;
  std::uint64_t accepted = 0;
  std::uint64_t reread_from = kNever;  // members from this index on are read again
  std::unique_ptr<WarcReader> reread;  // the plain reader for them, until NextMember takes it
  std::size_t reread_offset = 0;       // where it starts
  Status reread_error;                 // it could not be opened
};

struct WarcMember {
  std::shared_ptr<MemberFile> file;
  std::size_t begin = 0, end = 0;  // its bytes in the file
  std::uint64_t index = 0;         // its place among the file's members
  // Set by Complete, read by Accept after it.
  bool read_again = false;  // not one clean record: the plain reader reads it
  bool not_html = false;    // a response skipped as no HTML page
};

bool InputSource::OpenMembers(const std::string& path) {
  auto map = MappedFile::Open(path);
  if (!map.ok()) return false;  // the plain reader opens it and reports what is wrong
  const std::string_view bytes = (*map)->bytes();
  if (bytes.size() < 2 || bytes[0] != '\x1f' || bytes[1] != '\x8b') return false;  // not gzip
  if (bytes.size() < options_.min_member_file_bytes) return false;
  members_ = std::make_shared<MemberFile>();
  members_->path = path;
  members_->map = std::move(*map);
  members_->warc_options = WarcOptions();
  return true;
}

bool InputSource::NextMember(InputRecord* record) {
  MemberFile& f = *members_;
  const std::string_view file = f.map->bytes();
  std::unique_lock<std::mutex> lock(f.mu);
  if (!f.reread && f.reread_error.ok() && f.next_offset < file.size()) {
    auto m = std::make_shared<WarcMember>();
    m->file = members_;
    m->begin = f.next_offset;
    m->end = NextMemberGuess(file, m->begin);
    m->index = f.carved++;
    f.next_offset = m->end;
    *record = InputRecord();
    record->input = f.path;
    record->source_bytes = m->end - m->begin;
    record->member = std::move(m);
    return true;
  }
  // Every member is out: before the next file, wait until each is
  // accepted, since one may still have to be read again, in its place.
  while (f.accepted < f.carved && !f.reread && f.reread_error.ok() && !abandoned_.load(std::memory_order_relaxed)) {
    f.accepted_one.wait_for(lock, kAbandonPoll);
  }
  std::unique_ptr<WarcReader> reread = std::move(f.reread);
  const std::size_t reread_offset = f.reread_offset;
  const Status reread_error = f.reread_error;
  const std::string path = f.path;
  lock.unlock();
  members_.reset();
  if (reread) {
    ReadRestWithReader(path, std::move(reread), reread_offset);
    return false;  // NextRecord goes on with it
  }
  if (!reread_error.ok()) {
    *record = InputRecord();
    record->input = path;
    record->status = reread_error;
    return true;
  }
  return false;
}

void InputSource::Complete(InputRecord* record) const {
  if (!record->member) return;
  WarcMember& m = *record->member;
  MemberFile& f = *m.file;
  {
    std::lock_guard<std::mutex> lock(f.mu);
    if (m.index >= f.reread_from) {  // dropped anyway
      record->skip = true;
      return;
    }
  }
  record->skip = true;  // unless it turns out to be a page
  if (m.end - m.begin > kMaxMemberBytes) {
    m.read_again = true;
    return;
  }
  auto inflated = InflateMember(f.map->bytes().substr(m.begin, m.end - m.begin), kMaxMemberInflate);
  WarcRecord wr;
  std::size_t block_offset = 0;
  if (!inflated.ok() || !ParseWholeRecord(*inflated, f.warc_options, &wr, &block_offset)) {
    m.read_again = true;
    return;
  }
  switch (UseWarcRecord(wr, std::move(*inflated), block_offset, record)) {
    case RecordUse::kPage: record->skip = false; return;
    case RecordUse::kSkipped: m.not_html = true; return;
    case RecordUse::kIgnored: return;
  }
}

bool InputSource::Accept(const InputRecord& record) {
  if (!record.member) return true;
  const WarcMember& m = *record.member;
  MemberFile& f = *m.file;
  std::lock_guard<std::mutex> lock(f.mu);
  ++f.accepted;
  f.accepted_one.notify_all();
  if (m.index >= f.reread_from) return false;  // read again by the plain reader
  if (m.read_again) {
    // The members before this one were all clean records, so it starts
    // where a member does: the plain reader takes over from here.
    f.reread_from = m.index;
    f.reread_offset = m.begin;
    auto stream = ByteStream::OpenFileAt(f.path, m.begin);
    if (stream.ok()) {
      f.reread = std::make_unique<WarcReader>(std::move(*stream), f.warc_options);
    } else {
      f.reread_error = stream.status();
    }
    return false;
  }
  bytes_read_.fetch_add(record.source_bytes, std::memory_order_relaxed);
  if (m.not_html) skipped_.fetch_add(1, std::memory_order_relaxed);
  f.map->ReleaseBefore(m.begin);  // every member before it is done with
  return !record.skip;
}

void InputSource::Abandon() { abandoned_.store(true, std::memory_order_relaxed); }

}  // namespace klartext::io
