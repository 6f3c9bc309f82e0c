// <meta> elements (OpenGraph, article:*, twitter:*, and the many names
// CMSs and analytics tools use), <link rel=canonical>, <html lang>,
// <meta http-equiv=content-language> and <title>.
#include "core/text.h"
#include "extract/metadata_internal.h"

namespace klartext::extract::internal {
namespace {

enum class Field {
  kTitle, kDescription, kPublished, kModified, kSitename, kLanguage, kUrl, kAuthor,
  kCategory, kTags, kKeywords, kImage,
};

struct MetaKey {
  std::string_view key;  // property or name, lower case
  Field field;
  Source source;
};

constexpr Source kOg = Source::kOpenGraph;
constexpr Source kMe = Source::kMeta;

// twitter:* counts as OpenGraph: the same kind of social-card declaration,
// written by the same CMS plugins. og:site_name is also found as a name=.
constexpr MetaKey kMetaKeys[] = {
    {"og:title", Field::kTitle, kOg},
    {"twitter:title", Field::kTitle, kOg},
    {"og:description", Field::kDescription, kOg},
    {"twitter:description", Field::kDescription, kOg},
    {"og:site_name", Field::kSitename, kOg},
    {"og:url", Field::kUrl, kOg},
    {"og:locale", Field::kLanguage, kOg},
    {"og:image", Field::kImage, kOg},
    {"og:image:url", Field::kImage, kOg},
    {"og:image:secure_url", Field::kImage, kOg},
    {"twitter:image", Field::kImage, kOg},
    {"twitter:image:src", Field::kImage, kOg},
    {"article:published_time", Field::kPublished, kOg},
    {"article:published", Field::kPublished, kOg},
    {"og:published_time", Field::kPublished, kOg},
    {"article:modified_time", Field::kModified, kOg},
    {"article:modified", Field::kModified, kOg},
    {"og:updated_time", Field::kModified, kOg},
    {"article:author", Field::kAuthor, kOg},
    {"article:section", Field::kCategory, kOg},
    {"article:tag", Field::kTags, kOg},
    // Other names, by the tool that writes them.
    {"author", Field::kAuthor, kMe},
    {"dc.creator", Field::kAuthor, kMe},          // Dublin Core
    {"dcterms.creator", Field::kAuthor, kMe},
    {"citation_author", Field::kAuthor, kMe},     // Google Scholar
    {"parsely-author", Field::kAuthor, kMe},      // Parse.ly analytics
    {"sailthru.author", Field::kAuthor, kMe},     // Sailthru newsletters
    {"byl", Field::kAuthor, kMe},                 // NYT-style "By …"
    {"article.author", Field::kAuthor, kMe},
    {"description", Field::kDescription, kMe},
    {"dc.description", Field::kDescription, kMe},
    {"dc.title", Field::kTitle, kMe},
    {"citation_title", Field::kTitle, kMe},
    {"parsely-title", Field::kTitle, kMe},
    {"date", Field::kPublished, kMe},
    {"pubdate", Field::kPublished, kMe},
    {"publication_date", Field::kPublished, kMe},  // site-search tools (Swiftype)
    {"publication-date", Field::kPublished, kMe},
    {"publish-date", Field::kPublished, kMe},
    {"publish_date", Field::kPublished, kMe},
    {"publishdate", Field::kPublished, kMe},
    {"datepublished", Field::kPublished, kMe},
    {"dc.date.issued", Field::kPublished, kMe},
    {"dc.date", Field::kPublished, kMe},
    {"dc:date", Field::kPublished, kMe},           // the same, written with a colon
    {"bepress_citation_date", Field::kPublished, kMe},  // Digital Commons repositories
    {"citation_online_date", Field::kPublished, kMe},
    {"dcterms.issued", Field::kPublished, kMe},
    {"dcterms.date", Field::kPublished, kMe},
    {"dcterms.created", Field::kPublished, kMe},
    {"dc.date.created", Field::kPublished, kMe},
    {"citation_publication_date", Field::kPublished, kMe},
    {"citation_date", Field::kPublished, kMe},
    {"parsely-pub-date", Field::kPublished, kMe},
    {"sailthru.date", Field::kPublished, kMe},
    {"article.published", Field::kPublished, kMe},
    {"article_date_original", Field::kPublished, kMe},
    {"original-publish-date", Field::kPublished, kMe},
    {"last-modified", Field::kModified, kMe},
    {"lastmod", Field::kModified, kMe},
    {"dc.date.modified", Field::kModified, kMe},
    {"dcterms.modified", Field::kModified, kMe},
    {"article.updated", Field::kModified, kMe},
    {"article.modified", Field::kModified, kMe},
    {"datemodified", Field::kModified, kMe},
    {"application-name", Field::kSitename, kMe},
    {"apple-mobile-web-app-title", Field::kSitename, kMe},
    {"keywords", Field::kKeywords, kMe},
    {"news_keywords", Field::kKeywords, kMe},
    {"parsely-tags", Field::kKeywords, kMe},
    {"parsely-section", Field::kCategory, kMe},
    {"article.section", Field::kCategory, kMe},
    {"dc.language", Field::kLanguage, kMe},
    {"language", Field::kLanguage, kMe},
};

const MetaKey* LookupKey(std::string_view key) {
  if (key.empty() || key.size() > 40) return nullptr;
  std::string k = AsciiLower(Trim(key));
  for (const MetaKey& mk : kMetaKeys) {
    if (mk.key == k) return &mk;
  }
  return nullptr;
}

void Offer(MetadataCollector& c, const MetaKey& key, std::string_view value) {
  PageMetadata& m = c.m;
  switch (key.field) {
    case Field::kTitle: c.OfferText(m.title, value, key.source); break;
    case Field::kDescription: c.OfferText(m.description, value, key.source); break;
    case Field::kPublished: c.OfferDate(m.published, value, key.source); break;
    case Field::kModified: c.OfferDate(m.modified, value, key.source); break;
    case Field::kSitename: c.OfferText(m.sitename, value, key.source); break;
    case Field::kLanguage: c.OfferLanguage(value, key.source); break;
    case Field::kUrl: c.OfferUrl(value, key.source); break;
    case Field::kAuthor: c.OfferAuthor(value, key.source); break;
    case Field::kCategory: c.OfferList(m.categories, value, key.source); break;
    case Field::kTags: c.OfferList(m.tags, value, key.source); break;
    case Field::kKeywords: c.OfferKeywords(m.tags, value, key.source); break;
    case Field::kImage: c.OfferImage(value, ""); break;
  }
}

bool HasRelToken(std::string_view rel, std::string_view token) {
  for (std::string_view t : SplitAny(rel, " \t\n")) {
    if (EqualsIgnoreCase(t, token)) return true;
  }
  return false;
}

bool InsideSvg(const html::Document& doc, html::NodeId id) {
  for (html::NodeId p = doc[id].parent; p != html::kNoNode; p = doc[p].parent) {
    if (doc[p].tag == html::Tag::k_svg) return true;
  }
  return false;
}

// Yoast SEO writes the author as a Twitter card label/data pair:
// twitter:label1="Written by" (or "Verfasst von") and twitter:data1="Name".
constexpr std::string_view kTwitterAuthorLabels[] = {"written by", "verfasst von", "geschrieben von",
                                                     "autor", "autorin", "author", "von", "by"};

// The N of "twitter:labelN"/"twitter:dataN", or -1.
int TwitterPairIndex(std::string_view key, std::string_view prefix) {
  if (key.size() != prefix.size() + 1 || !StartsWith(AsciiLower(key), prefix)) return -1;
  char d = key.back();
  return d >= '1' && d <= '9' ? d - '0' : -1;
}

}  // namespace

void ReadMetaElements(const html::Document& doc, MetadataCollector& c) {
  bool have_title = false;
  std::string_view twitter_label[10], twitter_data[10];
  for (html::NodeId id = 0; id < doc.size(); ++id) {
    const html::Node& n = doc[id];
    if (!n.is_element()) continue;
    switch (n.tag) {
      case html::Tag::k_meta: {
        std::string_view content = doc.Attr(id, "content");
        if (content.empty()) content = doc.Attr(id, "value");
        if (content.empty()) break;
        if (EqualsIgnoreCase(doc.Attr(id, "http-equiv"), "content-language")) {
          c.OfferLanguage(content, Source::kMeta);
          break;
        }
        std::string_view name = doc.Attr(id, "name");
        if (int i = TwitterPairIndex(name, "twitter:label"); i >= 0) twitter_label[i] = content;
        if (int i = TwitterPairIndex(name, "twitter:data"); i >= 0) twitter_data[i] = content;
        // Some pages write OpenGraph keys as name= and the rest as property=.
        for (std::string_view attr : {"property", "name"}) {
          if (const MetaKey* key = LookupKey(doc.Attr(id, attr))) {
            Offer(c, *key, content);
            break;
          }
        }
        break;
      }
      case html::Tag::k_link:
        if (HasRelToken(doc.Attr(id, "rel"), "canonical")) c.OfferUrl(doc.Attr(id, "href"), Source::kMeta);
        break;
      case html::Tag::k_html:
        c.OfferLanguage(doc.Attr(id, "lang"), Source::kMeta);
        if (!c.m.language.found()) c.OfferLanguage(doc.Attr(id, "xml:lang"), Source::kMeta);
        break;
      case html::Tag::k_title:
        if (!have_title && !InsideSvg(doc, id)) {
          have_title = true;
          c.OfferText(c.m.title, html::InnerText(doc, id), Source::kMeta);
        }
        break;
      default:
        break;
    }
  }
  for (int i = 1; i < 10; ++i) {
    std::string label = FoldCase(Trim(twitter_label[i]));
    for (std::string_view l : kTwitterAuthorLabels) {
      if (label == l) c.OfferAuthor(twitter_data[i], Source::kOpenGraph);
    }
  }
}

}  // namespace klartext::extract::internal
