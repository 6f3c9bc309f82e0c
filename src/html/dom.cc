#include "html/dom.h"

#include <string>

namespace klartext::html {

Document::Document() {
  Node root;
  root.kind = NodeKind::kDocument;
  nodes_.push_back(root);
}

void Document::AddAttribute(NodeId element, std::string_view name, std::string_view value) {
  if (element + 1 != nodes_.size()) return;
  AddAttributeBorrowed(element, arena_.Store(name), arena_.Store(value));
}

NodeId Document::AppendText(NodeId parent, std::string_view text) {
  NodeId last = nodes_[parent].last_child;
  if (last != kNoNode && nodes_[last].kind == NodeKind::kText) return AppendTextBorrowed(parent, text);
  return AppendTextBorrowed(parent, arena_.Store(text));
}

NodeId Document::AppendTextBorrowed(NodeId parent, std::string_view text) {
  NodeId last = nodes_[parent].last_child;
  if (last != kNoNode && nodes_[last].kind == NodeKind::kText) {
    Node& t = nodes_[last];
    char* joined = arena_.Allocate(t.text.size() + text.size());
    std::copy(t.text.begin(), t.text.end(), joined);
    std::copy(text.begin(), text.end(), joined + t.text.size());
    t.text = {joined, t.text.size() + text.size()};
    return last;
  }
  Node n;
  n.kind = NodeKind::kText;
  n.text = text;
  return Append(parent, n);
}

NodeId Document::FindFirst(Tag tag) const {
  // Nodes are stored in document order, so a linear scan finds the first.
  for (NodeId id = 0; id < nodes_.size(); ++id) {
    if (nodes_[id].kind == NodeKind::kElement && nodes_[id].tag == tag) return id;
  }
  return kNoNode;
}

NodeId Document::SubtreeEnd(NodeId id) const {
  for (NodeId n = id; n != kNoNode; n = nodes_[n].parent) {
    if (nodes_[n].next_sibling != kNoNode) return nodes_[n].next_sibling;
  }
  return static_cast<NodeId>(nodes_.size());
}

std::string InnerText(const Document& doc, NodeId id) {
  std::string out;
  const NodeId end = doc.SubtreeEnd(id);
  for (NodeId n = id + 1; n < end;) {
    const Node& node = doc[n];
    if (node.kind == NodeKind::kElement &&
        (node.tag == Tag::k_script || node.tag == Tag::k_style || node.tag == Tag::k_template)) {
      n = doc.SubtreeEnd(n);
      continue;
    }
    if (node.kind == NodeKind::kText) out.append(node.text);
    ++n;
  }
  return out;
}

}  // namespace klartext::html
