#include "importers/extract/extractor.h"

#include <string>
#include <string_view>
#include <vector>

#include "gtest/gtest.h"

namespace claimgraph::extract {
namespace {

constexpr Language kEn = Language::kEnglish;
constexpr Language kIt = Language::kItalian;

std::vector<Mention> Extract(std::string_view text, Language lang = Language::kAuto) {
  Result<std::vector<Mention>> r = ExtractMentions(text, lang);
  EXPECT_TRUE(r.ok()) << r.status().ToString();
  return r.ok() ? *r : std::vector<Mention>{};
}

// The texts of the mentions, in order.
std::vector<std::string> Texts(std::string_view text, Language lang = Language::kAuto) {
  std::vector<std::string> out;
  for (const Mention& m : Extract(text, lang)) out.push_back(m.text);
  return out;
}

// The only mention of `text`.
Mention One(std::string_view text, Language lang = Language::kAuto) {
  std::vector<Mention> ms = Extract(text, lang);
  EXPECT_EQ(ms.size(), 1u) << text;
  return ms.empty() ? Mention{} : ms.front();
}

using V = std::vector<std::string>;

// ---- values: separators, multipliers, words, percentages, money ----

TEST(Extract, EnglishNumbersWithSeparatorsAndMultipliers) {
  Mention m = One("Some 20,000 troops arrived.", kEn);
  EXPECT_EQ(m.text, "20,000");
  EXPECT_EQ(m.value, 20000);
  EXPECT_EQ(One("It cost 1.5 million dollars.", kEn).value, 1.5e6);
  EXPECT_EQ(One("It cost 1.5 million dollars.", kEn).text, "1.5 million");
  EXPECT_EQ(One("They acquitted 311 thousand people.", kEn).value, 311000);
  EXPECT_EQ(One("A budget of 3m was voted.", kEn).value, 3e6);
  EXPECT_EQ(One("A budget of 3m was voted.", kEn).text, "3m");
  EXPECT_EQ(One("Exports reached 2bn last year.", kEn).value, 2e9);
}

TEST(Extract, ItalianNumbersWithSeparatorsAndMultipliers) {
  EXPECT_EQ(One("sono stati licenziati 40.000 lavoratori", kIt).value, 40000);
  EXPECT_EQ(One("l'inflazione è salita al 4,5 per cento", kIt).value, 4.5);
  EXPECT_EQ(One("l'inflazione è salita al 4,5 per cento", kIt).text, "4,5 per cento");
  Mention mila = One("sono stati licenziati 10 mila lavoratori", kIt);
  EXPECT_EQ(mila.text, "10 mila");
  EXPECT_EQ(mila.value, 10000);
  Mention glued = One("in piazza c'erano 40mila persone", kIt);
  EXPECT_EQ(glued.text, "40mila");
  EXPECT_EQ(glued.value, 40000);
  EXPECT_EQ(One("un debito di 2,5 miliardi di euro", kIt).value, 2.5e9);
}

TEST(Extract, NumberWordsInBothLanguages) {
  EXPECT_EQ(One("thirty-four oil workers were convicted", kEn).value, 34);
  EXPECT_EQ(One("thirty-four oil workers were convicted", kEn).text, "thirty-four");
  EXPECT_EQ(One("five hundred workers went on strike", kEn).value, 500);
  EXPECT_EQ(One("They found forty corpses.", kEn).value, 40);
  EXPECT_EQ(One("three million people voted", kEn).value, 3e6);
  EXPECT_EQ(One("furono trovati quaranta corpi", kIt).value, 40);
  EXPECT_EQ(One("duecento operai in sciopero", kIt).value, 200);
  EXPECT_EQ(One("hanno arrestato trentaquattro lavoratori", kIt).value, 34);
  EXPECT_EQ(One("hanno votato due milioni di persone", kIt).value, 2e6);
  EXPECT_EQ(One("hanno votato due milioni di persone", kIt).text, "due milioni");
}

TEST(Extract, HyphenatedCompoundKeepsOnlyTheNumber) {
  Mention m = One("a two-day general strike", kEn);
  EXPECT_EQ(m.text, "two");
  EXPECT_EQ(m.value, 2);
  EXPECT_EQ(m.counted, "day general strike");
  EXPECT_EQ(One("a 25-year-old worker", kEn).text, "25");
}

TEST(Extract, Percentages) {
  Mention pct = One("75% of the shares", kEn);
  EXPECT_EQ(pct.text, "75%");
  EXPECT_EQ(pct.value, 75);
  EXPECT_TRUE(pct.percent);
  EXPECT_EQ(pct.counted, "shares");
  EXPECT_EQ(One("a 100 percent increase", kEn).text, "100 percent");
  EXPECT_EQ(One("up 50 per cent on last year", kEn).text, "50 per cent");
  EXPECT_EQ(One("un aumento del 100 per cento dei salari", kIt).text, "100 per cento");
  EXPECT_EQ(One("rose by 2.5 % in March", kEn).value, 2.5);
}

TEST(Extract, MoneyLeavesTheCurrencySignOutOfTheSpan) {
  std::string_view text = "The fund lost $4 million.";
  Mention m = One(text, kEn);
  EXPECT_EQ(m.text, "4 million");
  EXPECT_EQ(m.start, text.find('4'));
  EXPECT_EQ(m.value, 4e6);
  EXPECT_EQ(m.currency, "USD");
  EXPECT_EQ(m.counted, "USD");
  Mention euro = One("un costo di €250 mila", kIt);
  EXPECT_EQ(euro.value, 250000);
  EXPECT_EQ(euro.currency, "EUR");
  Mention tenge = One("from 60 tenge per litre", kEn);
  EXPECT_EQ(tenge.currency, "KZT");
  EXPECT_EQ(tenge.counted, "tenge per litre");
}

TEST(Extract, Fractions) {
  Mention m = One("controlling two-thirds of production", kEn);
  EXPECT_EQ(m.text, "two-thirds");
  EXPECT_NEAR(*m.value, 2.0 / 3.0, 1e-12);
  EXPECT_NEAR(*One("about one-fifth being Russian", kEn).value, 0.2, 1e-12);
  EXPECT_NEAR(*One("i due terzi della produzione", kIt).value, 2.0 / 3.0, 1e-12);
}

// ---- ranges and vague quantities ----

TEST(Extract, Ranges) {
  Mention dash = One("there are 7-8 relatives per worker", kEn);
  EXPECT_EQ(dash.text, "7-8");
  EXPECT_FALSE(dash.value);
  EXPECT_EQ(dash.min, 7);
  EXPECT_EQ(dash.max, 8);
  EXPECT_EQ(dash.qualifier, Qualifier::kRange);
  Mention between = One("between 60 and 120 people", kEn);
  EXPECT_EQ(between.text, "60 and 120");
  EXPECT_EQ(between.min, 60);
  EXPECT_EQ(between.max, 120);
  Mention tra = One("tra 60 e 120 persone", kIt);
  EXPECT_EQ(tra.text, "60 e 120");
  EXPECT_EQ(tra.max, 120);
  Mention words = One("prices two or three times higher", kEn);
  EXPECT_EQ(words.text, "two or three");
  EXPECT_EQ(words.min, 2);
  EXPECT_EQ(One("from 60 to 120 tenge", kEn).text, "60 to 120");
  EXPECT_EQ(One("da 60 a 120 tenge", kIt).text, "60 a 120");
  Mention shared = One("20-30 thousand protesters", kEn);
  EXPECT_EQ(shared.min, 20000);
  EXPECT_EQ(shared.max, 30000);
  Mention pct = One("a rise of 20-30%", kEn);
  EXPECT_TRUE(pct.percent);
  EXPECT_EQ(pct.max, 30);
  EXPECT_EQ(One("roughly 20-30 people", kEn).qualifier, Qualifier::kRange);
  EXPECT_EQ(One("roughly 20-30 people", kEn).hedge, "roughly");
}

TEST(Extract, VagueQuantitiesSpanAllTheirWords) {
  Mention d = One("leaving many dozens dead", kEn);
  EXPECT_EQ(d.text, "many dozens");
  EXPECT_EQ(d.min, 24);
  EXPECT_EQ(d.max, 99);
  EXPECT_EQ(d.qualifier, Qualifier::kRange);
  EXPECT_EQ(d.counted, "dead");
  EXPECT_EQ(One("tens of thousands of names", kEn).text, "tens of thousands");
  EXPECT_EQ(One("tens of thousands of names", kEn).counted, "names");
  EXPECT_EQ(One("hundreds of teams", kEn).min, 200);
  EXPECT_EQ(One("Millions of people fell", kEn).max, 9999999);
  EXPECT_EQ(One("several dozen activists", kEn).text, "several dozen");
  Mention it = One("decine di migliaia di lavoratori", kIt);
  EXPECT_EQ(it.text, "decine di migliaia");
  EXPECT_EQ(it.min, 20000);
  EXPECT_EQ(it.max, 99999);
  EXPECT_EQ(One("centinaia di migliaia di persone", kIt).max, 999999);
  EXPECT_EQ(One("migliaia di persone", kIt).min, 2000);
}

TEST(Extract, DefiniteWordsForDozensAndHundreds) {
  Mention dozen = One("a dozen people", kEn);
  EXPECT_EQ(dozen.value, 12);
  EXPECT_EQ(dozen.qualifier, Qualifier::kExact);
  EXPECT_EQ(One("half a dozen cars", kEn).value, 6);
  EXPECT_EQ(One("a hundred workers", kEn).value, 100);
  Mention decina = One("una decina di feriti", kIt);
  EXPECT_EQ(decina.value, 10);
  EXPECT_EQ(decina.qualifier, Qualifier::kAbout);
  EXPECT_EQ(One("una ventina di arresti", kIt).value, 20);
  EXPECT_EQ(One("una cinquantina di arresti", kIt).value, 50);
  EXPECT_EQ(One("un centinaio di persone", kIt).value, 100);
  EXPECT_EQ(One("un migliaio di persone", kIt).value, 1000);
  EXPECT_EQ(One("un migliaio di persone", kIt).qualifier, Qualifier::kAbout);
}

// ---- qualifiers ----

TEST(Extract, EnglishQualifiers) {
  EXPECT_EQ(One("At least 164 people were killed", kEn).qualifier, Qualifier::kAtLeast);
  EXPECT_EQ(One("At least 164 people were killed", kEn).hedge, "At least");
  EXPECT_EQ(One("no fewer than 50 died", kEn).qualifier, Qualifier::kAtLeast);
  EXPECT_EQ(One("more than 600 activists", kEn).qualifier, Qualifier::kMoreThan);
  EXPECT_EQ(One("over 4,000 arrested", kEn).qualifier, Qualifier::kMoreThan);
  EXPECT_EQ(One("exceeding 30 days", kEn).qualifier, Qualifier::kMoreThan);
  EXPECT_EQ(One("up to 2,000 were sacked", kEn).qualifier, Qualifier::kAtMost);
  EXPECT_EQ(One("no more than 40 workers", kEn).qualifier, Qualifier::kAtMost);
  EXPECT_EQ(One("as many as 300 people", kEn).qualifier, Qualifier::kAtMost);
  EXPECT_EQ(One("fewer than 10 people", kEn).qualifier, Qualifier::kAtMost);
  EXPECT_EQ(One("about 1,000 strikers", kEn).qualifier, Qualifier::kAbout);
  EXPECT_EQ(One("nearly 30 years", kEn).qualifier, Qualifier::kAbout);
  EXPECT_EQ(One("close to 500 workers", kEn).qualifier, Qualifier::kAbout);
  EXPECT_EQ(One("only 19 million people", kEn).qualifier, Qualifier::kExact);
  EXPECT_EQ(One("a total of 40 days", kEn).qualifier, Qualifier::kExact);
  EXPECT_EQ(One("killed 17 people", kEn).qualifier, Qualifier::kExact);
}

TEST(Extract, ItalianQualifiers) {
  EXPECT_EQ(One("almeno 164 morti", kIt).qualifier, Qualifier::kAtLeast);
  EXPECT_EQ(One("non meno di 50 feriti", kIt).qualifier, Qualifier::kAtLeast);
  EXPECT_EQ(One("più di 10 mila persone", kIt).qualifier, Qualifier::kMoreThan);
  EXPECT_EQ(One("oltre 600 sindacati", kIt).qualifier, Qualifier::kMoreThan);
  EXPECT_EQ(One("un numero superiore a 300", kIt).qualifier, Qualifier::kMoreThan);
  EXPECT_EQ(One("fino a 20 rubli", kIt).qualifier, Qualifier::kAtMost);
  EXPECT_EQ(One("fino ai 20 rubli", kIt).qualifier, Qualifier::kAtMost);
  EXPECT_EQ(One("al massimo 20 rubli", kIt).qualifier, Qualifier::kAtMost);
  EXPECT_EQ(One("meno di 20 rubli", kIt).qualifier, Qualifier::kAtMost);
  EXPECT_EQ(One("circa 300 persone", kIt).qualifier, Qualifier::kAbout);
  EXPECT_EQ(One("quasi 300 persone", kIt).qualifier, Qualifier::kAbout);
  EXPECT_EQ(One("intorno ai 300 arresti", kIt).qualifier, Qualifier::kAbout);
  EXPECT_EQ(One("un totale di 40 giorni", kIt).qualifier, Qualifier::kExact);
  EXPECT_EQ(One("un totale di 40 giorni", kIt).text, "40");
}

TEST(Extract, HedgesAfterTheNumber) {
  Mention m = One("wounded 100 or more.", kEn);
  EXPECT_EQ(m.qualifier, Qualifier::kAtLeast);
  EXPECT_EQ(m.hedge, "or more");
  EXPECT_TRUE(m.hedge_follows);
  EXPECT_EQ(One("500 o più persone", kIt).qualifier, Qualifier::kAtLeast);
  EXPECT_EQ(One("200 or so people", kEn).qualifier, Qualifier::kAbout);
}

TEST(Extract, AHedgeDoesNotCarryOverToANeighbour) {
  std::vector<Mention> ms = Extract("about 500 workers (2,000 in all)", kEn);
  ASSERT_EQ(ms.size(), 2u);
  EXPECT_EQ(ms[0].qualifier, Qualifier::kAbout);
  EXPECT_EQ(ms[1].qualifier, Qualifier::kExact);
  // Nor across a sentence end.
  ms = Extract("It was over. 300 people left.", kEn);
  ASSERT_EQ(ms.size(), 1u);
  EXPECT_EQ(ms[0].qualifier, Qualifier::kExact);
}

TEST(Extract, OverASpanOfTimeIsDuring) {
  std::vector<Mention> ms = Extract("prices rose 1.5 times over two years", kEn);
  ASSERT_EQ(ms.size(), 2u);
  EXPECT_EQ(ms[1].text, "two");
  EXPECT_EQ(ms[1].qualifier, Qualifier::kExact);
  EXPECT_EQ(One("Over 8 months of the strike", kEn).qualifier, Qualifier::kExact);
  EXPECT_EQ(One("it lasted over 8 months", kEn).qualifier, Qualifier::kMoreThan);
  EXPECT_EQ(One("for over two years", kEn).qualifier, Qualifier::kMoreThan);
  EXPECT_EQ(One("over 4,000 arrested", kEn).qualifier, Qualifier::kMoreThan);
}

TEST(Extract, DeterminersMakePastAndOverNoHedge) {
  EXPECT_EQ(One("in the past 3 years", kEn).qualifier, Qualifier::kExact);
  EXPECT_EQ(One("past 3 years", kEn).qualifier, Qualifier::kMoreThan);
}

// ---- exclusions ----

TEST(Extract, DatesAreNotMentions) {
  EXPECT_EQ(Texts("On December 27 the commission met.", kEn), V{});
  EXPECT_EQ(Texts("on 17 December, Nazarbayev said", kEn), V{});
  EXPECT_EQ(Texts("since May 2011 they struck", kEn), V{});
  EXPECT_EQ(Texts("On December 16, 2011, police fired", kEn), V{});
  EXPECT_EQ(Texts("from 2 to 5 January", kEn), V{});
  EXPECT_EQ(Texts("on the night of January 4-5", kEn), V{});
  EXPECT_EQ(Texts("dal 2 al 5 gennaio", kIt), V{});
  EXPECT_EQ(Texts("nella notte tra il 4 e il 5 gennaio", kIt), V{});
  EXPECT_EQ(Texts("il 1° gennaio è salito", kIt), V{});
  EXPECT_EQ(Texts("domenica 2 gennaio", kIt), V{});
  EXPECT_EQ(Texts("nel dicembre 2021 sono stati", kIt), V{});
  EXPECT_EQ(Texts("20.01.2022 e 20/01/2022 e 2022-01-20", kIt), V{});
  EXPECT_EQ(Texts("January 24, 20220", kEn), V{});
  EXPECT_EQ(Texts("by Jan. 5 the government had resigned", kEn), V{});
  // A month-like verb is no month.
  EXPECT_EQ(Texts("they may 3 times refuse", kEn), V{"3"});
}

TEST(Extract, YearsAreNotMentions) {
  EXPECT_EQ(Texts("since 2018, the decree", kEn), V{});
  EXPECT_EQ(Texts("the 1993 Constitution", kEn), V{});
  EXPECT_EQ(Texts("the Supreme Court's 2015 decision", kEn), V{});
  EXPECT_EQ(Texts("2021 is said to have seen more", kEn), V{});
  EXPECT_EQ(Texts("stepped it up in 2016-20 with", kEn), V{});
  EXPECT_EQ(Texts("as in 2011-12, it is", kEn), V{});
  EXPECT_EQ(Texts("nel 2014, più", kIt), V{});
  EXPECT_EQ(Texts("entro il 2030.", kIt), V{});
  // A four-digit count is still a count.
  EXPECT_EQ(Texts("furono licenziati 2000 lavoratori", kIt), V{"2000"});
  EXPECT_EQ(Texts("over 1500 people were arrested", kEn), V{"1500"});
}

TEST(Extract, DecadesAreNotMentions) {
  EXPECT_EQ(Texts("in the 20s and early 30s", kEn), V{});
  EXPECT_EQ(Texts("the regime of the 20-50s of the XX century", kEn), V{});
  EXPECT_EQ(Texts("in the mid-90s", kEn), V{});
  EXPECT_EQ(Texts("the 1990s and the 1990's", kEn), V{});
  EXPECT_EQ(Texts("a metà degli anni ’90", kIt), V{});
  EXPECT_EQ(Texts("dall'inizio degli anni 2000", kIt), V{});
  EXPECT_EQ(Texts("negli anni novanta", kIt), V{});
}

TEST(Extract, TimesAreNotMentions) {
  EXPECT_EQ(Texts("at 18:30 the police", kEn), V{});
  EXPECT_EQ(Texts("alle 7.00 di mattina", kIt), V{});
  EXPECT_EQ(Texts("alle 7 di mattina", kIt), V{});
  EXPECT_EQ(Texts("at 7 pm they left", kEn), V{});
  EXPECT_EQ(Texts("at 7.30 p.m. they left", kEn), V{});
}

TEST(Extract, OrdinalsAreNotMentions) {
  EXPECT_EQ(Texts("the fifth floor and the second anniversary", kEn), V{});
  EXPECT_EQ(Texts("On June 4th this year", kEn), V{});
  EXPECT_EQ(Texts("the 5th floor", kEn), V{});
  EXPECT_EQ(Texts("nelle prime ore, il 2° piano", kIt), V{});
}

TEST(Extract, IdentifiersAreNotMentions) {
  EXPECT_EQ(Texts("the COVID-19 pandemic", kEn), V{});
  EXPECT_EQ(Texts("They met at Gate 7 yesterday.", kEn), V{});
  EXPECT_EQ(Texts("why point 5 (Prohibit meetings)", kEn), V{});
  EXPECT_EQ(Texts("call +7 727 123 4567 now", kEn), V{});
  EXPECT_EQ(Texts("call 8-800-555-35-35 now", kEn), V{});
  EXPECT_EQ(Texts("a G20 summit and an A320", kEn), V{});
  EXPECT_EQ(Texts("see No. 5 and art. 3", kEn), V{});
  EXPECT_EQ(Texts("the monument to the 28 Panfilov Guards", kEn), V{});
  EXPECT_EQ(Texts("as the study shows [3].", kEn), V{});
}

TEST(Extract, ListNumberingUrlsAndPageFurnitureAreNotMentions) {
  EXPECT_EQ(Texts("two facts: 1) the workers; and 2) the unions", kEn), V{"two"});
  EXPECT_EQ(Texts("Intro\n1. The strike began.\n2. It spread.", kEn), V{});
  EXPECT_EQ(Texts("see http://www.communistvoice.org/47cJanaozen.html for more", kEn), V{});
  EXPECT_EQ(Texts("write to mail2@example.org today", kEn), V{});
  EXPECT_EQ(Texts("Moscow\nViews: 8571\nAuthor column", kEn), V{});
  EXPECT_EQ(Texts("May 2024\nMon Tues Wed\n12345\n6789101112\n", kEn), V{});
  EXPECT_EQ(Texts("Posted by admin | 5 min read", kEn), V{});
  EXPECT_EQ(Texts("The article has 12 comments", kEn), V{});
}

TEST(Extract, PronounOneIsNotAMention) {
  EXPECT_EQ(Texts("one of the leaders", kEn), V{});
  EXPECT_EQ(Texts("no one tried to negotiate", kEn), V{});
  EXPECT_EQ(Texts("one way or another", kEn), V{});
  EXPECT_EQ(Texts("One would think so.", kEn), V{});
  EXPECT_EQ(Texts("One political party after another was banned", kEn), V{});
  EXPECT_EQ(Texts("the only one.", kEn), V{});
  EXPECT_EQ(Texts("una delle città e uno dei leader", kIt), V{});
  // A count of one is a mention.
  EXPECT_EQ(Texts("One worker was killed", kEn), V{"One"});
  EXPECT_EQ(Texts("one or two people", kEn), V{"one or two"});
}

TEST(Extract, IndefiniteArticlesAreNotMentions) {
  EXPECT_EQ(Texts("a strike lasted a week", kEn), V{});
  EXPECT_EQ(Texts("un totale di 40 giorni e uno sciopero", kIt), V{"40"});
  EXPECT_EQ(Texts("due to the fact that", kEn), V{});  // English "due" is no number
}

TEST(Extract, PageFurnitureBylinesAndRelatedLinks) {
  EXPECT_EQ(Texts("Title\nUpdated 2 hours ago | 5 min read\n\nSome 300 people came.", kEn),
            V{"300"});
  EXPECT_EQ(Texts("di Redazione | 4 minuti di lettura\n\nSono 300.", kIt), V{"300"});
  EXPECT_EQ(Texts("Subscribe for $1 a week\n\nIt cost $5.", kEn), V{"5"});
  EXPECT_EQ(Texts("Read more:\nElection: 5 things to know\nCOVID in Belarus: 600 deaths\n\n"
                  "Later, 7 people left.",
                  kEn),
            V{"7"});
  EXPECT_EQ(Texts("Condividi | 1.532 commenti", kIt), V{});
}

TEST(Extract, HouseNumbersAndFerryTimes) {
  EXPECT_EQ(Texts("outside parliament, at 8 Rustaveli Avenue.", kEn), V{});
  EXPECT_EQ(Texts("350 partiranno con il traghetto delle 10 per Porto Empedocle", kIt), V{"350"});
  EXPECT_EQ(Texts("una delle 10 regioni", kIt), V{"10"});
  EXPECT_EQ(Texts("The bill, passed by 84 votes to 30, requires", kEn), (V{"84", "30"}));
}

TEST(Extract, CodesAreNotMentions) {
  EXPECT_EQ(Texts("Via Nazionale 12, 00184 Roma", kIt), V{});
  EXPECT_EQ(Texts("inviare un SMS al 45525 (2 euro)", kIt), V{"2"});
  EXPECT_EQ(Texts("a protest of 45000 people", kEn), V{"45000"});
}

TEST(Extract, MoreCurrencies) {
  Mention rand = One("a minimum monthly wage of R12,500 was demanded", kEn);
  EXPECT_EQ(rand.text, "12,500");
  EXPECT_EQ(rand.currency, "ZAR");
  EXPECT_EQ(One("about R6.1 billion in revenue", kEn).qualifier, Qualifier::kAbout);
  EXPECT_EQ(One("ATMs dispensed ($40) only", kEn).value, 40);
  EXPECT_EQ(One("a rise of +3,4% in a year", kIt).value, 3.4);
}

TEST(Extract, RatiosAreOneMention) {
  Mention m = One("At least one in three households relies on aid", kEn);
  EXPECT_EQ(m.text, "one in three");
  EXPECT_NEAR(*m.value, 1.0 / 3.0, 1e-12);
  EXPECT_EQ(m.qualifier, Qualifier::kAtLeast);
  EXPECT_NEAR(*One("uno su cinque", kIt).value, 0.2, 1e-12);
  EXPECT_NEAR(*One("1 in 4 children", kEn).value, 0.25, 1e-12);
}

TEST(Extract, RatiosWithANoun) {
  Mention m = One("meno di un lavoratore su quattro", kIt);
  EXPECT_EQ(m.text, "un lavoratore su quattro");
  EXPECT_NEAR(*m.value, 0.25, 1e-12);
  EXPECT_EQ(m.qualifier, Qualifier::kAtMost);
  EXPECT_NEAR(*One("three out of four voters", kEn).value, 0.75, 1e-12);
  EXPECT_NEAR(*One("one worker in five", kEn).value, 0.2, 1e-12);
}

TEST(Extract, SpacedThousands) {
  EXPECT_EQ(One("an average of 1 500 tenge more", kEn).value, 1500);
  EXPECT_EQ(One("an average of 1 500 tenge more", kEn).text, "1 500");
  EXPECT_EQ(Texts("call 800 065 510 now", kIt), V{});
}

TEST(Extract, IdiomsWithOne) {
  EXPECT_EQ(Texts("a one-off payment and a one-time fee", kEn), V{});
  EXPECT_EQ(Texts("a one-room shack", kEn), V{"one"});
}

TEST(Extract, ItalianElisionsAndApocopes) {
  Mention m = One("con vent’anni di anzianità", kIt);
  EXPECT_EQ(m.text, "vent");
  EXPECT_EQ(m.value, 20);
  EXPECT_EQ(m.counted, "anni");
  EXPECT_EQ(One("negli ultimi trent'anni", kIt).value, 30);
  EXPECT_EQ(One("ventun giorni di sciopero", kIt).value, 21);
  EXPECT_EQ(Texts("i venti forti e i venti di guerra", kIt), V{});
  EXPECT_EQ(One("venti morti", kIt).value, 20);
  EXPECT_EQ(Texts("tu sei stato qui, non sei pronto", kIt), V{});
  EXPECT_EQ(One("i rialzi sono stati sei, in tutto", kIt).value, 6);
}

TEST(Extract, MoreHedges) {
  EXPECT_EQ(One("il 40% circa della produzione", kIt).qualifier, Qualifier::kAbout);
  EXPECT_EQ(One("oltre il 50% dei voti", kIt).qualifier, Qualifier::kMoreThan);
  EXPECT_EQ(One("circa il 30 per cento", kIt).qualifier, Qualifier::kAbout);
  EXPECT_EQ(One("i danni superano i 5 miliardi", kIt).qualifier, Qualifier::kMoreThan);
  EXPECT_EQ(One("oltre ai 200 arrestati", kIt).qualifier, Qualifier::kExact);
  EXPECT_EQ(One("as few as 5 people", kEn).qualifier, Qualifier::kAtLeast);
  EXPECT_EQ(One("in the region of 300 people", kEn).qualifier, Qualifier::kAbout);
  EXPECT_EQ(One("within 30 days", kEn).qualifier, Qualifier::kAtMost);
}

TEST(Extract, ImplausibleRangesAreTwoMentions) {
  EXPECT_EQ(Texts("fell by 22.5 percent in 2022 to 1.1 million tonnes", kEn),
            (V{"22.5 percent", "1.1 million"}));
  EXPECT_EQ(Texts("rose by 5% to 120 tenge", kEn), (V{"5%", "120"}));
}

// ---- offsets, sentences, languages ----

TEST(Extract, OffsetsSurviveMultiByteText) {
  std::string text =
      "Жанаозен: «По меньшей мере» — 164 человека; "
      "città più 40.000 lavoratori.";
  std::vector<Mention> ms = Extract(text, kIt);
  ASSERT_EQ(ms.size(), 2u);
  EXPECT_EQ(ms[0].start, text.find("164"));
  EXPECT_EQ(ms[0].end, ms[0].start + 3);
  EXPECT_EQ(text.substr(ms[1].start, ms[1].end - ms[1].start), "40.000");
  EXPECT_EQ(ms[1].value, 40000);
}

TEST(Extract, SentenceOffsets) {
  std::string text = "The strike began. At least 164 people died. Dr. Smith left.";
  Mention m = One(text, kEn);
  EXPECT_EQ(text.substr(m.sentence_start, m.sentence_end - m.sentence_start),
            "At least 164 people died.");
}

TEST(Extract, CountedPhrases) {
  EXPECT_EQ(One("more than 10 thousand people have been arrested", kEn).counted, "people");
  EXPECT_EQ(One("sono stati licenziati 40 mila lavoratori petroliferi", kIt).counted,
            "lavoratori petroliferi");
  EXPECT_EQ(Extract("reducing the price to 50 tenge per liter (9 rubles)", kEn)[0].counted,
            "tenge per liter");
  EXPECT_EQ(One("with 9 human rights activists killed", kEn).counted,
            "human rights activists killed");
}

TEST(Extract, ConventionFollowsTheLanguage) {
  EXPECT_EQ(One("spent 1,250 dollars", kEn).value, 1250);
  EXPECT_EQ(One("spesi 1,250 euro", kIt).value, 1.25);
  EXPECT_EQ(One("spesi 1.250 euro", kIt).value, 1250);
}

TEST(Extract, AutoLanguagePerParagraph) {
  std::string text =
      "Il prezzo del gas è salito e i lavoratori della regione sono scesi in piazza con le "
      "loro famiglie: sono stati licenziati 1.500 operai.\n\n"
      "The price of gas rose and the workers of the region took to the streets with their "
      "families: 1,500 workers were fired.\n";
  std::vector<Mention> ms = Extract(text);
  ASSERT_EQ(ms.size(), 2u);
  EXPECT_EQ(ms[0].value, 1500);
  EXPECT_EQ(ms[0].language, kIt);
  EXPECT_EQ(ms[1].value, 1500);
  EXPECT_EQ(ms[1].language, kEn);
}

// Invariants on noisy generated text: mentions in order, not overlapping, their
// text the bytes they point to, inside their sentence, with a value or both ends.
TEST(Extract, InvariantsHoldOnNoisyText) {
  const std::vector<std::string> pieces = {"0",         "7",        "12",      "2011",
                                           "40.000",    "1,5",      "20,000",  "3m",
                                           "-",         "–",        ".",       ",",
                                           ":",         "/",        "%",       "$",
                                           "€",         "(",        ")",       "[",
                                           "]",         "\n",       "\n\n",    "’",
                                           "'",         "°",        "+",       "#",
                                           "@",         "thousand", "million", "mila",
                                           "milioni",   "uno",      "due",     "tre",
                                           "one",       "of",       "the",     "in",
                                           "to",        "and",      "e",       "tra",
                                           "between",   "January",  "gennaio", "at least",
                                           "più di",    "circa",    "dozens",  "decine di migliaia",
                                           "Жанаозен",  "città",    "people",  "lavoratori",
                                           "www.x.org", "a",        "un"};
  uint32_t x = 7;
  for (int round = 0; round < 20; ++round) {
    std::string text;
    for (int i = 0; i < 400; ++i) {
      x = x * 1103515245u + 12345u;
      text += pieces[(x >> 8) % pieces.size()];
      text += ((x >> 20) % 3 == 0) ? "" : " ";
    }
    for (Language lang : {kEn, kIt, Language::kAuto}) {
      std::vector<Mention> ms = Extract(text, lang);
      size_t previous_end = 0;
      for (const Mention& m : ms) {
        ASSERT_LT(m.start, m.end);
        ASSERT_LE(m.end, text.size());
        EXPECT_LE(previous_end, m.start);
        previous_end = m.end;
        EXPECT_EQ(text.substr(m.start, m.end - m.start), m.text);
        EXPECT_LE(m.sentence_start, m.start);
        EXPECT_LE(m.end, m.sentence_end);
        EXPECT_NE(m.value.has_value(), m.min.has_value() && m.max.has_value());
        if (m.min) {
          EXPECT_LE(*m.min, *m.max);
        }
        EXPECT_EQ(m.qualifier == Qualifier::kRange, !m.value.has_value());
      }
    }
  }
}

TEST(Extract, EmptyTextAndNoFigures) {
  EXPECT_TRUE(Extract("").empty());
  EXPECT_TRUE(Extract("Nothing to count here.").empty());
}

TEST(Extract, InvalidUtf8IsAnError) {
  Result<std::vector<Mention>> r = ExtractMentions("12 people\n\xc3\x28", kEn);
  ASSERT_FALSE(r.ok());
  EXPECT_EQ(r.status().code(), StatusCode::kInvalidInput);
  EXPECT_EQ(r.status().loc().line, 2u);
  EXPECT_EQ(r.status().loc().col, 1u);
}

TEST(DetectLanguage, StopWordCounts) {
  EXPECT_EQ(DetectLanguage("The workers of the region went on strike and the police came."), kEn);
  EXPECT_EQ(DetectLanguage("I lavoratori della regione sono scesi in sciopero e la polizia è "
                           "arrivata."),
            kIt);
  EXPECT_EQ(DetectLanguage(""), kEn);
}

TEST(Names, LanguagesAndQualifiers) {
  EXPECT_EQ(LanguageCode(kEn), "en");
  EXPECT_EQ(LanguageCode(kIt), "it");
  EXPECT_EQ(LanguageCode(Language::kAuto), "auto");
  EXPECT_EQ(*ParseLanguage("it"), kIt);
  EXPECT_EQ(ParseLanguage("fr").status().code(), StatusCode::kUsage);
  EXPECT_EQ(QualifierName(Qualifier::kAtLeast), "at_least");
  EXPECT_EQ(QualifierName(Qualifier::kMoreThan), "more_than");
  EXPECT_EQ(QualifierName(Qualifier::kRange), "range");
}

}  // namespace
}  // namespace claimgraph::extract
