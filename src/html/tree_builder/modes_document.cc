// html/tree_builder/modes_document.cc: the insertion modes around the body
// (HTML Standard 13.2.6.4.1-7 initial … after head, 13.2.6.4.8 text, and
// 13.2.6.4.19-23 after body, framesets, after after …).
#include "html/tree_builder/builder.h"

namespace klartext::html::tree {
namespace {

bool IsOneOf(TagId t, std::initializer_list<TagId> tags) {
  for (TagId x : tags) {
    if (t == x) return true;
  }
  return false;
}

}  // namespace

bool Builder::Initial(Tok& t) {
  switch (t.kind) {
    case TokenKind::kCharacters:
      t.text.remove_prefix(LeadingSpace(t.text));
      if (t.text.empty()) return true;
      break;
    case TokenKind::kComment:
      InsertComment(t.text, Tree::kDocumentNode);
      return true;
    case TokenKind::kDoctype: {
      const TreeId id = tree_.NewNode(NodeType::kDoctype);
      tree_[id].name = Stable(t.raw->text);
      tree_[id].text = Stable(t.raw->public_id);
      tree_[id].system_id = Stable(t.raw->system_id);
      tree_.Insert(Tree::kDocumentNode, id, kNoTreeNode);
      quirks_ = DoctypeMeansQuirks(*t.raw);
      mode_ = Mode::kBeforeHtml;
      return true;
    }
    default:
      break;
  }
  quirks_ = true;
  mode_ = Mode::kBeforeHtml;
  return false;
}

bool Builder::BeforeHtml(Tok& t) {
  switch (t.kind) {
    case TokenKind::kDoctype:
      return true;
    case TokenKind::kComment:
      InsertComment(t.text, Tree::kDocumentNode);
      return true;
    case TokenKind::kCharacters:
      t.text.remove_prefix(LeadingSpace(t.text));
      if (t.text.empty()) return true;
      break;
    case TokenKind::kStartTag:
      if (t.tag == TagId::html) {
        const TreeId id = CreateElement(t, Namespace::kHtml);
        tree_.Insert(Tree::kDocumentNode, id, kNoTreeNode);
        Push(id);
        mode_ = Mode::kBeforeHead;
        return true;
      }
      break;
    case TokenKind::kEndTag:
      if (!IsOneOf(t.tag, {TagId::head, TagId::body, TagId::html, TagId::br})) return true;
      break;
    default:
      break;
  }
  Tok html;
  html.kind = TokenKind::kStartTag;
  html.tag = TagId::html;
  html.name = "html";
  const TreeId id = CreateElement(html, Namespace::kHtml);
  tree_.Insert(Tree::kDocumentNode, id, kNoTreeNode);
  Push(id);
  mode_ = Mode::kBeforeHead;
  return false;
}

bool Builder::BeforeHead(Tok& t) {
  switch (t.kind) {
    case TokenKind::kCharacters:
      t.text.remove_prefix(LeadingSpace(t.text));
      if (t.text.empty()) return true;
      break;
    case TokenKind::kComment:
      InsertComment(t.text);
      return true;
    case TokenKind::kDoctype:
      return true;
    case TokenKind::kStartTag:
      if (t.tag == TagId::html) return InBody(t);
      if (t.tag == TagId::head) {
        head_ = InsertElement(t);
        mode_ = Mode::kInHead;
        return true;
      }
      break;
    case TokenKind::kEndTag:
      if (!IsOneOf(t.tag, {TagId::head, TagId::body, TagId::html, TagId::br})) return true;
      break;
    default:
      break;
  }
  head_ = InsertFakeElement(TagId::head, "head");
  mode_ = Mode::kInHead;
  return false;
}

bool Builder::InHead(Tok& t) {
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
      switch (t.tag) {
        case TagId::html:
          return InBody(t);
        case TagId::base: case TagId::basefont: case TagId::bgsound: case TagId::link: case TagId::meta:
          InsertElement(t);
          Pop();
          return true;
        case TagId::title:
          InsertElement(t);
          SwitchToText(TokenizerState::kRcdata);
          return true;
        case TagId::noscript:
          if (!options_.scripting) {
            InsertElement(t);
            mode_ = Mode::kInHeadNoscript;
            return true;
          }
          [[fallthrough]];
        case TagId::noframes: case TagId::style:
          InsertElement(t);
          SwitchToText(TokenizerState::kRawtext);
          return true;
        case TagId::script:
          InsertElement(t);
          SwitchToText(TokenizerState::kScriptData);
          return true;
        case TagId::template_:
          InsertElement(t);
          InsertMarker();
          frameset_ok_ = false;
          mode_ = Mode::kInTemplate;
          template_modes_.push_back(Mode::kInTemplate);
          return true;
        case TagId::head:
          return true;
        default:
          break;
      }
      break;
    case TokenKind::kEndTag:
      switch (t.tag) {
        case TagId::head:
          Pop();
          mode_ = Mode::kAfterHead;
          return true;
        case TagId::body: case TagId::html: case TagId::br:
          break;
        case TagId::template_:
          if (!OnStack(TagId::template_)) return true;
          GenerateImpliedEndTags(TagId::kUnknown, /*thoroughly=*/true);
          PopUntil(TagId::template_);
          ClearFormattingToMarker();
          if (!template_modes_.empty()) template_modes_.pop_back();
          ResetInsertionMode();
          return true;
        default:
          return true;
      }
      break;
    default:
      break;
  }
  Pop();  // the head
  mode_ = Mode::kAfterHead;
  return false;
}

