#include "summary.h"

namespace klartext::eval {

SetSummary Summarize(const SetRun& run) {
  SetSummary s;
  s.set = std::string(EvalSetName(run.set));
  const bool peer = run.system != "klartext" && run.system != "input";
  s.mode = peer ? "-" : std::string(InputModeName(run.mode));
  s.system = run.system;
  s.wall_seconds = run.wall_seconds;
  std::vector<ShingleCounts> shingles;
  std::size_t bytes = 0;
  for (std::size_t i = 0; i < run.pages.size(); ++i) {
    const EvalPage& page = run.pages[i];
    const PageResult& r = run.results[i];
    if (r.missing) {
      ++s.missing;
      continue;
    }
    ++s.pages;
    if (!r.error.empty()) ++s.failures;
    bytes += r.input_bytes;
    s.extract_seconds += r.extract_seconds;
    if (run.set == EvalSet::kScrapinghub) {
      shingles.push_back(r.shingles);
      continue;
    }
    s.segments += r.segments.counts;
    if (r.german) {
      ++s.german_pages;
      s.german_segments += r.segments.counts;
    }
    if (!page.title.empty()) s.title.Add(SameTitle(page.title, r.title));
    if (!page.date.empty()) s.date.Add(SameDate(page.date, r.published));
    if (!page.author.empty()) s.author.Add(SameAuthors(page.author, r.authors));
  }
  s.megabytes = static_cast<double>(bytes) / 1e6;
  if (run.set == EvalSet::kScrapinghub) {
    const MeanScores m = AverageShingleScores(shingles);
    s.precision = m.precision, s.recall = m.recall, s.f1 = m.f1;
  } else {
    s.precision = s.segments.Precision();
    s.recall = s.segments.Recall();
    s.f1 = s.segments.F1();
    s.has_accuracy = true;
    s.accuracy = s.segments.Accuracy();
  }
  return s;
}

nlohmann::json ToJson(const SetSummary& s) {
  nlohmann::json j = {
      {"set", s.set},           {"mode", s.mode},         {"system", s.system},
      {"pages", s.pages},       {"missing", s.missing},   {"failures", s.failures},
      {"megabytes", s.megabytes}, {"wall_seconds", s.wall_seconds},
      {"extract_seconds", s.extract_seconds},
      {"precision", s.precision}, {"recall", s.recall},   {"f1", s.f1},
  };
  if (s.has_accuracy) {
    j["accuracy"] = s.accuracy;
    j["tp"] = s.segments.tp, j["fp"] = s.segments.fp;
    j["fn"] = s.segments.fn, j["tn"] = s.segments.tn;
    j["german_pages"] = s.german_pages;
    j["german_precision"] = s.german_segments.Precision();
    j["german_recall"] = s.german_segments.Recall();
    j["german_f1"] = s.german_segments.F1();
    j["german_accuracy"] = s.german_segments.Accuracy();
    const std::pair<const char*, const FieldRate*> fields[] = {
        {"title", &s.title}, {"date", &s.date}, {"author", &s.author}};
    for (const auto& [name, rate] : fields) {
      j[std::string(name) + "_rate"] = rate->Rate();
      j[std::string(name) + "_matched"] = rate->matched;
      j[std::string(name) + "_annotated"] = rate->annotated;
    }
  }
  return j;
}

}  // namespace klartext::eval
