// JSON-LD (<script type="application/ld+json">): schema.org entities, as
// one object, an array, or a {"@graph": [...]} (Yoast, most CMSs). The
// article entity is the one whose @type is an article type; references
// {"@id": "…"} (author, publisher) are resolved within the page's graph.
#include <simdjson.h>

#include <map>
#include <memory>
#include <optional>

#include "core/text.h"
#include "core/utf8.h"
#include "extract/metadata_internal.h"

namespace klartext::extract::internal {
namespace {

// A parsed JSON value (a view into its parser's document), and a value
// that may be absent, as a key look-up gives.
using Json = simdjson::dom::element;
using MaybeJson = std::optional<Json>;

// Scripts larger than this are data dumps (state for a web app), not
// metadata; deeper than this nesting is not schema.org.
constexpr std::size_t kMaxJsonLdBytes = std::size_t{2} << 20;
constexpr int kMaxJsonDepth = 64;
// How deep arrays and @graph are followed to find entities.
constexpr int kMaxEntityDepth = 4;

// schema.org types that are the article itself.
constexpr std::string_view kArticleTypes[] = {
    "Article", "NewsArticle", "ReportageNewsArticle", "AnalysisNewsArticle", "OpinionNewsArticle",
    "BackgroundNewsArticle", "ReviewNewsArticle", "AskPublicNewsArticle", "SatiricalArticle",
    "BlogPosting", "LiveBlogPosting", "SocialMediaPosting", "DiscussionForumPosting",
    "ScholarlyArticle", "TechArticle", "Report", "Review", "Recipe", "HowTo",
};
// Types that describe the page, a weaker sign than an article type.
constexpr std::string_view kPageTypes[] = {
    "WebPage", "ItemPage", "AboutPage", "CollectionPage", "ProfilePage", "QAPage", "FAQPage",
    "MediaObject", "VideoObject", "Event",
};

// Deepest bracket nesting outside strings; stops counting past the limit.
int MaxDepth(std::string_view s) {
  int depth = 0, max_depth = 0;
  bool in_string = false;
  for (std::size_t i = 0; i < s.size(); ++i) {
    char c = s[i];
    if (in_string) {
      if (c == '\\') ++i;
      else if (c == '"') in_string = false;
    } else if (c == '"') {
      in_string = true;
    } else if (c == '{' || c == '[') {
      if (++depth > max_depth) max_depth = depth;
      if (max_depth > kMaxJsonDepth) return max_depth;
    } else if (c == '}' || c == ']') {
      --depth;
    }
  }
  return max_depth;
}

// What hand-written JSON-LD gets wrong most: raw control characters
// (line breaks) inside strings, trailing commas, HTML comment wrappers.
std::string Repair(std::string_view s) {
  std::string out;
  out.reserve(s.size());
  bool in_string = false;
  for (std::size_t i = 0; i < s.size(); ++i) {
    char c = s[i];
    auto u = static_cast<unsigned char>(c);
    if (in_string) {
      if (c == '\\' && i + 1 < s.size()) {
        out += c;
        out += s[++i];
        continue;
      }
      if (c == '"') in_string = false;
      out += u < 0x20 ? ' ' : c;
      continue;
    }
    if (c == '"') {
      in_string = true;
    } else if (c == '}' || c == ']') {
      // Drop a comma (and white space) just before a closing bracket.
      std::size_t k = out.find_last_not_of(" \t\r\n");
      if (k != std::string::npos && out[k] == ',') out.erase(k);
    } else if (u < 0x20 && !IsAsciiSpace(c)) {
      continue;
    }
    out += c;
  }
  return out;
}

// Parses the JSON in `text` (from its first bracket to its last) with
// `parser`, as written or else repaired; the value lives as long as the
// parser and its next parse.
MaybeJson ParseLenient(std::string_view text, simdjson::dom::parser& parser) {
  std::size_t begin = text.find_first_of("{[");
  std::size_t end = text.find_last_of("}]");
  if (begin == std::string_view::npos || end == std::string_view::npos || end < begin) return std::nullopt;
  text = text.substr(begin, end - begin + 1);
  if (MaxDepth(text) > kMaxJsonDepth) return std::nullopt;
  Json j;
  if (parser.parse(text.data(), text.size()).get(j) == simdjson::SUCCESS) return j;
  const std::string repaired = Repair(text);
  if (parser.parse(repaired.data(), repaired.size()).get(j) == simdjson::SUCCESS) return j;
  return std::nullopt;
}

// The value of `key` in `obj` if it is an object. A key given twice has
// its last value, as JSON parsers that build maps give it (RFC 8259 leaves
// it open): a CMS that writes a field twice writes the correction last.
MaybeJson Get(const Json& obj, std::string_view key) {
  simdjson::dom::object o;
  if (obj.get(o) != simdjson::SUCCESS) return std::nullopt;
  MaybeJson found;
  for (const simdjson::dom::key_value_pair field : o) {
    if (field.key == key) found = field.value;
  }
  return found;
}

std::string_view Str(const MaybeJson& v) {
  std::string_view s;
  if (!v || v->get(s) != simdjson::SUCCESS) return {};
  return s;
}

// The elements of `v`, which must be an array.
simdjson::dom::array Elements(const Json& v) { return v.get_array().value_unsafe(); }

// Decodes the HTML entities CMSs leave in JSON-LD strings ("&amp;",
// "&#8211;", "&quot;"). Unknown entities stay as written.
std::string DecodeEntities(std::string_view s) {
  if (s.find('&') == std::string_view::npos) return std::string(s);
  static const std::map<std::string_view, std::string_view> kNamed = {
      {"amp", "&"}, {"quot", "\""}, {"apos", "'"}, {"lt", "<"}, {"gt", ">"}, {"nbsp", "\u00a0"},
      {"ndash", "\u2013"}, {"mdash", "\u2014"}, {"hellip", "\u2026"}, {"auml", "ä"}, {"ouml", "ö"},
      {"uuml", "ü"}, {"Auml", "Ä"}, {"Ouml", "Ö"}, {"Uuml", "Ü"}, {"szlig", "ß"},
      {"bdquo", "\u201e"}, {"ldquo", "\u201c"}, {"rdquo", "\u201d"}, {"lsquo", "\u2018"},
      {"rsquo", "\u2019"}, {"laquo", "\u00ab"}, {"raquo", "\u00bb"}, {"lsaquo", "\u2039"},
      {"rsaquo", "\u203a"}, {"copy", "\u00a9"}, {"reg", "\u00ae"}, {"trade", "\u2122"},
      {"euro", "\u20ac"}, {"eacute", "é"}, {"egrave", "è"}, {"aacute", "á"}, {"agrave", "à"},
      {"oacute", "ó"}, {"iacute", "í"}, {"uacute", "ú"}, {"ntilde", "ñ"}, {"ccedil", "ç"},
      {"shy", ""}, {"#039", "'"},
  };
  std::string out;
  for (std::size_t i = 0; i < s.size();) {
    std::size_t semi = s[i] == '&' ? s.find(';', i) : std::string_view::npos;
    if (semi != std::string_view::npos && semi - i <= 10) {
      std::string_view name = s.substr(i + 1, semi - i - 1);
      if (StartsWith(name, "#") && name.size() > 1) {
        bool hex = name[1] == 'x' || name[1] == 'X';
        std::uint32_t cp = 0;
        bool ok = name.size() > (hex ? 2u : 1u);
        for (std::size_t k = hex ? 2 : 1; k < name.size() && ok; ++k) {
          char ch = name[k];
          int d = ch >= '0' && ch <= '9' ? ch - '0'
                  : hex && (ch | 32) >= 'a' && (ch | 32) <= 'f' ? (ch | 32) - 'a' + 10 : -1;
          if (d < 0 || cp > 0x10FFFF) ok = false;
          else cp = cp * (hex ? 16 : 10) + static_cast<std::uint32_t>(d);
        }
        if (ok && cp > 0 && cp <= 0x10FFFF && !(cp >= 0xD800 && cp <= 0xDFFF)) {
          AppendUtf8(out, cp);
          i = semi + 1;
          continue;
        }
      } else if (auto it = kNamed.find(name); it != kNamed.end()) {
        out += it->second;
        i = semi + 1;
        continue;
      }
    }
    out += s[i++];
  }
  return out;
}

std::string Text(const MaybeJson& v) { return DecodeEntities(Str(v)); }

bool HasType(const Json& entity, std::span<const std::string_view> types) {
  const MaybeJson t = Get(entity, "@type");
  if (!t) return false;
  auto match = [&](const Json& x) {
    std::string_view name = Str(x);
    if (name.empty()) return false;
    if (std::size_t slash = name.rfind('/'); slash != std::string_view::npos) name.remove_prefix(slash + 1);
    for (std::string_view want : types) {
      if (name == want) return true;
    }
    return false;
  };
  if (t->is_array()) {
    for (const Json x : Elements(*t)) {
      if (match(x)) return true;
    }
    return false;
  }
  return match(*t);
}

// The first element of an array, else the value itself.
MaybeJson FirstIfArray(MaybeJson v) {
  if (!v || !v->is_array()) return v;
  const simdjson::dom::array a = Elements(*v);
  if (a.begin() == a.end()) return v;
  return *a.begin();
}

std::string FirstType(const Json& entity) { return std::string(Str(FirstIfArray(Get(entity, "@type")))); }

// Every object reachable through arrays and @graph, in document order.
void CollectEntities(const Json& j, int depth, std::vector<Json>& out) {
  if (depth > kMaxEntityDepth) return;
  if (j.is_array()) {
    for (const Json x : Elements(j)) CollectEntities(x, depth + 1, out);
  } else if (j.is_object()) {
    if (Get(j, "@type")) out.push_back(j);
    if (const MaybeJson g = Get(j, "@graph")) CollectEntities(*g, depth + 1, out);
  }
}

// Blog systems show a person by a display name that is often the first
// name alone ("Nils"), while the author's biography opens with the full
// name ("Nils Pickert ist freier Autor …"). A one-word name followed in
// the biography by capitalised words takes up to kMaxBioSurnameWords of
// them; anything else is left as it is.
constexpr std::size_t kMaxBioSurnameWords = 2;

bool StartsCapitalised(std::string_view w) {
  if (w.empty()) return false;
  const auto u = static_cast<unsigned char>(w[0]);
  if (u >= 'A' && u <= 'Z') return true;
  // Latin-1 capitals À..Þ are C3 80..C3 9E in UTF-8.
  return u == 0xC3 && w.size() > 1 && static_cast<unsigned char>(w[1]) >= 0x80 &&
         static_cast<unsigned char>(w[1]) <= 0x9E;
}

std::string FullNameFromBio(const std::string& name, std::string_view bio) {
  if (name.empty() || name.find(' ') != std::string::npos) return name;
  bio = Trim(bio);
  if (!StartsWith(bio, name) || bio.size() <= name.size() || bio[name.size()] != ' ') return name;
  std::string full = name;
  std::string_view rest = bio.substr(name.size() + 1);
  for (std::size_t n = 0; n < kMaxBioSurnameWords; ++n) {
    const std::size_t end = std::min(rest.find(' '), rest.size());
    const std::string_view word = rest.substr(0, end);
    const bool letters_only = word.find_first_of(".,;:!?()0123456789\"") == std::string_view::npos;
    if (!StartsCapitalised(word) || !letters_only) break;
    full.append(" ").append(word);
    if (end == rest.size()) break;
    rest = rest.substr(end + 1);
  }
  return full;
}

class Reader {
 public:
  Reader(MetadataCollector& c, const std::vector<Json>& entities) : c_(c), entities_(entities) {
    for (const Json& e : entities) {
      std::string_view id = Str(Get(e, "@id"));
      if (!id.empty()) ids_.emplace(id, e);
    }
  }

