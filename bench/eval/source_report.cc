#include "source_report.h"

#include <cstdio>
#include <map>
#include <string>
#include <vector>

#include "field_match.h"
#include "site_folds.h"

namespace klartext::eval {

nlohmann::json PrintFieldSources(std::ostream& out, const SetRun& run, int folds) {
  nlohmann::json rows = nlohmann::json::array();
  if (run.set != EvalSet::kTrafilatura) return rows;
  folds = folds < 1 ? 1 : folds;
  const std::vector<int> page_folds = AssignSiteFolds(run.pages, folds);

  struct Tally {
    FieldRate whole;
    std::vector<FieldRate> fold;
  };
  char line[256];
  out << "\n" << EvalSetName(run.set) << " (" << InputModeName(run.mode)
      << "): each field by the source it was taken from, exact-match rate whole and per site fold\n";
  std::snprintf(line, sizeof(line), "  %-7s %-10s %5s %5s %6s ", "field", "source", "pages", "right", "rate");
  out << line;
  for (int f = 0; f < folds; ++f) {
    std::snprintf(line, sizeof(line), " %5s%d", "fold", f);
    out << line;
  }
  out << "\n";

  for (const std::string_view field : {"title", "published", "authors"}) {
    std::map<std::string, Tally> by_source;
    for (std::size_t i = 0; i < run.pages.size(); ++i) {
      const EvalPage& page = run.pages[i];
      const PageResult& r = run.results[i];
      const std::string& annotated = field == "title" ? page.title : field == "published" ? page.date : page.author;
      if (annotated.empty() || r.missing) continue;
      const bool match = field == "title"       ? SameTitle(annotated, r.title)
                         : field == "published" ? SameDate(annotated, r.published)
                                                : SameAuthors(annotated, r.authors);
      const auto it = r.sources.find(field);
      Tally& tally = by_source[it == r.sources.end() ? std::string("none") : it->second];
      tally.fold.resize(static_cast<std::size_t>(folds));
      tally.whole.Add(match);
      tally.fold[static_cast<std::size_t>(page_folds[i])].Add(match);
    }
    for (const auto& [source, tally] : by_source) {
      std::snprintf(line, sizeof(line), "  %-7s %-10s %5d %5d %6.3f ", std::string(field).c_str(), source.c_str(),
                    tally.whole.annotated, tally.whole.matched, tally.whole.Rate());
      out << line;
      std::vector<double> fold_rates;
      for (const FieldRate& r : tally.fold) {
        if (r.annotated == 0) {
          out << "      -";
        } else {
          std::snprintf(line, sizeof(line), " %6.3f", r.Rate());
          out << line;
        }
        fold_rates.push_back(r.annotated == 0 ? -1.0 : r.Rate());
      }
      out << "\n";
      rows.push_back({{"field", field},
                      {"source", source},
                      {"pages", tally.whole.annotated},
                      {"matched", tally.whole.matched},
                      {"rate", tally.whole.Rate()},
                      {"fold_rates", fold_rates}});
    }
  }
  return rows;
}

}  // namespace klartext::eval
