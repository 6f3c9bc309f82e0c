#include "core/arena.h"

#include <cstring>

namespace klartext {

char* Arena::Allocate(std::size_t n) {
  if (n > left_) {
    // Requests larger than a quarter block get a block of their own, so a
    // 1 MB text run does not waste the rest of the current block.
    if (n > kBlockSize / 4) {
      blocks_.push_back(std::make_unique_for_overwrite<char[]>(n));
      used_ += n;
      return blocks_.back().get();
    }
    blocks_.push_back(std::make_unique_for_overwrite<char[]>(kBlockSize));  // not zeroed: 1 % of a run
    next_ = blocks_.back().get();
    left_ = kBlockSize;
  }
  char* out = next_;
  next_ += n;
  left_ -= n;
  used_ += n;
  return out;
}

std::string_view Arena::Store(std::string_view s) {
  if (s.empty()) return {};
  char* p = Allocate(s.size());
  std::memcpy(p, s.data(), s.size());
  return {p, s.size()};
}

}  // namespace klartext
