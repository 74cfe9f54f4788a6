#include "exporters/interval_order.h"

#include <algorithm>
#include <map>

namespace claimgraph {
namespace {

// Ends as points of one line, so that a.Before(b) is HighEnd(a) < LowEnd(b): an
// open lower end sits just after its value, an open upper end just before it.
using End = std::pair<double, int>;
End LowEnd(const Interval& i) { return {i.lo, i.lo_open ? 1 : 0}; }
End HighEnd(const Interval& i) { return {i.hi, i.hi_open ? -1 : 0}; }

}  // namespace

bool ValueOrderLess(const ClaimGraph& g, ClaimId a, ClaimId b) {
  const Interval& x = g.claims()[a].interval;
  const Interval& y = g.claims()[b].interval;
  if (LowEnd(x) != LowEnd(y)) return LowEnd(x) < LowEnd(y);
  if (HighEnd(x) != HighEnd(y)) return HighEnd(x) < HighEnd(y);
  return g.Str(g.claims()[a].id) < g.Str(g.claims()[b].id);
}

void SortByValue(const ClaimGraph& g, std::vector<ClaimId>* claims) {
  std::sort(claims->begin(), claims->end(),
            [&g](ClaimId a, ClaimId b) { return ValueOrderLess(g, a, b); });
}

std::vector<std::pair<uint32_t, uint32_t>> CoveringPairs(std::span<const Interval> intervals) {
  const uint32_t n = static_cast<uint32_t>(intervals.size());
  std::vector<uint32_t> by_low(n);
  for (uint32_t i = 0; i < n; ++i) by_low[i] = i;
  std::stable_sort(by_low.begin(), by_low.end(), [&](uint32_t a, uint32_t b) {
    return LowEnd(intervals[a]) < LowEnd(intervals[b]);
  });
  std::vector<End> lows(n);
  for (uint32_t k = 0; k < n; ++k) lows[k] = LowEnd(intervals[by_low[k]]);
  // The lowest upper end among the intervals from position k on (by lower end).
  std::vector<End> min_high_from(n);
  for (uint32_t k = n; k-- > 0;) {
    End high = HighEnd(intervals[by_low[k]]);
    min_high_from[k] = k + 1 < n ? std::min(high, min_high_from[k + 1]) : high;
  }
  // The intervals after a are a suffix by lower end. Let m be the one of them that
  // ends first: any c after a and before b makes m before b too, so b covers a
  // exactly when it starts after a but not after m, a contiguous run.
  std::vector<std::pair<uint32_t, uint32_t>> pairs;
  for (uint32_t a = 0; a < n; ++a) {
    const End high = HighEnd(intervals[a]);
    auto first = std::upper_bound(lows.begin(), lows.end(), high);
    if (first == lows.end()) continue;
    const End m = min_high_from[static_cast<size_t>(first - lows.begin())];
    auto last = std::upper_bound(first, lows.end(), m);
    for (auto it = first; it != last; ++it) {
      pairs.emplace_back(a, by_low[static_cast<size_t>(it - lows.begin())]);
    }
  }
  std::sort(pairs.begin(), pairs.end());
  return pairs;
}

namespace {

// Of a group's covering pairs (low, high), those to each claim's nearest
// excluding figure above and below in value order.
std::vector<std::pair<ClaimId, ClaimId>> NearestPairs(
    const ClaimGraph& g, const std::vector<std::pair<ClaimId, ClaimId>>& covering) {
  std::map<ClaimId, ClaimId> above, below;  // claim -> its nearest excluding figure
  auto keep_nearer = [&](std::map<ClaimId, ClaimId>& nearest, ClaimId from, ClaimId to,
                         bool lower_is_nearer) {
    auto [it, inserted] = nearest.emplace(from, to);
    if (!inserted && ValueOrderLess(g, to, it->second) == lower_is_nearer) it->second = to;
  };
  for (const auto& [low, high] : covering) {
    keep_nearer(above, low, high, true);
    keep_nearer(below, high, low, false);
  }
  std::vector<std::pair<ClaimId, ClaimId>> nearest;
  for (const auto& [low, high] : above) nearest.emplace_back(low, high);
  for (const auto& [high, low] : below) nearest.emplace_back(low, high);
  std::sort(nearest.begin(), nearest.end());
  nearest.erase(std::unique(nearest.begin(), nearest.end()), nearest.end());
  return nearest;
}

}  // namespace

DisjointPairSelection SelectDisjointPairs(const ClaimGraph& g,
                                          std::span<const DisjointPair> pairs,
                                          const std::vector<bool>& drawn_claims) {
  DisjointPairSelection selection;
  selection.draw.assign(pairs.size(), true);
  selection.pairs = pairs.size();
  std::map<uint32_t, std::vector<size_t>> pairs_of_group;
  for (size_t i = 0; i < pairs.size(); ++i) pairs_of_group[pairs[i].group].push_back(i);
  for (const auto& [group, members] : pairs_of_group) {
    if (members.size() <= kMaxDisjointPairsDrawnInFull) continue;
    std::vector<ClaimId> claims;
    std::vector<Interval> intervals;
    for (ClaimId c : g.ClaimsOf(g.groups()[group])) {
      if (!drawn_claims[c]) continue;
      claims.push_back(c);
      intervals.push_back(g.claims()[c].interval);
    }
    std::vector<std::pair<ClaimId, ClaimId>> kept;
    for (auto [low, high] : CoveringPairs(intervals)) kept.emplace_back(claims[low], claims[high]);
    std::sort(kept.begin(), kept.end());
    GroupReduction reduction{group, PairsDrawn::kCovering, members.size(), 0};
    if (kept.size() > kMaxCoveringPairsPerClaim * claims.size()) {
      kept = NearestPairs(g, kept);
      reduction.rule = PairsDrawn::kNearest;
      selection.any_nearest = true;
    }
    for (size_t i : members) {
      ClaimId low = pairs[i].a, high = pairs[i].b;
      if (g.claims()[high].interval.Before(g.claims()[low].interval)) std::swap(low, high);
      selection.draw[i] =
          std::binary_search(kept.begin(), kept.end(), std::pair<ClaimId, ClaimId>(low, high));
      if (selection.draw[i]) ++reduction.drawn;
    }
    selection.reduced.push_back(reduction);
  }
  selection.drawn =
      static_cast<size_t>(std::count(selection.draw.begin(), selection.draw.end(), true));
  return selection;
}

std::string DisjointPairNote(size_t pairs, size_t drawn, bool nearest) {
  if (pairs == drawn) return "";
  std::string note = std::to_string(pairs) + " disjoint pairs, " + std::to_string(drawn) +
                     " drawn: a pair is left out when a figure lies between its two";
  if (nearest) {
    note += "; where that still leaves many, each figure is joined only to the nearest "
            "figure it excludes on either side";
  }
  return note;
}

}  // namespace claimgraph
