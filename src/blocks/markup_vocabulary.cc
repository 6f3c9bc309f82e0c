#include "blocks/markup_vocabulary.h"

#include <algorithm>
#include <array>
#include <string>
#include <cstdint>

#include "blocks/block.h"
#include "core/text.h"

namespace klartext::blocks {
namespace {

struct VocabularyEntry {
  std::string_view token;  // lower case, one word
  std::uint32_t flags;
  // why: the kind of page part the word names
};

constexpr std::uint32_t kBoiler = kBoilerClass;

// Sorted by token (checked in a test). Each word is one that pages use for
// the named page part across many sites; the reason is the comment.
constexpr VocabularyEntry kVocabulary[] = {
    {"abstract", kLeadClass},
    {"ad", kBoiler | kAdClass},            // ad slots: "ad-slot", "top-ad"
    {"adblock", kBoiler | kAdClass},
    {"ads", kBoiler | kAdClass},
    {"adsense", kBoiler | kAdClass},
    {"adslot", kBoiler | kAdClass},
    {"adunit", kBoiler | kAdClass},
    {"advert", kBoiler | kAdClass},
    {"advertisement", kBoiler | kAdClass},
    {"advertising", kBoiler | kAdClass},
    {"anzeige", kBoiler | kAdClass},       // German ad label
    {"article", kContentClass},            // article containers
    {"articlebody", kContentClass},
    {"author", kMetaClass},                // bylines and author boxes
    {"banner", kBoiler},                   // site banners, cookie banners
    {"bildunterschrift", kCaptionClass},
    {"blogpost", kContentClass},
    {"body", kContentClass},               // "article-body", "post-body"
    {"breadcrumb", kBoiler | kInNav},
    {"breadcrumbs", kBoiler | kInNav},
    {"byline", kMetaClass},
    {"caption", kCaptionClass},
    {"comment", kInComments},              // reader comments
    {"commentlist", kInComments},
    {"comments", kInComments},
    {"consent", kBoiler | kDialogClass},                  // cookie consent
    {"content", kContentClass},            // "entry-content", "main-content"
    {"cookie", kBoiler | kDialogClass},
    {"cookies", kBoiler | kDialogClass},
    {"copyright", kBoiler},
    {"credit", kCaptionClass},
    {"credits", kCaptionClass},
    {"dachzeile", kKickerClass},
    {"date", kMetaClass},
    {"dateline", kMetaClass},
    {"dek", kLeadClass},
    {"dialog", kBoiler | kDialogClass},   // dialogs and their content
    {"disqus", kInComments},
    {"dnone", kHidden},
    {"entry", kContentClass},              // WordPress "entry-content"
    {"excerpt", kLeadClass},
    {"eyebrow", kKickerClass},
    {"figcaption", kCaptionClass},
    {"footer", kBoiler | kInFooter},
    {"gdpr", kBoiler | kDialogClass},
    {"hidden", kHidden},                   // "hidden", "is-hidden"
    {"intro", kLeadClass},
    {"ishidden", kHidden},
    {"kicker", kKickerClass},
    {"lead", kLeadClass},
    {"lede", kLeadClass},
    {"legend", kCaptionClass},             // image legends ("legend", "img-legend")
    {"legende", kCaptionClass},            // French "légende", German "Legende"
    {"login", kBoiler | kDialogClass},
    {"masthead", kBoiler | kInHeader},
    {"menu", kBoiler | kInNav},
    {"meta", kMetaClass},                  // "post-meta", "article-meta"
    {"modal", kBoiler | kDialogClass},
    {"nav", kBoiler | kInNav},
    {"navbar", kBoiler | kInNav},
    {"navigation", kBoiler | kInNav},
    {"newsletter", kBoiler | kDialogClass},
    {"outbrain", kBoiler | kRelatedClass},  // recommendation widgets
    {"overlay", kBoiler | kDialogClass},
    {"overline", kKickerClass},
    {"pager", kBoiler | kInNav},
    {"pagination", kBoiler | kInNav},
    {"paywall", kBoiler | kDialogClass},
    {"popular", kBoiler | kRelatedClass},  // "most popular" lists
    {"popup", kBoiler | kDialogClass},
    {"post", kContentClass},
    {"posted", kMetaClass},
    {"pretitle", kKickerClass},
    {"promo", kBoiler},
    {"recommendations", kBoiler | kRelatedClass},
    {"recommended", kBoiler | kRelatedClass},
    {"related", kBoiler | kRelatedClass},
    {"roofline", kKickerClass},
    {"rubrik", kKickerClass},
    {"screenreaderonly", kHidden},
    {"share", kBoiler | kShareClass},
    {"sharing", kBoiler | kShareClass},
    {"sidebar", kBoiler | kInAside},
    {"signup", kBoiler | kDialogClass},
    {"skip", kBoiler | kInNav},            // skip links
    {"social", kBoiler | kShareClass},
    {"spitzmarke", kKickerClass},
    {"sponsor", kBoiler | kAdClass},
    {"sponsored", kBoiler | kAdClass},
    {"sronly", kHidden},                   // screen-reader-only text
    {"standfirst", kLeadClass},
    {"story", kContentClass},
    {"subline", kLeadClass},
    {"subscribe", kBoiler | kDialogClass},
    {"subscription", kBoiler | kDialogClass},
    {"summary", kLeadClass},
    {"supertitle", kKickerClass},
    {"taboola", kBoiler | kRelatedClass},
    {"tagcloud", kBoiler},
    {"tags", kBoiler},                     // tag lists under the article
    {"teaser", kLeadClass},
    {"text", kContentClass},               // "article-text", "body-text"
    {"time", kMetaClass},
    {"toolbar", kBoiler},
    {"topline", kKickerClass},
    {"trending", kBoiler | kRelatedClass},
    {"visuallyhidden", kHidden},
    {"werbung", kBoiler | kAdClass},       // German "advertising"
};

constexpr bool IsSorted() {
  for (std::size_t i = 1; i < std::size(kVocabulary); ++i) {
    if (!(kVocabulary[i - 1].token < kVocabulary[i].token)) return false;
  }
  return true;
}
static_assert(IsSorted(), "kVocabulary must stay sorted for binary search");

// An open-addressing table over kVocabulary, built once: every class and
// id word of every element is looked up, nearly all of them missing, and a
// miss should cost a short hash and one probe. With eight slots per entry
// most misses land on an empty slot and compare no string
// (doc/performance.md).
class VocabularyTable {
 public:
  VocabularyTable() {
    slot_.fill(kEmpty);
    for (std::size_t e = 0; e < std::size(kVocabulary); ++e) {
      std::size_t at = Hash(kVocabulary[e].token) & kMask;
      while (slot_[at] != kEmpty) at = (at + 1) & kMask;
      slot_[at] = static_cast<std::int16_t>(e);
    }
  }

