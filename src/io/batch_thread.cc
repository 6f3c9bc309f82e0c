#include "io/batch_thread.h"

#include <cstring>
#include <string>

namespace klartext::io {

LargeStackThread::~LargeStackThread() { Join(); }

void* LargeStackThread::Trampoline(void* self) {
  static_cast<LargeStackThread*>(self)->body_();
  return nullptr;
}

Status LargeStackThread::Start(std::function<void()> body, std::size_t stack_bytes) {
  body_ = std::move(body);
  pthread_attr_t attr;
  if (pthread_attr_init(&attr) != 0) return Status::IoError("pthread_attr_init failed");
  int rc = pthread_attr_setstacksize(&attr, stack_bytes);
  if (rc == 0) rc = pthread_create(&thread_, &attr, &Trampoline, this);
  pthread_attr_destroy(&attr);
  if (rc != 0) return Status::IoError(std::string("cannot start a thread: ") + std::strerror(rc));
  running_ = true;
  return Status();
}

void LargeStackThread::Join() {
  if (!running_) return;
  pthread_join(thread_, nullptr);
  running_ = false;
}

}  // namespace klartext::io
