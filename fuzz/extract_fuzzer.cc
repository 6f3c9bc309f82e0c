// Fuzz target: the whole extraction (klartext::Extract) and the emitters.
// The first byte picks options, so every option path is exercised.
#include <cstddef>
#include <cstdint>
#include <string_view>

#include "klartext/emit.h"
#include "klartext/extract.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  if (size == 0) return 0;
  std::uint8_t flags = data[0];
  std::string_view page(reinterpret_cast<const char*>(data + 1), size - 1);
  klartext::ExtractOptions options;
  options.input_format = static_cast<klartext::InputFormat>(flags % 3);
  options.favor = static_cast<klartext::Favor>((flags >> 2) % 3);
  options.include_comments = flags & 0x10;
  options.include_tables = !(flags & 0x20);
  options.include_links = flags & 0x40;
  options.include_images = flags & 0x80;
  options.url = "https://fuzz.example/path/page.html";
  options.max_dom_depth = 64;
  auto article = klartext::Extract(page, options);
  if (article.ok()) {
    klartext::ToJson(*article);
    klartext::ToMarkdown(*article);
    klartext::ToPlainText(*article);
  }
  return 0;
}
