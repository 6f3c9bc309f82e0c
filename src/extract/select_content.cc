#include "extract/select_content.h"

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <string>

#include "core/text.h"

namespace klartext::extract {
namespace {

using blocks::Block;
using blocks::Kind;
using html::Document;
using html::NodeId;
using html::Tag;

// Readability's numbers, which hold up across the web: a paragraph of at
// least kMinScoredChars counts; it earns 1 point, 1 per comma, and 1 per
// kCharsPerPoint characters up to kMaxLengthPoints.
constexpr std::uint32_t kMinScoredChars = 25;
constexpr double kCharsPerPoint = 100;
constexpr double kMaxLengthPoints = 3;
// Points reach this many ancestor levels; level 0 gets all, level 1 half,
// deeper levels 1/(3·level).
constexpr int kScoreAncestorLevels = 5;
// Class/id words move a candidate by this much (Readability's class weight).
constexpr double kClassWeight = 25;
// Semantic article elements (<article>, <main>, itemprop=articleBody) get
// this bonus: they are declared, not guessed.
constexpr double kArticleElementBonus = 10;
// Siblings join the top candidate when they score at least this share of
// it, and at least kMinSiblingScore.
constexpr double kSiblingScoreShare = 0.2;
constexpr double kMinSiblingScore = 10;
// … unless its own class or tag names boilerplate, a byline or comments.
constexpr std::uint32_t kSiblingStopFlags = blocks::kBoilerClass | blocks::kMetaClass | blocks::kInComments |
                                            blocks::kInAside | blocks::kInFooter | blocks::kInNav;
// A plain paragraph sibling joins when it is long and not link-heavy …
constexpr std::uint32_t kSiblingParagraphChars = 80;
constexpr double kSiblingParagraphMaxLinkDensity = 0.25;
// When an ancestor of the top candidate is an article element and the
// candidate already holds this share of the ancestor's paragraph text,
// the ancestor is the better region (it brings the lead and subheads).
constexpr double kWidenToArticleShare = 0.6;
// Text counts as good for climbing when its block is scored and has less
// than this share of link text.
constexpr double kGoodMaxLinkDensity = 0.3;
// The region climbs from the top candidate to its parent while what the
// parent adds is at least this share good text: an article split into
// sections joins up, a page frame full of menus and teasers does not.
constexpr double kClimbMinGoodShare = 0.7;

// A candidate scoring at least this share of the top one and holding
// kLongerBodyFactor times its good text replaces it: a "content" box with
// one paragraph (a footer column, a teaser) can outscore a classless body
// on its class word alone, never by much.
constexpr double kCloseScoreShare = 0.6;
constexpr double kLongerBodyFactor = 2;

// An <h1> text this short ("News") names no article.
constexpr std::size_t kMinHeadlineBytes = 10;
// See PreferHeadlineArticle: a few paragraphs of body text.
constexpr std::uint32_t kMinHeadlineBodyChars = 400;

// Alternative candidates within this share of the top one that share an
// ancestor with it pull the choice up to that ancestor (Readability).
constexpr double kAlternativeShare = 0.75;
constexpr int kMinAlternatives = 3;

// An element inside an <aside>, <footer> or <nav> is not the article,
// however much text it holds (a sidebar's "about us" box, a footer's legal
// text): its score is scaled down by this factor, and its text does not
// draw the region up (Climb). Only the tags count: class words land on
// article containers too ("article-body pagination-first"), tags are
// declared. Scaling rather than dropping keeps pages that wrap everything
// in one of them choosable.
constexpr double kInFurnitureFactor = 0.3;

bool IsFurnitureTag(Tag tag) { return tag == Tag::k_aside || tag == Tag::k_footer || tag == Tag::k_nav; }

bool IsScored(const Block& b) {
  if (b.chars < kMinScoredChars) return false;
  switch (b.kind) {
    case Kind::kParagraph: case Kind::kQuote: case Kind::kCode: case Kind::kListItem:
      return true;
    default:
      return false;
  }
}

double TagScore(Tag tag) {
  switch (tag) {
    case Tag::k_div: case Tag::k_article: case Tag::k_main: case Tag::k_section: return 5;
    case Tag::k_pre: case Tag::k_td: case Tag::k_blockquote: return 3;
    case Tag::k_address: case Tag::k_ol: case Tag::k_ul: case Tag::k_dl: case Tag::k_dd:
    case Tag::k_dt: case Tag::k_li: case Tag::k_form: return -3;
    case Tag::k_h1: case Tag::k_h2: case Tag::k_h3: case Tag::k_h4: case Tag::k_h5:
    case Tag::k_h6: case Tag::k_th: return -5;
    default: return 0;
  }
}

struct Scores {
  std::vector<double> score;    // the final score
  std::vector<double> points;   // paragraph points alone
  std::vector<double> initial;  // tag and class/id score
  // Bytes, not std::vector<bool>: one entry per node is read and written
  // in the passes over every node, where bit access costs more.
  std::vector<std::uint8_t> candidate;
  std::vector<std::uint32_t> chars;       // paragraph text below the element
  std::vector<std::uint32_t> link_chars;  // of which inside links
  std::vector<std::uint32_t> good_chars;  // of which in scored, link-poor blocks
  std::vector<std::uint8_t> in_form;      // the element is or lies in a <form>
};

double InitialScore(const Document& doc, const blocks::BlockStream& s, NodeId id) {
  double score = TagScore(doc[id].tag);
  const std::uint32_t own = s.own_flags[id];
  if (own & blocks::kBoilerClass) score -= kClassWeight;
  if (own & blocks::kInComments) score -= kClassWeight;
  // "articleMeta", "entry-meta", "post-date": a content word naming a
  // byline or date line is no article container.
  if ((own & blocks::kContentClass) && !(own & blocks::kMetaClass)) score += kClassWeight;
  if (own & blocks::kInArticle) score += kArticleElementBonus;
  return score;
}

Scores ScoreElements(const Document& doc, const blocks::BlockStream& s) {
  Scores sc;
  sc.score.assign(doc.size(), 0);
  sc.points.assign(doc.size(), 0);
  sc.initial.assign(doc.size(), 0);
  sc.candidate.assign(doc.size(), false);
  sc.chars.assign(doc.size(), 0);
  sc.link_chars.assign(doc.size(), 0);
  sc.good_chars.assign(doc.size(), 0);
  // Whether each element is or lies in page furniture (pre-order: a
  // parent comes before its children).
  std::vector<std::uint8_t> in_furniture(doc.size(), 0);
  sc.in_form.assign(doc.size(), false);
  for (NodeId id = 1; id < doc.size(); ++id) {
    const NodeId parent = doc[id].parent;
    in_furniture[id] = IsFurnitureTag(doc[id].tag) || (parent != html::kNoNode && in_furniture[parent]);
    sc.in_form[id] = doc[id].tag == Tag::k_form || (parent != html::kNoNode && sc.in_form[parent]);
  }
  for (const Block& b : s.blocks) {
    if (b.node == html::kNoNode || b.kind == Kind::kImage) continue;
    const bool good = IsScored(b) && b.link_density() < kGoodMaxLinkDensity &&
                      !b.has(blocks::kHidden) && !b.has(blocks::kInComments) && !in_furniture[b.node];
    for (NodeId a = b.node; a != html::kNoNode; a = doc[a].parent) {
      sc.chars[a] += b.chars;
      sc.link_chars[a] += b.link_chars;
      if (good) sc.good_chars[a] += b.chars;
    }
    if (!IsScored(b) || b.has(blocks::kHidden)) continue;
    // Counted as an integer (vectorised), not summed as a double byte by
    // byte: every scored block's text passes here.
    const auto commas = static_cast<double>(std::count(b.text.begin(), b.text.end(), ','));
    const double points = 1 + commas + std::min(std::floor(b.chars / kCharsPerPoint), kMaxLengthPoints);
    // Level 0 is the element holding the block's element (a <p>'s <div>);
    // a block that is itself a <div> scores its own parent the same way.
    NodeId a = b.container;
    for (int level = 0; level < kScoreAncestorLevels && a != html::kNoNode && a != 0;
         ++level, a = doc[a].parent) {
      if (!doc[a].is_element()) break;
      if (!sc.candidate[a]) {
        sc.candidate[a] = true;
        sc.initial[a] = InitialScore(doc, s, a);
      }
      const double divider = level == 0 ? 1 : level == 1 ? 2 : level * 3;
      sc.points[a] += points / divider;
    }
  }
  for (NodeId id = 0; id < doc.size(); ++id) {
    if (!sc.candidate[id] || sc.chars[id] == 0) continue;
    const double bonus = sc.initial[id];
    const double link_density = double(sc.link_chars[id]) / sc.chars[id];
    sc.score[id] = (sc.points[id] + bonus) * (1 - std::min(1.0, link_density));
    if (in_furniture[id]) sc.score[id] *= kInFurnitureFactor;
  }
  return sc;
}

bool IsAncestor(const Document& doc, NodeId ancestor, NodeId node) {
  return node >= ancestor && node < doc.SubtreeEnd(ancestor);
}

// The page's headline: an <h1> whose text the <title> holds (titles add
// the site's name). None when no <h1> matches.
NodeId FindHeadline(const Document& doc) {
  const NodeId title_node = doc.FindFirst(Tag::k_title);
  if (title_node == html::kNoNode) return html::kNoNode;
  const std::string title = FoldCase(CollapseWhitespace(html::InnerText(doc, title_node)));
  for (NodeId id = 0; id < doc.size(); ++id) {
    if (!doc[id].is_element() || doc[id].tag != Tag::k_h1) continue;
    const std::string text = FoldCase(CollapseWhitespace(html::InnerText(doc, id)));
    if (text.size() >= kMinHeadlineBytes && title.find(text) != std::string::npos) return id;
  }
  return html::kNoNode;
}

// Pages that load the next stories below the first (endless scrolling)
// hold several articles; the one the page is about carries the headline
// its <title> names. When the top candidate lies elsewhere, the nearest
// candidate around that headline with kMinHeadlineBodyChars of good text
// takes its place.
NodeId PreferHeadlineArticle(const Document& doc, const Scores& sc, NodeId top) {
  const NodeId headline = FindHeadline(doc);
  if (headline == html::kNoNode || IsAncestor(doc, top, headline)) return top;
  for (NodeId a = doc[headline].parent; a != html::kNoNode && a != 0; a = doc[a].parent) {
    const Tag tag = doc[a].tag;
    if (tag == Tag::k_body || tag == Tag::k_html || IsAncestor(doc, a, top)) return top;
    if (sc.candidate[a] && sc.good_chars[a] >= kMinHeadlineBodyChars &&
        double(sc.link_chars[a]) < kGoodMaxLinkDensity * sc.chars[a]) {
      return a;
    }
  }
  return top;
}

NodeId ChooseTop(const Document& doc, const Scores& sc) {
  NodeId top = html::kNoNode;
  for (NodeId id = 0; id < doc.size(); ++id) {
    if (sc.candidate[id] && (top == html::kNoNode || sc.score[id] > sc.score[top])) top = id;
  }
  if (top == html::kNoNode) return top;
  // A near-equal candidate with several times the good text is the body;
  // the top one won on a class name or a few commas (see kCloseScoreShare).
  NodeId longer = html::kNoNode;
  for (NodeId id = 0; id < doc.size(); ++id) {
    if (!sc.candidate[id] || id == top || sc.score[id] < kCloseScoreShare * sc.score[top]) continue;
    if (sc.good_chars[id] < kLongerBodyFactor * sc.good_chars[top]) continue;
    if (IsAncestor(doc, id, top) || IsAncestor(doc, top, id)) continue;
    // A login or sign-up form holds many lines of messages; it is no body
    // unless the page wraps everything in its form, the top one included.
    if (sc.in_form[id] && !sc.in_form[top]) continue;
    if (longer == html::kNoNode || sc.score[id] > sc.score[longer]) longer = id;
  }
  if (longer != html::kNoNode) top = longer;
  // Readability: several near-equal candidates below one ancestor mean the
  // article is split into sections; the ancestor is the article.
  std::vector<NodeId> alternatives;
  for (NodeId id = 0; id < doc.size(); ++id) {
    if (id != top && sc.candidate[id] && sc.score[id] >= kAlternativeShare * sc.score[top]) {
      alternatives.push_back(id);
    }
  }
  if (static_cast<int>(alternatives.size()) >= kMinAlternatives) {
    for (NodeId a = doc[top].parent; a != html::kNoNode && doc[a].tag != Tag::k_body; a = doc[a].parent) {
      int inside = 0;
      for (NodeId alt : alternatives) inside += IsAncestor(doc, a, alt);
      if (inside >= kMinAlternatives) {
        top = a;
        break;
      }
    }
  }
  // An only child is no better than its parent: climb.
  while (doc[top].parent != html::kNoNode && doc[top].parent != 0) {
    NodeId parent = doc[top].parent;
    if (doc[parent].tag == Tag::k_body || doc[parent].tag == Tag::k_html) break;
    int element_children = 0;
    html::ForEachChild(doc, parent, [&](NodeId c) { element_children += doc[c].is_element(); });
    if (element_children != 1) break;
    top = parent;
  }
  return top;
}

// Climbs while the parent adds mostly good text (see kClimbMinGoodShare).
NodeId Climb(const Document& doc, const Scores& sc, NodeId top) {
  for (NodeId parent = doc[top].parent; parent != html::kNoNode && parent != 0; parent = doc[top].parent) {
    const Tag tag = doc[parent].tag;
    if (tag == Tag::k_body || tag == Tag::k_html) break;
    const double added = double(sc.chars[parent]) - sc.chars[top];
    const double added_good = double(sc.good_chars[parent]) - sc.good_chars[top];
    if (added > 0 && added_good < kClimbMinGoodShare * added) break;
    top = parent;
  }
  return top;
}

// Widen to an article element above `top` that holds little more text.
NodeId WidenToArticle(const Document& doc, const blocks::BlockStream& s, const Scores& sc, NodeId top) {
  for (NodeId a = doc[top].parent; a != html::kNoNode && a != 0; a = doc[a].parent) {
    if (doc[a].tag == Tag::k_body) break;
    if ((s.own_flags[a] & blocks::kInArticle) && sc.chars[a] > 0 &&
        double(sc.chars[top]) >= kWidenToArticleShare * sc.chars[a]) {
      return a;
    }
  }
  return top;
}

bool ReadsLikeParagraph(const Document& doc, const blocks::BlockStream& s, NodeId id) {
  if (doc[id].tag != Tag::k_p) return false;
  for (const Block& b : s.blocks) {
    if (b.node != id) continue;
    if (b.chars > kSiblingParagraphChars && b.link_density() < kSiblingParagraphMaxLinkDensity) return true;
    if (b.chars <= kSiblingParagraphChars && b.link_chars == 0 && !b.text.empty() &&
        (b.text.back() == '.' || b.text.back() == '!' || b.text.back() == '?')) {
      return true;
    }
  }
  return false;
}

// KLARTEXT_TRACE=1 also lists the best-scoring candidates.
void TraceCandidates(const Document& doc, const blocks::BlockStream& s, const Scores& sc) {
  static const bool enabled = std::getenv("KLARTEXT_TRACE") != nullptr;
  if (!enabled) return;
  std::vector<NodeId> ids;
  for (NodeId id = 0; id < doc.size(); ++id) {
    if (sc.candidate[id]) ids.push_back(id);
  }
  std::sort(ids.begin(), ids.end(), [&](NodeId a, NodeId b) { return sc.score[a] > sc.score[b]; });
  for (std::size_t i = 0; i < ids.size() && i < 8; ++i) {
    NodeId id = ids[i];
    std::fprintf(stderr, "candidate n%u %s.%.60s score %.1f chars %u own %06x\n", id,
                 std::string(doc[id].name).c_str(), std::string(doc.Attr(id, "class")).c_str(),
                 sc.score[id], sc.chars[id], s.own_flags[id]);
  }
}

}  // namespace

bool ContentRegion::Contains(const Document& doc, NodeId node) const {
  for (NodeId r : roots) {
    if (node >= r && node < doc.SubtreeEnd(r)) return true;
  }
  return false;
}

ContentRegion SelectContent(const Document& doc, const blocks::BlockStream& s) {
  ContentRegion region;
  Scores sc = ScoreElements(doc, s);
  TraceCandidates(doc, s, sc);
  NodeId top = ChooseTop(doc, sc);
  if (top == html::kNoNode) {
    NodeId body = doc.FindFirst(Tag::k_body);
    region.roots.push_back(body == html::kNoNode ? Document::kRoot : body);
    region.path = "fallback";
    return region;
  }
  const NodeId scored_top = top;
  top = PreferHeadlineArticle(doc, sc, top);
  // The stories next to the headline's article are other articles: when
  // the headline moved the choice, no sibling joins the region (climbing
  // still takes in the article's own parts).
  const bool by_headline = top != scored_top;
  top = Climb(doc, sc, top);
  top = WidenToArticle(doc, s, sc, top);
  region.path = by_headline ? "headline" : "scored";
  const NodeId parent = doc[top].parent;
  if (parent == html::kNoNode || by_headline) {
    region.roots.push_back(top);
    return region;
  }
  const double threshold = std::max(kMinSiblingScore, sc.score[top] * kSiblingScoreShare);
  html::ForEachChild(doc, parent, [&](NodeId c) {
    if (c == top) {
      region.roots.push_back(c);
      return;
    }
    if (!doc[c].is_element()) return;
    // A sibling named as page furniture (an author box, a share bar) stays
    // out: as a region root its own class would not be read.
    if (s.own_flags[c] & kSiblingStopFlags) return;
    if (sc.candidate[c] && sc.score[c] >= threshold) {
      region.roots.push_back(c);
    } else if (ReadsLikeParagraph(doc, s, c)) {
      region.roots.push_back(c);
    }
  });
  return region;
}

}  // namespace klartext::extract
