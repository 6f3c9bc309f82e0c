#include "serve/params.h"

#include <algorithm>
#include <array>
#include <charconv>

namespace klartext::serve {
namespace {

constexpr int kDefaultLimit = 20;

constexpr std::array<std::string_view, 11> kSearchParams = {
    "q", "speaker", "entity", "since", "until", "site", "lang", "statements", "one_per_cluster", "limit", "offset"};

bool IsDigit(char c) { return c >= '0' && c <= '9'; }

// "YYYY-MM-DD" with a plausible month and day; the corpus compares dates
// as text, so this exact shape is what makes the comparison right.
bool IsIsoDate(std::string_view s) {
  if (s.size() != 10 || s[4] != '-' || s[7] != '-') return false;
  for (std::size_t i : {0, 1, 2, 3, 5, 6, 8, 9}) {
    if (!IsDigit(s[i])) return false;
  }
  const int month = (s[5] - '0') * 10 + (s[6] - '0');
  const int day = (s[8] - '0') * 10 + (s[9] - '0');
  return month >= 1 && month <= 12 && day >= 1 && day <= 31;
}

// A language tag as pages declare it: two or three ASCII letters.
bool IsLanguage(std::string_view s) {
  if (s.size() < 2 || s.size() > 3) return false;
  return std::all_of(s.begin(), s.end(), [](char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); });
}

Status ParseFlag(std::string_view name, std::string_view value, bool* out) {
  if (value == "1" || value == "true" || value.empty()) {
    *out = true;
  } else if (value == "0" || value == "false") {
    *out = false;
  } else {
    return Status::InvalidArgument(std::string(name) + " must be 1 or 0, not \"" + std::string(value) + "\"");
  }
  return {};
}

Status ParseBoundedInt(std::string_view name, std::string_view value, int lo, int hi, int* out) {
  int v = 0;
  auto [end, ec] = std::from_chars(value.data(), value.data() + value.size(), v);
  if (ec != std::errc() || end != value.data() + value.size() || v < lo || v > hi) {
    return Status::InvalidArgument(std::string(name) + " must be a whole number from " + std::to_string(lo) + " to " +
                                   std::to_string(hi));
  }
  *out = v;
  return {};
}

}  // namespace

Result<SearchRequest> ParseSearchRequest(const QueryParams& params, const SearchLimits& limits) {
  SearchRequest request;
  CorpusQuery& r = request.query;
  r.limit = std::min(kDefaultLimit, limits.max_results);
  for (auto it = params.begin(); it != params.end(); ++it) {
    const std::string& name = it->first;
    const std::string& value = it->second;
    if (std::find(kSearchParams.begin(), kSearchParams.end(), name) == kSearchParams.end()) {
      return Status::InvalidArgument("unknown parameter \"" + name + "\"");
    }
    if (params.count(name) > 1) return Status::InvalidArgument("parameter \"" + name + "\" given more than once");
    Status s;
    if (name == "q" || name == "speaker" || name == "entity" || name == "site") {
      if (value.size() > kMaxTextParam) {
        return Status::InvalidArgument(name + " is longer than " + std::to_string(kMaxTextParam) + " bytes");
      }
      (name == "q" ? r.text : name == "speaker" ? r.speaker : name == "entity" ? r.entity : r.site) = value;
    } else if (name == "since" || name == "until") {
      if (!value.empty() && !IsIsoDate(value)) {
        return Status::InvalidArgument(name + " must be a date YYYY-MM-DD, not \"" + value + "\"");
      }
      (name == "since" ? r.since : r.until) = value;
    } else if (name == "lang") {
      if (!value.empty() && !IsLanguage(value)) {
        return Status::InvalidArgument("lang must be a language code such as de or en");
      }
      r.language = value;
    } else if (name == "statements") {
      s = ParseFlag(name, value, &request.statements);
    } else if (name == "one_per_cluster") {
      s = ParseFlag(name, value, &r.one_per_cluster);
    } else if (name == "limit") {
      // Asking for more than the cap is not an error: the answer says
      // which limit applied, and the client pages with offset.
      s = ParseBoundedInt(name, value, 1, 1 << 30, &r.limit);
      r.limit = std::min(r.limit, limits.max_results);
    } else if (name == "offset") {
      s = ParseBoundedInt(name, value, 0, limits.max_offset, &r.offset);
    }
    if (!s.ok()) return s;
  }
  if (!r.since.empty() && !r.until.empty() && r.since > r.until) {
    return Status::InvalidArgument("since is after until");
  }
  return request;
}

Result<std::int64_t> ParseId(std::string_view text) {
  std::int64_t v = 0;
  auto [end, ec] = std::from_chars(text.data(), text.data() + text.size(), v);
  if (text.empty() || !IsDigit(text[0]) || ec != std::errc() || end != text.data() + text.size() || v <= 0) {
    return Status::InvalidArgument("an id is a positive whole number, not \"" + std::string(text) + "\"");
  }
  return v;
}

}  // namespace klartext::serve
