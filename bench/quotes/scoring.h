// bench/quotes/scoring.h: token-level statement scores (shared/data/README.md).
//
// A document is scored by matching predicted to gold statements one-to-one,
// greedily by largest message-token overlap. Message counts cover every
// statement (unmatched ones count whole); speaker and cue counts cover the
// matched pairs; "joint" pools message and speaker counts.
#ifndef KLARTEXT_BENCH_QUOTES_SCORING_H_
#define KLARTEXT_BENCH_QUOTES_SCORING_H_

#include <map>
#include <set>
#include <string>
#include <vector>

namespace quotes {

using TokenSet = std::set<int>;

struct Item {
  TokenSet message, speaker, cue;
  std::string form;     // gold: the Form (Direct, Indirect …); pred: the kind
  bool scored = true;   // gold only: false = outside the metric (its matches are neutral)
};

struct Counts {
  double tp = 0, pred = 0, gold = 0;
  void Add(const Counts& o) { tp += o.tp; pred += o.pred; gold += o.gold; }
  double P() const { return pred > 0 ? tp / pred : 0; }
  double R() const { return gold > 0 ? tp / gold : 0; }
  double F() const { return P() + R() > 0 ? 2 * P() * R() / (P() + R()) : 0; }
};

struct Scores {
  Counts message, speaker, cue, joint;
  int gold_statements = 0, pred_statements = 0, matched = 0;
};

struct ScoreBoard {
  Scores all;
  std::map<std::string, Scores> by_form;
  int documents = 0;
  void Print(const std::string& title, bool english) const;
};

// Scores one document's predictions against its gold statements.
void ScoreDocument(const std::vector<Item>& gold, const std::vector<Item>& pred, ScoreBoard& board);

}  // namespace quotes

#endif  // KLARTEXT_BENCH_QUOTES_SCORING_H_
