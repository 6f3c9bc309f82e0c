// core/string_memo.h: a value computed once per distinct string of a page.
// Thread safety: one memo per page, on one thread.
#ifndef KLARTEXT_CORE_STRING_MEMO_H_
#define KLARTEXT_CORE_STRING_MEMO_H_

#include <cstddef>
#include <cstdint>
#include <cstring>
#include <string_view>
#include <vector>

namespace klartext {

// Remembers `compute(key)` for each key seen: the same attribute values
// (class strings above all) repeat on most elements of a page, and what is
// derived from one (splitting it into names and looking each up, searching
// it for marker words) costs far more than finding it again. Open
// addressing: a look-up is a hash and mostly one comparison, and no node is
// allocated per new key.
//
// Keys are views: the strings must outlive the memo (a page's attribute
// values do, for as long as its Document lives).
template <typename Value>
class StringMemo {
 public:
  template <typename Compute>
  Value Get(std::string_view key, Compute&& compute) {
    if (slots_.empty()) slots_.resize(kInitialSlots);
    const std::size_t mask = slots_.size() - 1;
    for (std::size_t at = Hash(key) & mask;; at = (at + 1) & mask) {
      Slot& slot = slots_[at];
      if (slot.used && slot.key == key) return slot.value;
      if (!slot.used) {
        const Value value = compute(key);
        slot = {key, value, true};
        if (++count_ * 2 > slots_.size()) Grow();
        return value;
      }
    }
  }

 private:
  struct Slot {
    std::string_view key;
    Value value{};
    bool used = false;
  };
  static constexpr std::size_t kInitialSlots = 256;  // a power of two; pages have ~100 classes

  // Three 8-byte words (first, middle, last; overlapping on short keys)
  // and the length, multiplied together: a fixed few instructions where
  // std::hash reads every byte, and class values differ in those places
  // ("col-md-4" / "col-md-6", "card__title" / "card__image"). Keys alike
  // there only probe further; the key comparison decides.
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

}  // namespace klartext

#endif  // KLARTEXT_CORE_STRING_MEMO_H_
