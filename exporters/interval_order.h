// The order of a group's figures as a diagram shows it: claims ranked by value so
// a conflict reads left to right, and the few disjoint pairs that stand for all
// the others when a group has many.
//
// Figures are intervals (core/model.h). Interval::Before is a strict partial
// order (an interval order); a disjoint pair is two claims one of which is
// Before the other. When c lies strictly between a and b (a Before c, c Before
// b), the pair a-b follows from a-c and c-b: drawing only the covering pairs (the
// transitive reduction) keeps every conflict readable from the picture, since
// each left-out pair is a path of drawn ones through the ranked claims.
#ifndef CLAIMGRAPH_EXPORTERS_INTERVAL_ORDER_H_
#define CLAIMGRAPH_EXPORTERS_INTERVAL_ORDER_H_

#include <cstddef>
#include <cstdint>
#include <span>
#include <string>
#include <utility>
#include <vector>

#include "core/graph.h"
#include "core/model.h"

namespace claimgraph {

// True when `a` comes before `b` in reading order: by lower end (an open end
// after a closed one at the same value), then upper end (open before closed),
// then claim id. A total order on the claims of a graph.
bool ValueOrderLess(const ClaimGraph& graph, ClaimId a, ClaimId b);

// Sorts `claims` by ValueOrderLess.
void SortByValue(const ClaimGraph& graph, std::vector<ClaimId>* claims);

// The covering pairs of the interval order on `intervals`: every (i, j) with
// intervals[i].Before(intervals[j]) and no k such that intervals[i].Before(k)
// and k.Before(intervals[j]). Indices into `intervals`, sorted ascending.
// O(n log n + output) time; intervals must not be empty (lo <= hi, and lo < hi
// when an end is open), as the importers guarantee.
std::vector<std::pair<uint32_t, uint32_t>> CoveringPairs(std::span<const Interval> intervals);

// How many of a group's disjoint pairs a diagram draws. Twelve red lines among a
// handful of boxes still read; hundreds hide the graph and take Graphviz minutes
// to route (a bench proposition has 22,522 among 500 claims).
//  - kAll: up to kMaxDisjointPairsDrawnInFull pairs, every one.
//  - kCovering: past that, the covering pairs (CoveringPairs of the group's drawn
//    claims), while there are at most kMaxCoveringPairsPerClaim per claim: every
//    pair left out is a path of drawn ones.
//  - kNearest: more covering pairs than that (two clusters of figures that agree
//    among themselves and exclude each other, where every pair is covering):
//    each claim keeps the pair to the nearest figure it excludes above it and
//    the one below it (in value order), at most two per claim.
enum class PairsDrawn : uint8_t { kAll, kCovering, kNearest };
inline constexpr size_t kMaxDisjointPairsDrawnInFull = 12;
inline constexpr size_t kMaxCoveringPairsPerClaim = 2;

// A disjoint pair a diagram considers drawing, in the group it belongs to.
struct DisjointPair {
  uint32_t group = 0;  // index into ClaimGraph::groups()
  ClaimId a = kNone;
  ClaimId b = kNone;
};

// What was left out of one group.
struct GroupReduction {
  uint32_t group = 0;
  PairsDrawn rule = PairsDrawn::kCovering;
  size_t pairs = 0;  // disjoint pairs of the group in the diagram
  size_t drawn = 0;  // of which drawn
};

struct DisjointPairSelection {
  std::vector<bool> draw;               // per input pair
  std::vector<GroupReduction> reduced;  // groups not drawn in full, by group index
  size_t pairs = 0;
  size_t drawn = 0;
  bool any_nearest = false;  // some group drew only nearest pairs
};

// Chooses the disjoint pairs to draw, by the rules of PairsDrawn. `drawn_claims`
// (indexed by ClaimId) are the claims the diagram shows; every pair's claims
// must be among them, and only they count as lying between two figures.
DisjointPairSelection SelectDisjointPairs(const ClaimGraph& graph,
                                          std::span<const DisjointPair> pairs,
                                          const std::vector<bool>& drawn_claims);

// For a graph or cluster label: "1770 disjoint pairs, 59 drawn: a pair is left
// out when a figure lies between its two", and with `nearest` how the groups
// with many are drawn. Empty when every pair is drawn.
std::string DisjointPairNote(size_t pairs, size_t drawn, bool nearest);

}  // namespace claimgraph

#endif  // CLAIMGRAPH_EXPORTERS_INTERVAL_ORDER_H_
