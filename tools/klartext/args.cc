#include "args.h"

#include <charconv>
#include <cstdio>
#include <string_view>

namespace klartext::cli {
namespace {

// Upper bound for -j: more threads than this only costs memory.
constexpr int kMaxThreads = 256;
// Upper bound for --max-input-mb: 4 GiB, past which memory (~4x the page)
// cannot be had on any machine we target.
constexpr int kMaxInputMb = 4096;

constexpr char kUsage[] = R"(klartext: clean articles from news pages.

Usage:
  klartext extract [OPTIONS] INPUT...
  klartext analyze [--language de|en] FILE...
  klartext ingest [OPTIONS] CORPUS INPUT...
  klartext search CORPUS [QUERY] [--statements] [--speaker NAME] [FILTERS...]
  klartext serve CORPUS [--host H] [--port N] [--max-results N]
  klartext --help | --version

INPUT is any mix of
  FILE        an HTML page or a text capture (gunzipped if gzip: page.html.gz)
  DIRECTORY   every file below it, recursively, in name order
  WARC        a .warc or .warc.gz file: each HTML response record is a page
  -           standard input: a page, or a list of paths one per line (--stdin)

Output (standard output unless --output):
  -f, --format FORMAT   json (default): one JSON object per input, one per line
                        (JSON Lines when there are several inputs); jsonl is the
                        same; markdown; text
  -o, --output DIR      write one file per input into DIR (created if missing):
                        000001-NAME.json|.md|.txt in input order; a failed input
                        gives 000001-NAME.error.json
      --no-sources      leave the "sources" object out of JSON
      --no-diagnostics  leave the "diagnostics" object out of JSON

Input:
      --input KIND      auto (default): HTML if it looks like markup, else a
                        text capture; html; text
      --url URL         the page's address (for files and stdin; WARC records
                        carry their own WARC-Target-URI)
      --content-type V  the HTTP Content-Type header, e.g.
                        "text/html; charset=iso-8859-1": its charset decides the
                        decoding unless the page has a byte-order mark
      --stdin MODE      what "-" reads: auto (default: a list of paths if every
                        line names an existing file or directory, else a page),
                        page, paths
      --max-input-mb N  refuse pages larger than N MiB (default 256)

Extraction:
      --favor WHICH     balanced (default), precision (less boilerplate, may
                        lose text), recall (more text, may keep boilerplate)
      --comments        keep reader comments
      --no-tables       leave tables out
      --links           keep links as Markdown [text](url) in the text
      --images          keep images and captions in the body

Analysis (doc/analysis.md):
      --analyze         JSON output: add "statements" (who said what) and
                        "entities" (people, organisations, places)
  analyze FILE...       the same for plain texts that are already clean, one
                        JSON object per file: input, language, text,
                        statements, entities (offsets: UTF-8 bytes into text)
      --language L      de or en (default: the article's, else guessed)

Corpus (doc/corpus.md): CORPUS is an SQLite file, created if missing.
  ingest CORPUS INPUT...   extract and analyse INPUT (any mix, as above) and
                        store articles, statements and people; the same URL
                        or WARC record again replaces the stored one. The
                        extraction and -j/-q options apply.
  search CORPUS [QUERY]    full-text QUERY (FTS5 syntax, BM25 ranking) and:
      --statements      statements, not articles
      --speaker NAME    statements of this person (any name, spelling or role)
      --entity NAME     articles mentioning this person, organisation or place
      --since DAY       published on or after YYYY-MM-DD; --until DAY likewise
      --site HOST       e.g. tagesschau.de;  --lang L  de, en
      --one-per-cluster one article per story (near-duplicate copies folded)
      --limit N         at most N results (default 20);  --offset N
      --format F        table (default on a terminal) or jsonl
  serve CORPUS          the HTTP API and web page (doc/serve.md):
      --host H          address to bind (default 127.0.0.1)
      --port N          port (default 8080; 0 picks a free one)
      --max-results N   cap on the results of one query (default 100)

Running:
  -j, --jobs N          worker threads (default: one per core)
  -q, --quiet           no progress line and no summary on stderr

  -h, --help            this text
  -V, --version         the version

Errors: an input that fails is reported on stderr ("klartext: INPUT: why")
and, in JSON output, by an error line in its place:
  {"input":"a.html","error":"no content: ...","error_code":"no_content"}
The other inputs are still written completely.

Exit codes: 0 all inputs extracted; 1 some inputs failed; 2 usage error;
3 I/O error; 4 unsupported input; 5 input too large; 6 no content;
7 corrupt WARC or gzip; 70 internal error. When every input fails for the
same reason, the exit code is that reason's. See doc/cli.md.
)";

}  // namespace