bool Builder::InHeadNoscript(Tok& t) {
  switch (t.kind) {
    case TokenKind::kDoctype:
      return true;
    case TokenKind::kComment:
      return InHead(t);
    case TokenKind::kCharacters:
      if (InsertLeadingSpace(t)) return true;
      break;
    case TokenKind::kStartTag:
      if (t.tag == TagId::html) return InBody(t);
      if (IsOneOf(t.tag, {TagId::basefont, TagId::bgsound, TagId::link, TagId::meta, TagId::noframes, TagId::style})) {
        return InHead(t);
      }
      if (t.tag == TagId::head || t.tag == TagId::noscript) return true;
      break;
    case TokenKind::kEndTag:
      if (t.tag == TagId::noscript) {
        Pop();
        mode_ = Mode::kInHead;
        return true;
      }
      if (t.tag != TagId::br) return true;
      break;
    default:
      break;
  }
  Pop();  // the noscript
  mode_ = Mode::kInHead;
  return false;
}

bool Builder::AfterHead(Tok& t) {
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
      switch (t.tag) {
        case TagId::html:
          return InBody(t);
        case TagId::body:
          InsertElement(t);
          frameset_ok_ = false;
          mode_ = Mode::kInBody;
          return true;
        case TagId::frameset:
          InsertElement(t);
          mode_ = Mode::kInFrameset;
          return true;
        case TagId::base: case TagId::basefont: case TagId::bgsound: case TagId::link: case TagId::meta:
        case TagId::noframes: case TagId::script: case TagId::style: case TagId::template_:
        case TagId::title: {
          if (head_ == kNoTreeNode) break;
          Push(head_);
          const TreeId head = head_;
          InHead(t);
          RemoveFromStack(head);
          return true;
        }
        case TagId::head:
          return true;
        default:
          break;
      }
      break;
    case TokenKind::kEndTag:
      if (t.tag == TagId::template_) return InHead(t);
      if (!IsOneOf(t.tag, {TagId::body, TagId::html, TagId::br})) return true;
      break;
    default:
      break;
  }
  InsertFakeElement(TagId::body, "body");
  mode_ = Mode::kInBody;
  return false;
}

bool Builder::Text(Tok& t) {
  switch (t.kind) {
    case TokenKind::kCharacters:
      InsertCharacters(t.text);
      return true;
    case TokenKind::kEndOfFile:
      Pop();
      mode_ = original_mode_;
      return false;
    case TokenKind::kEndTag:
      Pop();
      mode_ = original_mode_;
      return true;
    default:
      return true;
  }
}

