// blocks/class_flags_memo.h: the flags of each class attribute value seen
// on a page, computed once (BlocksFromDom).
// Thread safety: one memo per page, on one thread.
#ifndef KLARTEXT_BLOCKS_CLASS_FLAGS_MEMO_H_
#define KLARTEXT_BLOCKS_CLASS_FLAGS_MEMO_H_

#include <cstddef>
#include <cstdint>
#include <cstring>
#include <string_view>
#include <vector>

#include "blocks/markup_vocabulary.h"

namespace klartext::blocks {

// Flags of class attribute values already seen on this page: the same
// class strings repeat on most elements of a page, and splitting them into
// names and looking each up is most of what OwnFlags costs. Open
// addressing: a look-up is a hash and mostly one comparison, and no node is
// allocated per new class.
class ClassFlagsMemo {
 public:
  // The flags of `cls`, from FlagsOfAttributeNames the first time.
  std::uint32_t Get(std::string_view cls) {
    if (slots_.empty()) slots_.resize(kInitialSlots);
    const std::size_t mask = slots_.size() - 1;
    for (std::size_t at = Hash(cls) & mask;; at = (at + 1) & mask) {
      Slot& slot = slots_[at];
      if (slot.used && slot.key == cls) return slot.flags;
      if (!slot.used) {
        const std::uint32_t flags = FlagsOfAttributeNames(cls);
        slot = {cls, flags, true};
        if (++count_ * 2 > slots_.size()) Grow();
        return flags;
      }
    }
  }

 private:
  struct Slot {
    std::string_view key;
    std::uint32_t flags = 0;
    bool used = false;
  };
  static constexpr std::size_t kInitialSlots = 256;  // a power of two; pages have ~100 classes

  // Three 8-byte words (first, middle, last; overlapping on short values)
  // and the length, multiplied together: a fixed few instructions where
  // std::hash reads every byte, and class values differ in those places
  // ("col-md-4" / "col-md-6", "card__title" / "card__image"). Values
  // alike there only probe further; the key comparison decides.
  static std::size_t Hash(std::string_view s) {
    std::uint64_t first = 0, middle = 0, last = 0;
    if (s.size() >= 8) {
      std::memcpy(&first, s.data(), 8);
      std::memcpy(&middle, s.data() + (s.size() - 8) / 2, 8);
      std::memcpy(&last, s.data() + s.size() - 8, 8);
    } else if (!s.empty()) {
      std::memcpy(&first, s.data(), s.size());
    }
    std::uint64_t h = (first * 0x9E3779B97F4A7C15ULL) ^ (middle * 0xC2B2AE3D27D4EB4FULL) ^
                      (last * 0x165667B19E3779F9ULL) ^ s.size();
    h ^= h >> 29;
    h *= 0xBF58476D1CE4E5B9ULL;
    return static_cast<std::size_t>(h ^ (h >> 32));
  }

  void Grow() {
    std::vector<Slot> old(slots_.size() * 2);
    old.swap(slots_);
    const std::size_t mask = slots_.size() - 1;
    for (const Slot& s : old) {
      if (!s.used) continue;
      std::size_t at = Hash(s.key) & mask;
      while (slots_[at].used) at = (at + 1) & mask;
      slots_[at] = s;
    }
  }

  std::vector<Slot> slots_;
  std::size_t count_ = 0;
};

}  // namespace klartext::blocks

#endif  // KLARTEXT_BLOCKS_CLASS_FLAGS_MEMO_H_
