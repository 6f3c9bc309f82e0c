// io/input_source.h: the command's arguments as a stream of pages.
//
// The command takes any mix of
//   - files: an HTML page or a text capture, gunzipped if gzip (page.html.gz);
//   - directories: every regular file below them, recursively, in name
//     order; hidden entries (".name") and symlinked directories are skipped;
//   - WARC files (.warc, .warc.gz): each "response" record with an HTML
//     payload and a 2xx status, and each HTML "resource" record, is a page;
//     other response/resource records are skipped and counted, and the
//     remaining record types (request, metadata, warcinfo …) are ignored;
//   - "-": standard input, either a page or a list of paths, one per line
//     (StdinMode).
// InputSource turns them into InputRecords, one at a time and in argument
// order: only the current WARC record is in memory. A page that cannot be
// read becomes a record carrying the error, so the caller reports it in
// its place in the output and goes on.
//
// Thread safety: an InputSource is used by one thread at a time; the
// counters may be read from any thread.
#ifndef KLARTEXT_IO_INPUT_SOURCE_H_
#define KLARTEXT_IO_INPUT_SOURCE_H_

#include <atomic>
#include <cstddef>
#include <cstdint>
#include <memory>
#include <string>
#include <vector>

#include "klartext/status.h"

namespace klartext::io {

// What "-" on the command line reads.
enum class StdinMode {
  kAuto,   // a list of paths if every non-blank line names an existing file
           // or directory, else a page
  kPage,   // one page
  kPaths,  // a list of paths, one per line
};

struct InputOptions {
  // Pages (and WARC blocks) larger than this fail with Status::TooLarge
  // without being held in memory. Default: ExtractOptions::max_input_bytes.
  std::size_t max_input_bytes = std::size_t{256} << 20;
  StdinMode stdin_mode = StdinMode::kAuto;
  // Deferred reading takes a .warc.gz member by member only from this size
  // on: each file's members must all be written before the next file is
  // read (see NextDeferred), which idles the other workers for about one
  // record per file; from 16 MiB (some hundred records) on that is under
  // 1 %, and smaller files are read record by record as Next does.
  std::size_t min_member_file_bytes = std::size_t{16} << 20;
  // The address and HTTP Content-Type for pages read from files or stdin;
  // WARC records carry their own.
  std::string url;
  std::string content_type;
};

struct WarcMember;  // a gzip member of a .warc.gz, not yet inflated (deferred reading)
struct MemberFile;  // a .warc.gz read member by member
struct WarcRecord;
struct WarcReaderOptions;
class WarcReader;

// One page to extract, or the reason it could not be read.
struct InputRecord {
  std::string input;         // the path as given or found ("-" for stdin)
  std::string url;           // WARC-Target-URI, or InputOptions::url
  std::string content_type;  // the HTTP Content-Type, when known
  std::string record_id;     // WARC-Record-ID, for WARC records
  // The page, decoded from any gzip/chunked coding, is bytes from
  // page_offset on: a WARC response whose body needs no decoding keeps its
  // HTTP header in front instead of copying the body out (page()).
  std::string bytes;
  std::size_t page_offset = 0;
  std::string_view page() const { return std::string_view(bytes).substr(page_offset); }
  Status status;             // non-OK: the record failed before extraction
  // Source bytes consumed since the previous record (file bytes, compressed
  // for .gz): what progress counts.
  std::uint64_t source_bytes = 0;
  // Deferred reading only: the member InputSource::Complete inflates, and
  // after that whether the record is nothing to extract or report (a
  // request record, a response that is no HTML page).
  std::shared_ptr<WarcMember> member;
  bool skip = false;
};

class InputSource {
 public:
  InputSource(std::vector<std::string> arguments, const InputOptions& options);
  ~InputSource();
  InputSource(const InputSource&) = delete;
  InputSource& operator=(const InputSource&) = delete;

  // Expands the arguments (directories, the stdin path list) into paths.
  // Fails only with InvalidArgument ("-" given twice). A missing path is
  // not an error here: it becomes a failed record in its place.
  Status Open();

