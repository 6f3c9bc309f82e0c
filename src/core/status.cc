#include "klartext/status.h"

namespace klartext {

std::string_view CodeName(Status::Code code) {
  switch (code) {
    case Status::Code::kOk: return "OK";
    case Status::Code::kInvalidArgument: return "invalid argument";
    case Status::Code::kIoError: return "I/O error";
    case Status::Code::kUnsupported: return "unsupported input";
    case Status::Code::kTooLarge: return "input too large";
    case Status::Code::kNoContent: return "no content";
    case Status::Code::kCorrupt: return "corrupt input";
  }
  return "unknown";
}

std::string Status::ToString() const {
  if (ok()) return "OK";
  std::string out(CodeName(code()));
  if (!rep_->message.empty()) {
    out += ": ";
    out += rep_->message;
  }
  return out;
}

}  // namespace klartext
