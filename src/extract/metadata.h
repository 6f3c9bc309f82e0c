// extract/metadata.h: what a page declares about itself.
//
// Reads the machine-readable declarations of a parsed page: JSON-LD
// (including @graph and arrays), OpenGraph and article:* properties, other
// <meta> names (author, description, date, DC.*, parsely-*, sailthru.*),
// microdata (itemprop), <time datetime>, <link rel=canonical>, <html lang>,
// <title>, and rel=author / class="author|byline" elements. Each field keeps
// the most trustworthy value found and its Source, in this order:
//   JSON-LD > microdata > OpenGraph (og:, article:, twitter:) > other <meta>,
//   <link rel=canonical>, <html lang>, <title> > <time> > markup (<h1>,
//   rel=author, class="author|byline") > a date in the URL path
//   (Source::kInferred, for `published` only). Dates put OpenGraph first:
//   measured the most reliable source for them (metadata.cc, DateRank).
// Dates are normalised with extract/date_parse.h (no offset is inferred
// here: that is the merge's decision), authors are cleaned with
// extract/byline.h (agencies go to `agency`), URLs are made absolute with
// extract/url.h. The title loses its site part (CleanTitle below) and, when
// it holds the first <h1> between affixes cut off by separators
// ("Klimaschutz: Bohren, bis es heiß wird" / <h1>Bohren, bis es heiß
// wird</h1>), becomes that heading, keeping the declaration's source. An
// <h1> that links to the home page is the site's name, not the headline.
// The visible text is read elsewhere (extract/roles.cc);
// extract/merge.cc combines the two. doc/metadata.md lists every key read.
// Bad input (broken JSON-LD, huge attributes, odd nesting) never fails:
// what cannot be read is skipped.
// Thread safety: pure function of the Document.
#ifndef KLARTEXT_EXTRACT_METADATA_H_
#define KLARTEXT_EXTRACT_METADATA_H_

#include <string>
#include <string_view>
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
  // Every title the page declares (og:title, JSON-LD headline, <title> …),
  // as written: the visible heading that repeats any of them is the
  // headline, even when the most trusted one says it differently.
  std::vector<Sourced<std::string>> title_claims;
  Sourced<std::string> description;
  Sourced<std::string> published;    // ISO 8601 (see extract/date_parse.h)
  Sourced<std::string> modified;
  // Every publication date the page declares, from any source, in the
  // order read: sources disagree more often than one would think (a
  // JSON-LD block left from an earlier version), and the one that the
  // visible dateline repeats is the page's (extract/merge.cc).
  std::vector<Sourced<std::string>> published_claims;
  // The publication date a page script that is not JSON-LD names
  // ("published_at" in a front end's state, extract/metadata_script.cc).
  // Source::kInferred; a last resort after the visible dateline, as the
  // script may describe another item than the page's.
  Sourced<std::string> script_published;
  // The author a page script names ("authors": [{"name": …}]), raw; a
  // last resort when neither declarations nor the visible text name one.
  Sourced<std::string> script_author;
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

// `page_url` resolves relative URLs (may be empty). `url` is the canonical
// URL the page declares, else `page_url` (Source::kCaller), else empty.
PageMetadata ReadDeclaredMetadata(const html::Document& doc, std::string_view page_url);

// Removes the site's name from a title: "Headline | SPIEGEL" → "Headline",
// also as a prefix ("ZEIT ONLINE | Headline"), with separators " | ",
// " - ", " – ", " — ", " :: ", " · ", " • ", " » ". A part counts as the
// site when it equals or contains `sitename`, or names the host's main
// label ("zeit" for www.zeit.de, from `page_url`). With
// `strip_short_suffix` (for <title>, which sites fill as "Headline - Site"),
// a last part of at most kMaxSiteSuffixWords words is removed even when it
// does not match, provided the rest is longer than it. A Chinese or
// Japanese title, written without spaces, loses a short last part after a
// bare "-", "_" or "|" ("…的城！-新华网").
std::string CleanTitle(std::string_view title, std::string_view sitename,
                       std::string_view page_url, bool strip_short_suffix);
inline constexpr std::size_t kMaxSiteSuffixWords = 4;

// True when a heading is the site's name rather than a headline: it equals
// or contains `sitename` (with at most two words more), or it names the
// host's main label, also with its words run together ("Four Years
// Remaining" on fouryears.eu).
bool HeadingNamesSite(std::string_view heading, std::string_view sitename, std::string_view page_url);
// True when `name` with spaces, dots and hyphens removed is the host's
// main label: "Wolfgang Michal" on wolfgangmichal.de, a person's own site.
bool NamesHostExactly(std::string_view name, std::string_view page_url);
// A shorter host label ("ard", "taz") is found inside ordinary words.
inline constexpr std::size_t kMinSqueezedHostLabel = 4;

}  // namespace klartext::extract

#endif  // KLARTEXT_EXTRACT_METADATA_H_
