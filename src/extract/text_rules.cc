// Line signals for text captures (extract/text_rules.h).
#include "extract/text_rules.h"

#include <algorithm>
#include <string>

#include "core/language.h"
#include "core/text.h"
#include "core/utf8.h"
#include "extract/lexicon/lexicon.h"

namespace klartext::extract {
namespace {

// Site furniture (consent banners, comment forms, legal lines, sign-up,
// app and donation prompts) is prose-shaped: only its words tell it from
// article text. The specific phrases are shared with the HTML path as
// kBoilerPhrase rows of the lexicon (src/extract/lexicon/*.cc). These
// words stay here: an article may use them ("subscribe", "all rights
// reserved" under an agency story, "iOS and Android" in a review), and
// the HTML path's block rule drops any short block that holds a boiler
// phrase, while here a phrase only costs and marks a short block
// (measured: sharing them cost ScrapingHub HTML F1 0.002). Case-folded;
// matched as substrings.
constexpr std::string_view kTextOnlyFurniture[] = {
    // German
    "cookie", "datenschutzerklärung", "einwilligung", "kommentar schreiben", "newsletter",
    "alle rechte vorbehalten", "javascript", "jetzt teilen", "unterstütze", "unterstützen sie",
    "wir informieren sie regelmäßig", "ihr beitrag hilft", "jederzeit kündbar", "wählen sie ihren zugang",
    "auf einer seite lesen", "zum vergrößern", "um kommentare zu schreiben", "sortiert nach:",
    "benachrichtigung aktivieren", "dieser eintrag wurde", "der beitrag wurde am", "per e-mail erhalten",
    // English
    "privacy policy", "consent", "leave a comment", "leave a reply", "all rights reserved", "terms of use",
    "sign up", "log in to", "subscribe", "donate", "ios and android", "paywall",
    "ios und android", "cancel anytime", "reader comments", "comments may be", "comments are moderated",
    "valid email address", "your contribution helps", "straight to your phone", "advertising disclaimer",
    "view as single page", "click to enlarge", "sorted by:", "turn on notifications",
    // Spanish
    "cancela cuando quieras",
    // Dutch (the lexicon has no Dutch table)
    "privacybeleid",
};

// Lines that open the part of a page after the article, matched at the
// start of the case-folded line: the ones text captures need beyond the
// shared lexicon's kSectionEnd and kCommentsStart rows (related lists and
// comment forms are there, matched as prefixes). Navigation to the next
// post and share or "did you like it" prompts are lines of their own on
// the HTML path, but walls here; lexicon rows that match only whole lines
// are repeated so that "Über den Autor Jana Beispiel" is a wall too.
constexpr std::string_view kArticleEndOpeners[] = {
    // German
    "vorheriger beitrag", "nächster beitrag", "vorheriger artikel", "nächster artikel",
    "teile diesen beitrag", "diesen beitrag teilen", "diese geschichte teilen", "artikel teilen",
    "teilen mit:", "teilen sie dies mit", "dir hat der artikel gefallen", "ihnen hat der artikel gefallen",
    "weitere informationen", "weiterführende links", "das thema könnte dich auch", "verraten sie",
    "über den autor", "über die autorin", "zur person", "gefällt mir:", "ähnliche beiträge",
    "auch interessant", "mehr zum thema", "leserkommentare", "kommentare anzeigen",
    // English
    "previous post", "next post", "previous article", "next article", "share this:", "share this post",
    "share this article", "like this:", "related posts", "related articles", "leave a reply",
    "leave a comment", "you may also like", "more stories", "most popular", "most read",
    "did you like this", "if you enjoyed", "follow us", "more from", "about the author",
    "further information", "top rated comments", "top comments", "show comments", "view comments",
    // Spanish, French, Italian, Portuguese
    "noticias relacionadas", "artículos relacionados", "te puede interesar", "también te puede interesar",
    "articles similaires", "sur le même sujet", "potrebbe interessarti", "notícias relacionadas",
};
// After a count: "12 responses to …", "3 Kommentare zu …".
constexpr std::string_view kCountedEndOpeners[] = {
    "responses to", "replies to", "comments on", "comments to", "thoughts on", "kommentare zu", "gedanken zu",
    "antworten zu", "kommentare", "comments", "reaktionen",
};
constexpr std::size_t kMaxCountedEndChars = 200;
// Article ends are short lines; a paragraph starting with these words is text.
constexpr std::size_t kMaxArticleEndChars = 60;

// Lead-ins of a link to another article set between paragraphs; the rest
// of the line is that article's headline. They stay here rather than in
// the shared lexicon: its prefix rows match lines of at most
// kMaxPrefixLineBytes (60), and such a line carries a whole headline (up
// to kMaxInlineTeaserChars); the lexicon's whole-line rows ("lesen sie
// auch", "read more") cover the lead-in standing alone.
constexpr std::string_view kInlineTeaserLeadIns[] = {
    // German
    "lesen sie auch", "lesen sie hier", "lies auch", "weiterlesen", "mehr zum thema:", "auch interessant:", "siehe auch", "weiterlesen:",
    "zum thema:", "mehr dazu:", "mehr themen:", "passend dazu:", "das könnte sie auch interessieren",
    // English
    "read more:", "read also:", "also read:", "see also", "related:", "more:", "recommended:",
    // Spanish, Portuguese, French, Italian
    "lea también", "lea más:", "lea:", "lee también", "leer más:", "vea también", "ver también",
    "véase también", "mira también", "veja também", "leia também",
    "lire aussi", "à lire aussi", "a lire aussi", "leggi anche", "mira:", "puedes ver:", "te puede interesar:",
    "le puede interesar:", "(le puede interesar:", "leia mais:", "saiba mais:",
};
constexpr std::size_t kMaxInlineTeaserChars = 200;

// Words of an author's short biography under (or above) the article:
// the trade and the beat ("ist Redakteurin im Ressort Politik", "is a
// senior writer for"). Case-folded; matched as whole words.
constexpr std::string_view kBioWords[] = {
    // German
    "journalist", "journalistin", "redakteur", "redakteurin", "reporterin", "korrespondent",
    "korrespondentin", "ressort", "studierte", "volontariat", "bloggerin", "autor", "autorin", "blog",
    // English
    "reporter", "writer", "editor", "columnist", "contributor", "correspondent", "blogger", "author",
    // Spanish, French, Italian, Portuguese
    "periodista", "redactor", "redactora", "journaliste", "rédacteur", "rédactrice", "giornalista",
    "jornalista",
};
// A biography is a short block opening with the author's name or "I am".
constexpr std::size_t kMaxBioChars = 400;
constexpr std::string_view kFirstPersonOpeners[] = {"ich bin ", "i am ", "i'm ", "als "};

// The verb between a commenter's name and the comment's date.
constexpr std::string_view kCommentVerbs[] = {
    " says:", " said:", " sagt:", " schreibt:", " meint:", " wrote:", " writes:", " dice:", " dit :",
    " dit:", " disse:", " zegt:", " schrieb:", " replied:", " antwortete:",
};
constexpr std::size_t kMaxCommentHeaderChars = 120;

// Lead-ins of a photo credit standing alone on a line.
constexpr std::string_view kCreditLeadIns[] = {
    "foto:", "fotos:", "bild:", "bilder:", "fotocredit", "bildquelle:", "titelbild:", "beitragsbild:",
    "photo:", "photos:", "photo by ", "image:", "image credit", "credit:", "picture:", "kuva:",
    // A copyright sign opens a picture's credit ("© Jane Doe", "Foto © dpa").
    "©", "foto ©", "fotos ©", "bild ©", "photo ©",
};
// Words that open a figure caption, followed by a number and ':' or '.'
// ("Abbildung 4: …", "Fig. 2. …") or by ':' alone ("Grafik: …").
constexpr std::string_view kFigureWords[] = {
    "abbildung", "abb.", "bild", "grafik", "tabelle", "figure", "fig.", "table", "chart", "image",
    "foto", "photo", "illustration", "figura", "tabla", "kuva",
};
constexpr std::size_t kMaxFigureCaptionChars = 400;
constexpr std::size_t kMaxCreditChars = 80;
// A caption may end in its credit ("… in Berlin. Foto: dpa"): the credit's
// lead-in and at most this many bytes of names after it.
constexpr std::size_t kMaxTrailingCreditBytes = 50;
// An image placeholder opening a line ("[logo]") is at most this long.
constexpr std::size_t kMaxPlaceholderBytes = 80;

// Social posts: this many hashtags, or a digit run this long (post ids).
constexpr std::size_t kMinHashtags = 2;
constexpr std::size_t kMinIdDigits = 12;
// Emoji and pictographs live in U+1F000..U+1FAFF; U+2600..U+27BF holds
// dingbats and symbols (☀ ✨ ❤) posts use as emoji.
constexpr std::uint32_t kEmojiFirst = 0x1F000, kEmojiLast = 0x1FAFF;
constexpr std::uint32_t kDingbatFirst = 0x2600, kDingbatLast = 0x27BF;

// Code: at least kMinCodeSymbols symbols, making at least kMinCodeShare of
// the bytes. Prose has a parenthesis or two in a hundred characters.
constexpr std::string_view kCodeSymbols = "=(){}[];<>_$\\\"'";
constexpr std::size_t kMinCodeSymbols = 2;
constexpr double kMinCodeShare = 0.08;


// A flattened menu has at least this many separators …
constexpr std::size_t kMinMenuSeparators = 2;
// … between items of at most this many code points on average.
constexpr std::size_t kMaxMenuItemChars = 30;


// True if the text opens with an upper-case letter (ASCII, or the Latin-1
// and Latin Extended capitals: "Ö", "É").
bool IsUpperInitial(std::string_view t) {
  if (t.empty()) return false;
  const auto c = static_cast<unsigned char>(t[0]);
  if (c >= 'A' && c <= 'Z') return true;
  std::size_t i = 0;
  const std::uint32_t cp = NextCodePoint(t, i);
  return cp >= 0xC0 && cp <= 0xDE && cp != 0xD7;
}

bool IsOpenBracket(char c) { return c == '[' || c == '('; }
char CloseFor(char c) { return c == '[' ? ']' : ')'; }

// The text after an image placeholder the line opens with: w3m prints an
// inline picture as "[alt]" glued to the caption beside it
// ("[20220103-1]Abbildung: …").
std::string_view AfterPlaceholder(std::string_view text) {
  if (text.empty() || text[0] != '[') return text;
  const std::size_t close = text.find(']');
  if (close == std::string_view::npos || close > kMaxPlaceholderBytes) return text;
  return Trim(text.substr(close + 1));
}

}  // namespace

bool HasFurniturePhrase(std::string_view text) {
  if (ContainsBoilerPhrase(NormaliseLine(text))) return true;
  const std::string folded = FoldCase(text);
  for (std::string_view p : kTextOnlyFurniture) {
    if (folded.find(p) != std::string::npos) return true;
  }
  return false;
}

bool LooksLikeSocialPost(std::string_view text) {
  std::size_t hashtags = 0, digits = 0;
  for (std::size_t i = 0; i < text.size();) {
    const std::size_t at = i;
    const std::uint32_t cp = NextCodePoint(text, i);
    if (i == at) ++i;
    if ((cp >= kEmojiFirst && cp <= kEmojiLast) || (cp >= kDingbatFirst && cp <= kDingbatLast)) return true;
    if (cp >= '0' && cp <= '9') {
      if (++digits >= kMinIdDigits) return true;
    } else {
      digits = 0;
    }
    if (cp == '#' && i < text.size() && text[i] != ' ' && (at == 0 || text[at - 1] == ' ')) {
      if (++hashtags >= kMinHashtags) return true;
    }
  }
  return false;
}

bool LooksLikeCode(std::string_view text) {
  text = Trim(text);
  if (text.empty() || CountMenuSeparators(text) >= kMinMenuSeparators) return false;
  std::size_t symbols = 0;
  for (char c : text) symbols += kCodeSymbols.find(c) != std::string_view::npos;
  return symbols >= kMinCodeSymbols && double(symbols) >= kMinCodeShare * double(text.size());
}

bool OpensArticleEnd(std::string_view text) {
  text = Trim(text);
  if (text.empty()) return false;
  const std::size_t chars = CodePointCount(text);
  const std::string folded = FoldCase(text.substr(0, std::min<std::size_t>(text.size(), 4 * kMaxArticleEndChars)));
  // "12 responses to “…”", "3 Kommentare zu „…“": the post's title follows,
  // so the line may be as long as a headline.
  std::size_t i = 0;
  while (i < folded.size() && folded[i] >= '0' && folded[i] <= '9') ++i;
  if (i > 0 && chars <= kMaxCountedEndChars) {
    const std::string_view rest = Trim(std::string_view(folded).substr(i));
    for (std::string_view p : kCountedEndOpeners) {
      if (StartsWith(rest, p)) return true;
    }
  }
  if (chars > kMaxArticleEndChars) return false;
  for (std::string_view p : kArticleEndOpeners) {
    if (StartsWith(folded, p)) return true;
  }
  return false;
}

bool IsInlineTeaser(std::string_view text) {
  text = Trim(text);
  if (text.empty() || CodePointCount(text) > kMaxInlineTeaserChars) return false;
  const std::string folded = FoldCase(text);
  for (std::string_view p : kInlineTeaserLeadIns) {
    if (StartsWith(folded, p)) return true;
  }
  return false;
}

bool LooksLikeAuthorBio(std::string_view text) {
  text = Trim(text);
  if (text.empty() || CodePointCount(text) > kMaxBioChars) return false;
  const std::string folded = FoldCase(text);
  bool opens_with_person = false;
  for (std::string_view p : kFirstPersonOpeners) opens_with_person |= StartsWith(folded, p);
  if (!opens_with_person) {
    // A name: the first two words capitalised ("Jane Doe is …"), the
    // first no article ("Der Stadtrat …").
    const std::size_t space = text.find(' ');
    opens_with_person = space != std::string_view::npos && space + 1 < text.size() &&
                        IsUpperInitial(text) && IsUpperInitial(text.substr(space + 1)) &&
                        !IsFunctionWord(std::string_view(folded).substr(0, folded.find(' ')));
  }
  if (!opens_with_person) return false;
  std::size_t i = 0;
  while (i < folded.size()) {
    std::size_t len = 1;
    if (!WordCharAt(folded, i, &len)) {
      i += len;
      continue;
    }
    const std::size_t start = i;
    while (i < folded.size() && WordCharAt(folded, i, &len)) i += len;
    const std::string_view word = std::string_view(folded).substr(start, i - start);
    for (std::string_view w : kBioWords) {
      if (word == w) return true;
    }
  }
  return false;
}

bool IsCommentHeader(std::string_view text) {
  text = Trim(text);
  if (text.empty() || CodePointCount(text) > kMaxCommentHeaderChars) return false;
  const std::string folded = FoldCase(text);
  for (std::string_view verb : kCommentVerbs) {
    const std::size_t at = folded.find(verb);
    // The name before the verb is short: a few words at most.
    if (at != std::string::npos && at > 0 && at <= kMaxCommentHeaderChars / 2) return true;
  }
  return false;
}

bool IsFigureCaption(std::string_view text) {
  text = AfterPlaceholder(Trim(text));
  if (text.empty() || CodePointCount(text) > kMaxFigureCaptionChars) return false;
  const std::string folded = FoldCase(text.substr(0, 40));
  for (std::string_view w : kFigureWords) {
    if (!StartsWith(folded, w)) continue;
    std::size_t i = w.size();
    while (i < folded.size() && folded[i] == ' ') ++i;
    std::size_t digits = 0;
    while (i < folded.size() && ((folded[i] >= '0' && folded[i] <= '9') || (digits > 0 && folded[i] == '.'))) {
      ++i;
      ++digits;
    }
    if (i < folded.size() && folded[i] == ':') return true;
    if (digits > 0 && i < folded.size() && folded[i - 1] == '.') return true;  // "Fig. 2. …"
  }
  return false;
}

bool IsCreditLine(std::string_view text) {
  text = AfterPlaceholder(Trim(text));
  if (text.empty() || CodePointCount(text) > kMaxCreditChars) return false;
  const std::string folded = FoldCase(text);
  for (std::string_view p : kCreditLeadIns) {
    if (StartsWith(folded, p)) return true;
  }
  return false;
}

bool EndsWithCredit(std::string_view text) {
  text = Trim(text);
  const std::size_t tail_from = text.size() > kMaxTrailingCreditBytes + 20 ? text.size() - kMaxTrailingCreditBytes - 20 : 0;
  const std::string folded = FoldCase(text.substr(tail_from));
  for (std::string_view p : kCreditLeadIns) {
    for (std::size_t at = folded.find(p); at != std::string::npos; at = folded.find(p, at + 1)) {
      if (at == 0 && tail_from == 0) continue;  // a credit line alone: IsCreditLine
      if (at > 0 && folded[at - 1] != ' ' && folded[at - 1] != '(') continue;
      const std::string_view names = std::string_view(folded).substr(at + p.size());
      if (names.empty() || names.size() > kMaxTrailingCreditBytes || CountSentenceEnds(names) > 0) continue;
      return true;
    }
  }
  return false;
}

bool HasUrl(std::string_view text) {
  return text.find("http://") != std::string_view::npos || text.find("https://") != std::string_view::npos ||
         text.find("www.") != std::string_view::npos;
}

bool IsWidgetLine(std::string_view text) {
  text = Trim(text);
  if (text.empty()) return false;
  // A run of bracketed pieces separated by spaces, and nothing else.
  std::size_t i = 0;
  while (i < text.size()) {
    if (!IsOpenBracket(text[i])) return false;
    const std::size_t close = text.find(CloseFor(text[i]), i + 1);
    if (close == std::string_view::npos) return false;
    i = close + 1;
    while (i < text.size() && text[i] == ' ') ++i;
  }
  return true;
}

std::size_t CountMenuSeparators(std::string_view text) {
  static constexpr std::string_view kSeparators[] = {"|", "•", "·", "│", " / ", " - ", " – "};
  std::size_t n = 0;
  for (std::string_view sep : kSeparators) {
    for (std::size_t at = text.find(sep); at != std::string_view::npos; at = text.find(sep, at + sep.size())) {
      ++n;
    }
  }
  return n;
}

bool IsDrawnTableRow(std::string_view text) {
  text = Trim(text);
  return StartsWith(text, "│") || StartsWith(text, "┃");
}

bool LooksLikeMenuLine(std::string_view text) {
  text = Trim(text);
  if (IsDrawnTableRow(text)) return false;
  const std::size_t separators = CountMenuSeparators(text);
  if (separators < kMinMenuSeparators) return false;
  if (CountSentenceEnds(text) > 0) return false;
  return CodePointCount(text) / (separators + 1) <= kMaxMenuItemChars;
}

std::size_t CountSentenceEnds(std::string_view text) {
  text = Trim(text);
  std::size_t n = 0;
  // Chinese and Japanese end sentences with full-width marks, no space after.
  for (std::string_view mark : {"。", "！", "？"}) {
    for (std::size_t at = text.find(mark); at != std::string_view::npos; at = text.find(mark, at + mark.size())) {
      ++n;
    }
  }
  for (std::size_t i = 1; i < text.size(); ++i) {
    const char c = text[i];
    if (c != '.' && c != '!' && c != '?') continue;
    // The mark must follow a word character ("Ende." not "..." or " .").
    const auto prev = static_cast<unsigned char>(text[i - 1]);
    if (prev == '.' || prev == ' ') continue;
    if (i + 1 == text.size()) {
      ++n;
    } else if (text[i + 1] == ' ' && i + 2 < text.size()) {
      ++n;
    }
  }
  return n;
}

}  // namespace klartext::extract
