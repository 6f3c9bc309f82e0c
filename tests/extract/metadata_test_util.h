// Shared by the metadata tests: parse an inline HTML fixture and read it.
#ifndef KLARTEXT_TESTS_EXTRACT_METADATA_TEST_UTIL_H_
#define KLARTEXT_TESTS_EXTRACT_METADATA_TEST_UTIL_H_

#include <gtest/gtest.h>

#include <string>
#include <string_view>

#include "extract/metadata.h"
#include "html/parse.h"
#include "klartext/extract.h"

namespace klartext::extract::testing {

inline PageMetadata ReadHtml(std::string_view html, std::string_view url = "https://www.example.de/a/b.html") {
  auto doc = html::ParseHtml(std::string(html));
  EXPECT_TRUE(doc.ok());
  if (!doc.ok()) return {};
  return ReadDeclaredMetadata(*doc, url);
}

// Two paragraphs of article text for fixtures that test the metadata
// rules through the whole Extract.
inline constexpr std::string_view kBody =
    "<p>Der Gemeinderat hat am Dienstagabend nach langer Debatte beschlossen, die Brücke über den "
    "Mühlbach im kommenden Frühjahr zu erneuern. Die Kosten trägt zum größten Teil das Land.</p>"
    "<p>Die Arbeiten sollen im März beginnen und bis zum Sommer dauern. Bis dahin wird der Verkehr "
    "über die Nordstraße umgeleitet, wie die Verwaltung mitteilte.</p>";

// Extracts a fixture page; fails the test if Extract fails.
inline Article ExtractPage(const std::string& html, std::string_view url = "https://www.beispielblatt.example/a/b") {
  ExtractOptions options;
  options.url = std::string(url);
  Result<Article> r = Extract(html, options);
  EXPECT_TRUE(r.ok()) << r.status().ToString();
  return r.ok() ? std::move(r).value() : Article{};
}

}  // namespace klartext::extract::testing

#endif  // KLARTEXT_TESTS_EXTRACT_METADATA_TEST_UTIL_H_
