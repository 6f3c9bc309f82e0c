#include "fold_report.h"

#include <algorithm>
#include <cstdio>
#include <string>
#include <vector>

#include "site_folds.h"

namespace klartext::eval {
namespace {

std::string RateCell(const FieldRate& r) {
  if (r.annotated == 0) return "-";
  char buffer[32];
  std::snprintf(buffer, sizeof(buffer), "%.3f", r.Rate());
  return buffer;
}

}  // namespace

nlohmann::json PrintSiteFolds(std::ostream& out, const SetRun& run, const SetSummary& whole,
                              int folds) {
  const std::vector<int> page_folds = AssignSiteFolds(run.pages, folds);
  const bool fields = whole.has_accuracy;  // trafilatura: metadata annotated
  std::vector<SetSummary> parts;
  int sites = 0;
  nlohmann::json per_fold = nlohmann::json::array();

  char line[256];
  out << "\n" << whole.set << " (" << whole.system << ", " << whole.mode << "): " << folds
      << " site folds\n";
  std::snprintf(line, sizeof(line), "  %4s %5s %5s %6s %6s %6s %6s %6s %6s\n", "fold", "sites",
                "pages", "P", "R", "F1", "title", "date", "author");
  out << line;
  for (int f = 0; f < folds; ++f) {
    const SetRun part = FoldRun(run, page_folds, f);
    const int fold_sites = SitesInFold(run.pages, page_folds, f);
    sites += fold_sites;
    SetSummary s = Summarize(part);
    std::snprintf(line, sizeof(line), "  %4d %5d %5d %6.3f %6.3f %6.3f %6s %6s %6s\n", f,
                  fold_sites, s.pages, s.precision, s.recall, s.f1,
                  fields ? RateCell(s.title).c_str() : "-",
                  fields ? RateCell(s.date).c_str() : "-",
                  fields ? RateCell(s.author).c_str() : "-");
    out << line;
    nlohmann::json j = ToJson(s);
    j["fold"] = f;
    j["sites"] = fold_sites;
    per_fold.push_back(std::move(j));
    parts.push_back(std::move(s));
  }

  double sum = 0, low = 1, high = 0;
  double title = 0, date = 0, author = 0;
  for (const SetSummary& s : parts) {
    sum += s.f1;
    low = std::min(low, s.f1);
    high = std::max(high, s.f1);
    title += s.title.Rate(), date += s.date.Rate(), author += s.author.Rate();
  }
  const double n = parts.empty() ? 1 : static_cast<double>(parts.size());
  std::snprintf(line, sizeof(line),
                "  fold F1: mean %.3f  min %.3f  max %.3f   whole set %.3f   whole - min %.3f\n",
                sum / n, low, high, whole.f1, whole.f1 - low);
  out << line;
  if (fields) {
    std::snprintf(line, sizeof(line),
                  "  fold means: title %.3f  date %.3f  author %.3f   (whole set %.3f %.3f %.3f)\n",
                  title / n, date / n, author / n, whole.title.Rate(), whole.date.Rate(),
                  whole.author.Rate());
    out << line;
  }

  nlohmann::json result = {{"set", whole.set},    {"folds", folds},      {"sites", sites},
                           {"fold", per_fold},    {"f1_mean", sum / n},  {"f1_min", low},
                           {"f1_max", high},      {"f1_whole", whole.f1}};
  if (fields) {
    result["title_mean"] = title / n;
    result["date_mean"] = date / n;
    result["author_mean"] = author / n;
  }
  return result;
}

}  // namespace klartext::eval
