// bench/eval/site_folds.h: site-folded cross-validation of an evaluation run.
//
//   std::vector<int> fold = AssignSiteFolds(run.pages, 5);
//   for (int f = 0; f < 5; ++f) SetSummary s = Summarize(FoldRun(run, fold, f));
//
// Why folds by site: a rule written while looking at one site's pages fits
// that site's template. Scoring each group of sites on its own, with no site
// in two groups, shows how much a figure depends on which sites were looked
// at; the spread between folds and the gap between the weakest fold and the
// whole set are what pages from unseen sites are likely to show.
//
// klartext's extractor has no fitted parameters at run time, so the folds
// are scored with the same fixed rule set; anything learned from the dev
// pages (a trained scorer) must be trained on K-1 folds and scored on the
// held-out one, which these functions make possible.
// Thread safety: pure functions.
#ifndef KLARTEXT_BENCH_EVAL_SITE_FOLDS_H_
#define KLARTEXT_BENCH_EVAL_SITE_FOLDS_H_

#include <string>
#include <string_view>
#include <vector>

#include "datasets.h"
#include "runner.h"

namespace klartext::eval {

// The site a page belongs to: its URL's host, lowercased, without port,
// user info and a leading "www." ("https://www.Example.org:8080/a" gives
// "example.org"). A URL with no host gives the whole URL, so pages without
// one still form sites of their own.
std::string SiteOf(std::string_view url);

// Assigns each page a fold in [0, folds): all pages of a site share a fold.
// Sites are taken largest first (ties by name) and each goes to the fold
// with the fewest pages so far, so folds are balanced and the assignment is
// deterministic. `folds` below 1 is taken as 1.
std::vector<int> AssignSiteFolds(const std::vector<EvalPage>& pages, int folds);

// The part of `run` whose pages are in fold `fold`.
SetRun FoldRun(const SetRun& run, const std::vector<int>& page_folds, int fold);

// The number of distinct sites among the pages in `fold`.
int SitesInFold(const std::vector<EvalPage>& pages, const std::vector<int>& page_folds,
                int fold);

}  // namespace klartext::eval

#endif  // KLARTEXT_BENCH_EVAL_SITE_FOLDS_H_
