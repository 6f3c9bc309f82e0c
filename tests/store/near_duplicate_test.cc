#include "store/near_duplicate.h"

#include <gtest/gtest.h>

#include <string>

namespace klartext::store {
namespace {

std::string Story(int paragraphs, const std::string& topic) {
  std::string s;
  for (int i = 0; i < paragraphs; ++i) {
    s += "Im Streit um " + topic + " haben sich die Beteiligten am Abend auf einen Kompromiss geeinigt, Teil " +
         std::to_string(i) + " regelt die Fristen. ";
  }
  return s;
}

bool ShareABand(const MinHashSignature& a, const MinHashSignature& b) {
  const auto ka = MinHashBandKeys(a), kb = MinHashBandKeys(b);
  for (int i = 0; i < kMinHashBands; ++i) {
    if (ka[static_cast<std::size_t>(i)] == kb[static_cast<std::size_t>(i)]) return true;
  }
  return false;
}

TEST(MinHash, ShortTextsGetNoSignature) {
  EXPECT_TRUE(ComputeMinHash("").empty);
  EXPECT_TRUE(ComputeMinHash("Nur ein kurzer Satz.").empty);
  EXPECT_FALSE(ComputeMinHash(Story(4, "die Rente")).empty);
  EXPECT_EQ(EstimatedJaccard(ComputeMinHash(""), ComputeMinHash("")), 0);
}

TEST(MinHash, CopiesAreSimilarAndOtherStoriesNot) {
  const MinHashSignature story = ComputeMinHash(Story(10, "die Rente"));
  const MinHashSignature copy = ComputeMinHash("Berlin (dpa) - " + Story(9, "die Rente") + " Mehr zum Thema lesen Sie hier.");
  // Same topic, another story: different sentences about the pension.
  const MinHashSignature other = ComputeMinHash(
      "Die Rentenkasse meldet für das vergangene Jahr einen Überschuss, weil mehr Menschen arbeiten als erwartet. "
      "Ökonomen warnen dennoch vor steigenden Beiträgen, sobald die geburtenstarken Jahrgänge in den Ruhestand gehen. "
      "Die Opposition verlangt einen Plan, wie das Niveau der Rente bis zum Ende des Jahrzehnts gehalten werden soll, "
      "und kündigt für die kommende Woche einen eigenen Antrag im Bundestag an, über den im Herbst abgestimmt wird.");
  EXPECT_EQ(EstimatedJaccard(story, story), 1.0);
  EXPECT_GE(EstimatedJaccard(story, copy), kNearDuplicateJaccard);
  EXPECT_TRUE(ShareABand(story, copy));
  EXPECT_LT(EstimatedJaccard(story, other), kNearDuplicateJaccard);
}

TEST(MinHash, CaseDoesNotMatter) {
  const std::string story = Story(6, "die Rente");
  std::string upper = story;
  for (char& c : upper) c = static_cast<char>(c >= 'a' && c <= 'z' ? c - 32 : c);
  EXPECT_EQ(ComputeMinHash(story).mins, ComputeMinHash(upper).mins);
}

TEST(MinHash, SerializesRoundTrip) {
  const MinHashSignature sig = ComputeMinHash(Story(5, "die Rente"));
  const std::string bytes = sig.Serialize();
  EXPECT_EQ(bytes.size(), 4u * kMinHashes);
  const MinHashSignature back = MinHashSignature::Deserialize(bytes);
  EXPECT_FALSE(back.empty);
  EXPECT_EQ(back.mins, sig.mins);
  EXPECT_TRUE(MinHashSignature::Deserialize("short").empty);
  EXPECT_TRUE(MinHashSignature().Serialize().empty());
}

}  // namespace
}  // namespace klartext::store