  // {"@id": "x"} → the entity with that id; anything else → itself.
  Json Resolve(const Json& v) const {
    if (v.is_object() && !Get(v, "name")) {
      std::string_view id = Str(Get(v, "@id"));
      if (auto it = ids_.find(id); !id.empty() && it != ids_.end()) return it->second;
    }
    return v;
  }

  void Authors(const Json& v, int depth = 0) {
    if (depth > 2) return;
    if (v.is_string()) {
      c_.OfferAuthor(DecodeEntities(Str(v)), Source::kJsonLd);
    } else if (v.is_array()) {
      for (const Json x : Elements(v)) Authors(x, depth + 1);
    } else if (v.is_object()) {
      const Json a = Resolve(v);
      static constexpr std::string_view kOrg[] = {"Organization", "NewsMediaOrganization", "Corporation"};
      // Blog plugins type a site's owner as ["Person", "Organization"]:
      // with "Person" among the types it is a person.
      static constexpr std::string_view kPerson[] = {"Person"};
      bool org = HasType(a, kOrg) && !HasType(a, kPerson);
      const MaybeJson name = Get(a, "name");
      if (name && name->is_array()) {
        Authors(*name, depth + 1);
      } else {
        c_.OfferAuthor(FullNameFromBio(Text(name), Text(Get(a, "description"))), Source::kJsonLd, org);
      }
    }
  }

