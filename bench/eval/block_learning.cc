#include "block_learning.h"

#include <cmath>
#include <cstdio>
#include <fstream>
#include <utility>
#include <vector>

#include "datasets.h"
#include "extract/block_model.h"
#include "extract/classify_page.h"
#include "segment_metric.h"
#include "shingle_metric.h"
#include "site_folds.h"
#include "summary.h"

namespace klartext::eval {
namespace {

using extract::BlockFeatures;
using extract::BlockModel;
using extract::ClassifiedPage;
using extract::kBlockFeatureCount;

// A trafilatura segment shorter than this inside a block's text proves
// nothing (a word of it); a block shorter than this inside a segment
// neither.
constexpr std::size_t kMinContainedChars = 20;
// Newton steps of the regression; it converges in ~8.
constexpr int kMaxNewtonSteps = 30;
constexpr double kNewtonTolerance = 1e-7;

// The thresholds tried: drop a body block below `drop`, restore a removed
// block above `keep`. 0 and 1 switch that half off.
constexpr double kDropGrid[] = {0, 0.05, 0.1, 0.2, 0.3};
constexpr double kKeepGrid[] = {1, 0.9, 0.8, 0.7, 0.6};

struct LearnPage {
  const EvalPage* eval_page = nullptr;
  bool ok = false;  // classified
  ClassifiedPage page;
  std::vector<BlockFeatures> features;
  std::vector<int> target;  // per block: 1, 0, or -1 (no target)
};

bool Contains(std::string_view hay, std::string_view needle) {
  return !needle.empty() && hay.find(needle) != std::string_view::npos;
}

int SegmentTarget(const std::string& text, const std::vector<std::string>& with,
                  const std::vector<std::string>& without) {
  const std::string t = CollapseWhitespace(text);
  if (t.empty()) return -1;
  auto touches = [&](const std::vector<std::string>& segments) {
    for (const std::string& raw : segments) {
      const std::string s = CollapseWhitespace(raw);
      if (Contains(t, s) && s.size() >= kMinContainedChars / 2) return true;
      if (t.size() >= kMinContainedChars && Contains(s, t)) return true;
    }
    return false;
  };
  const bool pos = touches(with), neg = touches(without);
  if (pos == neg) return -1;
  return pos ? 1 : 0;
}

int ShingleTarget(const std::string& text, const std::string& truth) {
  // Counts come normalised; a block of fewer than kShingleLength words has
  // no shingle at all.
  if (Shingles(text).empty()) return -1;
  const ShingleCounts c = MatchShingles(truth, text);
  if (c.tp + c.fp <= 0) return -1;
  const double precision = c.tp / (c.tp + c.fp);
  if (precision >= kMinShinglePrecision) return 1;
  if (precision <= kMaxShinglePrecision) return 0;
  return -1;
}

// Solves H x = g for symmetric positive definite H (Cholesky); H is
// overwritten.
std::vector<double> Solve(std::vector<double>& h, std::vector<double> g, int n) {
  for (int j = 0; j < n; ++j) {
    double d = h[j * n + j];
    for (int k = 0; k < j; ++k) d -= h[j * n + k] * h[j * n + k];
    d = std::sqrt(std::max(d, 1e-12));
    h[j * n + j] = d;
    for (int i = j + 1; i < n; ++i) {
      double v = h[i * n + j];
      for (int k = 0; k < j; ++k) v -= h[i * n + k] * h[j * n + k];
      h[i * n + j] = v / d;
    }
  }
  for (int i = 0; i < n; ++i) {  // L y = g
    for (int k = 0; k < i; ++k) g[i] -= h[i * n + k] * g[k];
    g[i] /= h[i * n + i];
  }
  for (int i = n; i-- > 0;) {  // L^T x = y
    for (int k = i + 1; k < n; ++k) g[i] -= h[k * n + i] * g[k];
    g[i] /= h[i * n + i];
  }
  return g;
}

struct Row {
  const BlockFeatures* x;
  int y;
};

std::array<double, kBlockFeatureCount> Train(const std::vector<Row>& rows) {
  constexpr int n = kBlockFeatureCount;
  std::array<double, n> w{};
  BlockModel model;
  for (int step = 0; step < kMaxNewtonSteps; ++step) {
    model.weights = w;
    std::vector<double> h(n * n, 0.0), g(n, 0.0);
    for (int k = 1; k < n; ++k) {
      h[k * n + k] = kL2Penalty;
      g[k] = kL2Penalty * w[k];
    }
    h[0] = 1e-9;
    for (const Row& r : rows) {
      const BlockFeatures& x = *r.x;
      const double p = extract::ArticleProbability(model, x);
      const double s = p * (1 - p);
      for (int i = 0; i < n; ++i) {
        if (x[i] == 0) continue;
        g[i] += (p - r.y) * x[i];
        const double sx = s * x[i];
        for (int j = 0; j <= i; ++j) h[i * n + j] += sx * x[j];
      }
    }
    for (int i = 0; i < n; ++i) {
      for (int j = i + 1; j < n; ++j) h[i * n + j] = h[j * n + i];
    }
    const std::vector<double> d = Solve(h, g, n);
    double largest = 0;
    for (int i = 0; i < n; ++i) {
      w[i] -= d[i];
      largest = std::max(largest, std::abs(d[i]));
    }
    if (largest < kNewtonTolerance) break;
  }
  return w;
}

std::vector<Row> RowsOutside(const std::vector<LearnPage>& pages, const std::vector<int>& fold, int held_out) {
  std::vector<Row> rows;
  for (std::size_t p = 0; p < pages.size(); ++p) {
    if (!pages[p].ok || fold[p] == held_out) continue;
    const LearnPage& lp = pages[p];
    for (std::size_t i = 0; i < lp.target.size(); ++i) {
      if (lp.target[i] >= 0 && extract::ModelJudges(lp.page, lp.page.labels, i)) {
        rows.push_back({&lp.features[i], lp.target[i]});
      }
    }
  }
  return rows;
}

PageResult Score(const LearnPage& lp, const BlockModel* model, const ExtractOptions& options) {
  PageResult r;
  if (lp.ok) {
    extract::Labels labels = lp.page.labels;
    if (model != nullptr) extract::ApplyBlockModel(lp.page, lp.features, *model, labels);
    Result<Article> a = extract::FinishArticle(lp.page, std::move(labels), options);
    if (a.ok()) r.text = a->Text();
  }
  const EvalPage& page = *lp.eval_page;
  if (page.set == EvalSet::kScrapinghub) {
    r.shingles = MatchShingles(page.truth_body, r.text);
  } else {
    r.segments = MatchSegments(r.text, page.with, page.without);
  }
  return r;
}

// F1 of each set over the pages, each scored with the model of its fold
// (models[fold], or none).
std::array<double, 2> SetF1(const std::vector<LearnPage>& pages, const std::vector<int>& fold,
                            const std::vector<BlockModel>* models, const RunOptions& run) {
  std::array<double, 2> f1{};
  for (int s = 0; s < 2; ++s) {
    const EvalSet set = s == 0 ? EvalSet::kScrapinghub : EvalSet::kTrafilatura;
    SetRun sr;
    sr.set = set;
    for (std::size_t p = 0; p < pages.size(); ++p) {
      if (pages[p].eval_page->set != set) continue;
      const EvalPage& page = *pages[p].eval_page;
      ExtractOptions options{.input_format = InputFormat::kHtml, .url = CallerUrl(page), .favor = run.favor};
      options.disabled_rules = run.disabled_rules;
      sr.pages.push_back(page);
      sr.results.push_back(Score(pages[p], models ? &(*models)[fold[p]] : nullptr, options));
    }
    f1[s] = Summarize(sr).f1;
  }
  return f1;
}

std::string WeightsInclude(const BlockModel& m, std::size_t rows, std::size_t pages) {
  std::string out =
      "// Generated by `klartext-eval --learn --write-weights` (bench/eval/train_block_model.sh):\n"
      "// the logistic regression of extract/block_model.h trained on " +
      std::to_string(rows) + " blocks of " + std::to_string(pages) +
      " dev pages\n// (scrapinghub-dev and trafilatura-eval-dev, ../shared/data). Do not edit by hand.\n"
      "// An initializer of extract::BlockModel: weights, drop_below, keep_above.\n{{\n";
  char line[128];
  for (int k = 0; k < kBlockFeatureCount; ++k) {
    std::snprintf(line, sizeof(line), "    %+.9f,  // %s\n", m.weights[k],
                  std::string(extract::BlockFeatureName(k)).c_str());
    out += line;
  }
  std::snprintf(line, sizeof(line), "}, %.2f, %.2f}\n", m.drop_below, m.keep_above);
  return out + line;
}

}  // namespace

Result<nlohmann::json> LearnBlockModel(std::ostream& out, const LearnOptions& options) {
  std::vector<EvalPage> all;
  for (EvalSet set : {EvalSet::kScrapinghub, EvalSet::kTrafilatura}) {
    Result<std::vector<EvalPage>> pages = LoadPages(set, options.run.data_dir);
    if (!pages.ok()) return pages.status();
    for (EvalPage& p : *pages) all.push_back(std::move(p));
  }
  std::vector<LearnPage> pages(all.size());
  std::size_t targets = 0;
  for (std::size_t p = 0; p < all.size(); ++p) {
    LearnPage& lp = pages[p];
    lp.eval_page = &all[p];
    Result<std::string> html = ReadPageHtml(all[p]);
    if (!html.ok()) continue;
    ExtractOptions eo{.input_format = InputFormat::kHtml, .url = CallerUrl(all[p]), .favor = options.run.favor};
    eo.disabled_rules = options.run.disabled_rules;
    Result<ClassifiedPage> page = extract::ClassifyPage(*html, eo);
    if (!page.ok()) continue;
    lp.ok = true;
    lp.page = std::move(*page);
    lp.features = extract::PageBlockFeatures(lp.page);
    lp.target.assign(lp.page.stream.blocks.size(), -1);
    for (std::size_t i = 0; i < lp.target.size(); ++i) {
      if (!extract::ModelJudges(lp.page, lp.page.labels, i)) continue;
      const std::string& text = lp.page.stream.blocks[i].text;
      lp.target[i] = all[p].set == EvalSet::kScrapinghub ? ShingleTarget(text, all[p].truth_body)
                                                         : SegmentTarget(text, all[p].with, all[p].without);
      targets += lp.target[i] >= 0;
    }
  }
  const std::vector<int> fold = AssignSiteFolds(all, options.folds);

  std::vector<BlockModel> models(static_cast<std::size_t>(options.folds));
  for (int f = 0; f < options.folds; ++f) models[f].weights = Train(RowsOutside(pages, fold, f));
  const std::array<double, 2> rules = SetF1(pages, fold, nullptr, options.run);
  char line[256];
  out << "block model: " << all.size() << " pages, " << targets << " judged blocks with a target, "
      << options.folds << " site folds over both sets\n";
  std::snprintf(line, sizeof(line), "  %-6s %-6s %12s %12s %9s\n", "drop<", "keep>", "scrapinghub", "trafilatura",
                "mean");
  out << line;
  std::snprintf(line, sizeof(line), "  %-13s %12.4f %12.4f %9.4f   (rules alone)\n", "-", rules[0], rules[1],
                (rules[0] + rules[1]) / 2);
  out << line;

  nlohmann::json grid = nlohmann::json::array();
  double best_mean = (rules[0] + rules[1]) / 2;
  BlockModel best;  // disabled: the rules alone
  for (double drop : kDropGrid) {
    for (double keep : kKeepGrid) {
      if (drop == 0 && keep == 1) continue;
      for (BlockModel& m : models) m.drop_below = drop, m.keep_above = keep;
      const std::array<double, 2> cv = SetF1(pages, fold, &models, options.run);
      const double mean = (cv[0] + cv[1]) / 2;
      std::snprintf(line, sizeof(line), "  %-6.2f %-6.2f %12.4f %12.4f %9.4f\n", drop, keep, cv[0], cv[1], mean);
      out << line;
      grid.push_back({{"drop_below", drop}, {"keep_above", keep}, {"scrapinghub_cv_f1", cv[0]},
                      {"trafilatura_cv_f1", cv[1]}});
      // Taken only if it raises both sets: a gain on one bought with a
      // loss on the other is not one that generalises.
      if (mean >= best_mean + kMinModelGain && cv[0] >= rules[0] && cv[1] >= rules[1]) {
        best_mean = mean;
        best.drop_below = drop, best.keep_above = keep;
      }
    }
  }
  std::snprintf(line, sizeof(line), "  chosen: drop < %.2f, keep > %.2f%s\n", best.drop_below, best.keep_above,
                best.enabled() ? "" : " (the model does not run: no setting raised both sets by kMinModelGain)");
  out << line;

  nlohmann::json result = {{"rules_scrapinghub_f1", rules[0]}, {"rules_trafilatura_f1", rules[1]},
                           {"grid", grid}, {"drop_below", best.drop_below}, {"keep_above", best.keep_above}};
  if (!options.write_weights.empty()) {
    const std::vector<Row> rows = RowsOutside(pages, fold, /*held_out=*/-1);
    best.weights = Train(rows);
    std::ofstream file(options.write_weights);
    file << WeightsInclude(best, rows.size(), all.size());
    if (!file) return Status::IoError("cannot write " + options.write_weights);
    out << "  weights written to " << options.write_weights << "\n";
  }
  return result;
}

}  // namespace klartext::eval
