#include "exporters/figure_text.h"

#include <string_view>

namespace claimgraph {

std::string QualifierWords(Qualifier qualifier) {
  switch (qualifier) {
    case Qualifier::kExact:
      return "";
    case Qualifier::kAtLeast:
      return "at least ";
    case Qualifier::kMoreThan:
      return "more than ";
    case Qualifier::kAtMost:
      return "at most ";
    case Qualifier::kLessThan:
      return "less than ";
    case Qualifier::kUpTo:
      return "up to ";
    case Qualifier::kAbout:
      return "about ";
    case Qualifier::kRange:
      return "between ";
  }
  return "";
}

std::string FigureText(const ClaimGraph& graph, ClaimId id, bool with_unit) {
  const Claim& c = graph.claims()[id];
  std::string out;
  if (c.text != kNoSymbol) {
    out = graph.Str(c.text);
  } else if (c.qualifier == Qualifier::kRange) {
    out = "between " + FormatNumber(c.value) + " and " + FormatNumber(c.value_hi);
  } else {
    out = QualifierWords(c.qualifier) + FormatNumber(c.value);
  }
  if (with_unit && c.unit != kNoSymbol) {
    // A wording that already names its unit ("six years") does not get it twice.
    const std::string_view unit = graph.Str(c.unit);
    const bool named = c.text != kNoSymbol && out.size() >= unit.size() &&
                       out.compare(out.size() - unit.size(), unit.size(), unit) == 0 &&
                       (out.size() == unit.size() || out[out.size() - unit.size() - 1] == ' ');
    if (!named) {
      out += ' ';
      out += unit;
    }
  }
  return out;
}

}  // namespace claimgraph
