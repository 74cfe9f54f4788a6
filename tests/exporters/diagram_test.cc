// The diagram's reading order and size: claims ranked by value (checked on the
// coordinates Graphviz lays out, in-process through libgvc), the covering pairs
// of the interval order against a brute-force oracle, the disjoint pairs a
// diagram leaves out past the limit, the legend, and the engine chosen by size.
#include <graphviz/cgraph.h>
#include <gtest/gtest.h>

#include <algorithm>
#include <cstdlib>
#include <fstream>
#include <limits>
#include <map>
#include <memory>
#include <random>
#include <set>
#include <sstream>
#include <string>
#include <utility>
#include <vector>

#include "core/analysis/contradictions.h"
#include "core/analysis/provenance.h"
#include "core/analysis/scope.h"
#include "core/graph_builder.h"
#include "exporters/dot_exporter.h"
#include "exporters/exporter.h"
#include "exporters/figure_text.h"
#include "exporters/interval_order.h"
#include "exporters/render_exporter.h"
#include "exporters/report_writer.h"
#include "importers/json_importer.h"
#include "tests/exporters/import_util.h"
#include "tests/exporters/report_fixture.h"

namespace claimgraph {
namespace {

using testing_util::ImportJsonFile;
using testing_util::ReadFile;

using testing::GraphFixture;
using testing::SmallGraph;

constexpr double kInf = std::numeric_limits<double>::infinity();

std::string Export(const ClaimGraph& g, const std::string& format,
                   const ExportOptions& options = {}) {
  std::unique_ptr<Exporter> exporter = MakeExporter(format, options);
  std::ostringstream out;
  Status s = exporter->Write(g, out);
  EXPECT_TRUE(s.ok()) << format << ": " << s.ToString();
  return out.str();
}

std::string Check(const ClaimGraph& g, const std::string& format,
                  const ReportOptions& options = {}) {
  Provenance p = Provenance::Compute(g);
  ContradictionReport report = FindContradictions(g, p);
  std::unique_ptr<CheckWriter> writer = MakeCheckWriter(format, options);
  std::ostringstream out;
  Status s = writer->Write(CheckResult{g, p, report}, out);
  EXPECT_TRUE(s.ok()) << format << ": " << s.ToString();
  return out.str();
}

// Graphviz's SVG writes "-" in titles as "&#45;"; the ids here hold no other entity.
std::string SvgTitle(std::string text) {
  for (size_t at; (at = text.find("&#45;")) != std::string::npos;) text.replace(at, 5, "-");
  return text;
}

// The x of each node's label centre, by node name, from Graphviz's SVG: each node
// is <g class="node"><title>NAME</title> ... <text ... x="X" ...>.
std::map<std::string, double> NodeCentres(const std::string& svg) {
  std::map<std::string, double> x;
  const std::string node = "class=\"node\">\n<title>";
  for (size_t at = svg.find(node); at != std::string::npos; at = svg.find(node, at + 1)) {
    size_t title = at + node.size();
    std::string name = SvgTitle(svg.substr(title, svg.find("</title>", title) - title));
    size_t text = svg.find("<text ", title);
    size_t attr = svg.find(" x=\"", text) + 4;
    x[name] = std::stod(svg.substr(attr, svg.find('"', attr) - attr));
  }
  return x;
}

// Checks that `claims` (node names "claim:ID", in value order) are laid out left
// to right.
void ExpectLeftToRight(const std::map<std::string, double>& x,
                       const std::vector<std::string>& claims) {
  ASSERT_GE(claims.size(), 2u);
  for (size_t i = 0; i < claims.size(); ++i) {
    ASSERT_TRUE(x.count(claims[i])) << claims[i] << " not drawn";
    if (i == 0) continue;
    EXPECT_LT(x.at(claims[i - 1]), x.at(claims[i]))
        << claims[i - 1] << " should be left of " << claims[i];
  }
}

std::vector<std::string> ClaimNodesByValue(const ClaimGraph& g, std::vector<ClaimId> claims) {
  SortByValue(g, &claims);
  std::vector<std::string> names;
  for (ClaimId c : claims) names.push_back("claim:" + std::string(g.Str(g.claims()[c].id)));
  return names;
}

size_t Count(const std::string& text, const std::string& needle) {
  size_t n = 0;
  for (size_t at = text.find(needle); at != std::string::npos; at = text.find(needle, at + 1)) ++n;
  return n;
}

// ------------------------------------------------------------ interval order

Interval Make(double lo, double hi, bool lo_open = false, bool hi_open = false) {
  return Interval{lo, hi, lo_open, hi_open};
}

std::vector<std::pair<uint32_t, uint32_t>> BruteForceCoveringPairs(
    const std::vector<Interval>& v) {
  std::vector<std::pair<uint32_t, uint32_t>> pairs;
  for (uint32_t a = 0; a < v.size(); ++a) {
    for (uint32_t b = 0; b < v.size(); ++b) {
      if (!v[a].Before(v[b])) continue;
      bool between = false;
      for (uint32_t c = 0; c < v.size() && !between; ++c) {
        between = v[a].Before(v[c]) && v[c].Before(v[b]);
      }
      if (!between) pairs.emplace_back(a, b);
    }
  }
  return pairs;  // (a, b) ascending
}

// Random non-empty intervals over a few values, so ties, shared ends, open and
// closed ends and unbounded sides all come up often.
Interval RandomInterval(std::mt19937& rng) {
  std::uniform_int_distribution<int> value(0, 6), coin(0, 1), shape(0, 9);
  double lo = value(rng), hi = value(rng);
  if (lo > hi) std::swap(lo, hi);
  bool lo_open = coin(rng) == 1, hi_open = coin(rng) == 1;
  switch (shape(rng)) {
    case 0:  // at most / less than
      lo = -kInf;
      lo_open = true;
      break;
    case 1:  // at least / more than
      hi = kInf;
      hi_open = true;
      break;
    case 2:
    case 3:  // exact
      hi = lo;
      lo_open = hi_open = false;
      break;
    default:
      break;
  }
  if (lo == hi) lo_open = hi_open = false;  // (x, x) would be empty
  return Make(lo, hi, lo_open, hi_open);
}

TEST(CoveringPairsTest, MatchesBruteForceOnRandomIntervalSets) {
  std::mt19937 rng(20240607);
  std::uniform_int_distribution<int> size(0, 14);
  for (int trial = 0; trial < 3000; ++trial) {
    std::vector<Interval> v(static_cast<size_t>(size(rng)));
    for (Interval& i : v) i = RandomInterval(rng);
    ASSERT_EQ(CoveringPairs(v), BruteForceCoveringPairs(v)) << "trial " << trial;
  }
}

TEST(CoveringPairsTest, ChainsOpenEndsAndInfinity) {
  // Exact 1 < 2 < 3: only neighbours.
  EXPECT_EQ(CoveringPairs(std::vector<Interval>{Make(3, 3), Make(1, 1), Make(2, 2)}),
            (std::vector<std::pair<uint32_t, uint32_t>>{{1, 2}, {2, 0}}));
  // "less than 100", "225", "more than 225": (-inf,100) < [225,225] < (225,inf).
  std::vector<Interval> deaths = {Make(225, kInf, true, true), Make(-kInf, 100, true, true),
                                  Make(225, 225)};
  EXPECT_EQ(CoveringPairs(deaths),
            (std::vector<std::pair<uint32_t, uint32_t>>{{1, 2}, {2, 0}}));
  // "at least 164" meets 225: both cover "less than 100"; nothing above them.
  std::vector<Interval> meeting = {Make(164, kInf, false, true), Make(225, 225),
                                   Make(-kInf, 100, true, true)};
  EXPECT_EQ(CoveringPairs(meeting),
            (std::vector<std::pair<uint32_t, uint32_t>>{{2, 0}, {2, 1}}));
  EXPECT_TRUE(CoveringPairs(std::vector<Interval>{}).empty());
  EXPECT_TRUE(CoveringPairs(std::vector<Interval>{Make(1, 5), Make(2, 3)}).empty());
}

TEST(ValueOrderTest, LowerEndThenUpperEndThenId) {
  GraphFixture f;
  f.Claim("z-at-most-100", "p", Qualifier::kAtMost, 100);
  f.Claim("y-exact-164", "p", Qualifier::kExact, 164);
  f.Claim("x-at-least-164", "p", Qualifier::kAtLeast, 164);
  f.Claim("w-more-than-164", "p", Qualifier::kMoreThan, 164);
  f.Claim("b-exact-200", "p", Qualifier::kExact, 200);
  f.Claim("a-exact-200", "p", Qualifier::kExact, 200, 0, "other");
  ClaimGraph g = f.Build();
  std::vector<ClaimId> all;
  for (ClaimId c = 0; c < g.num_claims(); ++c) all.push_back(c);
  EXPECT_EQ(ClaimNodesByValue(g, all),
            (std::vector<std::string>{"claim:z-at-most-100", "claim:y-exact-164",
                                      "claim:x-at-least-164", "claim:w-more-than-164",
                                      "claim:a-exact-200", "claim:b-exact-200"}));
}

// A claim's box shows its wording and unit, once: "many dozens people", but "six
// years", not "six years years".
TEST(FigureTextTest, WordingThatEndsWithItsUnitIsNotRepeated) {
  GraphFixture f;
  f.Claim("dozens", "p", Qualifier::kRange, 24, 99, "people", "", "many dozens");
  f.Claim("years", "q", Qualifier::kExact, 6, 0, "years", "", "six years");
  f.Claim("months", "r", Qualifier::kAtLeast, 7, 0, "months", "", "well into its eight months");
  f.Claim("plain", "s", Qualifier::kAtLeast, 164, 0, "people");
  f.Claim("yearsold", "t", Qualifier::kExact, 6, 0, "years", "", "sixyears");
  ClaimGraph g = f.Build();
  auto words = [&](const char* id) { return FigureText(g, *g.FindClaim(id)); };
  EXPECT_EQ(words("dozens"), "many dozens people");
  EXPECT_EQ(words("years"), "six years");
  EXPECT_EQ(words("months"), "well into its eight months");
  EXPECT_EQ(words("plain"), "at least 164 people");
  EXPECT_EQ(words("yearsold"), "sixyears years");  // a whole word only
  EXPECT_EQ(FigureText(g, *g.FindClaim("years"), /*with_unit=*/false), "six years");
}

// ------------------------------------------------------------ disjoint pairs drawn

// `n` exact figures 1..n in one proposition, each asserted by its own source in
// its own document: n(n-1)/2 disjoint pairs.
ClaimGraph ExactChain(int n, const std::string& proposition = "p:chain") {
  GraphFixture f;
  for (int i = 1; i <= n; ++i) {
    std::string k = std::to_string(i);
    f.Source("s" + k, "Source " + k, SourceKind::kOutlet);
    f.Doc("d" + k, "2024-01-01", {"s" + k});
    f.Exact("c" + k, proposition, i);
    f.Assert("c" + k, "s" + k, "d" + k);
  }
  return f.Build();
}

TEST(SelectDisjointPairsTest, SmallGroupsKeepEveryPair) {
  ClaimGraph g = ExactChain(5);  // 10 pairs: under the limit
  ContradictionReport report = FindContradictions(g, Provenance::Compute(g));
  std::vector<DisjointPair> pairs;
  for (const Contradiction& c : report.items) pairs.push_back({c.group, c.a, c.b});
  ASSERT_EQ(pairs.size(), 10u);
  DisjointPairSelection s = SelectDisjointPairs(g, pairs, std::vector<bool>(g.num_claims(), true));
  EXPECT_EQ(s.drawn, 10u);
  EXPECT_TRUE(s.reduced.empty());
  EXPECT_EQ(DisjointPairNote(s.pairs, s.drawn, false), "");
}

TEST(SelectDisjointPairsTest, LargeGroupsKeepTheCoveringPairsOfTheDrawnClaims) {
  ClaimGraph g = ExactChain(8);  // 28 pairs
  ContradictionReport report = FindContradictions(g, Provenance::Compute(g));
  std::vector<DisjointPair> pairs;
  std::vector<bool> drawn(g.num_claims(), true);
  ClaimId c4 = *g.FindClaim("c4");
  drawn[c4] = false;  // not in the diagram: it cannot stand between 3 and 5
  for (const Contradiction& c : report.items) {
    if (drawn[c.a] && drawn[c.b]) pairs.push_back({c.group, c.a, c.b});
  }
  ASSERT_EQ(pairs.size(), 21u);
  DisjointPairSelection s = SelectDisjointPairs(g, pairs, drawn);
  std::set<std::pair<std::string, std::string>> kept;
  for (size_t i = 0; i < pairs.size(); ++i) {
    if (!s.draw[i]) continue;
    std::string a(g.Str(g.claims()[pairs[i].a].id)), b(g.Str(g.claims()[pairs[i].b].id));
    kept.emplace(std::min(a, b), std::max(a, b));
  }
  EXPECT_EQ(kept, (std::set<std::pair<std::string, std::string>>{
                      {"c1", "c2"}, {"c2", "c3"}, {"c3", "c5"}, {"c5", "c6"}, {"c6", "c7"},
                      {"c7", "c8"}}));
  EXPECT_EQ(s.pairs, 21u);
  EXPECT_EQ(s.drawn, 6u);
  ASSERT_EQ(s.reduced.size(), 1u);
  EXPECT_EQ(s.reduced[0].pairs, 21u);
  EXPECT_EQ(s.reduced[0].drawn, 6u);
  EXPECT_EQ(s.reduced[0].rule, PairsDrawn::kCovering);
  EXPECT_EQ(DisjointPairNote(21, 6, false),
            "21 disjoint pairs, 6 drawn: a pair is left out when a figure lies between its two");
}

// Two clusters of figures that agree among themselves and exclude each other:
// every one of the 100 pairs is covering, so each figure keeps only the pair to
// the nearest figure it excludes.
TEST(SelectDisjointPairsTest, TwoClustersKeepTheNearestPairs) {
  GraphFixture f;
  for (int i = 0; i < 10; ++i) {
    std::string k = std::to_string(i);
    f.Exact("low-" + k, "p", 10);
    f.Exact("high-" + k, "p", 20);
  }
  ClaimGraph g = f.Build();
  ContradictionReport report = FindContradictions(g, Provenance::Compute(g));
  std::vector<DisjointPair> pairs;
  for (const Contradiction& c : report.items) pairs.push_back({c.group, c.a, c.b});
  ASSERT_EQ(pairs.size(), 100u);
  DisjointPairSelection s = SelectDisjointPairs(g, pairs, std::vector<bool>(g.num_claims(), true));
  std::set<std::pair<std::string, std::string>> kept;
  for (size_t i = 0; i < pairs.size(); ++i) {
    if (!s.draw[i]) continue;
    std::string a(g.Str(g.claims()[pairs[i].a].id)), b(g.Str(g.claims()[pairs[i].b].id));
    kept.emplace(std::max(a, b), std::min(a, b));  // (low-*, high-*)
  }
  // Each low figure to the first high one (value order, then id), each high
  // figure to the last low one.
  std::set<std::pair<std::string, std::string>> want;
  for (int i = 0; i < 10; ++i) {
    want.emplace("low-" + std::to_string(i), "high-0");
    want.emplace("low-9", "high-" + std::to_string(i));
  }
  EXPECT_EQ(kept, want);
  EXPECT_EQ(s.drawn, 19u);
  ASSERT_EQ(s.reduced.size(), 1u);
  EXPECT_EQ(s.reduced[0].rule, PairsDrawn::kNearest);
  EXPECT_TRUE(s.any_nearest);
  EXPECT_EQ(DisjointPairNote(100, 19, true),
            "100 disjoint pairs, 19 drawn: a pair is left out when a figure lies between its "
            "two; where that still leaves many, each figure is joined only to the nearest figure "
            "it excludes on either side");
}

// A large group's diagram draws the chain, says so in its label, and stays small
// enough for dot.
TEST(DiagramTest, ManyDisjointPairsDrawOnlyTheChain) {
  ClaimGraph g = ExactChain(60);  // 1770 pairs
  std::string dot = Export(g, "dot");
  EXPECT_EQ(Count(dot, "xlabel=disjoint"), 59u);
  EXPECT_NE(dot.find("label=\"1770 disjoint pairs, 59 drawn: a pair is left out when a figure "
                     "lies between its two\""),
            std::string::npos);
  Result<std::unique_ptr<DotDiagram>> diagram = DotDiagram::Build(g, nullptr);
  ASSERT_TRUE(diagram.ok());
  EXPECT_EQ((*diagram)->num_nodes(), 180u);
  EXPECT_EQ((*diagram)->num_edges(), 60u + 60u + 59u);  // asserts, authors, disjoint
  EXPECT_EQ(DefaultLayout((*diagram)->num_nodes(), (*diagram)->num_edges()), "dot");

  std::string svg = Export(g, "svg");
  EXPECT_EQ(Count(svg, "class=\"edge\""), 60u + 60u + 59u);  // invisible edges are not drawn
  std::vector<ClaimId> all;
  for (ClaimId c = 0; c < g.num_claims(); ++c) all.push_back(c);
  ExpectLeftToRight(NodeCentres(svg), ClaimNodesByValue(g, all));

  std::string check = Check(g, "dot");
  EXPECT_EQ(Count(check, "xlabel=disjoint"), 59u);
  EXPECT_NE(check.find("label=\"p:chain (people)\\n1770 disjoint pairs, 59 drawn"),
            std::string::npos);
  // The data formats keep every pair.
  EXPECT_EQ(Count(Export(g, "graphml"), "<edge id="), 60u + 60u + 1770u);
}

// 16 pairs (past the limit) that are all covering: every one is drawn, and no
// label speaks of pairs left out.
TEST(DiagramTest, NothingLeftOutNothingSaid) {
  GraphFixture f;
  for (int i = 0; i < 4; ++i) {
    f.Exact("low-" + std::to_string(i), "p", 1);
    f.Exact("high-" + std::to_string(i), "p", 2);
  }
  ClaimGraph g = f.Build();
  std::string check = Check(g, "dot");
  EXPECT_EQ(Count(check, "xlabel=disjoint"), 16u);
  EXPECT_NE(check.find("label=\"p (people)\","), std::string::npos) << check;
  EXPECT_EQ(check.find("disjoint pairs"), std::string::npos);
  std::string dot = Export(g, "dot");
  EXPECT_EQ(Count(dot, "xlabel=disjoint"), 16u);
  EXPECT_EQ(dot.find("disjoint pairs"), std::string::npos);
}

// ------------------------------------------------------------ reading order

// The January 2022 death toll of data/kazakhstan.json: "at least 164", "225" and
// "much more" (more than 225) read left to right.
TEST(DiagramTest, KazakhstanDeathTollReadsLeftToRight) {
  ClaimGraph g = ImportJsonFile(CLAIMGRAPH_DATA_DIR "/kazakhstan.json");
  Result<Scope> scope = ScopeOfProposition(g, "kz-2022-unrest:deaths");
  ASSERT_TRUE(scope.ok());
  ExportOptions options;
  options.scope = &*scope;
  std::string svg = Export(g, "svg", options);
  std::vector<std::string> order = ClaimNodesByValue(g, scope->Claims());
  EXPECT_EQ(order, (std::vector<std::string>{"claim:kz2022-deaths-at-least-164",
                                             "claim:kz2022-deaths-225-official",
                                             "claim:kz2022-deaths-more-than-225-smk"}));
  ExpectLeftToRight(NodeCentres(svg), order);
  // So does the check diagram of the whole dataset, in its cluster.
  std::string check = Check(g, "svg");
  std::map<std::string, double> x = NodeCentres(check);
  ExpectLeftToRight(x, {"claim:kz2022-deaths-225-official",
                        "claim:kz2022-deaths-more-than-225-smk"});
}

// Every qualifier, several units, ties, and credits that would close cycles
// through the row (a credited source asserting another figure of the group).
TEST(DiagramTest, RowsKeepValueOrderWhateverTheProvenance) {
  GraphFixture f;
  for (const char* s : {"gov", "ngo", "paper", "wire", "union"}) f.Source(s, s, SourceKind::kOrganisation);
  f.Doc("d-gov", "2024-01-01", {"gov"});
  f.Doc("d-ngo", "2024-01-02", {"ngo"});
  f.Doc("d-paper", "2024-01-03", {"paper"}, "d-wire", Derivation::kTranslation);
  f.Doc("d-wire", "2024-01-02", {"wire"});
  f.Doc("d-union", "2024-01-04", {"union"});
  f.Claim("m-range", "p", Qualifier::kRange, 300, 400);
  f.Claim("k-about", "p", Qualifier::kAbout, 1000);
  f.Claim("j-less", "p", Qualifier::kLessThan, 50);
  f.Claim("h-exact", "p", Qualifier::kExact, 120);
  f.Claim("g-more", "p", Qualifier::kMoreThan, 2000);
  f.Claim("f-exact", "p", Qualifier::kExact, 120, 0, "people", "", "a hundred and twenty");
  f.Claim("e-km", "p", Qualifier::kExact, 7, 0, "km");
  f.Claim("d-km", "p", Qualifier::kExact, 3, 0, "km");
  f.Stance("m-range", "paper", "d-paper", StanceKind::kAsserts, "gov");
  f.Stance("k-about", "ngo", "d-ngo", StanceKind::kAsserts, "union");
  f.Assert("j-less", "gov", "d-gov");
  f.Stance("h-exact", "union", "d-union", StanceKind::kAsserts, "ngo");
  f.Stance("g-more", "wire", "d-wire", StanceKind::kAsserts, "paper");
  f.Assert("f-exact", "ngo", "d-ngo");
  f.Stance("f-exact", "gov", "d-gov", StanceKind::kDisputes);
  f.Assert("e-km", "wire", "d-wire");
  f.Assert("d-km", "gov", "d-gov");
  ClaimGraph g = f.Build();
  std::string svg = Export(g, "svg");
  std::map<std::string, double> x = NodeCentres(svg);
  ExpectLeftToRight(x, {"claim:j-less", "claim:f-exact", "claim:h-exact", "claim:m-range",
                        "claim:k-about", "claim:g-more"});
  ExpectLeftToRight(x, {"claim:d-km", "claim:e-km"});
  // The same through Graphviz's own `dot` on the DOT text.
  const std::string path = ::testing::TempDir() + "rows_keep_value_order.dot";
  std::ofstream(path, std::ios::binary) << Export(g, "dot");
  const std::string command = std::string(CLAIMGRAPH_DOT_EXE) + " -Tsvg '" + path + "' -o '" +
                              path + ".svg' 2>'" + path + ".stderr'";
  ASSERT_EQ(std::system(command.c_str()), 0);
  EXPECT_EQ(ReadFile(path + ".stderr"), "");
  std::map<std::string, double> from_dot = NodeCentres(ReadFile(path + ".svg"));
  ExpectLeftToRight(from_dot, {"claim:j-less", "claim:f-exact", "claim:h-exact",
                               "claim:m-range", "claim:k-about", "claim:g-more"});
}

TEST(DiagramTest, SmallGraphCheckClusterReadsLeftToRight) {
  ClaimGraph g = SmallGraph();
  std::map<std::string, double> x = NodeCentres(Check(g, "svg"));
  ExpectLeftToRight(x, {"claim:kz-under-100", "claim:kz-164", "claim:kz-225"});
  ExpectLeftToRight(x, {"claim:agency-40", "claim:agency-55"});
}

// ------------------------------------------------------------ legend

struct AgCloser {
  void operator()(Agraph_t* g) const { agclose(g); }
};

std::set<std::string> LegendNodes(const std::string& dot) {
  std::unique_ptr<Agraph_t, AgCloser> parsed(agmemread(dot.c_str()));
  EXPECT_NE(parsed, nullptr) << dot;
  std::set<std::string> names;
  if (!parsed) return names;
  std::string cluster = "cluster_legend";
  Agraph_t* legend = agsubg(parsed.get(), cluster.data(), 0);
  if (legend == nullptr) return names;
  for (Agnode_t* n = agfstnode(legend); n; n = agnxtnode(legend, n)) names.insert(agnameof(n));
  return names;
}

TEST(DiagramTest, LegendOnlyWhenAsked) {
  ClaimGraph g = SmallGraph();
  const std::set<std::string> legend = {
      "legend:claim",          "legend:disjoint-claim", "legend:old-figure",
      "legend:new-figure",     "legend:document",       "legend:parent-document",
      "legend:person",         "legend:organisation",   "legend:government",
      "legend:outlet",         "legend:unknown"};
  ExportOptions with;
  with.legend = true;
  EXPECT_EQ(LegendNodes(Export(g, "dot", with)), legend);
  EXPECT_TRUE(LegendNodes(Export(g, "dot")).empty());
  EXPECT_EQ(Export(g, "dot").find("legend"), std::string::npos);
  ReportOptions check_with;
  check_with.legend = true;
  EXPECT_EQ(LegendNodes(Check(g, "dot", check_with)), legend);
  EXPECT_EQ(Check(g, "dot").find("legend"), std::string::npos);

  // Rendered: the cluster, its samples and their words.
  std::string svg = Export(g, "svg", with);
  EXPECT_NE(svg.find("<title>cluster_legend</title>"), std::string::npos);
  for (const char* text : {">Legend</text>", ">source: person</text>", ">disputes</text>",
                           ">wasAttributedTo (credited)</text>",
                           ">wasDerivedFrom (translation)</text>", ">disjoint</text>",
                           ">revised</text>", ">asserts: in DOCUMENT</text>"}) {
    EXPECT_NE(svg.find(text), std::string::npos) << text;
  }
  EXPECT_EQ(Export(g, "svg").find("cluster_legend"), std::string::npos);
  EXPECT_NE(Check(g, "svg", check_with).find("<title>cluster_legend</title>"), std::string::npos);
  // Not counted as data: the engine is chosen on what the data draws.
  Result<std::unique_ptr<DotDiagram>> plain = DotDiagram::Build(g, nullptr, false);
  Result<std::unique_ptr<DotDiagram>> legended = DotDiagram::Build(g, nullptr, true);
  ASSERT_TRUE(plain.ok() && legended.ok());
  EXPECT_EQ((*plain)->num_nodes(), (*legended)->num_nodes());
  EXPECT_EQ((*plain)->num_edges(), (*legended)->num_edges());
}

// ------------------------------------------------------------ check as a picture

TEST(DiagramTest, CheckRendersEveryFormatAndRefusesPastTheLimit) {
  ClaimGraph g = SmallGraph();
  std::string svg = Check(g, "svg");
  EXPECT_EQ(svg.rfind("<?xml", 0), 0u);
  EXPECT_EQ(Count(svg, "class=\"cluster\""), 3u);
  EXPECT_EQ(Check(g, "png").rfind("\x89PNG\r\n\x1a\n", 0), 0u);
  EXPECT_EQ(Check(g, "pdf").rfind("%PDF", 0), 0u);
  EXPECT_EQ(Check(SmallGraph(false), "svg"), Check(SmallGraph(true), "svg"));

  Provenance p = Provenance::Compute(g);
  ContradictionReport report = FindContradictions(g, p);
  ReportOptions small;
  small.max_nodes = 5;
  std::ostringstream out;
  Status s = MakeCheckWriter("svg", small)->Write(CheckResult{g, p, report}, out);
  EXPECT_EQ(s.code(), StatusCode::kUsage);
  EXPECT_EQ(s.message().rfind("the contradiction diagram would draw 12 nodes, more than the "
                              "limit of 5",
                              0),
            0u)
      << s.message();
  ReportOptions bad;
  bad.layout = "nope";
  s = MakeCheckWriter("svg", bad)->Write(CheckResult{g, p, report}, out);
  EXPECT_EQ(s.code(), StatusCode::kUsage);
  bad.layout = "sfdp";
  s = MakeCheckWriter("svg", bad)->Write(CheckResult{g, p, report}, out);
  EXPECT_TRUE(s.ok()) << s.ToString();
}

}  // namespace
}  // namespace claimgraph
