// klartext-eval: measures how well klartext extracts articles, on the
// annotated sets in the shared data directory (bench/README.md).
//
//   klartext-eval                       # both sets, HTML input
//   klartext-eval --mode text -j 2      # both sets, as w3m renders them
//   klartext-eval --peer trafilatura    # score a peer's stored outputs
//   klartext-eval --worst 10 --set trafilatura
//   klartext-eval --page bmjv.de.konsum.html
#include <cstdlib>
#include <fstream>
#include <iostream>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "ablation.h"
#include "block_learning.h"
#include "fold_report.h"
#include "klartext/rules.h"
#include "report.h"
#include "source_report.h"
#include "runner.h"
#include "summary.h"

namespace {

using namespace klartext::eval;

constexpr int kExitUsage = 1;
constexpr int kExitData = 2;
// --ablate without --folds: five folds leave ~110 trafilatura pages and
// ~16 ScrapingHub pages per fold, enough to see a rule's effect.
constexpr int kDefaultAblationFolds = 5;

constexpr const char* kUsage = R"(usage: klartext-eval [options]
  --set scrapinghub|trafilatura|all   which sets to score (default all)
  --mode html|text                    input klartext sees: the HTML (default), or
                                      the text w3m renders from it
  --favor balanced|precision|recall   ExtractOptions::favor (default balanced)
  --cache DIR                         where text renders are kept
                                      (default <build dir>/eval-cache)
  --data DIR                          the shared data directory
  --peer NAME|FILE.jsonl              score a peer's outputs instead of klartext:
                                      NAME reads DATA/peer-outputs/NAME-<set>.jsonl
                                      (trafilatura, readability_js27); a FILE is
                                      scored on the set its name says
  --score-input                       score the input itself instead of klartext's
                                      output (with --mode text: the whole w3m
                                      render, the ceiling of recall)
  --worst N                           list the N lowest-F1 pages and the N pages
                                      with most false positives, per set
  --fields                            list every title/date/author miss (tab-separated:
                                      field, page, annotated, ours)
  --json FILE                         write the summaries as JSON
  --page NAME                         run one page (id or file name), print our text
  --folds K                           also score K folds of sites (no site in two
                                      folds) and print each fold beside the whole
                                      set: what pages of unseen sites will show
  --ablate                            switch each rule family off in turn and print
                                      its effect on the whole set and on each site
                                      fold (--folds K, default 5)
  --sources                           per metadata field, the exact-match rate of each
                                      source it was taken from, whole and per site fold
  --learn                             train the block model on both sets, cross-validated
                                      by site fold (--folds K, default 5); prints CV F1
                                      for each threshold pair beside the rules alone
  --write-weights FILE                with --learn: write the model trained on all pages
                                      (src/extract/block_model_weights.inc)
  --disable-rule NAME                 run with that rule family off (repeatable;
                                      names as --ablate prints them)
  -j N                                pages extracted at once (default 1)
)";

struct Flags {
  std::vector<EvalSet> sets = {EvalSet::kScrapinghub, EvalSet::kTrafilatura};
  RunOptions run;
  std::string peer;
  int worst = 0;
  int folds = 0;  // --folds: 0 = whole set only
  bool fields = false;
  bool ablate = false;
  bool sources = false;
  bool learn = false;
  std::string write_weights;
  std::string json_path;
  std::string page;
};

bool ParseInt(std::string_view text, int& out) {
  if (text.empty() || text.size() > 6) return false;
  int value = 0;
  for (char c : text) {
    if (c < '0' || c > '9') return false;
    value = value * 10 + (c - '0');
  }
  out = value;
  return true;
}

