// klartext/options.h: what the caller can choose about extraction.
//
// An aggregate: set fields with designated initializers,
//   klartext::ExtractOptions options{.url = "https://…", .favor = Favor::kPrecision};
// Every field has a safe default. Limits bound the work done on hostile input.
#ifndef KLARTEXT_OPTIONS_H_
#define KLARTEXT_OPTIONS_H_

#include <cstddef>
#include <cstdint>
#include <string>

#include "klartext/rules.h"

namespace klartext {

enum class InputFormat {
  kAuto,  // HTML if the bytes look like markup, else a text capture
  kHtml,  // an HTML page
  kText,  // the text a browser shows for a page (copy, w3m -dump …)
};

// Which way to lean where a block could be article or boilerplate.
enum class Favor {
  kBalanced,   // the default, tuned for F1
  kPrecision,  // drop doubtful blocks: less boilerplate, some text lost
  kRecall,     // keep doubtful blocks: more text, some boilerplate
};

struct ExtractOptions {
  // --- Parameters that affect behaviour ---

  InputFormat input_format = InputFormat::kAuto;
  // The page's address, when known (WARC-Target-URI, the crawler's URL).
  // Used to resolve relative image URLs and as the URL when the page gives none.
  std::string url;
  // The HTTP Content-Type header, when known ("text/html; charset=iso-8859-1").
  // Its charset outranks <meta charset> but not a byte-order mark.
  std::string content_type;
  Favor favor = Favor::kBalanced;
  bool include_comments = false;  // keep reader comments as kComment blocks
  bool include_tables = true;     // keep tables as kTable blocks
  bool include_links = false;     // keep links as Markdown [text](url) inside block text
  bool include_images = false;    // keep kImage and kCaption blocks in the body
  // Rule families that do not run (klartext/rules.h): for measuring what
  // each is worth, or for pages one family gets wrong. Empty: all run.
  RuleFamilySet disabled_rules;

  // --- Limits on work (hostile or broken input) ---

  // Inputs larger than this are refused with Status::kTooLarge. 256 MiB
  // holds any real page many times over; the cost is memory ~ 4x this size.
  std::size_t max_input_bytes = std::size_t{256} << 20;
  // Elements nested deeper than this are attached at this depth instead, so
  // 100 000 nested <div>s cost neither stack nor quadratic time.
  std::uint32_t max_dom_depth = 256;
  // At most this many DOM nodes are built; the rest of the page is dropped
  // and Diagnostics::truncated_dom is set. 4 million nodes is ~50 MB of HTML.
  std::size_t max_dom_nodes = std::size_t{4} << 20;
};

}  // namespace klartext

#endif  // KLARTEXT_OPTIONS_H_
