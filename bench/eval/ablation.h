// bench/eval/ablation.h: what each rule family is worth, fold by fold
// (klartext-eval --ablate).
//
// Every family of klartext/rules.h is switched off in turn and the set is
// run again. For each site fold (site_folds.h) the family's effect is
//   ΔF1 = F1 with the family − F1 without it,
// positive where the family helps. A family that helps some folds and hurts
// others fits the sites it was written on rather than news pages in
// general: the verdict column says so (Verdict below), and such a family is
// to be generalised or removed (doc/evaluation.md).
// Thread safety: runs RunSet, which uses options.threads threads.
#ifndef KLARTEXT_BENCH_EVAL_ABLATION_H_
#define KLARTEXT_BENCH_EVAL_ABLATION_H_

#include <nlohmann/json.hpp>
#include <ostream>
#include <string_view>
#include <vector>

#include "runner.h"

namespace klartext::eval {

// A fold's F1 moving by less than this is no effect: one segment of the
// ~300 in a trafilatura fold moves it by ~0.002.
inline constexpr double kAblationTolerance = 0.001;

enum class Verdict {
  kHolds,     // helps at least one fold, hurts none
  kMixed,     // helps some folds, hurts others
  kHurts,     // hurts at least one fold, helps none
  kNoEffect,  // no fold moves by kAblationTolerance
};
std::string_view VerdictName(Verdict v);  // "holds", "MIXED", "HURTS", "-"

// The verdict on per-fold effects (ΔF1 as above).
Verdict JudgeFolds(const std::vector<double>& fold_deltas);

// Runs `set` once per rule family with that family off (on top of
// options.disabled_rules), prints a table of whole-set and per-fold ΔF1
// against `baseline` (the same set run with `options`), and returns it as
// JSON: [{"family", "delta_whole", "delta_folds": [...], "verdict",
// "pages_helped", "pages_hurt"}, ...]. A family that helps only a page or
// two was likely written for them; the page counts show it.
nlohmann::json PrintAblation(std::ostream& out, const SetRun& baseline, const RunOptions& options,
                             int folds);

}  // namespace klartext::eval

#endif  // KLARTEXT_BENCH_EVAL_ABLATION_H_
