#include "importers/extract/sentence_splitter.h"

#include <string>
#include <string_view>
#include <vector>

#include "gtest/gtest.h"

namespace claimgraph::extract {
namespace {

std::vector<std::string> Sentences(std::string_view text) {
  Result<std::vector<Token>> tokens = Tokenize(text);
  EXPECT_TRUE(tokens.ok());
  std::vector<std::string> out;
  for (const SentenceSpan& s : SplitSentences(*tokens)) {
    out.emplace_back(text.substr(s.start, s.end - s.start));
  }
  return out;
}

using V = std::vector<std::string>;

TEST(SentenceSplitter, EndsAtTerminalPunctuation) {
  EXPECT_EQ(Sentences("The strike began. At least 164 died! Why? Yes."),
            (V{"The strike began.", "At least 164 died!", "Why?", "Yes."}));
}

TEST(SentenceSplitter, ClosingQuotesStayWithTheSentence) {
  EXPECT_EQ(Sentences("He said “no.” Then 5 left."), (V{"He said “no.”", "Then 5 left."}));
}

TEST(SentenceSplitter, AbbreviationsAndInitialsDoNotEndSentences) {
  EXPECT_EQ(Sentences("Dr. Smith met Mr. Green of Buzachi LTD. in Aktau."),
            (V{"Dr. Smith met Mr. Green of Buzachi LTD. in Aktau."}));
  EXPECT_EQ(Sentences("J. Green wrote it."), (V{"J. Green wrote it."}));
}

TEST(SentenceSplitter, DecimalsAndLowerCaseDoNotEndSentences) {
  EXPECT_EQ(Sentences("It rose 1.5 percent. and so on."), (V{"It rose 1.5 percent. and so on."}));
}

TEST(SentenceSplitter, LinesAndParagraphs) {
  EXPECT_EQ(Sentences("Title\n\nFirst line\nSecond line"),
            (V{"Title", "First line", "Second line"}));
  // A wrapped line (lower-case start) continues the sentence.
  EXPECT_EQ(Sentences("Building solidarity in 2022\nfaces obstacles."),
            (V{"Building solidarity in 2022\nfaces obstacles."}));
}

TEST(SentenceSplitter, EveryTokenInOneSentence) {
  Result<std::vector<Token>> tokens = Tokenize("A. B c. D\n\nE");
  ASSERT_TRUE(tokens.ok());
  std::vector<SentenceSpan> s = SplitSentences(*tokens);
  ASSERT_FALSE(s.empty());
  EXPECT_EQ(s.front().first_token, 0u);
  EXPECT_EQ(s.back().last_token, tokens->size() - 1);
  for (size_t i = 1; i < s.size(); ++i) EXPECT_EQ(s[i].first_token, s[i - 1].last_token + 1);
  EXPECT_TRUE(SplitSentences({}).empty());
}

}  // namespace
}  // namespace claimgraph::extract
