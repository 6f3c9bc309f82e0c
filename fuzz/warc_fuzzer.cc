// Fuzz target: the WARC reader (plain or gzip), HTTP parsing and body decoding.
#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <string>

#include "io/gzip_stream.h"
#include "io/warc_http.h"
#include "io/warc_reader.h"

namespace {
// Small limits keep each run fast and reach the too-large paths.
constexpr std::size_t kMaxBlock = 1 << 16;
constexpr int kMaxRecords = 10000;
}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  klartext::io::WarcReaderOptions options;
  options.max_block_bytes = kMaxBlock;
  options.read_other = size % 2 == 1;
  klartext::io::WarcReader reader(
      klartext::io::ByteStream::FromString(std::string(reinterpret_cast<const char*>(data), size)), options);
  for (int i = 0;; ++i) {
    if (i > kMaxRecords) std::abort();  // every call must consume input: this would be a loop
    klartext::io::WarcRecord record;
    auto more = reader.Next(&record);
    if (!more.ok()) continue;
    if (!*more) break;
    if (record.block.size() > kMaxBlock) std::abort();
    auto http = klartext::io::ParseHttpResponse(record.block);
    if (http.ok()) klartext::io::DecodeHttpBody(*http, kMaxBlock);
  }
  return 0;
}
