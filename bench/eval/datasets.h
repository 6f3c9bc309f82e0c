// bench/eval/datasets.h: the two annotated page sets klartext is measured
// on, as /work/shared/data/README.md describes them.
//
//   Result<std::vector<EvalPage>> pages = LoadPages(EvalSet::kTrafilatura, data_dir);
//
// Loading reads only the annotations; each page's HTML is read when it is
// scored (ReadPageHtml). Thread safety: pure functions over files.
#ifndef KLARTEXT_BENCH_EVAL_DATASETS_H_
#define KLARTEXT_BENCH_EVAL_DATASETS_H_

#include <string>
#include <string_view>
#include <vector>

#include "klartext/status.h"

namespace klartext::eval {

enum class EvalSet {
  kScrapinghub,  // scrapinghub-dev: full article bodies, shingle metric
  kTrafilatura,  // trafilatura-eval-dev: with/without segments, metadata
};

// "scrapinghub" or "trafilatura": the names used by --set and in JSON.
std::string_view EvalSetName(EvalSet set);
// The folder under the data directory.
std::string_view EvalSetDir(EvalSet set);

struct EvalPage {
  EvalSet set = EvalSet::kScrapinghub;
  // The page's name in its set and in peer outputs: the ScrapingHub id, or
  // the trafilatura `file` (without ".gz").
  std::string name;
  std::string url;
  std::string html_path;  // html/<name>.html.gz or html/<file>.gz

  std::string truth_body;  // kScrapinghub: the annotated articleBody

  // kTrafilatura: segments that must / must not appear, and metadata
  // (empty when not annotated).
  std::vector<std::string> with;
  std::vector<std::string> without;
  std::string title;
  std::string date;
  std::string author;
};

// The pages of one set, sorted by their key in the annotations (ScrapingHub
// id, trafilatura URL). Errors: kIoError, kCorrupt (annotations not the expected JSON).
Result<std::vector<EvalPage>> LoadPages(EvalSet set, const std::string& data_dir);

// The page's HTML, decompressed. Errors as ReadGzipFile.
Result<std::string> ReadPageHtml(const EvalPage& page);

// The German subset of trafilatura-eval: <html lang="de…"> in the page, or
// a URL host ending in .de, .at or .ch.
bool IsGermanPage(std::string_view html, std::string_view url);

}  // namespace klartext::eval

#endif  // KLARTEXT_BENCH_EVAL_DATASETS_H_
