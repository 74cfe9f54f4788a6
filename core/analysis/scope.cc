#include "core/analysis/scope.h"

#include <deque>
#include <string>
#include <utility>

#include "core/analysis/provenance.h"
#include "core/boost_graph.h"

namespace claimgraph {

Scope Scope::Empty(const ClaimGraph& graph) {
  Scope s;
  s.sources_.assign(graph.num_sources(), false);
  s.documents_.assign(graph.num_documents(), false);
  s.claims_.assign(graph.num_claims(), false);
  s.stances_.assign(graph.num_stances(), false);
  return s;
}

Scope Scope::All(const ClaimGraph& graph) {
  Scope s;
  s.sources_.assign(graph.num_sources(), true);
  s.documents_.assign(graph.num_documents(), true);
  s.claims_.assign(graph.num_claims(), true);
  s.stances_.assign(graph.num_stances(), true);
  return s;
}

bool Scope::HasVertex(const ClaimGraph& graph, ClaimGraph::Vertex v) const {
  uint32_t index = graph.IndexOf(v);
  switch (graph.KindOf(v)) {
    case EntityKind::kSource:
      return HasSource(index);
    case EntityKind::kDocument:
      return HasDocument(index);
    case EntityKind::kClaim:
      return HasClaim(index);
    case EntityKind::kStance:
      break;
  }
  return false;
}

size_t Scope::num_nodes() const {
  size_t n = 0;
  for (const auto* bits : {&sources_, &documents_, &claims_}) {
    for (bool b : *bits) n += b ? 1 : 0;
  }
  return n;
}

std::vector<uint32_t> Scope::Members(const std::vector<bool>& bits) {
  std::vector<uint32_t> out;
  for (uint32_t i = 0; i < bits.size(); ++i) {
    if (bits[i]) out.push_back(i);
  }
  return out;
}

Scope ClosureOfClaims(const ClaimGraph& graph, const std::vector<bool>& claims) {
  Scope scope = Scope::Empty(graph);
  std::vector<bool> stance_documents(graph.num_documents(), false);
  for (ClaimId c = 0; c < graph.num_claims(); ++c) {
    if (!claims[c]) continue;
    scope.AddClaim(c);
    StanceId first = graph.FirstStanceOf(c);
    auto stances = graph.StancesOf(c);
    for (uint32_t k = 0; k < stances.size(); ++k) {
      const Stance& s = stances[k];
      scope.AddStance(first + k);
      scope.AddSource(s.source);
      if (s.attributed_to != kNone) scope.AddSource(s.attributed_to);
      stance_documents[s.document] = true;
    }
  }
  // Chains share their tails: stop at a document already taken.
  for (DocumentId d = 0; d < graph.num_documents(); ++d) {
    if (!stance_documents[d]) continue;
    for (DocumentId at = d; at != kNone && !scope.HasDocument(at);
         at = graph.documents()[at].derived_from) {
      scope.AddDocument(at);
      for (SourceId author : graph.AuthorsOf(at)) scope.AddSource(author);
    }
  }
  return scope;
}

Result<Scope> ScopeOfProposition(const ClaimGraph& graph, std::string_view proposition) {
  std::vector<bool> claims(graph.num_claims(), false);
  bool found = false;
  for (const PropositionGroup& group : graph.groups()) {
    if (graph.Str(group.proposition) != proposition) continue;
    found = true;
    for (ClaimId c : graph.ClaimsOf(group)) claims[c] = true;
  }
  if (!found) return Status::NotFound("no claim has the proposition '" + std::string(proposition) + "'");
  return ClosureOfClaims(graph, claims);
}

Result<Scope> ScopeOfFocus(const ClaimGraph& graph, std::string_view claim, uint32_t depth) {
  std::optional<ClaimId> start = graph.FindClaim(claim);
  if (!start) return Status::NotFound("no claim with id '" + std::string(claim) + "'");
  const BoostGraph::Csr& g = graph.boost_graph().csr;
  const uint32_t n = static_cast<uint32_t>(boost::num_vertices(g));
  std::vector<uint32_t> distance(n, kNone);
  std::deque<ClaimGraph::Vertex> queue;
  const ClaimGraph::Vertex origin = graph.ClaimVertex(*start);
  distance[origin] = 0;
  queue.push_back(origin);
  // Breadth first, neighbours in edge order: the visit order does not change the
  // set, and the set is all a Scope keeps.
  auto visit = [&](ClaimGraph::Vertex from, ClaimGraph::Vertex to) {
    if (distance[to] != kNone) return;
    distance[to] = distance[from] + 1;
    queue.push_back(to);
  };
  while (!queue.empty()) {
    ClaimGraph::Vertex v = queue.front();
    queue.pop_front();
    if (distance[v] >= depth) continue;
    for (auto [it, end] = boost::out_edges(v, g); it != end; ++it) visit(v, boost::target(*it, g));
    for (auto [it, end] = boost::in_edges(v, g); it != end; ++it) visit(v, boost::source(*it, g));
  }
  Scope scope = Scope::Empty(graph);
  for (ClaimGraph::Vertex v = 0; v < n; ++v) {
    if (distance[v] == kNone) continue;
    uint32_t index = graph.IndexOf(v);
    switch (graph.KindOf(v)) {
      case EntityKind::kSource:
        scope.AddSource(index);
        break;
      case EntityKind::kDocument:
        scope.AddDocument(index);
        break;
      case EntityKind::kClaim:
        scope.AddClaim(index);
        break;
      case EntityKind::kStance:
        break;
    }
  }
  for (StanceId s = 0; s < graph.num_stances(); ++s) {
    const Stance& stance = graph.stances()[s];
    if (scope.HasClaim(stance.claim) && scope.HasSource(stance.source)) scope.AddStance(s);
  }
  return scope;
}

Scope ScopeOfConflicts(const ClaimGraph& graph, const ContradictionReport& report) {
  std::vector<bool> claims(graph.num_claims(), false);
  for (const Contradiction& c : report.items) {
    claims[c.a] = true;
    if (c.b != kNone) claims[c.b] = true;
  }
  return ClosureOfClaims(graph, claims);
}

Result<Scope> SelectScope(const ClaimGraph& graph, const ScopeRequest& request,
                          const ContradictionReport* report) {
  if (!request.focus.empty()) {
    if (!request.proposition.empty() || request.conflicts_only) {
      return Status::Usage("--focus cannot be combined with --proposition or --conflicts-only");
    }
    return ScopeOfFocus(graph, request.focus, request.depth);
  }
  if (!request.conflicts_only) return ScopeOfProposition(graph, request.proposition);

  ContradictionReport computed;
  if (report == nullptr) {
    computed = FindContradictions(graph, Provenance::Compute(graph));
    report = &computed;
  }
  if (request.proposition.empty()) return ScopeOfConflicts(graph, *report);

  // Conflicting claims of one proposition.
  bool known = false;
  for (const PropositionGroup& group : graph.groups()) {
    if (graph.Str(group.proposition) == request.proposition) known = true;
  }
  if (!known) {
    return Status::NotFound("no claim has the proposition '" + request.proposition + "'");
  }
  std::vector<bool> claims(graph.num_claims(), false);
  bool any = false;
  for (const Contradiction& c : report->items) {
    if (graph.Str(graph.groups()[c.group].proposition) != request.proposition) continue;
    any = true;
    claims[c.a] = true;
    if (c.b != kNone) claims[c.b] = true;
  }
  if (!any) {
    return Status::NotFound("the proposition '" + request.proposition +
                            "' has no contradiction or dispute");
  }
  return ClosureOfClaims(graph, claims);
}

}  // namespace claimgraph
