#include "html/tree_builder/nesting_filter.h"

#include <array>

namespace klartext::html::tree {
namespace {

enum class Nesting : std::uint8_t {
  kCounted,    // an element that truly nests (div, span, b, table …, unknown names)
  kUncounted,  // void, or closed implicitly by a sibling (WHATWG "generate implied end tags")
  kRawText,    // content read as text by the tokenizer: must reach the rules
};

constexpr std::array<Nesting, static_cast<std::size_t>(TagId::kCount)> MakeTable() {
  std::array<Nesting, static_cast<std::size_t>(TagId::kCount)> t{};
  for (TagId id : {TagId::area, TagId::base, TagId::br, TagId::col, TagId::dd, TagId::dt, TagId::embed,
                   TagId::hr, TagId::img, TagId::input, TagId::li, TagId::link, TagId::meta, TagId::option,
                   TagId::optgroup, TagId::p, TagId::param, TagId::rb, TagId::rp, TagId::rt, TagId::rtc,
                   TagId::source, TagId::tbody, TagId::td, TagId::tfoot, TagId::th, TagId::thead, TagId::tr,
                   TagId::track, TagId::wbr}) {
    t[static_cast<std::size_t>(id)] = Nesting::kUncounted;
  }
  for (TagId id : {TagId::script, TagId::style, TagId::textarea, TagId::title, TagId::xmp, TagId::noembed,
                   TagId::noframes, TagId::iframe, TagId::plaintext}) {
    t[static_cast<std::size_t>(id)] = Nesting::kRawText;
  }
  return t;
}
constexpr auto kNesting = MakeTable();

}  // namespace

bool NestingFilter::Admit(TokenKind kind, TagId tag, bool self_closing) {
  if (max_depth_ == 0 || (kind != TokenKind::kStartTag && kind != TokenKind::kEndTag)) return true;
  if (kNesting[static_cast<std::size_t>(tag)] != Nesting::kCounted) return true;
  if (kind == TokenKind::kEndTag) {
    if (excess_open_ > 0) {
      --excess_open_;
      ++dropped_;
      return false;
    }
    if (depth_ > 0) --depth_;
    return true;
  }
  if (self_closing) return true;
  if (depth_ >= max_depth_) {
    ++excess_open_;
    ++dropped_;
    return false;
  }
  ++depth_;
  return true;
}

}  // namespace klartext::html::tree
