// extract/block_rules.h: boilerplate rules that read blocks only.
//
// These rules need no markup, so HTML pages and text captures share them
// (DESIGN.md: "a boilerplate rule written once serves both"):
//  - lines a phrase table names: ad labels, share/print lines, legal lines;
//  - promotion teasers: a promo label and the short lines that follow it;
//  - related-news lists: a section opener ("Mehr News") and the short or
//    link-heavy blocks after it, until plain prose resumes;
//  - reader comments after a comments opener;
//  - short blocks holding a cookie, newsletter or paywall phrase;
//  - text printed twice (an alt text above its caption, a repeated teaser;
//    in HTML only long paragraphs);
//  - link-heavy blocks, bare web addresses and download lines naming a
//    file size (HTML; text captures have no links); unrendered
//    shortcodes ("…[/button]");
//  - captions: a line under an image carrying a photo credit;
//  - structure (HTML): subheads with no text or whose link list went,
//    gallery titles, teaser-card grids (extract/teaser_cards.h), short lines after the last
//    paragraph, everything after a comment section that follows the
//    body, and the rest of a subscription or support box whose phrase
//    comes after the body.
// Each rule only moves blocks from kContent to another label.
#ifndef KLARTEXT_EXTRACT_BLOCK_RULES_H_
#define KLARTEXT_EXTRACT_BLOCK_RULES_H_

#include "blocks/block.h"
#include "extract/labels.h"
#include "klartext/options.h"

namespace klartext::extract {

// How hard the rules judge links. kLinkListAllowed is the second pass for
// a page whose article is a list of links (a link round-up, a source
// list): there link text is the content, and the link-density rule would
// leave nothing.
enum class LinkRule { kApply, kLinkListAllowed };

void ApplyBlockRules(const blocks::BlockStream& stream, const ExtractOptions& options, Labels& labels,
                     LinkRule link_rule = LinkRule::kApply);

// Code points of body text (kContent and kLead blocks) under `labels`.
std::size_t BodyChars(const blocks::BlockStream& stream, const Labels& labels);

// True if the text ends like a sentence (. ! ? … or a closing quote after one).
bool EndsLikeSentence(std::string_view text);

}  // namespace klartext::extract

#endif  // KLARTEXT_EXTRACT_BLOCK_RULES_H_
