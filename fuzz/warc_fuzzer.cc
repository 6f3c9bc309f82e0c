// Fuzz target: the WARC reader (plain or gzip), HTTP parsing and body
// decoding, and the member path of deferred reading: every guessed gzip
// member is inflated and parsed as one record, and a record it accepts
// must be the one the sequential reader finds in the same bytes.
#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <string>

#include "io/gzip_stream.h"
#include "io/warc_http.h"
#include "io/warc_members.h"
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
  // The member path: guesses, inflation, whole-record parsing.
  const std::string_view file(reinterpret_cast<const char*>(data), size);
  for (std::size_t at = 0, guesses = 0; at < file.size(); ++guesses) {
    if (guesses > file.size()) std::abort();  // each guess moves on
    const std::size_t end = klartext::io::NextMemberGuess(file, at);
    if (end <= at) std::abort();
    auto inflated = klartext::io::InflateMember(file.substr(at, end - at), kMaxBlock * 4);
    if (inflated.ok()) {
      klartext::io::WarcRecord whole;
      std::size_t block_offset = 0;
      if (klartext::io::ParseWholeRecord(*inflated, options, &whole, &block_offset)) {
        if (block_offset + whole.content_length > inflated->size()) std::abort();
        klartext::io::WarcReader plain(klartext::io::ByteStream::FromString(*inflated), options);
        klartext::io::WarcRecord first;
        auto got = plain.Next(&first);
        if (!got.ok() || !*got || first.record_id != whole.record_id || first.type != whole.type ||
            first.content_length != whole.content_length || first.block_read != whole.block_read ||
            (first.block_read && first.block != inflated->substr(block_offset, whole.content_length))) {
          std::abort();  // the member parser read a record the reader reads otherwise
        }
      }
    }
    at = end;
  }
  return 0;
}
