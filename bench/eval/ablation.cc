#include "ablation.h"

#include <algorithm>
#include <cstdio>
#include <string>

#include "klartext/rules.h"
#include "report.h"
#include "site_folds.h"
#include "summary.h"

namespace klartext::eval {
namespace {

std::vector<double> FoldF1(const SetRun& run, const std::vector<int>& page_folds, int folds) {
  std::vector<double> f1;
  for (int f = 0; f < folds; ++f) f1.push_back(Summarize(FoldRun(run, page_folds, f)).f1);
  return f1;
}

// For a family that does not hold: the pages it costs most, so that the
// rule inside it that fits only some sites can be found.
constexpr std::size_t kHurtPagesShown = 3;

void PrintHurtPages(std::ostream& out, const SetRun& with, const SetRun& without, nlohmann::json& row) {
  std::vector<std::pair<double, std::size_t>> losses;  // (F1 lost, page)
  for (std::size_t i = 0; i < with.results.size() && i < without.results.size(); ++i) {
    const double lost = PageF1Of(without, i) - PageF1Of(with, i);
    if (lost > 0) losses.emplace_back(lost, i);
  }
  std::sort(losses.begin(), losses.end(), [](const auto& a, const auto& b) { return a.first > b.first; });
  if (losses.size() > kHurtPagesShown) losses.resize(kHurtPagesShown);
  char line[256];
  for (const auto& [lost, i] : losses) {
    std::snprintf(line, sizeof(line), "      costs %-40s page F1 %.3f with it, %.3f without\n",
                  with.pages[i].name.c_str(), PageF1Of(with, i), PageF1Of(without, i));
    out << line;
    row["hurt_pages"].push_back({{"page", with.pages[i].name}, {"f1_with", PageF1Of(with, i)},
                                 {"f1_without", PageF1Of(without, i)}});
  }
}

// The text-capture families run only on text input, the HTML ones only on
// HTML; the shared block rules on both (klartext/rules.h).
bool AppliesTo(RuleFamily f, InputMode mode) {
  const bool text_family = static_cast<int>(f) >= static_cast<int>(RuleFamily::kTextLateProse);
  switch (f) {
    case RuleFamily::kLinkDensity:
    case RuleFamily::kLinkListPass:
    case RuleFamily::kTeaserCards:
    case RuleFamily::kAfterComments:
    case RuleFamily::kPitchTail:
    case RuleFamily::kGalleryTitles:
    case RuleFamily::kListHeadings:
    case RuleFamily::kTrailingStubs:
    case RuleFamily::kRegionMarks:
    case RuleFamily::kLeadRecovery:
      return mode == InputMode::kHtml;
    default:
      return text_family ? mode == InputMode::kText : true;
  }
}

}  // namespace

std::string_view VerdictName(Verdict v) {
  switch (v) {
    case Verdict::kHolds: return "holds";
    case Verdict::kMixed: return "MIXED";
    case Verdict::kHurts: return "HURTS";
    case Verdict::kNoEffect: return "-";
  }
  return "?";
}

Verdict JudgeFolds(const std::vector<double>& fold_deltas) {
  bool helps = false, hurts = false;
  for (double d : fold_deltas) {
    helps |= d >= kAblationTolerance;
    hurts |= d <= -kAblationTolerance;
  }
  if (helps && hurts) return Verdict::kMixed;
  if (helps) return Verdict::kHolds;
  if (hurts) return Verdict::kHurts;
  return Verdict::kNoEffect;
}

nlohmann::json PrintAblation(std::ostream& out, const SetRun& baseline, const RunOptions& options,
                             int folds) {
  const std::vector<int> page_folds = AssignSiteFolds(baseline.pages, folds);
  const double whole = Summarize(baseline).f1;
  const std::vector<double> base_folds = FoldF1(baseline, page_folds, folds);

  char cell[64];
  out << "\n" << EvalSetName(baseline.set) << " (" << InputModeName(baseline.mode)
      << "): each rule family off in turn; dF1 = F1 with it - F1 without it, whole set and per site fold\n";
  std::snprintf(cell, sizeof(cell), "  %-17s %7s ", "family", "whole");
  out << cell;
  for (int f = 0; f < folds; ++f) {
    std::snprintf(cell, sizeof(cell), " %6s%d", "fold", f);
    out << cell;
  }
  out << "  pages+ pages-  verdict\n";

  nlohmann::json rows = nlohmann::json::array();
  for (int i = 0; i < kRuleFamilyCount; ++i) {
    const auto family = static_cast<RuleFamily>(i);
    if (!AppliesTo(family, baseline.mode)) continue;
    RunOptions off = options;
    off.disabled_rules.Add(family);
    Result<SetRun> run = RunSet(baseline.set, off);
    if (!run.ok()) {
      out << "  " << RuleFamilyName(family) << ": " << run.status().ToString() << "\n";
      continue;
    }
    const double delta_whole = whole - Summarize(*run).f1;
    const std::vector<double> off_folds = FoldF1(*run, page_folds, folds);
    std::vector<double> deltas;
    for (int f = 0; f < folds; ++f) deltas.push_back(base_folds[f] - off_folds[f]);
    const Verdict verdict = JudgeFolds(deltas);

    std::snprintf(cell, sizeof(cell), "  %-17s %+7.4f ", std::string(RuleFamilyName(family)).c_str(), delta_whole);
    out << cell;
    for (double d : deltas) {
      std::snprintf(cell, sizeof(cell), " %+7.4f", d);
      out << cell;
    }
    int pages_helped = 0, pages_hurt = 0;
    for (std::size_t p = 0; p < baseline.results.size() && p < run->results.size(); ++p) {
      const double d = PageF1Of(baseline, p) - PageF1Of(*run, p);
      pages_helped += d >= kAblationTolerance;
      pages_hurt += d <= -kAblationTolerance;
    }
    std::snprintf(cell, sizeof(cell), "  %4d %4d", pages_helped, pages_hurt);
    out << cell << "  " << VerdictName(verdict) << "\n";
    nlohmann::json row = {{"family", RuleFamilyName(family)},
                          {"delta_whole", delta_whole},
                          {"delta_folds", deltas},
                          {"verdict", VerdictName(verdict)},
                          {"pages_helped", pages_helped},
                          {"pages_hurt", pages_hurt}};
    if (verdict == Verdict::kMixed || verdict == Verdict::kHurts) PrintHurtPages(out, baseline, *run, row);
    rows.push_back(std::move(row));
  }
  return rows;
}

}  // namespace klartext::eval