// Returns false (after saying why) on bad arguments.
bool ParseFlags(int argc, char** argv, Flags& flags) {
  flags.run.data_dir = KLARTEXT_SHARED_DATA;
  flags.run.cache_dir = KLARTEXT_EVAL_CACHE;
  for (int i = 1; i < argc; ++i) {
    const std::string_view arg = argv[i];
    if (arg == "-h" || arg == "--help") {
      std::cout << kUsage;
      std::exit(0);
    }
    if (arg.size() > 2 && arg.substr(0, 2) == "-j") {  // -j2
      if (!ParseInt(arg.substr(2), flags.run.threads) || flags.run.threads < 1) {
        return std::cerr << "klartext-eval: bad -j\n", false;
      }
      continue;
    }
    if (arg == "--fields") {
      flags.fields = true;
      continue;
    }
    if (arg == "--learn") {
      flags.learn = true;
      continue;
    }
    if (arg == "--sources") {
      flags.sources = true;
      continue;
    }
    if (arg == "--ablate") {
      flags.ablate = true;
      continue;
    }
    if (arg == "--score-input") {
      flags.run.score_input = true;
      continue;
    }
    if (i + 1 >= argc) {
      std::cerr << "klartext-eval: " << arg << " needs a value (or is unknown)\n" << kUsage;
      return false;
    }
    const std::string value = argv[++i];
    if (arg == "--set") {
      if (value == "scrapinghub") flags.sets = {EvalSet::kScrapinghub};
      else if (value == "trafilatura") flags.sets = {EvalSet::kTrafilatura};
      else if (value == "all") flags.sets = {EvalSet::kScrapinghub, EvalSet::kTrafilatura};
      else return std::cerr << "klartext-eval: unknown set " << value << "\n", false;
    } else if (arg == "--mode") {
      if (value == "html") flags.run.mode = InputMode::kHtml;
      else if (value == "text") flags.run.mode = InputMode::kText;
      else return std::cerr << "klartext-eval: unknown mode " << value << "\n", false;
    } else if (arg == "--favor") {
      if (value == "balanced") flags.run.favor = klartext::Favor::kBalanced;
      else if (value == "precision") flags.run.favor = klartext::Favor::kPrecision;
      else if (value == "recall") flags.run.favor = klartext::Favor::kRecall;
      else return std::cerr << "klartext-eval: unknown favor " << value << "\n", false;
    } else if (arg == "--cache") {
      flags.run.cache_dir = value;
    } else if (arg == "--data") {
      flags.run.data_dir = value;
    } else if (arg == "--peer") {
      flags.peer = value;
    } else if (arg == "--worst") {
      if (!ParseInt(value, flags.worst)) return std::cerr << "klartext-eval: bad --worst\n", false;
    } else if (arg == "--folds") {
      if (!ParseInt(value, flags.folds) || flags.folds < 2) {
        return std::cerr << "klartext-eval: --folds needs a number of at least 2\n", false;
      }
    } else if (arg == "--disable-rule") {
      const std::optional<klartext::RuleFamily> family = klartext::RuleFamilyFromName(value);
      if (!family) return std::cerr << "klartext-eval: no rule family named " << value << "\n", false;
      flags.run.disabled_rules.Add(*family);
    } else if (arg == "--write-weights") {
      flags.write_weights = value;
    } else if (arg == "--json") {
      flags.json_path = value;
    } else if (arg == "--page") {
      flags.page = value;
    } else if (arg == "-j") {
      if (!ParseInt(value, flags.run.threads) || flags.run.threads < 1) {
        return std::cerr << "klartext-eval: bad -j\n", false;
      }
    } else {
      std::cerr << "klartext-eval: unknown option " << arg << "\n" << kUsage;
      return false;
    }
  }
  if ((flags.ablate || flags.sources || flags.learn) && flags.folds == 0) flags.folds = kDefaultAblationFolds;
  return true;
}

bool EndsWith(std::string_view s, std::string_view suffix) {
  return s.size() >= suffix.size() && s.substr(s.size() - suffix.size()) == suffix;
}

// The peer file to score `set` with, or "" when flags.peer names a file
// for another set.
std::string PeerFileFor(const Flags& flags, EvalSet set) {
  std::string suffix = "-";  // appended: GCC 12 misreports `"-" + s` under -Wrestrict
  suffix.append(EvalSetDir(set)).append(".jsonl");
  if (!EndsWith(flags.peer, ".jsonl")) {
    return flags.run.data_dir + "/peer-outputs/" + flags.peer + suffix;
  }
  const bool names_a_set = EndsWith(flags.peer, "-scrapinghub-dev.jsonl") ||
                           EndsWith(flags.peer, "-trafilatura-eval-dev.jsonl");
  if (names_a_set && !EndsWith(flags.peer, suffix)) return "";
  return flags.peer;
}

