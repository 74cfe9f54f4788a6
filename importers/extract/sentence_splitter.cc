#include "importers/extract/sentence_splitter.h"

#include <algorithm>
#include <array>
#include <string_view>

namespace claimgraph::extract {
namespace {

bool Is(const Token& t, std::string_view s) { return t.kind == TokenKind::kPunct && t.lower == s; }

bool IsTerminal(const Token& t) { return Is(t, ".") || Is(t, "!") || Is(t, "?") || Is(t, "…"); }

bool IsCloser(const Token& t) {
  return Is(t, "\"") || Is(t, "”") || Is(t, "’") || Is(t, "'") || Is(t, ")") || Is(t, "]") ||
         Is(t, "»");
}

bool IsOpener(const Token& t) {
  return Is(t, "\"") || Is(t, "“") || Is(t, "‘") || Is(t, "'") || Is(t, "(") || Is(t, "[") ||
         Is(t, "«") || Is(t, "–") || Is(t, "—") || Is(t, "•") || Is(t, "-");
}

constexpr auto kAbbreviations = [] {
  auto a = std::to_array<std::string_view>({
      "mr",   "mrs",  "ms",   "dr",  "prof",   "st",   "vs",   "gen", "col", "lt",  "sgt",
      "capt", "gov",  "sen",  "rep", "ltd",    "co",   "corp", "jr",  "sr",  "sig", "sigg",
      "dott", "ing",  "avv",  "ca",  "approx", "jan",  "feb",  "apr", "jun", "jul", "aug",
      "sep",  "sept", "oct",  "nov", "dec",    "mt",   "ft",   "inc", "est", "cf",  "ecc",
      "tel",  "ave",  "blvd", "rev", "hon",    "pres", "gov",  "op",  "cit",
  });
  std::sort(a.begin(), a.end());
  return a;
}();

// Abbreviations that stand before a number: "No. 5", "art. 3", "pag. 12".
constexpr auto kNumberAbbreviations = [] {
  auto a = std::to_array<std::string_view>({
      "no",
      "nos",
      "nr",
      "n",
      "art",
      "artt",
      "pag",
      "pagg",
      "p",
      "pp",
      "vol",
      "fig",
      "tel",
      "cap",
      "par",
      "sez",
      "ch",
      "sec",
  });
  std::sort(a.begin(), a.end());
  return a;
}();

bool IsAbbreviation(const Token& t, const Token& next) {
  if (t.kind != TokenKind::kWord) return false;
  if (next.kind == TokenKind::kNumber &&
      std::binary_search(kNumberAbbreviations.begin(), kNumberAbbreviations.end(),
                         std::string_view(t.lower))) {
    return true;
  }
  if (t.end - t.start == 1) return true;  // an initial: "J. Green", "U.S."
  return std::binary_search(kAbbreviations.begin(), kAbbreviations.end(),
                            std::string_view(t.lower));
}

}  // namespace

std::vector<SentenceSpan> SplitSentences(std::span<const Token> tokens) {
  std::vector<SentenceSpan> out;
  if (tokens.empty()) return out;
  size_t first = 0;
  auto close = [&](size_t last) {
    out.push_back({first, last, tokens[first].start, tokens[last].end});
  };
  for (size_t i = 1; i < tokens.size(); ++i) {
    const Token& t = tokens[i];
    bool boundary = false;
    if (t.blank_before) {
      boundary = true;
    } else if (t.newline_before) {
      boundary = !(t.kind == TokenKind::kWord && !t.capitalized);
    } else if (t.space_before) {
      size_t j = i - 1;
      while (j > first && IsCloser(tokens[j])) --j;
      if (IsTerminal(tokens[j])) {
        bool starts = (t.kind == TokenKind::kWord && t.capitalized) ||
                      t.kind == TokenKind::kNumber || IsOpener(t);
        bool abbreviation = Is(tokens[j], ".") && j > first && IsAbbreviation(tokens[j - 1], t) &&
                            !tokens[j].space_before;
        boundary = starts && !abbreviation;
      }
    }
    if (boundary) {
      close(i - 1);
      first = i;
    }
  }
  close(tokens.size() - 1);
  return out;
}

}  // namespace claimgraph::extract
