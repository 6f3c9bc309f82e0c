// html/tokenizer.h: the WHATWG HTML tokenizer (HTML Standard 13.2.5), built
// for speed: klartext's own replacement for Gumbo's (doc/parser-choice.md).
//
// A pull tokenizer over a UTF-8 page held in memory. Next() hands out one
// token at a time; its strings are views into the input wherever the
// standard leaves the bytes as they are, and into the tokenizer's own
// buffers only when it rewrites them (character references, NUL, upper-case
// names), so they stay valid only until the next call to Next(). Runs of
// text, attribute values and script bodies are scanned 16 bytes at a time
// (html/tokenizer_scan.h). Parse errors are not reported: the standard
// defines the result of every input, and that result is all we need.
//
// The tree builder drives the content states the standard leaves to it
// (set_state after <title>, <script>, …) and allows CDATA sections only in
// foreign content (set_cdata_allowed).
//
// Robustness: no recursion, no per-byte allocation; memory is linear in the
// size of one token; every loop advances or ends at the input's end.
// Thread safety: one Tokenizer per thread; distinct ones share nothing.
#ifndef KLARTEXT_HTML_TOKENIZER_H_
#define KLARTEXT_HTML_TOKENIZER_H_

#include <cstdint>
#include <functional>
#include <span>
#include <string>
#include <string_view>
#include <unordered_set>
#include <vector>

namespace klartext::html {

enum class TokenKind : std::uint8_t {
  kCharacters,  // text; may contain U+0000 in the data state (the tree builder decides)
  kStartTag,
  kEndTag,
  kComment,
  kDoctype,
  kEndOfFile,
};

// The tokenizer states the tree builder may switch to, plus kData.
enum class TokenizerState : std::uint8_t {
  kData,
  kRcdata,        // <title>, <textarea>: text with character references
  kRawtext,       // <style>, <xmp>, <iframe>, <noembed>, <noframes>, <noscript>
  kScriptData,    // <script>, with its <!-- --> escaping rules
  kPlaintext,     // <plaintext>: everything to the end is text
  kCdataSection,  // after <![CDATA[ in foreign content, until ]]>
};

struct TokenAttribute {
  std::string_view name;   // lower case
  std::string_view value;  // character references decoded
};

struct Token {
  TokenKind kind = TokenKind::kEndOfFile;
  // Characters and comments: their text. Tags: the lower-case name.
  // DOCTYPE: the lower-case name ("" and !has_name when it had none).
  std::string_view text;
  // Start tags only, duplicates already dropped (the first one wins).
  std::span<const TokenAttribute> attributes;
  bool self_closing = false;
  // DOCTYPE only.
  bool has_name = false;
  bool has_public_id = false;
  bool has_system_id = false;
  bool force_quirks = false;
  std::string_view public_id;
  std::string_view system_id;
};

class Tokenizer {
 public:
  // Whether the caller already turned CR LF and CR into LF (13.2.3.5).
  enum class Newlines : std::uint8_t { kMayContainCr, kNormalized };

  // `utf8` must outlive the Tokenizer and every token it hands out.
  explicit Tokenizer(std::string_view utf8, Newlines newlines = Newlines::kMayContainCr);
  Tokenizer(const Tokenizer&) = delete;
  Tokenizer& operator=(const Tokenizer&) = delete;

  // The next token. After the input's end, every call returns kEndOfFile.
  const Token& Next();

  void set_state(TokenizerState state) { state_ = state; }
  TokenizerState state() const { return state_; }
  // The input as tokenized (CR already normalised). Token strings inside it
  // stay valid as long as the Tokenizer; others only until the next Next().
  std::string_view input() const { return {begin_, static_cast<std::size_t>(end_ - begin_)}; }
  bool IsInInput(std::string_view s) const {
    // std::less: a total order even for pointers into different objects.
    return !std::less<const char*>()(s.data(), begin_) && !std::less<const char*>()(end_, s.data() + s.size());
  }
  // The name an end tag must have to close RCDATA, RAWTEXT and script data.
  // Every start tag sets it; tests set it to start in the middle of a page.
  void set_last_start_tag(std::string_view name) {
    last_start_tag_.assign(name);
    last_start_name_ = last_start_tag_;
    last_start_in_pool_ = false;
  }
  // Whether <![CDATA[ opens a CDATA section (true only while the adjusted
  // current node is not an HTML element) or a bogus comment.
  void set_cdata_allowed(bool allowed) { cdata_allowed_ = allowed; }

