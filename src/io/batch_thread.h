// io/batch_thread.h: a thread with a stack large enough for extraction.
//
// The HTML parser behind klartext (Gumbo) builds and frees its tree with
// recursion whose depth follows the nesting of the markup, before our
// ParseLimits apply: 100 000 nested <div>s need far more than the 8 MiB of
// a main thread, and std::thread gives no way to ask for more. Every
// extraction therefore runs on a LargeStackThread, also for one input.
// Thread safety: Join from the thread that made the object.
#ifndef KLARTEXT_IO_BATCH_THREAD_H_
#define KLARTEXT_IO_BATCH_THREAD_H_

#include <pthread.h>

#include <cstddef>
#include <functional>

#include "klartext/status.h"

namespace klartext::io {

// 64 MiB: measured headroom for 100 000 nested elements in Gumbo's
// recursive free with ASan's larger frames; only touched pages cost memory.
constexpr std::size_t kExtractionStackBytes = std::size_t{64} << 20;

class LargeStackThread {
 public:
  LargeStackThread() = default;
  ~LargeStackThread();  // joins if still running
  LargeStackThread(const LargeStackThread&) = delete;
  LargeStackThread& operator=(const LargeStackThread&) = delete;

  // Starts `body` on a new thread with `stack_bytes` of stack.
  // REQUIRES: not started yet.
  Status Start(std::function<void()> body, std::size_t stack_bytes = kExtractionStackBytes);
  // Waits for the body to return. No-op if not started or already joined.
  void Join();

 private:
  static void* Trampoline(void* self);
  std::function<void()> body_;
  pthread_t thread_{};
  bool running_ = false;
};

}  // namespace klartext::io

#endif  // KLARTEXT_IO_BATCH_THREAD_H_
