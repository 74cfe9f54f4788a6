#include "core/analysis/contradictions.h"

#include <algorithm>
#include <atomic>
#include <bit>
#include <span>
#include <thread>

#include "core/small_pages.h"

namespace claimgraph {

std::string_view Name(ContradictionKind kind) {
  switch (kind) {
    case ContradictionKind::kDisjoint:
      return "disjoint";
    case ContradictionKind::kRevision:
      return "revision";
    case ContradictionKind::kDispute:
      return "dispute";
  }
  return "?";
}

namespace {

// Upper ends in order, an open end just below a closed one at the same value.
bool HiLess(const Interval& x, const Interval& y) {
  if (x.hi != y.hi) return x.hi < y.hi;
  return x.hi_open && !y.hi_open;
}

// True when `x` lies entirely below a lower end (lo, lo_open): the predicate is
// monotone along HiLess order, so the claims below any lower end form a prefix.
bool EndsBefore(const Interval& x, double lo, bool lo_open) {
  return x.hi < lo || (x.hi == lo && (x.hi_open || lo_open));
}

bool IsRevision(const Provenance& provenance, ClaimId a, ClaimId b) {
  auto oa = provenance.OriginsOf(a), ob = provenance.OriginsOf(b);
  if (oa.size() != 1 || ob.size() != 1 || oa[0] != ob[0]) return false;
  Date da = provenance.DateOf(a), db = provenance.DateOf(b);
  return da.known() && db.known() && da != db;
}

// A disjoint pair of claims a < b, told a revision when it is one (the older figure first).
Contradiction PairOf(const Provenance& provenance, uint32_t group, ClaimId a, ClaimId b) {
  Contradiction c;
  c.group = group;
  c.a = a;
  c.b = b;
  if (IsRevision(provenance, a, b)) {
    c.kind = ContradictionKind::kRevision;
    if (provenance.DateOf(b) < provenance.DateOf(a)) std::swap(c.a, c.b);
  }
  return c;
}

// The pairs of a group of up to kBitmapGroup claims, in (lower, higher) claim order
// without sorting them: the sweep sets a bit per pair in an n x n matrix, read back
// row by row (at the limit, 128 KiB; pairs grow with the square of a group too).
// False, with nothing written, where that order would not be the sorted one
// (members out of claim order) or a pair comes up twice (an empty interval: the
// general path keeps both).
constexpr size_t kBitmapGroup = 1024;
bool GroupPairsInOrder(const ClaimGraph& graph, const Provenance& provenance, uint32_t group,
                       std::span<const ClaimId> members, std::vector<Contradiction>* out) {
  const auto n = static_cast<uint32_t>(members.size());
  if (n > kBitmapGroup || !std::is_sorted(members.begin(), members.end())) return false;
  const auto& claims = graph.claims();
  auto interval = [&](uint32_t i) -> const Interval& { return claims[members[i]].interval; };
  constexpr uint32_t kSmall = 64;  // a small group keeps its scratch on the stack
  uint32_t small_order[kSmall];
  uint64_t small_bits[kSmall];
  const uint32_t words = (n + 63) / 64;
  std::vector<uint32_t> large_order;
  std::vector<uint64_t> large_bits;
  if (n > kSmall) {
    large_order.resize(n);
    large_bits.assign(size_t{n} * words, 0);
  } else {
    std::fill(small_bits, small_bits + n, 0);
  }
  uint32_t* by_hi = n > kSmall ? large_order.data() : small_order;
  uint64_t* bits = n > kSmall ? large_bits.data() : small_bits;  // row i: words i*words...
  for (uint32_t i = 0; i < n; ++i) by_hi[i] = i;
  std::sort(by_hi, by_hi + n, [&](uint32_t x, uint32_t y) {
    if (HiLess(interval(x), interval(y))) return true;
    if (HiLess(interval(y), interval(x))) return false;
    return x < y;
  });
  for (uint32_t b = 0; b < n; ++b) {
    const Interval& ib = interval(b);
    const uint32_t* end = std::partition_point(
        by_hi, by_hi + n, [&](uint32_t x) { return EndsBefore(interval(x), ib.lo, ib.lo_open); });
    for (const uint32_t* it = by_hi; it != end; ++it) {
      const uint32_t lo = std::min(*it, b), hi = std::max(*it, b);
      uint64_t& word = bits[size_t{lo} * words + hi / 64];
      const uint64_t bit = uint64_t{1} << (hi % 64);
      if (word & bit) return false;
      word |= bit;
    }
  }
  for (uint32_t i = 0; i < n; ++i) {
    const uint64_t* row = bits + size_t{i} * words;
    for (uint32_t w = i / 64; w < words; ++w) {
      for (uint64_t set = row[w]; set != 0; set &= set - 1) {
        const uint32_t j = w * 64 + static_cast<uint32_t>(std::countr_zero(set));
        out->push_back(PairOf(provenance, group, members[i], members[j]));
      }
    }
  }
  return true;
}

}  // namespace

void FindInGroup(const ClaimGraph& graph, const Provenance& provenance, uint32_t group,
                 std::vector<Contradiction>* out) {
  const PropositionGroup& g = graph.groups()[group];
  std::span<const ClaimId> members = graph.ClaimsOf(g);
  const auto& claims = graph.claims();

  if (!GroupPairsInOrder(graph, provenance, group, members, out)) {
    // Sweep: sort by upper end once; the claims entirely below claim b are a prefix,
    // found by binary search. Cost O(n log n + pairs), never all pairs.
    std::vector<ClaimId> by_hi(members.begin(), members.end());
    std::sort(by_hi.begin(), by_hi.end(), [&](ClaimId x, ClaimId y) {
      const Interval &ix = claims[x].interval, &iy = claims[y].interval;
      if (HiLess(ix, iy)) return true;
      if (HiLess(iy, ix)) return false;
      return x < y;
    });
    const size_t first = out->size();
    for (ClaimId b : members) {
      const Interval& ib = claims[b].interval;
      auto end = std::partition_point(by_hi.begin(), by_hi.end(), [&](ClaimId x) {
        return EndsBefore(claims[x].interval, ib.lo, ib.lo_open);
      });
      for (auto it = by_hi.begin(); it != end; ++it) {
        out->push_back(PairOf(provenance, group, std::min(*it, b), std::max(*it, b)));
      }
    }
    auto pair_key = [](const Contradiction& c) {
      return std::make_pair(std::min(c.a, c.b), std::max(c.a, c.b));
    };
    std::sort(
        out->begin() + static_cast<std::ptrdiff_t>(first), out->end(),
        [&](const Contradiction& x, const Contradiction& y) { return pair_key(x) < pair_key(y); });
  }

  for (ClaimId c : members) {
    for (const Stance& s : graph.StancesOf(c)) {
      if (s.kind == StanceKind::kDisputes) {
        out->push_back(Contradiction{ContradictionKind::kDispute, group, c, kNone});
        break;
      }
    }
  }
}

ContradictionReport FindContradictions(const ClaimGraph& graph, const Provenance& provenance,
                                       const AnalysisOptions& options) {
  ContradictionReport report;
  const auto& groups = graph.groups();
  const uint32_t n = static_cast<uint32_t>(groups.size());
  unsigned threads = std::max(1u, std::min<unsigned>(options.threads, n / 64 + 1));
  if (threads == 1) {
    for (uint32_t g = 0; g < n; ++g) FindInGroup(graph, provenance, g, &report.items);
  } else {
    // Blocks of groups, taken by whichever thread is free (a group's pairs grow with
    // the square of its size, so equal shares of groups are not equal shares of
    // work), each block's items kept apart and concatenated in block order:
    // identical to one thread.
    constexpr uint32_t kBlock = 512;  // groups
    const uint32_t blocks = (n + kBlock - 1) / kBlock;
    std::vector<std::vector<Contradiction>> parts(blocks);
    std::atomic<uint32_t> next{0};
    std::vector<std::thread> workers;
    for (unsigned t = 0; t < threads; ++t) {
      workers.emplace_back([&] {
        for (uint32_t b; (b = next.fetch_add(1, std::memory_order_relaxed)) < blocks;) {
          const uint32_t end = std::min(n, (b + 1) * kBlock);
          for (uint32_t g = b * kBlock; g < end; ++g) FindInGroup(graph, provenance, g, &parts[b]);
        }
      });
    }
    for (auto& w : workers) w.join();
    size_t total = 0;
    for (const auto& p : parts) total += p.size();
    report.items.reserve(total);
    // At a million claims some 40 MB of fresh pages.
    std::thread prefault = PrefaultUpperHalf(report.items.data(), total * sizeof(Contradiction));
    for (const auto& p : parts) report.items.insert(report.items.end(), p.begin(), p.end());
    if (prefault.joinable()) prefault.join();
  }

  // Groups are ordered by proposition, so a proposition's units are adjacent.
  for (uint32_t g = 0; g < n;) {
    uint32_t h = g;
    while (h < n && groups[h].proposition == groups[g].proposition) ++h;
    if (h - g > 1) {
      UnitWarning w;
      w.proposition = groups[g].proposition;
      for (uint32_t k = g; k < h; ++k) w.units.push_back(groups[k].unit);
      report.warnings.push_back(std::move(w));
    }
    g = h;
  }
  return report;
}

std::vector<std::string_view> DisputersOf(const ClaimGraph& graph, ClaimId claim) {
  std::vector<std::string_view> names;
  for (const Stance& s : graph.StancesOf(claim)) {
    if (s.kind == StanceKind::kDisputes) names.push_back(graph.SourceName(s.source));
  }
  std::sort(names.begin(), names.end());
  names.erase(std::unique(names.begin(), names.end()), names.end());
  return names;
}

}  // namespace claimgraph
