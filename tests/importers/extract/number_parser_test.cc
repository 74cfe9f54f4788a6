#include "importers/extract/number_parser.h"

#include <string_view>
#include <vector>

#include "gtest/gtest.h"

namespace claimgraph::extract {
namespace {

constexpr Language kEn = Language::kEnglish;
constexpr Language kIt = Language::kItalian;

TEST(ParseDigits, EnglishConvention) {
  EXPECT_EQ(ParseDigits("20,000", kEn), 20000);
  EXPECT_EQ(ParseDigits("1,234,567", kEn), 1234567);
  EXPECT_EQ(ParseDigits("1.5", kEn), 1.5);
  EXPECT_EQ(ParseDigits("1,234.5", kEn), 1234.5);
  EXPECT_EQ(ParseDigits("1.250", kEn), 1.25);  // one dot: a decimal mark in English
  EXPECT_EQ(ParseDigits("164", kEn), 164);
}

TEST(ParseDigits, ItalianConvention) {
  EXPECT_EQ(ParseDigits("40.000", kIt), 40000);
  EXPECT_EQ(ParseDigits("4,5", kIt), 4.5);
  EXPECT_EQ(ParseDigits("0,0021", kIt), 0.0021);
  EXPECT_EQ(ParseDigits("1.234.567,89", kIt), 1234567.89);
  EXPECT_EQ(ParseDigits("1,250", kIt), 1.25);  // one comma: a decimal mark in Italian
  EXPECT_EQ(ParseDigits("2.500", kIt), 2500);
}

TEST(ParseDigits, MeaningWinsOverABrokenConvention) {
  // Several equal separators group thousands, whatever the language.
  EXPECT_EQ(ParseDigits("1.234.567", kEn), 1234567);
  EXPECT_EQ(ParseDigits("1,234,567", kIt), 1234567);
  // Not three digits after the only separator: a decimal mark.
  EXPECT_EQ(ParseDigits("4,5", kEn), 4.5);
  EXPECT_EQ(ParseDigits("1.5", kIt), 1.5);
  // ",000" is thousands in both.
  EXPECT_EQ(ParseDigits("20,000", kIt), 20000);
  EXPECT_EQ(ParseDigits("20.000", kEn), 20000);
  // A leading zero is a decimal.
  EXPECT_EQ(ParseDigits("0.125", kIt), 0.125);
}

TEST(ParseDigits, TypographicSpaceGroupsThousands) {
  EXPECT_EQ(ParseDigits("40\u00a0000", kIt), 40000);
  EXPECT_EQ(ParseDigits("1\u202f234\u202f567", kEn), 1234567);
}

TEST(ParseDigits, MalformedGroupsAreNoNumber) {
  EXPECT_FALSE(ParseDigits("20.01.2022", kIt));  // a date
  EXPECT_FALSE(ParseDigits("1,23,4", kEn));
  EXPECT_FALSE(ParseDigits("1234,567,890", kEn));
  EXPECT_FALSE(ParseDigits("1.234,5.6", kIt));
  EXPECT_FALSE(ParseDigits("", kEn));
}

TEST(Multipliers, WordsPerLanguage) {
  EXPECT_EQ(MultiplierWord("million", kEn), 1e6);
  EXPECT_EQ(MultiplierWord("thousand", kEn), 1e3);
  EXPECT_EQ(MultiplierWord("billion", kEn), 1e9);
  EXPECT_EQ(MultiplierWord("bn", kEn), 1e9);
  EXPECT_EQ(MultiplierWord("mila", kIt), 1e3);
  EXPECT_EQ(MultiplierWord("milioni", kIt), 1e6);
  EXPECT_EQ(MultiplierWord("miliardi", kIt), 1e9);
  EXPECT_FALSE(MultiplierWord("mila", kEn));
  EXPECT_FALSE(MultiplierWord("million", kIt));
  EXPECT_FALSE(MultiplierWord("people", kEn));
}

TEST(Multipliers, SuffixesGluedToDigits) {
  EXPECT_EQ(MultiplierSuffix("m"), 1e6);
  EXPECT_EQ(MultiplierSuffix("bn"), 1e9);
  EXPECT_EQ(MultiplierSuffix("k"), 1e3);
  EXPECT_EQ(MultiplierSuffix("mila"), 1e3);
  EXPECT_EQ(MultiplierSuffix("mln"), 1e6);
  EXPECT_FALSE(MultiplierSuffix("th"));
  EXPECT_FALSE(MultiplierSuffix("km"));
}

TEST(ItalianNumberWords, Composed) {
  EXPECT_EQ(ParseItalianNumberWord("quaranta"), 40);
  EXPECT_EQ(ParseItalianNumberWord("duecento"), 200);
  EXPECT_EQ(ParseItalianNumberWord("trentaquattro"), 34);
  EXPECT_EQ(ParseItalianNumberWord("ventuno"), 21);
  EXPECT_EQ(ParseItalianNumberWord("ventotto"), 28);
  EXPECT_EQ(ParseItalianNumberWord("ventitré"), 23);
  EXPECT_EQ(ParseItalianNumberWord("centotto"), 108);
  EXPECT_EQ(ParseItalianNumberWord("centottanta"), 180);
  EXPECT_EQ(ParseItalianNumberWord("cento"), 100);
  EXPECT_EQ(ParseItalianNumberWord("mille"), 1000);
  EXPECT_EQ(ParseItalianNumberWord("duemila"), 2000);
  EXPECT_EQ(ParseItalianNumberWord("tremilacinquecento"), 3500);
  EXPECT_EQ(ParseItalianNumberWord("duecentocinquantamila"), 250000);
  EXPECT_EQ(ParseItalianNumberWord("millecento"), 1100);
  EXPECT_EQ(ParseItalianNumberWord("diciassette"), 17);
  EXPECT_EQ(ParseItalianNumberWord("novecentonovantanove"), 999);
}

TEST(ItalianNumberWords, NotNumbers) {
  EXPECT_FALSE(ParseItalianNumberWord("un"));
  EXPECT_FALSE(ParseItalianNumberWord("una"));
  EXPECT_FALSE(ParseItalianNumberWord("centro"));
  EXPECT_FALSE(ParseItalianNumberWord("trentino"));
  EXPECT_FALSE(ParseItalianNumberWord("milano"));
  EXPECT_FALSE(ParseItalianNumberWord("settembre"));
  EXPECT_FALSE(ParseItalianNumberWord("mila"));
  EXPECT_FALSE(ParseItalianNumberWord("unomila"));
}

WordNumber En(std::vector<std::string_view> words) { return ParseEnglishWords(words); }
WordNumber It(std::vector<std::string_view> words) { return ParseItalianWords(words); }

TEST(EnglishNumberWords, Compounds) {
  EXPECT_EQ(En({"thirty", "-", "four", "oil"}).value, 34);
  EXPECT_EQ(En({"thirty", "-", "four", "oil"}).consumed, 3u);
  EXPECT_EQ(En({"five", "hundred", "workers"}).value, 500);
  EXPECT_EQ(En({"five", "hundred", "workers"}).consumed, 2u);
  WordNumber big = En({"two", "hundred", "and", "fifty", "thousand", "people"});
  EXPECT_EQ(big.value, 250000);
  EXPECT_EQ(big.consumed, 5u);
  EXPECT_TRUE(big.has_scale);
  EXPECT_EQ(En({"three", "million", "four", "hundred", "thousand"}).value, 3400000);
  EXPECT_EQ(En({"forty"}).value, 40);
  EXPECT_EQ(En({"one", "million"}).value, 1e6);
}

TEST(EnglishNumberWords, ArticleForms) {
  EXPECT_EQ(En({"a", "hundred", "people"}).value, 100);
  EXPECT_EQ(En({"a", "hundred", "people"}).consumed, 2u);
  EXPECT_EQ(En({"a", "dozen"}).value, 12);
  EXPECT_EQ(En({"half", "a", "dozen"}).value, 6);
  EXPECT_EQ(En({"half", "a", "million"}).value, 500000);
  EXPECT_EQ(En({"two", "dozen"}).value, 24);
  EXPECT_EQ(En({"a", "strike"}).consumed, 0u);  // an indefinite article
}

TEST(EnglishNumberWords, AndAHalf) {
  WordNumber m = En({"one", "and", "a", "half", "thousand", "workers"});
  EXPECT_EQ(m.value, 1500);
  EXPECT_EQ(m.consumed, 5u);
  EXPECT_EQ(En({"two", "and", "a", "half", "years"}).value, 2.5);
  EXPECT_EQ(En({"two", "and", "a", "half", "years"}).consumed, 4u);
}

TEST(EnglishNumberWords, StopsWhereTheNumberEnds) {
  EXPECT_EQ(En({"two", "-", "day"}).consumed, 1u);  // "two-day" keeps "two"
  EXPECT_EQ(En({"five", "six"}).consumed, 1u);      // two numbers, not one
  EXPECT_EQ(En({"twenty", "twelve"}).consumed, 1u);
  EXPECT_EQ(En({"hundred"}).consumed, 0u);
  EXPECT_EQ(En({"and", "five"}).consumed, 0u);
  EXPECT_EQ(En({"five", "and", "six"}).consumed, 1u);
}

TEST(ItalianNumberWords, WithScales) {
  EXPECT_EQ(It({"dieci", "mila"}).value, 10000);
  EXPECT_EQ(It({"due", "milioni"}).value, 2e6);
  EXPECT_EQ(It({"un", "milione"}).value, 1e6);
  EXPECT_EQ(It({"mezzo", "milione"}).value, 5e5);
  EXPECT_EQ(It({"due", "milioni", "e", "mezzo"}).value, 2.5e6);
  EXPECT_EQ(It({"due", "milioni", "e", "mezzo"}).consumed, 4u);
  EXPECT_EQ(It({"quattro", "dei"}).consumed, 1u);
  EXPECT_EQ(It({"un", "sindacato"}).consumed, 0u);
}

VagueQuantity Vague(std::vector<std::string_view> words, Language lang) {
  return ParseVagueQuantity(words, lang);
}

TEST(VagueQuantities, English) {
  VagueQuantity d = Vague({"dozens", "of", "monuments"}, kEn);
  EXPECT_EQ(d.consumed, 1u);
  EXPECT_EQ(d.min, 24);
  EXPECT_EQ(d.max, 99);
  EXPECT_EQ(d.qualifier, Qualifier::kRange);
  EXPECT_EQ(Vague({"many", "dozens", "dead"}, kEn).consumed, 2u);
  EXPECT_EQ(Vague({"several", "dozen"}, kEn).max, 99);
  VagueQuantity h = Vague({"hundreds"}, kEn);
  EXPECT_EQ(h.min, 200);
  EXPECT_EQ(h.max, 999);
  VagueQuantity t = Vague({"tens", "of", "thousands", "of", "names"}, kEn);
  EXPECT_EQ(t.consumed, 3u);
  EXPECT_EQ(t.min, 20000);
  EXPECT_EQ(t.max, 99999);
  VagueQuantity ht = Vague({"many", "hundreds", "of", "thousands"}, kEn);
  EXPECT_EQ(ht.consumed, 4u);
  EXPECT_EQ(ht.min, 200000);
  EXPECT_EQ(ht.max, 999999);
  EXPECT_EQ(Vague({"thousands"}, kEn).min, 2000);
  EXPECT_EQ(Vague({"millions"}, kEn).max, 9999999);
  EXPECT_EQ(Vague({"a", "few", "hundred"}, kEn).consumed, 3u);
  EXPECT_EQ(Vague({"hundred"}, kEn).consumed, 0u);  // singular needs a modifier
  EXPECT_EQ(Vague({"tens"}, kEn).consumed, 0u);
  EXPECT_EQ(Vague({"many", "people"}, kEn).consumed, 0u);
}

TEST(VagueQuantities, Italian) {
  VagueQuantity d = Vague({"decine", "di", "migliaia", "di", "lavoratori"}, kIt);
  EXPECT_EQ(d.consumed, 3u);
  EXPECT_EQ(d.min, 20000);
  EXPECT_EQ(d.max, 99999);
  VagueQuantity c = Vague({"centinaia", "di", "migliaia"}, kIt);
  EXPECT_EQ(c.min, 200000);
  EXPECT_EQ(c.max, 999999);
  EXPECT_EQ(Vague({"migliaia", "di", "persone"}, kIt).consumed, 1u);
  EXPECT_EQ(Vague({"decine"}, kIt).min, 24);
  EXPECT_EQ(Vague({"molte", "centinaia"}, kIt).consumed, 2u);
  EXPECT_EQ(Vague({"qualche", "decina"}, kIt).max, 99);
}

TEST(VagueQuantities, ItalianApproximateWords) {
  VagueQuantity d = Vague({"una", "decina", "di", "morti"}, kIt);
  EXPECT_EQ(d.consumed, 2u);
  EXPECT_EQ(d.value, 10);
  EXPECT_EQ(d.qualifier, Qualifier::kAbout);
  EXPECT_EQ(Vague({"una", "ventina"}, kIt).value, 20);
  EXPECT_EQ(Vague({"una", "cinquantina"}, kIt).value, 50);
  EXPECT_EQ(Vague({"un", "centinaio"}, kIt).value, 100);
  EXPECT_EQ(Vague({"un", "migliaio"}, kIt).value, 1000);
  VagueQuantity k = Vague({"una", "decina", "di", "migliaia"}, kIt);
  EXPECT_EQ(k.value, 10000);
  EXPECT_EQ(k.consumed, 4u);
  EXPECT_EQ(Vague({"una", "decisione"}, kIt).consumed, 0u);
}

}  // namespace
}  // namespace claimgraph::extract
