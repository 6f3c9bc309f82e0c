#include "compare_own.h"

#include <cstdio>
#include <string>

#include "decode/decode.h"
#include "html/parse.h"
#include "html/tree_builder/tree_builder.h"

namespace klartext::bench {
namespace {

std::string ElementSequence(const html::Document& doc) {
  std::string out;
  for (html::NodeId id = 0; id < doc.size(); ++id) {
    if (!doc[id].is_element()) continue;
    out.append(doc[id].name);
    out.push_back(' ');
  }
  return out;
}

std::string CollapsedText(const html::Document& doc) {
  const std::string text = html::InnerText(doc, html::Document::kRoot);
  std::string out;
  bool space = false;
  for (char c : text) {
    if (c == ' ' || c == '\n' || c == '\t' || c == '\r' || c == '\f') {
      space = true;
      continue;
    }
    if (space && !out.empty()) out.push_back(' ');
    space = false;
    out.push_back(c);
  }
  return out;
}

}  // namespace

int CompareOwnWithGumbo(const std::vector<Page>& pages) {
  std::size_t same_elements = 0, same_text = 0;
  for (const Page& page : pages) {
    // As in production: the decode stage hands the parser valid UTF-8.
    const std::string utf8 = decode::DecodeToUtf8(page.bytes, "", /*is_html=*/true).utf8;
    auto gumbo = html::ParseHtml(utf8);
    auto own = html::ParseHtmlWithOwnParser(utf8);
    if (!gumbo.ok() || !own.ok()) {
      std::printf("  %s: a parser failed\n", page.name.c_str());
      continue;
    }
    same_elements += ElementSequence(*gumbo) == ElementSequence(*own);
    const std::string a = CollapsedText(*gumbo), b = CollapsedText(*own);
    if (a == b) {
      ++same_text;
    } else {
      std::size_t i = 0;
      while (i < a.size() && i < b.size() && a[i] == b[i]) ++i;
      std::printf("  text differs: %s at byte %zu of %zu/%zu\n", page.name.c_str(), i, a.size(), b.size());
    }
  }
  std::printf("own parser vs ParseHtml (Gumbo) on %zu pages: identical element sequence %zu, "
              "identical visible text %zu\n",
              pages.size(), same_elements, same_text);
  return 0;
}

}  // namespace klartext::bench
