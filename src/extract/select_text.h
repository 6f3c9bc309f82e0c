// extract/select_text.h: the article region of a text capture.
//
// Text captures have no markup. Every block gets a score from what its
// characters say (prose earns points; menus, form controls, repeated
// lines, consent text cost; lines that open what follows an article are
// walls), and the region is the contiguous run of blocks with the largest
// sum, widened over neighbouring prose. Blocks inside it that are plainly
// not article text are labelled boilerplate; the shared block rules
// (extract/block_rules.h) then clean inside it. See doc/text_captures.md.
#ifndef KLARTEXT_EXTRACT_SELECT_TEXT_H_
#define KLARTEXT_EXTRACT_SELECT_TEXT_H_

#include "blocks/block.h"
#include "extract/labels.h"
#include "klartext/rules.h"

namespace klartext::extract {

// `disabled`: the text rule families (klartext/rules.h) not to run.
Labels LabelTextRegion(const blocks::BlockStream& stream, RuleFamilySet disabled = {});

// A text block that reads like body text: long and ending like a sentence.
bool ReadsLikeBodyText(const blocks::Block& b);

}  // namespace klartext::extract

#endif  // KLARTEXT_EXTRACT_SELECT_TEXT_H_
