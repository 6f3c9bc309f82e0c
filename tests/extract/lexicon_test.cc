// The phrase tables' matching (extract/lexicon/lexicon.h): the indexed
// look-ups must answer as a scan of every table in order would.
#include "extract/lexicon/lexicon.h"

#include <gtest/gtest.h>

#include <optional>
#include <string>
#include <vector>

namespace klartext::extract {
namespace {

// The definition, phrase by phrase: the first phrase that matches wins.
std::optional<PhraseRole> ScanMatchLine(std::string_view line) {
  for (std::span<const Phrase> table : AllPhraseTables()) {
    for (const Phrase& p : table) {
      if (p.role == PhraseRole::kBoilerPhrase) continue;
      if (line == p.text) return p.role;
      if (p.prefix && line.size() <= kMaxPrefixLineBytes && line.size() > p.text.size() &&
          line.substr(0, p.text.size()) == p.text && line[p.text.size()] == ' ') {
        return p.role;
      }
      if (p.role == PhraseRole::kPromoLabel && line.size() > p.text.size() && line.size() < 60 &&
          line.substr(line.size() - p.text.size()) == p.text) {
        const char before = line[line.size() - p.text.size() - 1];
        if (before == '-' || before == ' ') return p.role;
      }
    }
  }
  return std::nullopt;
}

bool ScanContainsBoilerPhrase(std::string_view line) {
  for (std::span<const Phrase> table : AllPhraseTables()) {
    for (const Phrase& p : table) {
      if (p.role == PhraseRole::kBoilerPhrase && line.find(p.text) != std::string_view::npos) return true;
    }
  }
  return false;
}

// Lines made from every phrase: alone, with words before and after, cut
// short, glued to a hyphenated word, and inside a sentence.
std::vector<std::string> ProbeLines() {
  std::vector<std::string> lines = {"", "x", "mehr", "foo bar", "trump joyn-teaser", "a b c d e f g"};
  for (std::span<const Phrase> table : AllPhraseTables()) {
    for (const Phrase& p : table) {
      const std::string t(p.text);
      lines.push_back(t);
      lines.push_back(t + " klima");
      lines.push_back(t + "s");
      lines.push_back("neu " + t);
      lines.push_back("wort-" + t);
      lines.push_back(t.substr(0, t.size() / 2));
      lines.push_back("das ist ein satz, in dem " + t + " vorkommt und der weitergeht.");
      lines.push_back(t + " " + std::string(70, 'z'));
      lines.push_back(std::string(40, 'y') + "-" + t);  // a label far from the line's start
      lines.push_back(std::string(40, 'y') + " " + t);
    }
  }
  return lines;
}

TEST(Lexicon, MatchLineAnswersAsAScanOfTheTables) {
  int matched = 0;
  for (const std::string& line : ProbeLines()) {
    PhraseRole role = PhraseRole::kAdLabel;
    const bool found = MatchLine(line, &role);
    const std::optional<PhraseRole> want = ScanMatchLine(line);
    ASSERT_EQ(found, want.has_value()) << "'" << line << "'";
    if (found) {
      EXPECT_EQ(role, *want) << "'" << line << "'";
      ++matched;
    }
  }
  EXPECT_GT(matched, 100);  // the probes do exercise the tables
}

TEST(Lexicon, ContainsBoilerPhraseAnswersAsAScanOfTheTables) {
  int found = 0;
  for (const std::string& line : ProbeLines()) {
    const bool got = ContainsBoilerPhrase(line);
    ASSERT_EQ(got, ScanContainsBoilerPhrase(line)) << "'" << line << "'";
    found += got;
  }
  EXPECT_GT(found, 50);
}

TEST(Lexicon, KnownLines) {
  PhraseRole role;
  ASSERT_TRUE(MatchLine("anzeige", &role));
  EXPECT_EQ(role, PhraseRole::kAdLabel);
  ASSERT_TRUE(MatchLine("mehr zu klima", &role));  // a prefix phrase
  EXPECT_FALSE(MatchLine("mehr zu klima und vielen anderen dingen, die man hier gar nicht aufzählen kann", &role));
  EXPECT_FALSE(MatchLine("", &role));
  EXPECT_FALSE(ContainsBoilerPhrase(""));
  EXPECT_FALSE(ContainsBoilerPhrase("der kanzler sprach am montag in berlin."));
}

}  // namespace
}  // namespace klartext::extract
