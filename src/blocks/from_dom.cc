// BlocksFromDom: one walk over the DOM in document order that cuts the
// visible text into paragraph-level blocks.
//
// A block ends wherever a block-level element starts or ends (<p>, <div>,
// <li>, <h2>, <td> …) and at two consecutive <br>. Its kind comes from the
// nearest kind-giving ancestor (<li> → list item, <blockquote> → quote).
// Invisible and non-text subtrees (<script>, <nav>'s hidden menus, forms'
// controls, hidden="", display:none) are skipped as a whole. Each block
// records its link text and the ContextFlag bits of its ancestors, which
// is all later rules need of the markup.
//
// The walk is iterative over the pre-order node array, so nesting depth
// costs no stack.
#include <algorithm>
#include <cstdint>
#include <cstring>
#include <string>
#include <string_view>
#include <vector>

#include "blocks/make_blocks.h"
#include "blocks/markup_vocabulary.h"
#include "core/string_memo.h"
#include "core/text.h"
#include "core/utf8.h"

#if defined(__SSE2__)
#include <emmintrin.h>
#endif

namespace klartext::blocks {
namespace {

// The flags of each class attribute value seen on a page, computed once:
// the same class strings repeat on most elements, and splitting one into
// names and looking each up is most of what OwnFlags costs.
using ClassFlagsMemo = StringMemo<std::uint32_t>;

using html::Document;
using html::Node;
using html::NodeId;
using html::Tag;

// A table is read as data (rows and cells) only if no cell holds more than
// this many bytes of text; longer cells mean the table lays out the page.
constexpr std::size_t kMaxDataTableCellBytes = 400;
// A <noscript> is fallback content for browsers without scripting and is
// skipped, unless it holds more than kWrapperTextShare of the page's text:
// then its end tag was ignored ("<noscript><div></noscript>": a parser
// without scripting cannot close it across the <div>), and what a browser
// shows — the rest of the page — is inside it.
//
// A boilerplate class on an element holding more than this share of the
// page's text names a page-wide wrapper ("page-with-sidebar"), not the
// boilerplate itself, and is ignored.
constexpr double kWrapperTextShare = 0.5;

// U+00AD SOFT HYPHEN (&shy;) marks where a browser may break a word; it is
// invisible unless the word breaks, and a copied or quoted text has none.
// Left in, it splits words ("Mit\u00ADtel\u00ADal\u00ADter") for every
// reader of the text.
constexpr std::string_view kSoftHyphen = "\xC2\xAD";

// Indic letters with a nukta that Unicode never composes (its composition
// exclusions): normalised text (NFC), and so any text a reader quotes or
// searches with, holds them as base letter + nukta. Pages often carry the
// precomposed form ("য়" U+09DF); the text keeps the normalised one.
struct Decomposition {
  char32_t precomposed;
  char32_t base;
  char32_t nukta;
};
constexpr Decomposition kNuktaDecompositions[] = {
    {0x0958, 0x0915, 0x093C}, {0x0959, 0x0916, 0x093C}, {0x095A, 0x0917, 0x093C}, {0x095B, 0x091C, 0x093C},
    {0x095C, 0x0921, 0x093C}, {0x095D, 0x0922, 0x093C}, {0x095E, 0x092B, 0x093C}, {0x095F, 0x092F, 0x093C},
    {0x09DC, 0x09A1, 0x09BC}, {0x09DD, 0x09A2, 0x09BC}, {0x09DF, 0x09AF, 0x09BC}, {0x0A33, 0x0A32, 0x0A3C},
    {0x0A36, 0x0A38, 0x0A3C}, {0x0A59, 0x0A16, 0x0A3C}, {0x0A5A, 0x0A17, 0x0A3C}, {0x0A5B, 0x0A1C, 0x0A3C},
    {0x0A5E, 0x0A2B, 0x0A3C}, {0x0B5C, 0x0B21, 0x0B3C}, {0x0B5D, 0x0B22, 0x0B3C},
};

void AppendUtf8Bmp(std::string& out, char32_t c) {  // c in U+0800..U+FFFF
  out.push_back(static_cast<char>(0xE0 | (c >> 12)));
  out.push_back(static_cast<char>(0x80 | ((c >> 6) & 0x3F)));
  out.push_back(static_cast<char>(0x80 | (c & 0x3F)));
}

// The letter a 3-byte sequence at `at` decomposes into, or nullptr.
const Decomposition* NuktaLetterAt(std::string_view text, std::size_t at) {
  if (at + 2 >= text.size() || static_cast<unsigned char>(text[at]) != 0xE0) return nullptr;
  const char32_t c = (char32_t(static_cast<unsigned char>(text[at + 1]) & 0x3F) << 6) |
                     (static_cast<unsigned char>(text[at + 2]) & 0x3F);
  for (const Decomposition& d : kNuktaDecompositions) {
    if (d.precomposed == c) return &d;
  }
  return nullptr;
}

// True if a mark CleanText removes or decomposes starts at text[i]: a soft
// hyphen (C2 AD) or a nukta letter (E0 A5..AD …). REQUIRES: i + 1 < size.
bool MarkAt(std::string_view text, std::size_t i) {
  const auto c = static_cast<unsigned char>(text[i]);
  const auto next = static_cast<unsigned char>(text[i + 1]);
  return (c == 0xC2 && next == 0xAD) || (c == 0xE0 && next >= 0xA5 && next <= 0xAD);
}

// True if the text holds anything CleanText changes.
bool NeedsCleaning(std::string_view text) {
  std::size_t i = 0;
#if defined(__SSE2__)
  // Sixteen bytes at a time, looking for the marks' first bytes at once
  // (every text node of every page is checked, and German text has a byte
  // above 0x7F every few dozen, so skipping ASCII alone gains little).
  // Seventeen bytes must be left, so that each hit has its next byte.
  for (; i + 17 <= text.size(); i += 16) {
    const __m128i v = _mm_loadu_si128(reinterpret_cast<const __m128i*>(text.data() + i));
    const __m128i firsts = _mm_or_si128(_mm_cmpeq_epi8(v, _mm_set1_epi8(static_cast<char>(0xC2))),
                                        _mm_cmpeq_epi8(v, _mm_set1_epi8(static_cast<char>(0xE0))));
    for (auto hits = static_cast<unsigned>(_mm_movemask_epi8(firsts)); hits != 0; hits &= hits - 1) {
      if (MarkAt(text, i + static_cast<std::size_t>(__builtin_ctz(hits)))) return true;
    }
  }
#endif
  for (; i + 1 < text.size(); ++i) {
    if (MarkAt(text, i)) return true;
  }
  return false;
}

// The text without soft hyphens and with nukta letters decomposed.
std::string CleanText(std::string_view text) {
  std::string out;
  out.reserve(text.size() + 8);
  for (std::size_t i = 0; i < text.size();) {
    if (text.substr(i, kSoftHyphen.size()) == kSoftHyphen) {
      i += kSoftHyphen.size();
    } else if (const Decomposition* d = NuktaLetterAt(text, i)) {
      AppendUtf8Bmp(out, d->base);
      AppendUtf8Bmp(out, d->nukta);
      i += 3;
    } else {
      out.push_back(text[i++]);
    }
  }
  return out;
}

bool SkipsSubtree(Tag tag) {
  switch (tag) {
    case Tag::k_script: case Tag::k_style: case Tag::k_noscript: case Tag::k_template:
    case Tag::k_svg: case Tag::k_math: case Tag::k_iframe: case Tag::k_object:
    case Tag::k_embed: case Tag::k_canvas: case Tag::k_select: case Tag::k_textarea:
    case Tag::k_button: case Tag::k_input: case Tag::k_head: case Tag::k_audio:
    case Tag::k_video: case Tag::k_dialog: case Tag::k_title: case Tag::k_meta:
    case Tag::k_link: case Tag::k_base: case Tag::k_param: case Tag::k_source:
    case Tag::k_track: case Tag::k_frameset: case Tag::k_frame:
      return true;
    default:
      return false;
  }
}

// <rt> and <rp> hold a ruby annotation — the reading of the characters
// before it (子<rt>こ</rt>ども), shown small above them — not running
// text: read inline, they would garble every annotated word.
bool IsRubyAnnotation(const Node& n) { return n.tag == Tag::kOther && (n.name == "rt" || n.name == "rp"); }

bool IsBlockLevel(const Node& n) {
  switch (n.tag) {
    case Tag::k_address: case Tag::k_article: case Tag::k_aside: case Tag::k_blockquote:
    case Tag::k_body: case Tag::k_center: case Tag::k_dd: case Tag::k_details:
    case Tag::k_div: case Tag::k_dl: case Tag::k_dt: case Tag::k_fieldset:
    case Tag::k_figcaption: case Tag::k_figure: case Tag::k_footer: case Tag::k_form:
    case Tag::k_h1: case Tag::k_h2: case Tag::k_h3: case Tag::k_h4: case Tag::k_h5:
    case Tag::k_h6: case Tag::k_header: case Tag::k_hgroup: case Tag::k_hr: case Tag::k_li:
    case Tag::k_main: case Tag::k_menu: case Tag::k_nav: case Tag::k_ol: case Tag::k_p:
    case Tag::k_pre: case Tag::k_section: case Tag::k_summary: case Tag::k_table:
    case Tag::k_tbody: case Tag::k_td: case Tag::k_tfoot: case Tag::k_th: case Tag::k_thead:
    case Tag::k_tr: case Tag::k_ul: case Tag::k_legend: case Tag::k_caption: case Tag::k_html:
      return true;
    case Tag::kOther:
      // Custom elements ("<story-body>", "<amp-carousel>") wrap components.
      return n.name.find('-') != std::string_view::npos;
    default:
      return false;
  }
}

// Flags an element sets by itself.
std::uint32_t OwnFlags(const Document& doc, NodeId id, ClassFlagsMemo& class_memo) {
  const Node& n = doc[id];
  std::uint32_t f = 0;
  switch (n.tag) {
    case Tag::k_nav: f |= kInNav | kBoilerClass; break;
    case Tag::k_footer: f |= kInFooter; break;
    case Tag::k_header: f |= kInHeader; break;
    case Tag::k_aside: f |= kInAside; break;
    case Tag::k_form: case Tag::k_label: case Tag::k_fieldset: f |= kInForm; break;
    case Tag::k_article: case Tag::k_main: f |= kInArticle; break;
    case Tag::k_figure: f |= kInFigure; break;
    case Tag::k_address: f |= kInAddress; break;
    case Tag::k_hgroup: f |= kInHeadingGroup; break;
    case Tag::k_time: f |= kInTime; break;
    case Tag::k_html: case Tag::k_body: return 0;  // classes on these describe the page
    default: break;
  }
  // The attributes read below, found in one pass over the element's
  // attributes (the first of a name wins, as in Document::Attr) instead of
  // one scan per name: this runs for every element of every page.
  enum : unsigned { kAttrHidden, kAttrAriaHidden, kAttrStyle, kAttrItemprop, kAttrRole, kAttrClass, kAttrId, kAttrCount };
  std::string_view value[kAttrCount];
  unsigned seen = 0;
  for (const auto& a : doc.attributes(id)) {
    unsigned k = kAttrCount;
    switch (a.name.size()) {
      case 2: if (a.name == "id") k = kAttrId; break;
      case 4: if (a.name == "role") k = kAttrRole; break;
      case 5: k = a.name == "class" ? kAttrClass : a.name == "style" ? kAttrStyle : kAttrCount; break;
      case 6: if (a.name == "hidden") k = kAttrHidden; break;
      case 8: if (a.name == "itemprop") k = kAttrItemprop; break;
      case 11: if (a.name == "aria-hidden") k = kAttrAriaHidden; break;
      default: break;
    }
    if (k < kAttrCount && (seen & (1u << k)) == 0) {
      seen |= 1u << k;
      value[k] = a.value;
    }
  }
  if (seen & (1u << kAttrHidden)) f |= kHidden;
  if (value[kAttrAriaHidden] == "true") f |= kHidden;
  if (StyleHides(value[kAttrStyle])) f |= kHidden;
  std::string_view itemprop = value[kAttrItemprop];
  if (itemprop == "articleBody" || itemprop == "articlebody" || itemprop == "text") f |= kInArticle;
  if (itemprop == "author" || itemprop == "datePublished") f |= kMetaClass;
  f |= FlagsFromRole(value[kAttrRole]);
  const std::string_view class_attr = value[kAttrClass];
  std::uint32_t class_flags = 0;
  if (!class_attr.empty()) {
    class_flags = class_memo.Get(class_attr, FlagsOfAttributeNames);
  }
  f |= CombineClassAndIdFlags(class_flags, FlagsOfAttributeNames(value[kAttrId]));
  return f;
}

// Bytes of visible text below each node, by one backward pass: in pre-order
// every node comes after its parent, so children are summed first.
std::vector<std::uint32_t> SubtreeTextBytes(const Document& doc) {
  std::vector<std::uint32_t> bytes(doc.size(), 0);
  for (NodeId id = static_cast<NodeId>(doc.size()); id-- > 1;) {
    const Node& n = doc[id];
    // <noscript> counts here: Run() decides from its size whether it is
    // a fallback (skipped) or a broken wrapper (read).
    if (n.is_element() && ((SkipsSubtree(n.tag) && n.tag != Tag::k_noscript) || IsRubyAnnotation(n))) bytes[id] = 0;
    // Indentation between tags is no text: a block of markup around a
    // video player would otherwise outweigh the sentences beside it.
    if (n.is_text() && !IsAsciiBlank(n.text)) bytes[id] = static_cast<std::uint32_t>(n.text.size());
    if (n.parent != html::kNoNode) bytes[n.parent] += bytes[id];
  }
  return bytes;
}

std::string ImageUrl(const Document& doc, NodeId id) {
  for (std::string_view attr : {"data-src", "data-lazy-src", "data-original", "src"}) {
    std::string_view v = Trim(doc.Attr(id, attr));
    if (!v.empty() && !StartsWith(v, "data:")) return std::string(v);
  }
  std::string_view srcset = doc.Attr(id, "srcset");
  if (!srcset.empty()) {
    auto parts = SplitAny(Trim(srcset), " ,");
    if (!parts.empty()) return std::string(parts.front());
  }
  return {};
}

bool IsNamedAnchor(const Document& doc, NodeId id) {
  return !doc.HasAttr(id, "href") && doc.HasAttr(id, "name");
}

struct Open {
  NodeId id;
  NodeId end;            // SubtreeEnd(id)
  std::uint32_t flags;   // cumulative, this element included
  bool block;            // block-level: text inside is cut at its edges
  bool link;             // an <a href>: text inside is link text
};

class DomWalker {
 public:
  static constexpr std::size_t kNodesPerBlock = 10;
  static constexpr std::size_t kMaxReservedBlocks = 8192;

