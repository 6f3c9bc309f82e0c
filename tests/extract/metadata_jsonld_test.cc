#include <gtest/gtest.h>

#include "extract/metadata_test_util.h"

namespace klartext::extract {
namespace {

using testing::ReadHtml;
using Names = std::vector<std::string>;

std::string Page(std::string_view json) {
  return "<html><head><script type=\"application/ld+json\">" + std::string(json) +
         "</script></head><body><p>x</p></body></html>";
}

TEST(JsonLdTest, NewsArticleFields) {
  PageMetadata m = ReadHtml(Page(R"({
    "@context": "https://schema.org", "@type": "NewsArticle",
    "headline": "Gespräche in Washington &amp; Moskau",
    "description": "Eine Beschreibung.",
    "datePublished": "2025-04-04T13:01:00+02:00", "dateModified": "2025-04-04T15:30:00Z",
    "author": [{"@type": "Person", "name": "Anna Müller"}, {"@type": "Person", "name": "Peter Schmidt"}],
    "publisher": {"@type": "Organization", "name": "Beispiel-Zeitung"},
    "articleSection": "Politik", "keywords": "USA, Russland, Diplomatie",
    "image": {"@type": "ImageObject", "url": "/img/a.jpg", "caption": "Ein Bild"},
    "inLanguage": "de-DE", "mainEntityOfPage": {"@id": "https://www.example.de/a/b.html"}
  })"));
  EXPECT_EQ(m.title.value, "Gespräche in Washington & Moskau");
  EXPECT_EQ(m.title.source, Source::kJsonLd);
  EXPECT_EQ(m.description.value, "Eine Beschreibung.");
  EXPECT_EQ(m.published.value, "2025-04-04T13:01:00+02:00");
  EXPECT_EQ(m.modified.value, "2025-04-04T15:30:00+00:00");
  EXPECT_EQ(m.authors.value, (Names{"Anna Müller", "Peter Schmidt"}));
  EXPECT_EQ(m.authors.source, Source::kJsonLd);
  EXPECT_EQ(m.sitename.value, "Beispiel-Zeitung");
  EXPECT_EQ(m.categories.value, Names{"Politik"});
  EXPECT_EQ(m.tags.value, (Names{"USA", "Russland", "Diplomatie"}));
  ASSERT_EQ(m.images.size(), 1u);
  EXPECT_EQ(m.images[0].url, "https://www.example.de/img/a.jpg");
  EXPECT_EQ(m.images[0].caption, "Ein Bild");
  EXPECT_EQ(m.language.value, "de");
  EXPECT_EQ(m.url.value, "https://www.example.de/a/b.html");
  EXPECT_EQ(m.url.source, Source::kJsonLd);
  EXPECT_EQ(m.page_type, "NewsArticle");
}

TEST(JsonLdTest, GraphWithReferencesPrefersTheArticle) {
  PageMetadata m = ReadHtml(Page(R"({"@context": "https://schema.org", "@graph": [
    {"@type": "WebSite", "@id": "https://www.example.de/#website", "name": "Example Blog"},
    {"@type": "WebPage", "@id": "https://www.example.de/a/#webpage", "name": "Page name | Example Blog"},
    {"@type": "Person", "@id": "https://www.example.de/#/person/1", "name": "Jane Doe"},
    {"@type": ["Article", "BlogPosting"], "headline": "The real headline",
     "author": {"@id": "https://www.example.de/#/person/1"},
     "publisher": {"@id": "https://www.example.de/#org"},
     "datePublished": "2019-08-02T10:00:00+00:00", "keywords": ["json", "c++"]},
    {"@type": "Organization", "@id": "https://www.example.de/#org", "name": "Example Org"}
  ]})"));
  EXPECT_EQ(m.title.value, "The real headline");
  EXPECT_EQ(m.authors.value, Names{"Jane Doe"});
  EXPECT_EQ(m.sitename.value, "Example Org");
  EXPECT_EQ(m.published.value, "2019-08-02T10:00:00+00:00");
  EXPECT_EQ(m.tags.value, (Names{"json", "c++"}));
  EXPECT_EQ(m.page_type, "Article");
}

TEST(JsonLdTest, TopLevelArrayAndStringAuthor) {
  PageMetadata m = ReadHtml(Page(R"([
    {"@type": "BreadcrumbList", "itemListElement": []},
    {"@type": "ReportageNewsArticle", "name": "Name only", "author": "Von Anna Müller, dpa",
     "dateCreated": "2025-04-04", "image": ["https://cdn.example.de/1.jpg", "https://cdn.example.de/2.jpg"]}
  ])"));
  EXPECT_EQ(m.title.value, "Name only");
  EXPECT_EQ(m.authors.value, Names{"Anna Müller"});
  EXPECT_EQ(m.agency.value, "dpa");
  EXPECT_EQ(m.agency.source, Source::kJsonLd);
  EXPECT_EQ(m.published.value, "2025-04-04");
  EXPECT_EQ(m.images.size(), 2u);
}

TEST(JsonLdTest, OrganizationAuthorGivesOnlyAnAgency) {
  PageMetadata m = ReadHtml(Page(R"({"@type": "NewsArticle", "headline": "H",
    "author": [{"@type": "Organization", "name": "Beispiel Zeitung"}, {"@type": "Organization", "name": "AFP"}]})"));
  EXPECT_FALSE(m.authors.found());
  EXPECT_EQ(m.agency.value, "AFP");
}

TEST(JsonLdTest, BrokenJsonIsRepairedOrSkipped) {
  // Trailing commas and a raw line break inside a string: repaired.
  PageMetadata m = ReadHtml(Page("{\"@type\": \"NewsArticle\", \"headline\": \"Zeile eins\nZeile zwei\","
                                 " \"author\": [{\"name\": \"Anna Müller\"},],}"));
  EXPECT_EQ(m.title.value, "Zeile eins Zeile zwei");
  EXPECT_EQ(m.authors.value, Names{"Anna Müller"});
  // Truncated: skipped, the <title> still counts.
  m = ReadHtml("<title>Fallback</title><script type=\"application/ld+json\">{\"@type\": \"NewsArticle\", "
               "\"headline\": \"Cut</script>");
  EXPECT_EQ(m.title.value, "Fallback");
  EXPECT_EQ(m.title.source, Source::kMeta);
}

TEST(JsonLdTest, HostileInputDoesNotCrash) {
  std::string deep(100000, '[');
  PageMetadata m = ReadHtml(Page(deep));
  EXPECT_FALSE(m.title.found() && m.title.source == Source::kJsonLd);
  std::string nested = "{\"@type\": \"NewsArticle\", \"author\": ";
  for (int i = 0; i < 50; ++i) nested += "[";
  nested += "\"X Y\"";
  for (int i = 0; i < 50; ++i) nested += "]";
  nested += "}";
  m = ReadHtml(Page(nested));
  EXPECT_FALSE(m.authors.found());  // deeper than the author walk goes
  m = ReadHtml(Page("{\"@type\": 5, \"headline\": [1, 2], \"author\": {\"name\": 7}, \"image\": null}"));
  EXPECT_FALSE(m.title.found());
  m = ReadHtml(Page("\xff\xfe garbage {\"@type\": \"\xc3\x28\"}"));
  EXPECT_FALSE(m.authors.found());
}

TEST(JsonLdTest, AKeyGivenTwiceHasItsLastValue) {
  PageMetadata m = ReadHtml(Page(R"({"@type": "NewsArticle", "headline": "Erst", "headline": "Zuletzt"})"));
  EXPECT_EQ(m.title.value, "Zuletzt");
}

TEST(JsonLdTest, ReferencesCrossScriptsPastOneThatFailsToParse) {
  // Each script keeps its own parsed values: the author defined in the
  // third script is found from the first, across a broken second one.
  PageMetadata m = ReadHtml(
      "<head><script type=\"application/ld+json\">{\"@type\": \"NewsArticle\", \"headline\": \"H\","
      " \"author\": {\"@id\": \"#anna\"}, \"publisher\": [], \"@type\": [\"NewsArticle\"]}</script>"
      "<script type=\"application/ld+json\">{\"@type\": </script>"
      "<script type=\"application/ld+json\">{\"@graph\": [{\"@type\": \"Person\", \"@id\": \"#anna\","
      " \"name\": \"Anna M\u00fcller\"}]}</script></head>");
  EXPECT_EQ(m.title.value, "H");
  EXPECT_EQ(m.authors.value, Names{"Anna Müller"});
  EXPECT_FALSE(m.sitename.found());  // an empty publisher array names nobody
}

TEST(JsonLdTest, JsonLdOutranksOpenGraph) {
  PageMetadata m = ReadHtml(
      "<head><meta property=\"og:title\" content=\"OG title\">"
      "<script type=\"application/ld+json\">{\"@type\": \"NewsArticle\", \"headline\": \"LD title\"}</script>"
      "</head>");
  EXPECT_EQ(m.title.value, "LD title");
  EXPECT_EQ(m.title.source, Source::kJsonLd);
}

}  // namespace
}  // namespace klartext::extract
