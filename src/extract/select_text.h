// extract/select_text.h: the article region of a text capture.
//
// Text captures have no markup: the region is the span from the first to
// the last block that reads like body text (long, ending like a sentence),
// widened over the short lines (subheads, list items) between them. The
// shared block rules (extract/block_rules.h) then clean inside it.
#ifndef KLARTEXT_EXTRACT_SELECT_TEXT_H_
#define KLARTEXT_EXTRACT_SELECT_TEXT_H_

#include "blocks/block.h"
#include "extract/labels.h"

namespace klartext::extract {

Labels LabelTextRegion(const blocks::BlockStream& stream);

// A text block that reads like body text: long and ending like a sentence.
bool ReadsLikeBodyText(const blocks::Block& b);

}  // namespace klartext::extract

#endif  // KLARTEXT_EXTRACT_SELECT_TEXT_H_
