// extract/title_find.h: which visible block is the headline.
//
// HTML: the heading that repeats a headline declaration (<title>,
// og:title, JSON-LD), else the page's headline <h1>, else a heading that
// repeats one part of the <title>, else the post title a template puts in
// an <h2>-<h4>. Text captures: the last headline-like line before the body.
// The rules and what each was measured to do are in doc/metadata.md.
#ifndef KLARTEXT_EXTRACT_TITLE_FIND_H_
#define KLARTEXT_EXTRACT_TITLE_FIND_H_

#include <cstddef>
#include <cstdint>
#include <string>

#include "blocks/block.h"
#include "extract/labels.h"
#include "extract/metadata.h"

namespace klartext::extract {

// A kicker is a few words: "Gespräche in Washington", "Ukraine-Krieg".
inline constexpr std::uint32_t kMaxKickerChars = 80;
// Bylines, datelines and the post title of a template sit within this many
// blocks of the headline or the start of the body.
inline constexpr std::size_t kMetaWindowBlocks = 8;

struct FoundTitle {
  std::size_t index = 0;  // the headline's block; the block count when none
  Sourced<std::string> title;
  Sourced<std::string> kicker;  // split off the heading or joined to it
};

// Finds the headline; labels its block kTitle, and further copies of it in
// the body too.
FoundTitle FindTitle(const blocks::BlockStream& stream, const PageMetadata& declared, Labels& labels);

// True for a short block that a phrase table names (a label, a prompt).
bool IsPhraseLine(const blocks::Block& b);

}  // namespace klartext::extract

#endif  // KLARTEXT_EXTRACT_TITLE_FIND_H_
