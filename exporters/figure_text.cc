#include "exporters/figure_text.h"

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
    out += ' ';
    out += graph.Str(c.unit);
  }
  return out;
}

}  // namespace claimgraph
