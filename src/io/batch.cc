#include "io/batch.h"

#include <algorithm>
#include <cerrno>
#include <condition_variable>
#include <cstring>
#include <exception>
#include <filesystem>
#include <map>
#include <memory>
#include <mutex>
#include <thread>
#include <vector>

#include "core/json_writer.h"
#include "io/batch_thread.h"
#include "klartext/extract.h"

namespace klartext::io {
namespace {

// Default window: records in flight per worker, and as many again, so a
// worker rarely waits for the window while one slow record holds up the
// output of the records after it.
constexpr std::size_t kWindowPerThread = 2;

// Longest file-name part taken from an input name for --output files.
constexpr std::size_t kMaxNameStem = 80;

// Stable, machine-readable names for error lines.
std::string_view ErrorCodeId(Status::Code code) {
  switch (code) {
    case Status::Code::kOk: return "ok";
    case Status::Code::kInvalidArgument: return "invalid_argument";
    case Status::Code::kIoError: return "io_error";
    case Status::Code::kUnsupported: return "unsupported";
    case Status::Code::kTooLarge: return "too_large";
    case Status::Code::kNoContent: return "no_content";
    case Status::Code::kCorrupt: return "corrupt";
  }
  return "unknown";
}

// A record on its way through the pipeline.
struct Job {
  std::uint64_t sequence = 0;
  InputRecord record;
  std::string output;  // formatted article, or the error line (JSON)
  Status status;       // of reading or extraction
};

// State shared by the workers. Every worker takes turns at the three jobs:
// it reads the next record (under read_mu, so records get their sequence
// numbers in input order), extracts it without any lock, and then, if no
// other worker is writing, writes every record that is next in order. No
// thread exists only to read or to write, so one worker is exactly one
// busy core and N workers scale without hand-offs: a dedicated reader and
// writer cost a context switch per record, which was the gap between 2
// threads and twice one.
struct Pipeline {
  std::mutex read_mu;  // held while taking a record from the InputSource
  std::mutex mu;       // guards everything below
  std::condition_variable window_room;  // a reader waits for the window to drain
  std::map<std::uint64_t, std::unique_ptr<Job>> done;  // extracted, not yet written
  std::uint64_t next_read = 0;   // sequence of the next record read
  std::uint64_t next_write = 0;  // sequence of the next record to write
  bool writing = false;          // a worker is writing; others leave records in `done`
  bool reading_done = false;
  bool cancelled = false;  // output failed: stop reading

  std::uint64_t in_flight() const { return next_read - next_write; }
};

std::string FileStem(const std::string& input) {
  std::string name = std::filesystem::path(input).filename().string();
  for (std::string_view ext : {".gz", ".warc", ".html", ".htm", ".xhtml", ".txt"}) {
    if (name.size() > ext.size() && name.compare(name.size() - ext.size(), ext.size(), ext) == 0) {
      name.resize(name.size() - ext.size());
    }
  }
  std::string out;
  for (char c : name) {
    bool keep = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '-' ||
                c == '_' || c == '.';
    out += keep ? c : '_';
    if (out.size() >= kMaxNameStem) break;
  }
  if (input == "-") return "stdin";
  return out;
}

std::string_view Extension(OutputFormat format) {
  switch (format) {
    case OutputFormat::kJson: return ".json";
    case OutputFormat::kMarkdown: return ".md";
    case OutputFormat::kText: return ".txt";
  }
  return ".json";
}

// Reads, extracts and formats one record. Runs on a worker thread.
void Process(const BatchOptions& options, const InputSource& source, Job& job) {
  InputRecord& r = job.record;
  try {
    source.Complete(&r);  // inflates a .warc.gz member (deferred reading)
  } catch (const std::bad_alloc&) {
    r.bytes = std::string();
    r.status = Status::TooLarge("out of memory while reading the input");
  }
  if (r.skip) return;  // nothing to extract or report
  job.status = r.status;
  if (job.status.ok()) {
    ExtractOptions extract = options.extract;
    extract.url = r.url;
    extract.content_type = r.content_type;
    try {
      Result<Article> article = Extract(r.page(), extract);
      r.bytes = std::string();  // free the page before formatting
      if (!article.ok()) {
        job.status = article.status();
      } else {
        switch (options.format) {
          case OutputFormat::kJson: {
            EmitOptions emit = options.emit;
            emit.input = r.input;
            emit.record_id = r.record_id;
            job.output = ToJson(*article, emit);
            if (options.extend_json) options.extend_json(*article, job.output);
            break;
          }
          case OutputFormat::kMarkdown: job.output = ToMarkdown(*article); break;
          case OutputFormat::kText: job.output = ToPlainText(*article); break;
        }
      }
    } catch (const std::bad_alloc&) {
      job.status = Status::TooLarge("out of memory while extracting");
    } catch (const std::exception& e) {
      job.status = Status::Unsupported(std::string("internal error: ") + e.what());
    }
  }
  r.bytes = std::string();
  if (!job.status.ok()) {
    job.output = ErrorLine(r.input, r.record_id, r.url, job.status);
  }
}

class Writer {
 public:
  Writer(const BatchOptions& options, Progress& progress) : options_(options), progress_(progress) {}