 private:
  // A string of the token being built: a view into the input, or (when
  // rewritten) a range of pool_, which may still move while the token grows.
  struct PoolString {
    const char* input = nullptr;  // nullptr: the bytes are in pool_
    std::uint32_t offset = 0;     // into pool_ when input == nullptr
    std::uint32_t size = 0;
  };
  struct PendingAttribute {
    PoolString name, value;
  };

  // Each returns true when it has filled token_, false when it consumed
  // input without producing a token (e.g. "</>") or reached the end.
  bool DataText();
  bool RcdataOrRawtext(bool decode_references);
  bool ScriptDataText();
  bool PlaintextText();
  bool CdataSectionText();
  bool Markup(const char* lt);  // at '<' starting a tag, comment or DOCTYPE
  bool Tag(const char* name, bool is_end);
  bool MarkupDeclaration(const char* p);
  bool Comment(const char* p);
  bool BogusComment(const char* p);
  bool Doctype(const char* p);

  bool IsAppropriateEndTag(const char* lt) const;
  // Text token [begin, end) with NUL replaced by U+FFFD when `replace_nul`.
  bool EmitText(const char* begin, const char* end, bool replace_nul);
  bool EmitComment(const char* begin, const char* end);

  PoolString Slice(const char* b, const char* e) const {
    return {b, 0, static_cast<std::uint32_t>(e - b)};
  }
  PoolString PoolFrom(std::size_t offset) const {
    return {nullptr, static_cast<std::uint32_t>(offset), static_cast<std::uint32_t>(pool_.size() - offset)};
  }
  std::string_view Resolve(PoolString s) const {
    return {s.input != nullptr ? s.input : pool_.data() + s.offset, s.size};
  }
  // A tag, attribute or DOCTYPE name: lower-cased, NUL -> U+FFFD.
  PoolString Name(const char* b, const char* e);
  // An attribute value ending at `quote` (or, when quote == 0, at
  // whitespace or '>'); advances *p to the terminator or the input's end.
  PoolString AttributeValue(const char** p, char quote);
  // Empties pool_ for the next token, keeping the last start tag's name.
  void ClearPool() {
    if (last_start_in_pool_) {
      last_start_tag_.assign(last_start_name_);
      last_start_name_ = last_start_tag_;
      last_start_in_pool_ = false;
    }
    pool_.clear();
  }
  // A DOCTYPE identifier ending at `quote`; stops at '>' too (abrupt end).
  PoolString DoctypeId(const char** p, char quote);

  const char* begin_;
  const char* p_;
  const char* end_;
  std::string normalized_;  // the input with CR / CRLF turned into LF, if it had CR
  TokenizerState state_ = TokenizerState::kData;
  bool cdata_allowed_ = false;
  // The last start tag's name: a view into the input, into pool_ (copied
  // into last_start_tag_ before pool_ is reused, see ClearPool) or into
  // last_start_tag_. Copying every start tag's name cost more than the
  // rare copy out of pool_ (names with capitals or NUL).
  std::string_view last_start_name_;
  bool last_start_in_pool_ = false;
  std::string last_start_tag_;

  Token token_;
  std::string text_;         // rewritten character or comment data
  std::string pool_;         // rewritten names and values of the current token
  std::string reference_;    // one decoded character reference
  std::vector<PendingAttribute> pending_;
  std::vector<TokenAttribute> attributes_;
  // Attribute names of a tag with very many, to drop duplicates in linear
  // time; kept between tags so that a tag with few costs no set.
  std::unordered_set<std::string_view> seen_names_;
};

}  // namespace klartext::html

#endif  // KLARTEXT_HTML_TOKENIZER_H_
