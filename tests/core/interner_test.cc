#include "core/interner.h"

#include <gtest/gtest.h>

#include <string>
#include <string_view>
#include <vector>

namespace claimgraph {
namespace {

TEST(InternerTest, EmptyStringIsSymbolZero) {
  Interner in;
  EXPECT_EQ(in.size(), 1u);
  EXPECT_EQ(in.Str(kNoSymbol), "");
  EXPECT_EQ(in.Intern(""), kNoSymbol);
  ASSERT_TRUE(in.Find("").has_value());
  EXPECT_EQ(*in.Find(""), kNoSymbol);
  EXPECT_EQ(in.size(), 1u);  // interning "" adds nothing
}

TEST(InternerTest, SameStringSameSymbolDistinctStringsDense) {
  Interner in;
  Symbol a = in.Intern("smk");
  Symbol b = in.Intern("kz-government");
  Symbol a2 = in.Intern(std::string("sm") + "k");  // equal text from another buffer
  EXPECT_EQ(a, 1u);
  EXPECT_EQ(b, 2u);
  EXPECT_EQ(a2, a);
  EXPECT_EQ(in.size(), 3u);
  EXPECT_EQ(in.Str(a), "smk");
  EXPECT_EQ(in.Str(b), "kz-government");
}

TEST(InternerTest, FindOfAbsentDoesNotAdd) {
  Interner in;
  in.Intern("present");
  EXPECT_FALSE(in.Find("absent").has_value());
  EXPECT_FALSE(in.Find("presen").has_value());   // a prefix
  EXPECT_FALSE(in.Find("present ").has_value()); // a longer string
  EXPECT_EQ(in.size(), 2u);
  ASSERT_TRUE(in.Find("present").has_value());
  EXPECT_EQ(*in.Find("present"), 1u);
}

TEST(InternerTest, DistinguishesEmbeddedNulAndCase) {
  Interner in;
  Symbol a = in.Intern(std::string_view("a", 1));
  Symbol a0 = in.Intern(std::string_view("a\0", 2));
  Symbol upper = in.Intern("A");
  EXPECT_NE(a, a0);
  EXPECT_NE(a, upper);
  EXPECT_EQ(in.Str(a0).size(), 2u);
  // Strings that differ only past the first 8-byte word, and only in the tail.
  Symbol x = in.Intern("abcdefgh-1");
  Symbol y = in.Intern("abcdefgh-2");
  EXPECT_NE(x, y);
  EXPECT_EQ(in.Str(x), "abcdefgh-1");
  EXPECT_EQ(in.Str(y), "abcdefgh-2");
}

TEST(InternerTest, ManyStringsGrowPastInitialTableAndViewsStayValid) {
  Interner in;
  Symbol first = in.Intern("first-string");
  std::string_view first_view = in.Str(first);
  const char* first_data = first_view.data();

  // The table starts with 1024 slots at load < 3/4: 50,000 strings force many growths.
  constexpr int kCount = 50000;
  std::vector<Symbol> symbols;
  std::vector<std::string_view> views;
  for (int i = 0; i < kCount; ++i) {
    std::string s = "claim-" + std::to_string(i * 7919) + (i % 3 ? "-x" : "");
    Symbol sym = in.Intern(s);
    symbols.push_back(sym);
    views.push_back(in.Str(sym));
  }
  EXPECT_EQ(in.size(), static_cast<uint32_t>(kCount + 2));  // "" and "first-string"
  // Dense, in first-sight order.
  for (int i = 0; i < kCount; ++i) EXPECT_EQ(symbols[i], static_cast<Symbol>(i + 2));
  // Every string still found after all the growths, with its own symbol.
  for (int i = 0; i < kCount; ++i) {
    std::string s = "claim-" + std::to_string(i * 7919) + (i % 3 ? "-x" : "");
    auto found = in.Find(s);
    ASSERT_TRUE(found.has_value()) << s;
    ASSERT_EQ(*found, symbols[i]) << s;
    ASSERT_EQ(in.Intern(s), symbols[i]) << s;
    // Views handed out before the growths point at the same bytes now.
    ASSERT_EQ(in.Str(symbols[i]).data(), views[i].data());
    ASSERT_EQ(views[i], s);
  }
  EXPECT_EQ(in.size(), static_cast<uint32_t>(kCount + 2));  // re-interning added nothing
  EXPECT_EQ(in.Str(first).data(), first_data);
  EXPECT_EQ(first_view, "first-string");
  EXPECT_FALSE(in.Find("claim-1").has_value());
}

TEST(InternerTest, ReleasedIndexKeepsSymbolsAndIsRebuiltOnIntern) {
  Interner in;
  std::vector<Symbol> symbols;
  std::vector<std::string_view> views;
  for (int i = 0; i < 5000; ++i) {
    symbols.push_back(in.Intern("doc-" + std::to_string(i)));
    views.push_back(in.Str(symbols.back()));
  }
  const size_t with_index = in.MemoryBytes();
  in.ReleaseIndex();
  EXPECT_LT(in.MemoryBytes(), with_index);
  EXPECT_EQ(in.size(), 5001u);
  for (int i = 0; i < 5000; ++i) {
    ASSERT_EQ(in.Str(symbols[i]).data(), views[i].data());       // the strings did not move
    ASSERT_EQ(in.Find("doc-" + std::to_string(i)), symbols[i]);  // by a scan now
  }
  EXPECT_EQ(in.Find(""), kNoSymbol);
  EXPECT_FALSE(in.Find("doc-5000").has_value());
  // Interning again builds the index anew: old strings keep their symbols, new
  // ones come next, and the index finds both.
  EXPECT_EQ(in.Intern("doc-4321"), symbols[4321]);
  EXPECT_EQ(in.Intern("doc-5000"), 5001u);
  EXPECT_EQ(in.Intern(""), kNoSymbol);
  for (int i = 0; i < 5000; ++i) ASSERT_EQ(in.Intern("doc-" + std::to_string(i)), symbols[i]);
  EXPECT_EQ(in.Find("doc-5000"), 5001u);
  EXPECT_EQ(in.size(), 5002u);
}

TEST(InternerTest, LongStringsLargerThanArenaBlock) {
  Interner in;
  std::string big(3 << 20, 'x');  // 3 MiB: larger than one 1 MiB block
  big[12345] = 'y';
  Symbol small1 = in.Intern("before");
  std::string_view before = in.Str(small1);
  Symbol s = in.Intern(big);
  Symbol small2 = in.Intern("after");
  EXPECT_EQ(in.Str(s), big);
  EXPECT_EQ(in.Str(small1), "before");
  EXPECT_EQ(before.data(), in.Str(small1).data());
  EXPECT_EQ(in.Str(small2), "after");
  EXPECT_EQ(*in.Find(big), s);
  EXPECT_GE(in.MemoryBytes(), big.size());
}

TEST(InternerTest, MoveKeepsSymbolsAndViews) {
  Interner in;
  Symbol a = in.Intern("alpha");
  std::string_view view = in.Str(a);
  Interner moved = std::move(in);
  EXPECT_EQ(moved.Str(a), "alpha");
  EXPECT_EQ(moved.Str(a).data(), view.data());
  EXPECT_EQ(*moved.Find("alpha"), a);
  EXPECT_EQ(moved.Intern("beta"), a + 1);
}

TEST(InternerTest, MoveAssignmentFreesTheOldStringsAndKeepsTheMovedViews) {
  Interner from;
  std::vector<std::string_view> views;
  for (int i = 0; i < 3000; ++i) {  // past one arena block (1 MiB)
    views.push_back(from.Str(from.Intern(std::string(500, 'a') + std::to_string(i))));
  }
  Interner to;
  to.Intern("replaced");
  to = std::move(from);
  for (int i = 0; i < 3000; ++i) {
    ASSERT_EQ(to.Str(static_cast<Symbol>(i + 1)).data(), views[i].data());
    ASSERT_EQ(views[i], std::string(500, 'a') + std::to_string(i));
  }
  EXPECT_EQ(*to.Find(std::string(500, 'a') + "2999"), 3000u);
  EXPECT_FALSE(to.Find("replaced").has_value());
  TextStore texts;
  const uint32_t quote = texts.Add("\"But this is not true!\"");
  TextStore moved = std::move(texts);
  EXPECT_EQ(moved.Get(quote), "\"But this is not true!\"");
}

TEST(InternerTest, HashIsDeterministicAndLengthSensitive) {
  EXPECT_EQ(Interner::Hash("proposition"), Interner::Hash(std::string("proposition")));
  EXPECT_NE(Interner::Hash(std::string_view("a", 1)), Interner::Hash(std::string_view("a\0", 2)));
  EXPECT_NE(Interner::Hash(""), Interner::Hash(std::string_view("\0", 1)));
}

TEST(ArenaTest, StoredViewsAreCopiesThatSurviveTheSource) {
  Arena arena;
  std::string_view stored;
  {
    std::string temp = "temporary text";
    stored = arena.Store(temp);
    temp.assign(temp.size(), '#');
  }
  EXPECT_EQ(stored, "temporary text");
  EXPECT_TRUE(arena.Store("").empty());
  EXPECT_EQ(arena.bytes_reserved(), size_t{1} << 20);
}

TEST(TextStoreTest, EmptyIsZeroAndNoDedup) {
  TextStore texts;
  EXPECT_EQ(texts.size(), 1u);
  EXPECT_EQ(texts.Add(""), 0u);
  EXPECT_EQ(texts.Get(0), "");
  uint32_t a = texts.Add("225, according to official figures");
  uint32_t b = texts.Add("225, according to official figures");
  EXPECT_EQ(a, 1u);
  EXPECT_EQ(b, 2u);  // texts are not deduplicated
  EXPECT_EQ(texts.Get(a), texts.Get(b));
  EXPECT_NE(texts.Get(a).data(), texts.Get(b).data());
}

}  // namespace
}  // namespace claimgraph
