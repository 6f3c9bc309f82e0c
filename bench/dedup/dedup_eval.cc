// dedup_eval: how well MinHash clusters agency copies (doc/corpus.md).
//
//   build/klartext-dedup-eval [DATA_DIR]
//
// The labelled set is made here, deterministically, from the dev pages
// (scrapinghub-dev and trafilatura-eval-dev): each body with enough words
// is extracted with klartext, and
//   - positive pairs: the body and an edited copy of it, one per kind of
//     edit an outlet makes to an agency story (below);
//   - negative pairs: every pair of two different dev pages. Some dev pages
//     may really be copies of each other; those show as false positives and
//     are listed, so they can be checked by eye.
// A pair is clustered when its signatures share an LSH band key and their
// estimated Jaccard similarity reaches the threshold, exactly as
// Corpus::Put decides. For each threshold it prints precision, recall and
// F1 over all pairs, and recall per edit kind, so kNearDuplicateJaccard in
// store/near_duplicate.h is read off a table rather than guessed.
#include <algorithm>
#include <cmath>
#include <cstdio>
#include <random>
#include <string>
#include <vector>

#include "datasets.h"
#include "klartext/extract.h"
#include "store/near_duplicate.h"

namespace klartext {
namespace {

using store::ComputeMinHash;
using store::MinHashSignature;

// The similarity Corpus::Put sees for a pair: the estimate when some band
// key is shared (so the pair is found at all), else 0.
double FoundSimilarity(const MinHashSignature& a, const MinHashSignature& b) {
  if (a.empty || b.empty) return 0;
  const auto ka = store::MinHashBandKeys(a), kb = store::MinHashBandKeys(b);
  for (int i = 0; i < store::kMinHashBands; ++i) {
    if (ka[static_cast<std::size_t>(i)] == kb[static_cast<std::size_t>(i)]) return store::EstimatedJaccard(a, b);
  }
  return 0;
}

std::vector<std::string> Paragraphs(const std::string& text) {
  std::vector<std::string> out;
  std::size_t start = 0;
  while (start < text.size()) {
    std::size_t end = text.find("\n\n", start);
    if (end == std::string::npos) end = text.size();
    if (end > start) out.push_back(text.substr(start, end - start));
    start = end + 2;
  }
  return out;
}

std::string Join(const std::vector<std::string>& paragraphs) {
  std::string out;
  for (const std::string& p : paragraphs) {
    if (!out.empty()) out += "\n\n";
    out += p;
  }
  return out;
}

// The edits an outlet makes when it prints an agency story.
struct Edit {
  const char* name;
  std::string (*apply)(const std::vector<std::string>& paragraphs, std::mt19937& rng);
};

const Edit kEdits[] = {
    {"identical", [](const std::vector<std::string>& p, std::mt19937&) { return Join(p); }},
    {"dateline+footer",  // "Berlin (dpa) - …" and the outlet's own closing line
     [](const std::vector<std::string>& p, std::mt19937&) {
       std::vector<std::string> q = p;
       q.front() = "Berlin (dpa) - " + q.front();
       q.push_back("Mehr Nachrichten aus Politik und Wirtschaft lesen Sie in unserem Newsletter. © dpa-infocom");
       return Join(q);
     }},
    {"last paragraph cut",
     [](const std::vector<std::string>& p, std::mt19937&) {
       std::vector<std::string> q = p;
       if (q.size() > 2) q.pop_back();
       return Join(q);
     }},
    {"teaser inserted",  // "Lesen Sie auch: …" in the middle
     [](const std::vector<std::string>& p, std::mt19937& rng) {
       std::vector<std::string> q = p;
       q.insert(q.begin() + static_cast<long>(rng() % (q.size() + 1)),
                "Lesen Sie auch: Was die neue Regelung für Verbraucher bedeutet und wer profitiert");
       return Join(q);
     }},
    {"words changed",  // one word in twenty replaced (house style, typo fixes)
     [](const std::vector<std::string>& p, std::mt19937& rng) {
       std::string s = Join(p), out;
       std::size_t word = 0;
       for (std::size_t i = 0; i < s.size(); ++i) {
         const bool start = (i == 0 || s[i - 1] == ' ') && s[i] != ' ';
         if (start && ++word % 20 == 0) {
           out += (rng() % 2) ? "zudem" : "ebenfalls";
           while (i < s.size() && s[i] != ' ') ++i;
           if (i < s.size()) out += ' ';
           continue;
         }
         out += s[i];
       }
       return out;
     }},
    {"middle paragraph dropped",
     [](const std::vector<std::string>& p, std::mt19937& rng) {
       std::vector<std::string> q = p;
       if (q.size() > 3) q.erase(q.begin() + 1 + static_cast<long>(rng() % (q.size() - 2)));
       return Join(q);
     }},
    {"first half only",  // a short version: the first half of the paragraphs
     [](const std::vector<std::string>& p, std::mt19937&) {
       std::vector<std::string> q(p.begin(), p.begin() + static_cast<long>(std::max<std::size_t>(1, (p.size() + 1) / 2)));
       return Join(q);
     }},
};
constexpr int kEditKinds = sizeof kEdits / sizeof kEdits[0];
// Thresholds tried: 0.20, 0.25 … 0.90.
constexpr int kThresholdSteps = 15;
double Threshold(int step) { return 0.20 + 0.05 * step; }

int Run(const std::string& data_dir) {
  std::vector<std::string> names;
  std::vector<MinHashSignature> signatures;
  std::vector<std::vector<std::string>> bodies;
  for (eval::EvalSet set : {eval::EvalSet::kScrapinghub, eval::EvalSet::kTrafilatura}) {
    Result<std::vector<eval::EvalPage>> pages = eval::LoadPages(set, data_dir);
    if (!pages.ok()) {
      std::fprintf(stderr, "dedup_eval: %s\n", pages.status().ToString().c_str());
      return 2;
    }
    for (const eval::EvalPage& page : *pages) {
      Result<std::string> html = eval::ReadPageHtml(page);
      if (!html.ok()) continue;
      Result<Article> article = Extract(*html, {.url = page.url});
      if (!article.ok()) continue;
      const std::string text = article->Text();
      MinHashSignature sig = ComputeMinHash(text);
      if (sig.empty) continue;  // too short to cluster at all
      names.push_back(page.url.empty() ? page.name : page.url);
      signatures.push_back(sig);
      bodies.push_back(Paragraphs(text));
    }
  }
  const std::size_t n = signatures.size();
  std::printf("dev pages with a signature (>= %d words): %zu\n", store::kMinWordsForSignature, n);

  std::vector<std::vector<double>> positive(kEditKinds);
  std::mt19937 rng(20261206);
  for (std::size_t i = 0; i < n; ++i) {
    for (int e = 0; e < kEditKinds; ++e) {
      positive[static_cast<std::size_t>(e)].push_back(
          FoundSimilarity(signatures[i], ComputeMinHash(kEdits[e].apply(bodies[i], rng))));
    }
  }
  std::vector<double> negative;
  std::vector<std::pair<double, std::pair<std::size_t, std::size_t>>> closest;
  for (std::size_t i = 0; i < n; ++i) {
    for (std::size_t j = i + 1; j < n; ++j) {
      const double sim = FoundSimilarity(signatures[i], signatures[j]);
      negative.push_back(sim);
      if (sim > 0) closest.push_back({-sim, {i, j}});
    }
  }
  std::printf("pairs: %zu positive (%d edits x %zu pages), %zu negative (distinct dev pages), %zu negative pairs"
              " share a band\n\n",
              n * kEditKinds, kEditKinds, n, negative.size(), closest.size());

  std::printf("%5s  %9s %9s %7s %6s |", "J>=", "precision", "recall", "F1", "FP");
  for (int e = 1; e < kEditKinds; ++e) std::printf(" %8.8s", kEdits[e].name);
  std::printf("\n");
  for (int step = 0; step < kThresholdSteps; ++step) {
    const double t = Threshold(step) - 1e-9;
    const long fp = std::count_if(negative.begin(), negative.end(), [t](double x) { return x >= t; });
    long tp = 0;
    std::vector<double> recall_by_edit;
    for (int e = 0; e < kEditKinds; ++e) {
      const auto& d = positive[static_cast<std::size_t>(e)];
      const long hit = std::count_if(d.begin(), d.end(), [t](double x) { return x >= t; });
      tp += hit;
      recall_by_edit.push_back(static_cast<double>(hit) / static_cast<double>(d.size()));
    }
    const double precision = tp + fp == 0 ? 1.0 : static_cast<double>(tp) / static_cast<double>(tp + fp);
    const double recall = static_cast<double>(tp) / static_cast<double>(n * kEditKinds);
    const double f1 = precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall);
    const bool in_use = std::abs(Threshold(step) - store::kNearDuplicateJaccard) < 1e-6;
    std::printf("%5.2f%s %9.4f %9.4f %7.4f %6ld |", Threshold(step), in_use ? "*" : " ", precision, recall, f1, fp);
    for (int e = 1; e < kEditKinds; ++e) std::printf(" %8.3f", recall_by_edit[static_cast<std::size_t>(e)]);
    std::printf("\n");
  }
  std::printf("(* = kNearDuplicateJaccard, the threshold in use)\n\nmost similar distinct dev pages found by LSH:\n");
  std::sort(closest.begin(), closest.end());
  for (std::size_t i = 0; i < closest.size() && i < 10; ++i) {
    std::printf("  %.3f  %s\n         %s\n", -closest[i].first, names[closest[i].second.first].c_str(),
                names[closest[i].second.second].c_str());
  }
  return 0;
}

}  // namespace
}  // namespace klartext

int main(int argc, char** argv) {
  return klartext::Run(argc > 1 ? argv[1] : std::string(KLARTEXT_SHARED_DATA));
}
