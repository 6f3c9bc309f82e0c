// blocks/markup_vocabulary.h: what class names, ids and roles say about an
// element.
//
// Pages name their boilerplate: class="sidebar", id="comments",
// class="share-bar", role="navigation". The vocabulary is a table of word
// tokens with the ContextFlag each one implies (markup_vocabulary.cc);
// class and id values are split into tokens at spaces, '-', '_' and
// lower→upper case changes ("articleBody" → article, body), so one entry
// serves "related", "related-posts" and "relatedArticles". Tokens are
// language-neutral markup words and a few German ones used in markup
// ("anzeige", "werbung"); no site names.
#ifndef KLARTEXT_BLOCKS_MARKUP_VOCABULARY_H_
#define KLARTEXT_BLOCKS_MARKUP_VOCABULARY_H_

#include <cstdint>
#include <string_view>

namespace klartext::blocks {

// The ContextFlag bits (blocks/block.h) that the class and id of an element
// imply, e.g. kBoilerClass | kShareClass for "social-share".
std::uint32_t FlagsFromClassAndId(std::string_view class_attr, std::string_view id_attr);

// The same in two steps, for callers that memoise class attributes (they
// repeat on a page): the flags of one attribute's names, then the two
// combined. FlagsFromClassAndId(c, i) ==
// CombineClassAndIdFlags(FlagsOfAttributeNames(c), FlagsOfAttributeNames(i)).
std::uint32_t FlagsOfAttributeNames(std::string_view names);
std::uint32_t CombineClassAndIdFlags(std::uint32_t class_flags, std::uint32_t id_flags);

// Flags implied by an ARIA role ("navigation", "complementary", …).
std::uint32_t FlagsFromRole(std::string_view role);

// True if an inline style hides the element (display:none, visibility:hidden).
bool StyleHides(std::string_view style);

}  // namespace klartext::blocks

#endif  // KLARTEXT_BLOCKS_MARKUP_VOCABULARY_H_
