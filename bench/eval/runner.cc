#include "runner.h"

#include <atomic>
#include <chrono>
#include <exception>
#include <filesystem>
#include <fstream>
#include <nlohmann/json.hpp>
#include <thread>

#include "klartext/extract.h"
#include "render_text.h"

namespace klartext::eval {
namespace {

using Clock = std::chrono::steady_clock;

double SecondsSince(Clock::time_point start) {
  return std::chrono::duration<double>(Clock::now() - start).count();
}

std::string JsonString(const nlohmann::json& object, const char* key) {
  auto it = object.find(key);
  return it != object.end() && it->is_string() ? it->get<std::string>() : std::string();
}

// Fills result's outputs from klartext (or records why it failed).
void ExtractPage(const EvalPage& page, std::string_view html, const RunOptions& options,
             PageResult& result) {
  const Clock::time_point start = Clock::now();
  std::string rendered;
  ExtractOptions extract_options{.input_format = InputFormat::kHtml, .url = CallerUrl(page), .favor = options.favor};
  extract_options.disabled_rules = options.disabled_rules;
  if (options.mode == InputMode::kText) {
    Result<std::string> text =
        RenderedText(html, options.cache_dir, EvalSetName(page.set), page.name);
    if (!text.ok()) {
      result.error = text.status().ToString();
      return;
    }
    rendered = std::move(*text);
    html = rendered;
    extract_options.input_format = InputFormat::kText;
  }
  if (options.score_input) {
    result.text = std::string(html);
    result.extract_seconds = SecondsSince(start);
    return;
  }
  try {
    Result<Article> article = klartext::Extract(html, extract_options);
    if (!article.ok()) {
      result.error = article.status().ToString();
    } else {
      result.text = article->Text();
      result.title = article->title;
      result.published = article->published;
      result.authors = article->authors;
      for (const auto& [field, source] : article->sources) {
        if (field == "title" || field == "published" || field == "authors") {
          result.sources[field] = std::string(SourceName(source));
        }
      }
    }
  } catch (const std::exception& e) {  // a defect in the library: show it, go on
    result.error = std::string("exception escaped Extract: ") + e.what();
  }
  result.extract_seconds = SecondsSince(start);
}

void LookUpPeer(const EvalPage& page, const PeerOutputs& peer, PageResult& result) {
  auto it = peer.find(page.name);
  if (it == peer.end()) {
    result.error = "no line for this page in the peer's output";
    return;
  }
  if (!it->second.has_text) {
    result.error = "the peer returned no text";
    return;
  }
  result.text = it->second.text;
  result.title = it->second.title;
  result.published = it->second.date;
  if (!it->second.author.empty()) result.authors = {it->second.author};
}

}  // namespace

std::string CallerUrl(const EvalPage& page) {
  const std::string_view url = page.url;
  const bool http = url.substr(0, 7) == "http://" || url.substr(0, 8) == "https://";
  return http ? page.url : std::string();
}

std::string_view InputModeName(InputMode mode) {
  return mode == InputMode::kHtml ? "html" : "text";
}

Result<PeerOutputs> LoadPeerOutputs(const std::string& path) {
  std::ifstream in(path);
  if (!in) return Status::IoError("cannot open " + path);
  PeerOutputs outputs;
  std::string line;
  int number = 0;
  while (std::getline(in, line)) {
    ++number;
    if (line.find_first_not_of(" \t\r") == std::string::npos) continue;
    nlohmann::json object = nlohmann::json::parse(line, nullptr, /*allow_exceptions=*/false);
    if (object.is_discarded() || !object.is_object() || !object.contains("page") ||
        !object["page"].is_string()) {
      return Status::Corrupt(path + ":" + std::to_string(number) + ": not a {\"page\": …} object");
    }
    PeerPage page;
    page.has_text = object.contains("text") && object["text"].is_string();
    page.text = JsonString(object, "text");
    page.title = JsonString(object, "title");
    page.author = JsonString(object, "author");
    page.date = JsonString(object, "date");
    outputs[object["page"].get<std::string>()] = std::move(page);
  }
  return outputs;
}

PageResult RunPage(const EvalPage& page, const RunOptions& options) {
  PageResult result;
  Result<std::string> html = ReadPageHtml(page);
  if (!html.ok()) {
    result.missing = true;
    result.error = html.status().ToString();
    return result;
  }
  result.input_bytes = html->size();
  result.german = IsGermanPage(*html, page.url);
  if (options.peer != nullptr) {
    LookUpPeer(page, *options.peer, result);
  } else {
    ExtractPage(page, *html, options, result);
  }
  // A failed page has empty outputs here, so it scores as empty output.
  if (page.set == EvalSet::kScrapinghub) {
    result.shingles = MatchShingles(page.truth_body, result.text);
  } else {
    result.segments = MatchSegments(result.text, page.with, page.without);
  }
  return result;
}

Result<SetRun> RunSet(EvalSet set, const RunOptions& options) {
  Result<std::vector<EvalPage>> pages = LoadPages(set, options.data_dir);
  if (!pages.ok()) return pages.status();
  SetRun run;
  run.set = set;
  run.mode = options.mode;
  run.system = options.peer != nullptr ? "peer" : options.score_input ? "input" : "klartext";
  run.pages = std::move(*pages);
  run.results.resize(run.pages.size());

  const Clock::time_point start = Clock::now();
  std::atomic<std::size_t> next{0};
  auto work = [&] {
    for (std::size_t i = next++; i < run.pages.size(); i = next++) {
      run.results[i] = RunPage(run.pages[i], options);
    }
  };
  const int threads = std::max(1, options.threads);
  std::vector<std::thread> helpers;
  for (int t = 1; t < threads; ++t) helpers.emplace_back(work);
  work();
  for (std::thread& helper : helpers) helper.join();
  run.wall_seconds = SecondsSince(start);
  return run;
}

}  // namespace klartext::eval
