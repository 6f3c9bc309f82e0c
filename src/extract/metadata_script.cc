// Publication dates and authors in page scripts that are not JSON-LD: the
// state a JavaScript front end is rendered from ("published_at":
// "2019-03-02T…", "publishedDate": "2016-11-04T20:37:27Z", "authors":
// [{"name": …}]). Shops, review sites and single-page apps write them
// nowhere else. The date keys are the ones content APIs use for the first
// publication; "updated…" keys are not read. Both are last resorts
// (PageMetadata::script_published, script_author), Source::kInferred.
#include <algorithm>
#include <array>
#include <optional>
#include <string>
#include <string_view>

#include "core/text.h"
#include "extract/date_parse.h"
#include "extract/metadata_internal.h"
#include "html/dom.h"

namespace klartext::extract::internal {
namespace {

// JSON keys naming the first publication; each counts only between quotes
// (so "datePublishedLabel" does not), escaped or not.
constexpr std::string_view kPublishedKeys[] = {
    "datePublished",   // schema.org names reused in app state
    "published_at",    // Rails/Shopify/Ghost content APIs
    "publishedAt",     // headless CMS (Contentful, Sanity, Strapi)
    "publishedDate",   // review and news APIs
    "publishDate",     // CMS APIs
    "publish_date",    // Django/WordPress exports
    "date_published",  // JSON Feed
    "firstPublished",  // news CMSs
};

// Scripts longer than this are libraries, not page state; only their
// start is read.
constexpr std::size_t kMaxScriptBytes = 1 << 20;
// A date value is at most this long ("2019-03-02T06:22:28.000+01:00").
constexpr std::size_t kMaxDateValueBytes = 40;

bool IsScriptWithState(const html::Document& doc, html::NodeId id) {
  if (doc[id].tag != html::Tag::k_script) return false;
  const std::string_view type = doc.Attr(id, "type");
  // JSON-LD is read by metadata_jsonld.cc; templates and the like are not data.
  if (ContainsIgnoreCase(type, "ld+json")) return false;
  return type.empty() || ContainsIgnoreCase(type, "javascript") || ContainsIgnoreCase(type, "json");
}

// The date value of the key that ends at `i` (just after its name):
// `"key": "VALUE"`, or `\"key\":\"VALUE\"` in state embedded as a string.
std::optional<DateTime> ValueAfterKey(std::string_view text, std::size_t i) {
  if (i < text.size() && text[i] == '\\') ++i;
  if (i >= text.size() || text[i] != '"') return std::nullopt;
  ++i;
  auto skip = [&](std::string_view chars) {
    while (i < text.size() && chars.find(text[i]) != std::string_view::npos) ++i;
  };
  skip(" \t");
  if (i >= text.size() || text[i] != ':') return std::nullopt;
  ++i;
  skip(" \t\\\"");
  const std::size_t start = i;
  while (i < text.size() && i - start < kMaxDateValueBytes && text[i] != '"' && text[i] != '\\') ++i;
  const std::string_view value = text.substr(start, i - start);
  if (value.empty() || value[0] < '0' || value[0] > '9') return std::nullopt;
  return ParseDateTime(value);
}

// Keys that name the article's author in front-end state, each with a
// string or an object/array whose first "name" is the person.
constexpr std::string_view kAuthorKeys[] = {"author", "authors", "byline"};
// A name is at most this long; longer strings are descriptions.
constexpr std::size_t kMaxScriptNameBytes = 80;
// How far into an object or array the "name" of the first entry is looked for.
constexpr std::size_t kMaxNameLookahead = 160;

// The string value starting at `i` (just after its opening quote), up to
// the closing quote; "" when it is too long to be a name.
std::string_view StringAt(std::string_view text, std::size_t i) {
  const std::size_t end = text.find('"', i);
  if (end == std::string_view::npos || end - i > kMaxScriptNameBytes) return {};
  std::string_view v = text.substr(i, end - i);
  if (!v.empty() && v.back() == '\\') v.remove_suffix(1);  // escaped state: \"Name\"
  return v;
}

// The author named after the key that ends at `i`: `"author": "Name"`,
// `"authors": [{"name": "Name", …}]`.
std::string_view AuthorAfterKey(std::string_view text, std::size_t i) {
  if (i >= text.size() || text[i] != '"') return {};
  ++i;
  while (i < text.size() && (text[i] == ' ' || text[i] == '\t')) ++i;
  if (i >= text.size() || text[i] != ':') return {};
  ++i;
  while (i < text.size() && (text[i] == ' ' || text[i] == '\t')) ++i;
  if (i >= text.size()) return {};
  if (text[i] == '"') return StringAt(text, i + 1);
  if (text[i] != '[' && text[i] != '{') return {};
  const std::string_view window = text.substr(i, kMaxNameLookahead);
  const std::size_t name = window.find("\"name\"");
  if (name == std::string_view::npos) return {};
  std::size_t j = name + 6;
  while (j < window.size() && (window[j] == ' ' || window[j] == ':' || window[j] == '\t')) ++j;
  if (j >= window.size() || window[j] != '"') return {};
  return StringAt(text, i + j + 1);
}

// Calls fn(k, p) for each place p, in text order, where keys[k] starts
// right after a '"' (the keys count only between quotes), until fn returns
// true. One pass over the quotes of the text instead of one search per
// key: page state runs to hundreds of KiB.
template <std::size_t N, typename Fn>
void ForEachQuotedKey(std::string_view text, const std::string_view (&keys)[N], Fn&& fn) {
  // The bytes keys start with: most quotes open no key at all.
  std::array<bool, 256> first{};
  for (std::string_view key : keys) first[static_cast<unsigned char>(key[0])] = true;
  for (std::size_t q = text.find('"'); q != std::string_view::npos; q = text.find('"', q + 1)) {
    const std::size_t p = q + 1;
    if (p >= text.size() || !first[static_cast<unsigned char>(text[p])]) continue;
    for (std::size_t k = 0; k < N; ++k) {
      if (text.compare(p, keys[k].size(), keys[k]) == 0 && fn(k, p)) return;
    }
  }
}

// The text of a script element: its one text child as it is, else its
// text children joined, up to kMaxScriptBytes.
std::string_view ScriptText(const html::Document& doc, html::NodeId id, std::string& joined) {
  std::string_view only;
  int texts = 0;
  html::ForEachChild(doc, id, [&](html::NodeId ch) {
    if (!doc[ch].is_text()) return;
    if (++texts == 1) only = doc[ch].text;
    if (joined.size() < kMaxScriptBytes) joined += doc[ch].text;
  });
  return texts == 1 ? only : std::string_view(joined);
}

}  // namespace

void ReadScriptAuthor(const html::Document& doc, MetadataCollector& c) {
  for (html::NodeId id = 0; id < doc.size(); ++id) {
    if (!doc[id].is_element() || !IsScriptWithState(doc, id)) continue;
    std::string joined;
    const std::string_view text = ScriptText(doc, id, joined);
    // The first valid place of each key; the earliest key in the list wins.
    std::string_view found[std::size(kAuthorKeys)];
    ForEachQuotedKey(text, kAuthorKeys, [&](std::size_t k, std::size_t p) {
      if (!found[k].empty()) return false;
      const std::string_view name = AuthorAfterKey(text, p + kAuthorKeys[k].size());
      if (name.empty() || name[0] == '{' || name.find("http") != std::string_view::npos) return false;
      found[k] = name;
      return k == 0;  // nothing can come before the first key
    });
    for (std::string_view name : found) {
      if (name.empty()) continue;
      c.m.script_author = {std::string(name), Source::kInferred};
      return;
    }
  }
}

void ReadScriptDates(const html::Document& doc, MetadataCollector& c) {
  for (html::NodeId id = 0; id < doc.size(); ++id) {
    if (!doc[id].is_element() || !IsScriptWithState(doc, id)) continue;
    std::string joined;
    const std::string_view text = ScriptText(doc, id, joined);
    // The first key in the script: the page's own item comes before lists
    // of related items in the state.
    std::optional<DateTime> when;
    ForEachQuotedKey(text, kPublishedKeys, [&](std::size_t k, std::size_t p) {
      when = ValueAfterKey(text, p + kPublishedKeys[k].size());
      return when.has_value();
    });
    if (when) {
      c.m.script_published = {when->ToIso(), Source::kInferred};
      return;
    }
  }
}

}  // namespace klartext::extract::internal
