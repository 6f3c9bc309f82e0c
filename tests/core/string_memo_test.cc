// tests/core/string_memo_test.cc: StringMemo computes once per distinct key
// and answers each key with its own value, whatever the hash makes of it.
#include "core/string_memo.h"

#include <gtest/gtest.h>

#include <string>
#include <string_view>
#include <vector>

namespace klartext {
namespace {

TEST(StringMemo, ComputesEachDistinctKeyOnce) {
  StringMemo<std::size_t> memo;
  int calls = 0;
  auto length = [&](std::string_view s) {
    ++calls;
    return s.size();
  };
  const std::string a = "article-body", b = "nav";
  EXPECT_EQ(memo.Get(a, length), 12u);
  EXPECT_EQ(memo.Get(b, length), 3u);
  EXPECT_EQ(memo.Get(a, length), 12u);
  // Equal text in another buffer is the same key.
  const std::string a_again = "article-body";
  EXPECT_EQ(memo.Get(a_again, length), 12u);
  EXPECT_EQ(calls, 2);
}

TEST(StringMemo, EmptyKeyIsAKeyLikeAnyOther) {
  StringMemo<int> memo;
  int calls = 0;
  auto seven = [&](std::string_view) {
    ++calls;
    return 7;
  };
  EXPECT_EQ(memo.Get("", seven), 7);
  EXPECT_EQ(memo.Get("", seven), 7);
  EXPECT_EQ(calls, 1);
}

// The hash reads only the first, middle and last eight bytes and the
// length: keys that differ elsewhere all hash alike and must still be told
// apart, also after the table grows past its first size.
TEST(StringMemo, KeysAlikeWhereTheHashLooksStayApart) {
  std::vector<std::string> keys;
  for (int i = 0; i < 2000; ++i) {
    std::string k(40, 'x');
    const std::string n = std::to_string(i);
    k.replace(9, n.size(), n);  // between the first and the middle word
    keys.push_back(k);
  }
  StringMemo<int> memo;
  int calls = 0;
  for (int i = 0; i < static_cast<int>(keys.size()); ++i) {
    EXPECT_EQ(memo.Get(keys[static_cast<std::size_t>(i)], [&](std::string_view) { return ++calls, i; }), i);
  }
  for (int i = 0; i < static_cast<int>(keys.size()); ++i) {
    EXPECT_EQ(memo.Get(keys[static_cast<std::size_t>(i)], [&](std::string_view) { return ++calls, -1; }), i);
  }
  EXPECT_EQ(calls, 2000);
}

}  // namespace
}  // namespace klartext