  DomWalker(const Document& doc, const BlockOptions& options, BlockStream& out)
      : doc_(doc), options_(options), out_(out) {}

  void Run() {
    out_.own_flags.assign(doc_.size(), 0);
    out_.text_bytes = SubtreeTextBytes(doc_);
    // A news page makes about one block per ten nodes: room for that up
    // front saves moving every block as the vector grows (capped, so a
    // hostile page of millions of nodes reserves no more than a large one).
    out_.blocks.reserve(std::min<std::size_t>(doc_.size() / kNodesPerBlock + 16, kMaxReservedBlocks));
    const double page_bytes = out_.text_bytes[Document::kRoot];
    for (NodeId id = 1; id < doc_.size(); ++id) {
      while (!stack_.empty() && id >= stack_.back().end) Close();
      const Node& n = doc_[id];
      if (n.is_text()) {
        AddText(n.text);
        continue;
      }
      if (!n.is_element()) continue;
      std::uint32_t own = OwnFlags(doc_, id, class_memo_);
      if ((own & kBoilerClass) && out_.text_bytes[id] > kWrapperTextShare * page_bytes &&
          out_.text_bytes[id] > 2000) {
        own &= ~(kBoilerClass | kInAside | kInNav | kInFooter | kRelatedClass | kAdClass);
      }
      out_.own_flags[id] = own;
      const bool broken_noscript = n.tag == Tag::k_noscript && out_.text_bytes[id] > kWrapperTextShare * page_bytes;
      if ((SkipsSubtree(n.tag) && !broken_noscript) || IsRubyAnnotation(n) || (own & kHidden)) {
        id = doc_.SubtreeEnd(id) - 1;  // the loop's ++id moves past the subtree
        continue;
      }
      const std::uint32_t flags = (stack_.empty() ? 0 : stack_.back().flags) | own;
      if (n.tag == Tag::k_br) {
        if (++br_run_ >= 2) {
          Flush();
        } else {
          pending_space_ = true;
        }
        continue;
      }
      if (n.tag == Tag::k_img) {
        AddImage(id, flags);
        continue;
      }
      if (n.tag == Tag::k_table && IsDataTable(id)) {
        Flush();
        AddTable(id, flags);
        id = doc_.SubtreeEnd(id) - 1;
        continue;
      }
      // A kicker inside a headline (<h1><span class="kicker">…) is its own block.
      const bool block = IsBlockLevel(n) || (own & kKickerClass);
      if (block) Flush();
      // A named anchor ("<a name=purpose>", no href) marks a place and is
      // no link; left open on old pages it would make the rest of the page
      // link text. An <a> without either is a script's link and counts.
      const bool link = n.tag == Tag::k_a && !IsNamedAnchor(doc_, id);
      if (link) {
        ++link_depth_;
        link_href_ = doc_.Attr(id, "href");
        link_start_ = text_.size();
      }
      if (n.tag == Tag::k_pre) ++pre_depth_;
      stack_.push_back({id, doc_.SubtreeEnd(id), flags, block, link});
    }
    while (!stack_.empty()) Close();
    Flush();
  }

