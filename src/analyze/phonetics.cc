// analyze/phonetics.cc: Kölner Phonetik and edit distance.
#include "analyze/phonetics.h"

#include <algorithm>
#include <cstdlib>
#include <cstdint>
#include <vector>

#include "core/utf8.h"

namespace klartext::analyze {
namespace {

// Upper-case ASCII letter for a code point, mapping umlauts to their base
// vowel and ß to S; 0 for anything else.
char Letter(std::uint32_t cp) {
  if (cp >= 'a' && cp <= 'z') return static_cast<char>(cp - 'a' + 'A');
  if (cp >= 'A' && cp <= 'Z') return static_cast<char>(cp);
  switch (cp) {
    case 0xE4: case 0xC4: return 'A';
    case 0xF6: case 0xD6: return 'O';
    case 0xFC: case 0xDC: return 'U';
    case 0xDF: return 'S';
    case 0xE9: case 0xE8: case 0xEA: case 0xC9: return 'E';
    case 0xE1: case 0xE0: case 0xE2: return 'A';
    case 0xF3: case 0xF2: case 0xF4: return 'O';
    case 0xED: case 0xEC: return 'I';
    case 0xFA: case 0xF9: return 'U';
    case 0xE7: return 'C';
    default: return 0;
  }
}

bool In(char c, const char* set) {
  for (; *set; ++set)
    if (*set == c) return true;
  return false;
}

}  // namespace

std::string KoelnerPhonetik(std::string_view word) {
  std::string letters;
  for (std::size_t i = 0; i < word.size();) {
    const char c = Letter(NextCodePoint(word, i));
    if (c) letters.push_back(c);
  }
  std::string raw;
  const std::size_t n = letters.size();
  for (std::size_t i = 0; i < n; ++i) {
    const char c = letters[i];
    const char prev = i > 0 ? letters[i - 1] : 0;
    const char next = i + 1 < n ? letters[i + 1] : 0;
    if (In(c, "AEIJOUY")) {
      raw.push_back('0');
    } else if (c == 'H') {
      continue;
    } else if (c == 'B') {
      raw.push_back('1');
    } else if (c == 'P') {
      raw.push_back(next == 'H' ? '3' : '1');
    } else if (c == 'D' || c == 'T') {
      raw.push_back(In(next, "CSZ") && next ? '8' : '2');
    } else if (In(c, "FVW")) {
      raw.push_back('3');
    } else if (In(c, "GKQ")) {
      raw.push_back('4');
    } else if (c == 'C') {
      if (i == 0) {
        raw.push_back(next && In(next, "AHKLOQRUX") ? '4' : '8');
      } else {
        raw.push_back(next && In(next, "AHKOQUX") && !(prev && In(prev, "SZ")) ? '4' : '8');
      }
    } else if (c == 'X') {
      if (prev && In(prev, "CKQ")) {
        raw.push_back('8');
      } else {
        raw += "48";
      }
    } else if (c == 'L') {
      raw.push_back('5');
    } else if (c == 'M' || c == 'N') {
      raw.push_back('6');
    } else if (c == 'R') {
      raw.push_back('7');
    } else if (c == 'S' || c == 'Z') {
      raw.push_back('8');
    }
  }
  std::string code;
  for (std::size_t i = 0; i < raw.size(); ++i) {
    if (i > 0 && raw[i] == raw[i - 1]) continue;
    if (raw[i] == '0' && i > 0) continue;
    code.push_back(raw[i]);
  }
  return code;
}

int EditDistance(std::string_view a, std::string_view b, int limit) {
  std::vector<std::uint32_t> x, y;
  for (std::size_t i = 0; i < a.size();) x.push_back(NextCodePoint(a, i));
  for (std::size_t i = 0; i < b.size();) y.push_back(NextCodePoint(b, i));
  const int n = static_cast<int>(x.size()), m = static_cast<int>(y.size());
  if (std::abs(n - m) > limit) return limit + 1;
  std::vector<std::vector<int>> d(static_cast<std::size_t>(n + 1),
                                  std::vector<int>(static_cast<std::size_t>(m + 1)));
  auto at = [&d](int i, int j) -> int& { return d[static_cast<std::size_t>(i)][static_cast<std::size_t>(j)]; };
  for (int i = 0; i <= n; ++i) at(i, 0) = i;
  for (int j = 0; j <= m; ++j) at(0, j) = j;
  for (int i = 1; i <= n; ++i) {
    int row_min = limit + 1;
    for (int j = 1; j <= m; ++j) {
      const int cost = x[static_cast<std::size_t>(i - 1)] == y[static_cast<std::size_t>(j - 1)] ? 0 : 1;
      int v = std::min({at(i - 1, j) + 1, at(i, j - 1) + 1, at(i - 1, j - 1) + cost});
      if (i > 1 && j > 1 && x[static_cast<std::size_t>(i - 1)] == y[static_cast<std::size_t>(j - 2)] &&
          x[static_cast<std::size_t>(i - 2)] == y[static_cast<std::size_t>(j - 1)])
        v = std::min(v, at(i - 2, j - 2) + 1);
      at(i, j) = v;
      row_min = std::min(row_min, v);
    }
    if (row_min > limit) return limit + 1;
  }
  return std::min(at(n, m), limit + 1);
}

}  // namespace klartext::analyze
