#include "extract/roles.h"

#include <algorithm>
#include <optional>

#include "core/text.h"
#include "extract/block_rules.h"
#include "extract/byline.h"
#include "extract/credit.h"
#include "extract/date_parse.h"
#include "extract/lexicon/lexicon.h"
#include "extract/meta_lines.h"
#include "extract/title_find.h"
#include "extract/title_match.h"

namespace klartext::extract {
namespace {

using blocks::Block;
using blocks::Kind;
using internal::BylineInSegments;
using internal::IsBareLeadIn;
using internal::ParseBylineLine;
using internal::StripBullet;
using internal::TimeOnly;

// Bylines, datelines and agency lines are short.
constexpr std::uint32_t kMaxMetaLineChars = 150;
// A date label alone on its line ("Letzte Änderung:"), read with the next.
constexpr std::uint32_t kMaxDateLabelLineChars = 30;
// A dateline "under the headline" is within this many blocks after it.
constexpr std::size_t kDatelineUnderHeadlineBlocks = 3;
// A line whose text is (nearly) all inside a link belongs to a teaser card.
constexpr double kTeaserCardLinkDensity = 0.95;
// A signature ("Text: Anna Müller") follows the last paragraph within
// this many blocks.
constexpr std::size_t kSignatureWindowBlocks = 3;
// A name in brackets closing the body: "(Christian P. Stadtfeld)". Longer
// brackets are remarks; one word is an abbreviation ("(ck)").
constexpr std::size_t kMaxBracketSignatureBytes = 60;
constexpr std::size_t kMinSignatureNameWords = 2;
constexpr std::size_t kMaxSignatureNameWords = 4;
// Articles that open an institution's name, never a person's.
constexpr std::string_view kLeadingArticles[] = {"the", "der", "die", "das", "la", "le", "les", "el", "los", "il"};
// Captions with credits are at most this long; longer text with a "©" is
// a paragraph about copyright.
constexpr std::uint32_t kMaxCaptionChars = 400;
// The first body paragraph is a lead only if it is a real paragraph.
constexpr std::uint32_t kMinLeadChars = 60;

bool Editable(Label l) { return l == Label::kContent || l == Label::kOutside; }


class RoleFinder {
 public:
  RoleFinder(const blocks::BlockStream& s, const PageMetadata& declared, Labels& labels)
      : s_(s), bs_(s.blocks), declared_(declared), labels_(labels) {}

  VisibleRoles Run() {
    title_index_ = bs_.size();
    first_content_ = FirstWith(Label::kContent);
    FoundTitle t = extract::FindTitle(s_, declared_, labels_);
    title_index_ = t.index;
    r_.title = std::move(t.title);
    r_.kicker = std::move(t.kicker);
    FindKicker();
    FindMetaLines();
    FindImages();
    FindLead();
    if (!r_.authors.found() && !declared_.authors.found()) FindBracketSignature();
    if (!r_.authors.found() && !declared_.authors.found()) FindCopyrightAuthor();
    return std::move(r_);
  }

 private:
  std::size_t FirstWith(Label l) const {
    for (std::size_t i = 0; i < bs_.size(); ++i) {
      if (labels_[i] == l) return i;
    }
    return bs_.size();
  }

  void FindKicker() {
    if (title_index_ == bs_.size() || title_index_ == 0) {
      // HTML pages may mark the kicker without a visible headline block.
      return;
    }
    const std::size_t i = title_index_ - 1;
    const Block& b = bs_[i];
    if (!Editable(labels_[i]) || b.chars == 0 || b.chars > kMaxKickerChars || EndsLikeSentence(b.text) ||
        IsPhraseLine(b) || FindDateInText(b.text)) {
      return;
    }
    if (s_.from_html && !b.has(blocks::kKickerClass) && b.kind != Kind::kHeading) return;
    if (r_.kicker.found()) return;  // already split from the heading
    r_.kicker = {b.text, s_.from_html ? Source::kMarkup : Source::kText};
    labels_[i] = Label::kKicker;
  }

  bool InMetaWindow(std::size_t i) const {
    const std::size_t anchor = std::min(title_index_, first_content_);
    if (anchor == bs_.size()) return i < kMetaWindowBlocks;
    return i + 2 >= anchor && i <= std::max(title_index_ == bs_.size() ? 0 : title_index_, first_content_) +
                                             kMetaWindowBlocks;
  }

