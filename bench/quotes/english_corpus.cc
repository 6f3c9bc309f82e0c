// bench/quotes/english_corpus.cc: PolNeAr attribution relations.
//
// Offsets in the .ann files count code points; tokens are runs of word
// characters (the \w+ of the shared metric), punctuation is not scored. For
// an article annotated more than once the first annotation file by name is
// used. Only attributions whose cue holds a speech or writing verb
// (kSpeechOrWritingCues) are scored; a prediction matched to another
// attribution is neutral, an unmatched prediction counts against precision.
#include <algorithm>
#include <chrono>
#include <filesystem>
#include <fstream>
#include <map>
#include <sstream>
#include <string>
#include <string_view>
#include <vector>

#include "corpora.h"
#include "klartext/analyze.h"

namespace quotes {
namespace {

// Speech and writing act verbs (all forms); a cue counts when one of its
// words is here. Beliefs ("think"), findings ("showed"), "according to" and
// a bare ":" are attributions but not speech or writing acts.
constexpr std::string_view kSpeechOrWritingCues[] = {
    "say", "says", "said", "saying", "tell", "tells", "told", "telling", "add", "adds", "added",
    "adding", "write", "writes", "wrote", "written", "writing", "ask", "asks", "asked", "asking",
    "note", "notes", "noted", "noting", "report", "reports", "reported", "announce", "announced",
    "announces", "argue", "argued", "argues", "tweet", "tweeted", "tweets", "state", "stated",
    "states", "explain", "explained", "explains", "declare", "declared", "claim", "claimed",
    "claims", "insist", "insisted", "warn", "warned", "warns", "acknowledge", "acknowledged",
    "admit", "admitted", "reply", "replied", "respond", "responded", "declared", "remark",
    "remarked", "comment", "commented", "testify", "testified", "predict", "predicted", "promise",
    "promised", "vow", "vowed", "urge", "urged", "deny", "denied", "confirm", "confirmed",
    "statement", "interview", "speech", "post", "posted", "wrote", "continued", "stressed",
    "emphasized", "quipped", "joked", "recalled", "complained", "contended", "asserted",
};

struct Span {
  std::size_t start = 0, end = 0;  // bytes
};

bool IsWordByte(unsigned char c) {
  return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '_' || c >= 0x80;
}

// \w+ tokens by bytes; multi-byte punctuation (’ “ ” — …, U+2000–U+206F,
// U+00A0–U+00BF) separates words.
std::vector<Span> WordTokens(const std::string& s) {
  std::vector<Span> out;
  std::size_t i = 0;
  auto punct_at = [&s](std::size_t k) {
    const auto c = static_cast<unsigned char>(s[k]);
    if (c == 0xE2 && k + 1 < s.size() && (static_cast<unsigned char>(s[k + 1]) == 0x80 ||
                                          static_cast<unsigned char>(s[k + 1]) == 0x81))
      return 3;
    if (c == 0xC2 && k + 1 < s.size() && static_cast<unsigned char>(s[k + 1]) < 0xC0) return 2;
    return 0;
  };
  while (i < s.size()) {
    if (const int p = punct_at(i)) { i += static_cast<std::size_t>(p); continue; }
    if (!IsWordByte(static_cast<unsigned char>(s[i]))) { ++i; continue; }
    const std::size_t b = i;
    while (i < s.size() && IsWordByte(static_cast<unsigned char>(s[i])) && !punct_at(i)) ++i;
    out.push_back({b, i});
  }
  return out;
}

TokenSet Covered(const std::vector<Span>& tokens, std::size_t start, std::size_t end) {
  TokenSet out;
  if (end <= start) return out;
  for (std::size_t i = 0; i < tokens.size(); ++i)
    if (tokens[i].start < end && tokens[i].end > start) out.insert(static_cast<int>(i));
  return out;
}

std::string ReadFile(const std::filesystem::path& p) {
  std::ifstream in(p, std::ios::binary);
  std::stringstream ss;
  ss << in.rdbuf();
  return ss.str();
}

bool IsSpeechCue(const std::string& cue) {
  std::string word;
  auto check = [&word]() {
    for (std::string_view w : kSpeechOrWritingCues)
      if (word == w) return true;
    return false;
  };
  for (char c : cue + " ") {
    if (IsWordByte(static_cast<unsigned char>(c))) {
      word += static_cast<char>(c >= 'A' && c <= 'Z' ? c - 'A' + 'a' : c);
    } else {
      if (!word.empty() && check()) return true;
      word.clear();
    }
  }
  return false;
}

}  // namespace

bool ScoreEnglish(const std::string& dir, Part part, ScoreBoard& board, double* seconds, long* bytes) {
  namespace fs = std::filesystem;
  const fs::path text_dir = fs::path(dir) / "text", ann_dir = fs::path(dir) / "attributions";
  if (!fs::is_directory(text_dir) || !fs::is_directory(ann_dir)) return false;
  std::map<std::string, fs::path> first_ann;  // text stem → first annotation file
  std::vector<fs::path> anns;
  for (const auto& e : fs::directory_iterator(ann_dir)) anns.push_back(e.path());
  std::sort(anns.begin(), anns.end());
  for (const fs::path& a : anns) {
    std::string stem = a.stem().string();
    const std::size_t us = stem.rfind('_');
    if (us != std::string::npos) stem.resize(us);
    first_ann.emplace(stem, a);
  }
  std::vector<std::string> stems;
  for (const auto& [stem, path] : first_ann)
    if (fs::exists(text_dir / (stem + ".txt"))) stems.push_back(stem);
  for (const std::string& stem : SelectFiles(stems, part)) {
    const std::string text = ReadFile(text_dir / (stem + ".txt"));
    // Code point index → byte offset.
    std::vector<std::size_t> byte_at;
    for (std::size_t i = 0; i < text.size(); ++i)
      if ((static_cast<unsigned char>(text[i]) & 0xC0) != 0x80) byte_at.push_back(i);
    byte_at.push_back(text.size());
    auto to_byte = [&byte_at](std::size_t cp) { return byte_at[std::min(cp, byte_at.size() - 1)]; };
    const std::vector<Span> tokens = WordTokens(text);
    std::map<std::string, std::pair<TokenSet, std::string>> spans;  // T id → tokens, text
    std::vector<std::string> relations;
    std::istringstream ann(ReadFile(first_ann[stem]));
    std::string line;
    while (std::getline(ann, line)) {
      if (line.empty()) continue;
      std::istringstream fields(line);
      std::string id, rest;
      std::getline(fields, id, '\t');
      std::getline(fields, rest, '\t');
      std::string surface;
      std::getline(fields, surface);
      if (id[0] == 'E') {
        relations.push_back(rest);
        continue;
      }
      if (id[0] != 'T') continue;
      std::istringstream r(rest);
      std::string type;
      r >> type;
      std::string ranges;
      std::getline(r, ranges);
      TokenSet set;
      std::istringstream parts(ranges);
      std::string part_text;
      while (std::getline(parts, part_text, ';')) {
        std::istringstream se(part_text);
        std::size_t s = 0, e = 0;
        if (se >> s >> e) {
          const TokenSet t = Covered(tokens, to_byte(s), to_byte(e));
          set.insert(t.begin(), t.end());
        }
      }
      spans[id] = {set, surface};
    }
    std::vector<Item> gold;
    for (const std::string& rel : relations) {
      Item item;
      std::istringstream r(rel);
      std::string role;
      std::string cue_text;
      while (r >> role) {
        const std::size_t colon = role.find(':');
        if (colon == std::string::npos) continue;
        const std::string name = role.substr(0, colon), ref = role.substr(colon + 1);
        const auto it = spans.find(ref);
        if (it == spans.end()) continue;
        if (name == "Content") item.message = it->second.first;
        if (name == "Source") item.speaker = it->second.first;
        if (name == "Cue") {
          item.cue = it->second.first;
          cue_text = it->second.second;
        }
      }
      if (item.message.empty()) continue;
      item.form = "attribution";
      item.scored = IsSpeechCue(cue_text);
      gold.push_back(item);
    }
    const auto t0 = std::chrono::steady_clock::now();
    const klartext::Analysis analysis = klartext::AnalyzeText(text, "en");
    *seconds += std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count();
    *bytes += static_cast<long>(text.size());
    std::vector<Item> pred;
    for (const klartext::Statement& s : analysis.statements) {
      pred.push_back({Covered(tokens, s.start, s.end), Covered(tokens, s.speaker.start, s.speaker.end),
                      Covered(tokens, s.cue_start, s.cue_end), std::string(klartext::StatementKindName(s.kind)),
                      true});
    }
    ScoreDocument(gold, pred, board);
  }
  return true;
}

}  // namespace quotes
