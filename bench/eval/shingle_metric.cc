#include "shingle_metric.h"

#include <algorithm>
#include <unordered_map>

#include "utf8_read.h"
#include "word_chars.h"

namespace klartext::eval {

std::vector<std::string_view> WordTokens(std::string_view text) {
  std::vector<std::string_view> tokens;
  std::size_t i = 0;
  std::size_t start = std::string_view::npos;  // start of the token being read
  while (i < text.size()) {
    const std::size_t at = i;
    const bool word = IsWordChar(ReadCodePoint(text, i));
    if (word && start == std::string_view::npos) start = at;
    if (!word && start != std::string_view::npos) {
      tokens.push_back(text.substr(start, at - start));
      start = std::string_view::npos;
    }
  }
  if (start != std::string_view::npos) tokens.push_back(text.substr(start));
  return tokens;
}

std::vector<std::string> Shingles(std::string_view text, int n) {
  const std::vector<std::string_view> tokens = WordTokens(text);
  std::vector<std::string> shingles;
  if (tokens.empty() || n < 1) return shingles;
  const std::size_t len = static_cast<std::size_t>(n);
  // Fewer tokens than n: the benchmark keeps them as one short shingle.
  const std::size_t count = tokens.size() >= len ? tokens.size() - len + 1 : 1;
  shingles.reserve(count);
  for (std::size_t i = 0; i < count; ++i) {
    std::string s;
    for (std::size_t k = i; k < std::min(i + len, tokens.size()); ++k) {
      if (k > i) s += ' ';
      s.append(tokens[k]);
    }
    shingles.push_back(std::move(s));
  }
  return shingles;
}

ShingleCounts MatchShingles(std::string_view truth, std::string_view predicted, int n) {
  // shingle -> (count in truth, count in prediction)
  std::unordered_map<std::string, std::pair<long, long>> counts;
  for (std::string& s : Shingles(truth, n)) ++counts[std::move(s)].first;
  for (std::string& s : Shingles(predicted, n)) ++counts[std::move(s)].second;
  long tp = 0, fp = 0, fn = 0;
  for (const auto& [shingle, c] : counts) {
    tp += std::min(c.first, c.second);
    fp += std::max(0L, c.second - c.first);
    fn += std::max(0L, c.first - c.second);
  }
  ShingleCounts result;
  const double total = static_cast<double>(tp + fp + fn);
  if (total > 0) {
    result.tp = static_cast<double>(tp) / total;
    result.fp = static_cast<double>(fp) / total;
    result.fn = static_cast<double>(fn) / total;
  }
  return result;
}

double PagePrecision(const ShingleCounts& c) {
  if (c.fp == 0 && c.fn == 0) return 1.0;
  if (c.tp == 0 && c.fp == 0) return 0.0;
  return c.tp / (c.tp + c.fp);
}

double PageRecall(const ShingleCounts& c) {
  if (c.fp == 0 && c.fn == 0) return 1.0;
  if (c.tp == 0 && c.fn == 0) return 0.0;
  return c.tp / (c.tp + c.fn);
}

double PageF1(const ShingleCounts& c) {
  const double p = PagePrecision(c), r = PageRecall(c);
  return p + r > 0 ? 2 * p * r / (p + r) : 0.0;
}

MeanScores AverageShingleScores(const std::vector<ShingleCounts>& pages) {
  MeanScores s;
  double precision_sum = 0, recall_sum = 0;
  for (const ShingleCounts& c : pages) {
    if (c.tp + c.fp > 0) {
      precision_sum += PagePrecision(c);
      ++s.precision_pages;
    }
    if (c.tp + c.fn > 0) {
      recall_sum += PageRecall(c);
      ++s.recall_pages;
    }
  }
  if (s.precision_pages > 0) s.precision = precision_sum / s.precision_pages;
  if (s.recall_pages > 0) s.recall = recall_sum / s.recall_pages;
  if (s.precision + s.recall > 0) s.f1 = 2 * s.precision * s.recall / (s.precision + s.recall);
  return s;
}

}  // namespace klartext::eval
