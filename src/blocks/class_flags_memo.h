// blocks/class_flags_memo.h: the flags of each class attribute value seen
// on a page, computed once (BlocksFromDom).
// Thread safety: one memo per page, on one thread.
#ifndef KLARTEXT_BLOCKS_CLASS_FLAGS_MEMO_H_
#define KLARTEXT_BLOCKS_CLASS_FLAGS_MEMO_H_

#include <cstddef>
#include <cstdint>
#include <functional>
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
    for (std::size_t at = std::hash<std::string_view>{}(cls) & mask;; at = (at + 1) & mask) {
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

  void Grow() {
    std::vector<Slot> old(slots_.size() * 2);
    old.swap(slots_);
    const std::size_t mask = slots_.size() - 1;
    for (const Slot& s : old) {
      if (!s.used) continue;
      std::size_t at = std::hash<std::string_view>{}(s.key) & mask;
      while (slots_[at].used) at = (at + 1) & mask;
      slots_[at] = s;
    }
  }

  std::vector<Slot> slots_;
  std::size_t count_ = 0;
};

}  // namespace klartext::blocks

#endif  // KLARTEXT_BLOCKS_CLASS_FLAGS_MEMO_H_