int RunOnePage(const Flags& flags) {
  for (EvalSet set : flags.sets) {
    auto pages = LoadPages(set, flags.run.data_dir);
    if (!pages.ok()) {
      std::cerr << "klartext-eval: " << pages.status().ToString() << "\n";
      return kExitData;
    }
    for (const EvalPage& page : *pages) {
      if (page.name != flags.page && page.name + ".gz" != flags.page &&
          page.name + ".html.gz" != flags.page && page.url != flags.page) {
        continue;
      }
      RunOptions options = flags.run;
      PeerOutputs peer;
      if (!flags.peer.empty()) {
        auto loaded = LoadPeerOutputs(PeerFileFor(flags, set));
        if (!loaded.ok()) {
          std::cerr << "klartext-eval: " << loaded.status().ToString() << "\n";
          return kExitData;
        }
        peer = std::move(*loaded);
        options.peer = &peer;
      }
      PrintPage(std::cout, page, RunPage(page, options));
      return 0;
    }
  }
  std::cerr << "klartext-eval: no page named " << flags.page << "\n";
  return kExitData;
}

int Run(const Flags& flags) {
  std::vector<SetSummary> summaries;
  std::vector<SetRun> runs;  // kept for --folds, printed after the summary table
  std::vector<RunOptions> run_options;  // what each set ran with, for --ablate
  nlohmann::json json = nlohmann::json::array();
  for (EvalSet set : flags.sets) {
    RunOptions options = flags.run;
    PeerOutputs peer;
    std::string peer_file;
    if (!flags.peer.empty()) {
      peer_file = PeerFileFor(flags, set);
      if (peer_file.empty()) continue;  // the file is for the other set
      auto loaded = LoadPeerOutputs(peer_file);
      if (!loaded.ok()) {
        std::cerr << "klartext-eval: " << loaded.status().ToString() << "\n";
        return kExitData;
      }
      peer = std::move(*loaded);
      options.peer = &peer;
    }
    auto run = RunSet(set, options);
    if (!run.ok()) {
      std::cerr << "klartext-eval: " << run.status().ToString() << "\n";
      return kExitData;
    }
    if (!flags.peer.empty()) {
      run->system = flags.peer.substr(flags.peer.find_last_of('/') + 1);
      if (EndsWith(run->system, ".jsonl")) run->system.resize(run->system.size() - 6);
    }
    SetSummary summary = Summarize(*run);
    if (flags.worst > 0) PrintWorstPages(std::cout, *run, flags.worst);
    if (flags.fields) PrintFieldMisses(std::cout, *run);
    json.push_back(ToJson(summary));
    if (!peer_file.empty()) json.back()["peer_file"] = peer_file;
    summaries.push_back(std::move(summary));
    if (flags.folds > 0) runs.push_back(std::move(*run));
    run_options.push_back(options);
  }
  if (summaries.empty()) {
    std::cerr << "klartext-eval: nothing to score (does --peer match --set?)\n";
    return kExitUsage;
  }
  if (flags.worst > 0) std::cout << "\n";
  PrintSummaryTable(std::cout, summaries);
  for (std::size_t i = 0; i < runs.size(); ++i) {
    json[i]["site_folds"] = PrintSiteFolds(std::cout, runs[i], summaries[i], flags.folds);
    if (flags.sources && flags.peer.empty()) {
      json[i]["field_sources"] = PrintFieldSources(std::cout, runs[i], flags.folds);
    }
    if (flags.ablate && flags.peer.empty()) {
      json[i]["ablation"] = PrintAblation(std::cout, runs[i], run_options[i], flags.folds);
    }
  }
  if (!flags.json_path.empty()) {
    std::ofstream out(flags.json_path);
    out << json.dump(2) << "\n";
    if (!out) {
      std::cerr << "klartext-eval: cannot write " << flags.json_path << "\n";
      return kExitData;
    }
  }
  return 0;
}

int Learn(const Flags& flags) {
  LearnOptions options{.run = flags.run, .folds = flags.folds, .write_weights = flags.write_weights};
  klartext::Result<nlohmann::json> result = LearnBlockModel(std::cout, options);
  if (!result.ok()) {
    std::cerr << "klartext-eval: " << result.status().ToString() << "\n";
    return kExitData;
  }
  if (!flags.json_path.empty()) {
    std::ofstream out(flags.json_path);
    out << result->dump(2) << "\n";
    if (!out) {
      std::cerr << "klartext-eval: cannot write " << flags.json_path << "\n";
      return kExitData;
    }
  }
  return 0;
}

}  // namespace

int main(int argc, char** argv) {
  Flags flags;
  if (!ParseFlags(argc, argv, flags)) return kExitUsage;
  if (flags.learn) return Learn(flags);
  return flags.page.empty() ? Run(flags) : RunOnePage(flags);
}
