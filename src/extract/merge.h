// extract/merge.h: one Article from labelled blocks, visible roles and the
// page's declarations.
//
// Where both the page's declarations and its visible text give a field,
// the merge decides (rules in merge.cc, each with its reason) and records
// the winner's Source in Article::sources. Time zones are inferred here:
// a German-language or .de/.at/.ch page that shows a local time without an
// offset is in Central European Time (doc/metadata.md).
#ifndef KLARTEXT_EXTRACT_MERGE_H_
#define KLARTEXT_EXTRACT_MERGE_H_

#include "blocks/block.h"
#include "extract/labels.h"
#include "extract/metadata.h"
#include "extract/roles.h"
#include "klartext/article.h"
#include "klartext/options.h"

namespace klartext::extract {

Article MergeArticle(const blocks::BlockStream& stream, const Labels& labels, const VisibleRoles& visible,
                     const PageMetadata& declared, const ExtractOptions& options);

}  // namespace klartext::extract

#endif  // KLARTEXT_EXTRACT_MERGE_H_
