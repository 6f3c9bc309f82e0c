// `klartext ingest CORPUS INPUT...` (doc/corpus.md).
//
//   N workers: take the next record ──► Extract + Analyze ──► queue
//   this thread: queue, in input order ──► Corpus::Put, a transaction per batch
//
// Pages are stored in input order whatever -j is, so ids, clusters and
// the canonical names of people (the first form stored) are the same on
// every run over the same inputs.
// Extraction and analysis run on -j workers (LargeStackThreads, as in
// extract); SQLite has one writer, this thread. Records are committed in
// batches, so a crash or kill -9 loses at most the open batch: the file is
// consistent (SQLite's WAL) and the next ingest of the same inputs stores
// those pages again and replaces the rest in place.
#include <unistd.h>

#include <chrono>
#include <condition_variable>
#include <csignal>
#include <cstdio>
#include <map>
#include <memory>
#include <mutex>
#include <optional>
#include <string>
#include <thread>
#include <vector>

#include "commands.h"
#include "exit_codes.h"
#include "io/batch_thread.h"
#include "io/input_source.h"
#include "io/progress.h"
#include "klartext/analyze.h"
#include "klartext/corpus.h"
#include "klartext/extract.h"

namespace klartext::cli {
namespace {

// "1 article", "3 articles": the summary reads as a sentence.
std::string Counted(long long n, const char* one, const char* many) {
  return std::to_string(n) + " " + (n == 1 ? one : many);
}

// A transaction is committed after this many pages or this much time,
// whichever comes first: large enough that SQLite's per-commit sync is a
// small share, short enough that an interrupted run loses little.
constexpr int kCommitEveryPages = 200;
constexpr auto kCommitEvery = std::chrono::seconds(2);
// Analysed pages waiting for the writer, per worker: enough to keep the
// workers busy through a commit, few enough to bound memory.
constexpr std::size_t kQueuedPerWorker = 4;

volatile std::sig_atomic_t g_interrupted = 0;
extern "C" void OnInterrupt(int) { g_interrupted = 1; }

struct Done {
  io::InputRecord record;  // bytes dropped once extracted
  Status status;           // of reading or extraction
  std::optional<Article> article;
  Analysis analysis;
};

class Pipeline {
 public:
  Pipeline(io::InputSource& source, const ExtractOptions& extract, std::string language, int workers)
      : source_(source), extract_(extract), language_(std::move(language)), workers_(workers) {}

  Status Start() {
    threads_.resize(static_cast<std::size_t>(workers_));
    for (auto& t : threads_) {
      t = std::make_unique<io::LargeStackThread>();
      if (Status s = t->Start([this] { Work(); }); !s.ok()) return s;
    }
    return Status();
  }

  // The next analysed page in input order, or nullopt when all are done.
  std::optional<Done> Next() {
    std::unique_lock lock(mu_);
    ready_.wait(lock, [&] { return queue_.count(next_out_) > 0 || running_ == 0; });
    auto it = queue_.find(next_out_);
    if (it == queue_.end()) return std::nullopt;
    Done d = std::move(it->second);
    queue_.erase(it);
    ++next_out_;
    space_.notify_all();
    return d;
  }

  void Stop() {
    std::lock_guard lock(mu_);
    stop_ = true;
    space_.notify_all();
  }

  void Join() {
    Stop();
    for (auto& t : threads_) t->Join();
  }

 private:
  void Work() {
    for (;;) {
      Done d;
      std::uint64_t seq = 0;
      {
        std::lock_guard lock(read_mu_);
        if (stop_ || g_interrupted || !source_.Next(&d.record)) break;
        seq = next_in_++;
      }
      d.status = d.record.status;
      if (d.status.ok()) {
        ExtractOptions options = extract_;
        options.url = d.record.url;
        options.content_type = d.record.content_type;
        Result<Article> article = Extract(d.record.page(), options);
        if (article.ok()) {
          if (!language_.empty()) article->language = language_;
          d.analysis = Analyze(*article);
          d.article = std::move(*article);
        } else {
          d.status = article.status();
        }
      }
      d.record.bytes.clear();
      d.record.bytes.shrink_to_fit();
      std::unique_lock lock(mu_);
      // The page the writer waits for always gets in, so a full queue of
      // later pages never blocks the one that would drain it.
      space_.wait(lock, [&] {
        return stop_ || seq == next_out_ || queue_.size() < kQueuedPerWorker * static_cast<std::size_t>(workers_);
      });
      if (stop_) break;
      queue_.emplace(seq, std::move(d));
      ready_.notify_one();
    }
    std::lock_guard lock(mu_);
    --running_;
    ready_.notify_all();
  }

