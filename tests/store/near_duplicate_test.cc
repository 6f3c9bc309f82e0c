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

TEST(SimHash, ShortTextsGetNoHash) {
  EXPECT_EQ(SimHash(""), 0u);
  EXPECT_EQ(SimHash("Nur ein kurzer Satz."), 0u);
  EXPECT_NE(SimHash(Story(4, "die Rente")), 0u);
}

TEST(SimHash, CopiesAreCloseAndOtherStoriesFar) {
  const std::string story = Story(10, "die Rente");
  const std::string copy = "Berlin (dpa) - " + Story(9, "die Rente") + " Mehr zum Thema lesen Sie hier.";
  const std::string other = Story(10, "den Haushalt des Landes Brandenburg und die Schulden");
  EXPECT_EQ(SimHash(story), SimHash(story));
  EXPECT_LE(HammingDistance(SimHash(story), SimHash(copy)), kNearDuplicateBits);
  EXPECT_GT(HammingDistance(SimHash(story), SimHash(other)), kNearDuplicateBits);
}

TEST(SimHash, CaseDoesNotMatter) {
  const std::string story = Story(6, "die Rente");
  std::string upper = story;
  for (char& c : upper) c = static_cast<char>(c >= 'a' && c <= 'z' ? c - 32 : c);
  EXPECT_EQ(SimHash(story), SimHash(upper));
}

TEST(SimHashBands, CloseHashesShareABand) {
  const std::uint64_t a = 0x0123456789abcdefULL;
  std::uint64_t b = a;
  for (int bit : {1, 9, 17, 25, 33, 41, 49}) b ^= std::uint64_t{1} << bit;  // 7 bits, 7 bands touched
  ASSERT_EQ(HammingDistance(a, b), 7);
  const auto ba = SimHashBands(a), bb = SimHashBands(b);
  int equal = 0;
  for (int i = 0; i < kSimHashBands; ++i) equal += ba[static_cast<std::size_t>(i)] == bb[static_cast<std::size_t>(i)];
  EXPECT_EQ(equal, 1);
}

}  // namespace
}  // namespace klartext::store
