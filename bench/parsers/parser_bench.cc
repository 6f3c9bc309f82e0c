// klartext-parser-bench: how fast, how hungry and how robust each HTML
// parser is on the dev pages. doc/parser-choice.md records the figures.
//
//   klartext-parser-bench --parser all            # each parser in its own process
//   klartext-parser-bench --parser own-dom --reps 5 [--counts FILE]
//
// Pages are decompressed into memory first; a run then times only the
// parser (parse + free; counting elements is untimed) over all pages,
// repeats that --reps times on one thread after one warm-up pass, and
// reports the best and the median pass. Peak RSS is VmHWM of the process,
// printed with the RSS the loaded pages alone took, so each parser must run
// in its own process (--parser all forks one per parser, which also turns
// a parser crash into a reported failure instead of a dead benchmark).
#include <sys/wait.h>
#include <unistd.h>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstring>
#include <fstream>
#include <memory>
#include <string>
#include <vector>

#include "html/parse.h"
#include "html/tokenizer.h"
#include "html/tree_builder/tree_builder.h"
#include "page_corpus.h"

#if KLARTEXT_BENCH_GUMBO
#include <gumbo.h>
#endif
#if KLARTEXT_BENCH_LIBXML2
#include <libxml/HTMLparser.h>
#include <libxml/tree.h>
#endif
#if KLARTEXT_BENCH_MYHTML
#include <myhtml/api.h>
#endif

namespace klartext::bench {
namespace {

// One parser behind a uniform face. Parse returns false when the parser
// gave no result at all; Elements counts element nodes of the last parse;
// Free releases it (timed, since a caller has to pay for it too).
class ParserUnderTest {
 public:
  virtual ~ParserUnderTest() = default;
  virtual bool Parse(const std::string& page) = 0;
  virtual std::size_t Elements() = 0;
  virtual void Free() = 0;
};

// The floor: find every '<' with memchr, the least any tokenizer must do.
class MemchrFloor : public ParserUnderTest {
 public:
  bool Parse(const std::string& page) override {
    count_ = 0;
    const char* p = page.data();
    const char* end = p + page.size();
    while ((p = static_cast<const char*>(std::memchr(p, '<', static_cast<std::size_t>(end - p)))) != nullptr) {
      ++count_;
      ++p;
    }
    return true;
  }
  std::size_t Elements() override { return count_; }
  void Free() override {}

 private:
  std::size_t count_ = 0;
};

#if KLARTEXT_BENCH_GUMBO
class Gumbo : public ParserUnderTest {
 public:
  Gumbo() { options_.max_errors = 0; }
  bool Parse(const std::string& page) override {
    out_ = gumbo_parse_with_options(&options_, page.data(), page.size());
    return out_ != nullptr;
  }
  std::size_t Elements() override {
    std::size_t n = 0;
    std::vector<const GumboNode*> stack{out_->document};
    while (!stack.empty()) {
      const GumboNode* node = stack.back();
      stack.pop_back();
      const GumboVector* kids = nullptr;
      if (node->type == GUMBO_NODE_DOCUMENT) kids = &node->v.document.children;
      if (node->type == GUMBO_NODE_ELEMENT || node->type == GUMBO_NODE_TEMPLATE) {
        ++n;
        kids = &node->v.element.children;
      }
      if (kids == nullptr) continue;
      for (unsigned i = 0; i < kids->length; ++i) stack.push_back(static_cast<const GumboNode*>(kids->data[i]));
    }
    return n;
  }
  void Free() override { gumbo_destroy_output(&options_, out_); }

