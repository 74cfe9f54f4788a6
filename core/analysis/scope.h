// Scopes: the part of a graph a diagram or an export shows.
//
//  - proposition KEY: the claims of that proposition (every unit), and what leads
//    to them (the closure below);
//  - focus CLAIM [depth N]: the neighbourhood of one claim, a breadth-first search
//    over the typed graph (in and out edges alike) to N hops (default 2);
//  - conflicts only: the claims in a disjoint pair, a revision or a dispute, and
//    what leads to them. Combined with a proposition, the conflicting claims of
//    that proposition.
//
// The closure of a set of claims: every stance on them (asserting or disputing),
// the sources making those stances, the sources the stances credit
// (attributed_to), the stances' documents and the derived-from chain of each up to
// its root, and the authors of every document in those chains (the origins).
//
// A Scope is a value: one membership bit per source, document, claim and stance,
// read in index (canonical) order, so a scoped export is as deterministic as a
// whole one. An exporter draws an edge when both its ends are in scope, and a
// stance's edges only when the stance is in scope.
#ifndef CLAIMGRAPH_CORE_ANALYSIS_SCOPE_H_
#define CLAIMGRAPH_CORE_ANALYSIS_SCOPE_H_

#include <cstddef>
#include <cstdint>
#include <string>
#include <vector>

#include "core/analysis/contradictions.h"
#include "core/graph.h"
#include "core/status.h"

namespace claimgraph {

class Scope {
 public:
  // Nothing of `graph` selected.
  static Scope Empty(const ClaimGraph& graph);
  // Everything of `graph` selected.
  static Scope All(const ClaimGraph& graph);

  bool HasSource(SourceId id) const { return sources_[id]; }
  bool HasDocument(DocumentId id) const { return documents_[id]; }
  bool HasClaim(ClaimId id) const { return claims_[id]; }
  bool HasStance(StanceId id) const { return stances_[id]; }
  bool HasVertex(const ClaimGraph& graph, ClaimGraph::Vertex v) const;

  void AddSource(SourceId id) { sources_[id] = true; }
  void AddDocument(DocumentId id) { documents_[id] = true; }
  void AddClaim(ClaimId id) { claims_[id] = true; }
  void AddStance(StanceId id) { stances_[id] = true; }

  // The selected ids, ascending.
  std::vector<SourceId> Sources() const { return Members(sources_); }
  std::vector<DocumentId> Documents() const { return Members(documents_); }
  std::vector<ClaimId> Claims() const { return Members(claims_); }
  std::vector<StanceId> Stances() const { return Members(stances_); }

  // Sources + documents + claims: the nodes a diagram of this scope draws.
  size_t num_nodes() const;

 private:
  static std::vector<uint32_t> Members(const std::vector<bool>& bits);
  std::vector<bool> sources_, documents_, claims_, stances_;
};

// What to select. An empty request (no proposition, no focus, not conflicts_only)
// selects nothing: callers then export the whole graph without a Scope.
struct ScopeRequest {
  std::string proposition;  // a proposition key
  std::string focus;        // a claim id
  uint32_t depth = 2;       // hops from `focus`
  bool conflicts_only = false;

  bool empty() const { return proposition.empty() && focus.empty() && !conflicts_only; }
};

inline constexpr uint32_t kDefaultFocusDepth = 2;

// The claims of `proposition` and their closure. NotFound when no claim has it.
Result<Scope> ScopeOfProposition(const ClaimGraph& graph, std::string_view proposition);

// Every vertex within `depth` hops of the claim, over in and out edges, and the
// stances whose source and claim are both reached. NotFound for an unknown claim.
Result<Scope> ScopeOfFocus(const ClaimGraph& graph, std::string_view claim, uint32_t depth);

// The claims in any item of `report` and their closure.
Scope ScopeOfConflicts(const ClaimGraph& graph, const ContradictionReport& report);

// The closure of the claims selected in `claims` (other members are ignored).
Scope ClosureOfClaims(const ClaimGraph& graph, const std::vector<bool>& claims);

// Dispatches a request. `report` is used for conflicts_only; when null it is
// computed here. Errors: Usage when focus is combined with another scope;
// NotFound for an unknown proposition or claim, or when a proposition has no
// conflicting claim under conflicts_only.
Result<Scope> SelectScope(const ClaimGraph& graph, const ScopeRequest& request,
                          const ContradictionReport* report = nullptr);

}  // namespace claimgraph

#endif  // CLAIMGRAPH_CORE_ANALYSIS_SCOPE_H_
