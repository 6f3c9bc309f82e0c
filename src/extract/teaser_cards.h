// extract/teaser_cards.h: grids of teaser cards inside the region.
//
// Two shapes of card link to other pages and are no article text: a short
// heading with at most one pitch and a link-only call to action ("Read
// more"), and a headline that is one link followed by a pitch and its
// meta line. Both need two or more cards back to back; the linked shape
// only counts where it closes the text. HTML only (block_rules.h calls
// them); each only moves blocks from kContent to kBoilerplate.
#ifndef KLARTEXT_EXTRACT_TEASER_CARDS_H_
#define KLARTEXT_EXTRACT_TEASER_CARDS_H_

#include <vector>

#include "blocks/block.h"
#include "extract/labels.h"

namespace klartext::extract {

void DropTeaserCards(const std::vector<blocks::Block>& bs, Labels& labels);
void DropLinkedTeaserCards(const std::vector<blocks::Block>& bs, Labels& labels);

}  // namespace klartext::extract

#endif  // KLARTEXT_EXTRACT_TEASER_CARDS_H_
