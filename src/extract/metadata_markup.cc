// Declarations written into the visible markup: microdata (itemprop inside
// itemscope), <time datetime>, and elements marked as the author's
// (rel=author, class="author|byline"), plus the first <h1> as a last resort
// for the title.
#include <algorithm>
#include <cstdint>
#include <string>
#include <vector>

#include "core/string_memo.h"
#include "core/text.h"
#include "extract/byline.h"
#include "extract/metadata_internal.h"
#include "extract/url.h"

namespace klartext::extract::internal {
namespace {

using html::Document;
using html::NodeId;
using html::Tag;

// How many author-like elements are kept as candidates: the byline is near
// the top of the article; later ones are teasers, comments, author boxes.
constexpr std::size_t kMaxMarkupAuthorCandidates = 8;
// "YYYY-MM-DD": the shortest machine date an hAtom title holds.
constexpr std::size_t kIsoDateBytes = 10;
// Longer than this is a heading that is not one (a whole teaser in <h1>).
constexpr std::size_t kMaxHeadingBytes = 300;

// The value of a microdata property (HTML Living Standard, "itemprop").
std::string PropertyValue(const Document& doc, NodeId id) {
  if (doc.HasAttr(id, "content")) return std::string(doc.Attr(id, "content"));
  switch (doc[id].tag) {
    case Tag::k_meta: return std::string(doc.Attr(id, "content"));
    case Tag::k_a:
    case Tag::k_link: return std::string(doc.Attr(id, "href"));
    case Tag::k_img:
    case Tag::k_audio:
    case Tag::k_video:
    case Tag::k_source:
    case Tag::k_iframe:
    case Tag::k_embed: return std::string(doc.Attr(id, "src"));
    case Tag::k_time:
      if (doc.HasAttr(id, "datetime")) return std::string(doc.Attr(id, "datetime"));
      break;
    case Tag::k_abbr:
      // Microformats (hAtom) write the machine date in <abbr title=…>.
      if (doc.HasAttr(id, "title")) return std::string(doc.Attr(id, "title"));
      break;
    default:
      break;
  }
  if (doc.HasAttr(id, "datetime")) return std::string(doc.Attr(id, "datetime"));
  return CollapseWhitespace(html::InnerText(doc, id));
}

// The nearest ancestor (or self when `include_self`) that has itemscope.
NodeId ScopeOf(const Document& doc, NodeId id, bool include_self) {
  for (NodeId p = include_self ? id : doc[id].parent; p != html::kNoNode; p = doc[p].parent) {
    if (doc[p].is_element() && doc.HasAttr(p, "itemscope")) return p;
  }
  return html::kNoNode;
}

bool ScopeIs(const Document& doc, NodeId scope, std::string_view type_part) {
  return scope != html::kNoNode && ContainsIgnoreCase(doc.Attr(scope, "itemtype"), type_part);
}

bool IsArticleScope(const Document& doc, NodeId scope) {
  return ScopeIs(doc, scope, "Article") || ScopeIs(doc, scope, "Posting") || ScopeIs(doc, scope, "Report");
}

// The itemprop="name" value inside an item (author or publisher), or "".
std::string ItemName(const Document& doc, NodeId item) {
  for (NodeId d = item + 1; d < doc.SubtreeEnd(item); ++d) {
    if (doc[d].is_element() && HasTokenIgnoreCase(doc.Attr(d, "itemprop"), "name")) return PropertyValue(doc, d);
  }
  return "";
}

struct Candidate {
  NodeId id;
  bool in_article;
};

}  // namespace

void ReadMicrodata(const Document& doc, MetadataCollector& c) {
  // Properties of the article item are offered before those of other items
  // (teasers, breadcrumbs), so that the article's own win within the source.
  std::vector<Candidate> props;
  for (NodeId id = 0; id < doc.size(); ++id) {
    if (!doc[id].is_element() || !doc.HasAttr(id, "itemprop")) continue;
    NodeId scope = ScopeOf(doc, id, false);
    if (ScopeIs(doc, scope, "Comment")) continue;  // reader comments have authors and dates too
    props.push_back({id, IsArticleScope(doc, scope)});
  }
  constexpr Source kS = Source::kMicrodata;
  PageMetadata& m = c.m;
  // Authors come from one item: the first whose author is offered. Pages
  // that list works (a paper's references, a review's related books) mark
  // each as an article item with authors of its own.
  NodeId author_scope = html::kNoNode;
  for (bool article_pass : {true, false}) {
    for (const Candidate& p : props) {
      if (p.in_article != article_pass) continue;
      NodeId id = p.id;
      for (std::string_view prop : SplitAny(doc.Attr(id, "itemprop"), " \t\n")) {
        std::string name = AsciiLower(prop);
        if (name == "headline") {
          c.OfferText(m.title, PropertyValue(doc, id), kS);
        } else if (name == "datepublished" || name == "datecreated") {
          c.OfferDate(m.published, PropertyValue(doc, id), kS);
        } else if (name == "datemodified") {
          c.OfferDate(m.modified, PropertyValue(doc, id), kS);
        } else if (name == "author" || name == "creator") {
          std::string v = doc.HasAttr(id, "itemscope") ? ItemName(doc, id) : PropertyValue(doc, id);
          bool org = ScopeIs(doc, id, "Organization");
          const NodeId scope = ScopeOf(doc, id, false);
          if (author_scope == html::kNoNode) author_scope = scope;
          if (scope == author_scope) c.OfferAuthor(v, kS, org);
        } else if (name == "publisher" && doc.HasAttr(id, "itemscope")) {
          c.OfferText(m.sitename, ItemName(doc, id), kS);
        } else if (name == "articlesection" && article_pass) {
          c.OfferList(m.categories, PropertyValue(doc, id), kS);
        } else if (name == "keywords" && article_pass) {
          c.OfferKeywords(m.tags, PropertyValue(doc, id), kS);
        } else if (name == "inlanguage") {
          c.OfferLanguage(PropertyValue(doc, id), kS);
        } else if (name == "description" && article_pass) {
          c.OfferText(m.description, PropertyValue(doc, id), kS);
        }
      }
    }
  }
}

// True inside an element whose class or id marks reader comments.
bool InComment(const Document& doc, NodeId id) {
  for (NodeId p = doc[id].parent; p != html::kNoNode; p = doc[p].parent) {
    if (!doc[p].is_element()) continue;
    if (ContainsIgnoreCase(doc.Attr(p, "class"), "comment") || ContainsIgnoreCase(doc.Attr(p, "id"), "comment")) {
      return true;
    }
  }
  return false;
}

namespace {

// hAtom's "value-title" pattern: an element (often empty) of class
// `published` or `updated` whose title is the machine date ("<span
// class=updated title=2013-04-04T18:52:11+00:00>"). <time> keeps its
// datetime instead; a title that is not an ISO date is a tooltip.
bool IsHAtomTitleDate(const Document& doc, NodeId id) {
  if (!doc[id].is_element() || doc[id].tag == Tag::k_time || !doc.HasAttr(id, "title")) return false;
  std::string_view cls = doc.Attr(id, "class");
  if (!HasTokenIgnoreCase(cls, "published") && !HasTokenIgnoreCase(cls, "updated")) return false;
  std::string_view title = doc.Attr(id, "title");
  return title.size() >= kIsoDateBytes && title[4] == '-' && title[7] == '-' &&
         std::all_of(title.begin(), title.begin() + 4, [](char ch) { return ch >= '0' && ch <= '9'; }) &&
         !InComment(doc, id);
}

}  // namespace

void ReadTimeElements(const Document& doc, MetadataCollector& c) {
  // <time pubdate> (HTML5 draft, still in WordPress themes) names the
  // publication time outright; else the first <time> inside <article>.
  NodeId first_in_article = html::kNoNode;
  NodeId first_anywhere = html::kNoNode;
  for (NodeId id = 0; id < doc.size(); ++id) {
    if (IsHAtomTitleDate(doc, id)) {
      std::string_view cls = doc.Attr(id, "class");
      c.OfferDate(HasTokenIgnoreCase(cls, "updated") ? c.m.modified : c.m.published, doc.Attr(id, "title"),
                  Source::kTimeTag);
      continue;
    }
    if (doc[id].tag != Tag::k_time || !doc.HasAttr(id, "datetime")) continue;
    std::string_view cls = doc.Attr(id, "class");
    if (ContainsIgnoreCase(cls, "updated") || ContainsIgnoreCase(cls, "modified")) {
      c.OfferDate(c.m.modified, doc.Attr(id, "datetime"), Source::kTimeTag);
      continue;
    }
    if (doc.HasAttr(id, "pubdate") || ContainsIgnoreCase(cls, "published")) {
      c.OfferDate(c.m.published, doc.Attr(id, "datetime"), Source::kTimeTag);
      continue;
    }
    if (first_anywhere == html::kNoNode && !InComment(doc, id)) first_anywhere = id;
    if (first_in_article != html::kNoNode) continue;
    for (NodeId p = doc[id].parent; p != html::kNoNode; p = doc[p].parent) {
      if (doc[p].tag == Tag::k_article) {
        first_in_article = id;
        break;
      }
    }
  }
  if (first_in_article != html::kNoNode) {
    c.OfferDate(c.m.published, doc.Attr(first_in_article, "datetime"), Source::kTimeTag);
  }
  // Pages without <article> put the post's <time> in a <div>; the first
  // one outside reader comments is the post's own far more often than a
  // teaser's. Only when nothing more specific declared the date.
  if (!c.m.published.found() && first_anywhere != html::kNoNode) {
    c.OfferDate(c.m.published, doc.Attr(first_anywhere, "datetime"), Source::kTimeTag);
  }
}

namespace {

// class/id words that mark an author or byline element; and words that,
// in the same attribute, mean it is something else (an avatar, the author
// box under the article, a comment's author).
constexpr std::string_view kAuthorMarks[] = {"author", "byline", "autor", "writer", "verfasser"};
constexpr std::string_view kNotAuthorMarks[] = {"comment", "avatar", "image", "img", "photo", "bio",
                                                "description", "about", "social", "share", "follow"};

// The two word lists, each searched in one pass, ignoring ASCII case; the
// marks are lower-case ASCII, so this finds what ContainsIgnoreCase would
// (doc/performance.md).
struct AuthorMarkSets {
  SubstringSet author{kAuthorMarks};
  SubstringSet not_author{kNotAuthorMarks};
};

const AuthorMarkSets& MarkSets() {
  static const AuthorMarkSets sets;
  return sets;
}

// What a class value says of its element, as remembered per page: the
// not-author words are searched only where an author word is found, as
// that is the only case that asks for them.
enum class ClassMarks : std::uint8_t { kNone, kAuthor, kAuthorButNot };

ClassMarks ClassMarksOf(std::string_view cls) {
  if (!MarkSets().author.FoundInIgnoringCase(cls)) return ClassMarks::kNone;
  return MarkSets().not_author.FoundInIgnoringCase(cls) ? ClassMarks::kAuthorButNot : ClassMarks::kAuthor;
}

// `class_marks` remembers ClassMarksOf each class value of the page: this
// runs for every element with a class, and the same class strings repeat
// on most of them. Ids are searched each time: they rarely repeat.
bool MarkedAsAuthor(const Document& doc, NodeId id, StringMemo<ClassMarks>& class_marks) {
  // Both found in one pass over the attributes; the first of a name wins,
  // as in Document::Attr.
  std::string_view cls, ident;
  bool have_cls = false, have_ident = false;
  for (const html::Attribute& a : doc.attributes(id)) {
    if (!have_cls && a.name == "class") {
      cls = a.value;
      have_cls = true;
    } else if (!have_ident && a.name == "id") {
      ident = a.value;
      have_ident = true;
    }
  }
  if (cls.empty() && ident.empty()) return false;
  // An author word in the class or the id, and no not-author word in
  // either.
  const ClassMarks marks = cls.empty() ? ClassMarks::kNone : class_marks.Get(cls, ClassMarksOf);
  bool class_says_not;
  if (marks == ClassMarks::kNone) {
    if (!MarkSets().author.FoundInIgnoringCase(ident)) return false;
    class_says_not = MarkSets().not_author.FoundInIgnoringCase(cls);  // rare: only the id has an author word
  } else {
    class_says_not = marks == ClassMarks::kAuthorButNot;
  }
  return !class_says_not && !MarkSets().not_author.FoundInIgnoringCase(ident);
}

// A picture's licence box names the photographer in an "author" element
// ("<div class=license-info> … <span class=author-name>"): whoever an
// element inside such a box names took the picture, not wrote the text.
constexpr std::string_view kPictureCreditBoxMarks[] = {"license", "licence"};
// How far up the box is looked for: the name's element, its link, the box.
constexpr int kMaxCreditBoxDepth = 3;

bool InPictureCreditBox(const Document& doc, NodeId id) {
  NodeId a = id;
  for (int up = 0; up < kMaxCreditBoxDepth && a != html::kNoNode; ++up, a = doc[a].parent) {
    static const SubstringSet kMarks(kPictureCreditBoxMarks);
    if (kMarks.FoundInIgnoringCase(doc.Attr(a, "class"))) return true;
  }
  return false;
}

}  // namespace

// True when the <h1> is the site's name rather than the page's headline:
// blog themes write "<h1><a href="/">Blog name</a></h1>" on every page and
// put the post's title in an <h2>. The heading is a link to the home page
// (path "/" or none) and the link holds all of its text.
bool IsSiteHeading(const Document& doc, NodeId h1, std::string_view text, std::string_view page_url) {
  for (NodeId d = h1 + 1; d < doc.SubtreeEnd(h1); ++d) {
    if (doc[d].tag != Tag::k_a || !doc.HasAttr(d, "href")) continue;
    // An archived copy's links point into the archive: compare the pages
    // archived.
    const std::string resolved = ResolveUrl(page_url, Trim(doc.Attr(d, "href")));
    const std::string target(ArchivedOriginal(resolved));
    const std::string host = UrlHost(target);
    if (host.empty() || (!page_url.empty() && !EqualsIgnoreCase(host, UrlHost(ArchivedOriginal(page_url))))) {
      return false;
    }
    // What follows the host: "", "/" or something deeper.
    const std::size_t at = target.find(host);
    std::string_view path = std::string_view(target).substr(at + host.size());
    if (!path.empty() && path.front() == ':') path = path.substr(std::min(path.size(), path.find('/')));
    if (!(path.empty() || path == "/")) return false;
    return CollapseWhitespace(html::InnerText(doc, d)) == text;
  }
  return false;
}

void ReadAuthorMarkup(const Document& doc, MetadataCollector& c) {
  // Author marks before the headline <h1> are mostly teasers' (a slider of
  // columns, a header's "latest by"): they are tried after those that
  // follow it, and counted apart, so that a run of teasers does not use up
  // the candidates before the article's byline is reached.
  std::vector<std::string> before_h1;
  StringMemo<ClassMarks> class_marks;
  std::size_t candidates = 0;
  bool have_h1 = false;
  for (NodeId id = 0; id < doc.size(); ++id) {
    const html::Node& n = doc[id];
    if (!n.is_element()) continue;
    if (n.tag == Tag::k_h1 && !have_h1) {
      std::string h = CollapseWhitespace(html::InnerText(doc, id));
      if (IsSiteHeading(doc, id, h, c.page_url)) {
        c.OfferText(c.m.sitename, h, Source::kMarkup);
        continue;
      }
      have_h1 = true;
      if (h.size() <= kMaxHeadingBytes) {
        c.OfferText(c.m.title, h, Source::kMarkup);
        c.first_h1 = std::move(h);
      }
      continue;
    }
    if ((have_h1 ? candidates : before_h1.size()) >= kMaxMarkupAuthorCandidates) continue;
    if (n.tag == Tag::k_script || n.tag == Tag::k_style || n.tag == Tag::k_meta || n.tag == Tag::k_link) continue;
    bool rel_author = (n.tag == Tag::k_a) && HasTokenIgnoreCase(doc.Attr(id, "rel"), "author");
    // Some CMSs (and NewsML-style templates) use <byline> or <author> elements.
    bool author_element = n.tag == Tag::kOther && (n.name == "byline" || n.name == "author");
    if (!rel_author && !author_element && !MarkedAsAuthor(doc, id, class_marks)) continue;
    if (InPictureCreditBox(doc, id)) continue;
    std::string text = CollapseWhitespace(html::InnerText(doc, id));
    if (text.empty() || text.size() > kMaxBylineBytes) continue;
    if (!have_h1) {
      before_h1.push_back(std::move(text));
      continue;
    }
    c.OfferAuthor(text, Source::kMarkup);
    ++candidates;
  }
  for (const std::string& text : before_h1) c.OfferAuthor(text, Source::kMarkup);
}

}  // namespace klartext::extract::internal