  // How far block i is under the headline, in blocks of text: the picture
  // between them and its caption do not count (a hero image under the
  // headline, the dateline under the picture).
  std::size_t TextBlocksUnderHeadline(std::size_t i) const {
    std::size_t n = 0;
    for (std::size_t j = title_index_ + 1; j <= i; ++j) {
      const bool picture = bs_[j].kind == Kind::kImage || bs_[j].kind == Kind::kCaption ||
                           labels_[j] == Label::kImage || labels_[j] == Label::kCaption;
      if (!picture) ++n;
    }
    return n;
  }

  void FindMetaLines() {
    std::optional<DateTime> last_date;
    std::string* last_date_field = nullptr;
    for (std::size_t i = 0; i < bs_.size(); ++i) {
      const Block& b = bs_[i];
      if (b.chars == 0 || b.chars > kMaxMetaLineChars || b.kind == Kind::kImage) continue;
      const bool meta_marked = b.has(blocks::kMetaClass) || b.has(blocks::kInTime);
      if (!InMetaWindow(i) && !meta_marked) continue;
      // Away from the headline, a meta line that is all link is a teaser
      // card's ("von Peter Muster" under a related article's title).
      if (!InMetaWindow(i) && b.link_density() >= kTeaserCardLinkDensity) continue;
      if (!Editable(labels_[i]) && labels_[i] != Label::kBoilerplate) continue;
      const std::string_view line = StripBullet(b.text);
      Label found = Label::kContent;
      if (auto d = FindDateInText(line)) {
        Sourced<std::string>& field =
            d->kind == DateKind::kModified ? r_.modified : r_.published;
        if (!field.found()) {
          field = {d->when.ToIso(), Source::kText};
          if (&field == &r_.published) {
            r_.published_under_headline = b.has(blocks::kMetaClass) && title_index_ != bs_.size() &&
                                          i > title_index_ && TextBlocksUnderHeadline(i) <= kDatelineUnderHeadlineBlocks;
          }
          last_date = d->when;
          last_date_field = &field.value;
        }
        if (!r_.authors.found()) TakeNameAfterDate(line);
        found = Label::kDateline;
      } else if (auto t = TimeOnly(line); t && last_date && !last_date->has_time) {
        last_date->has_time = true;
        last_date->hour = t->first;
        last_date->minute = t->second;
        *last_date_field = last_date->ToIso();
        found = Label::kDateline;
      } else if (auto agency = FindAgency(line)) {
        if (!r_.agency.found()) r_.agency = {*agency, Source::kText};
        found = Label::kAgencyLine;
      } else if (auto byline = ParseBylineLine(line)) {
        if (!byline->authors.empty() && !r_.authors.found()) {
          r_.authors = {byline->authors, Source::kText};
        }
        if (!byline->agency.empty() && !r_.agency.found()) r_.agency = {byline->agency, Source::kText};
        found = Label::kByline;
      }
      if (found != Label::kContent && labels_[i] != Label::kOutside) labels_[i] = found;
    }
    if (!r_.published.found() && !declared_.published.found()) FindDateAnywhere();
    if (!r_.authors.found() && (!declared_.authors.found() || declared_.authors.value.empty())) {
      FindBylineAnywhere();
    }
  }

  // The author a dateline names: "… | By Cara Stiles | April 13, 2020",
  // "04.02.2022 | 13:10 Uhr | Uta Helkenberg".
  void TakeNameAfterDate(std::string_view line) {
    if (std::optional<Byline> byline = BylineInSegments(line)) {
      r_.authors = {byline->authors, Source::kText};
    } else if (std::optional<std::string> who = NameAfterDate(line)) {
      r_.authors = {{*who}, Source::kText};
    }
  }

  // End of the body: one past the last content or lead block.
  std::size_t BodyEnd() const {
    std::size_t end = 0;
    for (std::size_t i = 0; i < bs_.size(); ++i) {
      if (labels_[i] == Label::kContent || labels_[i] == Label::kLead) end = i + 1;
    }
    return end;
  }