  std::uint32_t Find(std::string_view token) const {
    for (std::size_t at = Hash(token) & kMask;; at = (at + 1) & kMask) {
      if (slot_[at] == kEmpty) return 0;
      const VocabularyEntry& e = kVocabulary[static_cast<std::size_t>(slot_[at])];
      if (e.token == token) return e.flags;
    }
  }

 private:
  static constexpr unsigned kSlotBits = 10;
  static constexpr std::size_t kSlots = std::size_t{1} << kSlotBits;  // > 8 × the entries
  static constexpr std::size_t kMask = kSlots - 1;
  static constexpr std::int16_t kEmpty = -1;
  static_assert(std::size(kVocabulary) * 8 <= kSlots, "grow kSlots with the vocabulary");

  // The length and three bytes (first, middle, last), multiplied into the
  // top ten bits: a few instructions for a word of any length, and enough
  // to spread the vocabulary over the slots (words that collide are probed
  // past, so this decides speed, never the answer).
  static std::size_t Hash(std::string_view s) {
    if (s.empty()) return 0;
    const auto byte = [&](std::size_t i) { return static_cast<std::uint32_t>(static_cast<unsigned char>(s[i])); };
    const std::uint32_t key = (static_cast<std::uint32_t>(s.size()) << 24) ^ (byte(0) << 16) ^
                              (byte(s.size() / 2) << 8) ^ byte(s.size() - 1);
    return (key * 0x9E3779B1u) >> (32 - kSlotBits);
  }

  std::array<std::int16_t, kSlots> slot_;
};

std::uint32_t LookUp(std::string_view token) {
  static const VocabularyTable table;
  return table.Find(token);
}

// A scratch buffer of `size` bytes, on the stack when that is short (the
// attribute values copied into one nearly always are), else on the heap.
class ScratchBytes {
 public:
  explicit ScratchBytes(std::size_t size) {
    if (size > kInlineBytes) {
      spill_.resize(size);
      data_ = spill_.data();
    }
  }
  ScratchBytes(const ScratchBytes&) = delete;
  ScratchBytes& operator=(const ScratchBytes&) = delete;
  char* data() { return data_; }

