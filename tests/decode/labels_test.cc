#include "decode/labels.h"

#include <gtest/gtest.h>

namespace klartext::decode {
namespace {

TEST(Labels, TableIsSortedAndUnique) {
  EXPECT_TRUE(internal::LabelTableIsSorted());
  EXPECT_GT(internal::LabelCount(), 200u);
}

TEST(Labels, BrowserAliasesOfWindows1252) {
  for (const char* label : {"latin1", "iso-8859-1", "ISO-8859-1", "us-ascii", "ascii", "l1", "cp1252",
                            "iso_8859-1:1987", "windows-1252", "x-cp1252", "ansi_x3.4-1968"}) {
    EXPECT_EQ(EncodingForLabel(label), Encoding::kWindows1252) << label;
  }
}

TEST(Labels, Utf8AndUtf16) {
  EXPECT_EQ(EncodingForLabel("utf8"), Encoding::kUtf8);
  EXPECT_EQ(EncodingForLabel("UTF-8"), Encoding::kUtf8);
  EXPECT_EQ(EncodingForLabel("unicode-1-1-utf-8"), Encoding::kUtf8);
  EXPECT_EQ(EncodingForLabel("utf-16"), Encoding::kUtf16Le);
  EXPECT_EQ(EncodingForLabel("unicodefffe"), Encoding::kUtf16Be);
}

TEST(Labels, TrimsAsciiWhitespaceOnly) {
  EXPECT_EQ(EncodingForLabel(" \t\n\f\rutf-8 \r\n"), Encoding::kUtf8);
  EXPECT_EQ(EncodingForLabel("\v utf-8"), std::nullopt);  // VT is not ASCII whitespace
  EXPECT_EQ(EncodingForLabel("utf -8"), std::nullopt);
}

TEST(Labels, OtherEncodings) {
  EXPECT_EQ(EncodingForLabel("iso8859-2"), Encoding::kIso8859_2);
  EXPECT_EQ(EncodingForLabel("latin9"), std::nullopt);  // not a WHATWG label
  EXPECT_EQ(EncodingForLabel("l9"), Encoding::kIso8859_15);
  EXPECT_EQ(EncodingForLabel("iso-8859-9"), Encoding::kWindows1254);
  EXPECT_EQ(EncodingForLabel("tis-620"), Encoding::kWindows874);
  EXPECT_EQ(EncodingForLabel("gb2312"), Encoding::kGbk);
  EXPECT_EQ(EncodingForLabel("x-sjis"), Encoding::kShiftJis);
  EXPECT_EQ(EncodingForLabel("ks_c_5601-1987"), Encoding::kEucKr);
  EXPECT_EQ(EncodingForLabel("koi8"), Encoding::kKoi8R);
  EXPECT_EQ(EncodingForLabel("iso-2022-kr"), Encoding::kReplacement);
  EXPECT_EQ(EncodingForLabel("x-user-defined"), Encoding::kXUserDefined);
  EXPECT_EQ(EncodingForLabel("cseucpkdfmtjapanese"), Encoding::kEucJp);  // the longest label
}

TEST(Labels, UnknownLabels) {
  for (const char* label : {"", "   ", "bogus", "utf-7", "replacement", "utf-32", "latin-1",
                            "cseucpkdfmtjapanesex", "a-label-much-longer-than-any-real-one"}) {
    EXPECT_EQ(EncodingForLabel(label), std::nullopt) << label;
  }
}

TEST(Labels, Names) {
  EXPECT_EQ(EncodingName(Encoding::kUtf8), "utf-8");
  EXPECT_EQ(EncodingName(Encoding::kWindows1252), "windows-1252");
  EXPECT_EQ(EncodingName(Encoding::kShiftJis), "shift_jis");
  EXPECT_EQ(EncodingName(Encoding::kXUserDefined), "x-user-defined");
  EXPECT_EQ(IconvName(Encoding::kWindows1252), "");
  EXPECT_EQ(IconvName(Encoding::kWindows1251), "WINDOWS-1251");
  // Every label resolves to an encoding whose name is itself a label of it.
  for (int i = 0; i <= static_cast<int>(Encoding::kXUserDefined); ++i) {
    auto e = static_cast<Encoding>(i);
    if (e == Encoding::kReplacement) continue;  // "replacement" is deliberately no label
    EXPECT_EQ(EncodingForLabel(EncodingName(e)), e) << EncodingName(e);
  }
}

}  // namespace
}  // namespace klartext::decode