  // Writes one finished record; returns a non-OK status if output failed.
  Status Write(const Job& job, BatchResult& result) {
    BatchCounts& c = result.counts;
    c.source_bytes += job.record.source_bytes;
    if (job.status.ok()) {
      ++c.ok;
    } else {
      ++c.failed;
      if (c.failed == 1) {
        result.common_failure = job.status.code();
      } else if (job.status.code() != result.common_failure) {
        result.mixed_failures = true;
      }
      progress_.Clear();
      std::string where = job.record.input;
      if (!job.record.record_id.empty()) where += " " + job.record.record_id;
      std::fprintf(options_.err, "klartext: %s: %s\n", where.c_str(), job.status.ToString().c_str());
    }
    Status s = options_.output_dir.empty() ? WriteToStream(job) : WriteToFile(job);
    progress_.Update(c.ok + c.failed, c.source_bytes);
    return s;
  }

 private:
  Status WriteToStream(const Job& job) {
    std::FILE* out = options_.out;
    if (options_.format != OutputFormat::kJson) {
      if (!job.status.ok()) return Status();  // reported on stderr only
      if (options_.label_records) {
        std::string label = job.record.input;
        if (!job.record.record_id.empty()) label += " " + job.record.record_id;
        if (!job.record.url.empty()) label += " " + job.record.url;
        if (options_.format == OutputFormat::kMarkdown) {
          std::fprintf(out, "%s<!-- klartext: %s -->\n\n", first_ ? "" : "\n", label.c_str());
        } else {
          std::fprintf(out, "%s==> %s <==\n", first_ ? "" : "\n", label.c_str());
        }
      }
    }
    first_ = false;
    std::fwrite(job.output.data(), 1, job.output.size(), out);
    std::fputc('\n', out);
    if (std::ferror(out)) return Status::IoError(std::string("cannot write output: ") + std::strerror(errno));
    return Status();
  }

  Status WriteToFile(const Job& job) {
    char number[32];
    std::snprintf(number, sizeof(number), "%06llu-", static_cast<unsigned long long>(++files_));
    // WARC records are named after their URL's last segment when it has one.
    std::string stem;
    if (!job.record.record_id.empty() && !job.record.url.empty()) stem = FileStem(job.record.url);
    if (stem.empty()) stem = FileStem(job.record.input);
    if (stem.empty()) stem = "page";
    std::string name = std::string(number) + stem;
    name += job.status.ok() ? std::string(Extension(options_.format)) : std::string(".error.json");
    std::string path = (std::filesystem::path(options_.output_dir) / name).string();
    std::FILE* f = std::fopen(path.c_str(), "wb");
    if (f == nullptr) return Status::IoError(path + ": " + std::strerror(errno));
    std::fwrite(job.output.data(), 1, job.output.size(), f);
    std::fputc('\n', f);
    bool bad = std::ferror(f) != 0;
    if (std::fclose(f) != 0 || bad) return Status::IoError(path + ": write failed");
    return Status();
  }

