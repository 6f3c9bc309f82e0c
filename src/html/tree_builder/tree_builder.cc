// html/tree_builder/tree_builder.cc: the entry points, fragment set-up and
// the copy of the finished tree into html::Document.
#include "html/tree_builder/tree_builder.h"

#include <array>
#include <string>
#include <utility>
#include <vector>

#include "html/tree_builder/builder.h"

namespace klartext::html {

using tree::Builder;
using tree::Namespace;
using tree::NodeType;
using tree::Tree;
using tree::TreeId;

namespace tree {

void Builder::SetUpFragment(std::string_view context) {
  Namespace ns = Namespace::kHtml;
  if (context.substr(0, 4) == "svg ") {
    ns = Namespace::kSvg;
    context.remove_prefix(4);
  } else if (context.substr(0, 5) == "math ") {
    ns = Namespace::kMathMl;
    context.remove_prefix(5);
  }
  const TreeId root = tree_.NewNode(NodeType::kElement);  // id 1: the fragment's parent
  tree_[root].tag = TagId::html;
  tree_[root].name = "html";
  tree_.Insert(Tree::kDocumentNode, root, kNoTreeNode);
  context_ = tree_.NewNode(NodeType::kElement);
  tree_[context_].ns = ns;
  std::string lower(context);
  for (char& c : lower) c = static_cast<char>(c >= 'A' && c <= 'Z' ? c + 32 : c);
  tree_[context_].tag = LookupTag(lower);
  tree_[context_].name = tree_.Store(context);
  if (ns == Namespace::kHtml) {
    switch (tree_[context_].tag) {
      case TagId::title: case TagId::textarea:
        tokenizer_.set_state(TokenizerState::kRcdata);
        break;
      case TagId::style: case TagId::xmp: case TagId::iframe: case TagId::noembed: case TagId::noframes:
        tokenizer_.set_state(TokenizerState::kRawtext);
        break;
      case TagId::script:
        tokenizer_.set_state(TokenizerState::kScriptData);
        break;
      case TagId::noscript:
        if (options_.scripting) tokenizer_.set_state(TokenizerState::kRawtext);
        break;
      case TagId::plaintext:
        tokenizer_.set_state(TokenizerState::kPlaintext);
        break;
      default:
        break;
    }
    if (tree_[context_].tag == TagId::template_) template_modes_.push_back(Mode::kInTemplate);
  }
  Push(root);
  ResetInsertionMode();
}

}  // namespace tree

Tree BuildTree(std::string_view utf8, const TreeBuilderOptions& options) {
  Builder builder(utf8, options);
  builder.Run();
  return builder.TakeTree();
}

Tree BuildFragmentTree(std::string_view utf8, std::string_view context, const TreeBuilderOptions& options) {
  Builder builder(utf8, options);
  builder.SetUpFragment(context);
  builder.Run();
  return builder.TakeTree();
}

namespace {

// The extraction Tag of an element. An HTML element the tree builder knows
// carries its TagId, and its name is that TagId's name (the builder sets
// both from the tokenizer's lower-case name, or both by hand), so the Tag
// is read from a table instead of looking the name up a second time;
// other elements (foreign, or names the builder does not list) by name.
Tag TagOf(const tree::TreeNode& n) {
  static const auto kByTagId = [] {
    std::array<Tag, static_cast<std::size_t>(tree::TagId::kCount)> t{};
    for (std::size_t i = 0; i < t.size(); ++i) t[i] = TagFromName(tree::TagIdName(static_cast<tree::TagId>(i)));
    return t;
  }();
  if (n.ns == Namespace::kHtml && n.tag != tree::TagId::kUnknown) return kByTagId[static_cast<std::size_t>(n.tag)];
  return TagFromName(n.name);
}

}  // namespace

Document ToDocument(const Tree& tree, const ParseLimits& limits) {
  Document doc;
  doc.Reserve(tree.size() + 1, tree.attribute_count());
  if (tree.truncated()) doc.set_truncated();
  // One frame per open element: the next of its children to visit, and the
  // Document node they go to. The walk is pre-order, as the Document's ids
  // must be, and the stack only grows with the depth, not with each child.
  struct Frame {
    TreeId next;
    NodeId doc_parent;
  };
  std::vector<Frame> stack;
  stack.push_back({tree[Tree::kDocumentNode].first_child, Document::kRoot});
  // Text runs that become adjacent in the Document (the tree's own text is
  // merged already; flattening at max_depth joins more) are collected here
  // and appended once: appending them one by one would copy the growing
  // text each time, quadratic on a page of deeply nested text. A single
  // run (the common case) is borrowed; joined runs are stored.
  std::string pending_text;
  std::string_view pending_run;
  int pending_runs = 0;
  NodeId pending_parent = kNoNode;
  auto flush_text = [&] {
    if (pending_parent != kNoNode) {
      if (pending_runs == 1) {
        doc.AppendTextBorrowed(pending_parent, pending_run);
      } else {
        doc.AppendText(pending_parent, pending_text);
      }
    }
    pending_text.clear();
    pending_runs = 0;
    pending_parent = kNoNode;
  };
  while (!stack.empty()) {
    Frame& frame = stack.back();
    const TreeId id = frame.next;
    if (id == tree::kNoTreeNode) {
      stack.pop_back();
      continue;
    }
    const NodeId parent = frame.doc_parent;
    frame.next = tree[id].next;
    if (doc.size() >= limits.max_nodes) {
      doc.set_truncated();
      break;
    }
    const tree::TreeNode& n = tree[id];
    if (n.type == NodeType::kText) {
      if (pending_parent != parent) flush_text();
      pending_parent = parent;
      if (++pending_runs == 1) {
        pending_run = tree.Text(id);
      } else {
        if (pending_runs == 2) pending_text.assign(pending_run);
        pending_text.append(tree.Text(id));
      }
      continue;
    }
    switch (n.type) {
      case NodeType::kText:
        break;
      case NodeType::kComment:
        flush_text();
        doc.AppendCommentBorrowed(parent, n.text);
        break;
      case NodeType::kElement: {
        NodeId self = parent;
        if (doc[parent].depth >= limits.max_depth) {
          doc.set_truncated();  // too deep: children go to the parent
        } else {
          flush_text();
          const Tag tag = TagOf(n);
          self = doc.AppendElementBorrowed(parent, tag, n.name);
          for (const tree::TreeAttribute& a : tree.attributes(id)) {
            if (a.prefix.empty()) {
              doc.AddAttributeBorrowed(self, a.name, a.value);
            } else {
              const std::string qualified = std::string(a.prefix) + ":" + std::string(a.name);
              doc.AddAttribute(self, qualified, a.value);
            }
          }
        }
        const TreeId children = n.template_contents != tree::kNoTreeNode ? n.template_contents : id;
        stack.push_back({tree[children].first_child, self});  // `frame` is not used after this
        break;
      }
      case NodeType::kDocument:
      case NodeType::kFragment:
      case NodeType::kDoctype:
        break;
    }
  }
  flush_text();
  return doc;
}

}  // namespace klartext::html
