// html/tree_builder/foreign.cc: SVG and MathML inside HTML (HTML Standard
// 13.2.6.5 "the rules for parsing tokens in foreign content", and the
// name adjustments of 13.2.6.3 "creating and inserting nodes").
#include <algorithm>
#include <array>
#include <string>
#include <utility>

#include "html/tree_builder/builder.h"

namespace klartext::html::tree {
namespace {

using NamePair = std::pair<std::string_view, std::string_view>;

// The standard's tables of SVG names whose case the tokenizer lost; sorted
// by the lower-case name for binary search.
constexpr std::array<NamePair, 37> kSvgTagNames{{
    {"altglyph", "altGlyph"}, {"altglyphdef", "altGlyphDef"}, {"altglyphitem", "altGlyphItem"},
    {"animatecolor", "animateColor"}, {"animatemotion", "animateMotion"},
    {"animatetransform", "animateTransform"}, {"clippath", "clipPath"}, {"feblend", "feBlend"},
    {"fecolormatrix", "feColorMatrix"}, {"fecomponenttransfer", "feComponentTransfer"},
    {"fecomposite", "feComposite"}, {"feconvolvematrix", "feConvolveMatrix"},
    {"fediffuselighting", "feDiffuseLighting"}, {"fedisplacementmap", "feDisplacementMap"},
    {"fedistantlight", "feDistantLight"}, {"fedropshadow", "feDropShadow"}, {"feflood", "feFlood"},
    {"fefunca", "feFuncA"}, {"fefuncb", "feFuncB"}, {"fefuncg", "feFuncG"}, {"fefuncr", "feFuncR"},
    {"fegaussianblur", "feGaussianBlur"}, {"feimage", "feImage"}, {"femerge", "feMerge"},
    {"femergenode", "feMergeNode"}, {"femorphology", "feMorphology"}, {"feoffset", "feOffset"},
    {"fepointlight", "fePointLight"}, {"fespecularlighting", "feSpecularLighting"},
    {"fespotlight", "feSpotLight"}, {"fetile", "feTile"}, {"feturbulence", "feTurbulence"},
    {"foreignobject", "foreignObject"}, {"glyphref", "glyphRef"}, {"lineargradient", "linearGradient"},
    {"radialgradient", "radialGradient"}, {"textpath", "textPath"},
}};

constexpr std::array<NamePair, 58> kSvgAttributeNames{{
    {"attributename", "attributeName"}, {"attributetype", "attributeType"},
    {"basefrequency", "baseFrequency"}, {"baseprofile", "baseProfile"}, {"calcmode", "calcMode"},
    {"clippathunits", "clipPathUnits"}, {"diffuseconstant", "diffuseConstant"}, {"edgemode", "edgeMode"},
    {"filterunits", "filterUnits"}, {"glyphref", "glyphRef"}, {"gradienttransform", "gradientTransform"},
    {"gradientunits", "gradientUnits"}, {"kernelmatrix", "kernelMatrix"},
    {"kernelunitlength", "kernelUnitLength"}, {"keypoints", "keyPoints"}, {"keysplines", "keySplines"},
    {"keytimes", "keyTimes"}, {"lengthadjust", "lengthAdjust"}, {"limitingconeangle", "limitingConeAngle"},
    {"markerheight", "markerHeight"}, {"markerunits", "markerUnits"}, {"markerwidth", "markerWidth"},
    {"maskcontentunits", "maskContentUnits"}, {"maskunits", "maskUnits"}, {"numoctaves", "numOctaves"},
    {"pathlength", "pathLength"}, {"patterncontentunits", "patternContentUnits"},
    {"patterntransform", "patternTransform"}, {"patternunits", "patternUnits"}, {"pointsatx", "pointsAtX"},
    {"pointsaty", "pointsAtY"}, {"pointsatz", "pointsAtZ"}, {"preservealpha", "preserveAlpha"},
    {"preserveaspectratio", "preserveAspectRatio"}, {"primitiveunits", "primitiveUnits"}, {"refx", "refX"},
    {"refy", "refY"}, {"repeatcount", "repeatCount"}, {"repeatdur", "repeatDur"},
    {"requiredextensions", "requiredExtensions"}, {"requiredfeatures", "requiredFeatures"},
    {"specularconstant", "specularConstant"}, {"specularexponent", "specularExponent"},
    {"spreadmethod", "spreadMethod"}, {"startoffset", "startOffset"}, {"stddeviation", "stdDeviation"},
    {"stitchtiles", "stitchTiles"}, {"surfacescale", "surfaceScale"}, {"systemlanguage", "systemLanguage"},
    {"tablevalues", "tableValues"}, {"targetx", "targetX"}, {"targety", "targetY"},
    {"textlength", "textLength"}, {"viewbox", "viewBox"}, {"viewtarget", "viewTarget"},
    {"xchannelselector", "xChannelSelector"}, {"ychannelselector", "yChannelSelector"},
    {"zoomandpan", "zoomAndPan"},
}};

struct ForeignAttribute {
  std::string_view qualified;  // as the tokenizer gives it
  std::string_view prefix;
  std::string_view local;
};

constexpr std::array<ForeignAttribute, 11> kForeignAttributes{{
    {"xlink:actuate", "xlink", "actuate"}, {"xlink:arcrole", "xlink", "arcrole"},
    {"xlink:href", "xlink", "href"}, {"xlink:role", "xlink", "role"}, {"xlink:show", "xlink", "show"},
    {"xlink:title", "xlink", "title"}, {"xlink:type", "xlink", "type"}, {"xml:lang", "xml", "lang"},
    {"xml:space", "xml", "space"}, {"xmlns", "xmlns", "xmlns"}, {"xmlns:xlink", "xmlns", "xlink"},
}};

std::string_view Lookup(const NamePair* begin, const NamePair* end, std::string_view name) {
  const NamePair* it = std::lower_bound(begin, end, name,
                                        [](const NamePair& p, std::string_view n) { return p.first < n; });
  return it != end && it->first == name ? it->second : name;
}

bool IsBreakoutTag(TagId t) {
  switch (t) {
    case TagId::b: case TagId::big: case TagId::blockquote: case TagId::body: case TagId::br:
    case TagId::center: case TagId::code: case TagId::dd: case TagId::div: case TagId::dl: case TagId::dt:
    case TagId::em: case TagId::embed: case TagId::h1: case TagId::h2: case TagId::h3: case TagId::h4:
    case TagId::h5: case TagId::h6: case TagId::head: case TagId::hr: case TagId::i: case TagId::img:
    case TagId::li: case TagId::listing: case TagId::menu: case TagId::meta: case TagId::nobr:
    case TagId::ol: case TagId::p: case TagId::pre: case TagId::ruby: case TagId::s: case TagId::small:
    case TagId::span: case TagId::strong: case TagId::strike: case TagId::sub: case TagId::sup:
    case TagId::table: case TagId::tt: case TagId::u: case TagId::ul: case TagId::var:
      return true;
    default:
      return false;
  }
}

std::string AsciiLower(std::string_view s) {
  std::string out(s);
  for (char& c : out) c = static_cast<char>(c >= 'A' && c <= 'Z' ? c + 32 : c);
  return out;
}

}  // namespace

std::string_view AdjustSvgTagName(std::string_view name) {
  return Lookup(kSvgTagNames.data(), kSvgTagNames.data() + kSvgTagNames.size(), name);
}

TreeId Builder::InsertForeignElement(const Tok& t, Namespace ns) {
  const TreeId id = tree_.NewNode(NodeType::kElement);
  tree_[id].ns = ns;
  tree_[id].tag = t.tag;
  tree_[id].name = Stable(ns == Namespace::kSvg ? AdjustSvgTagName(t.name) : t.name);
  for (const TokenAttribute& a : t.raw->attributes) {
    std::string_view name = a.name;
    std::string_view prefix;
    if (ns == Namespace::kMathMl && name == "definitionurl") name = "definitionURL";
    if (ns == Namespace::kSvg) {
      name = Lookup(kSvgAttributeNames.data(), kSvgAttributeNames.data() + kSvgAttributeNames.size(), name);
    }
    for (const ForeignAttribute& f : kForeignAttributes) {
      if (f.qualified == name) {
        prefix = f.prefix;
        name = f.local;
        break;
      }
    }
    tree_.AddAttribute(id, {prefix, Stable(name), Stable(a.value)});
  }
  const Place place = AppropriatePlace();
  tree_.Insert(place.parent, id, place.before);
  Push(id);
  return id;
}

void Builder::ForeignContent(Tok& t) {
  switch (t.kind) {
    case TokenKind::kCharacters: {
      if (t.text.find('\0') == std::string_view::npos) {
        InsertCharacters(t.text);
      } else {
        std::string replaced;
        for (char c : t.text) {
          if (c == '\0') {
            replaced.append("\xEF\xBF\xBD");
          } else {
            replaced.push_back(c);
          }
        }
        InsertCharacters(replaced);
      }
      for (char c : t.text) {
        if (c != '\0' && !IsTreeSpace(c)) {
          frameset_ok_ = false;
          break;
        }
      }
      return;
    }
    case TokenKind::kComment:
      InsertComment(t.text);
      return;
    case TokenKind::kDoctype:
    case TokenKind::kEndOfFile:
      return;
    case TokenKind::kStartTag:
    case TokenKind::kEndTag:
      break;
  }
  bool breakout = false;
  if (t.kind == TokenKind::kStartTag) {
    breakout = IsBreakoutTag(t.tag);
    if (t.tag == TagId::font) {
      for (const TokenAttribute& a : t.raw->attributes) {
        breakout |= a.name == "color" || a.name == "face" || a.name == "size";
      }
    }
  } else {
    breakout = t.tag == TagId::br || t.tag == TagId::p;
  }
  if (breakout) {
    // Pop back out to HTML (or an integration point), then handle the tag there.
    while (!open_.empty()) {
      const TreeNode& n = tree_[Current()];
      if (n.ns == Namespace::kHtml) break;
      if (n.ns == Namespace::kMathMl &&
          (n.tag == TagId::mi || n.tag == TagId::mo || n.tag == TagId::mn || n.tag == TagId::ms ||
           n.tag == TagId::mtext)) {
        break;
      }
      if (n.ns == Namespace::kSvg && (n.tag == TagId::foreignobject || n.tag == TagId::desc || n.tag == TagId::title)) {
        break;
      }
      if (n.ns == Namespace::kMathMl && n.tag == TagId::annotation_xml) {
        bool integration = false;
        for (const TreeAttribute& a : tree_.attributes(Current())) {
          if (a.prefix.empty() && a.name == "encoding") {
            const std::string v = AsciiLower(a.value);
            integration = v == "text/html" || v == "application/xhtml+xml";
          }
        }
        if (integration) break;
      }
      Pop();
    }
    ProcessInHtmlContent(t);
    return;
  }
  if (t.kind == TokenKind::kStartTag) {
    const Namespace ns = tree_[AdjustedCurrent()].ns;
    InsertForeignElement(t, ns);
    if (t.self_closing()) Pop();
    return;
  }
  // Any other end tag.
  if (t.tag == TagId::script && tree_[Current()].ns == Namespace::kSvg && tree_[Current()].name == "script") {
    Pop();
    return;
  }
  for (std::size_t i = open_.size(); i-- > 0;) {
    const TreeId node = open_[i];
    if (i == 0) return;
    if (AsciiLower(tree_[node].name) == t.name) {
      while (open_.size() > i) Pop();
      return;
    }
    if (IsHtml(open_[i - 1])) {
      ProcessInHtmlContent(t);
      return;
    }
  }
}

}  // namespace klartext::html::tree
