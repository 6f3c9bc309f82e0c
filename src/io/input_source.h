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
  // The address and HTTP Content-Type for pages read from files or stdin;
  // WARC records carry their own.
  std::string url;
  std::string content_type;
};

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
  bool NextRecord(InputRecord* record);
  bool NextFromWarc(InputRecord* record);
  struct WarcState;
  bool NextWarcRecord(WarcState& warc, InputRecord* record);
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
};

}  // namespace klartext::io

#endif  // KLARTEXT_IO_INPUT_SOURCE_H_