  void Images(const Json& v, int depth = 0) {
    if (depth > 2) return;
    if (v.is_string()) {
      c_.OfferImage(Str(v), "");
    } else if (v.is_array()) {
      for (const Json x : Elements(v)) Images(x, depth + 1);
    } else if (v.is_object()) {
      const Json img = Resolve(v);
      std::string_view url = Str(Get(img, "url"));
      if (url.empty()) url = Str(Get(img, "contentUrl"));
      c_.OfferImage(url, Text(Get(img, "caption")));
    }
  }

  void Strings(Sourced<std::vector<std::string>>& field, const MaybeJson& v, bool split) {
    if (!v) return;
    if (v->is_string()) {
      std::string s = Text(v);
      if (split) c_.OfferKeywords(field, s, Source::kJsonLd);
      else c_.OfferList(field, s, Source::kJsonLd);
    } else if (v->is_array()) {
      for (const Json x : Elements(*v)) {
        if (x.is_string()) c_.OfferList(field, DecodeEntities(Str(x)), Source::kJsonLd);
      }
    }
  }

  std::string_view PublisherName(const Json& entity) const {
    const MaybeJson p = FirstIfArray(Get(entity, "publisher"));
    if (!p) return {};
    if (p->is_string()) return Str(p);
    // A blog published by a person: the name is the author's, and taken
    // as the site's it would strike the author from the byline.
    static constexpr std::string_view kPerson[] = {"Person"};
    if (HasType(Resolve(*p), kPerson)) return {};
    return Str(Get(Resolve(*p), "name"));
  }

