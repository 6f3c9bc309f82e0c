// bench/quotes/corpora.h: reading the two statement corpora and scoring
// klartext's analysis on them.
#ifndef KLARTEXT_BENCH_QUOTES_CORPORA_H_
#define KLARTEXT_BENCH_QUOTES_CORPORA_H_

#include <string>
#include <vector>

#include "scoring.h"

namespace quotes {

// Which documents to score: files sorted by name, the first kTuneShare of
// them are the tuning part, the rest the held-out part.
enum class Part { kTune, kHeld, kAll };
constexpr double kTuneShare = 0.7;

std::vector<std::string> SelectFiles(std::vector<std::string> files, Part part);

// quotes-de-wikinews-train/train/*.json. Returns false if the folder is missing.
bool ScoreGerman(const std::string& dir, Part part, ScoreBoard& board, double* seconds, long* bytes);
// quotes-en-polnear-train/{text,attributions}.
bool ScoreEnglish(const std::string& dir, Part part, ScoreBoard& board, double* seconds, long* bytes);

}  // namespace quotes

#endif  // KLARTEXT_BENCH_QUOTES_CORPORA_H_
