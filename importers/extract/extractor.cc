#include "importers/extract/extractor.h"

#include <algorithm>
#include <array>
#include <cmath>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "importers/extract/lexicon.h"
#include "importers/extract/number_parser.h"
#include "importers/extract/sentence_splitter.h"
#include "importers/extract/tokenizer.h"

namespace claimgraph::extract {


namespace {

constexpr size_t kNone = static_cast<size_t>(-1);

// One number expression: digits or words with their multiplier and percent sign.
struct Numeral {
  size_t first = 0;  // tokens of the span, inclusive
  size_t last = 0;
  double value = 0;       // multiplier applied
  double raw = 0;         // as written
  double multiplier = 1;  // "thousand", "m", "mila" ...
  bool has_multiplier = false;
  bool percent = false;
  bool words = false;          // written in words ("thirty-four", "quaranta")
  bool plain_integer = false;  // one digit run, no separators, multiplier or percent
  size_t digit_count = 0;
  bool plus = false;  // "100+"
  // Vague quantities ("dozens") and approximate words ("una decina").
  bool vague = false;
  double min = 0;
  double max = 0;
  Qualifier vague_qualifier = Qualifier::kRange;
  // Not a mention (ordinal, time, identifier glued to letters...): skip its tokens.
  bool reject = false;
};

// A numeral or a range of two.
struct Figure {
  Numeral a;
  std::optional<Numeral> b;
  size_t first = 0;
  size_t last = 0;
  bool reject = false;  // "2016-20", "3-2", "20-50s": a hyphen chain that is no range
  bool ratio = false;   // "one in three": a.value is the quotient
};

bool IsApostrophe(std::string_view s) { return s == "'" || s == "’" || s == "‘"; }
bool IsDash(std::string_view s) { return s == "-" || s == "–" || s == "—" || s == "‐"; }

struct LanguageCount {
  size_t en = 0;
  size_t it = 0;
};

// Stop words are short: longer words need no lookup.
LanguageCount StopWordsOf(const Token& t) {
  LanguageCount c;
  if (t.kind != TokenKind::kWord || t.lower.size() > 10) return c;
  c.en = IsEnglishStopWord(t.lower);
  c.it = IsItalianStopWord(t.lower);
  return c;
}

LanguageCount CountStopWords(std::span<const Token> tokens) {
  LanguageCount c;
  for (const Token& t : tokens) {
    LanguageCount one = StopWordsOf(t);
    c.en += one.en;
    c.it += one.it;
  }
  return c;
}

class Extractor {
 public:
  Extractor(std::string_view text, std::vector<Token> tokens, Language lang)
      : text_(text), toks_(std::move(tokens)), n_(toks_.size()) {
    sentences_ = SplitSentences(toks_);
    sentence_of_.resize(n_);
    for (size_t s = 0; s < sentences_.size(); ++s) {
      for (size_t i = sentences_[s].first_token; i <= sentences_[s].last_token; ++i) {
        sentence_of_[i] = static_cast<uint32_t>(s);
      }
    }
    AssignLanguages(lang);
    MarkUrls();
    MarkPhoneNumbers();
    MarkFurnitureLines();
  }

  std::vector<Mention> Run();

 private:
  // ---- token helpers; indices past the end (or kNone) read as nothing ----
  bool Valid(size_t i) const { return i < n_; }
  std::string_view L(size_t i) const { return i < n_ ? std::string_view(toks_[i].lower) : ""; }
  std::string_view Raw(size_t i) const {
    return i < n_ ? text_.substr(toks_[i].start, toks_[i].end - toks_[i].start) : "";
  }
  bool IsWord(size_t i) const { return i < n_ && toks_[i].kind == TokenKind::kWord; }
  bool IsNum(size_t i) const { return i < n_ && toks_[i].kind == TokenKind::kNumber; }
  bool IsP(size_t i, std::string_view s) const {
    return i < n_ && toks_[i].kind == TokenKind::kPunct && toks_[i].lower == s;
  }
  bool IsDashAt(size_t i) const {
    return i < n_ && toks_[i].kind == TokenKind::kPunct && IsDash(toks_[i].lower);
  }
  bool IsApostropheAt(size_t i) const {
    return i < n_ && toks_[i].kind == TokenKind::kPunct && IsApostrophe(toks_[i].lower);
  }
  // Glued to the previous token (no space).
  bool Glued(size_t i) const { return i < n_ && i > 0 && !toks_[i].space_before; }
  bool Cap(size_t i) const { return i < n_ && toks_[i].capitalized; }
  size_t Prev(size_t i) const { return i == 0 || i == kNone ? kNone : i - 1; }
  bool SameSentence(size_t i, size_t j) const {
    return i < n_ && j < n_ && sentence_of_[i] == sentence_of_[j];
  }
  bool IsFunctionWordAt(size_t i) const { return IsWord(i) && IsFunctionWord(L(i), lang_of_[i]); }
  // A lower-case word that is not a function word: a noun, verb or adjective.
  bool IsContentWord(size_t i) const { return IsWord(i) && !Cap(i) && !IsFunctionWordAt(i); }
  bool IsMonthAt(size_t i) const {
    if (!IsWord(i)) return false;
    if (IsItalianMonth(L(i))) return true;
    return IsEnglishMonth(L(i)) && Cap(i);
  }
  bool English(size_t i) const { return lang_of_[i] == Language::kEnglish; }

  void AssignLanguages(Language lang);
  void MarkUrls();
  void MarkPhoneNumbers();
  void MarkFurnitureLines();

  std::optional<Numeral> ParseNumeral(size_t i) const;
  Numeral ParseDigitNumeral(size_t i) const;
  std::optional<Numeral> ParseWordNumeral(size_t i) const;
  void ParseSpacedSuffixes(Numeral* n, Language lang) const;
  Figure FormFigure(const Numeral& a) const;
  bool BetweenBefore(size_t first) const;

  bool Excluded(const Figure& f) const;
  bool IsDate(const Figure& f) const;
  bool IsYear(const Figure& f) const;
  bool IsTime(const Figure& f) const;
  bool IsIdentifier(const Figure& f) const;
  bool IsFurniture(const Figure& f) const;
  static bool IsStreetNoun(std::string_view w) {
    static constexpr std::string_view kStreets[] = {
        "street",    "st",       "avenue", "ave",     "road",    "rd",
        "boulevard", "blvd",     "lane",   "square",  "drive",   "place",
        "prospekt",  "prospect", "ulitsa", "highway", "strasse", "straße"};
    for (std::string_view s : kStreets) {
      if (s == w) return true;
    }
    return false;
  }
  bool IsPronounOne(const Figure& f) const;

