#include "stages.h"

#include <string>
#include <utility>

#include "blocks/make_blocks.h"
#include "decode/decode.h"
#include "html/parse.h"
#include "klartext/emit.h"
#include "klartext/extract.h"

namespace klartext::speed {
namespace {

// FNV-1a, 64 bit: plenty to notice a changed output, and dependency-free.
constexpr std::uint64_t kFnvOffset = 14695981039346656037ull;
constexpr std::uint64_t kFnvPrime = 1099511628211ull;

struct Hasher {
  std::uint64_t h = kFnvOffset;
  void Bytes(std::string_view s) {
    for (char c : s) h = (h ^ static_cast<unsigned char>(c)) * kFnvPrime;
    Number(s.size());  // separates adjacent strings
  }
  void Number(std::uint64_t v) {
    for (int i = 0; i < 8; ++i, v >>= 8) h = (h ^ (v & 0xFF)) * kFnvPrime;
  }
};

// The same defaults Extract uses (include/klartext/options.h).
const ExtractOptions& DefaultOptions() {
  static const ExtractOptions options;
  return options;
}

void HashDocument(const html::Document& doc, Hasher& hasher) {
  hasher.Number(doc.size());
  hasher.Number(doc.truncated());
  for (html::NodeId id = 0; id < doc.size(); ++id) {
    const html::Node& n = doc[id];
    hasher.Number(static_cast<std::uint64_t>(n.kind) | std::uint64_t{n.depth} << 8 |
                  std::uint64_t{n.parent} << 32);
    hasher.Bytes(n.name);
    hasher.Bytes(n.text);
    for (const html::Attribute& a : doc.attributes(id)) {
      hasher.Bytes(a.name);
      hasher.Bytes(a.value);
    }
  }
}

void HashBlocks(const blocks::BlockStream& stream, Hasher& hasher) {
  hasher.Number(stream.blocks.size());
  for (const blocks::Block& b : stream.blocks) {
    hasher.Number(static_cast<std::uint64_t>(b.kind) | std::uint64_t(b.level) << 8 | std::uint64_t{b.flags} << 32);
    hasher.Number(std::uint64_t{b.chars} | std::uint64_t{b.link_chars} << 32);
    hasher.Number(std::uint64_t{b.node} | std::uint64_t{b.container} << 32);
    hasher.Bytes(b.text);
    hasher.Bytes(b.linked_text);
    hasher.Bytes(b.alt);
    for (const auto& row : b.rows) {
      for (const std::string& cell : row) hasher.Bytes(cell);
    }
  }
  for (std::uint32_t f : stream.own_flags) hasher.Number(f);
  for (std::uint32_t t : stream.text_bytes) hasher.Number(t);
}

}  // namespace

const char* StageName(Stage stage) {
  switch (stage) {
    case Stage::kDecode: return "decode";
    case Stage::kParse: return "decode+parse";
    case Stage::kBlocks: return "decode+parse+blocks";
    case Stage::kExtract: return "Extract (all)";
  }
  return "?";
}

std::uint64_t RunStage(Stage stage, std::string_view bytes, bool digest) {
  const ExtractOptions& options = DefaultOptions();
  Hasher hasher;
  if (stage == Stage::kExtract) {
    Result<Article> article = Extract(bytes, options);
    if (!digest) return article.ok() ? article->blocks.size() : 0;
    hasher.Bytes(article.ok() ? ToJson(*article) : article.status().ToString());
    return hasher.h;
  }
  // As Extract does it, minus the checks that reject empty or binary input.
  const bool is_html = LooksLikeHtml(bytes);
  decode::Decoded decoded = decode::DecodeToUtf8Borrowing(bytes, options.content_type, is_html);
  if (stage == Stage::kDecode || !is_html) {
    if (!digest) return decoded.text().size();
    hasher.Bytes(decoded.text());
    hasher.Bytes(decoded.encoding);
    hasher.Bytes(decoded.source);
    return hasher.h;
  }
  const html::ParseLimits limits{.max_depth = options.max_dom_depth, .max_nodes = options.max_dom_nodes};
  Result<html::Document> doc = decoded.borrowed ? html::ParseHtmlBorrowed(decoded.text(), limits)
                                                : html::ParseHtml(std::move(decoded.utf8), limits);
  if (!doc.ok()) return digest ? kFnvOffset : 0;
  if (stage == Stage::kParse) {
    if (!digest) return doc->size();
    HashDocument(*doc, hasher);
    return hasher.h;
  }
  blocks::BlockStream stream =
      blocks::BlocksFromDom(*doc, {.keep_links = options.include_links, .page_url = options.url});
  if (!digest) return stream.blocks.size();
  HashBlocks(stream, hasher);
  return hasher.h;
}

}  // namespace klartext::speed