 private:
  void Close() {
    const Open open = stack_.back();
    if (open.link && link_depth_ > 0) {
      --link_depth_;
      if (options_.keep_links && !link_href_.empty() && text_.size() > link_start_) {
        links_.push_back({link_start_, text_.size(), std::string(link_href_)});
      }
    }
    if (open.block) Flush();
    if (doc_[open.id].tag == Tag::k_pre) --pre_depth_;
    stack_.pop_back();
  }

  void AddText(std::string_view text) {
    std::string cleaned;
    if (NeedsCleaning(text)) {
      cleaned = CleanText(text);
      text = cleaned;
    }
    const std::size_t before = text_.size();
    if (InPre()) {
      text_.append(text);
    } else {
      AppendCollapsed(text_, text, pending_space_);
    }
    if (text_.size() > before) {
      br_run_ = 0;
      if (link_depth_ > 0) link_bytes_ += text_.size() - before;
    }
  }

  // Counted as elements open and close: asked for every text node.
  bool InPre() const { return pre_depth_ > 0; }

  void AddImage(NodeId id, std::uint32_t flags) {
    std::string url = ImageUrl(doc_, id);
    if (url.empty()) return;
    Block b;
    b.kind = Kind::kImage;
    b.text = std::move(url);
    b.alt = CollapseWhitespace(doc_.Attr(id, "alt"));
    b.flags = flags;
    b.node = id;
    b.container = doc_[id].parent;
    out_.blocks.push_back(std::move(b));
  }

