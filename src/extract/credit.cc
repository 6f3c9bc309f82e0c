#include "extract/credit.h"

#include <vector>

#include "core/text.h"

namespace klartext::extract {
namespace {

struct Marker {
  std::string_view folded;  // as FoldCase writes it
  bool needs_word_start;    // must not follow a letter ("Fotos:" not in "Infofotos:")
};

constexpr Marker kMarkers[] = {
    {"\u00a9", false},    {"(c)", false},       {"copyright", true}, {"fotos:", true},
    {"foto:", true},      {"fotografie:", true}, {"bilder:", true},  {"bild:", true},
    {"bildquelle:", true}, {"fotoquelle:", true}, {"photos:", true},  {"photo:", true},
    {"photograph:", true}, {"images:", true},    {"image:", true},    {"picture:", true},
    {"credits:", true},   {"credit:", true},    {"quelle:", true},   {"source:", true},
    {"illustration:", true}, {"grafik:", true},
};

// Picture agencies and libraries that identify an unmarked credit.
constexpr std::string_view kPictureSources[] = {
    "getty images", "gettyimages", "picture alliance", "picture-alliance", "imago", "shutterstock",
    "istock", "keystone", "ap photo", "afp", "dpa", "reuters", "epa", "unsplash", "pixabay",
    "adobe stock", "ddp", "xinhua", "anadolu", "sipa", "action press", "ullstein bild",
};

bool IsLetter(char c) {
  const auto u = static_cast<unsigned char>(c);
  return ((u | 32) >= 'a' && (u | 32) <= 'z') || u >= 0x80;
}

std::size_t FindMarker(std::string_view folded, const Marker& m) {
  for (std::size_t p = folded.find(m.folded); p != std::string_view::npos;
       p = folded.find(m.folded, p + 1)) {
    if (!m.needs_word_start || p == 0 || !IsLetter(folded[p - 1])) return p;
  }
  return std::string_view::npos;
}

// Trims white space and separators at the end of a caption, keeping its
// final full stop.
std::string TrimCaption(std::string_view s) {
  s = Trim(s);
  for (bool changed = true; changed && !s.empty();) {
    changed = false;
    for (std::string_view sep : {"|", "/", "-", ",", ";", "\u2013", "\u2014", "("}) {
      if (EndsWith(s, sep)) {
        s = Trim(s.substr(0, s.size() - sep.size()));
        changed = true;
      }
    }
  }
  return std::string(s);
}

// Trims the marker's leftovers around a credit: ":" and a second marker
// ("Foto: © dpa"), brackets, a final full stop.
std::string TrimCredit(std::string_view s) {
  for (bool changed = true; changed;) {
    changed = false;
    s = Trim(s);
    if (StartsWith(s, ":")) s.remove_prefix(1), changed = true;
    if (StartsWith(s, "\u00a9")) s.remove_prefix(2), changed = true;
    std::string f = FoldCase(s.substr(0, 16));
    for (const Marker& m : kMarkers) {
      if (m.folded != "\u00a9" && StartsWith(f, m.folded)) {
        s.remove_prefix(m.folded.size());
        changed = true;
        break;
      }
    }
  }
  while (!s.empty() && (s.back() == '.' || s.back() == ')' || s.back() == ']' || s.back() == ' ')) {
    s.remove_suffix(1);
  }
  return std::string(s);
}

bool NamesPictureSource(std::string_view s) {
  std::string f = FoldCase(s);
  for (std::string_view src : kPictureSources) {
    std::size_t p = f.find(src);
    while (p != std::string::npos) {
      std::size_t e = p + src.size();
      bool left = p == 0 || !IsLetter(f[p - 1]);
      bool right = e >= f.size() || !IsLetter(f[e]);
      if (left && right) return true;
      p = f.find(src, p + 1);
    }
  }
  return false;
}

}  // namespace

CaptionCredit SplitCredit(std::string_view text) {
  std::string s = CollapseWhitespace(text);
  std::string f = FoldCase(s);  // same byte offsets as s
  std::size_t best = std::string::npos;
  std::size_t best_len = 0;
  for (const Marker& m : kMarkers) {
    std::size_t p = FindMarker(f, m);
    if (p < best) {
      best = p;
      best_len = m.folded.size();
    }
  }
  if (best != std::string::npos) {
    std::string_view sv = s;
    std::size_t cut = best;
    // "(Foto: dpa)": the bracket belongs to the credit.
    std::size_t before = sv.find_last_not_of(' ', best == 0 ? 0 : best - 1);
    if (best > 0 && before != std::string_view::npos && sv[before] == '(' && std::string_view(f).substr(best, 3) != "(c)") cut = before;
    std::string_view credit = sv.substr(best + best_len);
    if (cut != best) {  // drop the closing bracket and what follows it only if nothing does
      std::size_t close = credit.find(')');
      if (close != std::string_view::npos) credit = credit.substr(0, close);
    }
    return {TrimCaption(sv.substr(0, cut)), TrimCredit(credit)};
  }
  // No marker: a final bracket or sentence that names a picture source.
  std::string_view sv = s;
  if (EndsWith(sv, ")")) {
    std::size_t open = sv.rfind('(');
    if (open != std::string_view::npos) {
      std::string_view inner = sv.substr(open + 1, sv.size() - open - 2);
      if (CountWords(inner) <= kMaxUnmarkedCreditWords && NamesPictureSource(inner)) {
        return {TrimCaption(sv.substr(0, open)), TrimCredit(inner)};
      }
    }
  }
  std::size_t last_stop = std::string_view::npos;
  for (std::string_view stop : {". ", "! ", "? ", " | "}) {
    std::size_t p = RFind(sv, stop);
    if (p != std::string_view::npos && (last_stop == std::string_view::npos || p > last_stop)) last_stop = p;
  }
  std::size_t tail_start = last_stop == std::string_view::npos ? 0 : last_stop + 2;
  std::string_view tail = Trim(sv.substr(tail_start));
  if (!tail.empty() && CountWords(tail) <= kMaxUnmarkedCreditWords && NamesPictureSource(tail) &&
      (tail_start > 0 || tail.find('/') != std::string_view::npos || CountWords(tail) <= 3)) {
    std::string caption = tail_start > 0 ? TrimCaption(sv.substr(0, last_stop + 1)) : "";
    return {caption, TrimCredit(tail)};
  }
  return {s, ""};
}

}  // namespace klartext::extract
