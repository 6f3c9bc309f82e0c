// serve/params.h: the query parameters of the API, checked.
//
// Every parameter is validated before the corpus is asked anything, so a
// typo ("limt=5", "since=March") is a 400 with a message naming it, not a
// silently ignored filter.
#ifndef KLARTEXT_SERVE_PARAMS_H_
#define KLARTEXT_SERVE_PARAMS_H_

#include <cstdint>
#include <map>
#include <string>
#include <string_view>

#include "klartext/status.h"
#include "serve/backend.h"

namespace klartext::serve {

// Query parameters as the HTTP library decodes them (name → value; a name
// may repeat).
using QueryParams = std::multimap<std::string, std::string>;

// Limits on what one search may ask for.
struct SearchLimits {
  int max_results = 100;  // `limit` above this is capped to it
  // Deep pages cost SQLite a scan of every skipped row; past this offset
  // a client should narrow the query instead.
  int max_offset = 10000;
};

// Longest value accepted for a text parameter (q, speaker, entity, site):
// far beyond any real query, short enough that FTS5 never sees a novel.
inline constexpr std::size_t kMaxTextParam = 500;

// Checks and converts /api/search parameters. InvalidArgument names the
// parameter at fault: unknown name, repeated name, bad number, bad date,
// bad flag, too long.
Result<SearchRequest> ParseSearchRequest(const QueryParams& params, const SearchLimits& limits);

// An id in a path (/api/articles/{id}): a positive decimal integer.
Result<std::int64_t> ParseId(std::string_view text);

}  // namespace klartext::serve

#endif  // KLARTEXT_SERVE_PARAMS_H_
