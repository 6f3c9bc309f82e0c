#include <gtest/gtest.h>

#include "extract/metadata_test_util.h"

namespace klartext::extract {
namespace {

using testing::ReadHtml;
using Names = std::vector<std::string>;

TEST(MicrodataTest, ArticleItem) {
  PageMetadata m = ReadHtml(R"(<body>
    <div itemscope itemtype="https://schema.org/NewsArticle">
      <h1 itemprop="headline">Die Überschrift</h1>
      <span itemprop="author" itemscope itemtype="https://schema.org/Person">
        Von <span itemprop="name">Anna Müller</span></span>
      <time itemprop="datePublished" datetime="2025-04-04T13:01:00+02:00">4. April</time>
      <meta itemprop="dateModified" content="2025-04-05">
      <div itemprop="publisher" itemscope itemtype="https://schema.org/Organization">
        <meta itemprop="name" content="Beispiel-Zeitung"></div>
    </div></body>)");
  EXPECT_EQ(m.title.value, "Die Überschrift");
  EXPECT_EQ(m.title.source, Source::kMicrodata);
  EXPECT_EQ(m.authors.value, Names{"Anna Müller"});
  EXPECT_EQ(m.authors.source, Source::kMicrodata);
  EXPECT_EQ(m.published.value, "2025-04-04T13:01:00+02:00");
  EXPECT_EQ(m.modified.value, "2025-04-05");
  EXPECT_EQ(m.sitename.value, "Beispiel-Zeitung");
}

TEST(MicrodataTest, ArticleItemBeatsTeasersAndComments) {
  PageMetadata m = ReadHtml(R"(<body>
    <div itemscope itemtype="https://schema.org/ListItem"><span itemprop="headline">Teaser</span>
      <meta itemprop="datePublished" content="2020-01-01"></div>
    <article itemscope itemtype="https://schema.org/BlogPosting">
      <h2 itemprop="headline">Real</h2><meta itemprop="datePublished" content="2025-04-04">
      <div itemprop="comment" itemscope itemtype="https://schema.org/Comment">
        <span itemprop="author">Commenter Name</span></div>
    </article></body>)");
  EXPECT_EQ(m.title.value, "Real");
  EXPECT_EQ(m.published.value, "2025-04-04");
  EXPECT_FALSE(m.authors.found());
}

TEST(TimeTest, PubdateAndFirstInArticle) {
  PageMetadata m = ReadHtml(R"(<body><header><time datetime="2020-01-01">Heute</time></header>
    <article><p>x</p><time datetime="2025-04-04T13:01">4.4.</time>
    <time class="updated" datetime="2025-04-05T08:00:00+02:00">5.4.</time></article></body>)");
  EXPECT_EQ(m.published.value, "2025-04-04T13:01:00");
  EXPECT_EQ(m.published.source, Source::kTimeTag);
  EXPECT_EQ(m.modified.value, "2025-04-05T08:00:00+02:00");
  m = ReadHtml(R"(<body><time datetime="2025-04-03">a</time><time pubdate datetime="2025-04-02">b</time></body>)");
  EXPECT_EQ(m.published.value, "2025-04-02");
}

TEST(TimeTest, MetaOutranksTime) {
  PageMetadata m = ReadHtml(R"(<head><meta name="date" content="2025-04-01"></head>
    <body><article><time datetime="2025-04-04">x</time></article></body>)");
  EXPECT_EQ(m.published.value, "2025-04-01");
  EXPECT_EQ(m.published.source, Source::kMeta);
}

TEST(AuthorMarkupTest, BylineElements) {
  PageMetadata m = ReadHtml(R"(<body><div class="comment-author">Leser</div>
    <p class="article-byline">Von Anna Müller und Peter Schmidt, dpa | 04.04.2025</p></body>)");
  EXPECT_EQ(m.authors.value, (Names{"Anna Müller", "Peter Schmidt"}));
  EXPECT_EQ(m.authors.source, Source::kMarkup);
  EXPECT_EQ(m.agency.value, "dpa");
  m = ReadHtml(R"(<body><a rel="author" href="/autor/jd">Jane Doe</a></body>)");
  EXPECT_EQ(m.authors.value, Names{"Jane Doe"});
}

TEST(AuthorMarkupTest, FirstCandidateWithAPersonWins) {
  PageMetadata m = ReadHtml(R"(<body><span class="author">Redaktion</span>
    <span class="author">Peter Schmidt</span><span class="author">Someone Else</span></body>)");
  EXPECT_EQ(m.authors.value, Names{"Peter Schmidt"});
}

TEST(AuthorMarkupTest, PhotographerInAPicturesLicenceBoxIsNoAuthor) {
  PageMetadata m = ReadHtml(R"(<body><h1>Brücke wird erneuert</h1>
    <figure><img src="a.jpg"><div class="license-info"><span class="author-name">
    <a href="https://commons.example/File:A.jpg">Max Muster</a></span></div></figure>
    <p>Text.</p><div class="post-author">Anna Müller</div></body>)");
  EXPECT_EQ(m.authors.value, Names{"Anna Müller"});
}

TEST(AuthorMarkupTest, DeclaredAuthorsOutrankMarkup) {
  PageMetadata m = ReadHtml(R"(<head><meta name="author" content="Anna Müller"></head>
    <body><span class="byline">Peter Schmidt</span></body>)");
  EXPECT_EQ(m.authors.value, Names{"Anna Müller"});
}

TEST(HeadingTest, H1IsTheLastResortTitle) {
  PageMetadata m = ReadHtml("<body><h1>  Die   Schlagzeile </h1></body>");
  EXPECT_EQ(m.title.value, "Die Schlagzeile");
  EXPECT_EQ(m.title.source, Source::kMarkup);
  m = ReadHtml("<title>Titel</title><body><h1>Schlagzeile</h1></body>");
  EXPECT_EQ(m.title.value, "Titel");
}

TEST(MarkupTest, DeepAndEmptyDocumentsDoNotCrash) {
  std::string deep;
  for (int i = 0; i < 5000; ++i) deep += "<div class=\"author\" itemscope itemprop=\"author\">";
  deep += "Anna Müller";
  PageMetadata m = ReadHtml(deep);
  EXPECT_TRUE(m.authors.found());
  m = ReadHtml("");
  EXPECT_FALSE(m.title.found());
}

}  // namespace
}  // namespace klartext::extract

namespace klartext::extract {
namespace {

TEST(AuthorMarkupTest, BylineElementAndTwitterLabelPair) {
  PageMetadata m = testing::ReadHtml("<body><p>Quelle: dpa-AFX</p><byline>Von David Muster, dpa</byline></body>");
  EXPECT_EQ(m.authors.value, std::vector<std::string>{"David Muster"});
  EXPECT_EQ(m.agency.value, "dpa");
  m = testing::ReadHtml(R"(<head><meta name="twitter:label1" content="Verfasst von">
    <meta name="twitter:data1" content="Karla Beispiel">
    <meta name="twitter:label2" content="Geschätzte Lesezeit"><meta name="twitter:data2" content="4 Minuten">
    </head>)");
  EXPECT_EQ(m.authors.value, std::vector<std::string>{"Karla Beispiel"});
  EXPECT_EQ(m.authors.source, Source::kOpenGraph);
}

}  // namespace
}  // namespace klartext::extract
