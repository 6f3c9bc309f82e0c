// html/tree_builder/builder.cc: the token loop, the dispatcher and the
// algorithms every insertion mode shares (HTML Standard 13.2.4, 13.2.6.1-4).
#include "html/tree_builder/builder.h"

#include <algorithm>
#include <cstring>

namespace klartext::html::tree {
namespace {

constexpr std::size_t Index(TagId t) { return static_cast<std::size_t>(t); }

// The standard's "special" category, for HTML elements. <select> left it
// with the 2025 customizable-select change (misnested formatting around a
// select no longer splits it; html5lib webkit02.dat).
constexpr auto kSpecialHtml = [] {
  std::array<bool, Index(TagId::kCount)> s{};
  for (TagId t : {TagId::address, TagId::applet, TagId::area, TagId::article, TagId::aside, TagId::base,
                  TagId::basefont, TagId::bgsound, TagId::blockquote, TagId::body, TagId::br, TagId::button,
                  TagId::caption, TagId::center, TagId::col, TagId::colgroup, TagId::dd, TagId::details,
                  TagId::dir, TagId::div, TagId::dl, TagId::dt, TagId::embed, TagId::fieldset,
                  TagId::figcaption, TagId::figure, TagId::footer, TagId::form, TagId::frame,
                  TagId::frameset, TagId::h1, TagId::h2, TagId::h3, TagId::h4, TagId::h5, TagId::h6,
                  TagId::head, TagId::header, TagId::hgroup, TagId::hr, TagId::html, TagId::iframe,
                  TagId::img, TagId::input, TagId::keygen, TagId::li, TagId::link, TagId::listing,
                  TagId::main, TagId::marquee, TagId::menu, TagId::meta, TagId::nav, TagId::noembed,
                  TagId::noframes, TagId::noscript, TagId::object, TagId::ol, TagId::p, TagId::param,
                  TagId::plaintext, TagId::pre, TagId::script, TagId::search, TagId::section,
                  TagId::source, TagId::style, TagId::summary, TagId::table, TagId::tbody,
                  TagId::td, TagId::template_, TagId::textarea, TagId::tfoot, TagId::th, TagId::thead,
                  TagId::title, TagId::tr, TagId::track, TagId::ul, TagId::wbr, TagId::xmp}) {
    s[Index(t)] = true;
  }
  return s;
}();

bool IsForeignScopeBoundary(const TreeNode& n) {
  if (n.ns == Namespace::kMathMl) {
    return n.tag == TagId::mi || n.tag == TagId::mo || n.tag == TagId::mn || n.tag == TagId::ms ||
           n.tag == TagId::mtext || n.tag == TagId::annotation_xml;
  }
  if (n.ns == Namespace::kSvg) {
    return n.tag == TagId::foreignobject || n.tag == TagId::desc || n.tag == TagId::title;
  }
  return false;
}

bool IsScopeBoundary(const TreeNode& n, Scope scope) {
  if (n.ns != Namespace::kHtml) return scope != Scope::kTable && (scope == Scope::kSelect || IsForeignScopeBoundary(n));
  const TagId t = n.tag;
  switch (scope) {
    case Scope::kTable:
      return t == TagId::html || t == TagId::table || t == TagId::template_;
    case Scope::kSelect:
      return t != TagId::optgroup && t != TagId::option;
    case Scope::kListItem:
      if (t == TagId::ol || t == TagId::ul) return true;
      break;
    case Scope::kButton:
      if (t == TagId::button) return true;
      break;
    case Scope::kDefault:
      break;
  }
  return t == TagId::applet || t == TagId::caption || t == TagId::html || t == TagId::table ||
         t == TagId::td || t == TagId::th || t == TagId::marquee || t == TagId::object ||
         t == TagId::template_;
}

bool IsImpliedEndTag(TagId t, bool thoroughly) {
  switch (t) {
    case TagId::dd: case TagId::dt: case TagId::li: case TagId::optgroup: case TagId::option:
    case TagId::p: case TagId::rb: case TagId::rp: case TagId::rt: case TagId::rtc:
      return true;
    case TagId::caption: case TagId::colgroup: case TagId::tbody: case TagId::td: case TagId::tfoot:
    case TagId::th: case TagId::thead: case TagId::tr:
      return thoroughly;
    default:
      return false;
  }
}

bool IsHeading(TagId t) {
  return t == TagId::h1 || t == TagId::h2 || t == TagId::h3 || t == TagId::h4 || t == TagId::h5 || t == TagId::h6;
}

// How often one token may be reprocessed (see ProcessInHtmlContent); the
// longest legitimate chain (e.g. text in a table inside a template) is < 10.
constexpr int kMaxReprocessing = 32;

}  // namespace

namespace {

// The input with CR LF and lone CR turned into LF (HTML Standard 13.2.3.5),
// in a buffer the tree adopts, so nodes may point into it; the input itself
// when it has no CR.
std::string_view NormalizeNewlines(std::string_view utf8, Tree* tree) {
  const char* p = utf8.data();
  const char* const end = p + utf8.size();
  const char* cr = static_cast<const char*>(std::memchr(p, '\r', utf8.size()));
  if (cr == nullptr) return utf8;
  auto buffer = std::make_unique_for_overwrite<char[]>(utf8.size());  // every byte is written below
  char* out = buffer.get();
  while (cr != nullptr) {
    out = std::copy(p, cr, out);
    *out++ = '\n';
    p = cr + 1;
    if (p != end && *p == '\n') ++p;
    cr = static_cast<const char*>(std::memchr(p, '\r', static_cast<std::size_t>(end - p)));
  }
  out = std::copy(p, end, out);
  const std::string_view normalized(buffer.get(), static_cast<std::size_t>(out - buffer.get()));
  tree->Adopt(std::move(buffer));
  return normalized;
}

}  // namespace

namespace {
// Bytes of markup per tree node and per attribute on the dev pages (about one
// node per 80 bytes, one attribute per 120; doc/performance.md), rounded
// down: the tree is reserved for what a page of this size holds, so that
// its vectors are not copied as they grow. More than a page needs costs
// only address space.
constexpr std::size_t kBytesPerNodeEstimate = 64;
constexpr std::size_t kBytesPerAttributeEstimate = 96;
}  // namespace

Builder::Builder(std::string_view utf8, const TreeBuilderOptions& options)
    : tokenizer_(NormalizeNewlines(utf8, &tree_), Tokenizer::Newlines::kNormalized), options_(options), nesting_(options.max_nesting) {
  tree_.Reserve(std::min(utf8.size() / kBytesPerNodeEstimate, options.max_nodes) + 1,
                std::min(utf8.size() / kBytesPerAttributeEstimate, options.max_nodes));
}

void Builder::Run() {
  for (;;) {
    const Token& raw = tokenizer_.Next();
    Tok t;
    t.kind = raw.kind;
    t.raw = &raw;
    if (raw.kind == TokenKind::kStartTag || raw.kind == TokenKind::kEndTag) {
      t.name = raw.text;
      t.tag = LookupTag(raw.text);
      if (!nesting_.Admit(raw.kind, t.tag, raw.self_closing)) {
        tree_.set_truncated();
        continue;
      }
    } else {
      t.text = raw.text;
    }
    if (skip_next_newline_) {
      skip_next_newline_ = false;
      if (t.kind == TokenKind::kCharacters && !t.text.empty() && t.text[0] == '\n') {
        t.text.remove_prefix(1);
        if (t.text.empty()) continue;
      }
    }
    Dispatch(t);
    // The guards against hostile markup (tree_builder.h): elements beyond
    // the depth cap are closed right after the token that opened them, and
    // not re-created as formatting elements; the tree stops growing at
    // max_nodes.
    while (open_.size() > options_.max_open_elements) {
      const TreeId id = Current();
      Pop();
      RemoveFromFormatting(id);
    }
    if (tree_.size() > options_.max_nodes) {
      tree_.set_truncated();
      break;
    }
    if (t.kind == TokenKind::kEndOfFile || stopped_) break;
    tokenizer_.set_cdata_allowed(!open_.empty() && !IsHtml(AdjustedCurrent()));
  }
}

void Builder::Dispatch(Tok& t) {
  if (UseForeignRules(t)) {
    ForeignContent(t);
    return;
  }
  ProcessInHtmlContent(t);
}

void Builder::ProcessInHtmlContent(Tok& t) {
  // A token is reprocessed only after a mode change, a handful of times at
  // most; the bound guarantees progress should a rule ever fail to change
  // anything (the token is then dropped).
  for (int round = 0; round < kMaxReprocessing; ++round) {
    if (InMode(mode_, t)) return;
  }
}

bool Builder::ForeignRulesApplyAt(TreeId id, const Tok& t) const {
  const TreeNode& n = tree_[id];
  const bool start = t.kind == TokenKind::kStartTag;
  const bool chars = t.kind == TokenKind::kCharacters;
  if (n.ns == Namespace::kMathMl &&
      (n.tag == TagId::mi || n.tag == TagId::mo || n.tag == TagId::mn || n.tag == TagId::ms || n.tag == TagId::mtext)) {
    if (start && t.tag != TagId::mglyph && t.tag != TagId::malignmark) return false;
    if (chars) return false;
  }
  if (n.ns == Namespace::kMathMl && n.tag == TagId::annotation_xml && start && t.tag == TagId::svg) return false;
  bool html_integration_point = false;
  if (n.ns == Namespace::kSvg) {
    html_integration_point = n.tag == TagId::foreignobject || n.tag == TagId::desc || n.tag == TagId::title;
  } else if (n.tag == TagId::annotation_xml) {
    for (const TreeAttribute& a : tree_.attributes(id)) {
      if (a.prefix.empty() && a.name == "encoding") {
        std::string v(a.value);
        for (char& c : v) c = static_cast<char>(c >= 'A' && c <= 'Z' ? c + 32 : c);
        html_integration_point = v == "text/html" || v == "application/xhtml+xml";
      }
    }
  }
  if (html_integration_point && (start || chars)) return false;
  return true;
}

bool Builder::InMode(Mode m, Tok& t) {
  switch (m) {
    case Mode::kInitial: return Initial(t);
    case Mode::kBeforeHtml: return BeforeHtml(t);
    case Mode::kBeforeHead: return BeforeHead(t);
    case Mode::kInHead: return InHead(t);
    case Mode::kInHeadNoscript: return InHeadNoscript(t);
    case Mode::kAfterHead: return AfterHead(t);
    case Mode::kInBody: return InBody(t);
    case Mode::kText: return Text(t);
    case Mode::kInTable: return InTable(t);
    case Mode::kInTableText: return InTableText(t);
    case Mode::kInCaption: return InCaption(t);
    case Mode::kInColumnGroup: return InColumnGroup(t);
    case Mode::kInTableBody: return InTableBody(t);
    case Mode::kInRow: return InRow(t);
    case Mode::kInCell: return InCell(t);
    case Mode::kInTemplate: return InTemplate(t);
    case Mode::kAfterBody: return AfterBody(t);
    case Mode::kInFrameset: return InFrameset(t);
    case Mode::kAfterFrameset: return AfterFrameset(t);
    case Mode::kAfterAfterBody: return AfterAfterBody(t);
    case Mode::kAfterAfterFrameset: return AfterAfterFrameset(t);
  }
  return true;
}

void Builder::ProcessFakeStart(TagId tag, std::string_view name) {
  fake_token_ = Token{};
  fake_token_.kind = TokenKind::kStartTag;
  fake_token_.text = name;
  Tok t;
  t.kind = TokenKind::kStartTag;
  t.tag = tag;
  t.name = name;
  t.raw = &fake_token_;
  Dispatch(t);
}

void Builder::ProcessFakeEnd(TagId tag, std::string_view name) {
  Token fake;
  fake.kind = TokenKind::kEndTag;
  fake.text = name;
  Tok t;
  t.kind = TokenKind::kEndTag;
  t.tag = tag;
  t.name = name;
  t.raw = &fake;
  Dispatch(t);
}

// --- The stack of open elements ---

bool Builder::IsSpecial(TreeId id) const {
  const TreeNode& n = tree_[id];
  if (n.ns == Namespace::kHtml) return kSpecialHtml[Index(n.tag)];
  return IsForeignScopeBoundary(n);
}

bool Builder::OnStack(TreeId id) const {
  return std::find(open_.rbegin(), open_.rend(), id) != open_.rend();
}

void Builder::Push(TreeId id) {
  open_.push_back(id);
  if (IsHtml(id)) ++open_count_[Index(tree_[id].tag)];
}

void Builder::Pop() {
  const TreeId id = open_.back();
  open_.pop_back();
  if (IsHtml(id)) --open_count_[Index(tree_[id].tag)];
}

void Builder::RemoveFromStack(TreeId id) {
  auto it = std::find(open_.rbegin(), open_.rend(), id);
  if (it == open_.rend()) return;
  open_.erase(std::next(it).base());
  if (IsHtml(id)) --open_count_[Index(tree_[id].tag)];
}

void Builder::PopUntil(TagId tag) {
  if (!OnStack(tag)) return;
  while (!open_.empty()) {
    const TreeId id = open_.back();
    Pop();
    if (Is(id, tag)) return;
  }
}

void Builder::PopUntilHeading() {
  while (!open_.empty()) {
    const TreeId id = open_.back();
    Pop();
    if (IsHtml(id) && IsHeading(tree_[id].tag)) return;
  }
}

bool Builder::InScope(TagId tag, Scope scope) const {
  if (!OnStack(tag)) return false;
  for (auto it = open_.rbegin(); it != open_.rend(); ++it) {
    if (Is(*it, tag)) return true;
    if (IsScopeBoundary(tree_[*it], scope)) return false;
  }
  return false;
}

bool Builder::NodeInScope(TreeId id, Scope scope) const {
  for (auto it = open_.rbegin(); it != open_.rend(); ++it) {
    if (*it == id) return true;
    if (IsScopeBoundary(tree_[*it], scope)) return false;
  }
  return false;
}

bool Builder::HeadingInScope() const {
  for (TagId h : {TagId::h1, TagId::h2, TagId::h3, TagId::h4, TagId::h5, TagId::h6}) {
    if (!OnStack(h)) continue;
    for (auto it = open_.rbegin(); it != open_.rend(); ++it) {
      if (IsHtml(*it) && IsHeading(tree_[*it].tag)) return true;
      if (IsScopeBoundary(tree_[*it], Scope::kDefault)) return false;
    }
    return false;
  }
  return false;
}

void Builder::GenerateImpliedEndTags(TagId except, bool thoroughly) {
  while (!open_.empty()) {
    const TreeNode& n = tree_[Current()];
    if (n.ns != Namespace::kHtml || n.tag == except || !IsImpliedEndTag(n.tag, thoroughly)) return;
    Pop();
  }
}

void Builder::ClosePElement() {
  GenerateImpliedEndTags(TagId::p);
  PopUntil(TagId::p);
}

void Builder::ClearStackBackTo(std::initializer_list<TagId> tags) {
  while (!open_.empty()) {
    const TreeNode& n = tree_[Current()];
    if (n.ns == Namespace::kHtml &&
        (n.tag == TagId::html || n.tag == TagId::template_ ||
         std::find(tags.begin(), tags.end(), n.tag) != tags.end())) {
      return;
    }
    Pop();
  }
}

void Builder::ResetInsertionMode() {
  for (std::size_t i = open_.size(); i-- > 0;) {
    const bool last = i == 0;
    TreeId node = open_[i];
    if (last && context_ != kNoTreeNode) node = context_;
    const TreeNode& n = tree_[node];
    if (n.ns != Namespace::kHtml) {
      if (last) break;
      continue;
    }
    switch (n.tag) {
      case TagId::td:
      case TagId::th:
        if (!last) {
          mode_ = Mode::kInCell;
          return;
        }
        break;
      case TagId::tr: mode_ = Mode::kInRow; return;
      case TagId::tbody: case TagId::thead: case TagId::tfoot: mode_ = Mode::kInTableBody; return;
      case TagId::caption: mode_ = Mode::kInCaption; return;
      case TagId::colgroup: mode_ = Mode::kInColumnGroup; return;
      case TagId::table: mode_ = Mode::kInTable; return;
      case TagId::template_:
        mode_ = template_modes_.empty() ? Mode::kInBody : template_modes_.back();
        return;
      case TagId::head:
        if (!last) {
          mode_ = Mode::kInHead;
          return;
        }
        break;
      case TagId::body: mode_ = Mode::kInBody; return;
      case TagId::frameset: mode_ = Mode::kInFrameset; return;
      case TagId::html:
        mode_ = head_ == kNoTreeNode ? Mode::kBeforeHead : Mode::kAfterHead;
        return;
      default:
        break;
    }
    if (last) break;
  }
  mode_ = Mode::kInBody;
}

// --- Insertion ---

Builder::Place Builder::AppropriatePlace(TreeId override_target) const {
  const TreeId target = override_target != kNoTreeNode ? override_target : Current();
  Place place{target, kNoTreeNode};
  const TreeNode& tn = tree_[target];
  if (foster_parenting_ && tn.ns == Namespace::kHtml &&
      (tn.tag == TagId::table || tn.tag == TagId::tbody || tn.tag == TagId::tfoot ||
       tn.tag == TagId::thead || tn.tag == TagId::tr)) {
    std::ptrdiff_t last_template = -1, last_table = -1;
    for (std::size_t i = open_.size(); i-- > 0;) {
      if (last_template < 0 && Is(open_[i], TagId::template_)) last_template = static_cast<std::ptrdiff_t>(i);
      if (last_table < 0 && Is(open_[i], TagId::table)) last_table = static_cast<std::ptrdiff_t>(i);
      if (last_template >= 0 && last_table >= 0) break;
    }
    if (last_template >= 0 && (last_table < 0 || last_template > last_table)) {
      place = {open_[static_cast<std::size_t>(last_template)], kNoTreeNode};
    } else if (last_table < 0) {
      place = {open_[0], kNoTreeNode};
    } else {
      const TreeId table = open_[static_cast<std::size_t>(last_table)];
      if (tree_[table].parent != kNoTreeNode) {
        place = {tree_[table].parent, table};
      } else {
        place = {open_[static_cast<std::size_t>(last_table) - 1], kNoTreeNode};
      }
    }
  }
  if (tree_[place.parent].template_contents != kNoTreeNode && Is(place.parent, TagId::template_)) {
    place = {tree_[place.parent].template_contents, kNoTreeNode};
  }
  return place;
}

std::string_view Builder::Stable(std::string_view s) {
  return tokenizer_.IsInInput(s) ? s : tree_.Store(s);
}

TreeId Builder::CreateElement(const Tok& t, Namespace ns) {
  const TreeId id = tree_.NewNode(NodeType::kElement);
  TreeNode& n = tree_[id];
  n.ns = ns;
  n.tag = t.tag;
  n.name = ns == Namespace::kSvg ? AdjustSvgTagName(t.name) : t.name;
  n.name = Stable(n.name);
  if (t.raw != nullptr && t.kind == TokenKind::kStartTag) {
    for (const TokenAttribute& a : t.raw->attributes) {
      tree_.AddAttribute(id, {std::string_view(), Stable(a.name), Stable(a.value)});
    }
  }
  if (ns == Namespace::kHtml && t.tag == TagId::template_) {
    const TreeId contents = tree_.NewNode(NodeType::kFragment);
    tree_[id].template_contents = contents;
  }
  return id;
}

TreeId Builder::CloneElement(TreeId src) {
  const TreeId id = tree_.NewNode(NodeType::kElement);
  const TreeNode& s = tree_[src];
  TreeNode& n = tree_[id];
  n.ns = s.ns;
  n.tag = s.tag;
  n.name = s.name;
  const std::uint32_t count = s.attr_count;
  for (std::uint32_t i = 0; i < count; ++i) {
    const TreeAttribute a = tree_.attributes(src)[i];  // a copy: AddAttribute may grow the store
    tree_.AddAttribute(id, a);
  }
  return id;
}

TreeId Builder::InsertElement(const Tok& t, Namespace ns) {
  const TreeId id = CreateElement(t, ns);
  const Place place = AppropriatePlace();
  tree_.Insert(place.parent, id, place.before);
  Push(id);
  return id;
}

TreeId Builder::InsertFakeElement(TagId tag, std::string_view name) {
  Tok t;
  t.kind = TokenKind::kStartTag;
  t.tag = tag;
  t.name = name;
  return InsertElement(t);
}

bool Builder::InsertLeadingSpace(Tok& t) {
  const std::size_t n = LeadingSpace(t.text);
  InsertCharacters(t.text.substr(0, n));
  t.text.remove_prefix(n);
  return t.text.empty();
}

void Builder::InsertCharacters(std::string_view text) {
  if (text.empty()) return;
  const Place place = AppropriatePlace();
  if (tree_[place.parent].type == NodeType::kDocument) return;
  tree_.InsertText(place.parent, place.before, Stable(text));
}

void Builder::InsertComment(std::string_view text, TreeId parent) {
  const TreeId id = tree_.NewNode(NodeType::kComment);
  tree_[id].text = Stable(text);
  if (parent != kNoTreeNode) {
    tree_.Insert(parent, id, kNoTreeNode);
    return;
  }
  const Place place = AppropriatePlace();
  tree_.Insert(place.parent, id, place.before);
}

void Builder::SwitchToText(TokenizerState state) {
  tokenizer_.set_state(state);
  original_mode_ = mode_;
  mode_ = Mode::kText;
}

}  // namespace klartext::html::tree
