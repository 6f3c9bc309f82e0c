// klartext-quotes-eval: scores statement attribution (bench/quotes/README.md).
//
//   klartext-quotes-eval de DIR [tune|held|all]   German Wikinews (GermEval 2023)
//   klartext-quotes-eval en DIR [tune|held|all]   English PolNeAr
//   klartext-quotes-eval show LANG FILE           the analysis of a text, as JSON
#include <cstdio>
#include <fstream>
#include <iostream>
#include <sstream>
#include <string>

#include "core/json_writer.h"
#include "corpora.h"
#include "io/emit_analysis_json.h"
#include "klartext/analyze.h"

int main(int argc, char** argv) {
  if (argc < 4) {
    std::fprintf(stderr, "usage: %s de|en DIR [tune|held|all] | show LANG FILE\n", argv[0]);
    return 2;
  }
  const std::string mode = argv[1];
  if (mode == "show") {
    std::ifstream in(argv[3], std::ios::binary);
    std::stringstream ss;
    ss << in.rdbuf();
    const klartext::Analysis a = klartext::AnalyzeText(ss.str(), argv[2]);
    std::string out;
    klartext::JsonWriter w(out);
    w.BeginObject();
    klartext::AppendAnalysisJson(a, w);
    w.EndObject();
    std::cout << out << "\n";
    return 0;
  }
  quotes::Part part = quotes::Part::kAll;
  const std::string which = argc > 3 ? argv[3] : "all";
  if (which == "tune") part = quotes::Part::kTune;
  if (which == "held") part = quotes::Part::kHeld;
  quotes::ScoreBoard board;
  double seconds = 0;
  long bytes = 0;
  const bool english = mode == "en";
  const bool ok = english ? quotes::ScoreEnglish(argv[2], part, board, &seconds, &bytes)
                          : quotes::ScoreGerman(argv[2], part, board, &seconds, &bytes);
  if (!ok) {
    std::fprintf(stderr, "no corpus at %s\n", argv[2]);
    return 1;
  }
  board.Print(mode + " " + which, english);
  std::printf("analysis time: %.3f s for %.2f MB (%.1f MB/s)\n", seconds, static_cast<double>(bytes) / 1e6,
              seconds > 0 ? static_cast<double>(bytes) / 1e6 / seconds : 0.0);
  return 0;
}
