// html/tree_builder/builder.h: the tree builder's state and algorithms
// (internal; the interface is tree_builder.h). The insertion modes are
// spread over modes_*.cc by group, foreign content is in foreign.cc, the
// adoption agency in adoption.cc, everything they share in builder.cc.
#ifndef KLARTEXT_HTML_TREE_BUILDER_BUILDER_H_
#define KLARTEXT_HTML_TREE_BUILDER_BUILDER_H_

#include <array>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "html/tokenizer.h"
#include "html/tree/tree.h"
#include "html/tree_builder/nesting_filter.h"
#include "html/tree_builder/tree_builder.h"

namespace klartext::html::tree {

enum class Mode : std::uint8_t {
  kInitial, kBeforeHtml, kBeforeHead, kInHead, kInHeadNoscript, kAfterHead, kInBody, kText,
  kInTable, kInTableText, kInCaption, kInColumnGroup, kInTableBody, kInRow, kInCell, kInTemplate, kAfterBody, kInFrameset, kAfterFrameset, kAfterAfterBody,
  kAfterAfterFrameset,
};

enum class Scope : std::uint8_t { kDefault, kListItem, kButton, kTable, kSelect };

// The token being processed. Character tokens are consumed piecewise:
// a mode that handles a prefix shortens `text` and asks for reprocessing.
struct Tok {
  TokenKind kind = TokenKind::kEndOfFile;
  TagId tag = TagId::kUnknown;
  std::string_view name;  // tags
  std::string_view text;  // characters, comments
  const Token* raw = nullptr;  // attributes, self-closing, DOCTYPE fields
  bool self_closing() const { return raw != nullptr && raw->self_closing; }
  bool is_start(TagId t) const { return kind == TokenKind::kStartTag && tag == t; }
  bool is_end(TagId t) const { return kind == TokenKind::kEndTag && tag == t; }
};

class Builder {
 public:
  // `utf8` must outlive the Tree; a CR-normalised copy, when one is
  // needed, is owned by the Tree.
  Builder(std::string_view utf8, const TreeBuilderOptions& options);
  void Run();
  void SetUpFragment(std::string_view context);
  Tree TakeTree() { return std::move(tree_); }

  // --- shared algorithms (builder.cc) ---
  TreeId Current() const { return open_.back(); }
  TreeId AdjustedCurrent() const {
    if (context_ != kNoTreeNode && open_.size() == 1) return context_;
    return open_.back();
  }
  bool Is(TreeId id, TagId tag) const { return tree_[id].ns == Namespace::kHtml && tree_[id].tag == tag; }
  bool IsHtml(TreeId id) const { return tree_[id].ns == Namespace::kHtml; }
  bool CurrentIs(TagId tag) const { return !open_.empty() && Is(Current(), tag); }
  bool IsSpecial(TreeId id) const;
  bool OnStack(TagId tag) const { return open_count_[static_cast<std::size_t>(tag)] != 0; }
  bool OnStack(TreeId id) const;

  void Push(TreeId id);
  void Pop();
  void RemoveFromStack(TreeId id);
  void PopUntil(TagId tag);  // pops up to and including the nearest `tag`
  void PopUntilHeading();
  bool InScope(TagId tag, Scope scope) const;
  bool NodeInScope(TreeId id, Scope scope) const;
  bool HeadingInScope() const;
  void GenerateImpliedEndTags(TagId except = TagId::kUnknown, bool thoroughly = false);
  void ClosePElement();
  void ClearStackBackTo(std::initializer_list<TagId> tags);  // plus html and template
  void ResetInsertionMode();

  // Active formatting elements (kNoTreeNode entries are markers).
  void PushFormatting(TreeId id);
  void InsertMarker() { formatting_.push_back(kNoTreeNode); }
  void ClearFormattingToMarker();
  void RemoveFromFormatting(TreeId id);
  int FormattingIndex(TreeId id) const;
  void ReconstructFormatting();

  // Insertion.
  struct Place {
    TreeId parent;
    TreeId before;  // kNoTreeNode: append
  };
  Place AppropriatePlace(TreeId override_target = kNoTreeNode) const;
  TreeId CreateElement(const Tok& t, Namespace ns);
  TreeId CloneElement(TreeId id);
  TreeId InsertElement(const Tok& t, Namespace ns = Namespace::kHtml);  // inserts and pushes
  TreeId InsertFakeElement(TagId tag, std::string_view name);
  TreeId InsertForeignElement(const Tok& t, Namespace ns);  // foreign.cc: names adjusted
  void InsertRawText(const Tok& t, TokenizerState state);    // generic RCDATA / raw text
  void MergeAttributes(TreeId element, const Tok& t);       // a repeated <html>/<body>
  void InsertCharacters(std::string_view text);
  // Inserts the leading whitespace of a character token and removes it
  // from the token, as several insertion modes do ("Insert the character"
  // for tab, LF, FF, CR, space). True if nothing is left to process.
  bool InsertLeadingSpace(Tok& t);
  void InsertComment(std::string_view text, TreeId parent = kNoTreeNode);
  std::string_view Stable(std::string_view s);
  void SwitchToText(TokenizerState state);  // RCDATA/RAWTEXT/script element content

