// Fuzz target: text-capture parsing (blocks::BlocksFromText).
#include <cstddef>
#include <cstdint>
#include <string>

#include "blocks/make_blocks.h"
#include "core/utf8.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  std::string utf8;
  klartext::SanitizeUtf8(std::string_view(reinterpret_cast<const char*>(data), size), utf8);
  klartext::blocks::BlocksFromText(utf8);
  return 0;
}
