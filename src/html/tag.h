// html/tag.h: the element names klartext's rules look at, as a small enum.
//
// Comparing an enum is cheaper and safer than comparing strings in every
// rule. Elements not listed here are Tag::kOther; their name is still in
// Node::name. KLARTEXT_TAGS is the single list; add a tag there only when a
// rule needs it.
#ifndef KLARTEXT_HTML_TAG_H_
#define KLARTEXT_HTML_TAG_H_

#include <cstdint>
#include <string_view>

namespace klartext::html {

#define KLARTEXT_TAGS(X)                                                          \
  X(a) X(abbr) X(address) X(article) X(aside) X(audio) X(b) X(base) X(bdi)        \
  X(blockquote) X(body) X(br) X(button) X(canvas) X(caption) X(center) X(cite)    \
  X(code) X(col) X(colgroup) X(dd) X(del) X(details) X(dialog) X(div) X(dl) X(dt) \
  X(em) X(embed) X(fieldset) X(figcaption) X(figure) X(font) X(footer) X(form)    \
  X(frame) X(frameset) X(h1) X(h2) X(h3) X(h4) X(h5) X(h6) X(head) X(header)      \
  X(hgroup) X(hr) X(html) X(i) X(iframe) X(img) X(input) X(ins) X(kbd) X(label)   \
  X(legend) X(li) X(link) X(main) X(mark) X(menu) X(meta) X(nav) X(noscript)      \
  X(object) X(ol) X(optgroup) X(option) X(p) X(param) X(picture) X(pre) X(q) X(s) \
  X(samp) X(script) X(section) X(select) X(small) X(source) X(span) X(strike)     \
  X(strong) X(style) X(sub) X(summary) X(sup) X(svg) X(math) X(table) X(tbody)    \
  X(td) X(template) X(textarea) X(tfoot) X(th) X(thead) X(time) X(title) X(tr)    \
  X(track) X(tt) X(u) X(ul) X(var) X(video) X(wbr)

enum class Tag : std::uint8_t {
  kOther = 0,
#define KLARTEXT_TAG_ENUM(name) k_##name,
  KLARTEXT_TAGS(KLARTEXT_TAG_ENUM)
#undef KLARTEXT_TAG_ENUM
};

// The Tag for a lower-case element name; kOther when not listed.
Tag TagFromName(std::string_view lowercase_name);
// The lower-case name of a listed tag; "" for kOther.
std::string_view TagName(Tag tag);

// <h1>…<h6>: their level 1..6; 0 for every other tag.
int HeadingLevel(Tag tag);

}  // namespace klartext::html

#endif  // KLARTEXT_HTML_TAG_H_
