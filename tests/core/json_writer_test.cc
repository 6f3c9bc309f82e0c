// AppendJsonString copies runs of bytes that need no escaping: checked
// against the plain byte-at-a-time definition on hand-made and random
// inputs (valid and broken UTF-8, controls, U+2028/U+2029).
#include "core/json_writer.h"

#include <gtest/gtest.h>

#include <random>
#include <string>

#include "core/utf8.h"

namespace klartext {
namespace {

// The escaping rules one byte or code point at a time.
std::string JsonStringReference(std::string_view s) {
  static constexpr char kHex[] = "0123456789abcdef";
  std::string out = "\"";
  for (std::size_t i = 0; i < s.size();) {
    const auto c = static_cast<unsigned char>(s[i]);
    if (c >= 0x80) {
      std::size_t start = i;
      std::uint32_t cp = NextCodePoint(s, i);
      if (cp == 0xFFFD && i - start != 3) {
        AppendUtf8(out, 0xFFFD);
      } else if (cp == 0x2028 || cp == 0x2029) {
        out += cp == 0x2028 ? "\\u2028" : "\\u2029";
      } else {
        out.append(s.data() + start, i - start);
      }
      continue;
    }
    ++i;
    switch (c) {
      case '"': out += "\\\""; break;
      case '\\': out += "\\\\"; break;
      case '\n': out += "\\n"; break;
      case '\r': out += "\\r"; break;
      case '\t': out += "\\t"; break;
      case '\b': out += "\\b"; break;
      case '\f': out += "\\f"; break;
      default:
        if (c < 0x20 || c == 0x7F) {
          out += "\\u00";
          out.push_back(kHex[c >> 4]);
          out.push_back(kHex[c & 15]);
        } else {
          out.push_back(static_cast<char>(c));
        }
    }
  }
  return out + "\"";
}

std::string Escaped(std::string_view s) {
  std::string out = "prefix:";
  AppendJsonString(out, s);
  return out.substr(7);
}

TEST(AppendJsonString, EscapesAndReplacesAsDefined) {
  EXPECT_EQ(Escaped(""), "\"\"");
  EXPECT_EQ(Escaped("plain text"), "\"plain text\"");
  EXPECT_EQ(Escaped("a\"b\\c\nd\te\x01\x7f"), "\"a\\\"b\\\\c\\nd\\te\\u0001\\u007f\"");
  EXPECT_EQ(Escaped("Grüße \xe2\x80\xa8 x\xe2\x80\xa9"), "\"Grüße \\u2028 x\\u2029\"");
  EXPECT_EQ(Escaped("bad \xff byte, cut \xe2\x82"), "\"bad \xef\xbf\xbd byte, cut \xef\xbf\xbd\xef\xbf\xbd\"");
  EXPECT_EQ(Escaped("kept \xef\xbf\xbd"), "\"kept \xef\xbf\xbd\"");  // a real U+FFFD stays
}

TEST(AppendJsonString, MatchesTheDefinitionOnRandomBytes) {
  std::mt19937 rng(12);
  // Weighted towards the bytes that start or end runs; the 20th is the NUL.
  const std::string alphabet = std::string("ab \"\\\n\x01\x7f\xc3\xa4\xe2\x80\xa8\xa9\xff\xf0\x9f\x98\x80", 20);
  // Runs of plain text longer than the 16 bytes checked at a time.
  const std::string run = "plain words in a run of text, ";
  for (int round = 0; round < 20000; ++round) {
    std::string s;
    std::size_t len = rng() % 80;
    while (s.size() < len) {
      if (rng() % 4 == 0) {
        s += run.substr(0, rng() % run.size());
      } else {
        s.push_back(alphabet[rng() % alphabet.size()]);
      }
    }
    ASSERT_EQ(Escaped(s), JsonStringReference(s)) << "round " << round;
  }
}

}  // namespace
}  // namespace klartext
