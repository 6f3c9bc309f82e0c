// serve/params.h: every /api/search parameter checked before the corpus is asked.
#include "serve/params.h"

#include <gtest/gtest.h>

namespace klartext::serve {
namespace {

Result<SearchRequest> Parse(QueryParams params, int max_results = 100) {
  return ParseSearchRequest(params, {.max_results = max_results});
}

TEST(SearchParams, AllFiltersReachTheQuery) {
  auto r = Parse({{"q", "Sanktionen"}, {"speaker", "Peskow"}, {"entity", "Moskau"}, {"since", "2025-01-01"},
                  {"until", "2025-12-31"}, {"site", "zeitung.de"}, {"lang", "de"}, {"statements", "1"},
                  {"one_per_cluster", "true"}, {"limit", "7"}, {"offset", "14"}});
  ASSERT_TRUE(r.ok()) << r.status().ToString();
  EXPECT_EQ(r->query.text, "Sanktionen");
  EXPECT_EQ(r->query.speaker, "Peskow");
  EXPECT_EQ(r->query.entity, "Moskau");
  EXPECT_EQ(r->query.since, "2025-01-01");
  EXPECT_EQ(r->query.until, "2025-12-31");
  EXPECT_EQ(r->query.site, "zeitung.de");
  EXPECT_EQ(r->query.language, "de");
  EXPECT_TRUE(r->statements);
  EXPECT_TRUE(r->query.one_per_cluster);
  EXPECT_EQ(r->query.limit, 7);
  EXPECT_EQ(r->query.offset, 14);
}

TEST(SearchParams, LimitIsCappedNotRefused) {
  auto r = Parse({{"limit", "5000"}}, 50);
  ASSERT_TRUE(r.ok());
  EXPECT_EQ(r->query.limit, 50);
  EXPECT_EQ(Parse({}, 10)->query.limit, 10);  // the default never exceeds the cap
}

TEST(SearchParams, MistakesAreNamed) {
  for (const QueryParams& bad : std::vector<QueryParams>{
           {{"limt", "5"}},
           {{"since", "March"}},
           {{"until", "2025-02-30x"}},
           {{"statements", "yes"}},
           {{"limit", "0"}},
           {{"offset", "-1"}},
           {{"offset", "99999999"}},
           {{"lang", "deutsch"}},
           {{"q", "a"}, {"q", "b"}},
           {{"q", std::string(kMaxTextParam + 1, 'x')}},
           {{"since", "2025-05-01"}, {"until", "2025-04-01"}},
       }) {
    auto r = Parse(bad);
    EXPECT_FALSE(r.ok()) << bad.begin()->first << "=" << bad.begin()->second;
    if (!r.ok()) {
      EXPECT_EQ(r.status().code(), Status::Code::kInvalidArgument);
    }
  }
}

TEST(PathId, PositiveWholeNumbersOnly) {
  EXPECT_EQ(*ParseId("42"), 42);
  for (const char* bad : {"", "0", "-3", "4x", "+5", "99999999999999999999999", "1.5"}) {
    EXPECT_FALSE(ParseId(bad).ok()) << bad;
  }
}

}  // namespace
}  // namespace klartext::serve