  bool IsDataTable(NodeId table) const {
    const NodeId end = doc_.SubtreeEnd(table);
    int rows = 0;
    int max_cells = 0;
    int cells = 0;
    for (NodeId id = table + 1; id < end; ++id) {
      const Node& n = doc_[id];
      if (!n.is_element()) continue;
      switch (n.tag) {
        case Tag::k_table: return false;  // nested tables lay out a page
        case Tag::k_tr:
          ++rows;
          cells = 0;
          break;
        case Tag::k_td: case Tag::k_th:
          if (out_.text_bytes[id] > kMaxDataTableCellBytes) return false;
          max_cells = std::max(max_cells, ++cells);
          break;
        case Tag::k_ul: case Tag::k_ol: case Tag::k_h1: case Tag::k_h2: case Tag::k_h3:
        case Tag::k_blockquote: case Tag::k_article: case Tag::k_section: case Tag::k_form:
          return false;
        default:
          break;
      }
    }
    return rows >= 1 && max_cells >= 2;
  }

  void AddTable(NodeId table, std::uint32_t flags) {
    Block b;
    b.kind = Kind::kTable;
    b.flags = flags;
    b.node = table;
    b.container = doc_[table].parent;
    const NodeId end = doc_.SubtreeEnd(table);
    for (NodeId id = table + 1; id < end; ++id) {
      const Node& n = doc_[id];
      if (!n.is_element()) continue;
      if (n.tag == Tag::k_tr) {
        b.rows.emplace_back();
      } else if (n.tag == Tag::k_td || n.tag == Tag::k_th) {
        if (b.rows.empty()) b.rows.emplace_back();
        b.rows.back().push_back(CollapseWhitespace(html::InnerText(doc_, id)));
        id = doc_.SubtreeEnd(id) - 1;
      } else if (n.tag == Tag::k_a && !IsNamedAnchor(doc_, id)) {
        b.link_chars += static_cast<std::uint32_t>(CollapseWhitespace(html::InnerText(doc_, id)).size());
      }
    }
    std::erase_if(b.rows, [](const auto& row) {
      return std::all_of(row.begin(), row.end(), [](const std::string& c) { return c.empty(); });
    });
    for (const auto& row : b.rows) {
      std::string line;
      for (const auto& cell : row) {
        if (cell.empty()) continue;
        if (!line.empty()) line += ' ';
        line += cell;
      }
      if (!b.text.empty()) b.text += '\n';
      b.text += line;
    }
    if (b.text.empty()) return;
    b.link_chars = std::min<std::uint32_t>(b.link_chars, static_cast<std::uint32_t>(b.text.size()));
    FinishFeatures(b);
    out_.blocks.push_back(std::move(b));
  }

