#include "extract/merge.h"

#include <algorithm>
#include <optional>
#include <vector>

#include "core/language.h"
#include "core/text.h"
#include "extract/byline.h"
#include "extract/date_parse.h"
#include "extract/date_zone.h"
#include "extract/url.h"

namespace klartext::extract {
namespace {

using blocks::Block;
using blocks::Kind;

BlockType TypeOf(Kind kind) {
  switch (kind) {
    case Kind::kHeading: return BlockType::kHeading;
    case Kind::kListItem: return BlockType::kListItem;
    case Kind::kQuote: return BlockType::kQuote;
    case Kind::kTable: return BlockType::kTable;
    case Kind::kCode: return BlockType::kCode;
    case Kind::kCaption: return BlockType::kCaption;
    case Kind::kImage: return BlockType::kImage;
    case Kind::kParagraph: return BlockType::kParagraph;
  }
  return BlockType::kParagraph;
}

// Headings below the headline start at level 2 in the output, whatever
// the page used, so Markdown keeps "#" for the title.
int OutputLevel(const Block& b) { return b.kind == Kind::kHeading ? std::max(2, b.level) : b.level; }

template <typename T>
void Take(T& field, const Sourced<T>& value, const char* name, Article& a) {
  if (!value.found()) return;
  field = value.value;
  a.sources[name] = value.source;
}

// "YYYY-MM-DD": the calendar day of an ISO date.
constexpr std::size_t kIsoDayLength = 10;

// Country code from a URL's top-level domain, for the time-zone inference.
std::string CountryOf(std::string_view url) {
  std::string host = UrlHost(url);
  const std::size_t dot = host.rfind('.');
  if (dot == std::string::npos) return {};
  return AsciiLower(host.substr(dot + 1));
}

void AddBlocks(const blocks::BlockStream& s, const Labels& labels, const ExtractOptions& options, Article& a) {
  for (std::size_t i = 0; i < s.blocks.size(); ++i) {
    const Block& b = s.blocks[i];
    Block const* src = &b;
    BlockType type;
    switch (labels[i]) {
      case Label::kContent: type = TypeOf(b.kind); break;
      case Label::kLead: type = BlockType::kLead; break;
      case Label::kComment: type = BlockType::kComment; break;
      case Label::kImage:
        if (!options.include_images) continue;
        type = BlockType::kImage;
        break;
      case Label::kCaption:
        if (!options.include_images) continue;
        type = BlockType::kCaption;
        break;
      default: continue;
    }
    if (type == BlockType::kTable && !options.include_tables) continue;
    if (type == BlockType::kImage || type == BlockType::kCaption) {
      if (!options.include_images) continue;
    }
    klartext::Block out;
    out.type = type;
    out.text = options.include_links && !src->linked_text.empty() ? src->linked_text : src->text;
    if (type == BlockType::kImage && !a.url.empty()) out.text = ResolveUrl(a.url, out.text);
    out.level = type == BlockType::kHeading || type == BlockType::kListItem ? OutputLevel(b) : 0;
    out.ordered = b.ordered;
    out.rows = b.rows;
    a.blocks.push_back(std::move(out));
  }
}

// Local zones lie at most this many hours from UTC on the side that
// matters in practice (the Americas at -3…-6, Asia at +5…+9).
constexpr int kMaxZoneHours = 6;

// Days since 1970-01-01 of an ISO date (proleptic Gregorian; H. Hinnant's
// days_from_civil), or nullopt when it does not parse.
std::optional<long> DayNumber(std::string_view iso) {
  std::optional<DateTime> d = ParseDateTime(iso);
  if (!d) return std::nullopt;
  const int y = d->month <= 2 ? d->year - 1 : d->year;
  const int era = y / 400;
  const int yoe = y - era * 400;
  const int mp = (d->month + 9) % 12;
  const int doy = (153 * mp + 2) / 5 + d->day - 1;
  const int doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
  return static_cast<long>(era) * 146097 + doe - 719468;
}

bool VisibleDayExplained(const PageMetadata& declared, const VisibleRoles& visible) {
  const std::string_view shown = std::string_view(visible.published.value).substr(0, kIsoDayLength);
  const std::string_view said = std::string_view(declared.published.value).substr(0, kIsoDayLength);
  if (shown == said) return false;
  if (declared.modified.found() && std::string_view(declared.modified.value).substr(0, kIsoDayLength) == shown) {
    return true;
  }
  // A time declared in UTC within kMaxZoneHours of midnight falls on the
  // neighbouring day in the page's own zone.
  std::optional<DateTime> utc = ParseDateTime(declared.published.value);
  if (!utc || !utc->has_time || !utc->has_offset || utc->offset_minutes != 0) return false;
  std::optional<long> a = DayNumber(shown), b = DayNumber(said);
  if (!a || !b) return false;
  return (*a == *b - 1 && utc->hour < kMaxZoneHours) || (*a == *b + 1 && utc->hour >= 24 - kMaxZoneHours);
}

// A dateline marked as meta data right under the headline names the day
// the reader is told; it outranks a declaration from a generic <meta>
// name, a <time> element or the markup, which templates fill from the
// CMS's record (often the last re-publication), not JSON-LD, microdata or
// OpenGraph (measured on the dev set: with those too, one page was lost
// and none won).
bool VisibleDatelineOutranks(const PageMetadata& declared, const VisibleRoles& visible) {
  if (!visible.published_under_headline || declared.published.source < Source::kMeta) return false;
  const std::string_view shown = std::string_view(visible.published.value).substr(0, kIsoDayLength);
  return shown != std::string_view(declared.published.value).substr(0, kIsoDayLength);
}

// The declared publication date whose day the visible dateline shows,
// when the most trusted declaration names another day; else nullptr.
// Two declarations that disagree are settled by what the reader sees.
const Sourced<std::string>* ClaimTheDatelineConfirms(const PageMetadata& declared,
                                                     const VisibleRoles& visible) {
  if (!visible.published.found() || !declared.published.found()) return nullptr;
  const std::string_view shown = std::string_view(visible.published.value).substr(0, kIsoDayLength);
  if (std::string_view(declared.published.value).substr(0, kIsoDayLength) == shown) return nullptr;
  for (const Sourced<std::string>& claim : declared.published_claims) {
    // Only page-level declarations count: a <time> element or a microdata
    // item confirms nothing, as the visible date is often its own text, a
    // teaser's or a comment's.
    if (claim.source == Source::kTimeTag || claim.source == Source::kMicrodata) continue;
    if (std::string_view(claim.value).substr(0, kIsoDayLength) == shown) return &claim;
  }
  return nullptr;
}

// A name of this many words at least is a whole name ("Anna Müller"), not
// a first name or a fragment the line split off.
constexpr std::size_t kMinWholeNameWords = 2;
// "Mehr von Henry Steinhau": an author-archive heading is a short line.
constexpr std::uint32_t kMaxAuthorArchiveHeadingChars = 60;

// The words of a name, case folded.
std::vector<std::string> NameWords(std::string_view name) {
  std::vector<std::string> out;
  for (std::string_view w : SplitAny(name, " ")) {
    if (!w.empty()) out.push_back(FoldCase(w));
  }
  return out;
}

// True when the byline near the headline names other people than the
// declarations: every visible name is a whole name of capitalised words
// and none shares a word with a declared one. CMS templates declare the
// account that filed the page (an editor, a desk, the site,
// "arianschlichenmayer"); the reader
// sees, and trusts, the byline. A visible name that shares a word with a
// declared one is the same person read less cleanly ("Evan HalperStaff
// Writer", "Christian Spließin Allgemeines"): the declaration wins then.
bool VisibleBylineNamesOthers(const std::vector<std::string>& declared, const VisibleRoles& visible) {
  if (!visible.authors.found() || visible.authors.value.empty()) return false;
  std::vector<std::string> declared_words;
  for (const std::string& d : declared) {
    for (std::string& w : NameWords(d)) declared_words.push_back(std::move(w));
  }
  for (const std::string& v : visible.authors.value) {
    const std::vector<std::string> words = NameWords(v);
    if (words.size() < kMinWholeNameWords) return false;
    // Every word capitalised: "Krisenmanagement zu" is a sentence's tail.
    for (std::string_view w : SplitAny(v, " ")) {
      const auto c = static_cast<unsigned char>(w.empty() ? 'A' : w[0]);
      if (!((c >= 'A' && c <= 'Z') || c >= 0xC3)) return false;
    }
    for (const std::string& w : words) {
      if (std::find(declared_words.begin(), declared_words.end(), w) != declared_words.end()) return false;
    }
  }
  return true;
}

}  // namespace

Article MergeArticle(const blocks::BlockStream& s, const Labels& labels, const VisibleRoles& visible,
                     const PageMetadata& declared, const ExtractOptions& options) {
  Article a;
  // URL first: images resolve against it.
  if (declared.url.found()) {
    Take(a.url, declared.url, "url", a);
  } else if (!options.url.empty()) {
    a.url = options.url;
    a.sources["url"] = Source::kCaller;
  }
  AddBlocks(s, labels, options, a);

  // The visible headline is what readers see; the declared one may carry
  // a site suffix or an SEO variant. Prefer the visible one when it exists.
  if (visible.title.found()) {
    Take(a.title, visible.title, "title", a);
  } else {
    Take(a.title, declared.title, "title", a);
  }
  Take(a.kicker, visible.kicker, "kicker", a);
  Take(a.lead, visible.lead, "lead", a);
  Take(a.description, declared.description, "description", a);
  Take(a.sitename, declared.sitename, "sitename", a);
  Take(a.categories, declared.categories, "categories", a);
  Take(a.tags, declared.tags, "tags", a);

  // Declared authors are structured; the visible byline is a fallback.
  if (declared.authors.found() && !declared.authors.value.empty() &&
      !VisibleBylineNamesOthers(declared.authors.value, visible)) {
    Take(a.authors, declared.authors, "authors", a);
  } else {
    Take(a.authors, visible.authors, "authors", a);
  }
  // Last resort: the author a front end's script state names, cleaned
  // like any byline (a desk or the site's name is no person).
  if (a.authors.empty() && declared.script_author.found()) {
    Byline b = ParseByline(declared.script_author.value, declared.sitename.value);
    if (!b.authors.empty()) {
      a.authors = b.authors;
      a.sources["authors"] = Source::kInferred;
    }
  }
  // One word ("Pamela") is often a display name: the site's name or an
  // author-archive heading on the page may give the whole of it.
  if (a.authors.size() == 1 && CountWords(a.authors[0]) == 1) {
    std::optional<std::string> whole = FullNameFor(a.authors[0], declared.sitename.value, /*heading=*/false);
    for (std::size_t i = 0; !whole && i < s.blocks.size(); ++i) {
      if (s.blocks[i].chars <= kMaxAuthorArchiveHeadingChars) whole = FullNameFor(a.authors[0], s.blocks[i].text, /*heading=*/true);
    }
    if (whole) a.authors[0] = *whole;
  }
  if (visible.agency.found()) {
    Take(a.agency, visible.agency, "agency", a);
  } else {
    Take(a.agency, declared.agency, "agency", a);
  }

  // Language: declared, else guessed from the body text.
  if (declared.language.found()) {
    Take(a.language, declared.language, "language", a);
  } else {
    const std::string guess(LikelyLanguage(a.Text()));
    if (!guess.empty()) {
      a.language = guess;
      a.sources["language"] = Source::kInferred;
    }
  }

  // Dates: the declaration is exact (time, offset) and wins, except when
  // the dateline the reader sees names another day that the declarations
  // explain: the declared modification day (the page shows when it was
  // last re-dated) or the day next to a UTC time near midnight (the page's
  // own zone is past it). Other visible dates near the headline are too often a
  // teaser's or the site's "today" to overrule a declaration.
  const bool visible_day_differs = declared.published.found() &&
                                   declared.published.source != Source::kInferred &&
                                   visible.published.found() &&
                                   (VisibleDayExplained(declared, visible) || VisibleDatelineOutranks(declared, visible));
  if (const Sourced<std::string>* confirmed = ClaimTheDatelineConfirms(declared, visible)) {
    Take(a.published, *confirmed, "published", a);
  } else {
    Take(a.published,
         declared.published.found() && !visible_day_differs ? declared.published : visible.published,
         "published", a);
  }
  // Last resort: the date a front end's script state names.
  if (a.published.empty()) Take(a.published, declared.script_published, "published", a);
  Take(a.modified, declared.modified.found() ? declared.modified : visible.modified, "modified", a);
  // A page that names only the date of its current version ("Stand
  // 27.01.2022") was published no later; that date is the best estimate
  // of publication, as extract/roles.cc already takes it from the text.
  // `modified` keeps it too, and the source says it was inferred.
  if (a.published.empty() && !a.modified.empty()) {
    a.published = a.modified;
    a.sources["published"] = Source::kInferred;
  }
  const std::string country = CountryOf(a.url.empty() ? options.url : a.url);
  for (auto [field, name] : {std::pair{&a.published, "published"}, std::pair{&a.modified, "modified"}}) {
    if (field->empty()) continue;
    // A UTC declaration is shown to readers in the site's own zone, and
    // so is the day the page means (extract/date_zone.h).
    *field = InCountryZone(*field, country);
    std::string with_offset = WithInferredOffset(*field, a.language, country);
    if (with_offset != *field) {
      *field = with_offset;
      a.sources[std::string(name) + "_offset"] = Source::kInferred;
    }
  }

  a.images = visible.images;
  for (Image& img : a.images) {
    if (!img.url.empty() && !a.url.empty()) img.url = ResolveUrl(a.url, img.url);
  }
  if (a.images.empty() && !declared.images.empty()) {
    a.images = declared.images;
    a.sources["images"] = Source::kOpenGraph;
  } else if (!a.images.empty()) {
    a.sources["images"] = s.from_html ? Source::kMarkup : Source::kText;
  }
  return a;
}

}  // namespace klartext::extract
