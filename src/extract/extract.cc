// Extract: the whole flow for one page (include/klartext/extract.h).
//
//   decode → parse → blocks → region → block rules → roles → merge
//
// HTML and text captures differ only in how blocks are made and how the
// region is found; every rule after that is shared.
#include "klartext/extract.h"

#include <algorithm>
#include <cstdio>
#include <cstdlib>

#include "blocks/make_blocks.h"
#include "core/text.h"
#include "decode/decode.h"
#include "extract/block_model.h"
#include "extract/block_rules.h"
#include "extract/classify_page.h"
#include "extract/label_regions.h"
#include "extract/merge.h"
#include "extract/metadata.h"
#include "extract/roles.h"
#include "extract/select_content.h"
#include "extract/select_text.h"
#include "html/parse.h"

namespace klartext {
namespace {

// How much of the input the format and binary checks look at.
constexpr std::size_t kSniffBytes = 4096;
// Text has almost no control characters; more than this share of NULs and
// other C0 controls (besides tab, CR, LF, FF, ESC) in the sniffed prefix
// means binary data (an image, a PDF, a zip).
constexpr double kMaxControlShare = 0.05;

bool LooksBinary(std::string_view bytes) {
  const std::string_view head = bytes.substr(0, kSniffBytes);
  if (head.size() >= 2 && ((head[0] == '\xFF' && head[1] == '\xFE') || (head[0] == '\xFE' && head[1] == '\xFF'))) {
    return false;  // UTF-16 with a byte-order mark: NULs are expected
  }
  std::size_t controls = 0;
  for (char ch : head) {
    const auto c = static_cast<unsigned char>(ch);
    if (c < 0x20 && c != '\t' && c != '\n' && c != '\r' && c != '\f' && c != 0x1B) ++controls;
  }
  return !head.empty() && double(controls) > kMaxControlShare * double(head.size());
}

// An HTML article body shorter than this after the block rules (a
// paragraph or two) sends the page through a second pass that keeps link
// text (extract/block_rules.h, LinkRule).
constexpr std::size_t kMinBodyChars = 250;

// KLARTEXT_TRACE=1 in the environment prints every block with its label
// and flags to stderr: the first thing to look at when a page comes out
// wrong (bench/README.md).
void TraceBlocks(const blocks::BlockStream& stream, const extract::Labels& labels) {
  static const bool enabled = std::getenv("KLARTEXT_TRACE") != nullptr;
  if (!enabled) return;
  static constexpr const char* kLabelNames[] = {"outside", "CONTENT", "boiler", "TITLE",  "KICKER", "LEAD",
                                                "byline",  "date",    "agency", "caption", "image", "comment"};
  for (std::size_t i = 0; i < stream.blocks.size(); ++i) {
    const blocks::Block& b = stream.blocks[i];
    std::fprintf(stderr, "%4zu %-8s k%d n%u f%06x ld%.2f %4u| %.100s\n", i,
                 kLabelNames[static_cast<int>(labels[i])], static_cast<int>(b.kind), b.node, b.flags,
                 b.link_density(), b.chars, b.text.c_str());
  }
}

}  // namespace

bool LooksLikeHtml(std::string_view bytes) {
  // Markup starts (after white space and a BOM) with '<', or holds one of
  // the elements every page has near its top.
  std::string_view head = bytes.substr(0, kSniffBytes);
  if (StartsWith(head, "\xEF\xBB\xBF")) head.remove_prefix(3);
  head = Trim(head);
  if (StartsWith(head, "<")) return true;
  for (std::string_view tag : {"<html", "<HTML", "<body", "<BODY", "<div", "<DIV", "<p>", "<P>", "<!DOCTYPE", "<!doctype"}) {
    if (head.find(tag) != std::string_view::npos) return true;
  }
  return false;
}

namespace extract {

Result<ClassifiedPage> ClassifyPage(std::string_view bytes, const ExtractOptions& options) {
  if (bytes.size() > options.max_input_bytes) {
    return Status::TooLarge("input of " + std::to_string(bytes.size()) + " bytes is over the limit of " +
                            std::to_string(options.max_input_bytes));
  }
  if (Trim(bytes).empty()) return Status::NoContent("the input is empty");
  if (LooksBinary(bytes)) return Status::Unsupported("the input is binary data, not HTML or text");

  ClassifiedPage page;
  page.is_html = options.input_format == InputFormat::kHtml ||
                 (options.input_format == InputFormat::kAuto && LooksLikeHtml(bytes));
  decode::Decoded decoded = decode::DecodeToUtf8Borrowing(bytes, options.content_type, page.is_html);

  blocks::BlockStream& stream = page.stream;
  Labels& labels = page.labels;
  Diagnostics& diagnostics = page.diagnostics;
  diagnostics.input_format = page.is_html ? "html" : "text";
  diagnostics.encoding = decoded.encoding;
  diagnostics.encoding_source = decoded.source;
  diagnostics.invalid_bytes = decoded.invalid_bytes;
  if (page.is_html) {
    // The Document lives only in this block, and `bytes` outlives it: a
    // page that was UTF-8 already is parsed where it lies.
    const html::ParseLimits limits{.max_depth = options.max_dom_depth, .max_nodes = options.max_dom_nodes};
    Result<html::Document> doc = decoded.borrowed ? html::ParseHtmlBorrowed(decoded.text(), limits)
                                                  : html::ParseHtml(std::move(decoded.utf8), limits);
    if (!doc.ok()) return doc.status();
    diagnostics.truncated_dom = doc->truncated();
    page.declared = ReadDeclaredMetadata(*doc, options.url);
    stream = blocks::BlocksFromDom(*doc, {.keep_links = options.include_links, .page_url = options.url});
    ContentRegion region = SelectContent(*doc, stream);
    diagnostics.content_path = region.path;
    labels = LabelHtmlRegion(*doc, stream, region, options);
  } else {
    stream = blocks::BlocksFromText(decoded.text());
    labels = LabelTextRegion(stream, options.disabled_rules);
    diagnostics.content_path = "text";
  }
  page.region_labels = labels;
  ApplyBlockRules(stream, options, labels);
  if (page.is_html && !options.disabled_rules.Contains(RuleFamily::kLinkListPass) &&
      BodyChars(stream, labels) < kMinBodyChars) {
    // Almost nothing is left: the article may be a list of links, which
    // the link-density rule removed. A second pass keeps links.
    Labels link_list = page.region_labels;
    ApplyBlockRules(stream, options, link_list, LinkRule::kLinkListAllowed);
    if (BodyChars(stream, link_list) >= kMinBodyChars) labels = std::move(link_list);
  }
  return page;
}

Result<Article> FinishArticle(const ClassifiedPage& page, Labels labels, const ExtractOptions& options) {
  VisibleRoles visible = FindRoles(page.stream, page.declared, labels);
  TraceBlocks(page.stream, labels);
  Article article = MergeArticle(page.stream, labels, visible, page.declared, options);
  article.diagnostics = page.diagnostics;
  if (article.blocks.empty() && article.title.empty()) {
    return Status::NoContent("no article text found");
  }
  return article;
}

}  // namespace extract

Result<Article> Extract(std::string_view bytes, const ExtractOptions& options) {
  Result<extract::ClassifiedPage> page = extract::ClassifyPage(bytes, options);
  if (!page.ok()) return page.status();
  const extract::BlockModel& model = extract::DefaultBlockModel();
  if (model.enabled()) {
    extract::ApplyBlockModel(*page, extract::PageBlockFeatures(*page), model, page->labels);
  }
  return extract::FinishArticle(*page, std::move(page->labels), options);
}

}  // namespace klartext