 private:
  GumboOptions options_ = kGumboDefaultOptions;
  GumboOutput* out_ = nullptr;
};

#endif

// klartext's own tokenizer alone (no tree): every token is pulled, and the
// content states a tree builder would set after <script>, <style>, <title>
// … are set, so script bodies are not tokenized as markup. "Elements" are
// start tags.
class KlartextTokenizer : public ParserUnderTest {
 public:
  bool Parse(const std::string& page) override {
    using html::TokenizerState;
    html::Tokenizer tokenizer(page);
    start_tags_ = 0;
    for (;;) {
      const html::Token& t = tokenizer.Next();
      if (t.kind == html::TokenKind::kEndOfFile) break;
      if (t.kind != html::TokenKind::kStartTag) continue;
      ++start_tags_;
      const std::string_view n = t.text;
      if (n == "script") {
        tokenizer.set_state(TokenizerState::kScriptData);
      } else if (n == "style" || n == "xmp" || n == "iframe" || n == "noembed" || n == "noframes" ||
                 n == "noscript") {
        tokenizer.set_state(TokenizerState::kRawtext);
      } else if (n == "title" || n == "textarea") {
        tokenizer.set_state(TokenizerState::kRcdata);
      } else if (n == "plaintext") {
        tokenizer.set_state(TokenizerState::kPlaintext);
      }
    }
    return true;
  }
  std::size_t Elements() override { return start_tags_; }
  void Free() override {}

 private:
  std::size_t start_tags_ = 0;
};

// klartext's own tree builder: the working tree only ("own-tree"), or
// copied into html::Document ("own-dom": html::ParseHtml, what Extract uses).
class KlartextOwnTree : public ParserUnderTest {
 public:
  bool Parse(const std::string& page) override {
    tree_ = std::make_unique<html::tree::Tree>(html::BuildTree(page));
    return true;
  }
  std::size_t Elements() override {
    std::size_t n = 0;
    for (html::tree::TreeId id = 0; id < tree_->size(); ++id) {
      n += (*tree_)[id].type == html::tree::NodeType::kElement && (*tree_)[id].parent != html::tree::kNoTreeNode;
    }
    return n;
  }
  void Free() override { tree_.reset(); }

 private:
  std::unique_ptr<html::tree::Tree> tree_;
};

class KlartextOwnDocument : public ParserUnderTest {
 public:
  bool Parse(const std::string& page) override {
    auto r = html::ParseHtml(page);
    if (!r.ok()) return false;
    doc_ = std::make_unique<html::Document>(std::move(r).value());
    return true;
  }
  std::size_t Elements() override {
    std::size_t n = 0;
    for (html::NodeId id = 0; id < doc_->size(); ++id) n += (*doc_)[id].is_element();
    return n;
  }
  void Free() override { doc_.reset(); }

 private:
  std::unique_ptr<html::Document> doc_;
};

#if KLARTEXT_BENCH_LIBXML2
class LibXml2 : public ParserUnderTest {
 public:
  bool Parse(const std::string& page) override {
    // Pages are handed over as UTF-8 like to every other parser here.
    doc_ = htmlReadMemory(page.data(), static_cast<int>(page.size()), nullptr, "UTF-8",
                          HTML_PARSE_RECOVER | HTML_PARSE_NOERROR | HTML_PARSE_NOWARNING |
                              HTML_PARSE_NONET);
    return doc_ != nullptr;
  }
  std::size_t Elements() override {
    std::size_t n = 0;
    std::vector<xmlNode*> stack{doc_->children};
    while (!stack.empty()) {
      xmlNode* node = stack.back();
      stack.pop_back();
      for (; node != nullptr; node = node->next) {
        if (node->type == XML_ELEMENT_NODE) {
          ++n;
          if (node->children != nullptr) stack.push_back(node->children);
        }
      }
    }
    return n;
  }
  void Free() override { xmlFreeDoc(doc_); }

 private:
  htmlDocPtr doc_ = nullptr;
};
#endif

#if KLARTEXT_BENCH_MYHTML
class MyHtml : public ParserUnderTest {
 public:
  MyHtml() {
    myhtml_ = myhtml_create();
    // One thread, no worker pool: every parser here runs on one core.
    myhtml_init(myhtml_, MyHTML_OPTIONS_PARSE_MODE_SINGLE, 1, 0);
  }
  ~MyHtml() override { myhtml_destroy(myhtml_); }
  bool Parse(const std::string& page) override {
    tree_ = myhtml_tree_create();
    if (tree_ == nullptr || myhtml_tree_init(tree_, myhtml_) != MyHTML_STATUS_OK) return false;
    return myhtml_parse(tree_, MyENCODING_UTF_8, page.data(), page.size()) == MyHTML_STATUS_OK;
  }
  std::size_t Elements() override {
    std::size_t n = 0;
    std::vector<myhtml_tree_node_t*> stack{myhtml_node_child(myhtml_tree_get_document(tree_))};
    while (!stack.empty()) {
      myhtml_tree_node_t* node = stack.back();
      stack.pop_back();
      for (; node != nullptr; node = myhtml_node_next(node)) {
        if (myhtml_node_tag_id(node) > MyHTML_TAG__DOCTYPE) {
          ++n;
          if (myhtml_tree_node_t* kid = myhtml_node_child(node)) stack.push_back(kid);
        }
      }
    }
    return n;
  }
  void Free() override { myhtml_tree_destroy(tree_); }

