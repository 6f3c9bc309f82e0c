// glibc iconv for the encodings we do not decode ourselves (windows-1250,
// koi8-r, shift_jis, gb18030, euc-kr …). No "//IGNORE" or "//TRANSLIT":
// errors are handled here, so each invalid byte becomes exactly one U+FFFD
// and the loop always moves forward.
#include <iconv.h>

#include <cerrno>
#include <string>

#include "decode/convert.h"

namespace klartext::decode {
namespace {

// Room for one U+FFFD or one flushed shift sequence.
constexpr std::size_t kMinFreeBytes = 16;
constexpr char kReplacementUtf8[] = "\xEF\xBF\xBD";

// Owns an iconv_t; closes it on every path.
class IconvHandle {
 public:
  explicit IconvHandle(const std::string& from) : cd_(iconv_open("UTF-8", from.c_str())) {}
  ~IconvHandle() {
    if (ok()) iconv_close(cd_);
  }
  IconvHandle(const IconvHandle&) = delete;
  IconvHandle& operator=(const IconvHandle&) = delete;
  bool ok() const { return cd_ != reinterpret_cast<iconv_t>(-1); }
  iconv_t get() const { return cd_; }

 private:
  iconv_t cd_;
};

// An output buffer iconv writes into directly: out[0, used) is written.
class Output {
 public:
  explicit Output(std::string& s, std::size_t expected) : s_(s) {
    s_.clear();
    s_.resize(expected + kMinFreeBytes);
  }
  char* cursor() { return s_.data() + used_; }
  std::size_t free() const { return s_.size() - used_; }
  void Advance(std::size_t written) { used_ += written; }
  void Grow() { s_.resize(s_.size() * 2); }
  void AppendReplacement() {
    if (free() < sizeof(kReplacementUtf8)) Grow();
    s_.replace(used_, 3, kReplacementUtf8, 3);
    used_ += 3;
  }
  void Finish() { s_.resize(used_); }

 private:
  std::string& s_;
  std::size_t used_ = 0;
};

// One iconv() call writing into `out`; returns iconv's result and errno.
std::size_t Step(iconv_t cd, char** in, std::size_t* in_left, Output& out, int* err) {
  char* dst = out.cursor();
  std::size_t dst_left = out.free();
  const std::size_t before = dst_left;
  errno = 0;
  std::size_t r = iconv(cd, in, in_left, &dst, &dst_left);
  *err = errno;
  out.Advance(before - dst_left);
  return r;
}

}  // namespace

ConvertResult DecodeWithIconv(std::string_view iconv_name, std::string_view bytes, std::string& out) {
  ConvertResult result;
  IconvHandle cd{std::string(iconv_name)};
  if (iconv_name.empty() || !cd.ok()) {
    out.clear();
    result.available = false;
    return result;
  }
  // CJK text grows by half in UTF-8 (2 bytes → 3); Cyrillic doubles.
  Output o(out, bytes.size() * 2);
  // iconv's API takes char** but does not write through the input.
  char* in = const_cast<char*>(bytes.data());
  std::size_t in_left = bytes.size();
  while (in_left > 0) {
    int err = 0;
    if (Step(cd.get(), &in, &in_left, o, &err) != static_cast<std::size_t>(-1)) continue;
    if (err == E2BIG) {
      o.Grow();
    } else if (err == EINVAL) {  // a sequence cut off by the end of input
      o.AppendReplacement();
      result.invalid_bytes = true;
      break;
    } else {  // EILSEQ, or anything unexpected: skip one byte, go on
      o.AppendReplacement();
      result.invalid_bytes = true;
      ++in;
      --in_left;
    }
  }
  // Return a stateful encoding (ISO-2022-JP) to its initial state.
  for (int attempts = 0; attempts < 4; ++attempts) {
    char* dst = o.cursor();
    std::size_t dst_left = o.free();
    const std::size_t before = dst_left;
    errno = 0;
    std::size_t r = iconv(cd.get(), nullptr, nullptr, &dst, &dst_left);
    o.Advance(before - dst_left);
    if (r != static_cast<std::size_t>(-1) || errno != E2BIG) break;
    o.Grow();
  }
  o.Finish();
  return result;
}

}  // namespace klartext::decode