bool Builder::AfterBody(Tok& t) {
  switch (t.kind) {
    case TokenKind::kCharacters: {
      const std::size_t n = LeadingSpace(t.text);
      if (n > 0) {
        Tok ws = t;
        ws.text = t.text.substr(0, n);
        InBody(ws);
        t.text.remove_prefix(n);
      }
      if (t.text.empty()) return true;
      break;
    }
    case TokenKind::kComment:
      InsertComment(t.text, open_.front());
      return true;
    case TokenKind::kDoctype:
      return true;
    case TokenKind::kStartTag:
      if (t.tag == TagId::html) return InBody(t);
      break;
    case TokenKind::kEndTag:
      if (t.tag == TagId::html) {
        if (context_ == kNoTreeNode) mode_ = Mode::kAfterAfterBody;
        return true;
      }
      break;
    case TokenKind::kEndOfFile:
      StopParsing();
      return true;
  }
  mode_ = Mode::kInBody;
  return false;
}

namespace {

// Framesets keep only the whitespace of character tokens.
std::string OnlySpace(std::string_view s) {
  std::string out;
  for (char c : s) {
    if (IsTreeSpace(c)) out.push_back(c);
  }
  return out;
}

}  // namespace

bool Builder::InFrameset(Tok& t) {
  switch (t.kind) {
    case TokenKind::kCharacters:
      InsertCharacters(OnlySpace(t.text));
      return true;
    case TokenKind::kComment:
      InsertComment(t.text);
      return true;
    case TokenKind::kDoctype:
      return true;
    case TokenKind::kStartTag:
      switch (t.tag) {
        case TagId::html:
          return InBody(t);
        case TagId::frameset:
          InsertElement(t);
          return true;
        case TagId::frame:
          InsertElement(t);
          Pop();
          return true;
        case TagId::noframes:
          return InHead(t);
        default:
          return true;
      }
    case TokenKind::kEndTag:
      if (t.tag == TagId::frameset) {
        if (open_.size() == 1 && Is(Current(), TagId::html)) return true;
        Pop();
        if (context_ == kNoTreeNode && !CurrentIs(TagId::frameset)) mode_ = Mode::kAfterFrameset;
      }
      return true;
    case TokenKind::kEndOfFile:
      StopParsing();
      return true;
  }
  return true;
}

bool Builder::AfterFrameset(Tok& t) {
  switch (t.kind) {
    case TokenKind::kCharacters:
      InsertCharacters(OnlySpace(t.text));
      return true;
    case TokenKind::kComment:
      InsertComment(t.text);
      return true;
    case TokenKind::kStartTag:
      if (t.tag == TagId::html) return InBody(t);
      if (t.tag == TagId::noframes) return InHead(t);
      return true;
    case TokenKind::kEndTag:
      if (t.tag == TagId::html) mode_ = Mode::kAfterAfterFrameset;
      return true;
    case TokenKind::kEndOfFile:
      StopParsing();
      return true;
    default:
      return true;
  }
}

bool Builder::AfterAfterBody(Tok& t) {
  switch (t.kind) {
    case TokenKind::kComment:
      InsertComment(t.text, Tree::kDocumentNode);
      return true;
    case TokenKind::kDoctype:
      return InBody(t);
    case TokenKind::kCharacters: {
      const std::size_t n = LeadingSpace(t.text);
      if (n > 0) {
        Tok ws = t;
        ws.text = t.text.substr(0, n);
        InBody(ws);
        t.text.remove_prefix(n);
      }
      if (t.text.empty()) return true;
      break;
    }
    case TokenKind::kStartTag:
      if (t.tag == TagId::html) return InBody(t);
      break;
    case TokenKind::kEndOfFile:
      StopParsing();
      return true;
    default:
      break;
  }
  mode_ = Mode::kInBody;
  return false;
}

bool Builder::AfterAfterFrameset(Tok& t) {
  switch (t.kind) {
    case TokenKind::kComment:
      InsertComment(t.text, Tree::kDocumentNode);
      return true;
    case TokenKind::kDoctype:
      return InBody(t);
    case TokenKind::kCharacters: {
      const std::string ws = OnlySpace(t.text);
      if (!ws.empty()) {
        Tok w = t;
        w.text = ws;
        InBody(w);
      }
      return true;
    }
    case TokenKind::kStartTag:
      if (t.tag == TagId::html) return InBody(t);
      if (t.tag == TagId::noframes) return InHead(t);
      return true;
    case TokenKind::kEndOfFile:
      StopParsing();
      return true;
    default:
      return true;
  }
}

}  // namespace klartext::html::tree
