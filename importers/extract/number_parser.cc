#include "importers/extract/number_parser.h"

#include <charconv>
#include <string>
#include <vector>

namespace claimgraph::extract {
namespace {

bool IsDigit(char c) { return c >= '0' && c <= '9'; }

struct WordValue {
  std::string_view word;
  int64_t value;
};

constexpr WordValue kEnglishSmall[] = {
    {"zero", 0},     {"one", 1},      {"two", 2},        {"three", 3},     {"four", 4},
    {"five", 5},     {"six", 6},      {"seven", 7},      {"eight", 8},     {"nine", 9},
    {"ten", 10},     {"eleven", 11},  {"twelve", 12},    {"thirteen", 13}, {"fourteen", 14},
    {"fifteen", 15}, {"sixteen", 16}, {"seventeen", 17}, {"eighteen", 18}, {"nineteen", 19},
    {"twenty", 20},  {"thirty", 30},  {"forty", 40},     {"fourty", 40},   {"fifty", 50},
    {"sixty", 60},   {"seventy", 70}, {"eighty", 80},    {"ninety", 90},
};

constexpr WordValue kEnglishScales[] = {
    {"thousand", 1000},
    {"million", 1000000},
    {"billion", 1000000000},
    {"trillion", 1000000000000},
};

// Italian units as they end a compound ("ventitré", "trentuno").
constexpr WordValue kItalianUnits[] = {
    {"uno", 1},    {"due", 2}, {"tre", 3},   {"tré", 3},  {"quattro", 4},
    {"cinque", 5}, {"sei", 6}, {"sette", 7}, {"otto", 8}, {"nove", 9},
};

constexpr WordValue kItalianTeens[] = {
    {"dieci", 10},    {"undici", 11}, {"dodici", 12},      {"tredici", 13},  {"quattordici", 14},
    {"quindici", 15}, {"sedici", 16}, {"diciassette", 17}, {"diciotto", 18}, {"diciannove", 19},
};

// Tens, each with its elided form used before "uno" and "otto".
struct ItalianTens {
  std::string_view full;
  std::string_view elided;
  int64_t value;
};
constexpr ItalianTens kItalianTens[] = {
    {"venti", "vent", 20},         {"trenta", "trent", 30},     {"quaranta", "quarant", 40},
    {"cinquanta", "cinquant", 50}, {"sessanta", "sessant", 60}, {"settanta", "settant", 70},
    {"ottanta", "ottant", 80},     {"novanta", "novant", 90},
};

// Multipliers of the hundreds in "duecento" ... "novecento".
constexpr WordValue kItalianHundredsPrefix[] = {
    {"", 1},    {"due", 2},   {"tre", 3},  {"quattro", 4}, {"cinque", 5},
    {"sei", 6}, {"sette", 7}, {"otto", 8}, {"nove", 9},
};

std::optional<int64_t> Lookup(std::span<const WordValue> table, std::string_view w) {
  for (const auto& e : table) {
    if (e.word == w) return e.value;
  }
  return std::nullopt;
}

// 0..99 written as one Italian word; "" is 0 (the empty tail of "duecento").
std::optional<int64_t> ItalianBelow100(std::string_view s) {
  if (s.empty()) return 0;
  if (auto v = Lookup(kItalianUnits, s)) return v;
  if (auto v = Lookup(kItalianTeens, s)) return v;
  for (const auto& t : kItalianTens) {
    for (std::string_view head : {t.full, t.elided}) {
      if (!s.starts_with(head)) continue;
      std::string_view rest = s.substr(head.size());
      if (rest.empty()) {
        if (head == t.full) return t.value;
        continue;
      }
      if (auto u = Lookup(kItalianUnits, rest)) return t.value + *u;
      if (rest == "un" && head == t.elided) return t.value + 1;  // "ventun anni"
    }
  }
  return std::nullopt;
}

// 0..999 written as one word: [unit]"cento"[tail] or a number below 100.
std::optional<int64_t> ItalianBelow1000(std::string_view s) {
  if (auto v = ItalianBelow100(s)) return v;
  for (const auto& h : kItalianHundredsPrefix) {
    if (!s.starts_with(h.word)) continue;
    std::string_view rest = s.substr(h.word.size());
    // "cento" + tail, or the elided "cent" before a tail starting with 'o'
    // ("centotto", "centottanta").
    if (rest.starts_with("cento")) {
      if (auto t = ItalianBelow100(rest.substr(5))) return h.value * 100 + *t;
    }
    if (rest.starts_with("cento") || rest.starts_with("cent")) {
      std::string_view tail = rest.substr(4);
      if (!tail.empty() && tail[0] == 'o') {
        if (auto t = ItalianBelow100(tail)) return h.value * 100 + *t;
      }
    }
  }
  return std::nullopt;
}

// Range of a plural vague word used alone ("hundreds": 200..999), and the factor
// it scales when followed by "of thousands" / "di migliaia" (tens: 10).
struct VagueWord {
  std::string_view word;
  double min;
  double max;
  double scaled_min;  // its low end before "of thousands": tens of thousands = 20000..
};

constexpr VagueWord kEnglishVague[] = {
    {"dozens", 24, 99, 24},       {"tens", 20, 99, 20},          {"hundreds", 200, 999, 200},
    {"thousands", 2000, 9999, 0}, {"millions", 2e6, 9999999, 0}, {"billions", 2e9, 9999999999, 0},
};
constexpr VagueWord kItalianVague[] = {
    {"decine", 24, 99, 20},      {"dozzine", 24, 99, 24},      {"centinaia", 200, 999, 200},
    {"migliaia", 2000, 9999, 0}, {"milioni", 2e6, 9999999, 0}, {"miliardi", 2e9, 9999999999, 0},
};
// After a modifier the singular means the same: "several dozen", "a few hundred".
constexpr VagueWord kEnglishVagueSingular[] = {
    {"dozen", 24, 99, 24},
    {"hundred", 200, 999, 200},
    {"thousand", 2000, 9999, 0},
    {"million", 2e6, 9999999, 0},
};
// Scales that "tens of" / "decine di" multiply.
constexpr WordValue kEnglishVagueScales[] = {
    {"thousands", 1000},
    {"millions", 1000000},
    {"billions", 1000000000},
};
constexpr WordValue kItalianVagueScales[] = {
    {"migliaia", 1000},
    {"milioni", 1000000},
    {"miliardi", 1000000000},
};
// "una decina" = about 10 ...
constexpr WordValue kItalianApprox[] = {
    {"decina", 10},     {"dozzina", 12},    {"quindicina", 15},  {"ventina", 20},
    {"trentina", 30},   {"quarantina", 40}, {"cinquantina", 50}, {"sessantina", 60},
    {"settantina", 70}, {"ottantina", 80},  {"novantina", 90},   {"centinaio", 100},
    {"migliaio", 1000},
};

const VagueWord* FindVague(std::span<const VagueWord> table, std::string_view w) {
  for (const auto& e : table) {
    if (e.word == w) return &e;
  }
  return nullptr;
}

bool IsEnglish(Language lang) { return lang != Language::kItalian; }
bool IsItalian(Language lang) { return lang != Language::kEnglish; }

}  // namespace

std::optional<double> ParseDigits(std::string_view s, Language lang) {
  // Split into digit groups and the separators between them. Space-like
  // separators (no-break, thin) are always thousands.
  std::vector<std::string_view> groups;
  std::string seps;  // '.', ',' or ' '
  size_t i = 0;
  while (i < s.size()) {
    size_t start = i;
    while (i < s.size() && IsDigit(s[i])) ++i;
    if (i == start) return std::nullopt;
    groups.push_back(s.substr(start, i - start));
    if (i == s.size()) break;
    if (s[i] == '.' || s[i] == ',') {
      seps.push_back(s[i]);
      ++i;
    } else {
      seps.push_back(' ');
      while (i < s.size() && !IsDigit(s[i])) ++i;  // skip the multi-byte space
    }
  }
  if (groups.size() != seps.size() + 1) return std::nullopt;

  char decimal = 0;
  size_t dots = 0, commas = 0;
  for (char c : seps) {
    dots += c == '.';
    commas += c == ',';
  }
  if (dots > 0 && commas > 0) {
    decimal = seps.back();
    if (decimal == ' ' || (decimal == '.' ? dots : commas) != 1) return std::nullopt;
  } else if (dots + commas == 1) {
    const char c = dots ? '.' : ',';
    const size_t at = seps.find(c);
    std::string_view before = groups[at];
    std::string_view after = groups[at + 1];
    if (at + 1 != seps.size()) {
      decimal = 0;  // spaces follow: "1.234 567" groups thousands
    } else if (after.size() != 3 || before == "0") {
      decimal = c;  // "4,5", "1.25", "0,125": only a decimal mark reads so
    } else if (after == "000") {
      decimal = 0;  // "20,000" / "40.000" are thousands in any language
    } else if (lang == Language::kItalian) {
      decimal = c == ',' ? c : 0;
    } else {
      decimal = c == '.' ? c : 0;
    }
  }
  // Validate thousands groups and assemble "digits[.digits]".
  std::string plain;
  for (size_t g = 0; g < groups.size(); ++g) {
    bool after_decimal = g > 0 && seps[g - 1] == decimal && decimal != 0;
    if (after_decimal) {
      plain.push_back('.');
      plain.append(groups[g]);
      continue;
    }
    if (g == 0) {
      bool thousands_follow = !seps.empty() && seps[0] != decimal;
      if (thousands_follow && groups[0].size() > 3) return std::nullopt;
    } else if (groups[g].size() != 3) {
      return std::nullopt;
    }
    plain.append(groups[g]);
  }
  double value = 0;
  auto [ptr, ec] = std::from_chars(plain.data(), plain.data() + plain.size(), value);
  if (ec != std::errc() || ptr != plain.data() + plain.size()) return std::nullopt;
  return value;
}

std::optional<double> MultiplierWord(std::string_view w, Language lang) {
  if (IsEnglish(lang)) {
    if (w == "thousand") return 1e3;
    if (w == "million" || w == "millions") return 1e6;
    if (w == "billion" || w == "billions") return 1e9;
    if (w == "trillion" || w == "trillions") return 1e12;
    if (w == "bn") return 1e9;
    if (w == "mn" || w == "mln") return 1e6;
  }
  if (IsItalian(lang)) {
    if (w == "mila") return 1e3;
    if (w == "milione" || w == "milioni" || w == "mln") return 1e6;
    if (w == "miliardo" || w == "miliardi" || w == "mld" || w == "mrd") return 1e9;
  }
  return std::nullopt;
}

std::optional<double> MultiplierSuffix(std::string_view w) {
  if (w == "k") return 1e3;
  if (w == "m" || w == "mn" || w == "mln" || w == "million") return 1e6;
  if (w == "b" || w == "bn" || w == "bln" || w == "billion" || w == "mld" || w == "mrd") {
    return 1e9;
  }
  if (w == "tn" || w == "trillion") return 1e12;
  if (w == "mila" || w == "thousand") return 1e3;
  return std::nullopt;
}

std::optional<int64_t> ParseItalianNumberWord(std::string_view s) {
  if (s.empty() || s == "un" || s == "una") return std::nullopt;
  if (s == "mille") return 1000;
  if (s.starts_with("mille")) {
    auto tail = ItalianBelow1000(s.substr(5));
    if (tail && *tail > 0) return 1000 + *tail;
    return std::nullopt;
  }
  size_t mila = s.find("mila");
  if (mila != std::string_view::npos && mila > 0) {
    auto head = ItalianBelow1000(s.substr(0, mila));
    auto tail = ItalianBelow1000(s.substr(mila + 4));
    if (head && *head >= 2 && tail) return *head * 1000 + *tail;
    return std::nullopt;
  }
  auto v = ItalianBelow1000(s);
  if (v && *v > 0) return v;
  return std::nullopt;
}

std::optional<int64_t> EnglishSmallNumber(std::string_view w) { return Lookup(kEnglishSmall, w); }

WordNumber ParseEnglishWords(std::span<const std::string_view> w) {
  enum class Last { kNone, kUnit, kTeen, kTens, kHundred, kScale };
  WordNumber out;
  const size_t n = w.size();
  auto scale_of = [](std::string_view s) -> std::optional<double> {
    for (const auto& e : kEnglishScales) {
      if (e.word == s) return static_cast<double>(e.value);
    }
    return std::nullopt;
  };
  auto is_scale_or_dozen = [&](size_t k) {
    return k < n && (w[k] == "hundred" || w[k] == "dozen" || scale_of(w[k]).has_value());
  };
  if (n >= 3 && w[0] == "half" && w[1] == "a" && is_scale_or_dozen(2)) {
    double scale = w[2] == "hundred" ? 100 : w[2] == "dozen" ? 12 : *scale_of(w[2]);
    out.value = scale / 2;
    out.consumed = 3;
    out.has_scale = true;
    return out;
  }
  double total = 0, current = 0;
  Last last = Last::kNone;
  size_t i = 0;
  if (n >= 2 && (w[0] == "a" || w[0] == "one") && is_scale_or_dozen(1)) {
    current = 1;
    last = Last::kUnit;
    i = 1;
  }
  while (i < n) {
    std::string_view word = w[i];
    if (auto small = EnglishSmallNumber(word)) {
      bool ok = last == Last::kNone || last == Last::kHundred || last == Last::kScale ||
                (last == Last::kTens && *small > 0 && *small < 10);
      if (!ok) break;
      current += static_cast<double>(*small);
      last = *small >= 20 ? Last::kTens : *small >= 10 ? Last::kTeen : Last::kUnit;
      out.consumed = ++i;
      continue;
    }
    if (word == "-") {
      // Only "thirty-four": a hyphen between tens and a unit.
      auto next = i + 1 < n ? EnglishSmallNumber(w[i + 1]) : std::nullopt;
      if (last == Last::kTens && next && *next > 0 && *next < 10) {
        ++i;
        continue;
      }
      break;
    }
    if (word == "and" && i + 2 < n && w[i + 1] == "a" && w[i + 2] == "half" &&
        (last == Last::kUnit || last == Last::kTeen || last == Last::kTens)) {
      // "one and a half thousand", "two and a half years"
      current += 0.5;
      i += 3;
      out.consumed = i;
      continue;
    }
    if (word == "and") {
      // "two hundred and fifty": "and" only after hundred or a scale.
      auto next = i + 1 < n ? EnglishSmallNumber(w[i + 1]) : std::nullopt;
      if ((last == Last::kHundred || last == Last::kScale) && next && *next > 0) {
        ++i;
        continue;
      }
      break;
    }
    if (word == "hundred") {
      if (last != Last::kUnit && last != Last::kTeen && last != Last::kTens) break;
      if (current >= 100) break;
      current *= 100;
      last = Last::kHundred;
      out.has_scale = true;
      out.consumed = ++i;
      continue;
    }
    if (word == "dozen") {
      if (last != Last::kUnit && last != Last::kTeen && last != Last::kTens) break;
      current *= 12;
      last = Last::kScale;
      out.has_scale = true;
      out.consumed = ++i;
      continue;
    }
    if (auto scale = scale_of(word)) {
      if (last == Last::kNone) break;
      total += current * *scale;
      current = 0;
      last = Last::kScale;
      out.has_scale = true;
      out.consumed = ++i;
      continue;
    }
    break;
  }
  out.value = total + current;
  if (last == Last::kNone) out.consumed = 0;
  return out;
}

WordNumber ParseItalianWords(std::span<const std::string_view> w) {
  WordNumber out;
  const size_t n = w.size();
  if (n == 0) return out;
  auto scale_of = [](std::string_view s) -> std::optional<double> {
    if (s == "milione" || s == "milioni") return 1e6;
    if (s == "miliardo" || s == "miliardi") return 1e9;
    return std::nullopt;
  };
  double value = 0;
  size_t i = 0;
  if ((w[0] == "un" || w[0] == "uno") && n >= 2 && (w[1] == "milione" || w[1] == "miliardo")) {
    value = *scale_of(w[1]);
    i = 2;
    out.has_scale = true;
  } else if (w[0] == "mezzo" && n >= 2 && (w[1] == "milione" || w[1] == "miliardo")) {
    value = *scale_of(w[1]) / 2;
    i = 2;
    out.has_scale = true;
  } else {
    auto v = ParseItalianNumberWord(w[0]);
    if (!v) return out;
    value = static_cast<double>(*v);
    i = 1;
    if (i < n && w[i] == "mila" && value < 1000 && value >= 2) {
      value *= 1000;
      ++i;
      out.has_scale = true;
    }
    if (i < n) {
      if (auto scale = scale_of(w[i])) {
        value *= *scale;
        ++i;
        out.has_scale = true;
      }
    }
  }
  // "due milioni e mezzo"
  if (out.has_scale && i + 1 < n && w[i] == "e" && w[i + 1] == "mezzo") {
    if (auto scale = scale_of(w[i - 1])) {
      value += *scale / 2;
      i += 2;
    }
  }
  out.value = value;
  out.consumed = i;
  return out;
}

VagueQuantity ParseVagueQuantity(std::span<const std::string_view> w, Language lang) {
  VagueQuantity out;
  const size_t n = w.size();
  if (n == 0) return out;
  auto at = [&](size_t k) -> std::string_view { return k < n ? w[k] : std::string_view(); };

  // A plural vague word at k, optionally "of thousands" / "di migliaia" after it.
  auto plural = [&](size_t k, std::span<const VagueWord> table, std::span<const WordValue> scales,
                    std::string_view of, bool allow_singular) -> bool {
    const VagueWord* v = FindVague(table, at(k));
    if (v == nullptr && allow_singular && IsEnglish(lang)) {
      v = FindVague(kEnglishVagueSingular, at(k));
    }
    if (v == nullptr) return false;
    // "tens of thousands" = 20000..99999: min × scale .. (max + 1) × scale − 1.
    bool scalable = v->max < 1000;
    if (scalable && at(k + 1) == of) {
      if (auto s = Lookup(scales, at(k + 2))) {
        double scale = static_cast<double>(*s);
        out.min = v->scaled_min * scale;
        out.max = (v->max + 1) * scale - 1;
        out.consumed = k + 3;
        return true;
      }
    }
    if (v->word == "tens") return false;  // "tens" alone is not one of the rules' quantities
    out.min = v->min;
    out.max = v->max;
    out.consumed = k + 1;
    return true;
  };

  if (IsEnglish(lang)) {
    size_t k = 0;
    if (at(0) == "many" || at(0) == "several") {
      k = 1;
    } else if (at(0) == "a" && at(1) == "few") {
      k = 2;
    } else if (at(0) == "few") {
      k = 1;
    }
    if (plural(k, kEnglishVague, kEnglishVagueScales, "of", k > 0)) return out;
    out.consumed = 0;
  }
  if (IsItalian(lang)) {
    // "una decina", "un centinaio" (di migliaia): about a definite value.
    if ((at(0) == "un" || at(0) == "una")) {
      if (auto v = Lookup(kItalianApprox, at(1))) {
        double value = static_cast<double>(*v);
        size_t used = 2;
        if (at(2) == "di") {
          if (auto s = Lookup(kItalianVagueScales, at(3))) {
            value *= static_cast<double>(*s);
            used = 4;
          }
        }
        out.value = value;
        out.min = value;
        out.max = value;
        out.qualifier = Qualifier::kAbout;
        out.consumed = used;
        return out;
      }
    }
    size_t k = 0;
    std::string_view m = at(0);
    if (m == "molte" || m == "molti" || m == "diverse" || m == "diversi" || m == "parecchie" ||
        m == "parecchi" || m == "alcune" || m == "alcuni" || m == "varie" || m == "vari" ||
        m == "numerose" || m == "numerosi") {
      k = 1;
    }
    if (m == "qualche") {
      // "qualche decina" reads like "decine".
      static constexpr VagueWord kSingular[] = {
          {"decina", 24, 99, 20}, {"centinaio", 200, 999, 200}, {"migliaio", 2000, 9999, 0}};
      if (const VagueWord* v = FindVague(kSingular, at(1))) {
        out.min = v->min;
        out.max = v->max;
        out.consumed = 2;
        return out;
      }
    }
    if (plural(k, kItalianVague, kItalianVagueScales, "di", false)) return out;
    out.consumed = 0;
  }
  return out;
}

}  // namespace claimgraph::extract
