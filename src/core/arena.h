// core/arena.h: bump allocation for strings that live as long as a document.
//
// The DOM stores every tag name, attribute and text run as a string_view
// into an Arena it owns, so a page costs a handful of large allocations
// instead of one per node. Views returned by Store() stay valid until the
// Arena is destroyed; moving an Arena keeps them valid (blocks never move).
// Not thread-safe.
#ifndef KLARTEXT_CORE_ARENA_H_
#define KLARTEXT_CORE_ARENA_H_

#include <cstddef>
#include <memory>
#include <string_view>
#include <vector>

namespace klartext {

class Arena {
 public:
  Arena() = default;
  Arena(Arena&&) = default;
  Arena& operator=(Arena&&) = default;
  Arena(const Arena&) = delete;
  Arena& operator=(const Arena&) = delete;

  // Copies s into the arena and returns a view of the copy.
  std::string_view Store(std::string_view s);
  // Room for n bytes, uninitialised.
  char* Allocate(std::size_t n);
  std::size_t bytes_used() const { return used_; }

 private:
  // 64 KiB blocks: large enough that a typical page needs a few dozen,
  // small enough that a tiny page does not reserve megabytes.
  static constexpr std::size_t kBlockSize = 64 * 1024;

  std::vector<std::unique_ptr<char[]>> blocks_;
  char* next_ = nullptr;
  std::size_t left_ = 0;
  std::size_t used_ = 0;
};

}  // namespace klartext

#endif  // KLARTEXT_CORE_ARENA_H_