  // Token dispatch.
  void Dispatch(Tok& t);
  void ProcessInHtmlContent(Tok& t);  // the current insertion mode's rules
  bool InMode(Mode m, Tok& t);  // false: reprocess in mode_
  void ProcessFakeStart(TagId tag, std::string_view name);
  void ProcessFakeEnd(TagId tag, std::string_view name);

  // Insertion modes; each returns false when the token must be reprocessed
  // in the (changed) mode_.
  bool Initial(Tok& t);
  bool BeforeHtml(Tok& t);
  bool BeforeHead(Tok& t);
  bool InHead(Tok& t);
  bool InHeadNoscript(Tok& t);
  bool AfterHead(Tok& t);
  bool InBody(Tok& t);
  bool InBodyStartTag(Tok& t);
  bool InBodyEndTag(Tok& t);
  void InBodyAnyOtherEndTag(const Tok& t);
  bool AdoptionAgency(const Tok& t);  // false: act as "any other end tag"
  bool Text(Tok& t);
  bool InTable(Tok& t);
  bool InTableText(Tok& t);
  bool InCaption(Tok& t);
  bool InColumnGroup(Tok& t);
  bool InTableBody(Tok& t);
  bool InRow(Tok& t);
  bool InCell(Tok& t);
  bool InTemplate(Tok& t);
  bool AfterBody(Tok& t);
  bool InFrameset(Tok& t);
  bool AfterFrameset(Tok& t);
  bool AfterAfterBody(Tok& t);
  bool AfterAfterFrameset(Tok& t);
  void ForeignContent(Tok& t);
  // True if `t` is processed by the rules for foreign content. Inline for
  // its common answer (the adjusted current node is HTML: no), which every
  // token asks for; the rest out of line.
  bool UseForeignRules(const Tok& t) const {
    if (open_.empty() || t.kind == TokenKind::kEndOfFile) return false;
    const TreeId id = AdjustedCurrent();
    return !IsHtml(id) && ForeignRulesApplyAt(id, t);
  }
  bool ForeignRulesApplyAt(TreeId foreign, const Tok& t) const;
  void CloseCell();
  void StopParsing() { stopped_ = true; }

  Tree tree_;  // before tokenizer_: it owns the input the tokenizer reads
  Tokenizer tokenizer_;
  TreeBuilderOptions options_;
  NestingFilter nesting_;
  std::vector<TreeId> open_;
  std::array<std::uint32_t, static_cast<std::size_t>(TagId::kCount)> open_count_{};
  std::vector<TreeId> formatting_;
  std::vector<Mode> template_modes_;
  Mode mode_ = Mode::kInitial;
  Mode original_mode_ = Mode::kInitial;
  TreeId head_ = kNoTreeNode;
  TreeId form_ = kNoTreeNode;
  TreeId context_ = kNoTreeNode;  // fragment parsing: the context element
  bool frameset_ok_ = true;
  bool quirks_ = false;
  bool foster_parenting_ = false;
  bool skip_next_newline_ = false;  // after <pre>, <listing>, <textarea>
  bool stopped_ = false;
  std::string table_text_;          // pending table character tokens
  bool table_text_has_non_space_ = false;
  Token fake_token_;                // attributes-free token for synthesized tags
};

// Whitespace as the tree builder counts it: tab, LF, FF, CR, space.
inline bool IsTreeSpace(char c) { return c == ' ' || c == '\n' || c == '\t' || c == '\f' || c == '\r'; }
// The length of the leading run of whitespace in s.
inline std::size_t LeadingSpace(std::string_view s) {
  std::size_t n = 0;
  while (n < s.size() && IsTreeSpace(s[n])) ++n;
  return n;
}

// Whether a DOCTYPE token puts the document in quirks mode (quirks.cc).
bool DoctypeMeansQuirks(const Token& doctype);

// Foreign element and attribute name adjustments (foreign.cc).
std::string_view AdjustSvgTagName(std::string_view lowercase);

}  // namespace klartext::html::tree

#endif  // KLARTEXT_HTML_TREE_BUILDER_BUILDER_H_
