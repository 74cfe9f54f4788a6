// Number grammar of English and Italian: digit groups with either convention of
// separators, multiplier words and suffixes, number words up to the billions,
// and vague quantities ("many dozens", "decine di migliaia"). Pure functions.
#ifndef CLAIMGRAPH_IMPORTERS_EXTRACT_NUMBER_PARSER_H_
#define CLAIMGRAPH_IMPORTERS_EXTRACT_NUMBER_PARSER_H_

#include <cstddef>
#include <cstdint>
#include <optional>
#include <span>
#include <string_view>

#include "core/mention.h"

namespace claimgraph::extract {

// Reads a run of digits with separators ("20,000", "40.000", "4,5", "0,0021",
// "1.234.567,89", "40 000" with a no-break space). English writes ',' for
// thousands and '.' for decimals, Italian the reverse; where a text breaks its
// convention the meaning wins: several equal separators are thousands, one
// followed by other than three digits is a decimal mark, and ",000" / ".000" is
// read as thousands in both. Returns nullopt for malformed groups ("20.01.2022").
std::optional<double> ParseDigits(std::string_view digits, Language lang);

// The factor of a multiplier word after a number: "thousand" 1e3, "million(s)" /
// "milione"/"milioni" 1e6, "billion"/"miliardo" 1e9, "trillion" 1e12, "mila" 1e3,
// "bn", "mn", "mln", "mld". `lang` selects the word list (kAuto: both).
std::optional<double> MultiplierWord(std::string_view lower, Language lang);

// The factor of a suffix glued to digits: "3m", "2bn", "10k", "40mila", "5mln".
std::optional<double> MultiplierSuffix(std::string_view lower);

// Value of one Italian number word, composed as Italian writes them in one word:
// "quaranta", "duecento", "trentaquattro", "ventitré", "centotto", "duemila",
// "tremilacinquecento", "mille". "un"/"uno"/"una" are not read (articles).
std::optional<int64_t> ParseItalianNumberWord(std::string_view lower);

// Value of an English unit or tens word: "zero".."nineteen", "twenty".."ninety".
std::optional<int64_t> EnglishSmallNumber(std::string_view lower);

// The result of reading number words from a sequence of lower-cased tokens.
struct WordNumber {
  double value = 0;
  size_t consumed = 0;     // tokens read; 0 when there is no number
  bool has_scale = false;  // ends in a scale word ("hundred", "thousand", "milioni")
};

// Reads English number words from the start of `words` (lower-cased tokens, with
// "-" and "and" as their own tokens): "thirty - four", "five hundred", "two
// hundred and fifty thousand", "a hundred", "a dozen", "half a million",
// "1"-free forms only. Stops before a token that would not continue the number.
WordNumber ParseEnglishWords(std::span<const std::string_view> words);

// Reads Italian number words: one composed word, optionally followed by "mila" or
// a scale word ("dieci mila", "due milioni", "un milione", "mezzo milione").
WordNumber ParseItalianWords(std::span<const std::string_view> words);

// A vague or approximate quantity built on a number word.
struct VagueQuantity {
  double min = 0;
  double max = 0;
  std::optional<double> value;              // set for "una decina" (10), "un centinaio" (100)...
  Qualifier qualifier = Qualifier::kRange;  // kRange, or kAbout with a value
  size_t consumed = 0;                      // 0 when there is none
};

// Reads a vague quantity at the start of `words` (lower-cased tokens):
// "dozens", "many dozens", "several dozen", "hundreds", "tens of thousands",
// "hundreds of thousands", "millions" (alone), "decine", "centinaia di
// migliaia", "migliaia", "una decina", "una ventina", "un centinaio",
// "un migliaio". The ranges are those of docs/extract.md.
VagueQuantity ParseVagueQuantity(std::span<const std::string_view> words, Language lang);

}  // namespace claimgraph::extract

#endif  // CLAIMGRAPH_IMPORTERS_EXTRACT_NUMBER_PARSER_H_
