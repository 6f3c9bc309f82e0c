// `klartext search CORPUS [QUERY] …` (doc/corpus.md): articles or
// statements as a readable table (default on a terminal) or JSON Lines.
#include <unistd.h>

#include <cstdio>
#include <string>

#include "commands.h"
#include "core/json_writer.h"
#include "exit_codes.h"
#include "klartext/corpus.h"
#include "store/corpus_json.h"

namespace klartext::cli {
namespace {

// Table cells are cut to these many bytes (at a UTF-8 boundary) so a row
// stays on one line of a wide terminal; --format jsonl has everything.
constexpr std::size_t kTitleCell = 60;
constexpr std::size_t kTextCell = 90;
constexpr std::size_t kSpeakerCell = 24;

std::string Cell(std::string_view s, std::size_t max) {
  if (s.size() <= max) return std::string(s);
  std::size_t cut = max - 3;
  while (cut > 0 && (static_cast<unsigned char>(s[cut]) & 0xC0) == 0x80) --cut;
  return std::string(s.substr(0, cut)) + "...";
}

std::string Day(const std::string& published) { return published.size() >= 10 ? published.substr(0, 10) : published; }

bool Write(const std::string& s) { return std::fwrite(s.data(), 1, s.size(), stdout) == s.size(); }

}  // namespace

int RunSearch(const Args& args) {
  CorpusOptions options;
  options.read_only = true;
  Result<std::unique_ptr<Corpus>> opened = Corpus::Open(args.corpus, options);
  if (!opened.ok()) {
    std::fprintf(stderr, "klartext: %s\n", std::string(opened.status().message()).c_str());
    return ExitCodeFor(opened.status().code());
  }
  Corpus& corpus = **opened;
  const bool table = args.table || (!args.format_jsonl && ::isatty(STDOUT_FILENO) == 1);
  std::string out;
  std::size_t results = 0;
  if (args.statements) {
    Result<std::vector<StoredStatement>> hits = corpus.SearchStatements(args.query);
    if (!hits.ok()) {
      std::fprintf(stderr, "klartext: %s\n", std::string(hits.status().message()).c_str());
      return ExitCodeFor(hits.status().code());
    }
    results = hits->size();
    for (const StoredStatement& s : *hits) {
      if (table) {
        const std::string speaker = s.person_name.empty() ? s.speaker_text : s.person_name;
        char line[64];
        std::snprintf(line, sizeof line, "%-10s  %-8s  ", Day(s.published).c_str(), StatementKindName(s.kind).data());
        out += line;
        const std::string cell = Cell(speaker, kSpeakerCell);
        out += cell;
        out.append(kSpeakerCell - cell.size(), ' ');
        out += "  ";
        out += Cell(s.text, kTextCell);
        out += "\n            ";
        out += s.site.empty() ? s.title : s.site + ": " + Cell(s.title, kTitleCell);
        out += "  (article " + std::to_string(s.article_id) + ")\n";
      } else {
        JsonWriter w(out);
        store::WriteStatementJson(s, w);
        out += '\n';
      }
    }
  } else {
    Result<std::vector<ArticleSummary>> hits = corpus.Search(args.query);
    if (!hits.ok()) {
      std::fprintf(stderr, "klartext: %s\n", std::string(hits.status().message()).c_str());
      return ExitCodeFor(hits.status().code());
    }
    results = hits->size();
    for (const ArticleSummary& a : *hits) {
      if (table) {
        char line[96];
        std::snprintf(line, sizeof line, "%6lld  %-10s  %-24s  ", static_cast<long long>(a.id), Day(a.published).c_str(),
                      Cell(a.site.empty() ? a.sitename : a.site, 24).c_str());
        out += line;
        out += Cell(a.title, kTitleCell);
        if (a.cluster_size > 1) out += "  [" + std::to_string(a.cluster_size) + " copies]";
        out += '\n';
        if (!a.snippet.empty()) out += "        " + Cell(a.snippet, kTextCell) + "\n";
      } else {
        JsonWriter w(out);
        store::WriteSummaryJson(a, w);
        out += '\n';
      }
    }
  }
  if (!Write(out)) {
    std::fprintf(stderr, "klartext: cannot write the results\n");
    return kExitIoError;
  }
  if (!args.quiet && table) std::fprintf(stderr, "klartext: %zu %s\n", results, args.statements ? "statements" : "articles");
  return kExitOk;
}

}  // namespace klartext::cli
