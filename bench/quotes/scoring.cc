// bench/quotes/scoring.cc: greedy one-to-one matching and pooled counts.
#include "scoring.h"

#include <algorithm>
#include <cstdio>
#include <tuple>

namespace quotes {
namespace {

int Overlap(const TokenSet& a, const TokenSet& b) {
  int n = 0;
  for (int t : a) n += b.count(t) ? 1 : 0;
  return n;
}

void AddPair(Scores& s, const Item* g, const Item* p) {
  Counts m, sp, cue;
  if (p != nullptr) m.pred = static_cast<double>(p->message.size());
  if (g != nullptr) m.gold = static_cast<double>(g->message.size());
  if (g != nullptr && p != nullptr) {
    m.tp = Overlap(g->message, p->message);
    sp = {static_cast<double>(Overlap(g->speaker, p->speaker)), static_cast<double>(p->speaker.size()),
          static_cast<double>(g->speaker.size())};
    cue = {static_cast<double>(Overlap(g->cue, p->cue)), static_cast<double>(p->cue.size()),
           static_cast<double>(g->cue.size())};
    ++s.matched;
  }
  if (g != nullptr) ++s.gold_statements;
  if (p != nullptr) ++s.pred_statements;
  s.message.Add(m);
  s.speaker.Add(sp);
  s.cue.Add(cue);
  s.joint.Add(m);
  s.joint.Add(sp);
}

}  // namespace

void ScoreDocument(const std::vector<Item>& gold, const std::vector<Item>& pred, ScoreBoard& board) {
  ++board.documents;
  std::vector<std::tuple<int, std::size_t, std::size_t>> pairs;
  for (std::size_t g = 0; g < gold.size(); ++g)
    for (std::size_t p = 0; p < pred.size(); ++p) {
      const int o = Overlap(gold[g].message, pred[p].message);
      if (o > 0) pairs.emplace_back(o, g, p);
    }
  std::stable_sort(pairs.begin(), pairs.end(),
                   [](const auto& a, const auto& b) { return std::get<0>(a) > std::get<0>(b); });
  std::vector<int> gold_to(gold.size(), -1), pred_to(pred.size(), -1);
  for (const auto& [o, g, p] : pairs) {
    if (gold_to[g] >= 0 || pred_to[p] >= 0) continue;
    gold_to[g] = static_cast<int>(p);
    pred_to[p] = static_cast<int>(g);
  }
  for (std::size_t g = 0; g < gold.size(); ++g) {
    if (!gold[g].scored) continue;
    const Item* p = gold_to[g] >= 0 ? &pred[static_cast<std::size_t>(gold_to[g])] : nullptr;
    AddPair(board.all, &gold[g], p);
    AddPair(board.by_form[gold[g].form], &gold[g], p);
  }
  for (std::size_t p = 0; p < pred.size(); ++p) {
    if (pred_to[p] >= 0) continue;  // matched: counted above, or neutral if its gold is unscored
    AddPair(board.all, nullptr, &pred[p]);
  }
}

void ScoreBoard::Print(const std::string& title, bool english) const {
  std::printf("== %s\n", title.c_str());
  std::printf("documents: %d\n", documents);
  std::printf("statements: gold %d, predicted %d, matched %d\n", all.gold_statements, all.pred_statements,
              all.matched);
  auto line = [](const char* name, const Counts& c) {
    std::printf("  %-8s P %.3f  R %.3f  F1 %.3f\n", name, c.P(), c.R(), c.F());
  };
  line(english ? "content" : "message", all.message);
  line(english ? "source" : "speaker", all.speaker);
  line("cue", all.cue);
  line("joint", all.joint);
  if (english) return;
  std::printf("  by Form (precision counts only predictions matched to that Form):\n");
  for (const auto& [form, s] : by_form) {
    std::printf("  %-22s n=%4d  message R %.3f F1 %.3f | speaker F1 %.3f | joint R %.3f F1 %.3f\n", form.c_str(),
                s.gold_statements, s.message.R(), s.message.F(), s.speaker.F(), s.joint.R(), s.joint.F());
  }
}

}  // namespace quotes
