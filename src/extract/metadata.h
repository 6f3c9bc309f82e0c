// extract/metadata.h: what a page declares about itself.
//
// Reads the machine-readable declarations of a parsed page: JSON-LD
// (including @graph and arrays), OpenGraph and article:* properties, other
// <meta> names (author, description, date, DC.*, parsely-*, sailthru.*),
// microdata (itemprop), <time datetime>, <link rel=canonical>, <html lang>,
// <title>, and rel=author / class="author|byline" elements. Each field keeps
// the most trustworthy value found and its Source. The visible text is read
// elsewhere (extract/roles.cc); extract/merge.cc combines the two.
// Thread safety: pure function of the Document.
#ifndef KLARTEXT_EXTRACT_METADATA_H_
#define KLARTEXT_EXTRACT_METADATA_H_

#include <string>
#include <vector>

#include "html/dom.h"
#include "klartext/article.h"

namespace klartext::extract {

template <typename T>
struct Sourced {
  T value{};
  Source source = Source::kNone;
  bool found() const { return source != Source::kNone; }
};

struct PageMetadata {
  Sourced<std::string> title;        // headline without " | Site name"
  Sourced<std::string> description;
  Sourced<std::string> published;    // ISO 8601 (see extract/date_parse.h)
  Sourced<std::string> modified;
  Sourced<std::string> sitename;
  Sourced<std::string> language;     // primary tag, lower case: "de"
  Sourced<std::string> url;          // canonical
  Sourced<std::string> agency;       // from a declared author/creditline that is an agency
  Sourced<std::vector<std::string>> authors;  // people, cleaned (extract/byline.h)
  Sourced<std::vector<std::string>> categories;
  Sourced<std::vector<std::string>> tags;
  std::vector<Image> images;         // og:image, JSON-LD image (caption where given)
  std::string page_type;             // JSON-LD @type of the main entity ("NewsArticle" …)
};

// `page_url` resolves relative URLs (may be empty).
PageMetadata ReadDeclaredMetadata(const html::Document& doc, std::string_view page_url);

}  // namespace klartext::extract

#endif  // KLARTEXT_EXTRACT_METADATA_H_