  void Main(const Json& e) {
    constexpr Source kS = Source::kJsonLd;
    PageMetadata& m = c_.m;
    m.page_type = FirstType(e);
    std::string title = Text(Get(e, "headline"));
    if (title.empty()) title = Text(Get(e, "name"));
    c_.OfferText(m.title, title, kS);
    c_.OfferText(m.description, Text(Get(e, "description")), kS);
    c_.OfferDate(m.published, Str(Get(e, "datePublished")), kS);
    c_.OfferDate(m.published, Str(Get(e, "dateCreated")), kS);
    c_.OfferDate(m.modified, Str(Get(e, "dateModified")), kS);
    // "creator" is often the publication itself ("DER SPIEGEL"): read it
    // only where no author is given.
    if (const MaybeJson a = Get(e, "author")) {
      Authors(*a);
    } else if (const MaybeJson cr = Get(e, "creator")) {
      Authors(*cr);
    }
    Strings(m.categories, Get(e, "articleSection"), false);
    Strings(m.tags, Get(e, "keywords"), true);
    if (const MaybeJson img = Get(e, "image")) Images(*img);
    if (const MaybeJson lang = Get(e, "inLanguage")) {
      if (lang->is_string()) c_.OfferLanguage(Str(lang), kS);
      else c_.OfferLanguage(Str(Get(*lang, "alternateName")), kS);
    }
    c_.OfferText(m.sitename, DecodeEntities(PublisherName(e)), kS);
    std::string_view url = Str(Get(e, "url"));
    if (const MaybeJson mep = Get(e, "mainEntityOfPage"); url.empty() && mep) {
      url = mep->is_string() ? Str(mep) : Str(Get(*mep, "@id"));
      if (url.empty()) url = Str(Get(*mep, "url"));
    }
    c_.OfferUrl(url, kS);
  }

  void Run() {
    MaybeJson main;
    for (const Json& e : entities_) {
      if (HasType(e, kArticleTypes)) {
        main = e;
        break;
      }
    }
    for (const Json& e : entities_) {
      if (!main && HasType(e, kPageTypes)) main = e;
    }
    if (main) Main(*main);
    // The site's name from a WebSite entity when no publisher named it.
    static constexpr std::string_view kSite[] = {"WebSite"};
    for (const Json& e : entities_) {
      if (HasType(e, kSite)) c_.OfferText(c_.m.sitename, Text(Get(e, "name")), Source::kJsonLd);
    }
  }

 private:
  MetadataCollector& c_;
  const std::vector<Json>& entities_;
  std::map<std::string_view, Json> ids_;
};

bool IsJsonLdScript(const html::Document& doc, html::NodeId id) {
  return doc[id].tag == html::Tag::k_script && ContainsIgnoreCase(doc.Attr(id, "type"), "ld+json");
}

}  // namespace

void ReadJsonLd(const html::Document& doc, MetadataCollector& c) {
  // All scripts are parsed first so that @id references can cross scripts:
  // each with a parser of its own, which holds its values.
  std::vector<std::unique_ptr<simdjson::dom::parser>> parsers;
  std::vector<Json> roots;
  for (html::NodeId id = 0; id < doc.size(); ++id) {
    if (!doc[id].is_element() || !IsJsonLdScript(doc, id)) continue;
    std::string text;
    html::ForEachChild(doc, id, [&](html::NodeId ch) {
      if (doc[ch].is_text() && text.size() < kMaxJsonLdBytes) text += doc[ch].text;
    });
    if (text.size() >= kMaxJsonLdBytes) continue;
    if (parsers.size() == roots.size()) parsers.push_back(std::make_unique<simdjson::dom::parser>());
    if (const MaybeJson j = ParseLenient(text, *parsers.back())) roots.push_back(*j);
  }
  std::vector<Json> entities;
  for (const Json& r : roots) CollectEntities(r, 0, entities);
  if (entities.empty()) return;
  Reader(c, entities).Run();
}

}  // namespace klartext::extract::internal