OptionWord SplitOptionWord(const std::string& word, std::string_view glued_short) {
  if (std::size_t eq = word.find('='); word.rfind("--", 0) == 0 && eq != std::string::npos) {
    return {word.substr(0, eq), word.substr(eq + 1), true};
  }
  if (word.size() > 2 && word[0] == '-' && word[1] != '-' && glued_short.find(word[1]) != std::string_view::npos) {
    return {word.substr(0, 2), word.substr(2), true};
  }
  return {word, "", false};
}

bool ParseInt(std::string_view s, int lo, int hi, int* out) {
  int v = 0;
  auto [end, ec] = std::from_chars(s.data(), s.data() + s.size(), v);
  if (ec != std::errc() || end != s.data() + s.size() || v < lo || v > hi) return false;
  *out = v;
  return true;
}

const char* UsageText() { return kUsage; }

Result<Args> ParseArgs(int argc, char** argv) {
  Args args;
  std::vector<std::string> words(argv + 1, argv + argc);
  if (words.empty()) return Status::InvalidArgument("no command given");
  std::size_t i = 0;
  const std::string& first = words[0];
  if (first == "-h" || first == "--help" || first == "help") {
    args.command = Command::kHelp;
    return args;
  }
  if (first == "-V" || first == "--version" || first == "version") {
    args.command = Command::kVersion;
    return args;
  }
  if (first == "search" || first == "serve") {
    args.command = first == "search" ? Command::kSearch : Command::kServe;
    Status s = first == "search" ? ParseSearchArgs(words, 1, args) : ParseServeArgs(words, 1, args);
    if (!s.ok()) return s;
    return args;
  }
  if (first != "extract" && first != "analyze" && first != "ingest") {
    return Status::InvalidArgument("unknown command \"" + first + "\"");
  }
  args.command = first == "analyze" ? Command::kAnalyze : first == "ingest" ? Command::kIngest : Command::kExtract;
  ++i;

  bool options_done = false;
  for (; i < words.size(); ++i) {
    std::string word = words[i];
    if (options_done || word == "-" || word.empty() || word[0] != '-') {
      args.inputs.push_back(word);
      continue;
    }
    if (word == "--") {
      options_done = true;
      continue;
    }
    // --name=value and -jN forms.
    const auto [name, value, has_value] = SplitOptionWord(word, "jfo");
    auto take_value = [&]() -> Result<std::string> {
      if (has_value) return value;
      if (i + 1 >= words.size()) return Status::InvalidArgument(name + " needs a value");
      return words[++i];
    };
    auto flag = [&](bool* target, bool set) -> Status {
      if (has_value) return Status::InvalidArgument(name + " takes no value");
      *target = set;
      return Status();
    };
    ExtractOptions& x = args.batch.extract;
    Status s;
    if (name == "-h" || name == "--help") {
      args.command = Command::kHelp;
      return args;
    } else if (name == "-V" || name == "--version") {
      args.command = Command::kVersion;
      return args;
    } else if (name == "-f" || name == "--format") {
      auto v = take_value();
      if (!v.ok()) return v.status();
      if (*v == "json" || *v == "jsonl") {
        args.batch.format = io::OutputFormat::kJson;
      } else if (*v == "markdown" || *v == "md") {
        args.batch.format = io::OutputFormat::kMarkdown;
      } else if (*v == "text" || *v == "txt") {
        args.batch.format = io::OutputFormat::kText;
      } else {
        return Status::InvalidArgument("--format must be json, jsonl, markdown or text, not \"" + *v + "\"");
      }
      args.format_given = true;
    } else if (name == "-o" || name == "--output") {
      auto v = take_value();
      if (!v.ok()) return v.status();
      if (v->empty()) return Status::InvalidArgument("--output needs a directory");
      args.batch.output_dir = *v;
    } else if (name == "--input") {
      auto v = take_value();
      if (!v.ok()) return v.status();
      if (*v == "auto") {
        x.input_format = InputFormat::kAuto;
      } else if (*v == "html") {
        x.input_format = InputFormat::kHtml;
      } else if (*v == "text") {
        x.input_format = InputFormat::kText;
      } else {
        return Status::InvalidArgument("--input must be auto, html or text, not \"" + *v + "\"");
      }
    } else if (name == "--url") {
      auto v = take_value();
      if (!v.ok()) return v.status();
      args.input.url = *v;
    } else if (name == "--content-type") {
      auto v = take_value();
      if (!v.ok()) return v.status();
      args.input.content_type = *v;
    } else if (name == "--stdin") {
      auto v = take_value();
      if (!v.ok()) return v.status();
      if (*v == "auto") {
        args.input.stdin_mode = io::StdinMode::kAuto;
      } else if (*v == "page") {
        args.input.stdin_mode = io::StdinMode::kPage;
      } else if (*v == "paths") {
        args.input.stdin_mode = io::StdinMode::kPaths;
      } else {
        return Status::InvalidArgument("--stdin must be auto, page or paths, not \"" + *v + "\"");
      }
    } else if (name == "--max-input-mb") {
      auto v = take_value();
      if (!v.ok()) return v.status();
      int mb = 0;
      if (!ParseInt(*v, 1, kMaxInputMb, &mb)) {
        return Status::InvalidArgument("--max-input-mb must be a number from 1 to " + std::to_string(kMaxInputMb));
      }
      x.max_input_bytes = static_cast<std::size_t>(mb) << 20;
    } else if (name == "--favor") {
      auto v = take_value();
      if (!v.ok()) return v.status();
      if (*v == "balanced") {
        x.favor = Favor::kBalanced;
      } else if (*v == "precision") {
        x.favor = Favor::kPrecision;
      } else if (*v == "recall") {
        x.favor = Favor::kRecall;
      } else {
        return Status::InvalidArgument("--favor must be balanced, precision or recall, not \"" + *v + "\"");
      }
    } else if (name == "-j" || name == "--jobs") {
      auto v = take_value();
      if (!v.ok()) return v.status();
      if (!ParseInt(*v, 1, kMaxThreads, &args.batch.threads)) {
        return Status::InvalidArgument("--jobs must be a number from 1 to " + std::to_string(kMaxThreads));
      }
    } else if (name == "--comments") {
      s = flag(&x.include_comments, true);
    } else if (name == "--no-tables") {
      s = flag(&x.include_tables, false);
    } else if (name == "--links") {
      s = flag(&x.include_links, true);
    } else if (name == "--images") {
      s = flag(&x.include_images, true);
    } else if (name == "--no-sources") {
      s = flag(&args.batch.emit.include_sources, false);
    } else if (name == "--no-diagnostics") {
      s = flag(&args.batch.emit.include_diagnostics, false);
    } else if (name == "--analyze") {
      s = flag(&args.analyze, true);
    } else if (name == "--language") {
      auto v = take_value();
      if (!v.ok()) return v.status();
      if (*v != "de" && *v != "en") return Status::InvalidArgument("--language must be de or en, not \"" + *v + "\"");
      args.language = *v;
    } else if (name == "-q" || name == "--quiet") {
      s = flag(&args.quiet, true);
    } else {
      return Status::InvalidArgument("unknown option \"" + word + "\"");
    }
    if (!s.ok()) return s;
  }
  if (args.command == Command::kIngest) {
    if (args.inputs.empty()) return Status::InvalidArgument("ingest needs a corpus file and inputs");
    args.corpus = args.inputs.front();
    args.inputs.erase(args.inputs.begin());
  }
  if (args.inputs.empty()) return Status::InvalidArgument("no input given (a file, a directory, a WARC file or -)");
  args.input.max_input_bytes = args.batch.extract.max_input_bytes;
  return args;
}

void PrintUsageError(const Status& status) {
  std::fprintf(stderr, "klartext: %s\nTry 'klartext --help' for the options.\n", std::string(status.message()).c_str());
}

}  // namespace klartext::cli