  // Last resort for authors, as FindDateAnywhere is for dates: a short line
  // that opens with a byline word ("Text von …", "Autor: …") from the top of
  // the page to just after the body (signatures close many articles).
  void FindBylineAnywhere() {
    const std::size_t end = std::min(bs_.size(), BodyEnd() + kSignatureWindowBlocks);
    for (std::size_t i = 0; i < end; ++i) {
      const Block& b = bs_[i];
      if (b.chars == 0 || b.chars > kMaxMetaLineChars || b.kind == Kind::kImage) continue;
      if (labels_[i] == Label::kComment) continue;
      std::string line(StripBullet(b.text));
      // "Von:" on a line of its own, the name on the next.
      if (IsBareLeadIn(line) && i + 1 < bs_.size() && bs_[i + 1].chars <= kMaxMetaLineChars) {
        while (!line.empty() && (line.back() == ':' || line.back() == ' ')) line.pop_back();
        line += " " + std::string(StripBullet(bs_[i + 1].text));
      }
      std::optional<Byline> byline = ParseBylineLine(line);
      if (!byline || byline->authors.empty()) continue;
      r_.authors = {byline->authors, Source::kText};
      if (!byline->agency.empty() && !r_.agency.found()) r_.agency = {byline->agency, Source::kText};
      if (labels_[i] == Label::kContent) labels_[i] = Label::kByline;
      return;
    }
  }

  // Last resort when neither the declarations nor the lines around the
  // headline date the page: the first short date line from the top of the
  // page to the end of the body (sidebars and footers after the body hold
  // other pages' dates). A publication date wins over a modification date
  // on the way. Blocks keep their labels: this line was not found by its
  // place, so it is not known to be the article's dateline.
  void FindDateAnywhere() {
    const std::size_t end = BodyEnd();
    std::optional<DateTime> modified;
    for (std::size_t i = 0; i < bs_.size(); ++i) {
      const Block& b = bs_[i];
      if (b.chars == 0 || b.kind == Kind::kImage || labels_[i] == Label::kComment) continue;
      std::string_view line = StripBullet(b.text);
      // "Letzte Änderung:" on a line of its own, the date on the next.
      std::string joined;
      if (EndsWith(line, ":") && b.chars <= kMaxDateLabelLineChars && i + 1 < bs_.size()) {
        joined = std::string(line) + " " + bs_[i + 1].text;
        line = joined;
      }
      if (b.chars > kMaxMetaLineChars) {
        // Press releases open their first paragraph with the dateline:
        // "Pressemitteilung vom 25. Januar 2022 | Berlin – Die …".
        const std::size_t bar = line.find(" | ");
        if (bar == std::string_view::npos || bar > kMaxBareDateLineBytes) continue;
        line = line.substr(0, bar);
      }
      std::optional<TextDate> d = FindDateInText(line);
      // After the body only a labelled date is the page's ("Letzte
      // Änderung: …" in the page footer); bare dates there are other pages'.
      if (!d || (i >= end && d->kind == DateKind::kUnlabeled)) continue;
      if (d->kind == DateKind::kModified) {
        if (!modified) modified = d->when;
        continue;
      }
      r_.published = {d->when.ToIso(), Source::kText};
      // "2019-11-10 13:28 by Anna": the dateline signs the page too.
      if (!r_.authors.found() && !declared_.authors.found()) TakeNameAfterDate(line);
      return;
    }
    if (modified) r_.published = {modified->ToIso(), Source::kText};
  }

  void FindImages() {
    std::vector<std::string> captions;
    std::size_t last_image = bs_.size();
    for (std::size_t i = 0; i < bs_.size(); ++i) {
      const Block& b = bs_[i];
      if (b.kind == Kind::kImage) {
        if (labels_[i] != Label::kImage) continue;
        r_.images.push_back({b.text, "", ""});
        last_image = i;
        continue;
      }
      const bool html_caption = s_.from_html && labels_[i] == Label::kCaption;
      if (!html_caption && (s_.from_html || b.chars > kMaxCaptionChars || EndsLikeSentence(b.text))) continue;
      CaptionCredit parts = SplitCredit(b.text);
      // In a text capture only the credit tells a caption from a line.
      if (!html_caption && (parts.credit.empty() || parts.caption.empty())) continue;
      if (parts.caption.empty() && parts.credit.empty()) continue;
      labels_[i] = Label::kCaption;
      // The alt text printed just above its caption, as text captures do.
      if (i > 0 && Editable(labels_[i - 1]) && !parts.caption.empty() &&
          NormaliseLine(bs_[i - 1].text) == NormaliseLine(parts.caption)) {
        labels_[i - 1] = Label::kBoilerplate;
      }
      if (html_caption && last_image != bs_.size() && !r_.images.empty() && r_.images.back().caption.empty() &&
          r_.images.back().credit.empty()) {
        r_.images.back().caption = parts.caption;
        r_.images.back().credit = parts.credit;
      } else {
        r_.images.push_back({"", parts.caption, parts.credit});
      }
      captions.push_back(NormaliseLine(parts.caption));
    }
    // Any other copy of a caption is not body text.
    if (captions.empty()) return;
    for (std::size_t i = 0; i < bs_.size(); ++i) {
      if (labels_[i] != Label::kContent) continue;
      const std::string n = NormaliseLine(bs_[i].text);
      if (std::find(captions.begin(), captions.end(), n) != captions.end()) labels_[i] = Label::kBoilerplate;
    }
  }

