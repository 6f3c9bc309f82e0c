// The bundled example page (examples/article.html, written by us) holds one
// of each thing a news page has around its article; each must be found or
// left out.
#include <gtest/gtest.h>

#include <fstream>
#include <sstream>

#include "klartext/extract.h"

namespace klartext {
namespace {

class ExampleTest : public ::testing::Test {
 protected:
  void SetUp() override {
    std::ifstream in(std::string(KLARTEXT_SOURCE_DIR) + "/examples/article.html", std::ios::binary);
    std::stringstream ss;
    ss << in.rdbuf();
    Result<Article> r = Extract(ss.str());
    ASSERT_TRUE(r.ok()) << r.status().ToString();
    a_ = std::move(r).value();
    text_ = a_.Text();
  }
  Article a_;
  std::string text_;
};

TEST_F(ExampleTest, Metadata) {
  EXPECT_EQ(a_.title, "Neue Radwege für die Innenstadt");
  EXPECT_EQ(a_.kicker, "Verkehrswende");
  EXPECT_EQ(a_.published, "2025-04-04T13:01:00+02:00");
  EXPECT_EQ(a_.authors, std::vector<std::string>{"Anna Beispiel"});
  EXPECT_EQ(a_.agency, "dpa");
  EXPECT_EQ(a_.sitename, "Beispielstadt Kurier");
  EXPECT_EQ(a_.language, "de");
  EXPECT_EQ(a_.url, "https://kurier.example/lokales/neue-radwege");
  EXPECT_EQ(a_.sources.at("published"), Source::kJsonLd);
}

TEST_F(ExampleTest, LeadAndBody) {
  EXPECT_EQ(a_.lead.rfind("Der Stadtrat hat am Donnerstag", 0), 0u);
  EXPECT_NE(text_.find("Nach einer langen Debatte"), std::string::npos);
  EXPECT_NE(text_.find("Die Kosten von rund acht Millionen Euro"), std::string::npos);
}

TEST_F(ExampleTest, StructureIsKept) {
  int headings = 0, items = 0, quotes = 0, tables = 0;
  for (const Block& b : a_.blocks) {
    headings += b.type == BlockType::kHeading;
    items += b.type == BlockType::kListItem;
    quotes += b.type == BlockType::kQuote;
    tables += b.type == BlockType::kTable;
  }
  EXPECT_EQ(headings, 1);
  EXPECT_EQ(items, 3);
  EXPECT_EQ(quotes, 1);
  EXPECT_EQ(tables, 1);
}

TEST_F(ExampleTest, ImageWithCaptionAndCredit) {
  ASSERT_EQ(a_.images.size(), 1u);
  EXPECT_EQ(a_.images[0].url, "https://kurier.example/bilder/radweg.jpg");
  EXPECT_EQ(a_.images[0].caption, "Ein Radweg an der Hauptstraße.");
  EXPECT_EQ(a_.images[0].credit, "Max Muster");
}

TEST_F(ExampleTest, NoBoilerplate) {
  for (const char* junk : {"Cookies", "Startseite", "Anzeige", "Fahrräder kaufen", "Teilen", "Drucken",
                           "Themen", "Mehr zum Thema", "Fahrradstraße", "Impressum", "Verkehrswende",
                           "Von Anna Beispiel", "Foto: Max Muster"}) {
    EXPECT_EQ(text_.find(junk), std::string::npos) << "boilerplate in text: " << junk;
  }
}

}  // namespace
}  // namespace klartext
