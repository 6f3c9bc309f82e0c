#include "extract/credit.h"

#include <gtest/gtest.h>

namespace klartext::extract {
namespace {

void ExpectSplit(std::string_view text, std::string_view caption, std::string_view credit) {
  CaptionCredit c = SplitCredit(text);
  EXPECT_EQ(c.caption, caption) << text;
  EXPECT_EQ(c.credit, credit) << text;
}

TEST(SplitCreditTest, CopyrightSignGluedOn) {
  ExpectSplit(
      "Kriill Dmetrijew (rechts) tauscht sich mit US-Vertreter:innen in Washington aus.\u00a9 Evelyn "
      "Hockstein/Pool Reuters/dpa",
      "Kriill Dmetrijew (rechts) tauscht sich mit US-Vertreter:innen in Washington aus.",
      "Evelyn Hockstein/Pool Reuters/dpa");
}

TEST(SplitCreditTest, Markers) {
  ExpectSplit("Die Kanzlerin in Berlin. Foto: Michael Kappeler/dpa", "Die Kanzlerin in Berlin.",
              "Michael Kappeler/dpa");
  ExpectSplit("Die Kanzlerin in Berlin. Fotos: Anna Müller", "Die Kanzlerin in Berlin.", "Anna Müller");
  ExpectSplit("Ein Bild der Lage | Bild: picture alliance", "Ein Bild der Lage", "picture alliance");
  ExpectSplit("Sunset over the bay. Photo: Jane Doe", "Sunset over the bay.", "Jane Doe");
  ExpectSplit("Sunset. Image: NASA", "Sunset.", "NASA");
  ExpectSplit("A chart. Source: Eurostat", "A chart.", "Eurostat");
  ExpectSplit("Eine Grafik. Quelle: Destatis", "Eine Grafik.", "Destatis");
  ExpectSplit("Sunset. Credit: Jane Doe/Getty Images", "Sunset.", "Jane Doe/Getty Images");
  ExpectSplit("Sunset (c) Jane Doe", "Sunset", "Jane Doe");
  ExpectSplit("Die Kanzlerin (Foto: dpa)", "Die Kanzlerin", "dpa");
  ExpectSplit("Die Kanzlerin. Foto: \u00a9 dpa", "Die Kanzlerin.", "dpa");
  ExpectSplit("\u00a9 dpa", "", "dpa");
}

TEST(SplitCreditTest, UnmarkedKnownSources) {
  ExpectSplit("President speaks in Washington. (AP Photo/Evan Vucci)", "President speaks in Washington.",
              "AP Photo/Evan Vucci");
  ExpectSplit("Demonstranten in Berlin. Michael Kappeler/dpa", "Demonstranten in Berlin.",
              "Michael Kappeler/dpa");
  ExpectSplit("Getty Images", "", "Getty Images");
}

TEST(SplitCreditTest, NoCredit) {
  ExpectSplit("Die Kanzlerin in Berlin.", "Die Kanzlerin in Berlin.", "");
  ExpectSplit("Infofotos: keine", "Infofotos: keine", "");
  ExpectSplit("", "", "");
}

}  // namespace
}  // namespace klartext::extract
