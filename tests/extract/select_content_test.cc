// Which part of an HTML page is chosen as the article
// (extract/select_content.h), seen through Extract.
#include <gtest/gtest.h>

#include <string>

#include "klartext/extract.h"

namespace klartext {
namespace {

std::string ArticleText(const std::string& page) {
  Result<Article> a = Extract(page, {.input_format = InputFormat::kHtml});
  return a.ok() ? a->Text() : std::string();
}

std::string Paragraph(const std::string& topic) {
  return "<p>" + topic +
         " is the subject of this paragraph, which goes on for a while, with commas, clauses, and "
         "enough words to count as body text in any scoring, as a real paragraph would.</p>";
}

TEST(SelectContentTest, SidebarWithMoreTextIsNotTheArticle) {
  const std::string page =
      "<html><body><div id=\"page\"><div><h1>Harbour reopens</h1>" + Paragraph("The harbour") +
      Paragraph("The ferry") + "</div><aside><div>" + Paragraph("Our club") + Paragraph("Our members") +
      Paragraph("Our history") + Paragraph("Our sponsors") + "</div></aside></div></body></html>";
  const std::string text = ArticleText(page);
  EXPECT_NE(text.find("The harbour is the subject"), std::string::npos);
  EXPECT_EQ(text.find("Our club"), std::string::npos);
}

TEST(SelectContentTest, ContentWordOnMetaLineEarnsNoBonus) {
  // "article-meta" says "article" but names the date line: with the class
  // bonus it outscores the body, whose paragraphs have no commas, and the
  // links beside the body keep the region from climbing to take it in.
  const std::string first =
      "<p>The harbour reopened on Monday after the storm damage was repaired by the city workers in "
      "only two weeks</p>";
  const std::string second =
      "<p>The ferry to the island runs again from Tuesday and the timetable is the same as it was "
      "before the storm</p>";
  const std::string page =
      "<html><body><div id=\"wrap\"><div><div class=\"article-meta\"><p>Published on the third of "
      "May 2024 at noon</p></div></div><div><div>" + first + "</div><div>" + second +
      "</div></div><ul><li><a href=\"/a\">Weather and traffic today</a></li><li><a href=\"/b\">Sport "
      "results from the weekend</a></li><li><a href=\"/c\">Letters to the editor</a></li><li><a "
      "href=\"/d\">Puzzles and the crossword</a></li><li><a href=\"/e\">Events in the region</a></li>"
      "<li><a href=\"/f\">Obituaries and notices</a></li></ul>"
      "</div></body></html>";
  const std::string text = ArticleText(page);
  EXPECT_NE(text.find("The harbour reopened"), std::string::npos);
  EXPECT_NE(text.find("The ferry to the island"), std::string::npos);
}

TEST(SelectContentTest, LongerBodyBeatsSmallContentBox) {
  const std::string links =
      "<ul><li><a href=\"/a\">Weather and traffic today</a></li><li><a href=\"/b\">Sport results from "
      "the weekend</a></li><li><a href=\"/c\">Letters to the editor</a></li><li><a href=\"/d\">Puzzles "
      "and the crossword</a></li></ul>";
  const std::string page =
      "<html><body><div><div><div class=\"content\"><p>About us: we are a small team of editors, "
      "designers and developers, and we publish news from the region every day, in print and online, "
      "since 1998.</p></div></div>" + links + "</div><div><div><div>" + Paragraph("The harbour") +
      Paragraph("The ferry") + Paragraph("The timetable") + Paragraph("The fare") + "</div></div>" + links +
      "</div></body></html>";
  const std::string text = ArticleText(page);
  EXPECT_NE(text.find("The harbour is the subject"), std::string::npos);
  EXPECT_NE(text.find("The fare is the subject"), std::string::npos);
}

TEST(SelectContentTest, ArticleNamedByTheTitleBeatsTheNextStory) {
  // Endless scrolling: the next story, longer, is loaded below the first.
  const std::string page =
      "<html><head><title>Blessing for cars on Saturday | Daily Paper</title></head><body>"
      "<article><h1>Blessing for cars on Saturday</h1>" + Paragraph("The blessing") +
      Paragraph("The parking lot") + Paragraph("The sticker") + "</article><article><h1>Prosecutor "
      "speaks</h1>" + Paragraph("The prosecutor") + Paragraph("The court") + Paragraph("The budget") +
      Paragraph("The appeal") + Paragraph("The verdict") + Paragraph("The press") + "</article></body></html>";
  const std::string text = ArticleText(page);
  EXPECT_NE(text.find("The blessing is the subject"), std::string::npos);
  EXPECT_EQ(text.find("The prosecutor is the subject"), std::string::npos);
}

// Links beside the body keep the region from climbing to their parent.
const std::string kLinks =
    "<ul><li><a href=\"/a\">Weather and traffic today</a></li><li><a href=\"/b\">Sport results from the "
    "weekend</a></li><li><a href=\"/c\">Letters to the editor</a></li><li><a href=\"/d\">Puzzles and the "
    "crossword</a></li><li><a href=\"/e\">Events in the region</a></li><li><a href=\"/f\">Obituaries and "
    "notices</a></li><li><a href=\"/g\">Jobs and classified adverts</a></li></ul>";

TEST(SelectContentTest, AuthorBoxNextToTheBodyStaysOut) {
  // A long <p> beside the body joins the region as a paragraph, unless its
  // own class names it as an author box.
  const std::string page =
      "<html><body><div><div>" + Paragraph("The harbour") + Paragraph("The ferry") + Paragraph("The fare") +
      "</div><p class=\"author-bio\">Jane writes about boats, harbours and the sea, and has done so for "
      "twenty years from her small house on the coast.</p><p>Jane also wrote this closing line for readers "
      "of the paper, who have asked about the ferry for many years now.</p>" + kLinks +
      "</div></body></html>";
  const std::string text = ArticleText(page);
  EXPECT_NE(text.find("The harbour is the subject"), std::string::npos);
  EXPECT_EQ(text.find("Jane writes about boats"), std::string::npos);
  EXPECT_NE(text.find("Jane also wrote this closing line"), std::string::npos);
}

TEST(SelectContentTest, LoginFormMessagesAreNotALongerBody) {
  // A sign-up form's error messages outweigh a short story's text; the
  // form is no body when the story lies outside it.
  std::string messages;
  for (int i = 0; i < 9; ++i) {
    messages += "<p>Please enter a valid e-mail address, number " + std::to_string(i) + " to go on.</p>";
  }
  const std::string page =
      "<html><body><div><div class=\"content\"><p>The harbour reopened on Monday, two weeks after the "
      "storm, and the first ferry left for the island at noon, with forty passengers, a bus, and the "
      "mayor on board.</p></div>" + kLinks + "</div><form action=\"/login\"><div>" + messages +
      "</div></form></body></html>";
  const std::string text = ArticleText(page);
  EXPECT_NE(text.find("The harbour reopened"), std::string::npos);
  EXPECT_EQ(text.find("valid e-mail address"), std::string::npos);
}

TEST(SelectContentTest, IndentationDoesNotMakeAVideoTextACaption) {
  // A video page: the player's markup, indented, then its description in
  // a caption-named box. The box holds the article's text, not a caption,
  // and white space between tags weighs nothing against it.
  std::string player = "<div class=\"player\">";
  for (int i = 0; i < 60; ++i) player += "\n                                        <div></div>";
  player += "\n</div>";
  const std::string page =
      "<html><body><article><h1>Harbour reopens</h1>" + player +
      "<div class=\"item-caption\"><p>The harbour reopened on Monday, two weeks after the storm, and the "
      "first ferry left for the island at noon, with forty passengers, a bus, and the mayor on board.</p>"
      "</div></article>" + kLinks + "</body></html>";
  const std::string text = ArticleText(page);
  EXPECT_NE(text.find("The harbour reopened"), std::string::npos);
}

}  // namespace
}  // namespace klartext