  // The kind of a block from its nearest kind-giving ancestor.
  void ClassifyKind(Block& b) const {
    int list_depth = 0;
    for (const Open& o : stack_) {
      Tag t = doc_[o.id].tag;
      if (t == Tag::k_ul || t == Tag::k_ol) ++list_depth;
    }
    for (auto it = stack_.rbegin(); it != stack_.rend(); ++it) {
      const Node& n = doc_[it->id];
      if (int level = html::HeadingLevel(n.tag)) {
        b.kind = Kind::kHeading;
        b.level = level;
        return;
      }
      switch (n.tag) {
        case Tag::k_li:
          b.kind = Kind::kListItem;
          b.level = std::max(1, list_depth);
          b.ordered = n.parent != html::kNoNode && doc_[n.parent].tag == Tag::k_ol;
          return;
        case Tag::k_blockquote: b.kind = Kind::kQuote; return;
        case Tag::k_pre: b.kind = Kind::kCode; return;
        case Tag::k_figcaption: case Tag::k_caption: b.kind = Kind::kCaption; return;
        default: break;
      }
    }
    b.kind = Kind::kParagraph;
  }

  void Flush() {
    pending_space_ = false;
    br_run_ = 0;
    if (text_.empty()) {
      links_.clear();
      link_bytes_ = 0;
      return;
    }
    Block b;
    ClassifyKind(b);
    if (b.kind == Kind::kCode) {
      b.text = std::string(Trim(text_));
      if (b.text.empty()) b.kind = Kind::kParagraph;
    } else {
      b.text = std::move(text_);
    }
    if (!b.text.empty()) {
      b.link_chars = static_cast<std::uint32_t>(std::min(link_bytes_, b.text.size()));
      b.flags = stack_.empty() ? 0 : stack_.back().flags;
      for (auto it = stack_.rbegin(); it != stack_.rend(); ++it) {
        if (it->block) {
          b.node = it->id;
          break;
        }
      }
      if (b.node != html::kNoNode) b.container = doc_[b.node].parent;
      if (options_.keep_links && !links_.empty()) b.linked_text = WithLinks(b.text);
      FinishFeatures(b);
      out_.blocks.push_back(std::move(b));
    }
    text_.clear();
    links_.clear();
    link_bytes_ = 0;
  }

