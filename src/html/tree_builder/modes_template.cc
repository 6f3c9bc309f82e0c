// html/tree_builder/modes_template.cc: the "in template" insertion mode
// (HTML Standard 13.2.6.4.18). (The standard's former "in select" modes are
// gone since the 2025 customizable-<select> change: select content is
// parsed by the in-body rules, see modes_body.cc.)
#include "html/tree_builder/builder.h"

namespace klartext::html::tree {

bool Builder::InTemplate(Tok& t) {
  auto switch_template_mode = [&](Mode m) {
    if (!template_modes_.empty()) template_modes_.pop_back();
    template_modes_.push_back(m);
    mode_ = m;
    return false;
  };
  switch (t.kind) {
    case TokenKind::kCharacters:
    case TokenKind::kComment:
    case TokenKind::kDoctype:
      return InBody(t);
    case TokenKind::kStartTag:
      switch (t.tag) {
        case TagId::base: case TagId::basefont: case TagId::bgsound: case TagId::link: case TagId::meta:
        case TagId::noframes: case TagId::script: case TagId::style: case TagId::template_: case TagId::title:
          return InHead(t);
        case TagId::caption: case TagId::colgroup: case TagId::tbody: case TagId::tfoot: case TagId::thead:
          return switch_template_mode(Mode::kInTable);
        case TagId::col:
          return switch_template_mode(Mode::kInColumnGroup);
        case TagId::tr:
          return switch_template_mode(Mode::kInTableBody);
        case TagId::td: case TagId::th:
          return switch_template_mode(Mode::kInRow);
        default:
          return switch_template_mode(Mode::kInBody);
      }
    case TokenKind::kEndTag:
      if (t.tag == TagId::template_) return InHead(t);
      return true;
    case TokenKind::kEndOfFile:
      if (!OnStack(TagId::template_)) {
        StopParsing();
        return true;
      }
      PopUntil(TagId::template_);
      ClearFormattingToMarker();
      if (!template_modes_.empty()) template_modes_.pop_back();
      ResetInsertionMode();
      return false;
  }
  return true;
}

}  // namespace klartext::html::tree