 private:
  static constexpr std::size_t kInlineBytes = 256;
  char inline_[kInlineBytes];
  std::string spill_;
  char* data_ = inline_;
};

// What a byte of a class or id value is to FlagsOfNames, by table: the
// loop below reads every byte of every class and id of a page.
enum NameByte : std::uint8_t {
  kNameSeparator,  // ends a word: punctuation ('-', '_', ':') and every byte from 0x80
  kNameSpace,      // ends a class name (IsAsciiSpace)
  kNameLower,      // a-z and 0-9: copied as they are
  kNameUpper,      // A-Z: lower-cased, and starts a word after a lower-case letter
};

const std::array<std::uint8_t, 256> kNameBytes = [] {
  std::array<std::uint8_t, 256> t{};
  for (int c = 0; c < 256; ++c) {
    std::uint8_t k = kNameSeparator;
    if (IsAsciiSpace(static_cast<char>(c))) k = kNameSpace;
    if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')) k = kNameLower;
    if (c >= 'A' && c <= 'Z') k = kNameUpper;
    t[static_cast<std::size_t>(c)] = k;
  }
  return t;
}();

// Splits a class list or id into word tokens and ORs their flags. Also
// looks up each whole class name with separators removed ("sr-only" →
// "sronly", "article-body" → "articlebody") for compound entries.
std::uint32_t FlagsOfNames(std::string_view value) {
  std::uint32_t flags = 0;
  // The class name so far, lower case, separators dropped; the current word
  // is its tail from token_start. One buffer, on the stack when the
  // attribute is short (a name is never longer than the attribute): this
  // runs for every class and id of every page.
  ScratchBytes buffer(value.size());
  char* joined = buffer.data();
  std::size_t length = 0;
  std::size_t token_start = 0;
  // "non-paywall", "no-sidebar", "not-sponsored" say the opposite of the
  // word they negate: that word's flags are dropped.
  bool negated = false;
  auto finish_token = [&] {
    const std::string_view token(joined + token_start, length - token_start);
    token_start = length;
    if (token.empty()) return;
    if (token == "non" || token == "no" || token == "not" || token == "without") {
      negated = true;
    } else {
      // Hiding is read from whole class names only ("hidden", "sr-only"):
      // a word inside a name ("overflow-hidden") styles, it does not hide.
      if (!negated) flags |= LookUp(token) & ~kHidden;
      negated = false;
    }
  };
  auto finish_name = [&] {
    finish_token();
    if (length > 0) flags |= LookUp(std::string_view(joined, length));
    length = 0;
    token_start = 0;
    negated = false;
  };
  bool after_letter = false;  // the byte before was a-z (a digit does not count)
  for (const char c : value) {
    const std::uint8_t kind = kNameBytes[static_cast<unsigned char>(c)];
    if (kind == kNameLower) {
      joined[length++] = c;
      after_letter = c >= 'a';
    } else if (kind == kNameUpper) {
      // A lower→upper change starts a new word: "relatedPosts".
      if (after_letter) finish_token();
      joined[length++] = static_cast<char>(c + 32);
      after_letter = false;
    } else {
      if (kind == kNameSpace) {
        finish_name();
      } else {
        finish_token();
      }
      after_letter = false;
    }
  }
  finish_name();
  return flags;
}

}  // namespace

std::uint32_t FlagsFromClassAndId(std::string_view class_attr, std::string_view id_attr) {
  if (class_attr.empty() && id_attr.empty()) return 0;
  return CombineClassAndIdFlags(FlagsOfNames(class_attr), FlagsOfNames(id_attr));
}

std::uint32_t FlagsOfAttributeNames(std::string_view names) { return names.empty() ? 0 : FlagsOfNames(names); }

std::uint32_t CombineClassAndIdFlags(std::uint32_t class_flags, std::uint32_t id_flags) {
  std::uint32_t flags = class_flags | id_flags;
  // Readability's rule: a name that also says "content", "article", "post"
  // is not unlikely ("post-banner-content"), unless the boilerplate word
  // is one of the specific kinds below, which content never carries.
  constexpr std::uint32_t kSpecific = kInComments | kShareClass | kRelatedClass | kAdClass | kInNav |
                                      kInFooter | kInAside | kDialogClass;
  if ((flags & kContentClass) && (flags & kBoilerClass) && !(flags & kSpecific)) flags &= ~kBoilerClass;
  return flags;
}

std::uint32_t FlagsFromRole(std::string_view role) {
  if (role == "navigation" || role == "menu" || role == "menubar") return kBoilerClass | kInNav;
  if (role == "complementary") return kInAside;
  if (role == "contentinfo") return kInFooter;
  if (role == "banner") return kInHeader;
  if (role == "main" || role == "article") return kInArticle;
  if (role == "dialog" || role == "alertdialog") return kBoilerClass;
  return 0;
}

bool StyleHides(std::string_view style) {
  if (style.empty()) return false;
  // The style without white space, lower case, on the stack when short
  // (nearly all are): this runs for every element with a style.
  ScratchBytes buffer(style.size());
  char* compact = buffer.data();
  std::size_t n = 0;
  for (char c : style) {
    if (!IsAsciiSpace(c)) compact[n++] = c >= 'A' && c <= 'Z' ? static_cast<char>(c + 32) : c;
  }
  const std::string_view s(compact, n);
  return s.find("display:none") != std::string_view::npos || s.find("visibility:hidden") != std::string_view::npos;
}

}  // namespace klartext::blocks