  // The block text with [text](href) around each link's text.
  std::string WithLinks(const std::string& text) const {
    std::string out;
    std::size_t at = 0;
    for (const auto& link : links_) {
      if (link.begin < at || link.end > text.size()) continue;
      out.append(text, at, link.begin - at);
      out += '[';
      out.append(text, link.begin, link.end - link.begin);
      out += "](";
      out += link.href;
      out += ')';
      at = link.end;
    }
    out.append(text, at, std::string::npos);
    return out;
  }

  static void FinishFeatures(Block& b) {
    // Link text is counted in bytes while walking; scale it to code points
    // with the block's own ratio so link_density() stays a true share.
    const std::size_t bytes = b.text.size();
    b.chars = static_cast<std::uint32_t>(CodePointCount(b.text));
    if (bytes > 0) b.link_chars = static_cast<std::uint32_t>(double(b.link_chars) * b.chars / bytes);
    b.words = static_cast<std::uint32_t>(CountWords(b.text));
    if (b.link_chars >= b.chars && b.chars > 0) b.flags |= kInLink;
  }

  struct Link {
    std::size_t begin, end;
    std::string href;
  };

  const Document& doc_;
  const BlockOptions& options_;
  BlockStream& out_;
  std::vector<Open> stack_;
  std::string text_;
  bool pending_space_ = false;
  int br_run_ = 0;
  int link_depth_ = 0;
  int pre_depth_ = 0;  // open <pre> elements on stack_
  std::size_t link_bytes_ = 0;
  std::string_view link_href_;
  std::size_t link_start_ = 0;
  std::vector<Link> links_;
  ClassFlagsMemo class_memo_;
};

}  // namespace

BlockStream BlocksFromDom(const Document& doc, const BlockOptions& options) {
  BlockStream out;
  out.from_html = true;
  DomWalker(doc, options, out).Run();
  return out;
}

}  // namespace klartext::blocks