  struct HedgeMatch {
    Qualifier qualifier;
    size_t first;  // tokens of the hedge words, inclusive
    size_t last;
  };
  std::optional<HedgeMatch> PrefixHedge(size_t first) const;
  // The number starting at `first` is followed by a unit of time ("two years").
  bool IsTimeUnitAfter(size_t first) const {
    size_t k = first;
    while (k + 1 < n_ && (IsNum(k + 1) || IsDashAt(k + 1) ||
                          (IsWord(k + 1) && (EnglishSmallNumber(L(k + 1)) ||
                                             MultiplierWord(L(k + 1), Language::kEnglish))))) {
      ++k;
    }
    static constexpr std::string_view kUnits[] = {
        "second", "seconds", "minute", "minutes", "hour",    "hours",
        "day",    "days",    "week",   "weeks",   "month",   "months",
        "year",   "years",   "decade", "decades", "century", "centuries"};
    for (std::string_view u : kUnits) {
      if (L(k + 1) == u) return true;
    }
    return false;
  }
  std::optional<HedgeMatch> SuffixHedge(size_t after) const;
  std::string HedgeText(const HedgeMatch& h) const {
    return std::string(
        text_.substr(toks_[h.first].start, toks_[h.last].end - toks_[h.first].start));
  }
  std::string Counted(size_t after) const;
  std::string Currency(const Figure& f, size_t tail) const;

