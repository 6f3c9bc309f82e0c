// html/tree_builder/modes_body.cc: the "in body" insertion mode
// (HTML Standard 13.2.6.4.7), where almost all of a page is built.
#include <string>
#include <unordered_set>

#include "html/tree_builder/builder.h"

namespace klartext::html::tree {
namespace {

bool IsOneOf(TagId t, std::initializer_list<TagId> tags) {
  for (TagId x : tags) {
    if (t == x) return true;
  }
  return false;
}

bool IsHeading(TagId t) {
  return IsOneOf(t, {TagId::h1, TagId::h2, TagId::h3, TagId::h4, TagId::h5, TagId::h6});
}

bool EqualsIgnoringAsciiCase(std::string_view a, std::string_view b) {
  if (a.size() != b.size()) return false;
  for (std::size_t i = 0; i < a.size(); ++i) {
    char x = a[i], y = b[i];
    if (x >= 'A' && x <= 'Z') x = static_cast<char>(x + 32);
    if (y >= 'A' && y <= 'Z') y = static_cast<char>(y + 32);
    if (x != y) return false;
  }
  return true;
}

}  // namespace

void Builder::MergeAttributes(TreeId element, const Tok& t) {
  // A second <html> or <body> adds the attributes the element lacks. A set
  // of the names present keeps a page of repeated huge tags linear.
  std::unordered_set<std::string_view> present;
  for (const TreeAttribute& a : tree_.attributes(element)) {
    if (a.prefix.empty()) present.insert(a.name);
  }
  for (const TokenAttribute& a : t.raw->attributes) {
    if (present.insert(a.name).second) {
      const std::string_view name = Stable(a.name);
      tree_.AddAttribute(element, {{}, name, Stable(a.value)});
    }
  }
}

void Builder::InsertRawText(const Tok& t, TokenizerState state) {
  InsertElement(t);
  SwitchToText(state);
}

bool Builder::InBody(Tok& t) {
  switch (t.kind) {
    case TokenKind::kCharacters: {
      std::string_view text = t.text;
      std::string without_nul;
      if (text.find('\0') != std::string_view::npos) {
        for (char c : text) {
          if (c != '\0') without_nul.push_back(c);
        }
        text = without_nul;
      }
      if (text.empty()) return true;
      ReconstructFormatting();
      InsertCharacters(text);
      if (frameset_ok_ && LeadingSpace(text) != text.size()) frameset_ok_ = false;
      return true;
    }
    case TokenKind::kComment:
      InsertComment(t.text);
      return true;
    case TokenKind::kDoctype:
      return true;
    case TokenKind::kEndOfFile:
      if (!template_modes_.empty()) return InTemplate(t);
      StopParsing();
      return true;
    case TokenKind::kStartTag:
      return InBodyStartTag(t);
    case TokenKind::kEndTag:
      return InBodyEndTag(t);
  }
  return true;
}

bool Builder::InBodyStartTag(Tok& t) {
  switch (t.tag) {
    case TagId::html:
      if (OnStack(TagId::template_)) return true;
      MergeAttributes(open_.front(), t);
      return true;
    case TagId::base: case TagId::basefont: case TagId::bgsound: case TagId::link: case TagId::meta:
    case TagId::noframes: case TagId::script: case TagId::style: case TagId::template_: case TagId::title:
      return InHead(t);
    case TagId::body: {
      if (open_.size() < 2 || !Is(open_[1], TagId::body) || OnStack(TagId::template_)) return true;
      frameset_ok_ = false;
      MergeAttributes(open_[1], t);
      return true;
    }
    case TagId::frameset:
      if (open_.size() < 2 || !Is(open_[1], TagId::body) || !frameset_ok_) return true;
      tree_.Remove(open_[1]);
      while (open_.size() > 1) Pop();
      InsertElement(t);
      mode_ = Mode::kInFrameset;
      return true;
    case TagId::address: case TagId::article: case TagId::aside: case TagId::blockquote: case TagId::center:
    case TagId::details: case TagId::dialog: case TagId::dir: case TagId::div: case TagId::dl:
    case TagId::fieldset: case TagId::figcaption: case TagId::figure: case TagId::footer: case TagId::header:
    case TagId::hgroup: case TagId::main: case TagId::menu: case TagId::nav: case TagId::ol: case TagId::p:
    case TagId::search: case TagId::section: case TagId::summary: case TagId::ul:
      if (InScope(TagId::p, Scope::kButton)) ClosePElement();
      InsertElement(t);
      return true;
    case TagId::h1: case TagId::h2: case TagId::h3: case TagId::h4: case TagId::h5: case TagId::h6:
      if (InScope(TagId::p, Scope::kButton)) ClosePElement();
      if (IsHtml(Current()) && IsHeading(tree_[Current()].tag)) Pop();
      InsertElement(t);
      return true;
    case TagId::pre: case TagId::listing:
      if (InScope(TagId::p, Scope::kButton)) ClosePElement();
      InsertElement(t);
      skip_next_newline_ = true;
      frameset_ok_ = false;
      return true;
    case TagId::form: {
      const bool in_template = OnStack(TagId::template_);
      if (form_ != kNoTreeNode && !in_template) return true;
      if (InScope(TagId::p, Scope::kButton)) ClosePElement();
      const TreeId form = InsertElement(t);
      if (!in_template) form_ = form;
      return true;
    }
    case TagId::li: case TagId::dd: case TagId::dt: {
      frameset_ok_ = false;
      for (std::size_t i = open_.size(); i-- > 0;) {
        const TreeId node = open_[i];
        const TagId nt = tree_[node].tag;
        const bool match = IsHtml(node) && (t.tag == TagId::li ? nt == TagId::li : (nt == TagId::dd || nt == TagId::dt));
        if (match) {
          GenerateImpliedEndTags(nt);
          PopUntil(nt);
          break;
        }
        if (IsSpecial(node) && !(IsHtml(node) && IsOneOf(nt, {TagId::address, TagId::div, TagId::p}))) break;
      }
      if (InScope(TagId::p, Scope::kButton)) ClosePElement();
      InsertElement(t);
      return true;
    }
    case TagId::plaintext:
      if (InScope(TagId::p, Scope::kButton)) ClosePElement();
      InsertElement(t);
      tokenizer_.set_state(TokenizerState::kPlaintext);
      return true;
    case TagId::button:
      if (InScope(TagId::button, Scope::kDefault)) {
        GenerateImpliedEndTags();
        PopUntil(TagId::button);
      }
      ReconstructFormatting();
      InsertElement(t);
      frameset_ok_ = false;
      return true;
    case TagId::a: {
      for (std::size_t i = formatting_.size(); i-- > 0;) {
        const TreeId e = formatting_[i];
        if (e == kNoTreeNode) break;
        if (Is(e, TagId::a)) {
          Tok end = t;
          end.kind = TokenKind::kEndTag;
          if (!AdoptionAgency(end)) InBodyAnyOtherEndTag(end);
          RemoveFromFormatting(e);
          RemoveFromStack(e);
          break;
        }
      }
      ReconstructFormatting();
      PushFormatting(InsertElement(t));
      return true;
    }
    case TagId::b: case TagId::big: case TagId::code: case TagId::em: case TagId::font: case TagId::i:
    case TagId::s: case TagId::small: case TagId::strike: case TagId::strong: case TagId::tt: case TagId::u:
      ReconstructFormatting();
      PushFormatting(InsertElement(t));
      return true;
    case TagId::nobr:
      ReconstructFormatting();
      if (InScope(TagId::nobr, Scope::kDefault)) {
        Tok end = t;
        end.kind = TokenKind::kEndTag;
        if (!AdoptionAgency(end)) InBodyAnyOtherEndTag(end);
        ReconstructFormatting();
      }
      PushFormatting(InsertElement(t));
      return true;
    case TagId::applet: case TagId::marquee: case TagId::object:
      ReconstructFormatting();
      InsertElement(t);
      InsertMarker();
      frameset_ok_ = false;
      return true;
    case TagId::table:
      if (!quirks_ && InScope(TagId::p, Scope::kButton)) ClosePElement();
      InsertElement(t);
      frameset_ok_ = false;
      mode_ = Mode::kInTable;
      return true;
    case TagId::area: case TagId::br: case TagId::embed: case TagId::img: case TagId::keygen: case TagId::wbr:
      ReconstructFormatting();
      InsertElement(t);
      Pop();
      frameset_ok_ = false;
      return true;
    case TagId::input: {
      if (context_ != kNoTreeNode && Is(context_, TagId::select)) return true;
      if (InScope(TagId::select, Scope::kDefault)) PopUntil(TagId::select);
      ReconstructFormatting();
      InsertElement(t);
      Pop();
      bool hidden = false;
      for (const TokenAttribute& a : t.raw->attributes) {
        if (a.name == "type") hidden = EqualsIgnoringAsciiCase(a.value, "hidden");
      }
      if (!hidden) frameset_ok_ = false;
      return true;
    }
    case TagId::param: case TagId::source: case TagId::track:
      InsertElement(t);
      Pop();
      return true;
    case TagId::hr:
      if (InScope(TagId::p, Scope::kButton)) ClosePElement();
      if (InScope(TagId::select, Scope::kDefault)) GenerateImpliedEndTags();
      InsertElement(t);
      Pop();
      frameset_ok_ = false;
      return true;
    case TagId::image:
      t.tag = TagId::img;
      t.name = "img";
      return false;
    case TagId::textarea:
      InsertElement(t);
      skip_next_newline_ = true;
      frameset_ok_ = false;
      SwitchToText(TokenizerState::kRcdata);
      return true;
    case TagId::xmp:
      if (InScope(TagId::p, Scope::kButton)) ClosePElement();
      ReconstructFormatting();
      frameset_ok_ = false;
      InsertRawText(t, TokenizerState::kRawtext);
      return true;
    case TagId::iframe:
      frameset_ok_ = false;
      InsertRawText(t, TokenizerState::kRawtext);
      return true;
    case TagId::noembed:
      InsertRawText(t, TokenizerState::kRawtext);
      return true;
    case TagId::noscript:
      if (options_.scripting) {
        InsertRawText(t, TokenizerState::kRawtext);
        return true;
      }
      break;
    // <select> content follows the in-body rules (the 2025 "customizable
    // select" parser change); these rules keep options from nesting.
    case TagId::select:
      if (context_ != kNoTreeNode && Is(context_, TagId::select)) return true;
      if (InScope(TagId::select, Scope::kDefault)) {
        PopUntil(TagId::select);  // <select> inside a select closes it
        return true;
      }
      ReconstructFormatting();
      InsertElement(t);
      frameset_ok_ = false;
      return true;
    case TagId::option:
      if (InScope(TagId::select, Scope::kDefault)) {
        GenerateImpliedEndTags(TagId::optgroup);
      } else if (CurrentIs(TagId::option)) {
        Pop();
      }
      ReconstructFormatting();
      InsertElement(t);
      return true;
    case TagId::optgroup:
      if (InScope(TagId::select, Scope::kDefault)) {
        GenerateImpliedEndTags();
      } else if (CurrentIs(TagId::option)) {
        Pop();
      }
      ReconstructFormatting();
      InsertElement(t);
      return true;
    case TagId::rb: case TagId::rtc:
      if (InScope(TagId::ruby, Scope::kDefault)) GenerateImpliedEndTags();
      InsertElement(t);
      return true;
    case TagId::rp: case TagId::rt:
      if (InScope(TagId::ruby, Scope::kDefault)) GenerateImpliedEndTags(TagId::rtc);
      InsertElement(t);
      return true;
    case TagId::math: case TagId::svg:
      ReconstructFormatting();
      InsertForeignElement(t, t.tag == TagId::math ? Namespace::kMathMl : Namespace::kSvg);
      if (t.self_closing()) Pop();
      return true;
    case TagId::caption: case TagId::col: case TagId::colgroup: case TagId::frame: case TagId::head:
    case TagId::tbody: case TagId::td: case TagId::tfoot: case TagId::th: case TagId::thead: case TagId::tr:
      return true;
    default:
      break;
  }
  ReconstructFormatting();
  InsertElement(t);
  return true;
}

bool Builder::InBodyEndTag(Tok& t) {
  switch (t.tag) {
    case TagId::template_:
      return InHead(t);
    case TagId::body:
      if (InScope(TagId::body, Scope::kDefault)) mode_ = Mode::kAfterBody;
      return true;
    case TagId::html:
      if (!InScope(TagId::body, Scope::kDefault)) return true;
      mode_ = Mode::kAfterBody;
      return false;
    case TagId::address: case TagId::article: case TagId::aside: case TagId::blockquote: case TagId::button:
    case TagId::center: case TagId::details: case TagId::dialog: case TagId::dir: case TagId::div:
    case TagId::dl: case TagId::fieldset: case TagId::figcaption: case TagId::figure: case TagId::footer:
    case TagId::header: case TagId::hgroup: case TagId::listing: case TagId::main: case TagId::menu:
    case TagId::nav: case TagId::ol: case TagId::pre: case TagId::search: case TagId::section:
    case TagId::summary: case TagId::ul:
      if (!InScope(t.tag, Scope::kDefault)) return true;
      GenerateImpliedEndTags();
      PopUntil(t.tag);
      return true;
    case TagId::form:
      if (!OnStack(TagId::template_)) {
        const TreeId node = form_;
        form_ = kNoTreeNode;
        if (node == kNoTreeNode || !NodeInScope(node, Scope::kDefault)) return true;
        GenerateImpliedEndTags();
        RemoveFromStack(node);
      } else {
        if (!InScope(TagId::form, Scope::kDefault)) return true;
        GenerateImpliedEndTags();
        PopUntil(TagId::form);
      }
      return true;
    case TagId::p:
      if (!InScope(TagId::p, Scope::kButton)) InsertFakeElement(TagId::p, "p");
      ClosePElement();
      return true;
    case TagId::li:
      if (!InScope(TagId::li, Scope::kListItem)) return true;
      GenerateImpliedEndTags(TagId::li);
      PopUntil(TagId::li);
      return true;
    case TagId::dd: case TagId::dt:
      if (!InScope(t.tag, Scope::kDefault)) return true;
      GenerateImpliedEndTags(t.tag);
      PopUntil(t.tag);
      return true;
    case TagId::h1: case TagId::h2: case TagId::h3: case TagId::h4: case TagId::h5: case TagId::h6:
      if (!HeadingInScope()) return true;
      GenerateImpliedEndTags();
      PopUntilHeading();
      return true;
    case TagId::a: case TagId::b: case TagId::big: case TagId::code: case TagId::em: case TagId::font:
    case TagId::i: case TagId::nobr: case TagId::s: case TagId::small: case TagId::strike:
    case TagId::strong: case TagId::tt: case TagId::u:
      if (!AdoptionAgency(t)) InBodyAnyOtherEndTag(t);
      return true;
    case TagId::select:
      if (!InScope(TagId::select, Scope::kDefault)) return true;
      PopUntil(TagId::select);
      return true;
    case TagId::applet: case TagId::marquee: case TagId::object:
      if (!InScope(t.tag, Scope::kDefault)) return true;
      GenerateImpliedEndTags();
      PopUntil(t.tag);
      ClearFormattingToMarker();
      return true;
    case TagId::br:
      ReconstructFormatting();
      InsertFakeElement(TagId::br, "br");
      Pop();
      frameset_ok_ = false;
      return true;
    default:
      InBodyAnyOtherEndTag(t);
      return true;
  }
}

void Builder::InBodyAnyOtherEndTag(const Tok& t) {
  for (std::size_t i = open_.size(); i-- > 0;) {
    const TreeId node = open_[i];
    if (IsHtml(node) && tree_[node].name == t.name) {
      GenerateImpliedEndTags(t.tag == TagId::kUnknown ? TagId::kCount : t.tag);
      while (open_.size() > i) Pop();
      return;
    }
    if (IsSpecial(node)) return;
  }
}

}  // namespace klartext::html::tree
