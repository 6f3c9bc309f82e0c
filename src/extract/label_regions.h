// extract/label_regions.h: the first labels, from where blocks sit.
//
// HTML: blocks inside the chosen content region (extract/select_content.h)
// start as kContent, the rest as kOutside; inside the region, a block below
// an element marked as navigation, aside, footer, form, share bar, ad or
// related list (relative to the region, so a region inside a page wrapper
// is not condemned by the wrapper's classes) becomes kBoilerplate, and
// comments kComment or kBoilerplate.
// Text captures: extract/select_text.h.
#ifndef KLARTEXT_EXTRACT_LABEL_REGIONS_H_
#define KLARTEXT_EXTRACT_LABEL_REGIONS_H_

#include "blocks/block.h"
#include "extract/labels.h"
#include "extract/select_content.h"
#include "html/dom.h"
#include "klartext/options.h"

namespace klartext::extract {

Labels LabelHtmlRegion(const html::Document& doc, const blocks::BlockStream& stream,
                       const ContentRegion& region, const ExtractOptions& options);

}  // namespace klartext::extract

#endif  // KLARTEXT_EXTRACT_LABEL_REGIONS_H_
