// html/tree_builder/modes_table.cc: tables (HTML Standard 13.2.6.4.9-15:
// in table, in table text, in caption, in column group, in table body, in
// row, in cell). Content that does not belong in a table is foster-parented
// in front of it.
#include "html/tree_builder/builder.h"

namespace klartext::html::tree {
namespace {

bool IsOneOf(TagId t, std::initializer_list<TagId> tags) {
  for (TagId x : tags) {
    if (t == x) return true;
  }
  return false;
}

bool EqualsIgnoringAsciiCase(std::string_view a, std::string_view b) {
  if (a.size() != b.size()) return false;
  for (std::size_t i = 0; i < a.size(); ++i) {
    char x = a[i];
    if (x >= 'A' && x <= 'Z') x = static_cast<char>(x + 32);
    if (x != b[i]) return false;
  }
  return true;
}

}  // namespace

bool Builder::InTable(Tok& t) {
  switch (t.kind) {
    case TokenKind::kCharacters: {
      const TreeNode& c = tree_[Current()];
      if (c.ns == Namespace::kHtml &&
          IsOneOf(c.tag, {TagId::table, TagId::tbody, TagId::template_, TagId::tfoot, TagId::thead, TagId::tr})) {
        table_text_.clear();
        table_text_has_non_space_ = false;
        original_mode_ = mode_;
        mode_ = Mode::kInTableText;
        return false;
      }
      break;
    }
    case TokenKind::kComment:
      InsertComment(t.text);
      return true;
    case TokenKind::kDoctype:
      return true;
    case TokenKind::kStartTag:
      switch (t.tag) {
        case TagId::caption:
          ClearStackBackTo({TagId::table});
          InsertMarker();
          InsertElement(t);
          mode_ = Mode::kInCaption;
          return true;
        case TagId::colgroup:
          ClearStackBackTo({TagId::table});
          InsertElement(t);
          mode_ = Mode::kInColumnGroup;
          return true;
        case TagId::col:
          ClearStackBackTo({TagId::table});
          InsertFakeElement(TagId::colgroup, "colgroup");
          mode_ = Mode::kInColumnGroup;
          return false;
        case TagId::tbody: case TagId::tfoot: case TagId::thead:
          ClearStackBackTo({TagId::table});
          InsertElement(t);
          mode_ = Mode::kInTableBody;
          return true;
        case TagId::td: case TagId::th: case TagId::tr:
          ClearStackBackTo({TagId::table});
          InsertFakeElement(TagId::tbody, "tbody");
          mode_ = Mode::kInTableBody;
          return false;
        case TagId::table:
          if (!InScope(TagId::table, Scope::kTable)) return true;
          PopUntil(TagId::table);
          ResetInsertionMode();
          return false;
        case TagId::style: case TagId::script: case TagId::template_:
          return InHead(t);
        case TagId::input: {
          bool hidden = false;
          for (const TokenAttribute& a : t.raw->attributes) {
            if (a.name == "type") hidden = EqualsIgnoringAsciiCase(a.value, "hidden");
          }
          if (!hidden) break;
          InsertElement(t);
          Pop();
          return true;
        }
        case TagId::form:
          if (OnStack(TagId::template_) || form_ != kNoTreeNode) return true;
          form_ = InsertElement(t);
          Pop();
          return true;
        default:
          break;
      }
      break;
    case TokenKind::kEndTag:
      switch (t.tag) {
        case TagId::table:
          if (!InScope(TagId::table, Scope::kTable)) return true;
          PopUntil(TagId::table);
          ResetInsertionMode();
          return true;
        case TagId::body: case TagId::caption: case TagId::col: case TagId::colgroup: case TagId::html:
        case TagId::tbody: case TagId::td: case TagId::tfoot: case TagId::th: case TagId::thead: case TagId::tr:
          return true;
        case TagId::template_:
          return InHead(t);
        default:
          break;
      }
      break;
    case TokenKind::kEndOfFile:
      return InBody(t);
  }
  // Anything else: as in body, but foster-parented.
  foster_parenting_ = true;
  const bool done = InBody(t);
  foster_parenting_ = false;
  return done;
}

bool Builder::InTableText(Tok& t) {
  if (t.kind == TokenKind::kCharacters) {
    for (char c : t.text) {
      if (c == '\0') continue;
      table_text_.push_back(c);
      if (!IsTreeSpace(c)) table_text_has_non_space_ = true;
    }
    return true;
  }
  if (table_text_has_non_space_) {
    Tok chars;
    chars.kind = TokenKind::kCharacters;
    chars.text = table_text_;
    foster_parenting_ = true;
    InBody(chars);
    foster_parenting_ = false;
  } else {
    InsertCharacters(table_text_);
  }
  table_text_.clear();
  mode_ = original_mode_;
  return false;
}

bool Builder::InCaption(Tok& t) {
  const bool end_caption = t.is_end(TagId::caption);
  const bool closes = (t.kind == TokenKind::kStartTag &&
                       IsOneOf(t.tag, {TagId::caption, TagId::col, TagId::colgroup, TagId::tbody, TagId::td,
                                       TagId::tfoot, TagId::th, TagId::thead, TagId::tr})) ||
                      t.is_end(TagId::table);
  if (end_caption || closes) {
    if (!InScope(TagId::caption, Scope::kTable)) return true;
    GenerateImpliedEndTags();
    PopUntil(TagId::caption);
    ClearFormattingToMarker();
    mode_ = Mode::kInTable;
    return end_caption;
  }
  if (t.kind == TokenKind::kEndTag &&
      IsOneOf(t.tag, {TagId::body, TagId::col, TagId::colgroup, TagId::html, TagId::tbody, TagId::td,
                      TagId::tfoot, TagId::th, TagId::thead, TagId::tr})) {
    return true;
  }
  return InBody(t);
}

bool Builder::InColumnGroup(Tok& t) {
  switch (t.kind) {
    case TokenKind::kCharacters:
      if (InsertLeadingSpace(t)) return true;
      break;
    case TokenKind::kComment:
      InsertComment(t.text);
      return true;
    case TokenKind::kDoctype:
      return true;
    case TokenKind::kStartTag:
      if (t.tag == TagId::html) return InBody(t);
      if (t.tag == TagId::col) {
        InsertElement(t);
        Pop();
        return true;
      }
      if (t.tag == TagId::template_) return InHead(t);
      break;
    case TokenKind::kEndTag:
      if (t.tag == TagId::colgroup) {
        if (!CurrentIs(TagId::colgroup)) return true;
        Pop();
        mode_ = Mode::kInTable;
        return true;
      }
      if (t.tag == TagId::col) return true;
      if (t.tag == TagId::template_) return InHead(t);
      break;
    case TokenKind::kEndOfFile:
      return InBody(t);
  }
  if (!CurrentIs(TagId::colgroup)) return true;
  Pop();
  mode_ = Mode::kInTable;
  return false;
}

bool Builder::InTableBody(Tok& t) {
  if (t.kind == TokenKind::kStartTag) {
    if (t.tag == TagId::tr) {
      ClearStackBackTo({TagId::tbody, TagId::tfoot, TagId::thead});
      InsertElement(t);
      mode_ = Mode::kInRow;
      return true;
    }
    if (t.tag == TagId::th || t.tag == TagId::td) {
      ClearStackBackTo({TagId::tbody, TagId::tfoot, TagId::thead});
      InsertFakeElement(TagId::tr, "tr");
      mode_ = Mode::kInRow;
      return false;
    }
  }
  if (t.kind == TokenKind::kEndTag && IsOneOf(t.tag, {TagId::tbody, TagId::tfoot, TagId::thead})) {
    if (!InScope(t.tag, Scope::kTable)) return true;
    ClearStackBackTo({TagId::tbody, TagId::tfoot, TagId::thead});
    Pop();
    mode_ = Mode::kInTable;
    return true;
  }
  if ((t.kind == TokenKind::kStartTag &&
       IsOneOf(t.tag, {TagId::caption, TagId::col, TagId::colgroup, TagId::tbody, TagId::tfoot, TagId::thead})) ||
      t.is_end(TagId::table)) {
    if (!InScope(TagId::tbody, Scope::kTable) && !InScope(TagId::thead, Scope::kTable) &&
        !InScope(TagId::tfoot, Scope::kTable)) {
      return true;
    }
    ClearStackBackTo({TagId::tbody, TagId::tfoot, TagId::thead});
    Pop();
    mode_ = Mode::kInTable;
    return false;
  }
  if (t.kind == TokenKind::kEndTag &&
      IsOneOf(t.tag, {TagId::body, TagId::caption, TagId::col, TagId::colgroup, TagId::html, TagId::td,
                      TagId::th, TagId::tr})) {
    return true;
  }
  return InTable(t);
}

bool Builder::InRow(Tok& t) {
  if (t.kind == TokenKind::kStartTag && (t.tag == TagId::th || t.tag == TagId::td)) {
    ClearStackBackTo({TagId::tr});
    InsertElement(t);
    mode_ = Mode::kInCell;
    InsertMarker();
    return true;
  }
  if (t.is_end(TagId::tr)) {
    if (!InScope(TagId::tr, Scope::kTable)) return true;
    ClearStackBackTo({TagId::tr});
    Pop();
    mode_ = Mode::kInTableBody;
    return true;
  }
  if ((t.kind == TokenKind::kStartTag &&
       IsOneOf(t.tag, {TagId::caption, TagId::col, TagId::colgroup, TagId::tbody, TagId::tfoot, TagId::thead,
                       TagId::tr})) ||
      t.is_end(TagId::table)) {
    if (!InScope(TagId::tr, Scope::kTable)) return true;
    ClearStackBackTo({TagId::tr});
    Pop();
    mode_ = Mode::kInTableBody;
    return false;
  }
  if (t.kind == TokenKind::kEndTag && IsOneOf(t.tag, {TagId::tbody, TagId::tfoot, TagId::thead})) {
    if (!InScope(t.tag, Scope::kTable) || !InScope(TagId::tr, Scope::kTable)) return true;
    ClearStackBackTo({TagId::tr});
    Pop();
    mode_ = Mode::kInTableBody;
    return false;
  }
  if (t.kind == TokenKind::kEndTag &&
      IsOneOf(t.tag, {TagId::body, TagId::caption, TagId::col, TagId::colgroup, TagId::html, TagId::td, TagId::th})) {
    return true;
  }
  return InTable(t);
}

void Builder::CloseCell() {
  GenerateImpliedEndTags();
  while (!open_.empty()) {
    const TreeId id = Current();
    Pop();
    if (Is(id, TagId::td) || Is(id, TagId::th)) break;
  }
  ClearFormattingToMarker();
  mode_ = Mode::kInRow;
}

bool Builder::InCell(Tok& t) {
  if (t.kind == TokenKind::kEndTag && (t.tag == TagId::td || t.tag == TagId::th)) {
    if (!InScope(t.tag, Scope::kTable)) return true;
    GenerateImpliedEndTags();
    PopUntil(t.tag);
    ClearFormattingToMarker();
    mode_ = Mode::kInRow;
    return true;
  }
  if (t.kind == TokenKind::kStartTag &&
      IsOneOf(t.tag, {TagId::caption, TagId::col, TagId::colgroup, TagId::tbody, TagId::td, TagId::tfoot,
                      TagId::th, TagId::thead, TagId::tr})) {
    if (!InScope(TagId::td, Scope::kTable) && !InScope(TagId::th, Scope::kTable)) return true;
    CloseCell();
    return false;
  }
  if (t.kind == TokenKind::kEndTag &&
      IsOneOf(t.tag, {TagId::body, TagId::caption, TagId::col, TagId::colgroup, TagId::html})) {
    return true;
  }
  if (t.kind == TokenKind::kEndTag &&
      IsOneOf(t.tag, {TagId::table, TagId::tbody, TagId::tfoot, TagId::thead, TagId::tr})) {
    if (!InScope(t.tag, Scope::kTable)) return true;
    CloseCell();
    return false;
  }
  return InBody(t);
}

}  // namespace klartext::html::tree
