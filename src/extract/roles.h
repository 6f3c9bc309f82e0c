// extract/roles.h: the parts of an article that are not body text.
//
// Runs after the region and block rules have labelled the blocks. Finds,
// in both HTML pages and text captures:
//  - the headline (matched against the declared title when there is one)
//    and the kicker right above it;
//  - datelines ("Veröffentlicht: 04.04.2025", "13:01 Uhr"), bylines
//    ("Von …", "By …") and agency lines ("dpa") near the top;
//  - the lead: the first body paragraph before any subhead;
//  - images with their caption and credit, and a caption's duplicate (an
//    alt text printed above the caption, as in text captures).
// Found blocks are relabelled so they leave the body.
#ifndef KLARTEXT_EXTRACT_ROLES_H_
#define KLARTEXT_EXTRACT_ROLES_H_

#include <string>
#include <vector>

#include "blocks/block.h"
#include "extract/labels.h"
#include "extract/metadata.h"
#include "klartext/article.h"

namespace klartext::extract {

// What the visible text says; merge.cc weighs it against the declarations.
struct VisibleRoles {
  Sourced<std::string> title;
  Sourced<std::string> kicker;
  Sourced<std::string> lead;
  Sourced<std::string> published;  // ISO, offset not yet inferred
  Sourced<std::string> modified;
  // The published date was read from a block marked as meta data (class
  // "date", "meta" …) right under the headline.
  bool published_under_headline = false;
  Sourced<std::vector<std::string>> authors;
  Sourced<std::string> agency;
  std::vector<Image> images;  // captions split into caption and credit
};

VisibleRoles FindRoles(const blocks::BlockStream& stream, const PageMetadata& declared, Labels& labels);

}  // namespace klartext::extract

#endif  // KLARTEXT_EXTRACT_ROLES_H_
