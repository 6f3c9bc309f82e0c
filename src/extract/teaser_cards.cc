#include "extract/teaser_cards.h"

#include <utility>
#include <vector>

namespace klartext::extract {
namespace {

using blocks::Block;
using blocks::Kind;

// Teaser cards: a short heading, at most one short pitch, and a link-only
// call to action ("Mehr erfahren", "Read more"), repeated back to back, are
// a grid of links to other pages. One such card alone may be the
// article's own call to action and stays.
constexpr std::uint32_t kMaxCardHeadingChars = 100;
constexpr std::uint32_t kMaxCardPitchChars = 250;
constexpr std::uint32_t kMaxCardActionChars = 40;
constexpr double kMinCardActionLinkDensity = 0.9;
constexpr std::size_t kMinTeaserCards = 2;

std::size_t SkipImages(const std::vector<Block>& bs, std::size_t i) {
  while (i < bs.size() && bs[i].kind == Kind::kImage) ++i;
  return i;
}

// The index after the card starting at `i`, or `i` when none starts there.
std::size_t CardEnd(const std::vector<Block>& bs, const Labels& labels, std::size_t i) {
  if (i >= bs.size() || bs[i].kind != Kind::kHeading || labels[i] != Label::kContent ||
      bs[i].chars > kMaxCardHeadingChars) {
    return i;
  }
  std::size_t j = SkipImages(bs, i + 1);
  if (j < bs.size() && bs[j].kind == Kind::kParagraph && labels[j] == Label::kContent &&
      bs[j].chars <= kMaxCardPitchChars) {
    j = SkipImages(bs, j + 1);
  }
  if (j < bs.size() && bs[j].chars <= kMaxCardActionChars && bs[j].link_density() >= kMinCardActionLinkDensity) {
    return j + 1;
  }
  return i;
}

// Linked teaser cards: a headline that is one link, then a short pitch
// and its meta line ("Name 2019-11-20"), repeated back to back, between
// link-only lines ("Next story -") and pictures. The headline went to the
// link-density rule; the pitches stay unless the cards are seen as cards.
// Up to this many pitch lines follow each headline.
constexpr std::size_t kMaxLinkedCardPitches = 2;

bool IsLinkOnlyLine(const Block& b, std::uint32_t max_chars) {
  return b.chars > 0 && b.chars <= max_chars && b.link_density() >= kMinCardActionLinkDensity;
}

// Skips pictures and short link-only lines between cards.
std::size_t SkipCardGap(const std::vector<Block>& bs, std::size_t i) {
  while (i < bs.size() && (bs[i].kind == Kind::kImage || (bs[i].kind != Kind::kHeading &&
                                                           IsLinkOnlyLine(bs[i], kMaxCardActionChars)))) {
    ++i;
  }
  return i;
}

// The index after the linked card starting at `i`, or `i` when none starts there.
std::size_t LinkedCardEnd(const std::vector<Block>& bs, const Labels& labels, std::size_t i) {
  if (i >= bs.size() || bs[i].kind != Kind::kHeading || !IsLinkOnlyLine(bs[i], kMaxCardHeadingChars) ||
      labels[i] == Label::kOutside) {
    return i;
  }
  std::size_t j = SkipImages(bs, i + 1);
  std::size_t pitches = 0;
  while (j < bs.size() && pitches < kMaxLinkedCardPitches && bs[j].kind == Kind::kParagraph &&
         labels[j] == Label::kContent && bs[j].chars <= kMaxCardPitchChars && bs[j].link_chars == 0) {
    ++j;
    ++pitches;
  }
  return pitches > 0 ? j : i;
}

}  // namespace

void DropTeaserCards(const std::vector<Block>& bs, Labels& labels) {
  std::size_t i = 0;
  while (i < bs.size()) {
    // The run of back-to-back cards starting at i, as [begin, end) ranges.
    std::vector<std::pair<std::size_t, std::size_t>> run;
    for (std::size_t k = i;;) {
      const std::size_t end = CardEnd(bs, labels, k);
      if (end == k) break;
      run.emplace_back(k, end);
      k = SkipImages(bs, end);
    }
    if (run.size() < kMinTeaserCards) {
      i = run.empty() ? i + 1 : run.front().second;
      continue;
    }
    for (const auto& [begin, end] : run) {
      for (std::size_t m = begin; m < end; ++m) {
        if (labels[m] == Label::kContent) labels[m] = Label::kBoilerplate;
      }
    }
    i = run.back().second;
  }
}

void DropLinkedTeaserCards(const std::vector<Block>& bs, Labels& labels) {
  // Only cards that close the text: within it a linked headline is an
  // inserted "related story", and the short paragraph after it is the
  // article's own.
  std::size_t last_content = bs.size();
  for (std::size_t k = bs.size(); k-- > 0;) {
    if (labels[k] == Label::kContent) {
      last_content = k;
      break;
    }
  }
  if (last_content == bs.size()) return;
  std::size_t i = 0;
  while (i < bs.size()) {
    std::vector<std::pair<std::size_t, std::size_t>> run;
    for (std::size_t k = i;;) {
      const std::size_t end = LinkedCardEnd(bs, labels, k);
      if (end == k) break;
      run.emplace_back(k, end);
      k = SkipCardGap(bs, end);
    }
    if (run.size() < kMinTeaserCards || run.back().second <= last_content) {
      i = run.empty() ? i + 1 : run.front().second;
      continue;
    }
    for (const auto& [begin, end] : run) {
      for (std::size_t m = begin; m < end; ++m) {
        if (labels[m] == Label::kContent) labels[m] = Label::kBoilerplate;
      }
    }
    return;
  }
}

}  // namespace klartext::extract