  const BatchOptions& options_;
  Progress& progress_;
  bool first_ = true;
  std::uint64_t files_ = 0;
};

// Takes the next record from the source, waiting while the window is
// full. Returns null at the end of the input or after cancellation.
std::unique_ptr<Job> ReadNext(InputSource& source, Pipeline& p, std::size_t window) {
  std::lock_guard<std::mutex> reading(p.read_mu);
  {
    std::unique_lock<std::mutex> lock(p.mu);
    p.window_room.wait(lock, [&] { return p.cancelled || p.reading_done || p.in_flight() < window; });
    if (p.cancelled || p.reading_done) return nullptr;
  }
  auto job = std::make_unique<Job>();
  bool more = true;
  try {
    more = source.NextDeferred(&job->record);
  } catch (const std::bad_alloc&) {
    // A page too large for the memory left: report it in its place.
    job->record.bytes = std::string();
    job->record.status = Status::TooLarge("out of memory while reading the input");
  }
  std::lock_guard<std::mutex> lock(p.mu);
  if (!more) {
    p.reading_done = true;
    p.window_room.notify_all();
    return nullptr;
  }
  job->sequence = p.next_read++;
  return job;
}

// Files a finished record and, unless another worker is writing, writes
// every record that is next in input order, this one or others'.
void Deliver(std::unique_ptr<Job> job, InputSource& source, Pipeline& p, Writer& writer, BatchResult& result) {
  std::unique_lock<std::mutex> lock(p.mu);
  p.done.emplace(job->sequence, std::move(job));
  if (p.writing) return;  // the writing worker will find it
  p.writing = true;
  for (auto it = p.done.find(p.next_write); it != p.done.end() && !p.cancelled; it = p.done.find(p.next_write)) {
    std::unique_ptr<Job> next = std::move(it->second);
    p.done.erase(it);
    lock.unlock();
    // Accepted in input order, as deferred reading requires; a record it
    // rejects is no output (see InputSource::Accept).
    Status s;
    if (source.Accept(next->record)) s = writer.Write(*next, result);
    next.reset();
    lock.lock();
    ++p.next_write;
    if (!s.ok() && result.output_error.ok()) {
      result.output_error = s;
      p.cancelled = true;
      source.Abandon();
    }
    p.window_room.notify_one();
  }
  p.writing = false;
  if (p.cancelled) p.window_room.notify_all();
}

void WorkerLoop(const BatchOptions& options, InputSource& source, std::size_t window, Pipeline& p,
                Writer& writer, BatchResult& result) {
  while (std::unique_ptr<Job> job = ReadNext(source, p, window)) {
    Process(options, source, *job);
    Deliver(std::move(job), source, p, writer, result);
  }
}

}  // namespace

std::string ErrorLine(const std::string& input, const std::string& record_id, const std::string& url,
                      const Status& status) {
  std::string out;
  JsonWriter w(out);
  w.BeginObject();
  w.Field("input", input);
  if (!record_id.empty()) w.Field("warc_record_id", record_id);
  if (!url.empty()) w.Field("url", url);
  w.Field("error", status.ToString());
  w.Field("error_code", ErrorCodeId(status.code()));
  w.EndObject();
  return out;
}

BatchResult RunBatch(InputSource& source, const BatchOptions& options) {
  BatchResult result;
  int threads = options.threads > 0 ? options.threads : static_cast<int>(std::thread::hardware_concurrency());
  threads = std::max(threads, 1);
  std::size_t window = options.window > 0 ? options.window : static_cast<std::size_t>(kWindowPerThread * threads + kWindowPerThread);
  Progress progress(options.err, options.show_progress, source.total_bytes());
  Writer writer(options, progress);
  Pipeline p;

  std::vector<std::unique_ptr<LargeStackThread>> workers;
  for (int i = 0; i < threads; ++i) {
    auto t = std::make_unique<LargeStackThread>();
    Status s = t->Start([&] { WorkerLoop(options, source, window, p, writer, result); });
    if (!s.ok()) {
      if (workers.empty()) {
        result.output_error = s;
        return result;
      }
      break;  // run with the workers we have
    }
    workers.push_back(std::move(t));
  }
  for (auto& t : workers) t->Join();
  progress.Clear();
  std::fflush(options.out);
  result.counts.skipped = source.skipped();
  // All bytes read, with skipped records after the last page written.
  result.counts.source_bytes = std::max(result.counts.source_bytes, source.bytes_read());
  result.counts.seconds = progress.Elapsed();
  return result;
}

}  // namespace klartext::io
