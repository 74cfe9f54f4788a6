#include "importers/extract/lexicon.h"

#include <set>
#include <string>

#include "gtest/gtest.h"

namespace claimgraph::extract {
namespace {

std::string Join(const Hedge& h) {
  std::string s;
  for (size_t i = 0; i < h.size; ++i) {
    if (i > 0) s += ' ';
    s += h.words[i];
  }
  return s;
}

TEST(Lexicon, PrefixHedgesCoverTheRules) {
  std::set<std::pair<std::string, Qualifier>> hedges;
  for (const Hedge& h : PrefixHedges()) hedges.insert({Join(h), h.qualifier});
  // The qualifier lexicon of docs/extract.md, in both languages.
  const std::pair<std::string, Qualifier> want[] = {
      {"only", Qualifier::kExact},
      {"a total of", Qualifier::kExact},
      {"un totale di", Qualifier::kExact},
      {"at least", Qualifier::kAtLeast},
      {"no fewer than", Qualifier::kAtLeast},
      {"almeno", Qualifier::kAtLeast},
      {"non meno di", Qualifier::kAtLeast},
      {"more than", Qualifier::kMoreThan},
      {"over", Qualifier::kMoreThan},
      {"oltre", Qualifier::kMoreThan},
      {"più di", Qualifier::kMoreThan},
      {"superiore a", Qualifier::kMoreThan},
      {"up to", Qualifier::kAtMost},
      {"as many as", Qualifier::kAtMost},
      {"no more than", Qualifier::kAtMost},
      {"less than", Qualifier::kAtMost},
      {"under", Qualifier::kAtMost},
      {"fino a", Qualifier::kAtMost},
      {"al massimo", Qualifier::kAtMost},
      {"meno di", Qualifier::kAtMost},
      {"about", Qualifier::kAbout},
      {"approximately", Qualifier::kAbout},
      {"close to", Qualifier::kAbout},
      {"circa", Qualifier::kAbout},
      {"quasi", Qualifier::kAbout},
      {"intorno a", Qualifier::kAbout},
  };
  for (const auto& w : want) EXPECT_TRUE(hedges.count(w)) << w.first;
}

TEST(Lexicon, EveryHedgeIsWellFormed) {
  for (const Hedge& h : PrefixHedges()) {
    ASSERT_GE(h.size, 1u);
    ASSERT_LE(h.size, 4u);
    for (size_t i = 0; i < h.size; ++i) EXPECT_FALSE(h.words[i].empty()) << Join(h);
    EXPECT_NE(h.qualifier, Qualifier::kRange) << Join(h);
  }
  for (const Hedge& h : SuffixHedges()) EXPECT_GE(h.size, 1u);
}

TEST(Lexicon, FoldsItalianArticulatedPrepositions) {
  EXPECT_EQ(FoldPreposition("dei"), "di");
  EXPECT_EQ(FoldPreposition("delle"), "di");
  EXPECT_EQ(FoldPreposition("ai"), "a");
  EXPECT_EQ(FoldPreposition("alle"), "a");
  EXPECT_EQ(FoldPreposition("workers"), "workers");
}

TEST(Lexicon, Months) {
  EXPECT_TRUE(IsEnglishMonth("december"));
  EXPECT_TRUE(IsEnglishMonth("sept"));
  EXPECT_FALSE(IsEnglishMonth("gennaio"));
  EXPECT_TRUE(IsItalianMonth("gennaio"));
  EXPECT_TRUE(IsItalianMonth("dicembre"));
  EXPECT_TRUE(IsWeekday("martedì"));
  EXPECT_TRUE(IsWeekday("tuesday"));
  EXPECT_FALSE(IsWeekday("workers"));
}

TEST(Lexicon, FunctionWordsByLanguage) {
  EXPECT_TRUE(IsFunctionWord("the", Language::kEnglish));
  EXPECT_FALSE(IsFunctionWord("state", Language::kEnglish));  // a noun in English
  EXPECT_TRUE(IsFunctionWord("state", Language::kItalian));   // "sono state"
  EXPECT_TRUE(IsFunctionWord("state", Language::kAuto));
}

TEST(Lexicon, OtherLists) {
  EXPECT_TRUE(IsIdentifierNoun("gate"));
  EXPECT_TRUE(IsIdentifierNoun("articolo"));
  EXPECT_TRUE(IsFurnitureWord("views"));
  EXPECT_TRUE(IsYearContextWord("since"));
  EXPECT_TRUE(IsYearNoun("decision"));
  EXPECT_TRUE(IsTimeContextWord("alle"));
  EXPECT_TRUE(IsRateNoun("litre"));
  EXPECT_TRUE(IsEnglishStopWord("the"));
  EXPECT_TRUE(IsItalianStopWord("della"));
  EXPECT_FALSE(IsItalianStopWord("the"));
}

TEST(Lexicon, Currencies) {
  EXPECT_EQ(CurrencyOfSymbol("$"), "USD");
  EXPECT_EQ(CurrencyOfSymbol("€"), "EUR");
  EXPECT_EQ(CurrencyOfSymbol("₸"), "KZT");
  EXPECT_EQ(CurrencyOfSymbol("x"), "");
  EXPECT_EQ(CurrencyOfWord("tenge"), "KZT");
  EXPECT_EQ(CurrencyOfWord("rubli"), "RUB");
  EXPECT_EQ(CurrencyOfWord("workers"), "");
}

}  // namespace
}  // namespace claimgraph::extract
