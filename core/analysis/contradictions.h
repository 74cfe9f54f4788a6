// Contradictions within each proposition, compared per unit:
//  - disjoint: two claims whose intervals do not meet ("225" vs "more than 225");
//  - revision: a disjoint pair whose claims both trace to one single, shared
//    origin and carry different dates: the origin changed its own figure;
//  - dispute: a source disputes a claim ("But this is not true!").
// A proposition measured in several units is a warning, not a conflict.
//
// Each (proposition, unit) group is analysed on its own (FindInGroup), so groups can
// run in any order, in parallel or on different machines; the whole-graph result is
// their concatenation in group order.
#ifndef CLAIMGRAPH_CORE_ANALYSIS_CONTRADICTIONS_H_
#define CLAIMGRAPH_CORE_ANALYSIS_CONTRADICTIONS_H_

#include <cstdint>
#include <string_view>
#include <vector>

#include "core/analysis/provenance.h"
#include "core/graph.h"

namespace claimgraph {

enum class ContradictionKind : uint8_t { kDisjoint, kRevision, kDispute };
std::string_view Name(ContradictionKind kind);

struct Contradiction {
  ContradictionKind kind = ContradictionKind::kDisjoint;
  uint32_t group = 0;   // index into ClaimGraph::groups()
  ClaimId a = kNone;    // the lower claim index; for a revision the older figure
  ClaimId b = kNone;    // kNone for a dispute; for a revision the newer figure
};

struct UnitWarning {
  Symbol proposition = kNoSymbol;
  std::vector<Symbol> units;  // in text order
};

struct ContradictionReport {
  std::vector<Contradiction> items;  // by group; within a group pairs by (a, b), then disputes
  std::vector<UnitWarning> warnings;
};

struct AnalysisOptions {
  unsigned threads = 1;  // groups are split across this many threads; output is identical
};

// The contradictions of one (proposition, unit) group, appended to `out`.
void FindInGroup(const ClaimGraph& graph, const Provenance& provenance, uint32_t group,
                 std::vector<Contradiction>* out);

ContradictionReport FindContradictions(const ClaimGraph& graph, const Provenance& provenance,
                                       const AnalysisOptions& options = {});

// The sources disputing a claim, by name, distinct and sorted.
std::vector<std::string_view> DisputersOf(const ClaimGraph& graph, ClaimId claim);

}  // namespace claimgraph

#endif  // CLAIMGRAPH_CORE_ANALYSIS_CONTRADICTIONS_H_
