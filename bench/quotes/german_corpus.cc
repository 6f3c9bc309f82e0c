// bench/quotes/german_corpus.cc: GermEval 2023 Wikinews documents.
//
// The document text is each sentence's tokens joined by single spaces, the
// sentences joined by newlines; predicted spans map back to every token they
// overlap. Gold statements are the annotations with IsNested false.
#include <algorithm>
#include <chrono>
#include <filesystem>
#include <fstream>
#include <nlohmann/json.hpp>
#include <string>
#include <vector>

#include "corpora.h"
#include "klartext/analyze.h"

namespace quotes {

std::vector<std::string> SelectFiles(std::vector<std::string> files, Part part) {
  std::sort(files.begin(), files.end());
  const std::size_t cut = static_cast<std::size_t>(static_cast<double>(files.size()) * kTuneShare);
  if (part == Part::kTune) files.resize(cut);
  if (part == Part::kHeld) files.erase(files.begin(), files.begin() + static_cast<std::ptrdiff_t>(cut));
  return files;
}

namespace {

struct TokenSpan {
  std::size_t start, end;
};

TokenSet Covered(const std::vector<TokenSpan>& tokens, std::size_t start, std::size_t end) {
  TokenSet out;
  if (end <= start) return out;
  for (std::size_t i = 0; i < tokens.size(); ++i)
    if (tokens[i].start < end && tokens[i].end > start) out.insert(static_cast<int>(i));
  return out;
}

}  // namespace

bool ScoreGerman(const std::string& dir, Part part, ScoreBoard& board, double* seconds, long* bytes) {
  namespace fs = std::filesystem;
  const fs::path train = fs::path(dir) / "train";
  if (!fs::is_directory(train)) return false;
  std::vector<std::string> files;
  for (const auto& e : fs::directory_iterator(train))
    if (e.path().extension() == ".json") files.push_back(e.path().string());
  for (const std::string& file : SelectFiles(files, part)) {
    std::ifstream in(file);
    const nlohmann::json doc = nlohmann::json::parse(in, nullptr, false);
    if (doc.is_discarded()) continue;
    std::string text;
    std::vector<TokenSpan> tokens;
    std::vector<std::vector<int>> index;  // sentence, token → global token
    for (const auto& s : doc["Sentences"]) {
      if (!text.empty()) text += '\n';
      std::vector<int> row;
      bool first = true;
      for (const auto& t : s["Tokens"]) {
        if (!first) text += ' ';
        first = false;
        const std::string tok = t.get<std::string>();
        row.push_back(static_cast<int>(tokens.size()));
        tokens.push_back({text.size(), text.size() + tok.size()});
        text += tok;
      }
      index.push_back(row);
    }
    auto positions = [&index](const nlohmann::json& list) {
      TokenSet out;
      for (const auto& p : list) {
        const std::string s = p.get<std::string>();
        const std::size_t colon = s.find(':');
        const std::size_t sent = std::stoul(s.substr(0, colon));
        const std::size_t tok = std::stoul(s.substr(colon + 1));
        if (sent < index.size() && tok < index[sent].size()) out.insert(index[sent][tok]);
      }
      return out;
    };
    std::vector<Item> gold;
    for (const auto& a : doc["Annotations"]) {
      if (a.value("IsNested", false)) continue;
      gold.push_back({positions(a["Message"]), positions(a["Source"]), positions(a["Cue"]),
                      a.value("Form", std::string("?")), true});
    }
    const auto t0 = std::chrono::steady_clock::now();
    const klartext::Analysis analysis = klartext::AnalyzeText(text, "de");
    *seconds += std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count();
    *bytes += static_cast<long>(text.size());
    std::vector<Item> pred;
    for (const klartext::Statement& s : analysis.statements) {
      pred.push_back({Covered(tokens, s.start, s.end), Covered(tokens, s.speaker.start, s.speaker.end),
                      Covered(tokens, s.cue_start, s.cue_end), std::string(klartext::StatementKindName(s.kind)),
                      true});
    }
    ScoreDocument(gold, pred, board);
  }
  return true;
}

}  // namespace quotes
