// extract/metadata_internal.h: shared by the metadata readers, one file per
// kind of declaration (metadata_jsonld.cc, metadata_meta.cc,
// metadata_markup.cc). Not for use outside extract/metadata*.cc.
//
// Each reader offers the values it finds to a MetadataCollector; a value
// replaces the current one only when its Source is more trusted (a lower
// enum value, see klartext/article.h), so the order readers run in does not
// matter for correctness. Within one source the first value found stays.
// Author strings are kept raw until every reader has run, because cleaning
// them needs the site name (ReadDeclaredMetadata then calls ParseByline).
#ifndef KLARTEXT_EXTRACT_METADATA_INTERNAL_H_
#define KLARTEXT_EXTRACT_METADATA_INTERNAL_H_

#include <string>
#include <string_view>
#include <vector>

#include "extract/metadata.h"

namespace klartext::extract::internal {

// A <title> or an author string longer than this is not one; ignore it.
inline constexpr std::size_t kMaxFieldBytes = 2000;

struct RawAuthor {
  std::string text;
  Source source;
  // True for a JSON-LD author of @type Organization: it can name an agency
  // but never a person.
  bool organization = false;
};

// Published dates kept as claims (PageMetadata::published_claims): a page
// declares a handful; more are repeats or teasers.
inline constexpr std::size_t kMaxPublishedClaims = 16;
// Titles kept as claims (PageMetadata::title_claims), for the same reason.
inline constexpr std::size_t kMaxTitleClaims = 16;

struct MetadataCollector {
  PageMetadata m;
  std::string_view page_url;
  std::vector<RawAuthor> authors;  // in the order found
  std::string first_h1;            // white space collapsed; "" if none

  void OfferText(Sourced<std::string>& field, std::string_view value, Source source);
  // Parses `value` with ParseDateTime; unparsable values are ignored.
  void OfferDate(Sourced<std::string>& field, std::string_view value, Source source);
  // Normalises "de_DE", "de-at", "DE" to "de"; ignores what is not a tag.
  void OfferLanguage(std::string_view value, Source source);
  // Lists from one source accumulate (article:tag appears once per tag);
  // a more trusted source replaces the list.
  void OfferList(Sourced<std::vector<std::string>>& field, std::string_view value, Source source);
  // Keywords: one string split at commas (or semicolons), each offered.
  void OfferKeywords(Sourced<std::vector<std::string>>& field, std::string_view value, Source source);
  void OfferAuthor(std::string_view value, Source source, bool organization = false);
  void OfferImage(std::string_view url, std::string_view caption);
  void OfferUrl(std::string_view url, Source source);
};

// True when `a` is more trusted than the field's current source.
bool MoreTrusted(Source a, Source current);
// The same for dates, whose sources rank by measured reliability
// (metadata.cc, DateRank).
bool MoreTrustedDate(Source a, Source current);

// The readers. Each reads the whole Document once.
void ReadJsonLd(const html::Document& doc, MetadataCollector& c);
void ReadMetaElements(const html::Document& doc, MetadataCollector& c);  // <meta>, <link>, <html lang>, <title>
void ReadMicrodata(const html::Document& doc, MetadataCollector& c);
void ReadTimeElements(const html::Document& doc, MetadataCollector& c);
void ReadAuthorMarkup(const html::Document& doc, MetadataCollector& c);
void ReadScriptDates(const html::Document& doc, MetadataCollector& c);  // PageMetadata::script_published
void ReadScriptAuthor(const html::Document& doc, MetadataCollector& c);  // PageMetadata::script_author  // rel=author, class=byline, <h1>

}  // namespace klartext::extract::internal

#endif  // KLARTEXT_EXTRACT_METADATA_INTERNAL_H_
