// klartext/status.h: how the library reports failure.
//
// A Status is either OK or carries an error code and a message. OK costs one
// null pointer, so returning it on the hot path is free (as in LevelDB).
// Result<T> pairs a value with a Status: exactly one of the two is present.
//
// No exception ever leaves a function declared under include/klartext/.
// Statuses and Results are plain values: copy them, move them, compare them.
// Thread safety: a Status is immutable once made; sharing it is safe.
#ifndef KLARTEXT_STATUS_H_
#define KLARTEXT_STATUS_H_

#include <cassert>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <utility>

namespace klartext {

class Status {
 public:
  // What went wrong. The command maps each code to an exit code
  // (see tools/klartext/exit_codes.h and README.md).
  enum class Code {
    kOk = 0,
    kInvalidArgument,  // the caller asked for something that cannot be done
    kIoError,          // a file could not be opened, read or written
    kUnsupported,      // input in a form klartext does not handle (binary, image …)
    kTooLarge,         // input beyond a configured limit (ExtractOptions limits)
    kNoContent,        // the input was read but holds no article text
    kCorrupt,          // malformed container (a broken WARC record, bad gzip)
  };

  Status() = default;  // OK

  static Status InvalidArgument(std::string_view msg) { return {Code::kInvalidArgument, msg}; }
  static Status IoError(std::string_view msg) { return {Code::kIoError, msg}; }
  static Status Unsupported(std::string_view msg) { return {Code::kUnsupported, msg}; }
  static Status TooLarge(std::string_view msg) { return {Code::kTooLarge, msg}; }
  static Status NoContent(std::string_view msg) { return {Code::kNoContent, msg}; }
  static Status Corrupt(std::string_view msg) { return {Code::kCorrupt, msg}; }

  bool ok() const { return rep_ == nullptr; }
  Code code() const { return rep_ ? rep_->code : Code::kOk; }
  // The message given at construction; empty for OK.
  std::string_view message() const { return rep_ ? std::string_view(rep_->message) : std::string_view(); }
  // "OK" or "<code name>: <message>", for logs and stderr.
  std::string ToString() const;

 private:
  struct Rep {
    Code code;
    std::string message;
  };
  Status(Code code, std::string_view msg)
      : rep_(std::make_shared<const Rep>(Rep{code, std::string(msg)})) {}
  std::shared_ptr<const Rep> rep_;  // null means OK
};

// A name for a code: "invalid argument", "I/O error", …
std::string_view CodeName(Status::Code code);

// Either a T or a non-OK Status.
template <typename T>
class Result {
 public:
  Result(T value) : value_(std::move(value)) {}  // NOLINT: implicit by design
  Result(Status status) : status_(std::move(status)) {  // NOLINT: implicit by design
    assert(!status_.ok() && "a Result made from a Status must carry an error");
  }

  bool ok() const { return status_.ok(); }
  const Status& status() const { return status_; }

  // REQUIRES: ok()
  T& value() & { assert(ok()); return *value_; }
  const T& value() const& { assert(ok()); return *value_; }
  T&& value() && { assert(ok()); return std::move(*value_); }
  T* operator->() { return &value(); }
  const T* operator->() const { return &value(); }
  T& operator*() & { return value(); }
  const T& operator*() const& { return value(); }

 private:
  Status status_;
  std::optional<T> value_;
};

}  // namespace klartext

#endif  // KLARTEXT_STATUS_H_