  std::string_view text_;
  std::vector<Token> toks_;
  size_t n_;
  std::vector<SentenceSpan> sentences_;
  std::vector<uint32_t> sentence_of_;
  std::vector<Language> lang_of_;
  std::vector<uint8_t> in_code_;
  std::vector<uint8_t> furniture_line_;
};

void Extractor::AssignLanguages(Language lang) {
  lang_of_.assign(n_, lang == Language::kItalian ? Language::kItalian : Language::kEnglish);
  if (lang != Language::kAuto || n_ == 0) return;
  // Blocks between empty lines; short blocks (headings, captions) take the
  // language of the block before them, or failing that the one after.
  struct Block {
    size_t first, last;
    std::optional<Language> lang;
  };
  std::vector<Block> blocks;
  LanguageCount doc, block;
  size_t start = 0;
  for (size_t i = 0; i <= n_; ++i) {
    if (i == n_ || (i > 0 && toks_[i].blank_before)) {
      Block b{start, i - 1, std::nullopt};
      if (block.en + block.it >= 6 && block.en != block.it) {
        b.lang = block.it > block.en ? Language::kItalian : Language::kEnglish;
      }
      blocks.push_back(b);
      start = i;
      block = LanguageCount{};
      if (i == n_) break;
    }
    LanguageCount one = StopWordsOf(toks_[i]);
    block.en += one.en;
    block.it += one.it;
    doc.en += one.en;
    doc.it += one.it;
  }
  const Language doc_lang = doc.it > doc.en ? Language::kItalian : Language::kEnglish;
  std::optional<Language> carry;
  for (Block& b : blocks) {
    if (b.lang) {
      carry = b.lang;
    } else {
      b.lang = carry;
    }
  }
  carry.reset();
  for (auto it = blocks.rbegin(); it != blocks.rend(); ++it) {
    if (it->lang) {
      carry = it->lang;
    } else {
      it->lang = carry ? carry : doc_lang;
    }
  }
  for (const Block& b : blocks) {
    for (size_t i = b.first; i <= b.last; ++i) lang_of_[i] = *b.lang;
  }
}

// URLs, e-mail addresses and file names: runs of glued tokens holding "://",
// "www.", '@', or both '/' and '.'. Digits inside them are never figures.
void Extractor::MarkUrls() {
  in_code_.assign(n_, 0);
  size_t i = 0;
  while (i < n_) {
    size_t j = i + 1;
    while (j < n_ && !toks_[j].space_before) ++j;
    bool slash = false, dot = false, url = false;
    for (size_t k = i; k < j; ++k) {
      std::string_view w = L(k);
      if (toks_[k].kind == TokenKind::kWord && (w == "http" || w == "https" || w == "www")) {
        url = true;
      }
      if (IsP(k, "@") && k > i && k + 1 < j) url = true;
      if (IsP(k, "/")) slash = true;
      if (IsP(k, ".") && k + 1 < j && IsWord(k + 1)) dot = true;
    }
    if (url || (slash && dot)) {
      for (size_t k = i; k < j; ++k) in_code_[k] = 1;
    }
    i = j;
  }
}

// Phone numbers and other digit codes: three or more digit groups joined by
// spaces, dashes, dots or brackets, seven digits or more in all ("+7 727 123 4567",
// "8-800-555-35-35", "(727) 555 1234"); or "+" and seven digits.
void Extractor::MarkPhoneNumbers() {
  auto digits_of = [&](size_t k) {
    size_t d = 0;
    for (char c : Raw(k)) d += c >= '0' && c <= '9';
    return d;
  };
  size_t i = 0;
  while (i < n_) {
    if (!IsNum(i) || in_code_[i]) {
      ++i;
      continue;
    }
    size_t first = i;
    if (IsP(i - 1, "(") && Glued(i)) first = i - 1;
    const bool plus = IsP(i - 1, "+") && Glued(i);
    if (plus) first = i - 1;
    size_t groups = 1, digits = digits_of(i), k = i;
    while (true) {
      if (IsNum(k + 1) && !toks_[k + 1].newline_before) {
        k += 1;
      } else if ((IsDashAt(k + 1) || IsP(k + 1, ".") || IsP(k + 1, "/")) && Glued(k + 1) &&
                 IsNum(k + 2) && Glued(k + 2)) {
        k += 2;
      } else if (IsP(k + 1, ")") && Glued(k + 1) && IsNum(k + 2) && !toks_[k + 2].newline_before) {
        k += 2;
      } else {
        break;
      }
      ++groups;
      digits += digits_of(k);
    }
    if ((groups >= 3 && digits >= 7) || (plus && digits >= 7)) {
      for (size_t m = first; m <= k; ++m) in_code_[m] = 1;
    }
    i = k + 1;
  }
}

// Page furniture, by lines:
// - a line whose numbers stand with at most three words and no lower-case word
//   ("Views: 8571", a calendar widget's "6789101112", "22 Comments");
// - a byline or banner: a line led by "Published", "Updated", "Subscribe",
//   "Aggiornato", "Tags", "Copyright", "Leggi anche" ... ;
// - the links under a "Read more:" / "Related" / "Leggi anche:" heading, up to
//   the next empty line, unless they end like sentences.
void Extractor::MarkFurnitureLines() {
  furniture_line_.assign(n_, 0);
  static constexpr std::string_view kLeads[] = {
      "published",  "updated",    "posted",    "pubblicato",    "pubblicata",     "aggiornato",
      "aggiornata", "modificato", "subscribe", "abbonati",      "abbonatevi",     "iscriviti",
      "tag",        "tags",       "copyright", "leggi",         "read",           "related",
      "vedi",       "see",        "share",     "condividi",     "follow",         "seguici",
      "seguite",    "photo",      "foto",      "advertisement", "pubblicità",     "sponsored",
      "correlati",  "comments",   "commenti",  "views",         "visualizzazioni"};
  static constexpr std::string_view kLinkHeads[] = {"read", "related", "leggi",     "vedi",
                                                    "see",  "more",    "correlati", "potrebbe"};
  bool in_links = false;
  size_t i = 0;
  while (i < n_) {
    size_t j = i + 1;
    while (j < n_ && !toks_[j].newline_before) ++j;
    if (toks_[i].blank_before) in_links = false;
    size_t words = 0, lower_words = 0;
    bool number = false;
    for (size_t k = i; k < j; ++k) {
      if (toks_[k].kind == TokenKind::kWord) {
        ++words;
        if (!toks_[k].capitalized && toks_[k].end - toks_[k].start >= 2) ++lower_words;
      } else if (toks_[k].kind == TokenKind::kNumber) {
        number = true;
      }
    }
    size_t first_word = i;
    while (first_word < j && !IsWord(first_word)) ++first_word;
    std::string_view lead = first_word < j ? L(first_word) : "";
    bool led = false;
    for (std::string_view w : kLeads) led = led || lead == w;
    bool link_head = false;
    for (std::string_view w : kLinkHeads) link_head = link_head || lead == w;
    const bool sentence_end = IsP(j - 1, ".") || IsP(j - 1, "!") || IsP(j - 1, "?") ||
                              IsP(j - 1, "”") || IsP(j - 1, "\"") || IsP(j - 1, "»");
    if (number && ((lower_words == 0 && words < 4 && !sentence_end) || (led && words < 16) ||
                   (in_links && !sentence_end))) {
      for (size_t k = i; k < j; ++k) furniture_line_[k] = 1;
    }
    if (link_head && (IsP(j - 1, ":") || words <= 3)) in_links = true;
    i = j;
  }
}

std::optional<Numeral> Extractor::ParseNumeral(size_t i) const {
  if (IsNum(i)) return ParseDigitNumeral(i);
  if (IsWord(i)) return ParseWordNumeral(i);
  return std::nullopt;
}

bool IsUnitSuffix(std::string_view w) {
  static constexpr std::string_view kUnits[] = {
      "km",  "kg",  "mm",  "cm", "t",  "mw",  "gw", "kw",     "kwh",  "mwh", "gwh", "mph",
      "ha",  "bbl", "x",   "l",  "ml", "g",   "mg", "kmh",    "h",    "hrs", "min", "sec",
      "yo",  "lb",  "lbs", "oz", "ft", "mi",  "kt", "gb",     "mb",   "tb",  "hz",  "mhz",
      "ghz", "v",   "kv",  "w",  "pc", "pct", "mq", "tonnes", "tons",
  };
  for (std::string_view u : kUnits) {
    if (u == w) return true;
  }
  return false;
}

Numeral Extractor::ParseDigitNumeral(size_t i) const {
  Numeral n;
  n.first = n.last = i;
  const Language lang = lang_of_[i];
  std::string_view s = Raw(i);
  bool separators = false;
  for (char c : s) {
    if (c >= '0' && c <= '9') {
      ++n.digit_count;
    } else {
      separators = true;
    }
  }
  std::optional<double> v = ParseDigits(s, lang);
  if (!v) {
    n.reject = true;  // "20.01.2022" and other dotted codes
    return n;
  }
  n.value = n.raw = *v;

  // Glued before: letters ("G20"), "COVID-19", "’90", "+7", "#3", "9/11".
  if (Glued(i)) {
    size_t p = i - 1;
    if (IsWord(p) && CurrencyOfPrefix(Raw(p)).empty()) n.reject = true;
    if (IsDashAt(p) && Glued(p) && IsWord(p - 1)) n.reject = true;
    if (IsApostropheAt(p) && n.digit_count == 2 && !separators) n.reject = true;
    if (IsP(p, "#") || IsP(p, "№")) n.reject = true;
    if (IsP(p, "/") && Glued(p) && IsNum(p - 1)) n.reject = true;
    if (IsP(p, ".") && Glued(p) && IsNum(p - 1)) n.reject = true;
    if (n.reject) return n;
  }
  // Glued after: ordinal, decade, multiplier, unit, time, date, list mark.
  size_t j = i + 1;
  if (Glued(j)) {
    std::string_view w = L(j);
    if (IsWord(j)) {
      if (w == "th" || w == "st" || w == "nd" || w == "rd" || w == "esimo" || w == "esima") {
        n.reject = true;
        n.last = j;
      } else if (w == "s") {
        n.reject = true;  // "90s", "1990s"
        n.last = j;
      } else if (w == "pct") {
        n.percent = true;  // "5pct"
        n.last = j;
      } else if (auto m = MultiplierSuffix(w)) {
        n.multiplier = *m;
        n.has_multiplier = true;
        n.value = n.raw * *m;
        n.last = j;
      } else if (w == "am" || w == "pm") {
        n.reject = true;
        n.last = j;
      } else if (!IsUnitSuffix(w)) {
        n.reject = true;  // "47cJanaozen", "4G": an identifier
        n.last = j;
      }
    } else if (IsP(j, "%")) {
      n.percent = true;
      n.last = j;
    } else if (IsP(j, "°") || IsP(j, "º") || IsP(j, "ª")) {
      bool temperature = Glued(j + 1) && (L(j + 1) == "c" || L(j + 1) == "f");
      if (!temperature) {
        n.reject = true;  // "1° gennaio", "2ª"
        n.last = j;
      }
    } else if (IsApostropheAt(j) && Glued(j + 1) && L(j + 1) == "s") {
      n.reject = true;  // "1990's"
      n.last = j + 1;
    } else if ((IsP(j, ":") || IsP(j, "/")) && Glued(j + 1) && IsNum(j + 1)) {
      // "17:38", "20/01/2022", "24/7": times, dates and fractions of a code.
      n.reject = true;
      n.last = j + 1;
      while ((IsP(n.last + 1, ":") || IsP(n.last + 1, "/")) && Glued(n.last + 1) &&
             IsNum(n.last + 2) && Glued(n.last + 2)) {
        n.last += 2;
      }
    } else if (IsP(j, ")") && !separators && n.value <= 100 &&
               (i == 0 || toks_[i].newline_before || IsP(i - 1, ":") || IsP(i - 1, ";") ||
                IsP(i - 1, ",") || L(i - 1) == "and" || L(i - 1) == "e" || L(i - 1) == "or" ||
                L(i - 1) == "o")) {
      n.reject = true;  // "two facts: 1) ... and 2) ...": list numbering
      n.last = j;
    } else if (IsP(j, "+")) {
      n.plus = true;
    }
  }
  if (n.reject) return n;
  ParseSpacedSuffixes(&n, lang);
  n.plain_integer = !separators && !n.has_multiplier && !n.percent;
  return n;
}

// "1.5 million", "10 mila", "3 dozen", then "%", "percent", "per cento".
void Extractor::ParseSpacedSuffixes(Numeral* n, Language lang) const {
  size_t j = n->last + 1;
  if (!SameSentence(n->first, j)) return;
  if (!n->has_multiplier && IsWord(j)) {
    if (auto m = MultiplierWord(L(j), lang)) {
      n->multiplier = *m;
      n->has_multiplier = true;
      n->value = n->raw * *m;
      n->last = j;
    } else if (L(j) == "dozen" && !n->words) {
      n->multiplier = 12;
      n->has_multiplier = true;
      n->value = n->raw * 12;
      n->last = j;
    }
  }
  j = n->last + 1;
  if (!SameSentence(n->first, j)) return;
  if (IsP(j, "%") || IsP(j, "٪") || L(j) == "percent" || L(j) == "percento" || L(j) == "pct") {
    n->percent = true;
    n->last = j;
  } else if (L(j) == "per" && SameSentence(n->first, j + 1) &&
             (L(j + 1) == "cent" || L(j + 1) == "cento")) {
    n->percent = true;
    n->last = j + 1;
  } else if (L(j) == "per" && IsDashAt(j + 1) && L(j + 2) == "cent" &&
             SameSentence(n->first, j + 2)) {
    n->percent = true;
    n->last = j + 2;
  }
}

struct Fraction {
  std::string_view word;
  int denominator;
  bool plural;
};

constexpr Fraction kFractions[] = {
    {"half", 2, false},    {"halves", 2, true},   {"third", 3, false},   {"thirds", 3, true},
    {"quarter", 4, false}, {"quarters", 4, true}, {"fifth", 5, false},   {"fifths", 5, true},
    {"sixth", 6, false},   {"sixths", 6, true},   {"seventh", 7, false}, {"sevenths", 7, true},
    {"eighth", 8, false},  {"eighths", 8, true},  {"ninth", 9, false},   {"ninths", 9, true},
    {"tenth", 10, false},  {"tenths", 10, true},  {"terzi", 3, true},    {"quarti", 4, true},
    {"quinti", 5, true},   {"sesti", 6, true},    {"settimi", 7, true},  {"ottavi", 8, true},
    {"noni", 9, true},     {"decimi", 10, true},
};

// Words a number expression can start with, for a cheap first test of every word.
constexpr auto kEnglishStarts = [] {
  auto a = std::to_array<std::string_view>(
      {"zero",     "one",      "two",       "three",     "four",     "five",     "six",
       "seven",    "eight",    "nine",      "ten",       "eleven",   "twelve",   "thirteen",
       "fourteen", "fifteen",  "sixteen",   "seventeen", "eighteen", "nineteen", "twenty",
       "thirty",   "forty",    "fourty",    "fifty",     "sixty",    "seventy",  "eighty",
       "ninety",   "a",        "half",      "many",      "several",  "few",      "dozens",
       "tens",     "hundreds", "thousands", "millions",  "billions"});
  std::sort(a.begin(), a.end());
  return a;
}();

constexpr auto kItalianStarts = [] {
  auto a = std::to_array<std::string_view>(
      {"un",       "una",       "uno",      "mezzo",  "molte",   "molti",     "diverse",
       "diversi",  "parecchie", "parecchi", "alcune", "alcuni",  "varie",     "vari",
       "numerose", "numerosi",  "qualche",  "decine", "dozzine", "centinaia", "migliaia",
       "milioni",  "miliardi",  "vent",     "trent",  "quarant", "cinquant",  "sessant",
       "settant",  "ottant",    "novant"});
  std::sort(a.begin(), a.end());
  return a;
}();

// Italian number words use only these letters (and "é" in "ventitré").
bool MaybeItalianNumberWord(std::string_view w) {
  if (w.size() > 40) return false;
  for (char c : w) {
    switch (c) {
      case 'a':
      case 'c':
      case 'd':
      case 'e':
      case 'i':
      case 'l':
      case 'm':
      case 'n':
      case 'o':
      case 'q':
      case 'r':
      case 's':
      case 't':
      case 'u':
      case 'v':
      case '\xc3':
      case '\xa9':
        break;
      default:
        return false;
    }
  }
  return true;
}

bool MayStartNumeral(std::string_view w, Language lang) {
  if (lang == Language::kEnglish) {
    return std::binary_search(kEnglishStarts.begin(), kEnglishStarts.end(), w);
  }
  return std::binary_search(kItalianStarts.begin(), kItalianStarts.end(), w) ||
         MaybeItalianNumberWord(w);
}

std::optional<Numeral> Extractor::ParseWordNumeral(size_t i) const {
  const Language lang = lang_of_[i];
  if (!MayStartNumeral(L(i), lang)) return std::nullopt;
  // The run of words (and hyphens) from i, on one line.
  std::array<std::string_view, 10> w;
  size_t m = 0;
  for (size_t k = i; k < n_ && m < w.size(); ++k) {
    if (k > i && (toks_[k].newline_before || !SameSentence(i, k))) break;
    if (toks_[k].kind == TokenKind::kWord || IsDashAt(k)) {
      w[m++] = IsDashAt(k) ? std::string_view("-") : L(k);
    } else {
      break;
    }
  }
  if (m == 0) return std::nullopt;
  std::span<const std::string_view> words(w.data(), m);

  Numeral n;
  n.first = i;
  n.words = true;

  VagueQuantity vq = ParseVagueQuantity(words, lang);
  if (vq.consumed > 0) {
    n.last = i + vq.consumed - 1;
    n.vague = true;
    n.min = vq.min;
    n.max = vq.max;
    n.vague_qualifier = vq.qualifier;
    if (vq.value) n.value = n.raw = *vq.value;
    return n;
  }

  // Fractions: "two-thirds", "one fifth", "due terzi".
  {
    std::optional<int64_t> numerator;
    if (lang == Language::kEnglish) {
      numerator = EnglishSmallNumber(words[0]);
    } else if (words[0] != "un" && words[0] != "uno" && words[0] != "una") {
      numerator = ParseItalianNumberWord(words[0]);
    }
    if (numerator && *numerator > 0 && *numerator <= 10) {
      size_t k = 1;
      if (k < m && words[k] == "-") ++k;
      if (k < m) {
        for (const Fraction& f : kFractions) {
          if (f.word != words[k]) continue;
          if (f.plural != (*numerator > 1)) break;
          n.last = i + k;
          n.value = n.raw = static_cast<double>(*numerator) / f.denominator;
          return n;
        }
      }
    }
  }

  if (lang == Language::kItalian) {
    // "uno su tre", "un lavoratore su quattro": "un(o/a)" counts only in a ratio.
    if ((words[0] == "uno" || words[0] == "una" || words[0] == "un") &&
        (L(i + 1) == "su" || (IsWord(i + 1) && L(i + 2) == "su" && IsNum(i + 3)) ||
         (IsWord(i + 1) && L(i + 2) == "su" && IsWord(i + 3) &&
          ParseItalianNumberWord(L(i + 3))))) {
      n.last = i;
      n.value = n.raw = 1;
      return n;
    }
    // "vent'anni", "trent’anni": an elided tens word before an apostrophe.
    if (IsApostropheAt(i + 1) && Glued(i + 1)) {
      static constexpr std::pair<std::string_view, int> kElided[] = {
          {"vent", 20},    {"trent", 30},   {"quarant", 40}, {"cinquant", 50},
          {"sessant", 60}, {"settant", 70}, {"ottant", 80},  {"novant", 90}};
      for (const auto& [word, value] : kElided) {
        if (words[0] != word) continue;
        n.last = i;
        n.value = n.raw = value;
        return n;
      }
    }
  }
  WordNumber wn = lang == Language::kEnglish ? ParseEnglishWords(words) : ParseItalianWords(words);
  if (wn.consumed == 0) return std::nullopt;
  if (lang == Language::kItalian && wn.consumed == 1 && words[0] == "uno") return std::nullopt;
  n.last = i + wn.consumed - 1;
  n.value = n.raw = wn.value;
  n.has_multiplier = wn.has_scale;
  ParseSpacedSuffixes(&n, lang);
  return n;
}

// "between 60 and 120", "tra il 4 e il 5": the word before the first number.
bool Extractor::BetweenBefore(size_t first) const {
  size_t p = Prev(first);
  if (IsApostropheAt(p)) p = Prev(p);
  std::string_view w = L(p);
  if (w == "the" || w == "il" || w == "i" || w == "le" || w == "gli" || w == "l" || w == "lo") {
    p = Prev(p);
    w = L(p);
  }
  return w == "between" || w == "tra" || w == "fra";
}

Figure Extractor::FormFigure(const Numeral& a) const {
  Figure f;
  f.a = a;
  f.first = a.first;
  f.last = a.last;
  if (a.vague) return f;
  const size_t k = a.last + 1;
  if (!Valid(k) || !SameSentence(a.first, k)) return f;
  std::string_view c = L(k);
  const bool dash = IsDashAt(k);
  const bool glued_dash = dash && Glued(k) && Glued(k + 1);
  size_t bpos = k + 1;
  bool connector = false;
  if (dash || c == "to") {
    connector = true;
  } else if (c == "or" || c == "o") {
    connector = true;
  } else if ((c == "a" || c == "al" || c == "alle" || c == "ai" || c == "ad") &&
             (L(Prev(a.first)) == "da" || L(Prev(a.first)) == "dal" ||
              L(Prev(a.first)) == "dalle" || L(Prev(a.first)) == "dai")) {
    connector = true;
  } else if ((c == "and" || c == "e") && BetweenBefore(a.first)) {
    connector = true;
    std::string_view art = L(bpos);
    if (art == "the" || art == "il" || art == "i" || art == "le" || art == "gli" || art == "lo") {
      ++bpos;
    } else if (art == "l" && IsApostropheAt(bpos + 1)) {
      bpos += 2;
    }
  }
  // "one in three", "1 su 5", "three out of four", "one worker in four",
  // "un lavoratore su quattro": a ratio, one mention worth a/b.
  {
    size_t c_at = k;
    if (IsWord(k) && !IsFunctionWordAt(k) && a.value == 1 &&
        (L(k + 1) == "in" || L(k + 1) == "su")) {
      c_at = k + 1;  // one noun between
    }
    std::string_view cw = L(c_at);
    size_t b_at = c_at + 1;
    bool ratio = (cw == "in" && English(c_at)) || (cw == "su" && !English(c_at));
    if (cw == "out" && L(c_at + 1) == "of" && English(c_at)) {
      ratio = true;
      b_at = c_at + 2;
    }
    if (ratio && SameSentence(a.first, b_at)) {
      std::optional<Numeral> b = ParseNumeral(b_at);
      if (b && !b->reject && SameSentence(a.first, b->last) && !b->vague && !b->percent &&
          !b->has_multiplier && a.value >= 1 && a.value < b->value && b->value <= 1000 &&
          std::floor(a.value) == a.value && std::floor(b->value) == b->value &&
          (b->words || b->plain_integer) && !(b->plain_integer && b->digit_count == 4)) {
        f.ratio = true;
        f.a.value = a.value / b->value;
        f.a.raw = f.a.value;
        f.last = b->last;
        return f;
      }
      if (c_at == k) return f;
    }
  }
  if (!connector || !Valid(bpos)) return f;
  // "in 2022 to 1.1 million": a year starts no range.
  if (!dash && a.plain_integer && a.digit_count == 4 && a.value >= 1000 && a.value <= 2100 &&
      IsYearContextWord(L(Prev(a.first)))) {
    return f;
  }
  std::optional<Numeral> b = ParseNumeral(bpos);
  if (!b || b->vague || !SameSentence(a.first, b->last)) return f;
  if (b->reject) {
    if (glued_dash) {  // "20-50s", "2022-01-20"
      f.reject = true;
      f.last = b->last;
    }
    return f;
  }
  if (a.words != b->words) return f;
  if (a.percent && !b->percent) return f;  // "by 22.5 percent to 1.1 million"
  Numeral lo = a;
  // "20-30 thousand", "1.5 to 2 million": the multiplier of the second end is
  // shared when the first is smaller as written.
  if (b->has_multiplier && !lo.has_multiplier && lo.raw < b->raw) {
    lo.value = lo.raw * b->multiplier;
    lo.multiplier = b->multiplier;
    lo.has_multiplier = true;
  }
  if (!(lo.value < b->value)) {
    if (glued_dash) {  // "2016-20", "3-2": a year span or a score, no range
      f.reject = true;
      f.last = b->last;
    }
    return f;
  }
  if (b->percent) lo.percent = true;
  f.a = lo;
  f.b = b;
  f.last = b->last;
  return f;
}

bool Extractor::IsDate(const Figure& f) const {
  const Numeral& a = f.a;
  auto dayish = [](const Numeral& x) { return x.plain_integer && x.value >= 1 && x.value <= 31; };
  const bool day = dayish(a) && (!f.b || dayish(*f.b));
  size_t nx = f.last + 1;
  if (L(nx) == "of" || L(nx) == "de") ++nx;
  if (day && IsMonthAt(nx)) return true;  // "17 December", "4-5 gennaio"
  size_t p = Prev(f.first);
  if (L(p) == "the" && IsMonthAt(Prev(p))) p = Prev(p);
  if (IsP(p, ".") && IsMonthAt(Prev(p))) p = Prev(p);  // "Jan. 5"
  if (IsMonthAt(p)) {
    if (day) return true;                                    // "January 4", "June 4-5"
    if (a.plain_integer && a.digit_count == 4) return true;  // "December 2011"
  }
  // "December 16, 2011", "January 24, 20220"
  if (IsP(p, ",") && IsNum(Prev(p)) && IsMonthAt(Prev(Prev(p))) && a.plain_integer) return true;
  if (day && IsWeekday(L(p))) return true;  // "Sunday 2"
  return false;
}

bool Extractor::IsYear(const Figure& f) const {
  auto yearish = [](const Numeral& x) {
    return x.plain_integer && x.digit_count == 4 && x.value >= 1000 && x.value <= 2100;
  };
  if (!yearish(f.a)) return false;
  if (f.b && yearish(*f.b)) {
    // "1990-1995": a span of years unless what follows is counted.
  } else if (f.b) {
    return false;
  }
  size_t p = Prev(f.first);
  std::string_view prev = L(p);
  const size_t nx = f.last + 1;
  // "the Supreme Court's 2015 decision"
  if (prev == "s" && IsApostropheAt(Prev(p))) return true;
  const bool counted_next = IsContentWord(nx) && !IsYearNoun(L(nx));
  std::optional<HedgeMatch> hedge = PrefixHedge(f.first);
  if (hedge && hedge->qualifier != Qualifier::kExact && IsWord(nx) && !Cap(nx)) return false;
  if (counted_next && !IsYearContextWord(prev)) return false;  // "2000 lavoratori"
  return true;
}

bool Extractor::IsTime(const Figure& f) const {
  const Numeral& a = f.a;
  if (a.percent || a.has_multiplier || a.words) return false;
  std::string_view prev = L(Prev(f.first));
  // "alle 7.00", "ore 18", "il traghetto delle 10 per Porto Empedocle"; but "alle 10
  // regioni" is a count.
  if (IsTimeContextWord(prev) && a.value <= 24 && !IsContentWord(f.last + 1)) return true;
  std::string_view raw = Raw(a.first);
  const bool clock = raw.size() >= 4 && (raw[raw.size() - 3] == '.') && a.value < 24;
  if (clock && prev == "at") return true;  // "at 7.30"
  const size_t nx = f.last + 1;
  if (L(nx) == "am" || L(nx) == "pm") return true;
  if ((L(nx) == "a" || L(nx) == "p") && IsP(nx + 1, ".") && L(nx + 2) == "m") return true;
  if (L(nx) == "o" && IsApostropheAt(nx + 1) && L(nx + 2) == "clock") return true;
  return false;
}

bool Extractor::IsIdentifier(const Figure& f) const {
  const Numeral& a = f.a;
  if (a.words || a.percent || a.has_multiplier || f.b) return false;
  const size_t p = Prev(f.first);
  const size_t nx = f.last + 1;
  // A number of 8+ digits without separators is a code, not a count; so is one
  // of 5+ digits that no noun follows ("SMS al 45525 (2 euro)"), and any with a
  // leading zero ("00184 Roma").
  if (a.plain_integer && a.digit_count >= 8) return true;
  if (a.plain_integer && a.digit_count >= 5 && !IsContentWord(nx)) return true;
  if (a.plain_integer && a.digit_count >= 2 && Raw(f.first).front() == '0') return true;
  // "point 5 (", "Gate 7", "article 36 of"
  if (IsWord(p) && IsIdentifierNoun(L(p)) && a.plain_integer && (Cap(p) || !IsContentWord(nx))) {
    return true;
  }
  // "No. 5", "art. 3", "pag. 12"
  if (IsP(p, ".") && IsWord(Prev(p))) {
    std::string_view w = L(Prev(p));
    if (w == "no" || w == "n" || w == "nr" || w == "art" || w == "pag" || w == "p" || w == "pp" ||
        w == "vol" || w == "fig" || w == "tel" || w == "cap" || w == "par") {
      return true;
    }
  }
  // "[3]" footnotes, "(2)" list marks.
  if (a.plain_integer && Glued(f.first) && Glued(nx)) {
    if (IsP(p, "[") && IsP(nx, "]")) return true;
    if (IsP(p, "(") && IsP(nx, ")") && a.value <= 30) return true;
  }
  // "1. Introduction": list numbering at the start of a line.
  if (a.plain_integer && a.value <= 100 && toks_[f.first].newline_before && IsP(nx, ".") &&
      Glued(nx) && Valid(nx + 1) && toks_[nx + 1].space_before) {
    return true;
  }
  // "the 28 Panfilov Guards": a small number inside a proper name.
  std::string_view prev = L(p);
  if (a.plain_integer && a.value < 100 &&
      (prev == "the" || prev == "il" || prev == "la" || prev == "i" || prev == "gli" ||
       prev == "le" || prev == "lo") &&
      IsWord(nx) && Cap(nx) && !IsMonthAt(nx) && IsWord(nx + 1) && Cap(nx + 1)) {
    return true;
  }
  // "8 Rustaveli Avenue", "10 Downing Street": a house number.
  if (a.plain_integer && a.value < 10000) {
    size_t k = nx;
    while (k < nx + 3 && IsWord(k) && Cap(k) && !IsStreetNoun(L(k))) ++k;
    if (k > nx && IsWord(k) && Cap(k) && IsStreetNoun(L(k))) return true;
  }
  // "Gate 7 was", "Flotilla 2 (": a capitalized word (not starting the
  // sentence, not a function word) right before a small bare number.
  if (a.plain_integer && a.value < 1000 && IsWord(p) && Cap(p) && SameSentence(p, f.first) &&
      sentences_[sentence_of_[p]].first_token != p && !IsMonthAt(p) && !IsWeekday(L(p)) &&
      !IsFunctionWordAt(p) && !PrefixHedge(f.first) && (!IsWord(nx) || IsFunctionWordAt(nx)) &&
      !IsP(nx, "%")) {
    return true;
  }
  return false;
}

bool Extractor::IsFurniture(const Figure& f) const {
  if (furniture_line_[f.first]) return true;
  if (f.b || f.a.percent || f.a.has_multiplier) return false;
  size_t p = Prev(f.first);
  if (IsP(p, ":")) p = Prev(p);
  if (IsWord(p) && IsFurnitureWord(L(p))) return true;
  const size_t nx = f.last + 1;
  if (IsWord(nx) && IsFurnitureWord(L(nx))) return true;
  // "5 min read", "4 minuti di lettura"
  if (L(nx) == "min" || L(nx) == "mins" || L(nx) == "minute" || L(nx) == "minutes" ||
      L(nx) == "minuti" || L(nx) == "minuto") {
    if (L(nx + 1) == "read" || L(nx + 1) == "lettura" ||
        (L(nx + 1) == "di" && L(nx + 2) == "lettura") ||
        (L(nx + 1) == "." && L(nx + 2) == "read")) {
      return true;
    }
  }
  return false;
}

// "one of the leaders", "no one", "one way or another", "one would think".
bool Extractor::IsPronounOne(const Figure& f) const {
  if (f.b || !f.a.words || f.a.first != f.a.last || L(f.a.first) != "one") return false;
  const size_t nx = f.last + 1;
  if (!IsWord(nx) && !IsDashAt(nx)) return true;  // "the only one."
  if (IsDashAt(nx) && Glued(nx)) {
    // "one-off", "one-time", "one-sided", "one-on-one": idioms, not counts.
    static constexpr std::string_view kIdioms[] = {"off",  "time", "sided", "way",  "on",
                                                   "stop", "size", "liner", "shot", "of"};
    for (std::string_view w : kIdioms) {
      if (L(nx + 1) == w) return true;
    }
  }
  static constexpr std::string_view kAfter[] = {
      "of",   "another", "or",    "who", "whom", "that",  "which", "would", "could", "can",
      "must", "should",  "might", "may", "will", "shall", "is",    "was",   "has",   "had",
      "does", "did",     "by",    "on",  "at",   "to",    "from",  "in",    "and",   "else"};
  std::string_view next = L(nx);
  for (std::string_view w : kAfter) {
    if (w == next) return true;
  }
  static constexpr std::string_view kBefore[] = {
      "no",   "any",     "every",   "each",   "this",     "that",   "which", "the",
      "such", "another", "someone", "anyone", "everyone", "little", "last",  "next"};
  std::string_view prev = L(Prev(f.first));
  for (std::string_view w : kBefore) {
    if (w == prev) return true;
  }
  // "at one point", "at one time", "at one stage"
  if (prev == "at" && (next == "point" || next == "time" || next == "stage" || next == "moment")) {
    return true;
  }
  for (size_t k = nx; k < nx + 5 && k < n_ && SameSentence(k, f.first); ++k) {
    if (L(k) == "another") return true;  // "one political party after another"
  }
  return false;
}

bool Extractor::Excluded(const Figure& f) const {
  if (in_code_[f.first]) return true;
  if (IsFurniture(f)) return true;
  if (f.ratio) return false;
  // Italian "un"/"una"/"uno" are read only as the numerator of a ratio.
  if (f.a.words && f.a.first == f.a.last &&
      (L(f.a.first) == "un" || L(f.a.first) == "una" || L(f.a.first) == "uno")) {
    return true;
  }
  if (IsDate(f)) return true;
  if (IsYear(f)) return true;
  if (IsTime(f)) return true;
  // Decades: "anni 2000", "anni novanta", "anni 30".
  if (L(Prev(f.first)) == "anni" && !f.b && !f.a.percent) {
    double v = f.a.value;
    if (std::fmod(v, 10) == 0 && ((v >= 10 && v <= 90) || (v >= 1900 && v <= 2090))) {
      return true;
    }
  }
  if (IsIdentifier(f)) return true;
  if (IsPronounOne(f)) return true;
  // Italian "venti" is also "winds": "i venti forti", "venti di guerra".
  if (f.a.words && !f.b && f.a.first == f.a.last && L(f.a.first) == "venti") {
    std::string_view prev = L(Prev(f.first));
    std::string_view next = L(f.last + 1);
    const bool article = prev == "i" || prev == "dei" || prev == "ai" || prev == "dai" ||
                         prev == "nei" || prev == "sui" || prev == "coi" || prev == "questi" ||
                         prev == "forti";
    if ((article && !IsContentWord(f.last + 1)) || next == "forti" || next == "freddi" ||
        next == "caldi" || next == "gelidi" || next == "impetuosi" || next == "di" ||
        next == "da" || next == "fino") {
      return true;
    }
  }
  // Italian "sei" is also "you are": "tu sei", "non sei", "sei stato", "sei già".
  if (f.a.words && !f.b && f.a.first == f.a.last && L(f.a.first) == "sei") {
    static constexpr std::string_view kBefore[] = {"tu", "non", "ci",   "che", "se",   "ne",
                                                   "mi", "ti",  "dove", "chi", "come", "perché"};
    static constexpr std::string_view kAfter[] = {
        "stato",   "stata",   "un",     "una",    "tu",    "qui",  "già",
        "davvero", "proprio", "sempre", "ancora", "mai",   "così", "pronto",
        "pronta",  "sicuro",  "sicura", "bravo",  "brava", "?"};
    std::string_view prev = L(Prev(f.first));
    std::string_view next = L(f.last + 1);
    for (std::string_view w : kBefore) {
      if (w == prev) return true;
    }
    for (std::string_view w : kAfter) {
      if (w == next) return true;
    }
  }
  return false;
}

std::optional<Extractor::HedgeMatch> Extractor::PrefixHedge(size_t first) const {
  // Up to four words before the number in its sentence, nearest first; a
  // currency sign or apostrophe between them does not break the phrase.
  std::array<std::string_view, 4> prev;
  std::array<size_t, 4> at;
  size_t m = 0;
  size_t p = first;
  while (m < prev.size() && p > 0) {
    --p;
    if (!SameSentence(p, first)) break;
    const Token& t = toks_[p];
    if (t.kind == TokenKind::kPunct) {
      if (IsApostrophe(t.lower)) continue;
      if (m == 0 && !CurrencyOfSymbol(Raw(p)).empty()) continue;
      break;
    }
    if (t.kind == TokenKind::kNumber) break;
    if (m == 0 && !CurrencyOfPrefix(Raw(p)).empty()) continue;  // "USD 5", "R12,500"
    at[m] = p;
    prev[m++] = t.lower;
  }
  auto matches = [](std::string_view word, std::string_view hedge) {
    return word == hedge || FoldPreposition(word) == hedge;
  };
  // An Italian article may stand between the hedge and the number: "oltre il
  // 50%", "circa il 30 per cento", "superano i 5 miliardi".
  const bool article = m > 1 && !English(first) &&
                       (prev[0] == "il" || prev[0] == "lo" || prev[0] == "la" || prev[0] == "i" ||
                        prev[0] == "gli" || prev[0] == "le" || prev[0] == "l");
  const Hedge* best = nullptr;
  size_t best_skip = 0;
  for (size_t skip = 0; skip <= (article ? 1u : 0u); ++skip) {
    for (const Hedge& h : PrefixHedges()) {
      if (h.size + skip > m || (best != nullptr && h.size <= best->size)) continue;
      bool ok = true;
      for (size_t k = 0; k < h.size && ok; ++k) {
        ok = matches(prev[skip + h.size - 1 - k], h.words[k]);
      }
      if (!ok) continue;
      // "the past 3 years", "its over 60s": a determiner makes it no hedge.
      if (h.size == 1 && skip + 1 < m) {
        std::string_view d = prev[skip + 1];
        if (d == "the" || d == "these" || d == "those" || d == "its" || d == "their" ||
            d == "his" || d == "her" || d == "our" || d == "last" || d == "next" || d == "gli" ||
            d == "i" || d == "le") {
          if (h.words[0] == "past" || h.words[0] == "over" || h.words[0] == "under" ||
              h.words[0] == "some" || h.words[0] == "above" || h.words[0] == "below") {
            continue;
          }
        }
      }
      // "rose 50% over two years", "Over 8 months of the strike": "over" a span of
      // time is "during"; it means "more than" after "for", "lasted", "after"...
      if (h.size == 1 && h.words[0] == "over" && IsTimeUnitAfter(first)) {
        std::string_view before = skip + 1 < m ? prev[skip + 1] : "";
        if (before != "for" && before != "lasted" && before != "last" && before != "lasts" &&
            before != "took" && before != "take" && before != "takes" && before != "spent" &&
            before != "after" && before != "in" && before != "of" && before != "since" &&
            before != "than" && before != "worked" && before != "served") {
          continue;
        }
      }
      best = &h;
      best_skip = skip;
    }
  }
  if (best == nullptr) return std::nullopt;
  return HedgeMatch{best->qualifier, at[best_skip + best->size - 1], at[best_skip]};
}

std::optional<Extractor::HedgeMatch> Extractor::SuffixHedge(size_t after) const {
  const Hedge* best = nullptr;
  for (const Hedge& h : SuffixHedges()) {
    if (best != nullptr && h.size <= best->size) continue;
    bool ok = true;
    for (size_t k = 0; k < h.size && ok; ++k) {
      ok = IsWord(after + k) && SameSentence(after + k, after - 1) && L(after + k) == h.words[k];
    }
    if (ok) best = &h;
  }
  if (best == nullptr) return std::nullopt;
  return HedgeMatch{best->qualifier, after, after + best->size - 1};
}

std::string Extractor::Counted(size_t k) const {
  // "dozens of monuments", "75% of the shares", "centinaia di migliaia di lavoratori"
  std::string_view w = L(k);
  if (IsWord(k) && (w == "of" || w == "di" || w == "dei" || w == "degli" || w == "delle" ||
                    w == "del" || w == "della" || w == "d")) {
    ++k;
    if (IsApostropheAt(k)) ++k;
    w = L(k);
    if (IsWord(k) && (w == "the" || w == "il" || w == "la" || w == "lo" || w == "i" || w == "gli" ||
                      w == "le" || w == "l")) {
      ++k;
      if (IsApostropheAt(k)) ++k;
    }
  }
  if ((IsDashAt(k) || IsApostropheAt(k)) && Glued(k)) ++k;  // "two-day strike", "vent'anni"
  std::string out;
  size_t count = 0;
  while (count < 4 && Valid(k)) {
    const Token& t = toks_[k];
    if (t.newline_before) break;
    if (t.kind == TokenKind::kWord) {
      if (IsFunctionWord(t.lower, lang_of_[k])) {
        if (count > 0 && (t.lower == "per" || t.lower == "al" || t.lower == "a") && IsWord(k + 1) &&
            IsRateNoun(L(k + 1))) {
          out += ' ';
          out += Raw(k);
          out += ' ';
          out += Raw(k + 1);
          count += 2;
          k += 2;
          continue;
        }
        break;
      }
      if (!out.empty()) out += ' ';
      out += Raw(k);
      ++count;
      ++k;
      continue;
    }
    if (IsDashAt(k) && count > 0 && Glued(k) && IsWord(k + 1) && Glued(k + 1)) {
      out += '-';
      out += Raw(k + 1);
      k += 2;
      continue;
    }
    break;
  }
  return out;
}

std::string Extractor::Currency(const Figure& f, size_t tail) const {
  size_t p = Prev(f.first);
  if (Valid(p)) {
    std::string_view code = CurrencyOfSymbol(Raw(p));
    if (!code.empty() && toks_[p].kind == TokenKind::kPunct) {
      // "US$": the letters glued before the sign.
      return std::string(code);
    }
    if (IsWord(p)) {
      code = CurrencyOfPrefix(Raw(p));
      if (!code.empty()) return std::string(code);
    }
  }
  std::string_view word = CurrencyOfWord(L(tail + 1));
  return std::string(word);
}

std::vector<Mention> Extractor::Run() {
  std::vector<Mention> out;
  size_t i = 0;
  while (i < n_) {
    if (in_code_[i] || toks_[i].kind == TokenKind::kPunct) {
      ++i;
      continue;
    }
    std::optional<Numeral> num = ParseNumeral(i);
    if (!num) {
      ++i;
      continue;
    }
    if (num->reject) {
      i = num->last + 1;
      continue;
    }
    Figure f = FormFigure(*num);
    if (f.reject || Excluded(f)) {
      i = f.last + 1;
      continue;
    }
    size_t tail = f.last;
    Mention m;
    m.start = toks_[f.first].start;
    m.end = toks_[f.last].end;
    m.text = std::string(text_.substr(m.start, m.end - m.start));
    m.language = lang_of_[f.first];
    m.percent = f.a.percent || (f.b && f.b->percent);
    if (f.b || f.a.vague) {
      // A hedge on a range or vague quantity is kept as written; it stays a range.
      if (std::optional<HedgeMatch> hedge = PrefixHedge(f.first)) m.hedge = HedgeText(*hedge);
    }
    if (f.b) {
      m.min = f.a.value;
      m.max = f.b->value;
      m.qualifier = Qualifier::kRange;
    } else if (f.a.vague) {
      m.qualifier = f.a.vague_qualifier;
      if (f.a.vague_qualifier == Qualifier::kRange) {
        m.min = f.a.min;
        m.max = f.a.max;
      } else {
        m.value = f.a.value;
      }
    } else {
      m.value = f.a.value;
      std::optional<HedgeMatch> hedge = SuffixHedge(f.last + 1);
      if (hedge) {
        tail = hedge->last;
        m.hedge_follows = true;
      } else {
        hedge = PrefixHedge(f.first);
      }
      if (hedge) {
        m.qualifier = hedge->qualifier;
        m.hedge = HedgeText(*hedge);
      } else if (f.a.plus) {
        m.qualifier = Qualifier::kAtLeast;
        m.hedge.assign(1, '+');  // (not = "+": g++ 12 -O3 warns falsely, -Wrestrict)
        m.hedge_follows = true;
      }
    }
    m.currency = Currency(f, tail);
    m.counted = Counted(tail + 1);
    if (!m.currency.empty() && CurrencyOfWord(L(tail + 1)).empty()) {
      m.counted = m.counted.empty() ? m.currency : m.currency + " " + m.counted;
    }
    const SentenceSpan& s = sentences_[sentence_of_[f.first]];
    m.sentence_start = s.start;
    m.sentence_end = s.end;
    out.push_back(std::move(m));
    i = tail + 1;
  }
  return out;
}

}  // namespace

Result<std::vector<Mention>> ExtractMentions(std::string_view text, Language lang) {
  Result<std::vector<Token>> tokens = Tokenize(text);
  if (!tokens.ok()) return tokens.status();
  Extractor extractor(text, std::move(tokens).value(), lang);
  return extractor.Run();
}

Language DetectLanguage(std::string_view text) {
  Result<std::vector<Token>> tokens = Tokenize(text);
  if (!tokens.ok()) return Language::kEnglish;
  LanguageCount c = CountStopWords(*tokens);
  return c.it > c.en ? Language::kItalian : Language::kEnglish;
}

}  // namespace claimgraph::extract
