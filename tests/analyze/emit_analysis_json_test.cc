#include "io/emit_analysis_json.h"

#include <gtest/gtest.h>

#include <nlohmann/json.hpp>
#include <string>

#include "klartext/analyze.h"

namespace klartext {
namespace {

TEST(EmitAnalysisJson, StatementsAndEntitiesWithOffsets) {
  const Analysis a = AnalyzeText("Das sei gut, sagte Thomas Weber in Köln.", "de");
  std::string out;
  JsonWriter w(out);
  w.BeginObject();
  AppendAnalysisJson(a, w);
  w.EndObject();
  const nlohmann::json j = nlohmann::json::parse(out);
  ASSERT_EQ(j["statements"].size(), 1u);
  const auto& s = j["statements"][0];
  EXPECT_EQ(s["kind"], "indirect");
  EXPECT_EQ(s["text"], "Das sei gut");
  EXPECT_EQ(s["cue"], "sagte");
  EXPECT_EQ(s["speaker"]["text"], "Thomas Weber");
  EXPECT_EQ(s["start"], 0);
  EXPECT_EQ(s["end"], 11);
  const int entity = s["speaker"]["entity"];
  EXPECT_EQ(j["entities"][entity]["name"], "Thomas Weber");
  EXPECT_EQ(j["entities"][entity]["type"], "person");
  EXPECT_EQ(j["entities"][entity]["mentions"][0]["text"], "Thomas Weber");
  EXPECT_EQ(j["entities"][entity]["mentions"][0]["field"], "text");
  EXPECT_FALSE(j["entities"][entity].contains("role"));
}

TEST(EmitAnalysisJson, UnresolvedSpeakerIsNull) {
  Analysis a;
  a.statements.push_back({});
  std::string out;
  JsonWriter w(out);
  w.BeginObject();
  AppendAnalysisJson(a, w);
  w.EndObject();
  const nlohmann::json j = nlohmann::json::parse(out);
  EXPECT_TRUE(j["statements"][0]["speaker"]["entity"].is_null());
  EXPECT_TRUE(j["entities"].empty());
}

}  // namespace
}  // namespace klartext
