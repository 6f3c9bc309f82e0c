// html/tree/tree.h: the tree builder's working tree.
//
// The HTML tree construction algorithm moves nodes after creating them
// (foster parenting, the adoption agency), so it cannot append straight
// into html::Document, whose ids must be in document order. It builds this
// mutable tree instead (nodes in one vector, linked by index, with
// namespaces, DOCTYPEs and template contents, which html5lib's tests
// compare), and ToDocument() lays the finished tree out in pre-order.
// Strings are views into the tokenizer's input where possible, otherwise
// into the tree's arena.
#ifndef KLARTEXT_HTML_TREE_TREE_H_
#define KLARTEXT_HTML_TREE_TREE_H_

#include <cstdint>
#include <memory>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "core/arena.h"
#include "html/tree/tag_id.h"

namespace klartext::html::tree {

using TreeId = std::uint32_t;
inline constexpr TreeId kNoTreeNode = UINT32_MAX;

enum class NodeType : std::uint8_t { kDocument, kFragment, kDoctype, kElement, kText, kComment };
enum class Namespace : std::uint8_t { kHtml, kSvg, kMathMl };

struct TreeAttribute {
  std::string_view prefix;  // "xlink", "xml", "xmlns" for adjusted foreign attributes, else ""
  std::string_view name;
  std::string_view value;
};

struct TreeNode {
  NodeType type = NodeType::kElement;
  Namespace ns = Namespace::kHtml;
  TagId tag = TagId::kUnknown;  // for HTML elements and the foreign names the rules check
  TreeId parent = kNoTreeNode;
  TreeId first_child = kNoTreeNode;
  TreeId last_child = kNoTreeNode;
  TreeId next = kNoTreeNode;
  TreeId prev = kNoTreeNode;
  TreeId template_contents = kNoTreeNode;  // <template>: its content fragment
  std::string_view name;                   // element, DOCTYPE name
  std::string_view text;                   // text, comment, DOCTYPE public id
  std::string_view system_id;              // DOCTYPE
  std::uint32_t attr_begin = 0;
  std::uint32_t attr_count = 0;
  std::uint32_t owned_text = UINT32_MAX;  // text grown by appends: index into owned texts
};

class Tree {
 public:
  Tree();  // node 0 is the document
  Tree(Tree&&) = default;
  Tree& operator=(Tree&&) = default;

  static constexpr TreeId kDocumentNode = 0;

  std::size_t size() const { return nodes_.size(); }
  std::size_t attribute_count() const { return attrs_.size(); }
  const TreeNode& operator[](TreeId id) const { return nodes_[id]; }
  TreeNode& operator[](TreeId id) { return nodes_[id]; }
  std::span<const TreeAttribute> attributes(TreeId id) const {
    return {attrs_.data() + nodes_[id].attr_begin, nodes_[id].attr_count};
  }
  // The text of a text node (appends included).
  std::string_view Text(TreeId id) const;

  // Makes room for this many nodes and attributes, so that building the
  // tree does not copy it as it grows.
  void Reserve(std::size_t nodes, std::size_t attributes) {
    nodes_.reserve(nodes);
    attrs_.reserve(attributes);
  }

  // Node creation: the node is not linked anywhere yet.
  TreeId NewNode(NodeType type);
  // Adds an attribute to `id`; if the node's attributes are not the last
  // ones stored, they are moved to the end first (rare: html/body merges).
  void AddAttribute(TreeId id, TreeAttribute attr);

  // Inserts `child` (unlinked) into parent before `before` (kNoTreeNode: at
  // the end).
  void Insert(TreeId parent, TreeId child, TreeId before);
  // Unlinks `id` from its parent.
  void Remove(TreeId id);
  // Moves every child of `from` to the end of `to`.
  void MoveChildren(TreeId from, TreeId to);
  // Appends text into parent before `before`, merging with an adjacent
  // text node as the DOM does.
  void InsertText(TreeId parent, TreeId before, std::string_view text);

  // Set when the builder stopped at a limit (tree_builder.h).
  bool truncated() const { return truncated_; }
  void set_truncated() { truncated_ = true; }

  // Copies a string that does not outlive the current token.
  std::string_view Store(std::string_view s) { return arena_.Store(s); }
  // Keeps a buffer (the CR-normalised input) alive as long as the tree,
  // so nodes can point into it.
  void Adopt(std::unique_ptr<char[]> buffer) { buffers_.push_back(std::move(buffer)); }

 private:
  std::vector<TreeNode> nodes_;
  std::vector<TreeAttribute> attrs_;
  std::vector<std::string> owned_texts_;
  std::vector<std::unique_ptr<char[]>> buffers_;
  Arena arena_;
  bool truncated_ = false;
};

// The html5lib tree-construction test format ("| <html>" lines) of the
// children of `root`, for tests and debugging.
std::string DumpForTests(const Tree& tree, TreeId root = Tree::kDocumentNode);

}  // namespace klartext::html::tree

#endif  // KLARTEXT_HTML_TREE_TREE_H_
