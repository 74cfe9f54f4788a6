#include "core/analysis/scope.h"

#include <gtest/gtest.h>

#include <set>
#include <string>
#include <vector>

#include "core/analysis/contradictions.h"
#include "core/analysis/provenance.h"
#include "tests/exporters/report_fixture.h"

namespace claimgraph {
namespace {

using testing::SmallGraph;
using Names = std::vector<std::string>;

// The selected entities by id (stances as "claim/source/document"), in index order.
struct Selected {
  Names sources, documents, claims, stances;
};
Selected Describe(const ClaimGraph& g, const Scope& scope) {
  Selected out;
  for (SourceId s : scope.Sources()) out.sources.emplace_back(g.Str(g.sources()[s].id));
  for (DocumentId d : scope.Documents()) out.documents.emplace_back(g.Str(g.documents()[d].id));
  for (ClaimId c : scope.Claims()) out.claims.emplace_back(g.Str(g.claims()[c].id));
  for (StanceId i : scope.Stances()) {
    const Stance& s = g.stances()[i];
    out.stances.push_back(std::string(g.Str(g.claims()[s.claim].id)) + "/" +
                          std::string(g.Str(g.sources()[s.source].id)) + "/" +
                          std::string(g.Str(g.documents()[s.document].id)));
  }
  return out;
}

Scope Must(Result<Scope> r) {
  EXPECT_TRUE(r.ok()) << r.status().ToString();
  if (!r.ok()) std::abort();
  return std::move(r).value();
}

// kz:deaths: kz-225 (smk in smk-1, credited to gov; cobas in it-1, a translation of
// smk-1), kz-164 (gov in gov-1), kz-under-100 (ngo in ngo-1).
TEST(ScopeTest, PropositionTakesClaimsSourcesDocumentsChainsAndCreditedSources) {
  ClaimGraph g = SmallGraph();
  Scope scope = Must(ScopeOfProposition(g, "kz:deaths"));
  Selected s = Describe(g, scope);
  EXPECT_EQ(s.claims, (Names{"kz-164", "kz-225", "kz-under-100"}));
  EXPECT_EQ(s.sources, (Names{"cobas", "gov", "ngo", "smk"}));
  EXPECT_EQ(s.documents, (Names{"gov-1", "it-1", "ngo-1", "smk-1"}));
  EXPECT_EQ(s.stances, (Names{"kz-164/gov/gov-1", "kz-225/cobas/it-1", "kz-225/smk/smk-1",
                              "kz-under-100/ngo/ngo-1"}));
  EXPECT_EQ(scope.num_nodes(), 11u);
}

TEST(ScopeTest, PropositionPullsInTheWholeDerivedFromChain) {
  testing::GraphFixture f;
  f.Source("a");
  f.Source("b");
  f.Doc("root", "", {"a"});
  f.Doc("mid", "", {}, "root");
  f.Doc("leaf", "", {"b"}, "mid", Derivation::kTranslation);
  f.Doc("other", "", {"a"});
  f.Exact("x", "p", 1);
  f.Exact("y", "q", 2);
  f.Assert("x", "b", "leaf");
  f.Assert("y", "a", "other");
  ClaimGraph g = f.Build();
  Selected s = Describe(g, Must(ScopeOfProposition(g, "p")));
  EXPECT_EQ(s.claims, (Names{"x"}));
  EXPECT_EQ(s.documents, (Names{"leaf", "mid", "root"}));
  EXPECT_EQ(s.sources, (Names{"a", "b"}));  // a: the origin, author of the root
  EXPECT_EQ(s.stances, (Names{"x/b/leaf"}));
}

TEST(ScopeTest, UnknownPropositionIsNotFound) {
  ClaimGraph g = SmallGraph();
  Result<Scope> r = ScopeOfProposition(g, "nope");
  ASSERT_FALSE(r.ok());
  EXPECT_EQ(r.status().code(), StatusCode::kNotFound);
  EXPECT_EQ(r.status().ToString(), "no claim has the proposition 'nope'");
}

TEST(ScopeTest, FocusDepthZeroIsTheClaimAlone) {
  ClaimGraph g = SmallGraph();
  Selected s = Describe(g, Must(ScopeOfFocus(g, "kz-225", 0)));
  EXPECT_EQ(s.claims, (Names{"kz-225"}));
  EXPECT_TRUE(s.sources.empty());
  EXPECT_TRUE(s.documents.empty());
  EXPECT_TRUE(s.stances.empty());
}

TEST(ScopeTest, FocusDepthOneFollowsInAndOutEdges) {
  ClaimGraph g = SmallGraph();
  Selected s = Describe(g, Must(ScopeOfFocus(g, "kz-225", 1)));
  EXPECT_EQ(s.claims, (Names{"kz-225"}));
  // smk and cobas assert it (in-edges); it is attributed to gov (out-edge).
  EXPECT_EQ(s.sources, (Names{"cobas", "gov", "smk"}));
  EXPECT_TRUE(s.documents.empty());
  EXPECT_EQ(s.stances, (Names{"kz-225/cobas/it-1", "kz-225/smk/smk-1"}));
}

TEST(ScopeTest, FocusDepthTwo) {
  ClaimGraph g = SmallGraph();
  Selected s = Describe(g, Must(ScopeOfFocus(g, "kz-225", 2)));
  // gov's other claims and the documents authored by the three sources.
  EXPECT_EQ(s.claims, (Names{"c9", "kz-164", "kz-225"}));
  EXPECT_EQ(s.sources, (Names{"cobas", "gov", "smk"}));
  EXPECT_EQ(s.documents, (Names{"gov-1", "it-1", "smk-1"}));
  // union's dispute of c9 stays out: union is three hops away.
  EXPECT_EQ(s.stances, (Names{"c9/gov/gov-1", "kz-164/gov/gov-1", "kz-225/cobas/it-1",
                              "kz-225/smk/smk-1"}));
}

TEST(ScopeTest, FocusOnUnknownClaimIsNotFound) {
  ClaimGraph g = SmallGraph();
  Result<Scope> r = ScopeOfFocus(g, "nope", 2);
  ASSERT_FALSE(r.ok());
  EXPECT_EQ(r.status().code(), StatusCode::kNotFound);
  EXPECT_EQ(r.status().ToString(), "no claim with id 'nope'");
}

TEST(ScopeTest, ConflictsOnlyKeepsDisjointRevisedAndDisputedClaims) {
  ClaimGraph g = SmallGraph();
  ContradictionReport report = FindContradictions(g, Provenance::Compute(g));
  Selected s = Describe(g, ScopeOfConflicts(g, report));
  // km5 and mi9 (a unit warning only) are out.
  EXPECT_EQ(s.claims,
            (Names{"agency-40", "agency-55", "c9", "kz-164", "kz-225", "kz-under-100"}));
  EXPECT_EQ(s.sources, (Names{"agency", "cobas", "gov", "ngo", "smk", "union"}));
  EXPECT_EQ(s.documents, (Names{"ag-1", "ag-2", "gov-1", "it-1", "ngo-1", "smk-1", "u-1"}));
  EXPECT_EQ(s.stances.size(), 8u);
  for (const std::string& stance : s.stances) {
    EXPECT_EQ(stance.find("km5"), std::string::npos);
    EXPECT_EQ(stance.find("mi9"), std::string::npos);
  }
}

TEST(ScopeTest, SelectScopeDispatchesAndCombines) {
  ClaimGraph g = SmallGraph();
  ScopeRequest both;
  both.proposition = "kz:deaths";
  both.conflicts_only = true;
  Selected combined = Describe(g, Must(SelectScope(g, both)));
  Selected alone = Describe(g, Must(ScopeOfProposition(g, "kz:deaths")));
  EXPECT_EQ(combined.claims, alone.claims);
  EXPECT_EQ(combined.stances, alone.stances);

  ScopeRequest quiet;
  quiet.proposition = "t:units";
  quiet.conflicts_only = true;
  Result<Scope> none = SelectScope(g, quiet);
  ASSERT_FALSE(none.ok());
  EXPECT_EQ(none.status().ToString(), "the proposition 't:units' has no contradiction or dispute");

  ScopeRequest bad;
  bad.focus = "kz-225";
  bad.proposition = "kz:deaths";
  Result<Scope> usage = SelectScope(g, bad);
  ASSERT_FALSE(usage.ok());
  EXPECT_EQ(usage.status().code(), StatusCode::kUsage);

  ScopeRequest focus;
  focus.focus = "kz-225";
  focus.depth = 1;
  EXPECT_EQ(Describe(g, Must(SelectScope(g, focus))).sources, (Names{"cobas", "gov", "smk"}));
}

TEST(ScopeTest, SameDataInEitherInputOrderSelectsTheSameIds) {
  ClaimGraph a = SmallGraph(false);
  ClaimGraph b = SmallGraph(true);
  Selected sa = Describe(a, Must(ScopeOfFocus(a, "c9", 2)));
  Selected sb = Describe(b, Must(ScopeOfFocus(b, "c9", 2)));
  EXPECT_EQ(sa.sources, sb.sources);
  EXPECT_EQ(sa.documents, sb.documents);
  EXPECT_EQ(sa.claims, sb.claims);
  EXPECT_EQ(sa.stances, sb.stances);
}

}  // namespace
}  // namespace claimgraph
