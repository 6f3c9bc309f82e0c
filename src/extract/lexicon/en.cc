// English boilerplate phrases, used across English-language sites for the
// named page part.
#include "extract/lexicon/lexicon.h"

namespace klartext::extract {
namespace {

using R = PhraseRole;

constexpr Phrase kEnglish[] = {
    // Ad labels.
    {"advertisement", R::kAdLabel},
    {"advertising", R::kAdLabel},
    {"advert", R::kAdLabel},
    {"ad", R::kAdLabel},
    {"sponsored", R::kAdLabel},
    {"sponsored content", R::kAdLabel},
    {"paid content", R::kAdLabel},
    {"promoted", R::kAdLabel},
    {"story continues below advertisement", R::kAdLabel},
    {"article continues below advertisement", R::kAdLabel},
    {"continue reading below", R::kAdLabel},
    // Openers of related lists.
    {"related", R::kSectionEnd},
    {"related articles", R::kSectionEnd},
    {"related stories", R::kSectionEnd},
    {"related posts", R::kSectionEnd},
    {"related content", R::kSectionEnd},
    {"more stories", R::kSectionEnd},
    {"more news", R::kSectionEnd},
    {"you may also like", R::kSectionEnd},
    {"you might also like", R::kSectionEnd},
    {"recommended", R::kSectionEnd},
    {"recommended for you", R::kSectionEnd},
    {"most read", R::kSectionEnd},
    {"most popular", R::kSectionEnd},
    {"trending", R::kSectionEnd},
    {"trending now", R::kSectionEnd},
    {"read next", R::kSectionEnd},
    {"up next", R::kSectionEnd},
    {"more on", R::kSectionEnd, true},      // "More on climate"
    {"more from", R::kSectionEnd, true},
    {"more about", R::kSectionEnd, true},
    {"further reading", R::kSectionEnd},
    {"about the author", R::kSectionEnd},   // author boxes below the article
    {"tags", R::kBoilerLine},
    {"topics", R::kBoilerLine},
    {"tags:", R::kBoilerLine, true},         // "Tags: budget, housing"
    {"topics:", R::kBoilerLine, true},
    // Reader comments.
    {"comments", R::kCommentsStart},
    {"leave a reply", R::kCommentsStart},
    {"leave a comment", R::kCommentsStart},
    {"join the conversation", R::kCommentsStart},
    {"comments are closed", R::kBoilerLine},  // closed threads (WordPress)
    // Controls and legal lines.
    {"share", R::kBoilerLine},
    {"share this", R::kBoilerLine},
    {"share this article", R::kBoilerLine},
    {"share this story", R::kBoilerLine},
    {"tweet", R::kBoilerLine},
    {"email", R::kBoilerLine},
    {"print", R::kBoilerLine},
    {"back to top", R::kBoilerLine},
    {"skip to content", R::kBoilerLine},
    {"skip to main content", R::kBoilerLine},
    {"toggle navigation", R::kBoilerLine, true},  // a collapsed menu's button, then the site's name
    {"reading time", R::kBoilerLine, true},       // "Reading time 4 min"
    {"reading time:", R::kBoilerLine, true},      // "Reading time: 4 min"
    {"all rights reserved", R::kBoilerLine},
    {"privacy policy", R::kBoilerLine},
    {"terms of use", R::kBoilerLine},
    {"read more", R::kBoilerLine},
    {"sorted by", R::kBoilerLine},  // Q&A sites' sort control over the answers
    {"continue reading", R::kBoilerLine},
    {"loading", R::kBoilerLine},
    {"see all", R::kBoilerLine},
    {"view comments", R::kBoilerLine},
    {"download as pdf", R::kBoilerPhrase},  // download links under the text
    // Captions and credits: "Figure 2: …", "Photo: …".
    {"figure", R::kCaptionLeadIn},
    {"fig", R::kCaptionLeadIn},
    {"photo", R::kCaptionLeadIn},
    {"image", R::kCaptionLeadIn},
    {"picture", R::kCaptionLeadIn},
    {"credit", R::kCaptionLeadIn},
    {"source", R::kCaptionLeadIn},
    // Reader feedback prompts and affiliate disclosures.
    {"was this article helpful", R::kBoilerPhrase},
    {"did you find this article helpful", R::kBoilerPhrase},
    {"affiliate link", R::kBoilerPhrase},
    {"advertisers do not influence", R::kBoilerPhrase},  // review sites' disclosure
    {"this post contains references to products", R::kBoilerPhrase},
    {"we may earn a commission", R::kBoilerPhrase},
    {"we may receive a commission", R::kBoilerPhrase},
    // Appeals for support and follow prompts under the article.
    {"if you enjoyed reading this", R::kBoilerPhrase},
    {"consider supporting", R::kBoilerPhrase},
    {"support our journalism", R::kBoilerPhrase},
    {"support our work", R::kBoilerPhrase},
    {"follow us on", R::kBoilerPhrase},
    {"on twitter and instagram", R::kBoilerPhrase},
    {"rely on your support", R::kBoilerPhrase},
    {"may be reached at", R::kBoilerPhrase},      // reporter contact lines
    {"this entry was posted", R::kBoilerPhrase},  // blog post footers
    {"this slideshow requires javascript", R::kBoilerPhrase},
    {"failed to load", R::kBoilerPhrase},  // interface error strings of script widgets
    // Cookie, newsletter and paywall notices.
    {"to view the full story", R::kBoilerPhrase},
    {"for the full story", R::kBoilerPhrase},
    {"subscribe now", R::kBoilerPhrase},
    {"please subscribe", R::kBoilerPhrase},
    {"we use cookies", R::kBoilerPhrase},
    {"this website uses cookies", R::kBoilerPhrase},
    {"accept cookies", R::kBoilerPhrase},
    {"cookie policy", R::kBoilerPhrase},
    {"sign up for our newsletter", R::kBoilerPhrase},
    {"subscribe to our newsletter", R::kBoilerPhrase},
    {"to your inbox", R::kBoilerPhrase},  // "delivered straight to your inbox"
    {"in your inbox", R::kBoilerPhrase},
    {"already a subscriber", R::kBoilerPhrase},
    {"subscribe to continue", R::kBoilerPhrase},
    {"subscribers only", R::kBoilerPhrase},
    {"sign in to continue", R::kBoilerPhrase},
    {"click here to", R::kBoilerPhrase},
    {"click here for more", R::kBoilerPhrase},
    // Site furniture of text captures (from text_rules.cc): consent and
    // privacy lines, comment forms, sign-up, app, donation and disclosure lines.
    {"privacy notice", R::kBoilerPhrase},
    {"email address will not be published", R::kBoilerPhrase},
    {"required fields are marked", R::kBoilerPhrase},
    {"cancel reply", R::kBoilerPhrase},
    {"terms of service", R::kBoilerPhrase},
    {"download the app", R::kBoilerPhrase},
    {"download our app", R::kBoilerPhrase},
    {"for ios and android", R::kBoilerPhrase},
    {"turn on notifications", R::kBoilerPhrase},  // browser push-notification prompts
    {"enable notifications", R::kBoilerPhrase},
    {"allow notifications", R::kBoilerPhrase},  // "… download our apps for iOS and Android"
    {"app store and google play", R::kBoilerPhrase},
    {"straight to your phone", R::kBoilerPhrase},  // "Get the latest news straight to your phone …"
    {"help us continue", R::kBoilerPhrase},        // donation appeals
    {"comments are moderated", R::kBoilerPhrase},
    {"comment policy", R::kBoilerPhrase},
    {"letter to the editor", R::kBoilerPhrase},
    {"letters to the editor", R::kBoilerPhrase},
    {"advertising disclosure", R::kBoilerPhrase},
    // Openers of what follows an article in text captures (from
    // text_rules.cc): related lists and comment lists.
    {"related coverage", R::kSectionEnd, true},
    {"popular posts", R::kSectionEnd, true},
    {"recent posts", R::kSectionEnd, true},
    {"recent comments", R::kSectionEnd, true},
};

}  // namespace

std::span<const Phrase> EnglishPhrases() { return kEnglish; }

}  // namespace klartext::extract