 private:
  myhtml_t* myhtml_ = nullptr;
  myhtml_tree_t* tree_ = nullptr;
};
#endif

std::vector<std::string> ParserNames() {
  std::vector<std::string> names{"memchr", "tokenizer", "own-tree", "own-dom"};
#if KLARTEXT_BENCH_GUMBO
  names.push_back("gumbo");
#endif
#if KLARTEXT_BENCH_LIBXML2
  names.push_back("libxml2");
#endif
#if KLARTEXT_BENCH_MYHTML
  names.push_back("myhtml");
#endif
  return names;
}

std::unique_ptr<ParserUnderTest> MakeParser(const std::string& name) {
  if (name == "memchr") return std::make_unique<MemchrFloor>();
  if (name == "tokenizer") return std::make_unique<KlartextTokenizer>();
  if (name == "own-tree") return std::make_unique<KlartextOwnTree>();
  if (name == "own-dom") return std::make_unique<KlartextOwnDocument>();
#if KLARTEXT_BENCH_GUMBO
  if (name == "gumbo") return std::make_unique<Gumbo>();
#endif
#if KLARTEXT_BENCH_LIBXML2
  if (name == "libxml2") return std::make_unique<LibXml2>();
#endif
#if KLARTEXT_BENCH_MYHTML
  if (name == "myhtml") return std::make_unique<MyHtml>();
#endif
  return nullptr;
}

// VmHWM (peak resident set) of this process in KiB, or 0 if unreadable.
long PeakRssKib() {
  std::ifstream status("/proc/self/status");
  std::string line;
  while (std::getline(status, line)) {
    if (line.rfind("VmHWM:", 0) == 0) return std::strtol(line.c_str() + 6, nullptr, 10);
  }
  return 0;
}

struct PassResult {
  double seconds = 0;
  std::size_t failures = 0;       // no result at all
  std::size_t zero_elements = 0;  // a result without a single element
  std::size_t elements = 0;
};

PassResult RunPass(ParserUnderTest& parser, const std::vector<Page>& pages,
                   std::vector<std::size_t>* per_page) {
  using Clock = std::chrono::steady_clock;
  PassResult r;
  Clock::duration timed{};
  for (std::size_t i = 0; i < pages.size(); ++i) {
    auto t0 = Clock::now();
    const bool ok = parser.Parse(pages[i].bytes);
    timed += Clock::now() - t0;
    if (!ok) {
      ++r.failures;
      if (per_page != nullptr) (*per_page)[i] = 0;
      continue;
    }
    const std::size_t n = parser.Elements();
    r.elements += n;
    r.zero_elements += n == 0;
    if (per_page != nullptr) (*per_page)[i] = n;
    t0 = Clock::now();
    parser.Free();
    timed += Clock::now() - t0;
  }
  r.seconds = std::chrono::duration<double>(timed).count();
  return r;
}

int RunOne(const std::string& name, const std::vector<Page>& pages, int reps,
           const std::string& counts_path, long corpus_rss_kib) {
  std::unique_ptr<ParserUnderTest> parser = MakeParser(name);
  if (parser == nullptr) {
    std::fprintf(stderr, "unknown or unavailable parser: %s\n", name.c_str());
    return 2;
  }
  std::vector<std::size_t> per_page(pages.size());
  const PassResult first = RunPass(*parser, pages, &per_page);  // warm-up
  std::vector<double> secs;
  for (int i = 0; i < reps; ++i) secs.push_back(RunPass(*parser, pages, nullptr).seconds);
  std::sort(secs.begin(), secs.end());
  const double best = secs.front(), median = secs[secs.size() / 2];
  const double mb = static_cast<double>(TotalBytes(pages)) / 1e6;
  std::printf("%-13s %6zu %8.1f %9.1f %9.1f %9.0f %9.1f %9.1f %6zu %6zu %10zu\n", name.c_str(),
              pages.size(), mb, mb / best, mb / median, static_cast<double>(pages.size()) / best,
              static_cast<double>(PeakRssKib()) / 1024.0,
              static_cast<double>(PeakRssKib() - corpus_rss_kib) / 1024.0, first.failures,
              first.zero_elements, first.elements);
  if (!counts_path.empty()) {
    std::ofstream out(counts_path);
    for (std::size_t i = 0; i < pages.size(); ++i) out << pages[i].name << '\t' << per_page[i] << '\n';
  }
  return 0;
}

void PrintHeader() {
  std::printf("%-13s %6s %8s %9s %9s %9s %9s %9s %6s %6s %10s\n", "parser", "pages", "MB",
              "MB/s best", "MB/s med", "pages/s", "peakRSS", "+overpgs", "fail", "zero", "elements");
}

// Runs every parser in a child process (same binary, --parser NAME) so each
// gets its own peak RSS and a crash is reported, not fatal.
int RunAll(char* self, int reps, const std::string& dirs_arg) {
  PrintHeader();
  std::fflush(stdout);
  int worst = 0;
  for (const std::string& name : ParserNames()) {
    const pid_t pid = fork();
    if (pid == 0) {
      std::string reps_s = std::to_string(reps);
      std::vector<char*> argv{self, const_cast<char*>("--parser"), const_cast<char*>(name.c_str()),
                              const_cast<char*>("--reps"), reps_s.data(), const_cast<char*>("--no-header")};
      if (!dirs_arg.empty()) {
        argv.push_back(const_cast<char*>("--data"));
        argv.push_back(const_cast<char*>(dirs_arg.c_str()));
      }
      argv.push_back(nullptr);
      execv("/proc/self/exe", argv.data());
      _exit(127);
    }
    int status = 0;
    waitpid(pid, &status, 0);
    if (WIFSIGNALED(status)) {
      std::printf("%-13s CRASHED (signal %d)\n", name.c_str(), WTERMSIG(status));
      worst = 1;
    } else if (WEXITSTATUS(status) != 0) {
      worst = WEXITSTATUS(status);
    }
    std::fflush(stdout);
  }
  return worst;
}

}  // namespace
}  // namespace klartext::bench

