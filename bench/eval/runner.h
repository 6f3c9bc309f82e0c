// bench/eval/runner.h: runs klartext (or reads a peer's outputs) over an
// evaluation set and scores every page.
//
//   RunOptions options{.data_dir = dir, .threads = 2};
//   Result<SetRun> run = RunSet(EvalSet::kTrafilatura, options);
//   SetSummary summary = Summarize(*run);            // summary.h
//
// In html mode each page's bytes go to klartext::Extract with the page's
// URL; in text mode the page is first rendered to text (render_text.h) and
// extracted with InputFormat::kText. With a peer, the peer's stored text is
// scored instead and the mode is not used. A page whose extraction fails
// scores as empty output and counts as a failure; a page whose HTML file
// is absent is not scored and counts as missing.
// Thread safety: RunSet uses RunOptions::threads threads itself; calls on
// different options may run at once.
#ifndef KLARTEXT_BENCH_EVAL_RUNNER_H_
#define KLARTEXT_BENCH_EVAL_RUNNER_H_

#include <cstddef>
#include <map>
#include <string>
#include <string_view>
#include <vector>

#include "datasets.h"
#include "klartext/options.h"
#include "klartext/status.h"
#include "segment_metric.h"
#include "shingle_metric.h"

namespace klartext::eval {

enum class InputMode {
  kHtml,  // the captured HTML, as crawled
  kText,  // the text w3m shows for it
};
std::string_view InputModeName(InputMode mode);  // "html", "text"

// One page as a peer extractor returned it.
struct PeerPage {
  bool has_text = false;  // false when the peer gave null: a failure
  std::string text;
  std::string title;
  std::string author;
  std::string date;
};
// Page name (EvalPage::name) to output.
using PeerOutputs = std::map<std::string, PeerPage, std::less<>>;

// Reads a peer-outputs/*.jsonl file: one JSON object per line with `page`,
// `text` and optionally `title`, `author`, `date`.
// Errors: kIoError, kCorrupt (a line that is not such an object).
Result<PeerOutputs> LoadPeerOutputs(const std::string& path);

struct RunOptions {
  std::string data_dir;  // holds scrapinghub-dev/ and trafilatura-eval-dev/
  InputMode mode = InputMode::kHtml;
  std::string cache_dir;  // text mode: where renders are kept
  int threads = 1;        // pages extracted at once
  const PeerOutputs* peer = nullptr;  // if set, score these instead of klartext
  // Score the input itself (in text mode: the whole w3m render) instead of
  // klartext's output: the ceiling of recall and the floor of precision.
  bool score_input = false;
  // ExtractOptions::favor for every page (klartext-eval --favor).
  klartext::Favor favor = klartext::Favor::kBalanced;
  // ExtractOptions::disabled_rules for every page (klartext-eval --ablate).
  klartext::RuleFamilySet disabled_rules;
};

// One page, extracted (or looked up) and scored.
struct PageResult {
  bool missing = false;  // the HTML file could not be read: not scored
  std::string error;     // why extraction failed; empty on success
  std::string text;      // the main text scored (Article::Text())
  std::string title;
  std::string published;
  std::vector<std::string> authors;
  // Where each of title, published and authors came from (SourceName:
  // "json-ld", "markup", …); absent when the field is empty.
  std::map<std::string, std::string, std::less<>> sources;
  std::size_t input_bytes = 0;  // HTML bytes (decompressed)
  double extract_seconds = 0;   // time in Extract (and rendering, text mode)
  bool german = false;          // IsGermanPage
  ShingleCounts shingles;       // kScrapinghub
  SegmentMatch segments;        // kTrafilatura
};

struct SetRun {
  EvalSet set = EvalSet::kScrapinghub;
  InputMode mode = InputMode::kHtml;
  std::string system;  // "klartext", "input" (score_input), or "peer" (main.cc names it)
  std::vector<EvalPage> pages;
  std::vector<PageResult> results;  // results[i] is for pages[i]
  double wall_seconds = 0;
};

// Loads the set and runs every page. Errors: those of LoadPages.
Result<SetRun> RunSet(EvalSet set, const RunOptions& options);

// The URL klartext is given for the page, as a crawler would pass it: the
// annotation key when it is one. Some trafilatura keys are labels
// ("hard::site.html", "xhttps://…"); those pages are extracted without one.
std::string CallerUrl(const EvalPage& page);

// Runs and scores one page.
PageResult RunPage(const EvalPage& page, const RunOptions& options);

}  // namespace klartext::eval

#endif  // KLARTEXT_BENCH_EVAL_RUNNER_H_
