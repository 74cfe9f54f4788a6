// How reports word a claim's figure for people: the text's own wording when the
// data has it ("many dozens"), else the qualifier in words ("at least 164 people").
#ifndef CLAIMGRAPH_EXPORTERS_FIGURE_TEXT_H_
#define CLAIMGRAPH_EXPORTERS_FIGURE_TEXT_H_

#include <string>

#include "core/graph.h"

namespace claimgraph {

// "at least 164", "between 793 and 8498", "about 1000", "225"; with the unit
// appended when `with_unit` ("at least 164 people"), unless the claim's own
// wording already ends with it ("six years", unit "years").
std::string FigureText(const ClaimGraph& graph, ClaimId claim, bool with_unit = true);

// The qualifier as words: "", "at least ", "more than ", ...
std::string QualifierWords(Qualifier qualifier);

}  // namespace claimgraph

#endif  // CLAIMGRAPH_EXPORTERS_FIGURE_TEXT_H_
