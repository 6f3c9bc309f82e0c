// Fuzz target: HTML parsing (html::ParseHtml) and blocks from the DOM.
#include <cstddef>
#include <cstdint>
#include <string>

#include "blocks/make_blocks.h"
#include "core/utf8.h"
#include "html/parse.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  std::string utf8;
  // ParseHtml takes UTF-8, as the decoder delivers it.
  klartext::SanitizeUtf8(std::string_view(reinterpret_cast<const char*>(data), size), utf8);
  // Small limits so the fuzzer reaches the depth and node cut-offs.
  klartext::html::ParseLimits limits;
  limits.max_depth = 32;
  limits.max_nodes = 2000;
  auto doc = klartext::html::ParseHtml(utf8, limits);
  if (doc.ok()) {
    klartext::blocks::BlocksFromDom(*doc, {});
  }
  return 0;
}
