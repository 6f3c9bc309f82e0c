// html/tree_builder/adoption.cc: the adoption agency algorithm (HTML
// Standard 13.2.6.4.7, end tags of formatting elements), which repairs
// misnested formatting like <b><p>x</b>y</p>.
#include <algorithm>

#include "html/tree_builder/builder.h"

namespace klartext::html::tree {
namespace {

// The standard's loop bounds: they keep the algorithm linear on hostile
// markup at the price of leaving some pathological nesting unrepaired.
constexpr int kOuterLoopLimit = 8;
constexpr int kInnerLoopFormattingLimit = 3;

}  // namespace

bool Builder::AdoptionAgency(const Tok& t) {
  const std::string_view subject = t.name;
  if (!open_.empty() && IsHtml(Current()) && tree_[Current()].name == subject &&
      FormattingIndex(Current()) < 0) {
    Pop();
    return true;
  }
  for (int outer = 0; outer < kOuterLoopLimit; ++outer) {
    // The last formatting element named `subject` after the last marker.
    TreeId fe = kNoTreeNode;
    for (std::size_t i = formatting_.size(); i-- > 0;) {
      const TreeId e = formatting_[i];
      if (e == kNoTreeNode) break;
      if (tree_[e].name == subject) {
        fe = e;
        break;
      }
    }
    if (fe == kNoTreeNode) return false;
    const auto fe_it = std::find(open_.begin(), open_.end(), fe);
    if (fe_it == open_.end()) {
      RemoveFromFormatting(fe);
      return true;
    }
    if (!NodeInScope(fe, Scope::kDefault)) return true;
    const std::size_t fe_index = static_cast<std::size_t>(fe_it - open_.begin());
    std::size_t fb_index = 0;
    TreeId fb = kNoTreeNode;
    for (std::size_t i = fe_index + 1; i < open_.size(); ++i) {
      if (IsSpecial(open_[i])) {
        fb = open_[i];
        fb_index = i;
        break;
      }
    }
    if (fb == kNoTreeNode) {
      while (open_.size() > fe_index) Pop();
      RemoveFromFormatting(fe);
      return true;
    }
    const TreeId common_ancestor = open_[fe_index - 1];
    int bookmark = FormattingIndex(fe);
    TreeId last_node = fb;
    std::size_t node_index = fb_index;
    for (int inner = 1;; ++inner) {
      --node_index;
      TreeId node = open_[node_index];
      if (node == fe) break;
      int node_formatting = FormattingIndex(node);
      if (inner > kInnerLoopFormattingLimit && node_formatting >= 0) {
        formatting_.erase(formatting_.begin() + node_formatting);
        if (node_formatting < bookmark) --bookmark;
        node_formatting = -1;
      }
      if (node_formatting < 0) {
        RemoveFromStack(node);  // node_index now names the element that was above it
        continue;
      }
      const TreeId clone = CloneElement(node);
      formatting_[static_cast<std::size_t>(node_formatting)] = clone;
      open_[node_index] = clone;  // same name and namespace: the counts stay right
      node = clone;
      if (last_node == fb) bookmark = node_formatting + 1;
      tree_.Remove(last_node);
      tree_.Insert(node, last_node, kNoTreeNode);
      last_node = node;
    }
    tree_.Remove(last_node);
    const Place place = AppropriatePlace(common_ancestor);
    tree_.Insert(place.parent, last_node, place.before);

    const TreeId element = CloneElement(fe);
    tree_.MoveChildren(fb, element);
    tree_.Insert(fb, element, kNoTreeNode);

    const int fe_formatting = FormattingIndex(fe);
    formatting_.erase(formatting_.begin() + fe_formatting);
    if (fe_formatting < bookmark) --bookmark;
    bookmark = std::clamp(bookmark, 0, static_cast<int>(formatting_.size()));
    formatting_.insert(formatting_.begin() + bookmark, element);

    RemoveFromStack(fe);
    const auto fb_it = std::find(open_.begin(), open_.end(), fb);
    open_.insert(fb_it + 1, element);
    if (IsHtml(element)) ++open_count_[static_cast<std::size_t>(tree_[element].tag)];
  }
  return true;
}

}  // namespace klartext::html::tree
