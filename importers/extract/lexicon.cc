#include "importers/extract/lexicon.h"

#include <algorithm>
#include <array>
#include <string_view>

namespace claimgraph::extract {
namespace {

using Q = Qualifier;

// Sorted at compile time, so the lists below can stay in a readable order.
template <size_t N>
constexpr std::array<std::string_view, N> Sorted(std::array<std::string_view, N> words) {
  std::sort(words.begin(), words.end());
  return words;
}

template <size_t N>
bool In(const std::array<std::string_view, N>& sorted, std::string_view word) {
  return std::binary_search(sorted.begin(), sorted.end(), word);
}

constexpr Hedge H(std::string_view a, Q q) { return {{a, "", "", ""}, 1, q}; }
constexpr Hedge H(std::string_view a, std::string_view b, Q q) { return {{a, b, "", ""}, 2, q}; }
constexpr Hedge H(std::string_view a, std::string_view b, std::string_view c, Q q) {
  return {{a, b, c, ""}, 3, q};
}
constexpr Hedge H(std::string_view a, std::string_view b, std::string_view c, std::string_view d,
                  Q q) {
  return {{a, b, c, d}, 4, q};
}

// The qualifier lexicon of docs/extract.md. Italian entries end in the bare
// preposition ("più di", "fino a"): FoldPreposition maps "dei", "al"... onto it.
constexpr Hedge kPrefixHedges[] = {
    // exact
    H("only", Q::kExact),
    H("just", Q::kExact),
    H("exactly", Q::kExact),
    H("precisely", Q::kExact),
    H("a", "total", "of", Q::kExact),
    H("total", "of", Q::kExact),
    H("solo", Q::kExact),
    H("soltanto", Q::kExact),
    H("appena", Q::kExact),
    H("esattamente", Q::kExact),
    H("un", "totale", "di", Q::kExact),
    H("totale", "di", Q::kExact),
    // at_least
    H("at", "least", Q::kAtLeast),
    H("no", "fewer", "than", Q::kAtLeast),
    H("no", "less", "than", Q::kAtLeast),
    H("not", "less", "than", Q::kAtLeast),
    H("not", "fewer", "than", Q::kAtLeast),
    H("a", "minimum", "of", Q::kAtLeast),
    H("as", "few", "as", Q::kAtLeast),
    H("as", "little", "as", Q::kAtLeast),
    H("minimum", "of", Q::kAtLeast),
    H("minimum", Q::kAtLeast),
    H("almeno", Q::kAtLeast),
    H("non", "meno", "di", Q::kAtLeast),
    H("come", "minimo", Q::kAtLeast),
    H("un", "minimo", "di", Q::kAtLeast),
    H("minimo", Q::kAtLeast),
    // more_than
    H("more", "than", Q::kMoreThan),
    H("over", Q::kMoreThan),
    H("above", Q::kMoreThan),
    H("past", Q::kMoreThan),
    H("exceeding", Q::kMoreThan),
    H("in", "excess", "of", Q::kMoreThan),
    H("upwards", "of", Q::kMoreThan),
    H("upward", "of", Q::kMoreThan),
    H("greater", "than", Q::kMoreThan),
    H("well", "over", Q::kMoreThan),
    H("oltre", Q::kMoreThan),
    H("più", "di", Q::kMoreThan),
    H("superiore", "a", Q::kMoreThan),
    H("superiori", "a", Q::kMoreThan),
    H("sopra", Q::kMoreThan),
    H("sopra", "i", Q::kMoreThan),
    H("ben", "oltre", Q::kMoreThan),
    H("north", "of", Q::kMoreThan),
    H("exceed", Q::kMoreThan),
    H("exceeds", Q::kMoreThan),
    H("exceeded", Q::kMoreThan),
    H("supera", Q::kMoreThan),
    H("superano", Q::kMoreThan),
    H("superato", Q::kMoreThan),
    H("superando", Q::kMoreThan),
    H("superare", Q::kMoreThan),
    H("superava", Q::kMoreThan),
    H("superavano", Q::kMoreThan),
    H("sopra", "a", Q::kMoreThan),
    // at_most
    H("up", "to", Q::kAtMost),
    H("at", "most", Q::kAtMost),
    H("as", "many", "as", Q::kAtMost),
    H("as", "much", "as", Q::kAtMost),
    H("no", "more", "than", Q::kAtMost),
    H("not", "more", "than", Q::kAtMost),
    H("less", "than", Q::kAtMost),
    H("fewer", "than", Q::kAtMost),
    H("under", Q::kAtMost),
    H("below", Q::kAtMost),
    H("a", "maximum", "of", Q::kAtMost),
    H("maximum", "of", Q::kAtMost),
    H("maximum", Q::kAtMost),
    H("fino", "a", Q::kAtMost),
    H("al", "massimo", Q::kAtMost),
    H("meno", "di", Q::kAtMost),
    H("non", "più", "di", Q::kAtMost),
    H("inferiore", "a", Q::kAtMost),
    H("inferiori", "a", Q::kAtMost),
    H("un", "massimo", "di", Q::kAtMost),
    H("massimo", Q::kAtMost),
    H("sotto", Q::kAtMost),
    H("sotto", "a", Q::kAtMost),
    H("entro", Q::kAtMost),
    H("within", Q::kAtMost),
    // about
    H("about", Q::kAbout),
    H("around", Q::kAbout),
    H("some", Q::kAbout),
    H("approximately", Q::kAbout),
    H("approx", Q::kAbout),
    H("roughly", Q::kAbout),
    H("nearly", Q::kAbout),
    H("almost", Q::kAbout),
    H("close", "to", Q::kAbout),
    H("an", "estimated", Q::kAbout),
    H("estimated", Q::kAbout),
    H("circa", Q::kAbout),
    H("quasi", Q::kAbout),
    H("intorno", "a", Q::kAbout),
    H("attorno", "a", Q::kAbout),
    H("approssimativamente", Q::kAbout),
    H("all", "incirca", Q::kAbout),
    H("più", "o", "meno", Q::kAbout),
    H("pressappoco", Q::kAbout),
    H("una", "stima", "di", Q::kAbout),
    H("circa", "a", Q::kAbout),
    H("some", "estimated", Q::kAbout),
    H("in", "the", "region", "of", Q::kAbout),
    H("of", "the", "order", "of", Q::kAbout),
    H("on", "the", "order", "of", Q::kAbout),
    H("nell", "ordine", "di", Q::kAbout),
    H("dell", "ordine", "di", Q::kAbout),
    H("sull", "ordine", "di", Q::kAbout),
};

constexpr Hedge kSuffixHedges[] = {
    H("or", "more", Q::kAtLeast),  H("and", "more", Q::kAtLeast),     H("or", "over", Q::kMoreThan),
    H("or", "above", Q::kAtLeast), H("or", "less", Q::kAtMost),       H("or", "fewer", Q::kAtMost),
    H("or", "so", Q::kAbout),      H("o", "più", Q::kAtLeast),        H("e", "più", Q::kAtLeast),
    H("e", "oltre", Q::kAtLeast),  H("o", "meno", Q::kAtMost),        H("at", "least", Q::kAtLeast),
    H("at", "most", Q::kAtMost),   H("al", "massimo", Q::kAtMost),    H("almeno", Q::kAtLeast),
    H("circa", Q::kAbout),         H("or", "thereabouts", Q::kAbout), H("e", "passa", Q::kMoreThan),
    H("plus", Q::kMoreThan),
};

constexpr auto kEnglishMonths = Sorted(std::to_array<std::string_view>({
    "january",   "february", "march",    "april",    "may",  "june", "july", "august",
    "september", "october",  "november", "december", "jan",  "feb",  "mar",  "apr",
    "jun",       "jul",      "aug",      "sep",      "sept", "oct",  "nov",  "dec",
}));

constexpr auto kItalianMonths = Sorted(std::to_array<std::string_view>({
    "gennaio",
    "febbraio",
    "marzo",
    "aprile",
    "maggio",
    "giugno",
    "luglio",
    "agosto",
    "settembre",
    "ottobre",
    "novembre",
    "dicembre",
}));

constexpr auto kWeekdays = Sorted(std::to_array<std::string_view>({
    "monday", "tuesday", "wednesday", "thursday",  "friday",  "saturday", "sunday", "mon",
    "tue",    "tues",    "wed",       "thu",       "thur",    "thurs",    "fri",    "sat",
    "sun",    "lunedì",  "martedì",   "mercoledì", "giovedì", "venerdì",  "sabato", "domenica",
}));

constexpr auto kIdentifierNouns = Sorted(std::to_array<std::string_view>({
    "point",     "gate",      "no",        "nos",      "nr",         "number",   "num",
    "article",   "art",       "section",   "sec",      "chapter",    "page",     "pp",
    "paragraph", "para",      "item",      "room",     "flight",     "route",    "line",
    "platform",  "bus",       "terminal",  "level",    "unit",       "block",    "building",
    "apartment", "apt",       "ward",      "station",  "channel",    "version",  "model",
    "clause",    "annex",     "table",     "figure",   "fig",        "protocol", "resolution",
    "step",      "phase",     "stage",     "round",    "episode",    "season",   "volume",
    "vol",       "issue",     "code",      "lot",      "tier",       "grade",    "class",
    "group",     "camp",      "punto",     "articolo", "comma",      "pagina",   "pag",
    "numero",    "capitolo",  "paragrafo", "sezione",  "tabella",    "figura",   "allegato",
    "stanza",    "linea",     "binario",   "volo",     "decreto",    "legge",    "fase",
    "girone",    "puntata",   "cella",     "blocco",   "lotto",      "via",      "piazza",
    "corso",     "viale",     "civico",    "interno",  "scala",      "tel",      "phone",
    "fax",       "telefono",  "cell",      "isbn",     "issn",       "doi",      "id",
    "ref",       "reference", "decree",    "law",      "zone",       "sector",   "district",
    "region",    "school",    "hospital",  "highway",  "interstate", "exit",     "gruppo",
    "zona",      "settore",   "covid",     "sars",
}));

constexpr auto kFurnitureWords = Sorted(std::to_array<std::string_view>({
    "views",
    "view",
    "comments",
    "comment",
    "likes",
    "replies",
    "reply",
    "reads",
    "retweets",
    "reposts",
    "visualizzazioni",
    "letture",
    "commenti",
    "commento",
    "condivisioni",
    "risposte",
    "pageviews",
}));

constexpr auto kYearContext = Sorted(std::to_array<std::string_view>({
    "in",        "since",  "of",         "by",      "until",   "till",   "from",    "to",
    "before",    "after",  "during",     "through", "the",     "early",  "late",    "mid",
    "summer",    "winter", "spring",     "autumn",  "fall",    "year",   "years",   "fiscal",
    "nel",       "del",    "dal",        "al",      "entro",   "il",     "nell",    "dell",
    "dall",      "anno",   "fino",       "prima",   "dopo",    "estate", "inverno", "primavera",
    "autunno",   "fine",   "inizio",     "metà",    "per",     "tra",    "fra",     "between",
    "circa",     "c",      "ca",         "around",  "dagli",   "negli",  "degli",   "agli",
    "anni",      "s",      "and",        "e",       "or",      "o",      "at",      "end",
    "beginning", "start",  "throughout", "whole",   "all",     "tutto",  "this",    "that",
    "next",      "last",   "class",      "budget",  "vintage", "born",   "nato",    "nata",
    "nati",      "dated",  "datato",     "a",       "an",      "un",     "una",     "lo",
    "la",        "le",     "i",          "gli",     "l",       "its",    "their",   "his",
    "her",       "our",    "whose",      "questo",  "quest",   "ultimo", "scorso",  "post",
    "pre",
}));

constexpr auto kYearNouns = Sorted(std::to_array<std::string_view>({
    "decision",      "decisions",   "election",   "elections",  "constitution", "law",
    "laws",          "census",      "budget",     "report",     "strike",       "strikes",
    "events",        "event",       "season",     "crisis",     "protests",     "protest",
    "olympics",      "uprising",    "massacre",   "riots",      "revolution",   "war",
    "referendum",    "reform",      "reforms",    "agreement",  "treaty",       "edition",
    "survey",        "study",       "campaign",   "vote",       "ruling",       "amendment",
    "amendments",    "plan",        "programme",  "program",    "decree",       "act",
    "statement",     "declaration", "congress",   "summit",     "games",        "cup",
    "championship",  "earthquake",  "unrest",     "events",     "level",        "levels",
    "figures",       "data",        "estimate",   "estimates",  "model",        "version",
    "issue",         "annual",      "financial",  "fiscal",     "general",      "presidential",
    "parliamentary", "national",    "world",      "global",     "state",        "elezioni",
    "costituzione",  "legge",       "censimento", "bilancio",   "rapporto",     "sciopero",
    "scioperi",      "proteste",    "rivolta",    "strage",     "riforma",      "accordo",
    "trattato",      "edizione",    "decreto",    "referendum", "sentenza",     "massacro",
}));

constexpr auto kTimeContext = Sorted(std::to_array<std::string_view>({
    "alle",
    "ore",
    "dalle",
    "delle",
}));

constexpr auto kEnglishFunctionWords = Sorted(std::to_array<std::string_view>({
    "a",         "an",        "the",     "of",      "in",      "on",         "at",      "to",
    "from",      "by",        "with",    "for",     "and",     "or",         "but",     "were",
    "was",       "is",        "are",     "be",      "been",    "being",      "have",    "has",
    "had",       "who",       "whom",    "which",   "that",    "this",       "these",   "those",
    "as",        "than",      "into",    "during",  "since",   "until",      "per",     "after",
    "before",    "according", "while",   "when",    "where",   "not",        "no",      "it",
    "they",      "he",        "she",     "we",      "you",     "i",          "its",     "their",
    "his",       "her",       "our",     "your",    "will",    "would",      "could",   "can",
    "may",       "might",     "must",    "should",  "shall",   "also",       "only",    "out",
    "up",        "down",      "over",    "under",   "about",   "around",     "there",   "here",
    "then",      "so",        "if",      "because", "though",  "although",   "each",    "every",
    "some",      "any",       "all",     "both",    "either",  "neither",    "more",    "most",
    "less",      "least",     "do",      "does",    "did",     "them",       "him",     "us",
    "me",        "my",        "what",    "why",     "how",     "whose",      "within",  "without",
    "against",   "between",   "among",   "across",  "through", "throughout", "via",     "including",
    "like",      "unlike",    "upon",    "onto",    "off",     "again",      "further", "just",
    "even",      "still",     "already", "yet",     "now",     "s",          "t",       "whether",
    "among",     "towards",   "toward",  "amid",    "said",    "say",        "says",    "reported",
    "according", "being",     "got",     "get",     "gets",
}));

constexpr auto kItalianFunctionWords = Sorted(std::to_array<std::string_view>({
    "di",      "del",     "della",  "dello",  "dei",     "degli",   "delle",  "il",
    "lo",      "la",      "i",      "gli",    "le",      "l",       "un",     "una",
    "uno",     "a",       "al",     "alla",   "allo",    "ai",      "agli",   "alle",
    "da",      "dal",     "dalla",  "dallo",  "dai",     "dagli",   "dalle",  "in",
    "nel",     "nella",   "nello",  "nei",    "negli",   "nelle",   "con",    "su",
    "sul",     "sulla",   "sui",    "sugli",  "sulle",   "per",     "tra",    "fra",
    "e",       "ed",      "o",      "od",     "ma",      "che",     "chi",    "cui",
    "sono",    "è",       "era",    "erano",  "stati",   "stato",   "state",  "stata",
    "sia",     "siano",   "hanno",  "ha",     "aveva",   "avevano", "non",    "come",
    "più",     "anche",   "solo",   "dove",   "quando",  "se",      "loro",   "questo",
    "questa",  "questi",  "queste", "quello", "quella",  "quelli",  "quelle", "si",
    "ad",      "ne",      "ci",     "vi",     "suo",     "sua",     "suoi",   "sue",
    "nostro",  "nostra",  "mentre", "perché", "secondo", "dopo",    "prima",  "contro",
    "senza",   "verso",   "presso", "sotto",  "sopra",   "oltre",   "già",    "ancora",
    "poi",     "quindi",  "però",   "essere", "avere",   "fa",      "fanno",  "sarebbero",
    "sarebbe", "saranno", "sarà",   "viene",  "vengono", "furono",  "fu",
}));

constexpr auto kRateNouns = Sorted(std::to_array<std::string_view>({
    "litre",      "liter",      "litro",    "barrel",     "barile", "tonne",     "ton",
    "tonnellata", "month",      "mese",     "day",        "giorno", "year",      "anno",
    "hour",       "ora",        "head",     "testa",      "kg",     "kilo",      "chilo",
    "km",         "metre",      "meter",    "metro",      "capita", "person",    "persona",
    "week",       "settimana",  "unit",     "unità",      "cubic",  "cubo",      "square",
    "quadrato",   "kwh",        "gallon",   "share",      "azione", "household", "famiglia",
    "worker",     "lavoratore", "employee", "dipendente",
}));

constexpr auto kEnglishStopWords = Sorted(std::to_array<std::string_view>({
    "the",   "and",  "of",    "to",   "in",    "is",      "that",   "was",     "for",
    "with",  "are",  "on",    "were", "by",    "this",    "have",   "from",    "which",
    "has",   "it",   "be",    "as",   "at",    "they",    "their",  "had",     "been",
    "not",   "but",  "who",   "will", "would", "an",      "or",     "its",     "also",
    "there", "than", "these", "into", "after", "against", "people", "workers",
}));

constexpr auto kItalianStopWords = Sorted(std::to_array<std::string_view>({
    "il",     "la",     "di",    "che",   "e",    "per",        "non",   "del",    "della",
    "le",     "dei",    "un",    "una",   "sono", "con",        "nel",   "degli",  "gli",
    "alla",   "è",      "delle", "lo",    "ha",   "hanno",      "anche", "dal",    "nella",
    "sul",    "ai",     "al",    "si",    "come", "più",        "stati", "stato",  "sulla",
    "questo", "questa", "ma",    "dalla", "loro", "lavoratori", "tutti", "contro",
}));

struct CurrencyEntry {
  std::string_view key;
  std::string_view code;
};

constexpr CurrencyEntry kCurrencySymbols[] = {
    {"$", "USD"},   {"US$", "USD"}, {"€", "EUR"},   {"£", "GBP"},   {"¥", "JPY"},
    {"₸", "KZT"},   {"₽", "RUB"}, {"₹", "INR"},   {"₴", "UAH"},   {"usd", "USD"},
    {"eur", "EUR"}, {"gbp", "GBP"}, {"kzt", "KZT"}, {"rub", "RUB"}, {"chf", "CHF"},
};

// Letters written glued before an amount: "R12,500", "Rs 500", "KSh 300".
constexpr CurrencyEntry kCurrencyPrefixes[] = {
    {"R", "ZAR"},   {"Rs", "INR"},  {"Rp", "IDR"},  {"KSh", "KES"}, {"Ksh", "KES"},
    {"RM", "MYR"},  {"Tk", "BDT"},  {"USD", "USD"}, {"EUR", "EUR"}, {"GBP", "GBP"},
    {"KZT", "KZT"}, {"RUB", "RUB"}, {"CHF", "CHF"}, {"US", "USD"},
};

constexpr CurrencyEntry kCurrencyWords[] = {
    {"dollars", "USD"}, {"dollar", "USD"},  {"dollari", "USD"},  {"dollaro", "USD"},
    {"euro", "EUR"},    {"euros", "EUR"},   {"pounds", "GBP"},   {"sterline", "GBP"},
    {"tenge", "KZT"},   {"rubles", "RUB"},  {"roubles", "RUB"},  {"ruble", "RUB"},
    {"rubli", "RUB"},   {"rublo", "RUB"},   {"yuan", "CNY"},     {"yen", "JPY"},
    {"francs", "CHF"},  {"franchi", "CHF"}, {"hryvnias", "UAH"}, {"rupees", "INR"},
};

}  // namespace

std::span<const Hedge> PrefixHedges() { return kPrefixHedges; }
std::span<const Hedge> SuffixHedges() { return kSuffixHedges; }

std::string_view FoldPreposition(std::string_view w) {
  if (w == "dei" || w == "delle" || w == "degli" || w == "del" || w == "della" || w == "dello") {
    return "di";
  }
  if (w == "ai" || w == "al" || w == "alle" || w == "agli" || w == "allo" || w == "alla" ||
      w == "ad") {
    return "a";
  }
  return w;
}

bool IsEnglishMonth(std::string_view w) { return In(kEnglishMonths, w); }
bool IsItalianMonth(std::string_view w) { return In(kItalianMonths, w); }
bool IsWeekday(std::string_view w) { return In(kWeekdays, w); }
bool IsIdentifierNoun(std::string_view w) { return In(kIdentifierNouns, w); }
bool IsFurnitureWord(std::string_view w) { return In(kFurnitureWords, w); }
bool IsYearContextWord(std::string_view w) { return In(kYearContext, w); }
bool IsYearNoun(std::string_view w) { return In(kYearNouns, w); }
bool IsTimeContextWord(std::string_view w) { return In(kTimeContext, w); }
bool IsFunctionWord(std::string_view w, Language lang) {
  if (lang != Language::kItalian && In(kEnglishFunctionWords, w)) return true;
  return lang != Language::kEnglish && In(kItalianFunctionWords, w);
}
bool IsRateNoun(std::string_view w) { return In(kRateNouns, w); }
bool IsEnglishStopWord(std::string_view w) { return In(kEnglishStopWords, w); }
bool IsItalianStopWord(std::string_view w) { return In(kItalianStopWords, w); }

std::string_view CurrencyOfSymbol(std::string_view text) {
  for (const auto& e : kCurrencySymbols) {
    if (e.key == text) return e.code;
  }
  return "";
}

std::string_view CurrencyOfPrefix(std::string_view text) {
  for (const auto& e : kCurrencyPrefixes) {
    if (e.key == text) return e.code;
  }
  return "";
}

std::string_view CurrencyOfWord(std::string_view w) {
  for (const auto& e : kCurrencyWords) {
    if (e.key == w) return e.code;
  }
  return "";
}

}  // namespace claimgraph::extract
