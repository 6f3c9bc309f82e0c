// Site folds: a site never sits in two folds, folds are balanced, and a
// fold's run holds exactly its pages.
#include "site_folds.h"

#include "ablation.h"

#include <gtest/gtest.h>

#include <map>
#include <string>
#include <vector>

namespace klartext::eval {
namespace {

EvalPage PageAt(const std::string& url) {
  EvalPage page;
  page.url = url;
  page.name = url;
  return page;
}

TEST(SiteOfTest, HostWithoutWwwPortUserAndCase) {
  EXPECT_EQ(SiteOf("https://www.Example.org:8080/a/b?c"), "example.org");
  EXPECT_EQ(SiteOf("http://user@news.example.de/x"), "news.example.de");
  EXPECT_EQ(SiteOf("https://www.example.com"), "example.com");
  EXPECT_EQ(SiteOf("not a url"), "not a url");
  EXPECT_EQ(SiteOf(""), "");
}

TEST(AssignSiteFoldsTest, NoSiteInTwoFoldsAndBalanced) {
  std::vector<EvalPage> pages;
  // Six sites of 4, 3, 2, 2, 1, 1 pages: 13 pages into 3 folds.
  const std::map<std::string, int> sizes = {{"a.de", 4}, {"b.de", 3}, {"c.de", 2},
                                            {"d.de", 2}, {"e.de", 1}, {"f.de", 1}};
  for (const auto& [site, n] : sizes) {
    for (int i = 0; i < n; ++i) pages.push_back(PageAt("https://" + site + "/" + std::to_string(i)));
  }
  const std::vector<int> folds = AssignSiteFolds(pages, 3);
  ASSERT_EQ(folds.size(), pages.size());
  std::map<std::string, int> fold_of_site;
  std::vector<int> fold_pages(3, 0);
  for (std::size_t i = 0; i < pages.size(); ++i) {
    ASSERT_GE(folds[i], 0);
    ASSERT_LT(folds[i], 3);
    const std::string site = SiteOf(pages[i].url);
    auto [it, inserted] = fold_of_site.emplace(site, folds[i]);
    EXPECT_EQ(it->second, folds[i]) << site << " is in two folds";
    ++fold_pages[folds[i]];
  }
  // Greedy largest-first: 4 | 3+1 | 2+2 ... the folds differ by at most 1 here.
  for (int n : fold_pages) EXPECT_NEAR(n, 13.0 / 3, 1.0);
  EXPECT_EQ(SitesInFold(pages, folds, 0) + SitesInFold(pages, folds, 1) +
                SitesInFold(pages, folds, 2),
            6);
  EXPECT_EQ(AssignSiteFolds(pages, 3), folds) << "not deterministic";
}

TEST(FoldRunTest, HoldsExactlyTheFoldsPages) {
  SetRun run;
  run.system = "klartext";
  for (int i = 0; i < 5; ++i) {
    run.pages.push_back(PageAt("https://s" + std::to_string(i) + ".org/"));
    PageResult r;
    r.text = std::to_string(i);
    run.results.push_back(r);
  }
  const std::vector<int> folds = {1, 0, 1, 0, 1};
  const SetRun part = FoldRun(run, folds, 1);
  ASSERT_EQ(part.pages.size(), 3u);
  ASSERT_EQ(part.results.size(), 3u);
  EXPECT_EQ(part.results[0].text, "0");
  EXPECT_EQ(part.results[1].text, "2");
  EXPECT_EQ(part.results[2].text, "4");
  EXPECT_EQ(part.system, "klartext");
}

TEST(JudgeFoldsTest, AFamilyThatHelpsOneFoldAndHurtsAnotherIsMixed) {
  EXPECT_EQ(JudgeFolds({0.01, 0.002, 0.0}), Verdict::kHolds);
  EXPECT_EQ(JudgeFolds({0.01, -0.002, 0.0}), Verdict::kMixed);
  EXPECT_EQ(JudgeFolds({0.0, -0.002}), Verdict::kHurts);
  // Below the tolerance a fold has not moved.
  EXPECT_EQ(JudgeFolds({0.0004, -0.0004}), Verdict::kNoEffect);
  EXPECT_EQ(JudgeFolds({}), Verdict::kNoEffect);
  EXPECT_EQ(VerdictName(Verdict::kMixed), "MIXED");
}

}  // namespace
}  // namespace klartext::eval
