// The small graph the report and DOT tests (and the check_small goldens) use,
// built through GraphBuilder in either of two input orders.
//
// What it holds, and what `check` must find in it:
//   kz:deaths (people): kz-164 "at least 164" (gov), kz-225 = 225 (smk in smk-1,
//     attributed to gov; and cobas in it-1, a translation of smk-1), kz-under-100
//     "less than 100" (ngo). Disjoint: kz-164 vs kz-under-100, kz-225 vs
//     kz-under-100; kz-164 and kz-225 meet.
//   t:dispute (people): c9 = 9 (gov), disputed by union ("9? Not true.").
//   t:rev (people): agency-40 (as of 2030-02-01) -> agency-55 (2030-02-03), both
//     by agency alone: a revision.
//   t:units: km5 (km) and mi9 (miles): no pair, one unit warning.
#ifndef CLAIMGRAPH_TESTS_EXPORTERS_REPORT_FIXTURE_H_
#define CLAIMGRAPH_TESTS_EXPORTERS_REPORT_FIXTURE_H_

#include <algorithm>
#include <functional>
#include <vector>

#include "tests/core/graph_fixture.h"

namespace claimgraph::testing {

inline ClaimGraph SmallGraph(bool reversed = false) {
  using F = GraphFixture;
  std::vector<std::function<void(F&)>> steps = {
      [](F& f) { f.Source("smk", "Socialist Movement of Kazakhstan", SourceKind::kOrganisation, {"SMK"}); },
      [](F& f) { f.Source("gov", "Government of Kazakhstan", SourceKind::kGovernment); },
      [](F& f) { f.Source("agency", "Agency", SourceKind::kOutlet); },
      [](F& f) { f.Source("ngo", "NGO", SourceKind::kOrganisation); },
      [](F& f) { f.Source("union", "Union", SourceKind::kOrganisation); },
      [](F& f) { f.Doc("smk-1", "2022-01-24", {"smk"}, "", Derivation::kRepublication, "About the January events"); },
      [](F& f) { f.Doc("it-1", "2022-01-25", {"cobas"}, "smk-1", Derivation::kTranslation); },
      [](F& f) { f.Doc("gov-1", "2022-01-20", {"gov"}); },
      [](F& f) { f.Doc("ag-1", "2030-02-01", {"agency"}); },
      [](F& f) { f.Doc("ag-2", "2030-02-03", {"agency"}); },
      [](F& f) { f.Doc("ngo-1", "2030-02-04", {"ngo"}); },
      [](F& f) { f.Doc("u-1", "2030-04-02", {"union"}); },
      [](F& f) { f.Claim("kz-225", "kz:deaths", Qualifier::kExact, 225, 0, "people", "2022-01-24"); },
      [](F& f) { f.Claim("kz-164", "kz:deaths", Qualifier::kAtLeast, 164, 0, "people", "", "at least 164"); },
      [](F& f) { f.Claim("kz-under-100", "kz:deaths", Qualifier::kLessThan, 100); },
      [](F& f) { f.Claim("agency-40", "t:rev", Qualifier::kExact, 40, 0, "people", "2030-02-01"); },
      [](F& f) { f.Claim("agency-55", "t:rev", Qualifier::kExact, 55, 0, "people", "2030-02-03"); },
      [](F& f) { f.Exact("c9", "t:dispute", 9); },
      [](F& f) { f.Exact("km5", "t:units", 5, "km"); },
      [](F& f) { f.Exact("mi9", "t:units", 9, "miles"); },
      [](F& f) { f.Stance("kz-225", "smk", "smk-1", StanceKind::kAsserts, "gov", "225, according to official figures"); },
      [](F& f) { f.Assert("kz-225", "cobas", "it-1"); },
      [](F& f) { f.Assert("kz-164", "gov", "gov-1"); },
      [](F& f) { f.Assert("kz-under-100", "ngo", "ngo-1"); },
      [](F& f) { f.Assert("agency-40", "agency", "ag-1"); },
      [](F& f) { f.Assert("agency-55", "agency", "ag-2"); },
      [](F& f) { f.Assert("c9", "gov", "gov-1"); },
      [](F& f) { f.Stance("c9", "union", "u-1", StanceKind::kDisputes, "", "9? Not true."); },
      [](F& f) { f.Assert("km5", "ngo", "ngo-1"); },
      [](F& f) { f.Assert("mi9", "ngo", "ngo-1"); },
  };
  if (reversed) std::reverse(steps.begin(), steps.end());
  GraphFixture f;
  for (auto& step : steps) step(f);
  return f.Build();
}

}  // namespace claimgraph::testing

#endif  // CLAIMGRAPH_TESTS_EXPORTERS_REPORT_FIXTURE_H_
