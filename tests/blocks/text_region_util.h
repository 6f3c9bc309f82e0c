// Shared by the text-capture region tests.
#ifndef KLARTEXT_TESTS_BLOCKS_TEXT_REGION_UTIL_H_
#define KLARTEXT_TESTS_BLOCKS_TEXT_REGION_UTIL_H_

#include <gtest/gtest.h>

#include <string>

#include "blocks/block.h"
#include "extract/labels.h"

namespace klartext::extract::testing {

// The label of the block whose text starts with `start`.
inline Label LabelOf(const blocks::BlockStream& s, const Labels& labels, const std::string& start) {
  for (std::size_t i = 0; i < s.blocks.size(); ++i) {
    if (s.blocks[i].text.rfind(start, 0) == 0) return labels[i];
  }
  ADD_FAILURE() << "no block starts with " << start;
  return Label::kOutside;
}

}  // namespace klartext::extract::testing

#endif  // KLARTEXT_TESTS_BLOCKS_TEXT_REGION_UTIL_H_
