// extract/text_scores.h: how much each line of a text capture reads like
// article text (internal to the text path; select_text.cc uses it).
//
// Every block of a capture gets a Scored: prose earns points by length,
// navigation-like lines cost, lines that open what follows an article are
// walls. ScorePage then adjusts the scores by position and context
// (prose late in the page, teaser lists, lists introduced by a ':' line,
// "read on" links, prose after the article's end) before select_text.cc
// looks for the best run. The values and their reasons: the named
// constants in text_scores.cc and doc/text_captures.md.
#ifndef KLARTEXT_EXTRACT_TEXT_SCORES_H_
#define KLARTEXT_EXTRACT_TEXT_SCORES_H_

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "blocks/block.h"
#include "klartext/rules.h"

namespace klartext::extract {

// A text block reads like body text from this many characters on.
inline constexpr std::uint32_t kBodyTextChars = 100;
// A block is prose from kProseChars on when it has a sentence end and
// enough function words; German and English prose has about 0.3–0.5,
// headlines and link lists under 0.15. Text in other languages has none
// of our function words and is judged by length and punctuation alone.
inline constexpr std::uint32_t kProseChars = 80;
inline constexpr double kMinProseFunctionShare = 0.12;
// Short phrases with function words cost little: items of an article's
// list, a line introducing it.
inline constexpr std::uint32_t kMinPhraseWords = 3;
inline constexpr double kPhraseCost = 0.1;

struct Scored {
  double score = 0;
  bool junk = false;   // never article text, even inside the region
  bool prose = false;  // reads like running text
  bool wall = false;   // opens what follows an article: no run crosses it
  bool teaser = false; // the summary in a teaser list
  bool box = false;    // a wall opening a related list, which may be a box inside the article
  double undamped = 0; // the score before prose after the end was damped
};

// The page being read: its blocks, their copy keys and scores.
struct ScoredPage {
  const std::vector<blocks::Block>& bs;
  std::vector<std::string> norms;  // copy keys: the first kCopyKeyBytes of the normalised text
  std::vector<Scored> scored;
  RuleFamilySet disabled{};  // ExtractOptions::disabled_rules
  bool on(RuleFamily f) const { return !disabled.Contains(f); }
};

// Scores every block of p.bs into p.scored (and p.norms), context included.
void ScorePage(ScoredPage& p);

// A wall line in a share bar ("Comments", "12 Kommentare"): at most this
// long, right after a junk line.
inline constexpr std::uint32_t kMaxBarWallChars = 30;
// True if block k is such a wall: a link among buttons, which ends
// nothing before the body.
bool IsBarWall(const ScoredPage& p, std::size_t k);

// A short line ending in ':' ("Anna:", "Frage:"): an interview's speaker.
bool IsSpeakerLabel(const blocks::Block& b);
bool EndsWithColon(std::string_view text);

}  // namespace klartext::extract

#endif  // KLARTEXT_EXTRACT_TEXT_SCORES_H_
