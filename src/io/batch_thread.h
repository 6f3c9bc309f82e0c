// io/batch_thread.h: a thread with a stack large enough for extraction.
//
// Extraction is written without recursion over the markup (the parser and
// every DOM walk are iterative, and the tree builder caps the depth it
// builds), so the default stack suffices today. The large stack is kept
// as a margin: it was needed with the Gumbo parser, whose recursive free
// followed the nesting of the markup, and it costs only the pages touched.
// std::thread gives no way to ask for it, hence this class; every
// extraction runs on a LargeStackThread, also for one input.
// Thread safety: Join from the thread that made the object.
#ifndef KLARTEXT_IO_BATCH_THREAD_H_
#define KLARTEXT_IO_BATCH_THREAD_H_

#include <pthread.h>

#include <cstddef>
#include <functional>

#include "klartext/status.h"

namespace klartext::io {

// 64 MiB: the headroom once measured for 100 000 nested elements in a
// recursive parser under ASan's larger frames; only touched pages cost memory.
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