  // "… bleibt spannend. (Christian P. Stadtfeld) +++": regional news sign
  // the last paragraph with the author's name in brackets. Only a whole
  // name (two to four words, no agency), in the body's last block.
  void FindBracketSignature() {
    const std::size_t end = BodyEnd();
    if (end == 0) return;
    std::string_view text = Trim(bs_[end - 1].text);
    while (!text.empty() && (text.back() == '+' || text.back() == '.' || text.back() == ' ')) {
      text.remove_suffix(1);
    }
    if (text.empty() || text.back() != ')') return;
    const std::size_t open = text.rfind('(');
    if (open == std::string_view::npos || text.size() - open > kMaxBracketSignatureBytes) return;
    const std::string_view inside = text.substr(open + 1, text.size() - open - 2);
    Byline b = ParseByline(inside, declared_.sitename.value);
    if (b.authors.size() != 1 || !b.agency.empty()) return;
    const std::size_t words = CountWords(b.authors[0]);
    if (words < kMinSignatureNameWords || words > kMaxSignatureNameWords) return;
    // "(The White House)", "(Der Senat)": an institution, not a person.
    const std::string first_word = FoldCase(b.authors[0].substr(0, b.authors[0].find(' ')));
    for (std::string_view article : kLeadingArticles) {
      if (first_word == article) return;
    }
    // "(DJK Blau-Weiß Annen)": an acronym makes it a club or a company.
    for (std::string_view word : SplitAny(b.authors[0], " ")) {
      std::size_t upper = 0;
      for (char ch : word) upper += (ch >= 'A' && ch <= 'Z') ? 1 : 0;
      if (upper >= 2 && upper == word.size()) return;
    }
    r_.authors = {b.authors, Source::kText};
  }

  // The last resort for authors: a copyright line that is not a picture
  // credit (not a caption, not next to an image).
  void FindCopyrightAuthor() {
    for (std::size_t i = 0; i < bs_.size(); ++i) {
      const Block& b = bs_[i];
      if (b.chars == 0 || b.chars > kMaxCopyrightLineChars || b.kind == Kind::kImage ||
          b.kind == Kind::kCaption || labels_[i] == Label::kCaption || labels_[i] == Label::kImage) {
        continue;
      }
      if (i > 0 && (bs_[i - 1].kind == Kind::kImage || labels_[i - 1] == Label::kCaption)) continue;
      std::optional<std::string> holder = CopyrightHolder(b.text);
      // The site's own brand ("Greentech Live" on greentech.live); a site
      // named exactly after a person is that person's own.
      if (holder && HeadingNamesSite(*holder, declared_.sitename.value, declared_.url.value) &&
          !NamesHostExactly(*holder, declared_.url.value)) {
        holder.reset();
      }
      if (holder) {
        r_.authors = {{*holder}, Source::kText};
        return;
      }
    }
  }

  void FindLead() {
    for (std::size_t i = 0; i < bs_.size(); ++i) {
      if (labels_[i] != Label::kContent) continue;
      const Block& b = bs_[i];
      if (b.kind == Kind::kHeading) return;  // a subhead came first: no lead
      if (b.kind != Kind::kParagraph) continue;
      if (b.chars < kMinLeadChars) continue;
      r_.lead = {b.text, s_.from_html ? Source::kMarkup : Source::kText};
      labels_[i] = Label::kLead;
      return;
    }
  }

  const blocks::BlockStream& s_;
  const std::vector<Block>& bs_;
  const PageMetadata& declared_;
  Labels& labels_;
  VisibleRoles r_;
  std::size_t first_content_ = 0;
  std::size_t title_index_ = 0;  // set to bs_.size() ("none") in Run
};

}  // namespace

VisibleRoles FindRoles(const blocks::BlockStream& stream, const PageMetadata& declared, Labels& labels) {
  return RoleFinder(stream, declared, labels).Run();
}

}  // namespace klartext::extract
