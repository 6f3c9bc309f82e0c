#include "blocks/make_blocks.h"
#include "core/text.h"
namespace klartext::blocks {
BlockStream BlocksFromText(std::string_view utf8) {
  BlockStream s;
  for (auto line : SplitAny(utf8, "\n")) {
    Block b;
    b.text = CollapseWhitespace(line);
    if (!b.text.empty()) s.blocks.push_back(b);
  }
  return s;
}
}  // namespace klartext::blocks
