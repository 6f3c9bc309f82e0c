// Fuzz target: charset decoding (decode::DecodeToUtf8).
// Input: an optional Content-Type line ("\n"-terminated, within the first
// 128 bytes), then the page bytes. Checks the output is valid UTF-8.
#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <string_view>

#include "core/utf8.h"
#include "decode/decode.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  std::string_view in(reinterpret_cast<const char*>(data), size);
  std::string_view content_type;
  if (std::size_t nl = in.substr(0, 128).find('\n'); nl != std::string_view::npos) {
    content_type = in.substr(0, nl);
    in.remove_prefix(nl + 1);
  }
  for (bool is_html : {true, false}) {
    klartext::decode::Decoded d = klartext::decode::DecodeToUtf8(in, content_type, is_html);
    if (!klartext::IsValidUtf8(d.utf8)) std::abort();  // the contract: UTF-8 out, always
  }
  return 0;
}
