#include "source_report.h"

#include <cstdio>
#include <map>
#include <string>
#include <vector>

#include "extract/classify_page.h"
#include "field_match.h"
#include "site_folds.h"

namespace klartext::eval {

namespace {

// Matches of one source for one field, whole set and per site fold.
struct Tally {
  FieldRate whole;
  std::vector<FieldRate> fold;

  void Add(bool match, int page_fold, int folds) {
    fold.resize(static_cast<std::size_t>(folds));
    whole.Add(match);
    fold[static_cast<std::size_t>(page_fold)].Add(match);
  }
};

// One table row ("title  markup  458  418  0.913  0.945 …") and its JSON.
void PrintTally(std::ostream& out, std::string_view field, const std::string& source, const Tally& tally,
                nlohmann::json& rows) {
  char cell[64];
  std::snprintf(cell, sizeof(cell), "  %-7s %-10s %5d %5d %6.3f ", std::string(field).c_str(), source.c_str(),
                tally.whole.annotated, tally.whole.matched, tally.whole.Rate());
  out << cell;
  std::vector<double> fold_rates;
  for (const FieldRate& r : tally.fold) {
    if (r.annotated == 0) {
      out << "      -";
    } else {
      std::snprintf(cell, sizeof(cell), " %6.3f", r.Rate());
      out << cell;
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

// Every declared publication date, by source, whether or not it won: how
// often each source is right when it speaks (the first claim of a source
// on a page counts). This, not the winner's rate, ranks the sources.
void PrintDateClaims(std::ostream& out, const SetRun& run, const std::vector<int>& page_folds, int folds,
                     nlohmann::json& rows) {
  std::map<std::string, Tally> by_source;
  // (a, b) with a < b -> (pages where only a is right, pages where only b is).
  std::map<std::pair<std::string, std::string>, std::pair<int, int>> duels;
  for (std::size_t i = 0; i < run.pages.size(); ++i) {
    const EvalPage& page = run.pages[i];
    if (page.date.empty()) continue;
    Result<std::string> html = ReadPageHtml(page);
    if (!html.ok()) continue;
    Result<extract::ClassifiedPage> classified =
        extract::ClassifyPage(*html, {.input_format = InputFormat::kHtml, .url = CallerUrl(page)});
    if (!classified.ok()) continue;
    std::map<std::string, bool> first;  // source -> its first claim matched
    for (const auto& claim : classified->declared.published_claims) {
      first.emplace(std::string(SourceName(claim.source)), SameDate(page.date, claim.value));
    }
    for (const auto& [a, a_right] : first) {
      for (const auto& [b, b_right] : first) {
        if (a < b && a_right != b_right) (a_right ? duels[{a, b}].first : duels[{a, b}].second) += 1;
      }
    }
    for (const auto& [source, match] : first) by_source[source].Add(match, page_folds[i], folds);
  }
  char line[256];
  out << "  declared dates, every source that states one (winning or not):\n";
  for (const auto& [source, tally] : by_source) PrintTally(out, "claim", source, tally, rows);
  out << "  declared dates, head to head where two sources disagree (pages where only one is right):\n";
  for (const auto& [pair, wins] : duels) {
    std::snprintf(line, sizeof(line), "    %-12s %3d : %-3d %s\n", pair.first.c_str(), wins.first, wins.second,
                  pair.second.c_str());
    out << line;
    rows.push_back({{"field", "published_duel"}, {"source", pair.first}, {"other", pair.second},
                    {"only_source_right", wins.first}, {"only_other_right", wins.second}});
  }
}

}  // namespace

nlohmann::json PrintFieldSources(std::ostream& out, const SetRun& run, int folds) {
  nlohmann::json rows = nlohmann::json::array();
  if (run.set != EvalSet::kTrafilatura) return rows;
  folds = folds < 1 ? 1 : folds;
  const std::vector<int> page_folds = AssignSiteFolds(run.pages, folds);

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
      by_source[it == r.sources.end() ? std::string("none") : it->second].Add(match, page_folds[i], folds);
    }
    for (const auto& [source, tally] : by_source) PrintTally(out, field, source, tally, rows);
  }
  PrintDateClaims(out, run, page_folds, folds, rows);
  return rows;
}

}  // namespace klartext::eval
