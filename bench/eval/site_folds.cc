#include "site_folds.h"

#include <algorithm>
#include <map>
#include <set>
#include <utility>

#include "core/url_host.h"

namespace klartext::eval {

std::string SiteOf(std::string_view url) {
  std::string host = UrlHost(url);
  return host.empty() ? std::string(url) : host;
}

std::vector<int> AssignSiteFolds(const std::vector<EvalPage>& pages, int folds) {
  folds = std::max(folds, 1);
  std::map<std::string, std::vector<std::size_t>> by_site;
  for (std::size_t i = 0; i < pages.size(); ++i) by_site[SiteOf(pages[i].url)].push_back(i);

  std::vector<std::pair<std::string, std::vector<std::size_t>>> sites(by_site.begin(),
                                                                       by_site.end());
  std::stable_sort(sites.begin(), sites.end(), [](const auto& a, const auto& b) {
    return a.second.size() > b.second.size();  // by_site already orders names
  });

  std::vector<int> page_fold(pages.size(), 0);
  std::vector<std::size_t> fold_pages(static_cast<std::size_t>(folds), 0);
  for (const auto& [site, members] : sites) {
    const auto smallest = std::min_element(fold_pages.begin(), fold_pages.end());
    const int fold = static_cast<int>(smallest - fold_pages.begin());
    *smallest += members.size();
    for (std::size_t i : members) page_fold[i] = fold;
  }
  return page_fold;
}

SetRun FoldRun(const SetRun& run, const std::vector<int>& page_folds, int fold) {
  SetRun part;
  part.set = run.set;
  part.mode = run.mode;
  part.system = run.system;
  part.wall_seconds = 0;  // not meaningful for a part
  for (std::size_t i = 0; i < run.pages.size() && i < page_folds.size(); ++i) {
    if (page_folds[i] != fold) continue;
    part.pages.push_back(run.pages[i]);
    part.results.push_back(run.results[i]);
  }
  return part;
}

int SitesInFold(const std::vector<EvalPage>& pages, const std::vector<int>& page_folds,
                int fold) {
  std::set<std::string> sites;
  for (std::size_t i = 0; i < pages.size() && i < page_folds.size(); ++i) {
    if (page_folds[i] == fold) sites.insert(SiteOf(pages[i].url));
  }
  return static_cast<int>(sites.size());
}

}  // namespace klartext::eval
