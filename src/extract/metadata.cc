// ReadDeclaredMetadata: runs the readers, then settles what needs every
// reader's result: authors (cleaned against the site name), the title
// (site suffix removed), the canonical URL fallback.
#include "extract/metadata.h"

#include "core/text.h"
#include "core/utf8.h"
#include "extract/byline.h"
#include "extract/date_parse.h"
#include "extract/metadata_internal.h"
#include "extract/url.h"

namespace klartext::extract {
namespace internal {

bool MoreTrusted(Source a, Source current) {
  return current == Source::kNone || static_cast<int>(a) < static_cast<int>(current);
}

namespace {

// Dates rank their sources by how often each is right where it speaks
// (klartext-eval --sources on the trafilatura dev pages, the first claim of
// each source on a page): OpenGraph's article:published_time 0.918,
// JSON-LD 0.880, <time> 0.872, microdata 0.850, other <meta> 0.805. Where
// OpenGraph and another source disagree on the day, OpenGraph was the right
// one every time (10 pages, against JSON-LD, microdata and <time>): a CMS
// writes article:published_time from the article record, while a JSON-LD
// block is often a plugin's, describing the page's last build or a listing.
// The other sources keep the general order; the pages where they disagree
// are too few (2 to 5 per pair) to reorder them.
int DateRank(Source s) {
  return s == Source::kOpenGraph ? -1 : static_cast<int>(s);
}

}  // namespace

bool MoreTrustedDate(Source a, Source current) {
  return current == Source::kNone || DateRank(a) < DateRank(current);
}

void MetadataCollector::OfferText(Sourced<std::string>& field, std::string_view value, Source source) {
  if (value.size() > kMaxFieldBytes) return;
  std::string v = CollapseWhitespace(value);
  if (v.empty()) return;
  if (&field == &m.title && m.title_claims.size() < kMaxTitleClaims) m.title_claims.push_back({v, source});
  if (!MoreTrusted(source, field.source)) return;
  field = {std::move(v), source};
}

void MetadataCollector::OfferDate(Sourced<std::string>& field, std::string_view value, Source source) {
  if (&field == &m.published && m.published_claims.size() < kMaxPublishedClaims) {
    if (std::optional<std::string> iso = ParseDate(value)) m.published_claims.push_back({std::move(*iso), source});
  }
  if (!MoreTrustedDate(source, field.source)) return;
  if (std::optional<std::string> iso = ParseDate(value)) field = {std::move(*iso), source};
}

void MetadataCollector::OfferLanguage(std::string_view value, Source source) {
  if (!MoreTrusted(source, m.language.source)) return;
  std::string tag = AsciiLower(Trim(value));
  tag = tag.substr(0, tag.find_first_of("-_,; "));
  if (tag.size() < 2 || tag.size() > 3) return;
  for (char ch : tag) {
    if (ch < 'a' || ch > 'z') return;
  }
  m.language = {std::move(tag), source};
}

void MetadataCollector::OfferList(Sourced<std::vector<std::string>>& field, std::string_view value,
                                  Source source) {
  std::string v = CollapseWhitespace(value.substr(0, kMaxFieldBytes));
  if (v.empty()) return;
  if (MoreTrusted(source, field.source)) {
    field = {{std::move(v)}, source};
  } else if (source == field.source) {
    for (const std::string& x : field.value) {
      if (EqualsIgnoreCase(x, v)) return;
    }
    field.value.push_back(std::move(v));
  }
}

void MetadataCollector::OfferKeywords(Sourced<std::vector<std::string>>& field, std::string_view value,
                                      Source source) {
  if (value.size() > kMaxFieldBytes) return;
  for (std::string_view k : SplitAny(value, ",;")) OfferList(field, k, source);
}

void MetadataCollector::OfferAuthor(std::string_view value, Source source, bool organization) {
  value = Trim(value);
  if (value.empty() || value.size() > kMaxFieldBytes) return;
  authors.push_back({std::string(value), source, organization});
}

void MetadataCollector::OfferImage(std::string_view url, std::string_view caption) {
  url = Trim(url);
  if (url.empty() || url.size() > kMaxFieldBytes || StartsWith(url, "data:")) return;
  std::string abs = ResolveUrl(page_url, url);
  for (Image& img : m.images) {
    if (img.url == abs) {
      if (img.caption.empty()) img.caption = CollapseWhitespace(caption);
      return;
    }
  }
  m.images.push_back({std::move(abs), CollapseWhitespace(caption), ""});
}

void MetadataCollector::OfferUrl(std::string_view url, Source source) {
  url = Trim(url);
  if (url.empty() || url.size() > kMaxFieldBytes || !MoreTrusted(source, m.url.source)) return;
  std::string abs = ResolveUrl(page_url, url);
  if (UrlHost(abs).empty()) return;  // still relative: no base to resolve against
  m.url = {std::move(abs), source};
}

}  // namespace internal

namespace {

struct TitleSeparator {
  std::string_view text;
  // Separators that headlines themselves rarely use: the part after them is
  // the site (or a section) even when it is a little longer.
  bool site_only;
};
constexpr TitleSeparator kTitleSeparators[] = {
    {" | ", true},  {" \u2502 ", true}, {" :: ", true}, {" \u00bb ", true}, {" \u203a ", true},
    {" \u00b7 ", true}, {" \u2022 ", true}, {" - ", false}, {" \u2013 ", false}, {" \u2014 ", false},
    {" : ", false}, {" / ", false},
};
// A site part after " | " may be a little longer ("Liebe geht durch den Magen").
constexpr std::size_t kMaxPipeSuffixWords = 6;

// "www.zeit.de" → "zeit"; "" when there is no host.
std::string HostLabel(std::string_view url) {
  std::string host = UrlHost(url);
  std::vector<std::string_view> labels = SplitAny(host, ".");
  if (labels.size() < 2) return "";
  std::string_view label = labels[labels.size() - 2];
  // "bbc.co.uk": the label before a two-letter second level.
  if (labels.size() >= 3 && (label == "co" || label == "com" || label == "org") ) label = labels[labels.size() - 3];
  return std::string(label);
}

bool NamesSite(std::string_view part, std::string_view sitename, std::string_view host_label) {
  part = Trim(part);
  if (part.empty()) return false;
  sitename = Trim(sitename);
  // The part is the site's name, a piece of it ("SPIEGEL" of "DER
  // SPIEGEL"), or the name with a word or two more ("ZEIT ONLINE Politik");
  // not a headline that happens to contain it ("Tote Hummeln …" on a site
  // named "Hummeln").
  if (!sitename.empty() &&
      (EqualsIgnoreCase(part, sitename) || (part.size() >= 4 && ContainsIgnoreCase(sitename, part)) ||
       (ContainsIgnoreCase(part, sitename) && CountWords(part) <= CountWords(sitename) + 2))) {
    return true;
  }
  // The host label as a word-ish part: "ZEIT ONLINE" on zeit.de, "tagesschau.de".
  return host_label.size() >= 3 && ContainsIgnoreCase(part, host_label) &&
         CountWords(part) <= kMaxSiteSuffixWords;
}

// A heading shorter than this is too generic ("News") to trim a title to;
// two words ("Villa Galaxy", "Der WindRebell") are a name or a headline.
constexpr std::size_t kMinHeadingWordsForTrim = 2;

// True when s starts with an ASCII or Latin-1 lower-case letter.
bool StartsLowerCase(std::string_view s) {
  if (s.empty()) return false;
  if (s[0] >= 'a' && s[0] <= 'z') return true;
  std::size_t i = 0;
  std::uint32_t cp = NextCodePoint(s, i);
  return cp >= 0xDF && cp <= 0xFF && cp != 0xF7;
}

// Chinese and Japanese titles write no spaces, so their separators stand
// bare: "武汉的声音：…的城！-新华网", "蔡健雅_百度百科". In a title without
// spaces that holds CJK text, these characters end a site part.
constexpr std::string_view kUnspacedTitleSeparators[] = {"-", "_", "|", "\u2014", "\uff0d", "\uff5c"};
// A site or channel name after a bare separator is a few characters
// ("新华网", "百度百科", "人民网-观点"); a longer tail is part of the headline.
constexpr std::size_t kMaxUnspacedSiteChars = 10;

bool IsCjk(std::uint32_t cp) {
  return (cp >= 0x3040 && cp <= 0x30FF) ||  // kana
         (cp >= 0x3400 && cp <= 0x9FFF) ||  // CJK ideographs
         (cp >= 0xAC00 && cp <= 0xD7AF);    // Hangul
}

std::size_t CountCodePoints(std::string_view s, bool* has_cjk_or_letter) {
  std::size_t n = 0;
  for (std::size_t i = 0; i < s.size(); ++n) {
    const std::uint32_t cp = NextCodePoint(s, i);
    if (IsCjk(cp) || ((cp | 0x20) >= 'a' && (cp | 0x20) <= 'z')) *has_cjk_or_letter = true;
  }
  return n;
}

// Strips a site part set off by a bare separator from a CJK title.
std::string StripUnspacedSiteSuffix(std::string t) {
  if (t.find(' ') != std::string::npos) return t;
  bool cjk = false;
  for (std::size_t i = 0; i < t.size() && !cjk;) cjk = IsCjk(NextCodePoint(t, i));
  if (!cjk) return t;
  for (int round = 0; round < 2; ++round) {
    std::size_t best = std::string::npos, best_len = 0;
    for (std::string_view sep : kUnspacedTitleSeparators) {
      const std::size_t p = RFind(t, sep);
      if (p != std::string::npos && p > 0 && (best == std::string::npos || p > best)) best = p, best_len = sep.size();
    }
    if (best == std::string::npos) break;
    const std::string_view head(t.data(), best);
    const std::string_view tail = std::string_view(t).substr(best + best_len);
    bool tail_named = false, head_named = false;
    const std::size_t tail_chars = CountCodePoints(tail, &tail_named);
    // A date or number after a dash ("2020-02") is the headline's own.
    if (!tail_named || tail_chars > kMaxUnspacedSiteChars || CountCodePoints(head, &head_named) <= tail_chars) break;
    t.resize(best);
  }
  return t;
}

}  // namespace

bool HeadingNamesSite(std::string_view heading, std::string_view sitename, std::string_view page_url) {
  const std::string label = HostLabel(page_url);
  if (NamesSite(heading, sitename, label)) return true;
  // "Four Years Remaining" on fouryears.eu: the host squeezes words together.
  std::string squeezed;
  for (char ch : AsciiLower(heading)) {
    if (ch != ' ' && ch != '-') squeezed += ch;
  }
  return label.size() >= kMinSqueezedHostLabel && squeezed.find(label) != std::string::npos;
}

bool NamesHostExactly(std::string_view name, std::string_view page_url) {
  std::string squeezed;
  for (char ch : AsciiLower(name)) {
    if (ch != ' ' && ch != '-' && ch != '.') squeezed += ch;
  }
  const std::string label = HostLabel(page_url);
  return !label.empty() && squeezed == label;
}

std::string CleanTitle(std::string_view title, std::string_view sitename, std::string_view page_url,
                       bool strip_short_suffix) {
  std::string t = CollapseWhitespace(title);
  std::string label = HostLabel(page_url);
  // A separator left dangling at either end ("Headline |", "- Headline").
  auto trim_separators = [](std::string& s) {
    for (bool changed = true; changed;) {
      changed = false;
      for (const TitleSeparator& sep : kTitleSeparators) {
        std::string_view bare = Trim(sep.text);
        if (s.size() > bare.size() && EndsWith(s, bare) && s[s.size() - bare.size() - 1] == ' ') {
          s = std::string(Trim(std::string_view(s).substr(0, s.size() - bare.size())));
          changed = true;
        }
      }
    }
  };
  trim_separators(t);
  // A prefix naming the site ("ZEIT ONLINE | Headline"), or in a <title> a
  // one-word section before a dash ("Aktuelles - Headline").
  std::size_t first = std::string::npos;
  const TitleSeparator* first_sep = nullptr;
  for (const TitleSeparator& sep : kTitleSeparators) {
    std::size_t p = t.find(sep.text);
    if (p != std::string::npos && p > 0 && p < first) first = p, first_sep = &sep;
  }
  if (first_sep != nullptr) {
    std::string_view prefix = std::string_view(t).substr(0, first);
    std::string_view rest = Trim(std::string_view(t).substr(first + first_sep->text.size()));
    bool section = strip_short_suffix && !first_sep->site_only && first_sep->text != " : " &&
                   CountWords(prefix) == 1 && CountWords(rest) >= 3 &&
                   !StartsLowerCase(rest);  // "Krise - warum …" is one sentence
    if (!rest.empty() && !NamesSite(rest, sitename, label) && (NamesSite(prefix, sitename, label) || section)) {
      t = std::string(rest);
    }
  }
  bool stripped_short = false;
  for (int round = 0; round < 3; ++round) {
    std::size_t best = std::string::npos;
    const TitleSeparator* best_sep = nullptr;
    for (const TitleSeparator& sep : kTitleSeparators) {
      std::size_t p = RFind(t, sep.text);
      if (p != std::string::npos && (best == std::string::npos || p > best)) best = p, best_sep = &sep;
    }
    if (best == std::string::npos || best == 0) break;
    std::string_view head = Trim(std::string_view(t).substr(0, best));
    std::string_view tail = std::string_view(t).substr(best + best_sep->text.size());
    std::size_t tail_words = CountWords(tail);
    bool site_like = best_sep->site_only ? tail_words <= kMaxPipeSuffixWords
                                         : tail_words <= kMaxSiteSuffixWords && CountWords(head) > tail_words;
    if (NamesSite(tail, sitename, label) ||
        (strip_short_suffix && !stripped_short && site_like && !head.empty())) {
      stripped_short = stripped_short || !NamesSite(tail, sitename, label);
      t = std::string(head);
      continue;
    }
    break;
  }
  return StripUnspacedSiteSuffix(std::move(t));
}

namespace {

// The authors of the most trusted source that names at least one person;
// the agency of the most trusted source that names one. Markup candidates
// are tried one by one (the first byline-like element that holds a person
// wins); declared sources pool all their strings ("author" twice).
void SettleAuthors(internal::MetadataCollector& c) {
  const std::string& site = c.m.sitename.value;
  constexpr Source kOrder[] = {Source::kJsonLd, Source::kMicrodata, Source::kOpenGraph, Source::kMeta,
                               Source::kMarkup};
  for (Source source : kOrder) {
    std::vector<std::string> people;
    std::string agency;
    for (const internal::RawAuthor& raw : c.authors) {
      if (raw.source != source) continue;
      Byline b = ParseByline(raw.text, site);
      if (agency.empty()) agency = b.agency;
      if (raw.organization) continue;
      for (std::string& p : b.authors) {
        bool dup = false;
        for (const std::string& q : people) dup = dup || EqualsIgnoreCase(p, q);
        if (!dup) people.push_back(std::move(p));
      }
      if (source == Source::kMarkup && !people.empty()) break;
    }
    if (!c.m.agency.found() && !agency.empty()) c.m.agency = {agency, source};
    if (!c.m.authors.found() && !people.empty()) c.m.authors = {std::move(people), source};
  }
}

// Declared titles often carry a kicker or a site/section part that the
// visible headline does not: "Klimaschutz: Bohren, bis es heiß wird" with
// <h1>Bohren, bis es heiß wird</h1>. When the declared title is the <h1>
// plus such an affix, separated by a separator character, the <h1> is the
// headline. The source stays the declaration's: the value is its text.
std::string TrimToHeading(const std::string& title, const std::string& h1, std::string_view sitename,
                          std::string_view page_url) {
  constexpr std::string_view kAffixSeparators[] = {"|", ":", "-", "/", "\u2013", "\u2014", "\u00bb",
                                                   "\u203a", "\u00b7", "\u2022"};
  if (CountWords(h1) < kMinHeadingWordsForTrim || title.size() <= h1.size()) return title;
  // A site that writes its own name in the <h1> ("Muffin Rezepte" on
  // muffinrezept.net): the name is the affix, not the headline.
  if (HeadingNamesSite(h1, sitename, page_url)) return title;
  // The <h1> may sit anywhere in the declared title: at its start ("H1 -
  // Site"), its end ("Kicker: H1") or between affixes ("Author: H1 - Site").
  const std::size_t at = title.find(h1);
  if (at == std::string::npos) return title;
  const std::string_view before = Trim(std::string_view(title).substr(0, at));
  const std::string_view after = Trim(std::string_view(title).substr(at + h1.size()));
  // Each affix must be cut off by a separator next to the <h1>, so that a
  // heading that is only the start of a longer sentence is not taken.
  auto ends_with_sep = [&](std::string_view s) {
    for (std::string_view sep : kAffixSeparators) {
      if (EndsWith(s, sep)) return true;
    }
    return false;
  };
  auto starts_with_sep = [&](std::string_view s) {
    for (std::string_view sep : kAffixSeparators) {
      if (StartsWith(s, sep)) return true;
    }
    return false;
  };
  const bool left_ok = before.empty() || ends_with_sep(before);
  const bool right_ok = after.empty() || starts_with_sep(after);
  return left_ok && right_ok ? h1 : title;
}

}  // namespace

PageMetadata ReadDeclaredMetadata(const html::Document& doc, std::string_view page_url) {
  internal::MetadataCollector c;
  c.page_url = page_url;
  internal::ReadJsonLd(doc, c);
  internal::ReadMetaElements(doc, c);
  internal::ReadMicrodata(doc, c);
  internal::ReadTimeElements(doc, c);
  internal::ReadAuthorMarkup(doc, c);
  SettleAuthors(c);
  // The script state is a last resort (merge.cc): read only when the page
  // declares no publication date or no author elsewhere, since scanning
  // every state script costs more than all other declarations together.
  if (!c.m.published.found()) internal::ReadScriptDates(doc, c);
  if (!c.m.authors.found() || c.m.authors.value.empty()) internal::ReadScriptAuthor(doc, c);
  if (c.m.title.found()) {
    std::string_view url = c.m.url.found() ? std::string_view(c.m.url.value) : page_url;
    c.m.title.value = CleanTitle(c.m.title.value, c.m.sitename.value, url,
                                 c.m.title.source == Source::kMeta);
    c.m.title.value = TrimToHeading(c.m.title.value, c.first_h1, c.m.sitename.value, url);
  }
  if (!c.m.url.found() && !page_url.empty()) c.m.url = {std::string(page_url), Source::kCaller};
  // Last resort: a date in the URL's path ("/2019/08/02/slug").
  if (!c.m.published.found()) {
    std::optional<DateTime> d = DateFromUrl(page_url);
    if (!d && c.m.url.found()) d = DateFromUrl(c.m.url.value);
    if (d) c.m.published = {d->ToIso(), Source::kInferred};
  }
  return std::move(c.m);
}

}  // namespace klartext::extract