  io::InputSource& source_;
  const ExtractOptions extract_;
  const std::string language_;
  const int workers_;
  std::vector<std::unique_ptr<io::LargeStackThread>> threads_;
  std::mutex read_mu_;  // the InputSource is read by one worker at a time
  std::mutex mu_;       // guards the queue, stop_ and running_
  std::condition_variable ready_, space_;
  std::map<std::uint64_t, Done> queue_;  // by input sequence number
  std::uint64_t next_in_ = 0;   // guarded by read_mu_
  std::uint64_t next_out_ = 0;  // guarded by mu_
  bool stop_ = false;
  int running_ = workers_;
};

int Workers(int requested) {
  if (requested > 0) return requested;
  const unsigned cores = std::thread::hardware_concurrency();
  return cores == 0 ? 1 : static_cast<int>(cores);
}

}  // namespace

int RunIngest(const Args& args) {
  Result<std::unique_ptr<Corpus>> opened = Corpus::Open(args.corpus);
  if (!opened.ok()) {
    std::fprintf(stderr, "klartext: %s\n", std::string(opened.status().message()).c_str());
    return ExitCodeFor(opened.status().code());
  }
  Corpus& corpus = **opened;
  io::InputSource source(args.inputs, args.input);
  if (Status s = source.Open(); !s.ok()) {
    std::fprintf(stderr, "klartext: %s\n", std::string(s.message()).c_str());
    return kExitUsage;
  }
  std::signal(SIGINT, OnInterrupt);
  std::signal(SIGTERM, OnInterrupt);

  const int workers = Workers(args.batch.threads);
  Pipeline pipeline(source, args.batch.extract, args.language, workers);
  io::Progress progress(stderr, !args.quiet && ::isatty(STDERR_FILENO) == 1, source.total_bytes());
  io::BatchCounts counts;
  Status store_error;
  Status::Code common_failure = Status::Code::kOk;
  bool mixed_failures = false;

  if (Status s = pipeline.Start(); !s.ok()) {
    std::fprintf(stderr, "klartext: %s\n", s.ToString().c_str());
    return kExitInternal;
  }
  int in_transaction = 0;
  auto last_commit = std::chrono::steady_clock::now();
  auto commit = [&]() -> Status {
    if (in_transaction == 0) return Status();
    in_transaction = 0;
    last_commit = std::chrono::steady_clock::now();
    return corpus.Commit();
  };
  while (std::optional<Done> d = pipeline.Next()) {
    counts.source_bytes += d->record.source_bytes;
    Status status = d->status;
    if (status.ok()) {
      if (in_transaction == 0) {
        if (Status s = corpus.Begin(); !s.ok()) {
          store_error = s;
          break;
        }
      }
      ++in_transaction;
      Result<std::int64_t> id = corpus.Put(*d->article, d->analysis, {d->record.input, d->record.record_id});
      if (!id.ok()) status = id.status();
    }
    if (status.ok()) {
      ++counts.ok;
    } else {
      ++counts.failed;
      if (common_failure == Status::Code::kOk) {
        common_failure = status.code();
      } else if (common_failure != status.code()) {
        mixed_failures = true;
      }
      progress.Clear();
      std::string where = d->record.input;
      if (!d->record.url.empty() && d->record.url != where) where += " " + d->record.url;
      std::fprintf(stderr, "klartext: %s: %s\n", where.c_str(), status.ToString().c_str());
    }
    if (in_transaction >= kCommitEveryPages || std::chrono::steady_clock::now() - last_commit >= kCommitEvery) {
      if (Status s = commit(); !s.ok()) {
        store_error = s;
        break;
      }
    }
    progress.Update(counts.ok + counts.failed, counts.source_bytes);
  }
  if (store_error.ok()) store_error = commit();
  if (!store_error.ok()) (void)corpus.Rollback();
  pipeline.Join();
  progress.Clear();
  counts.skipped = source.skipped();
  counts.seconds = progress.Elapsed();

  if (!store_error.ok()) {
    std::fprintf(stderr, "klartext: %s: %s\n", args.corpus.c_str(), store_error.ToString().c_str());
    return ExitCodeFor(store_error.code());
  }
  if (!args.quiet) {
    std::fprintf(stderr, "klartext: %s\n", io::Summary(counts).c_str());
    if (Result<CorpusStats> stats = corpus.Stats(); stats.ok()) {
      std::fprintf(stderr, "klartext: %s now holds %s in %s, %s, %s\n", args.corpus.c_str(),
                   Counted(stats->articles, "article", "articles").c_str(),
                   Counted(stats->clusters, "cluster", "clusters").c_str(),
                   Counted(stats->statements, "statement", "statements").c_str(),
                   Counted(stats->people, "person", "people").c_str());
    }
  }
  if (g_interrupted) {
    std::fprintf(stderr, "klartext: interrupted; what was ingested so far is committed\n");
    return kExitSomeFailed;
  }
  if (counts.ok + counts.failed + counts.skipped == 0) {
    std::fprintf(stderr, "klartext: no pages found in the inputs given\n");
    return kExitNoContent;
  }
  if (counts.failed == 0) return kExitOk;
  if (counts.ok == 0 && !mixed_failures) return ExitCodeFor(common_failure);
  return kExitSomeFailed;
}

}  // namespace klartext::cli