int main(int argc, char** argv) {
  using namespace klartext::bench;
  std::string parser = "all", counts, data = KLARTEXT_SHARED_DATA;
  int reps = 5;
  bool header = true;
  for (int i = 1; i < argc; ++i) {
    const std::string a = argv[i];
    if (a == "--parser" && i + 1 < argc) parser = argv[++i];
    else if (a == "--reps" && i + 1 < argc) reps = std::max(1, std::atoi(argv[++i]));
    else if (a == "--counts" && i + 1 < argc) counts = argv[++i];
    else if (a == "--data" && i + 1 < argc) data = argv[++i];
    else if (a == "--no-header") header = false;
    else {
      std::fprintf(stderr,
                   "usage: %s [--parser all|memchr|tokenizer|own-tree|own-dom|gumbo|libxml2|myhtml] [--reps N]\n"
                   "          [--counts FILE] [--data SHARED_DATA_DIR]\n"
                   "(gumbo, libxml2 and myhtml only when built with their Debian packages)\n",
                   argv[0]);
      return 2;
    }
  }
  if (parser == "all") return RunAll(argv[0], reps, data);

  std::vector<Page> pages;
  for (const char* sub : {"/trafilatura-eval-dev/html", "/scrapinghub-dev/html"}) {
    std::vector<Page> more = LoadGzipPages(data + sub);
    for (Page& p : more) pages.push_back(std::move(p));
  }
  if (pages.empty()) {
    std::fprintf(stderr, "no pages found under %s\n", data.c_str());
    return 2;
  }
  const long corpus_rss = PeakRssKib();
  if (header) PrintHeader();
  return RunOne(parser, pages, reps, counts, corpus_rss);
}
