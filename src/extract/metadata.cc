// Placeholder: <title> and <html lang> only, until the full reader lands.
#include "extract/metadata.h"

#include "core/text.h"

namespace klartext::extract {

PageMetadata ReadDeclaredMetadata(const html::Document& doc, std::string_view page_url) {
  PageMetadata m;
  html::NodeId t = doc.FindFirst(html::Tag::k_title);
  if (t != html::kNoNode) {
    m.title = {CollapseWhitespace(html::InnerText(doc, t)), Source::kMeta};
  }
  html::NodeId h = doc.FindFirst(html::Tag::k_html);
  if (h != html::kNoNode) {
    std::string lang = AsciiLower(doc.Attr(h, "lang"));
    if (!lang.empty()) m.language = {lang.substr(0, lang.find_first_of("-_")), Source::kMeta};
  }
  if (!page_url.empty()) m.url = {std::string(page_url), Source::kCaller};
  return m;
}

}  // namespace klartext::extract
