#include "segment_metric.h"

#include "utf8_read.h"

namespace klartext::eval {

bool IsPythonSpace(char32_t cp) {
  // Python's str.isspace(): characters of bidirectional type WS, B or S,
  // or general category Zs (checked: 29 code points in Python 3.11).
  if (cp <= 0x20) return cp == 0x20 || (cp >= 0x09 && cp <= 0x0D) || (cp >= 0x1C && cp <= 0x1F);
  switch (cp) {
    case 0x85: case 0xA0: case 0x1680: case 0x2028: case 0x2029:
    case 0x202F: case 0x205F: case 0x3000:
      return true;
    default:
      return cp >= 0x2000 && cp <= 0x200A;
  }
}

std::string CollapseWhitespace(std::string_view text) {
  std::string out;
  out.reserve(text.size());
  bool pending_space = false;  // a run of whitespace seen since the last character
  std::size_t i = 0;
  while (i < text.size()) {
    const std::size_t at = i;
    if (IsPythonSpace(ReadCodePoint(text, i))) {
      pending_space = true;
      continue;
    }
    if (pending_space && !out.empty()) out += ' ';
    pending_space = false;
    out.append(text.substr(at, i - at));
  }
  return out;
}

double SegmentCounts::Precision() const {
  return tp + fp > 0 ? static_cast<double>(tp) / static_cast<double>(tp + fp) : 0.0;
}
double SegmentCounts::Recall() const {
  return tp + fn > 0 ? static_cast<double>(tp) / static_cast<double>(tp + fn) : 0.0;
}
double SegmentCounts::F1() const {
  const double p = Precision(), r = Recall();
  return p + r > 0 ? 2 * p * r / (p + r) : 0.0;
}
double SegmentCounts::Accuracy() const {
  return Total() > 0 ? static_cast<double>(tp + tn) / static_cast<double>(Total()) : 0.0;
}

SegmentMatch MatchSegments(std::string_view output, const std::vector<std::string>& with,
                           const std::vector<std::string>& without) {
  SegmentMatch m;
  const std::string text = CollapseWhitespace(output);
  for (const std::string& segment : with) {
    if (text.find(CollapseWhitespace(segment)) != std::string::npos) {
      ++m.counts.tp;
    } else {
      ++m.counts.fn;
      m.missed_with.push_back(segment);
    }
  }
  for (const std::string& segment : without) {
    if (text.find(CollapseWhitespace(segment)) != std::string::npos) {
      ++m.counts.fp;
      m.found_without.push_back(segment);
    } else {
      ++m.counts.tn;
    }
  }
  return m;
}

}  // namespace klartext::eval
