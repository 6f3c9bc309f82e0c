// html/dom.h: klartext's own read-only DOM, the one interface between the
// HTML parser and every rule that reads a page.
//
// Whatever parser builds it (see html/parse.h), a Document is a flat array
// of Nodes linked by index. Its strings live in an Arena the Document owns,
// or, to spare a copy of every string, in the parser's storage, which the
// Document then retains (Retain): either way a Document is self-contained.
// Rules walk it with Children()/parent links; nothing edits it after the
// build: classification labels blocks instead of removing nodes, so a retry
// costs nothing (unlike Readability's in-place edits).
//
// Invariants: node 0 is the document; ids are in document order (pre-order),
// so the subtree of a node is the id range [id, SubtreeEnd(id)); children
// are linked in order via next_sibling; attributes of an element are the range
// [attr_begin, attr_end) of attributes(). Depth never exceeds the limit the
// builder was given (deeper elements are attached at that depth).
// Thread safety: a const Document may be read from many threads.
#ifndef KLARTEXT_HTML_DOM_H_
#define KLARTEXT_HTML_DOM_H_

#include <cstdint>
#include <memory>
#include <span>
#include <string_view>
#include <vector>

#include "core/arena.h"
#include "html/tag.h"

namespace klartext::html {

using NodeId = std::uint32_t;
inline constexpr NodeId kNoNode = UINT32_MAX;

enum class NodeKind : std::uint8_t { kDocument, kElement, kText, kComment };

struct Attribute {
  std::string_view name;   // lower case
  std::string_view value;  // entities decoded, UTF-8
};

struct Node {
  NodeKind kind = NodeKind::kElement;
  Tag tag = Tag::kOther;
  std::uint16_t depth = 0;  // 0 for the document
  NodeId parent = kNoNode;
  NodeId first_child = kNoNode;
  NodeId last_child = kNoNode;
  NodeId next_sibling = kNoNode;
  std::string_view name;  // element: lower-case tag name
  std::string_view text;  // text and comment nodes: their content
  std::uint32_t attr_begin = 0;
  std::uint32_t attr_end = 0;

  bool is_element() const { return kind == NodeKind::kElement; }
  bool is_text() const { return kind == NodeKind::kText; }
};

class Document {
 public:
  Document();
  Document(Document&&) = default;
  Document& operator=(Document&&) = default;

  static constexpr NodeId kRoot = 0;

  std::size_t size() const { return nodes_.size(); }
  const Node& node(NodeId id) const { return nodes_[id]; }
  const Node& operator[](NodeId id) const { return nodes_[id]; }

  std::span<const Attribute> attributes(NodeId id) const {
    const Node& n = nodes_[id];
    return {attrs_.data() + n.attr_begin, n.attr_end - n.attr_begin};
  }
  // The value of attribute `name` (lower case), or "" when absent. Inline:
  // every stage asks for class, id and the like of most elements.
  std::string_view Attr(NodeId id, std::string_view name) const {
    for (const Attribute& a : attributes(id)) {
      if (a.name == name) return a.value;
    }
    return {};
  }
  bool HasAttr(NodeId id, std::string_view name) const {
    for (const Attribute& a : attributes(id)) {
      if (a.name == name) return true;
    }
    return false;
  }

  // One past the last id in the subtree of `id` (pre-order numbering).
  NodeId SubtreeEnd(NodeId id) const;

  // The first element with this tag in document order, or kNoNode.
  NodeId FindFirst(Tag tag) const;

  // Set when the builder dropped or flattened part of the page at a limit.
  bool truncated() const { return truncated_; }

  // --- Building: for the parser only (html/tree_builder/tree_builder.cc) ---
  //
  // "Borrowed" strings are not copied: they must live in storage the
  // Document retains (Retain) or in static storage. The others are copied
  // into the Document's arena (strings the parser makes on the spot).

  // Appends an element as the last child of parent. Its attributes must be
  // added before the next node is appended.
  // Inline, as are the other appends the parser makes once per node: a
  // page has thousands.
  NodeId AppendElementBorrowed(NodeId parent, Tag tag, std::string_view name) {
    Node n;
    n.kind = NodeKind::kElement;
    n.tag = tag;
    n.name = tag == Tag::kOther ? name : TagName(tag);
    return Append(parent, n);
  }
  void AddAttribute(NodeId element, std::string_view name, std::string_view value);
  void AddAttributeBorrowed(NodeId element, std::string_view name, std::string_view value) {
    // Attributes are stored contiguously, so only the newest node may get them.
    if (element + 1 != nodes_.size()) return;
    attrs_.push_back({name, value});
    nodes_[element].attr_end = static_cast<std::uint32_t>(attrs_.size());
  }
  // Appends text as the last child of parent; merges with a text node that
  // is already the last child, so adjacent runs become one node.
  NodeId AppendText(NodeId parent, std::string_view text);
  NodeId AppendTextBorrowed(NodeId parent, std::string_view text);
  NodeId AppendCommentBorrowed(NodeId parent, std::string_view text) {
    Node n;
    n.kind = NodeKind::kComment;
    n.text = text;
    return Append(parent, n);
  }
  // Keeps `owner` (the parser's input and working tree) alive as long as
  // the Document, for the strings borrowed from it.
  void Retain(std::shared_ptr<const void> owner) { retained_.push_back(std::move(owner)); }
  void set_truncated() { truncated_ = true; }
  Arena& arena() { return arena_; }
  void Reserve(std::size_t nodes, std::size_t attributes) {
    nodes_.reserve(nodes);
    attrs_.reserve(attributes);
  }

 private:
  NodeId Append(NodeId parent, Node node) {
    const auto id = static_cast<NodeId>(nodes_.size());
    Node& p = nodes_[parent];
    node.parent = parent;
    node.depth = static_cast<std::uint16_t>(p.depth + 1);
    if (p.last_child == kNoNode) {
      p.first_child = id;
    } else {
      nodes_[p.last_child].next_sibling = id;
    }
    p.last_child = id;
    node.attr_begin = node.attr_end = static_cast<std::uint32_t>(attrs_.size());
    nodes_.push_back(node);
    return id;
  }

  std::vector<Node> nodes_;
  std::vector<Attribute> attrs_;
  Arena arena_;
  std::vector<std::shared_ptr<const void>> retained_;
  bool truncated_ = false;
};

// Calls f(child_id) for each child of `id`, in order.
template <typename F>
void ForEachChild(const Document& doc, NodeId id, F&& f) {
  for (NodeId c = doc[id].first_child; c != kNoNode; c = doc[c].next_sibling) f(c);
}

// The concatenated text of all text nodes below `id`, in document order,
// skipping <script>, <style> and <template>. Iterative: safe at any depth.
std::string InnerText(const Document& doc, NodeId id);

}  // namespace klartext::html

#endif  // KLARTEXT_HTML_DOM_H_
