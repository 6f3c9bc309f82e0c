// Analyze reads an Article's image captions and credits for names: their
// mentions carry the field they are in and offsets into it; statements come
// from the body only, and body offsets are those of Article::Text().
#include <gtest/gtest.h>

#include <nlohmann/json.hpp>
#include <string>

#include "io/emit_analysis_json.h"
#include "klartext/analyze.h"

namespace klartext {
namespace {

Article StoryWithPicture() {
  Article a;
  a.language = "de";
  a.blocks.push_back({BlockType::kParagraph, "Bürgermeister Thomas Schneider sagte, die Brücke sei sicher.", 0, false, {}});
  a.blocks.push_back({BlockType::kParagraph, "Schneider will am Montag mit den Anwohnern sprechen.", 0, false, {}});
  Image image;
  // A misspelt name, and a quote that is the caption's own, not a statement.
  image.caption = "Tohmas Schnieder (links) an der Brücke: „Wir bleiben hier und bauen sie neu auf“, sagte er.";
  image.credit = "Anna Schmidt/dpa";
  a.images.push_back(image);
  return a;
}

const Entity* Named(const Analysis& a, const std::string& name) {
  for (const Entity& e : a.entities)
    if (e.name == name) return &e;
  return nullptr;
}

TEST(AnalyzeImages, MisspeltNameInTheCaptionIsTheBodysPerson) {
  const Article article = StoryWithPicture();
  const Analysis a = Analyze(article);
  const Entity* schneider = Named(a, "Thomas Schneider");
  ASSERT_NE(schneider, nullptr);
  const Mention& last = schneider->mentions.back();
  EXPECT_EQ(last.field, "images[0].caption");
  EXPECT_EQ(last.text, "Tohmas Schnieder");
  EXPECT_EQ(last.start, 0u);
  EXPECT_EQ(article.images[0].caption.substr(last.start, last.end - last.start), last.text);
  for (const Entity& e : a.entities) EXPECT_EQ(e.name.find("Schnieder"), std::string::npos) << e.name;
}

TEST(AnalyzeImages, PersonInTheCreditIsAPhotographer) {
  const Analysis a = Analyze(StoryWithPicture());
  const Entity* schmidt = Named(a, "Anna Schmidt");
  ASSERT_NE(schmidt, nullptr);
  EXPECT_EQ(schmidt->type, EntityType::kPerson);
  EXPECT_EQ(schmidt->role, "photographer");
  ASSERT_EQ(schmidt->mentions.size(), 1u);
  EXPECT_EQ(schmidt->mentions[0].field, "images[0].credit");
  EXPECT_EQ(schmidt->mentions[0].start, 0u);
  EXPECT_EQ(schmidt->mentions[0].end, 12u);
  EXPECT_TRUE(Named(a, "Thomas Schneider")->role.empty());
}

TEST(AnalyzeImages, StatementsAndBodyOffsetsAreTheBodys) {
  const Article article = StoryWithPicture();
  const Analysis with_images = Analyze(article);
  const Analysis body_only = AnalyzeText(article.Text(), "de");
  EXPECT_EQ(with_images.text, article.Text());
  ASSERT_EQ(with_images.statements.size(), 1u);
  EXPECT_EQ(with_images.statements[0].text, "die Brücke sei sicher");
  ASSERT_EQ(with_images.sentences.size(), body_only.sentences.size());
  const Entity* schneider = Named(with_images, "Thomas Schneider");
  const Entity* schneider_body = Named(body_only, "Thomas Schneider");
  ASSERT_NE(schneider, nullptr);
  ASSERT_NE(schneider_body, nullptr);
  ASSERT_EQ(schneider->mentions.size(), schneider_body->mentions.size() + 1);
  for (std::size_t i = 0; i < schneider_body->mentions.size(); ++i) {
    EXPECT_EQ(schneider->mentions[i].field, "text");
    EXPECT_EQ(schneider->mentions[i].start, schneider_body->mentions[i].start);
    EXPECT_EQ(schneider->mentions[i].end, schneider_body->mentions[i].end);
  }
}

TEST(AnalyzeImages, CaptionDescriptionIsNotTheBodysLastPerson) {
  Article article = StoryWithPicture();
  article.images[0].caption = "Der Unterhändler am Montag.";
  const Analysis a = Analyze(article);
  for (const Entity& e : a.entities)
    for (const Mention& m : e.mentions) EXPECT_NE(m.text, "Der Unterhändler") << e.name;
}

TEST(AnalyzeImages, BadOrMissingImageTextIsSkipped) {
  Article article = StoryWithPicture();
  article.images[0].caption = std::string("Tohmas \xff\xfe Schnieder", 19);
  article.images.push_back({});  // no caption, no credit
  const Analysis a = Analyze(article);
  for (const Entity& e : a.entities)
    for (const Mention& m : e.mentions) EXPECT_NE(m.field, "images[0].caption") << m.text;
  EXPECT_NE(Named(a, "Anna Schmidt"), nullptr);
}

TEST(AnalyzeImages, JsonHasFieldAndRole) {
  const Analysis a = Analyze(StoryWithPicture());
  std::string out;
  JsonWriter w(out);
  w.BeginObject();
  AppendAnalysisJson(a, w);
  w.EndObject();
  const nlohmann::json j = nlohmann::json::parse(out);
  bool credit = false;
  for (const auto& e : j["entities"]) {
    for (const auto& m : e["mentions"]) EXPECT_TRUE(m.contains("field"));
    if (e["name"] == "Anna Schmidt") {
      credit = true;
      EXPECT_EQ(e["role"], "photographer");
      EXPECT_EQ(e["mentions"][0]["field"], "images[0].credit");
    } else {
      EXPECT_FALSE(e.contains("role")) << e["name"];
    }
  }
  EXPECT_TRUE(credit);
}

}  // namespace
}  // namespace klartext
