#include "extract/merge.h"

#include "core/text.h"
#include "extract/date_parse.h"
#include "extract/language_guess.h"
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
  if (declared.authors.found() && !declared.authors.value.empty()) {
    Take(a.authors, declared.authors, "authors", a);
  } else {
    Take(a.authors, visible.authors, "authors", a);
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
    std::string guess = GuessLanguage(a.Text());
    if (!guess.empty()) {
      a.language = guess;
      a.sources["language"] = Source::kInferred;
    }
  }

  // Dates: declarations are exact (machine-written); visible dates fill in.
  Take(a.published, declared.published.found() ? declared.published : visible.published, "published", a);
  Take(a.modified, declared.modified.found() ? declared.modified : visible.modified, "modified", a);
  const std::string country = CountryOf(a.url.empty() ? options.url : a.url);
  for (auto [field, name] : {std::pair{&a.published, "published"}, std::pair{&a.modified, "modified"}}) {
    if (field->empty()) continue;
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
