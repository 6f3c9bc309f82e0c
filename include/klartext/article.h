// klartext/article.h: the article klartext takes from a page.
//
// An Article is plain data: the reader's text as an ordered list of Blocks,
// the metadata the page declares or shows, and for each metadata field the
// source it came from. Everything after extraction (analysis, emitters,
// stores) reads an Article and never the page it came from.
//
// Strings are UTF-8. Times are ISO 8601 ("2025-04-04T13:01:00+02:00"); a
// date without a known time is "YYYY-MM-DD". Empty means "not known".
// Thread safety: a const Article may be read from any number of threads.
#ifndef KLARTEXT_ARTICLE_H_
#define KLARTEXT_ARTICLE_H_

#include <map>
#include <string>
#include <string_view>
#include <vector>

namespace klartext {

// The kinds of block a reader sees, in reading order.
enum class BlockType {
  kLead,       // the standfirst: the summary paragraph before the body
  kHeading,    // a subhead; Block::level is 1..6 as in <h1>..<h6>
  kParagraph,  // body text
  kListItem,   // one item of a list; Block::level is the nesting depth, 1 = top
  kQuote,      // a block quotation
  kTable,      // a table; Block::rows holds its cells, Block::text a flat rendering
  kCode,       // preformatted text, whitespace kept
  kCaption,    // a caption, only with ExtractOptions::include_images
  kImage,      // an image (Block::text is its URL), only with include_images
  kComment,    // a reader comment, only with ExtractOptions::include_comments
};

// "lead", "heading", "paragraph", "list_item", "quote", "table", "code",
// "caption", "image", "comment": the names used in JSON output.
std::string_view BlockTypeName(BlockType type);

struct Block {
  BlockType type = BlockType::kParagraph;
  std::string text;  // whitespace collapsed, except for kCode
  int level = 0;     // heading level or list depth; 0 where it does not apply
  bool ordered = false;                       // kListItem: part of a numbered list
  std::vector<std::vector<std::string>> rows;  // kTable: rows of cells, first row may be a header
};

struct Image {
  std::string url;      // absolute where the page's URL is known
  std::string caption;  // what the picture shows, without the credit
  std::string credit;   // photographer / agency, without "Foto:" or "©"
};

// Where a metadata field's value came from, most trusted first.
enum class Source {
  kNone,       // not found
  kCaller,     // given by the caller (ExtractOptions::url, …)
  kJsonLd,     // <script type="application/ld+json">
  kMicrodata,  // itemprop attributes
  kOpenGraph,  // <meta property="og:…">, article:…
  kMeta,       // other <meta name=…>, <html lang>, <link rel=canonical>
  kTimeTag,    // <time datetime=…>
  kMarkup,     // visible elements found by their markup (<h1>, rel=author, class="byline" …)
  kText,       // the visible text alone ("Veröffentlicht: 04.04.2025", "dpa")
  kInferred,   // derived from other fields (time zone from the language, …)
};
std::string_view SourceName(Source source);  // "json-ld", "opengraph", …

// How the input was read: useful when output looks wrong.
struct Diagnostics {
  std::string input_format;     // "html" or "text"
  std::string encoding;         // the charset the bytes were decoded from
  std::string encoding_source;  // "bom", "content-type", "meta", "sniffed", "default"
  bool invalid_bytes = false;   // some bytes were not valid in that encoding (replaced by U+FFFD)
  bool truncated_dom = false;   // the DOM hit a limit (depth or node count) and was cut
  std::string content_path;     // how the main content was chosen ("container", "fallback" …)
};

struct Article {
  std::string url;  // canonical URL where known, else the caller's
  std::string language;  // BCP 47 primary tag, "de", "en"
  std::string title;
  std::string kicker;  // the line above the headline ("Gespräche in Washington")
  std::string lead;    // the standfirst; also the first kLead block
  std::string description;
  std::string published;  // ISO 8601, offset where known
  std::string modified;
  std::vector<std::string> authors;  // people only; no "Von", no agency
  std::string agency;                // "dpa", "AFP", "Reuters" …
  std::string sitename;              // site or publisher name
  std::vector<std::string> categories;
  std::vector<std::string> tags;
  std::vector<Block> blocks;  // the body in reading order
  std::vector<Image> images;

  // Field name (as in JSON output: "title", "published", …) to its source.
  std::map<std::string, Source> sources;
  Diagnostics diagnostics;

  // The body as a reader reads it: lead, subheads, paragraphs, list items,
  // quotes and tables, separated by blank lines. Not title, kicker, captions,
  // image blocks or comments.
  std::string Text() const;
};

}  // namespace klartext

#endif  // KLARTEXT_ARTICLE_H_
