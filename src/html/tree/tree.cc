#include "html/tree/tree.h"

#include <algorithm>
#include <utility>

namespace klartext::html::tree {

Tree::Tree() {
  TreeNode doc;
  doc.type = NodeType::kDocument;
  nodes_.push_back(doc);
}

std::string_view Tree::Text(TreeId id) const {
  const TreeNode& n = nodes_[id];
  return n.owned_text == UINT32_MAX ? n.text : std::string_view(owned_texts_[n.owned_text]);
}

TreeId Tree::NewNode(NodeType type) {
  TreeNode n;
  n.type = type;
  n.attr_begin = static_cast<std::uint32_t>(attrs_.size());
  nodes_.push_back(n);
  return static_cast<TreeId>(nodes_.size() - 1);
}

void Tree::AddAttribute(TreeId id, TreeAttribute attr) {
  TreeNode& n = nodes_[id];
  if (n.attr_begin + n.attr_count != attrs_.size()) {
    const auto begin = static_cast<std::uint32_t>(attrs_.size());
    for (std::uint32_t i = 0; i < n.attr_count; ++i) attrs_.push_back(attrs_[n.attr_begin + i]);
    n.attr_begin = begin;
  }
  attrs_.push_back(attr);
  ++n.attr_count;
}

void Tree::Insert(TreeId parent, TreeId child, TreeId before) {
  TreeNode& p = nodes_[parent];
  TreeNode& c = nodes_[child];
  c.parent = parent;
  c.next = before;
  if (before == kNoTreeNode) {
    c.prev = p.last_child;
    if (p.last_child != kNoTreeNode) {
      nodes_[p.last_child].next = child;
    } else {
      p.first_child = child;
    }
    p.last_child = child;
  } else {
    TreeNode& b = nodes_[before];
    c.prev = b.prev;
    if (b.prev != kNoTreeNode) {
      nodes_[b.prev].next = child;
    } else {
      p.first_child = child;
    }
    b.prev = child;
  }
}

void Tree::Remove(TreeId id) {
  TreeNode& n = nodes_[id];
  if (n.parent == kNoTreeNode) return;
  TreeNode& p = nodes_[n.parent];
  if (n.prev != kNoTreeNode) {
    nodes_[n.prev].next = n.next;
  } else {
    p.first_child = n.next;
  }
  if (n.next != kNoTreeNode) {
    nodes_[n.next].prev = n.prev;
  } else {
    p.last_child = n.prev;
  }
  n.parent = n.prev = n.next = kNoTreeNode;
}

void Tree::MoveChildren(TreeId from, TreeId to) {
  while (nodes_[from].first_child != kNoTreeNode) {
    const TreeId c = nodes_[from].first_child;
    Remove(c);
    Insert(to, c, kNoTreeNode);
  }
}

void Tree::InsertText(TreeId parent, TreeId before, std::string_view text) {
  if (text.empty()) return;
  const TreeId adjacent = before == kNoTreeNode ? nodes_[parent].last_child : nodes_[before].prev;
  if (adjacent != kNoTreeNode && nodes_[adjacent].type == NodeType::kText) {
    TreeNode& t = nodes_[adjacent];
    if (t.owned_text == UINT32_MAX) {
      t.owned_text = static_cast<std::uint32_t>(owned_texts_.size());
      owned_texts_.emplace_back(t.text);
    }
    owned_texts_[t.owned_text].append(text);
    return;
  }
  const TreeId id = NewNode(NodeType::kText);
  nodes_[id].text = text;
  Insert(parent, id, before);
}

namespace {

void Indent(std::string* out, int depth) {
  out->append("| ");
  out->append(static_cast<std::size_t>(depth) * 2, ' ');
}

std::string_view NamespacePrefix(Namespace ns) {
  switch (ns) {
    case Namespace::kSvg:
      return "svg ";
    case Namespace::kMathMl:
      return "math ";
    case Namespace::kHtml:
      break;
  }
  return "";
}

}  // namespace

std::string DumpForTests(const Tree& tree, TreeId root) {
  std::string out;
  // (node, depth); explicit stack, children pushed in reverse.
  std::vector<std::pair<TreeId, int>> stack;
  auto push_children = [&](TreeId parent, int depth) {
    std::vector<TreeId> kids;
    for (TreeId c = tree[parent].first_child; c != kNoTreeNode; c = tree[c].next) kids.push_back(c);
    for (auto it = kids.rbegin(); it != kids.rend(); ++it) stack.emplace_back(*it, depth);
  };
  push_children(root, 0);
  while (!stack.empty()) {
    auto [id, depth] = stack.back();
    stack.pop_back();
    const TreeNode& n = tree[id];
    Indent(&out, depth);
    switch (n.type) {
      case NodeType::kDoctype:
        out += "<!DOCTYPE " + std::string(n.name);
        if (!n.text.empty() || !n.system_id.empty()) {
          out += " \"" + std::string(n.text) + "\" \"" + std::string(n.system_id) + "\"";
        }
        out += ">\n";
        break;
      case NodeType::kText:
        out += "\"" + std::string(tree.Text(id)) + "\"\n";
        break;
      case NodeType::kComment:
        out += "<!-- " + std::string(n.text) + " -->\n";
        break;
      case NodeType::kElement: {
        out += "<" + std::string(NamespacePrefix(n.ns)) + std::string(n.name) + ">\n";
        std::vector<std::pair<std::string, std::string_view>> attrs;
        for (const TreeAttribute& a : tree.attributes(id)) {
          std::string name = a.prefix.empty() ? std::string(a.name) : std::string(a.prefix) + " " + std::string(a.name);
          attrs.emplace_back(std::move(name), a.value);
        }
        std::sort(attrs.begin(), attrs.end());
        for (const auto& [name, value] : attrs) {
          Indent(&out, depth + 1);
          out += name + "=\"" + std::string(value) + "\"\n";
        }
        if (n.template_contents != kNoTreeNode) {
          Indent(&out, depth + 1);
          out += "content\n";
          push_children(id, depth + 1);  // children of the template itself (normally none)
          push_children(n.template_contents, depth + 2);
          continue;
        }
        break;
      }
      case NodeType::kDocument:
      case NodeType::kFragment:
        break;
    }
    push_children(id, depth + 1);
  }
  return out;
}

}  // namespace klartext::html::tree
