// extract/labels.h: what classification decides about each block.
//
// Classification never edits the blocks or the DOM; it writes one Label per
// block. A retry with other thresholds is a new label vector, nothing more.
#ifndef KLARTEXT_EXTRACT_LABELS_H_
#define KLARTEXT_EXTRACT_LABELS_H_

#include <cstdint>
#include <vector>

namespace klartext::extract {

enum class Label : std::uint8_t {
  kOutside,      // not in the main content region
  kContent,      // body text
  kBoilerplate,  // inside the region, but ads, share bars, related lists …
  kTitle,        // the headline
  kKicker,       // the line above the headline
  kLead,         // the standfirst
  kByline,       // "Von …", "By …"
  kDateline,     // "Veröffentlicht: …", "13:01 Uhr"
  kAgencyLine,   // "dpa" alone
  kCaption,      // image caption (with or without credit)
  kImage,        // an image in the region
  kComment,      // reader comments
};

using Labels = std::vector<Label>;

}  // namespace klartext::extract

#endif  // KLARTEXT_EXTRACT_LABELS_H_
