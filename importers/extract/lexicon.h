// Word lists the extractor reads by: hedges, months, identifier nouns, page
// furniture, stop words. All lookups take a lower-cased word (see Token::lower).
// The lists are constant data; nothing here has state.
#ifndef CLAIMGRAPH_IMPORTERS_EXTRACT_LEXICON_H_
#define CLAIMGRAPH_IMPORTERS_EXTRACT_LEXICON_H_

#include <array>
#include <cstddef>
#include <span>
#include <string_view>

#include "core/mention.h"

namespace claimgraph::extract {

// A hedge phrase, as lower-cased words ("at", "least"), and what it means.
// Apostrophes are not words: Italian "all'incirca" is {"all", "incirca"}.
struct Hedge {
  std::array<std::string_view, 4> words;
  size_t size;
  Qualifier qualifier;
};

// Hedges that stand right before a number ("at least 164", "più di 600").
std::span<const Hedge> PrefixHedges();
// Hedges that follow it ("100 or more", "500 o più").
std::span<const Hedge> SuffixHedges();

// Italian articulated prepositions fold onto the bare one so that one lexicon
// entry covers them all: "dei", "delle", "del" → "di"; "ai", "al", "alle" → "a".
std::string_view FoldPreposition(std::string_view lower);

// Month names: English full names and abbreviations, Italian full names.
bool IsEnglishMonth(std::string_view lower);
bool IsItalianMonth(std::string_view lower);
// Weekday names, English (and abbreviations) and Italian.
bool IsWeekday(std::string_view lower);

// Words that make the number after them a name or reference: "point 5",
// "Gate 7", "article 36", "pagina 3".
bool IsIdentifierNoun(std::string_view lower);
// Counters of web pages: "Views: 8571", "12 comments".
bool IsFurnitureWord(std::string_view lower);
// Words after which a four-digit number is a year: "in 2011", "nel 1993".
bool IsYearContextWord(std::string_view lower);
// Nouns a year often qualifies: "the 2015 decision", "1993 Constitution".
bool IsYearNoun(std::string_view lower);
// Words before the time of day: "alle 7", "ore 18".
bool IsTimeContextWord(std::string_view lower);
// Function words (articles, prepositions, pronouns, auxiliaries, conjunctions) of
// `lang` (kAuto: of either language); a counted noun phrase stops at one.
bool IsFunctionWord(std::string_view lower, Language lang);
// Nouns that follow "per" / "al" in a rate: "tenge per litre", "euro al mese".
bool IsRateNoun(std::string_view lower);

// Stop words used to tell the languages apart.
bool IsEnglishStopWord(std::string_view lower);
bool IsItalianStopWord(std::string_view lower);

// The currency a symbol or code stands for ("$" → "USD", "€" → "EUR"), or "".
std::string_view CurrencyOfSymbol(std::string_view text);
// The currency of letters written before an amount, case-sensitive as written:
// "R" (12,500) → "ZAR", "Rs" → "INR", "USD" → "USD"; or "".
std::string_view CurrencyOfPrefix(std::string_view text);
// The currency a word after a number names ("dollars", "euro", "tenge"), or "".
std::string_view CurrencyOfWord(std::string_view lower);

}  // namespace claimgraph::extract

#endif  // CLAIMGRAPH_IMPORTERS_EXTRACT_LEXICON_H_
