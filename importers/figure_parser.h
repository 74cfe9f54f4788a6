// Parses the figure of a claim as sheets write it: "225", "2975.5", "1e3", or a
// range "793..8498" / "793-8498". Shared by the importers (and their fuzz target).
#ifndef CLAIMGRAPH_IMPORTERS_FIGURE_PARSER_H_
#define CLAIMGRAPH_IMPORTERS_FIGURE_PARSER_H_

#include <string>
#include <string_view>

namespace claimgraph {

// Figures beyond this magnitude are rejected: they are typos or overflow, and
// doubles near DBL_MAX would turn `about` intervals into infinities.
inline constexpr double kMaxFigureMagnitude = 1e15;

struct ParsedFigure {
  double value = 0;
  double value_hi = 0;  // == value unless is_range
  bool is_range = false;
};

// Parses a plain decimal number (no thousands separators, no inf/nan, no hex).
// Returns false with a reason in `*error` when the text is not one.
bool ParseNumber(std::string_view text, double* out, std::string* error);

// Parses a single number or a range. Surrounding ASCII spaces are ignored.
bool ParseFigure(std::string_view text, ParsedFigure* out, std::string* error);

}  // namespace claimgraph

#endif  // CLAIMGRAPH_IMPORTERS_FIGURE_PARSER_H_
