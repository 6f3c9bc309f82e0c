// The headline of a text capture: what stands between it and the body
// (bylines, tag lists, share bars, picture credits) is not taken for it.
#include <gtest/gtest.h>

#include <string>

#include "klartext/extract.h"

namespace klartext::extract {
namespace {

constexpr std::string_view kBody =
    "Der Gemeinderat hat am Dienstagabend nach langer Debatte beschlossen, die Brücke über den Mühlbach im "
    "kommenden Frühjahr zu erneuern. Die Kosten trägt zum größten Teil das Land.\n\n"
    "Die Arbeiten sollen im März beginnen und bis zum Sommer dauern. Bis dahin wird der Verkehr über die "
    "Nordstraße umgeleitet, wie die Verwaltung mitteilte. Anwohner können sich im Rathaus informieren.\n\n"
    "Der Bürgermeister sprach von einer guten Nachricht für die Pendler aus dem Umland, die seit Jahren "
    "auf die Sanierung warten.\n";

std::string TitleOf(const std::string& capture) {
  Result<Article> a = Extract(capture, {.input_format = InputFormat::kText});
  EXPECT_TRUE(a.ok());
  return a.ok() ? a->title : std::string();
}

TEST(TextTitleTest, LinesBetweenHeadlineAndBodyAreNotTheHeadline) {
  const std::string headline = "Die Brücke über den Mühlbach wird im Frühjahr erneuert";
  // Each of these lines, right above the body, read as a headline before.
  for (const char* between : {
           "Von Anna Müller und Peter Schmidt",                 // a byline
           "brücke, mühlbach, verkehr, gemeinderat, umleitung",  // a tag list
           "teilen twittern mailen drucken kommentieren",        // a share bar in lower case
           "Die alte Brücke im Winter. Foto: Max Muster",        // a caption with its credit
           "[Bild: Die alte Brücke über den Mühlbach]",          // a renderer's image placeholder
           "Am Mühlbach im WinterAm Mühlbach im Winter",         // a caption printed twice
       }) {
    const std::string capture = "Start Politik Lokales Sport\n\n" + headline + "\n\n" + between + "\n\n" +
                                std::string(kBody);
    EXPECT_EQ(TitleOf(capture), headline) << between;
  }
}

}  // namespace
}  // namespace klartext::extract
