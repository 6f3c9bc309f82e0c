// html/tree_builder/formatting.cc: the list of active formatting elements
// (HTML Standard 13.2.4.3): what <b>, <i>, <a> … are re-opened after a
// block closes them, with the Noah's Ark clause and klartext's size cap.
#include <algorithm>

#include "html/tree_builder/builder.h"

namespace klartext::html::tree {
namespace {

// Noah's Ark clause: at most this many identical formatting elements
// (same name, namespace and attributes) after the last marker.
constexpr int kNoahsArkLimit = 3;

// Elements with more attributes than this are never counted as identical
// for the Noah's Ark clause: comparing two attribute sets is quadratic, and
// real formatting elements have a handful. (The list's size cap still holds.)
constexpr std::size_t kMaxComparedAttributes = 32;

}  // namespace

int Builder::FormattingIndex(TreeId id) const {
  for (std::size_t i = formatting_.size(); i-- > 0;) {
    if (formatting_[i] == id) return static_cast<int>(i);
  }
  return -1;
}

void Builder::PushFormatting(TreeId id) {
  const TreeNode& n = tree_[id];
  const auto attrs = tree_.attributes(id);
  int same = 0;
  std::size_t earliest = 0;
  for (std::size_t i = formatting_.size(); i-- > 0;) {
    const TreeId e = formatting_[i];
    if (e == kNoTreeNode) break;
    const TreeNode& m = tree_[e];
    if (m.ns != n.ns || m.name != n.name) continue;
    const auto other = tree_.attributes(e);
    if (other.size() != attrs.size() || attrs.size() > kMaxComparedAttributes) continue;
    bool equal = true;
    for (const TreeAttribute& a : attrs) {
      bool found = false;
      for (const TreeAttribute& b : other) {
        if (a.prefix == b.prefix && a.name == b.name) {
          found = a.value == b.value;
          break;
        }
      }
      if (!found) {
        equal = false;
        break;
      }
    }
    if (equal) {
      ++same;
      earliest = i;
    }
  }
  if (same >= kNoahsArkLimit) formatting_.erase(formatting_.begin() + static_cast<std::ptrdiff_t>(earliest));
  if (formatting_.size() >= options_.max_active_formatting) {
    // Hostile-input guard (tree_builder.h): forget the oldest element.
    auto oldest = std::find_if(formatting_.begin(), formatting_.end(), [](TreeId e) { return e != kNoTreeNode; });
    if (oldest != formatting_.end()) formatting_.erase(oldest);
  }
  formatting_.push_back(id);
}

void Builder::ClearFormattingToMarker() {
  while (!formatting_.empty()) {
    const TreeId e = formatting_.back();
    formatting_.pop_back();
    if (e == kNoTreeNode) return;
  }
}

void Builder::RemoveFromFormatting(TreeId id) {
  const int i = FormattingIndex(id);
  if (i >= 0) formatting_.erase(formatting_.begin() + i);
}

void Builder::ReconstructFormatting() {
  if (formatting_.empty()) return;
  const TreeId last = formatting_.back();
  if (last == kNoTreeNode || OnStack(last)) return;
  std::size_t i = formatting_.size() - 1;
  while (i > 0) {
    const TreeId e = formatting_[i - 1];
    if (e == kNoTreeNode || OnStack(e)) break;
    --i;
  }
  for (; i < formatting_.size() && tree_.size() <= options_.max_nodes; ++i) {
    const TreeId clone = CloneElement(formatting_[i]);
    const Place place = AppropriatePlace();
    tree_.Insert(place.parent, clone, place.before);
    Push(clone);
    formatting_[i] = clone;
  }
}

}  // namespace klartext::html::tree