  // The next page or failed record; false when every input is done.
  // REQUIRES: Open() returned OK.
  bool Next(InputRecord* record);

  // Deferred reading, for callers that take records under a lock and work
  // on them outside it (RunBatch), so that the records of a .warc.gz are
  // inflated by every worker at once rather than one after the other
  // under the lock (warc_members.h). NextDeferred is Next, except that a
  // record may come back still compressed (record->member set): then
  // Complete(record), on any thread and without the lock, inflates and
  // fills it in. Accept(record) must then be called for every record, one
  // call at a time, in the order NextDeferred gave them: false means the
  // record is no output (it is nothing, or its member turned out not to
  // be one clean record and is read again, in order, by the plain
  // reader). The output is then exactly Next's. NextDeferred may wait
  // for the Accept calls of a file's records before it reads the next
  // file; a caller that stops accepting calls Abandon() first.
  bool NextDeferred(InputRecord* record);
  void Complete(InputRecord* record) const;
  bool Accept(const InputRecord& record);
  void Abandon();

  // The number of paths after expansion, and whether any is a WARC file
  // (then a path yields any number of records).
  std::size_t path_count() const { return paths_.size(); }
  bool has_warc() const { return has_warc_; }
  // Sum of the sizes of all input files: the total for progress. 0 when
  // not known (stdin).
  std::uint64_t total_bytes() const { return total_bytes_; }
  // WARC response/resource records skipped as not HTML or not 2xx.
  std::uint64_t skipped() const { return skipped_.load(std::memory_order_relaxed); }
  // Source bytes read so far (file bytes, compressed for .gz), skipped
  // records included: what progress and the summary count.
  std::uint64_t bytes_read() const { return bytes_read_.load(std::memory_order_relaxed); }

 private:
  struct Path {
    std::string name;
    bool is_stdin_page = false;
  };
  void Expand(const std::string& argument, int depth);
  Status ReadStdin();
  // The next record; `deferred`: .warc.gz files are read member by member.
  bool NextRecord(InputRecord* record, bool deferred);
  WarcReaderOptions WarcOptions() const;
  bool NextFromWarc(InputRecord* record);
  struct WarcState;
  bool NextWarcRecord(WarcState& warc, InputRecord* record);
  // What a WARC record read whole is to the caller: a page or an error in
  // its place (filled into *record), a record of a type that holds no
  // page, or a response skipped as no HTML page. `bytes` holds the block
  // from block_offset on; it becomes the record's bytes when it is the page.
  enum class RecordUse { kPage, kIgnored, kSkipped };
  RecordUse UseWarcRecord(const WarcRecord& wr, std::string bytes, std::size_t block_offset,
                          InputRecord* record) const;
  // Deferred reading (input_source_members.cc): opens path for member
  // reading if it is a mapped .warc.gz; the next member of that file.
  bool OpenMembers(const std::string& path);
  bool NextMember(InputRecord* record);
  // Reads the rest of path with `reader`, which starts `offset` bytes in.
  void ReadRestWithReader(const std::string& path, std::unique_ptr<WarcReader> reader, std::uint64_t offset);
  void ReadPage(const Path& path, InputRecord* record);

  std::vector<std::string> arguments_;
  InputOptions options_;
  std::vector<Path> paths_;
  std::size_t next_path_ = 0;
  std::string stdin_page_;
  bool has_warc_ = false;
  std::uint64_t total_bytes_ = 0;
  std::atomic<std::uint64_t> skipped_{0};
  std::atomic<std::uint64_t> bytes_read_{0};
  std::unique_ptr<WarcState> warc_;  // the WARC file being read, if any
  std::shared_ptr<MemberFile> members_;  // the .warc.gz read member by member, if any
  std::atomic<bool> abandoned_{false};
};

}  // namespace klartext::io

#endif  // KLARTEXT_IO_INPUT_SOURCE_H_
