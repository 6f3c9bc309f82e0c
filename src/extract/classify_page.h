// extract/classify_page.h: Extract in two halves, for tools that change
// the labels between them.
//
//   Result<ClassifiedPage> page = ClassifyPage(bytes, options);
//   Labels labels = page->labels;            // adjust, e.g. with a block model
//   Result<Article> a = FinishArticle(*page, labels, options);
//
// ClassifyPage runs decode → parse → blocks → region → block rules (and the
// link-list second pass); FinishArticle reads the roles (headline, byline,
// dates …) and merges the Article. klartext::Extract is exactly the two in a
// row with the block model (extract/block_model.h) between them; the
// evaluation uses them to train and cross-validate that model.
// Thread safety: pure functions.
#ifndef KLARTEXT_EXTRACT_CLASSIFY_PAGE_H_
#define KLARTEXT_EXTRACT_CLASSIFY_PAGE_H_

#include <string_view>

#include "blocks/block.h"
#include "extract/labels.h"
#include "extract/metadata.h"
#include "klartext/article.h"
#include "klartext/options.h"
#include "klartext/status.h"

namespace klartext::extract {

struct ClassifiedPage {
  blocks::BlockStream stream;
  Labels region_labels;  // from where blocks sit, before the block rules
  Labels labels;         // after the block rules
  PageMetadata declared;
  Diagnostics diagnostics;
  bool is_html = false;
};

// Errors: those of klartext::Extract (kTooLarge, kUnsupported, kNoContent).
Result<ClassifiedPage> ClassifyPage(std::string_view bytes, const ExtractOptions& options);

// Errors: kNoContent when `labels` leave neither text nor a headline.
Result<Article> FinishArticle(const ClassifiedPage& page, Labels labels, const ExtractOptions& options);

}  // namespace klartext::extract

#endif  // KLARTEXT_EXTRACT_CLASSIFY_PAGE_H_
