#include "importers/extract/tokenizer.h"

#include <string>
#include <string_view>
#include <vector>

#include "gtest/gtest.h"

namespace claimgraph::extract {
namespace {

std::vector<Token> Tok(std::string_view text) {
  Result<std::vector<Token>> r = Tokenize(text);
  EXPECT_TRUE(r.ok()) << r.status().ToString();
  return r.ok() ? *r : std::vector<Token>{};
}

std::string Slice(std::string_view text, const Token& t) {
  return std::string(text.substr(t.start, t.end - t.start));
}

TEST(Tokenizer, WordsNumbersAndPunctuation) {
  std::string_view text = "At least 164 people, (16,000 in all).";
  std::vector<Token> t = Tok(text);
  ASSERT_EQ(t.size(), 11u);
  EXPECT_EQ(t[0].kind, TokenKind::kWord);
  EXPECT_TRUE(t[0].capitalized);
  EXPECT_EQ(t[0].lower, "at");
  EXPECT_EQ(t[2].kind, TokenKind::kNumber);
  EXPECT_EQ(Slice(text, t[2]), "164");
  EXPECT_EQ(t[4].kind, TokenKind::kPunct);
  EXPECT_EQ(Slice(text, t[6]), "16,000");
  EXPECT_FALSE(t[6].space_before);  // glued to "("
  EXPECT_EQ(Slice(text, t[10]), ".");
}

TEST(Tokenizer, SeparatorsStayInsideNumbersOnlyBetweenDigits) {
  std::string_view text = "4,5 e 40.000 nel 2011. Fine, 7";
  std::vector<Token> t = Tok(text);
  EXPECT_EQ(Slice(text, t[0]), "4,5");
  EXPECT_EQ(Slice(text, t[2]), "40.000");
  EXPECT_EQ(Slice(text, t[4]), "2011");
  EXPECT_EQ(Slice(text, t[5]), ".");
}

TEST(Tokenizer, SpacesGroupThousands) {
  std::string_view text = "40\u00a0000 persone e 1 500 tenge";
  std::vector<Token> t = Tok(text);
  EXPECT_EQ(Slice(text, t[0]), "40\u00a0000");
  EXPECT_EQ(Slice(text, t[3]), "1 500");
}

TEST(Tokenizer, SpacedChainsAndLongHeadsStayApart) {
  // Phone numbers: more than one spaced group.
  std::string_view phone = "800 065 510";
  std::vector<Token> t = Tok(phone);
  ASSERT_EQ(t.size(), 3u);
  EXPECT_EQ(Slice(phone, t[0]), "800");
  // A year before a count: four digits never head a spaced group.
  std::string_view year = "in 2011 500 workers";
  t = Tok(year);
  EXPECT_EQ(Slice(year, t[1]), "2011");
  EXPECT_EQ(Slice(year, t[2]), "500");
  // Not three digits after the space.
  std::string_view two = "12 34";
  EXPECT_EQ(Tok(two).size(), 2u);
}

TEST(Tokenizer, OffsetsAreBytesAcrossMultiByteText) {
  // Cyrillic, accented Latin and curly quotes before the number.
  std::string_view text = "Жанаозен — città “libera”: 225 morti";
  std::vector<Token> t = Tok(text);
  const Token* number = nullptr;
  for (const Token& tok : t) {
    if (tok.kind == TokenKind::kNumber) number = &tok;
  }
  ASSERT_NE(number, nullptr);
  EXPECT_EQ(number->start, text.find("225"));
  EXPECT_EQ(Slice(text, *number), "225");
  EXPECT_EQ(t[0].kind, TokenKind::kWord);
  EXPECT_EQ(Slice(text, t[0]), "Жанаозен");
  EXPECT_TRUE(t[0].capitalized);
  EXPECT_EQ(t[1].kind, TokenKind::kPunct);  // the em dash
  EXPECT_EQ(Slice(text, t[2]), "città");
}

TEST(Tokenizer, ApostrophesAndHyphensSplitWords) {
  std::string_view text = "dell’età two-day";
  std::vector<Token> t = Tok(text);
  ASSERT_EQ(t.size(), 6u);
  EXPECT_EQ(t[0].lower, "dell");
  EXPECT_EQ(t[1].lower, "’");
  EXPECT_EQ(t[2].lower, "età");
  EXPECT_EQ(t[3].lower, "two");
  EXPECT_EQ(t[4].lower, "-");
  EXPECT_FALSE(t[4].space_before);
}

TEST(Tokenizer, LowerCasesLatinOneCapitals) {
  std::vector<Token> t = Tok("PIÙ Èra");
  EXPECT_EQ(t[0].lower, "più");
  EXPECT_TRUE(t[1].capitalized);
  EXPECT_EQ(t[1].lower, "èra");
}

TEST(Tokenizer, LineBreaksAndParagraphs) {
  std::vector<Token> t = Tok("one\ntwo\n\nthree");
  EXPECT_TRUE(t[1].newline_before);
  EXPECT_FALSE(t[1].blank_before);
  EXPECT_TRUE(t[2].blank_before);
}

TEST(Tokenizer, InvalidUtf8IsAnErrorWithItsPlace) {
  Result<std::vector<Token>> r = Tokenize("fine\nab\xff");
  ASSERT_FALSE(r.ok());
  EXPECT_EQ(r.status().code(), StatusCode::kInvalidInput);
  EXPECT_EQ(r.status().ToString(), ":2:3: invalid UTF-8 byte 0xff");
  EXPECT_FALSE(Tokenize("\xc3").ok());          // truncated sequence
  EXPECT_FALSE(Tokenize("\xc0\xaf").ok());      // overlong '/'
  EXPECT_FALSE(Tokenize("\xed\xa0\x80").ok());  // a surrogate
}

TEST(Tokenizer, DecodesUtf8) {
  size_t len = 0;
  EXPECT_EQ(DecodeUtf8("€", 0, &len), 0x20AC);
  EXPECT_EQ(len, 3u);
  EXPECT_EQ(DecodeUtf8("a", 0, &len), 'a');
  EXPECT_EQ(len, 1u);
  EXPECT_TRUE(IsSpaceCodePoint(0xA0));
  EXPECT_FALSE(IsSpaceCodePoint('x'));
}

}  // namespace
}  // namespace claimgraph::extract
