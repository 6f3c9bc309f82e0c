// The options of `klartext search` and `klartext serve` (usage in args.cc).
#include <cctype>
#include <string>
#include <vector>

#include "args.h"

namespace klartext::cli {
namespace {

// Upper bounds for --limit/--max-results and --offset: beyond them a query
// should be narrowed, not paged (SQLite scans every skipped row).
constexpr int kMaxLimit = 100000;
constexpr int kMaxOffset = 1000000;

// "YYYY-MM-DD" with plausible month and day: dates compare as strings in
// the store, so anything else would filter silently wrong.
bool IsDay(const std::string& s) {
  if (s.size() != 10 || s[4] != '-' || s[7] != '-') return false;
  for (int i : {0, 1, 2, 3, 5, 6, 8, 9}) {
    if (!std::isdigit(static_cast<unsigned char>(s[i]))) return false;
  }
  const int month = (s[5] - '0') * 10 + (s[6] - '0');
  const int day = (s[8] - '0') * 10 + (s[9] - '0');
  return month >= 1 && month <= 12 && day >= 1 && day <= 31;
}

// Walks words[i..]: the first positional word is the corpus; `option`
// handles one option (given its name and a way to take its value) and the
// rest are passed to `positional`.
template <typename OptionFn, typename PositionalFn>
Status Walk(const std::vector<std::string>& words, std::size_t i, Args& args, OptionFn option,
            PositionalFn positional) {
  bool options_done = false;
  for (; i < words.size(); ++i) {
    const std::string& word = words[i];
    if (options_done || word.empty() || word[0] != '-' || word == "-") {
      if (args.corpus.empty()) {
        args.corpus = word;
        continue;
      }
      if (Status s = positional(word); !s.ok()) return s;
      continue;
    }
    if (word == "--") {
      options_done = true;
      continue;
    }
    const auto [name, value, has_value] = SplitOptionWord(word);
    auto take_value = [&]() -> Result<std::string> {
      if (has_value) return value;
      if (i + 1 >= words.size()) return Status::InvalidArgument(name + " needs a value");
      return words[++i];
    };
    auto no_value = [&]() -> Status {
      return has_value ? Status::InvalidArgument(name + " takes no value") : Status();
    };
    if (name == "-h" || name == "--help") {
      args.command = Command::kHelp;
      return Status();
    }
    if (Status s = option(name, take_value, no_value); !s.ok()) return s;
  }
  if (args.corpus.empty()) return Status::InvalidArgument("no corpus file given");
  return Status();
}

}  // namespace

Status ParseSearchArgs(const std::vector<std::string>& words, std::size_t i, Args& args) {
  CorpusQuery& q = args.query;
  auto option = [&](const std::string& name, auto take_value, auto no_value) -> Status {
    auto text = [&](std::string* target) -> Status {
      auto v = take_value();
      if (!v.ok()) return v.status();
      *target = *v;
      return Status();
    };
    auto number = [&](int hi, int* target) -> Status {
      auto v = take_value();
      if (!v.ok()) return v.status();
      if (!ParseInt(*v, 0, hi, target)) {
        return Status::InvalidArgument(name + " must be a number from 0 to " + std::to_string(hi));
      }
      return Status();
    };
    auto day = [&](std::string* target) -> Status {
      if (Status s = text(target); !s.ok()) return s;
      if (!IsDay(*target)) return Status::InvalidArgument(name + " must be a day, YYYY-MM-DD, not \"" + *target + "\"");
      return Status();
    };
    if (name == "--statements") {
      args.statements = true;
      return no_value();
    }
    if (name == "--one-per-cluster") {
      q.one_per_cluster = true;
      return no_value();
    }
    if (name == "-q" || name == "--quiet") {
      args.quiet = true;
      return no_value();
    }
    if (name == "--speaker") return text(&q.speaker);
    if (name == "--entity") return text(&q.entity);
    if (name == "--site") return text(&q.site);
    if (name == "--lang" || name == "--language") return text(&q.language);
    if (name == "--since") return day(&q.since);
    if (name == "--until") return day(&q.until);
    if (name == "--limit" || name == "-n") return number(kMaxLimit, &q.limit);
    if (name == "--offset") return number(kMaxOffset, &q.offset);
    if (name == "-f" || name == "--format") {
      std::string f;
      if (Status s = text(&f); !s.ok()) return s;
      if (f == "table") {
        args.table = true;
      } else if (f == "jsonl" || f == "json") {
        args.format_jsonl = true;
      } else {
        return Status::InvalidArgument("--format must be table or jsonl, not \"" + f + "\"");
      }
      args.format_given = true;
      return Status();
    }
    return Status::InvalidArgument("unknown option \"" + name + "\" for search");
  };
  auto positional = [&](const std::string& word) -> Status {
    // Several words form one query, as a search box would take them.
    if (!q.text.empty()) q.text += ' ';
    q.text += word;
    return Status();
  };
  return Walk(words, i, args, option, positional);
}

Status ParseServeArgs(const std::vector<std::string>& words, std::size_t i, Args& args) {
  auto option = [&](const std::string& name, auto take_value, auto no_value) -> Status {
    if (name == "-q" || name == "--quiet") {
      args.quiet = true;
      return no_value();
    }
    if (name == "--host") {
      auto v = take_value();
      if (!v.ok()) return v.status();
      if (v->empty()) return Status::InvalidArgument("--host needs an address");
      args.host = *v;
      return Status();
    }
    if (name == "--port" || name == "--max-results") {
      auto v = take_value();
      if (!v.ok()) return v.status();
      const bool port = name == "--port";
      if (!ParseInt(*v, port ? 0 : 1, port ? 65535 : kMaxLimit, port ? &args.port : &args.max_results)) {
        return Status::InvalidArgument(port ? "--port must be a number from 0 to 65535"
                                            : "--max-results must be a number from 1 to " + std::to_string(kMaxLimit));
      }
      return Status();
    }
    return Status::InvalidArgument("unknown option \"" + name + "\" for serve");
  };
  auto positional = [&](const std::string& word) -> Status {
    return Status::InvalidArgument("serve takes one corpus file, not also \"" + word + "\"");
  };
  return Walk(words, i, args, option, positional);
}

}  // namespace klartext::cli
