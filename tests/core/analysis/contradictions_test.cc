#include "core/analysis/contradictions.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <map>
#include <random>
#include <set>
#include <string>
#include <tuple>
#include <vector>

#include "core/analysis/provenance.h"
#include "tests/core/graph_fixture.h"

namespace claimgraph {
namespace {

using testing::ClaimNamed;
using testing::GraphFixture;

// An item spelled with claim ids, for readable comparisons.
struct Item {
  std::string kind, proposition, unit, a, b;
  bool operator==(const Item&) const = default;
};

void PrintTo(const Item& i, std::ostream* os) {
  *os << "{" << i.kind << " " << i.proposition << "/" << i.unit << " " << i.a << " " << i.b << "}";
}

std::vector<Item> Items(const ClaimGraph& g, const ContradictionReport& r) {
  std::vector<Item> out;
  for (const Contradiction& c : r.items) {
    const PropositionGroup& grp = g.groups()[c.group];
    out.push_back(Item{std::string(Name(c.kind)), std::string(g.Str(grp.proposition)),
                       std::string(g.Str(grp.unit)), std::string(g.Str(g.claims()[c.a].id)),
                       c.b == kNone ? "-" : std::string(g.Str(g.claims()[c.b].id))});
  }
  return out;
}

std::vector<Item> Analyse(const ClaimGraph& g, unsigned threads = 1) {
  Provenance p = Provenance::Compute(g);
  return Items(g, FindContradictions(g, p, AnalysisOptions{threads}));
}

// Adds a claim asserted by `source` in its own original document.
void Asserted(GraphFixture& f, std::string_view id, std::string_view prop, Qualifier q, double v,
              std::string_view source, double hi = 0, std::string_view unit = "people",
              std::string_view as_of = "", std::string_view published = "") {
  f.Claim(id, prop, q, v, hi, unit, as_of);
  std::string doc = "doc-" + std::string(id);
  f.Doc(doc, published, {source});
  f.Assert(id, source, doc);
}

TEST(ContradictionsTest, DisjointPairsOnlyForFiguresThatDoNotMeet) {
  GraphFixture f;
  Asserted(f, "kz-225", "kz:deaths", Qualifier::kExact, 225, "smk");
  Asserted(f, "kz-164", "kz:deaths", Qualifier::kAtLeast, 164, "hrw");   // compatible with 225
  Asserted(f, "kz-over-225", "kz:deaths", Qualifier::kMoreThan, 225, "rfe");
  Asserted(f, "kz-under-200", "kz:deaths", Qualifier::kLessThan, 200, "gov");
  ClaimGraph g = f.Build();
  // Ids sort: kz-164 < kz-225 < kz-over-225 < kz-under-200.
  // 225 vs >225 disjoint; 225 vs <200 disjoint; >225 vs <200 disjoint;
  // >=164 meets all three (164..200 meets <200).
  EXPECT_EQ(Analyse(g), (std::vector<Item>{
                            {"disjoint", "kz:deaths", "people", "kz-225", "kz-over-225"},
                            {"disjoint", "kz:deaths", "people", "kz-225", "kz-under-200"},
                            {"disjoint", "kz:deaths", "people", "kz-over-225", "kz-under-200"},
                        }));
}

TEST(ContradictionsTest, CompatibleFiguresGiveNothing) {
  GraphFixture f;
  Asserted(f, "a", "p", Qualifier::kAtLeast, 164, "s1");
  Asserted(f, "b", "p", Qualifier::kExact, 225, "s2");
  Asserted(f, "c", "p", Qualifier::kRange, 200, "s3", 300);
  Asserted(f, "d", "p", Qualifier::kAbout, 250, "s4");
  ClaimGraph g = f.Build();
  Provenance p = Provenance::Compute(g);
  ContradictionReport r = FindContradictions(g, p);
  EXPECT_TRUE(r.items.empty());
  EXPECT_TRUE(r.warnings.empty());
}

TEST(ContradictionsTest, RevisionNeedsOneSharedOriginAndDifferentDates) {
  GraphFixture f;
  Asserted(f, "agency-40", "t:rev", Qualifier::kExact, 40, "Agency", 0, "people", "2030-02-01");
  Asserted(f, "agency-55", "t:rev", Qualifier::kExact, 55, "Agency", 0, "people", "2030-02-03");
  Asserted(f, "ngo-70", "t:rev", Qualifier::kExact, 70, "NGO", 0, "people", "2030-02-03");
  // Same origin, same date: a plain contradiction.
  Asserted(f, "agency-60", "t:same-day", Qualifier::kExact, 60, "Agency", 0, "people", "2030-02-05");
  Asserted(f, "agency-61", "t:same-day", Qualifier::kExact, 61, "Agency", 0, "people", "2030-02-05");
  // Same origin, one date unknown: no way to order them, so disjoint.
  Asserted(f, "agency-1", "t:undated", Qualifier::kExact, 1, "Agency", 0, "people", "2030-02-05");
  Asserted(f, "agency-2", "t:undated", Qualifier::kExact, 2, "Agency");
  ClaimGraph g = f.Build();
  EXPECT_EQ(Analyse(g), (std::vector<Item>{
                            {"revision", "t:rev", "people", "agency-40", "agency-55"},
                            {"disjoint", "t:rev", "people", "agency-40", "ngo-70"},
                            {"disjoint", "t:rev", "people", "agency-55", "ngo-70"},
                            {"disjoint", "t:same-day", "people", "agency-60", "agency-61"},
                            {"disjoint", "t:undated", "people", "agency-1", "agency-2"},
                        }));
}

TEST(ContradictionsTest, RevisionPutsTheOlderFigureFirstWhateverTheIdOrder) {
  GraphFixture f;
  // "a-new" sorts first but is newer; dates come from publication (no as_of).
  Asserted(f, "a-new", "p", Qualifier::kExact, 12, "ministry", 0, "people", "", "2022-03-01");
  Asserted(f, "b-old", "p", Qualifier::kExact, 8, "ministry", 0, "people", "", "2022-01");
  ClaimGraph g = f.Build();
  Provenance p = Provenance::Compute(g);
  ContradictionReport r = FindContradictions(g, p);
  ASSERT_EQ(r.items.size(), 1u);
  EXPECT_EQ(r.items[0].kind, ContradictionKind::kRevision);
  EXPECT_EQ(r.items[0].a, ClaimNamed(g, "b-old"));
  EXPECT_EQ(r.items[0].b, ClaimNamed(g, "a-new"));
}

TEST(ContradictionsTest, TwoOriginsOnOneClaimIsNotARevision) {
  GraphFixture f;
  Asserted(f, "c1", "p", Qualifier::kExact, 1, "agency", 0, "people", "2030-01-01");
  Asserted(f, "c2", "p", Qualifier::kExact, 2, "agency", 0, "people", "2030-01-02");
  f.Doc("ngo-doc", "", {"ngo"});
  f.Assert("c2", "ngo", "ngo-doc");  // c2 now has two independent voices
  ClaimGraph g = f.Build();
  EXPECT_EQ(Analyse(g), (std::vector<Item>{{"disjoint", "p", "people", "c1", "c2"}}));
}

TEST(ContradictionsTest, RevisionThroughRelaysOfOneOrigin) {
  // Both figures reach the reader through outlets, but both trace to the agency.
  GraphFixture f;
  f.Doc("agency-1", "2030-01-01", {"agency"});
  f.Doc("agency-2", "2030-01-05", {"agency"});
  f.Doc("paper-1", "2030-01-02", {"paper"}, "agency-1");
  f.Doc("blog-2", "2030-01-06", {"blog"}, "agency-2");
  f.Exact("early", "p", 10);
  f.Exact("late", "p", 30);
  f.Assert("early", "paper", "paper-1");
  f.Assert("late", "blog", "blog-2");
  ClaimGraph g = f.Build();
  EXPECT_EQ(Analyse(g), (std::vector<Item>{{"revision", "p", "people", "early", "late"}}));
}

TEST(ContradictionsTest, DisputesWithDisputers) {
  GraphFixture f;
  f.Source("union", "Union");
  f.Source("witness", "Witness");
  Asserted(f, "c9", "t:dispute", Qualifier::kExact, 9, "gov");
  Asserted(f, "c10", "t:dispute", Qualifier::kExact, 10, "gov2");
  f.Doc("u-1");
  f.Doc("u-2");
  f.Doc("w-1");
  f.Dispute("c9", "witness", "w-1");
  f.Dispute("c9", "union", "u-1");
  f.Dispute("c9", "union", "u-2");  // the same disputer twice counts once
  ClaimGraph g = f.Build();
  // Pairs first, then disputes, within the group.
  EXPECT_EQ(Analyse(g), (std::vector<Item>{
                            {"disjoint", "t:dispute", "people", "c10", "c9"},
                            {"dispute", "t:dispute", "people", "c9", "-"},
                        }));
  EXPECT_EQ(DisputersOf(g, ClaimNamed(g, "c9")),
            (std::vector<std::string_view>{"Union", "Witness"}));
  EXPECT_TRUE(DisputersOf(g, ClaimNamed(g, "c10")).empty());
  // A dispute is not an origin of the claim.
  Provenance p = Provenance::Compute(g);
  EXPECT_EQ(p.OriginsOf(ClaimNamed(g, "c9")).size(), 1u);
}

TEST(ContradictionsTest, UnitsAreComparedApartWithOneWarning) {
  GraphFixture f;
  Asserted(f, "km5", "t:units", Qualifier::kExact, 5, "s1", 0, "km");
  Asserted(f, "mi9", "t:units", Qualifier::kExact, 9, "s2", 0, "miles");
  Asserted(f, "km7", "t:units", Qualifier::kExact, 7, "s3", 0, "km");
  Asserted(f, "other", "t:single-unit", Qualifier::kExact, 1, "s4", 0, "km");
  ClaimGraph g = f.Build();
  Provenance p = Provenance::Compute(g);
  ContradictionReport r = FindContradictions(g, p);
  // km5 vs km7 within km; nothing across km and miles.
  EXPECT_EQ(Items(g, r), (std::vector<Item>{{"disjoint", "t:units", "km", "km5", "km7"}}));
  ASSERT_EQ(r.warnings.size(), 1u);
  EXPECT_EQ(g.Str(r.warnings[0].proposition), "t:units");
  ASSERT_EQ(r.warnings[0].units.size(), 2u);
  EXPECT_EQ(g.Str(r.warnings[0].units[0]), "km");
  EXPECT_EQ(g.Str(r.warnings[0].units[1]), "miles");
}

// ---------------------------------------------------------------- sweep vs brute force

// The test's own notion of two intervals meeting: the intersection's lower end is
// the greater lower end (open if either end there is open), its upper end the
// lesser upper end; it is non-empty iff lower < upper, or they are equal and closed.
bool Meet(const Interval& x, const Interval& y) {
  double lo = std::max(x.lo, y.lo), hi = std::min(x.hi, y.hi);
  bool lo_open = (x.lo == lo && x.lo_open) || (y.lo == lo && y.lo_open);
  bool hi_open = (x.hi == hi && x.hi_open) || (y.hi == hi && y.hi_open);
  if (lo < hi) return true;
  return lo == hi && !lo_open && !hi_open;
}

struct RandomGroup {
  ClaimGraph graph;
  // Per claim: the set of asserting sources (all in original documents) and date.
  std::vector<std::set<std::string>> origins;
  std::vector<Date> dates;
};

RandomGroup MakeRandomGroup(unsigned seed, int n) {
  std::mt19937 rng(seed);
  auto pick = [&](int k) { return static_cast<int>(rng() % static_cast<unsigned>(k)); };
  const std::array<Qualifier, 8> kQualifiers = {
      Qualifier::kExact,    Qualifier::kAtLeast, Qualifier::kMoreThan, Qualifier::kAtMost,
      Qualifier::kLessThan, Qualifier::kUpTo,    Qualifier::kAbout,    Qualifier::kRange};
  const std::array<std::string_view, 4> kDates = {"", "2030-01-01", "2030-01-02", "2030-02"};
  GraphFixture f;
  for (int i = 0; i < n; ++i) {
    std::string id = "c" + std::to_string(1000 + i);
    Qualifier q = kQualifiers[pick(8)];
    // Few distinct values, so equal endpoints are common.
    double v = pick(12) * 5, hi = v + pick(3) * 5;
    f.Claim(id, "random:p", q, v, hi, "people", kDates[pick(4)]);
    int stances = 1 + pick(2);
    for (int s = 0; s < stances; ++s) {
      std::string source = "src" + std::to_string(pick(3));
      std::string doc = "d-" + id + "-" + std::to_string(s);
      f.Doc(doc, "", {source});
      f.Assert(id, source, doc);
    }
  }
  RandomGroup out{f.Build(), {}, {}};
  const ClaimGraph& g = out.graph;
  for (ClaimId c = 0; c < g.num_claims(); ++c) {
    std::set<std::string> o;
    for (const Stance& s : g.StancesOf(c)) o.insert(std::string(g.Str(g.sources()[s.source].id)));
    out.origins.push_back(o);
    out.dates.push_back(g.claims()[c].as_of);
  }
  return out;
}

// Groups small enough for the pair matrix (at most 1,024 claims; up to 64 on the
// stack) and larger ones, which sort their pairs instead.
TEST(ContradictionsTest, SweepMatchesBruteForceOnRandomPropositions) {
  const std::vector<std::pair<unsigned, int>> cases = {
      {1, 400}, {2, 400}, {3, 400}, {17, 400}, {99, 400}, {2024, 400},
      {4, 40},  {5, 64},  {6, 65},  {7, 1024}, {8, 1025}, {9, 1500}};
  for (auto [seed, n] : cases) {
    RandomGroup rg = MakeRandomGroup(seed, n);
    const ClaimGraph& g = rg.graph;
    ASSERT_EQ(g.groups().size(), 1u);
    std::vector<std::tuple<ContradictionKind, ClaimId, ClaimId>> want;
    for (ClaimId a = 0; a < g.num_claims(); ++a) {
      for (ClaimId b = a + 1; b < g.num_claims(); ++b) {
        if (Meet(g.claims()[a].interval, g.claims()[b].interval)) continue;
        bool revision = rg.origins[a].size() == 1 && rg.origins[a] == rg.origins[b] &&
                        rg.dates[a].known() && rg.dates[b].known() && rg.dates[a] != rg.dates[b];
        if (revision && rg.dates[b] < rg.dates[a]) {
          want.emplace_back(ContradictionKind::kRevision, b, a);
        } else {
          want.emplace_back(revision ? ContradictionKind::kRevision : ContradictionKind::kDisjoint,
                            a, b);
        }
      }
    }
    Provenance p = Provenance::Compute(g);
    ContradictionReport r = FindContradictions(g, p);
    std::vector<std::tuple<ContradictionKind, ClaimId, ClaimId>> got;
    for (const Contradiction& c : r.items) got.emplace_back(c.kind, c.a, c.b);
    ASSERT_GT(want.size(), static_cast<size_t>(n)) << "seed " << seed << ": too few pairs";
    size_t revisions = std::count_if(want.begin(), want.end(), [](const auto& t) {
      return std::get<0>(t) == ContradictionKind::kRevision;
    });
    EXPECT_GT(revisions, 0u) << "seed " << seed;
    EXPECT_EQ(got, want) << "seed " << seed;
  }
}

// Input never holds an empty interval (a range's low end above its high end is an
// input error), but a library caller can make one: each side of the sweep then
// finds the pair, and both findings stay, whatever the size of the group.
TEST(ContradictionsTest, EmptyIntervalFromTheLibraryIsFoundFromBothSides) {
  for (int padding : {0, 1100}) {
    GraphFixture f;
    f.Claim("empty", "p", Qualifier::kRange, 10, 5);
    f.Exact("seven", "p", 7);
    // Claims that meet everything, so the group is large but adds no pair.
    for (int i = 0; i < padding; ++i)
      f.Claim("any-" + std::to_string(i), "p", Qualifier::kAtMost, 1e9);
    for (std::string_view c : {"empty", "seven"}) {
      f.Doc(std::string("d-") + std::string(c), "", {"s"});
      f.Assert(c, "s", std::string("d-") + std::string(c));
    }
    ClaimGraph g = f.Build();
    Provenance p = Provenance::Compute(g);
    ContradictionReport r = FindContradictions(g, p);
    const ClaimId empty = ClaimNamed(g, "empty"), seven = ClaimNamed(g, "seven");
    const auto found = std::count_if(r.items.begin(), r.items.end(), [&](const Contradiction& c) {
      return c.kind == ContradictionKind::kDisjoint &&
             std::min(c.a, c.b) == std::min(empty, seven) &&
             std::max(c.a, c.b) == std::max(empty, seven);
    });
    EXPECT_EQ(found, 2) << padding << " other claims";
  }
}

// ---------------------------------------------------------------- determinism

bool SameItems(const std::vector<Contradiction>& x, const std::vector<Contradiction>& y) {
  if (x.size() != y.size()) return false;
  for (size_t i = 0; i < x.size(); ++i) {
    if (x[i].kind != y[i].kind || x[i].group != y[i].group || x[i].a != y[i].a ||
        x[i].b != y[i].b) {
      return false;
    }
  }
  return true;
}

TEST(ContradictionsTest, ThreadCountDoesNotChangeTheResult) {
  GraphFixture f;
  std::mt19937 rng(5);
  const int kGroups = 1500;
  for (int grp = 0; grp < kGroups; ++grp) {
    std::string prop = "prop-" + std::to_string(grp);
    int members = 2 + static_cast<int>(rng() % 4);
    for (int m = 0; m < members; ++m) {
      std::string id = prop + "-c" + std::to_string(m);
      Qualifier q = static_cast<Qualifier>(rng() % 8);
      double v = static_cast<double>(rng() % 6) * 10;
      f.Claim(id, prop, q, v, v + 10, grp % 7 == 0 && m == 0 ? "km" : "people",
              m % 2 ? "2030-01-01" : "2030-01-02");
      std::string doc = "doc-" + id;
      f.Doc(doc, "", {m % 3 ? "agency" : "ngo"});
      f.Assert(id, m % 3 ? "agency" : "ngo", doc);
      if (rng() % 5 == 0) {
        f.Doc(doc + "-x");
        f.Dispute(id, "critic", doc + "-x");
      }
    }
  }
  ClaimGraph g = f.Build();
  ASSERT_GT(g.groups().size(), 1000u);
  Provenance p = Provenance::Compute(g);
  ContradictionReport one = FindContradictions(g, p, AnalysisOptions{1});
  ASSERT_GT(one.items.size(), 1000u);
  for (unsigned threads : {2u, 3u, 4u, 8u}) {
    ContradictionReport many = FindContradictions(g, p, AnalysisOptions{threads});
    EXPECT_TRUE(SameItems(one.items, many.items)) << threads << " threads";
    ASSERT_EQ(many.warnings.size(), one.warnings.size());
  }
  // Items are in group order, and the whole equals FindInGroup over each group.
  std::vector<Contradiction> by_group;
  for (uint32_t grp = 0; grp < g.groups().size(); ++grp) FindInGroup(g, p, grp, &by_group);
  EXPECT_TRUE(SameItems(one.items, by_group));
  EXPECT_TRUE(std::is_sorted(one.items.begin(), one.items.end(),
                             [](const Contradiction& x, const Contradiction& y) {
                               return x.group < y.group;
                             }));
  // Every 7th proposition was also measured in km: one warning each.
  EXPECT_EQ(one.warnings.size(), static_cast<size_t>((kGroups + 6) / 7));
}

TEST(ContradictionsTest, KindNames) {
  EXPECT_EQ(Name(ContradictionKind::kDisjoint), "disjoint");
  EXPECT_EQ(Name(ContradictionKind::kRevision), "revision");
  EXPECT_EQ(Name(ContradictionKind::kDispute), "dispute");
}

}  // namespace
}  // namespace claimgraph
