#include "datasets.h"

#include <algorithm>
#include <array>
#include <nlohmann/json.hpp>

#include "gzip_file.h"

namespace klartext::eval {
namespace {

using nlohmann::json;

std::string StringField(const json& object, const char* key) {
  auto it = object.find(key);
  return it != object.end() && it->is_string() ? it->get<std::string>() : std::string();
}

std::vector<std::string> StringList(const json& object, const char* key) {
  std::vector<std::string> out;
  auto it = object.find(key);
  if (it == object.end() || !it->is_array()) return out;
  for (const json& item : *it) {
    if (item.is_string()) out.push_back(item.get<std::string>());
  }
  return out;
}

Result<json> ReadJson(const std::string& path) {
  Result<std::string> text = ReadPlainFile(path);
  if (!text.ok()) return text.status();
  json parsed = json::parse(*text, nullptr, /*allow_exceptions=*/false);
  if (parsed.is_discarded() || !parsed.is_object()) {
    return Status::Corrupt(path + " is not a JSON object");
  }
  return parsed;
}

char AsciiLower(char c) { return (c >= 'A' && c <= 'Z') ? static_cast<char>(c + 32) : c; }

std::string AsciiLower(std::string_view s) {
  std::string out(s);
  for (char& c : out) c = AsciiLower(c);
  return out;
}

// The host of an absolute URL, lowercased, without port or credentials.
std::string UrlHost(std::string_view url) {
  const std::size_t scheme = url.find("://");
  if (scheme == std::string_view::npos) return {};
  url.remove_prefix(scheme + 3);
  url = url.substr(0, url.find_first_of("/?#"));
  const std::size_t at = url.rfind('@');
  if (at != std::string_view::npos) url.remove_prefix(at + 1);
  url = url.substr(0, url.find(':'));
  return AsciiLower(url);
}

// The value of the lang attribute of the first <html> start tag, lowercased;
// empty when there is none. A plain scan, not a parse: the eval must not
// depend on the parser it measures.
std::string HtmlLang(std::string_view html) {
  // Only the head of the page is looked at: <html> comes first.
  constexpr std::size_t kScanBytes = 64 * 1024;
  const std::string head = AsciiLower(html.substr(0, kScanBytes));
  std::size_t tag = head.find("<html");
  while (tag != std::string::npos) {
    const char after = tag + 5 < head.size() ? head[tag + 5] : '>';
    if (after == '>' || after == ' ' || after == '\t' || after == '\n' || after == '\r' ||
        after == '/') {
      break;
    }
    tag = head.find("<html", tag + 1);
  }
  if (tag == std::string::npos) return {};
  const std::size_t end = head.find('>', tag);
  const std::string_view attrs = std::string_view(head).substr(tag, end == std::string::npos ? std::string::npos : end - tag);
  for (std::size_t at = attrs.find("lang"); at != std::string_view::npos; at = attrs.find("lang", at + 1)) {
    // "lang" as a whole attribute name, not "xml:lang"'s tail nor "language".
    const char before = attrs[at - 1];
    if (before != ' ' && before != '\t' && before != '\n' && before != '\r' && before != ':') continue;
    std::size_t i = at + 4;
    while (i < attrs.size() && (attrs[i] == ' ' || attrs[i] == '\t' || attrs[i] == '\n')) ++i;
    if (i >= attrs.size() || attrs[i] != '=') continue;
    ++i;
    while (i < attrs.size() && (attrs[i] == ' ' || attrs[i] == '\t' || attrs[i] == '\n')) ++i;
    if (i < attrs.size() && (attrs[i] == '"' || attrs[i] == '\'')) ++i;
    std::size_t stop = i;
    while (stop < attrs.size() && attrs[stop] != '"' && attrs[stop] != '\'' && attrs[stop] != ' ' &&
           attrs[stop] != '>') {
      ++stop;
    }
    return std::string(attrs.substr(i, stop - i));
  }
  return {};
}

bool EndsWith(std::string_view s, std::string_view suffix) {
  return s.size() >= suffix.size() && s.substr(s.size() - suffix.size()) == suffix;
}

Result<std::vector<EvalPage>> LoadScrapinghub(const std::string& dir) {
  Result<json> truth = ReadJson(dir + "/ground-truth.json");
  if (!truth.ok()) return truth.status();
  std::vector<EvalPage> pages;
  for (const auto& [id, entry] : truth->items()) {  // nlohmann objects iterate sorted
    if (!entry.is_object()) return Status::Corrupt("ground-truth.json: entry " + id + " is not an object");
    EvalPage page;
    page.set = EvalSet::kScrapinghub;
    page.name = id;
    page.url = StringField(entry, "url");
    page.html_path = dir + "/html/" + id + ".html.gz";
    page.truth_body = StringField(entry, "articleBody");
    pages.push_back(std::move(page));
  }
  return pages;
}

Result<std::vector<EvalPage>> LoadTrafilatura(const std::string& dir) {
  Result<json> data = ReadJson(dir + "/evaldata.json");
  if (!data.ok()) return data.status();
  std::vector<EvalPage> pages;
  for (const auto& [url, entry] : data->items()) {
    if (!entry.is_object()) return Status::Corrupt("evaldata.json: entry " + url + " is not an object");
    EvalPage page;
    page.set = EvalSet::kTrafilatura;
    page.name = StringField(entry, "file");
    if (page.name.empty()) return Status::Corrupt("evaldata.json: entry " + url + " has no file");
    page.url = url;
    page.html_path = dir + "/html/" + page.name + ".gz";
    page.with = StringList(entry, "with");
    page.without = StringList(entry, "without");
    page.title = StringField(entry, "title");
    page.date = StringField(entry, "date");
    page.author = StringField(entry, "author");
    pages.push_back(std::move(page));
  }
  return pages;
}

}  // namespace

std::string_view EvalSetName(EvalSet set) {
  return set == EvalSet::kScrapinghub ? "scrapinghub" : "trafilatura";
}

std::string_view EvalSetDir(EvalSet set) {
  return set == EvalSet::kScrapinghub ? "scrapinghub-dev" : "trafilatura-eval-dev";
}

Result<std::vector<EvalPage>> LoadPages(EvalSet set, const std::string& data_dir) {
  const std::string dir = data_dir + "/" + std::string(EvalSetDir(set));
  return set == EvalSet::kScrapinghub ? LoadScrapinghub(dir) : LoadTrafilatura(dir);
}

Result<std::string> ReadPageHtml(const EvalPage& page) { return ReadGzipFile(page.html_path); }

bool IsGermanPage(std::string_view html, std::string_view url) {
  const std::string lang = HtmlLang(html);
  if (lang.size() >= 2 && lang.compare(0, 2, "de") == 0 && (lang.size() == 2 || lang[2] == '-' || lang[2] == '_')) {
    return true;
  }
  const std::string host = UrlHost(url);
  constexpr std::array<std::string_view, 3> kGermanTlds = {".de", ".at", ".ch"};
  return std::any_of(kGermanTlds.begin(), kGermanTlds.end(),
                     [&](std::string_view tld) { return EndsWith(host, tld); });
}

}  // namespace klartext::eval
