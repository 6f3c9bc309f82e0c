// Shared by the metadata tests: parse an inline HTML fixture and read it.
#ifndef KLARTEXT_TESTS_EXTRACT_METADATA_TEST_UTIL_H_
#define KLARTEXT_TESTS_EXTRACT_METADATA_TEST_UTIL_H_

#include <gtest/gtest.h>

#include <string_view>

#include "extract/metadata.h"
#include "html/parse.h"

namespace klartext::extract::testing {

inline PageMetadata ReadHtml(std::string_view html, std::string_view url = "https://www.example.de/a/b.html") {
  auto doc = html::ParseHtml(html);
  EXPECT_TRUE(doc.ok());
  if (!doc.ok()) return {};
  return ReadDeclaredMetadata(*doc, url);
}

}  // namespace klartext::extract::testing

#endif  // KLARTEXT_TESTS_EXTRACT_METADATA_TEST_UTIL_H_
