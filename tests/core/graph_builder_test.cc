#include "core/graph_builder.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <boost/range/iterator_range.hpp>
#include <functional>
#include <random>
#include <set>
#include <sstream>
#include <string>
#include <thread>
#include <tuple>
#include <vector>

#include "core/boost_graph.h"
#include "core/graph.h"
#include "tests/core/graph_fixture.h"

namespace claimgraph {
namespace {

using testing::ClaimNamed;
using testing::DocNamed;
using testing::GraphFixture;
using testing::SourceNamed;

// Everything a graph holds, spelled with id strings: two graphs with equal dumps
// have identical tables, order included.
std::string Dump(const ClaimGraph& g) {
  std::ostringstream out;
  for (SourceId s = 0; s < g.num_sources(); ++s) {
    const Source& src = g.sources()[s];
    out << "source " << s << " " << g.Str(src.id) << " name=" << g.SourceName(s)
        << " kind=" << Name(src.kind) << " aliases=";
    for (Symbol a : g.AliasesOf(s)) out << g.Str(a) << ",";
    out << "\n";
  }
  for (DocumentId d = 0; d < g.num_documents(); ++d) {
    const Document& doc = g.documents()[d];
    out << "doc " << d << " " << g.Str(doc.id) << " published=" << doc.published.ToString()
        << " derived_from=" << (doc.derived_from == kNone ? "-" : g.Str(g.documents()[doc.derived_from].id))
        << " derivation=" << Name(doc.derivation) << " authors=";
    for (SourceId a : g.AuthorsOf(d)) out << g.Str(g.sources()[a].id) << ",";
    out << "\n";
  }
  for (ClaimId c = 0; c < g.num_claims(); ++c) {
    const Claim& cl = g.claims()[c];
    out << "claim " << c << " " << g.Str(cl.id) << " " << g.Str(cl.proposition) << " "
        << Name(cl.qualifier) << " " << FormatNumber(cl.value) << " " << FormatNumber(cl.value_hi)
        << " " << g.Str(cl.unit) << " " << cl.interval.ToString() << " as_of=" << cl.as_of.ToString()
        << " first_stance=" << g.FirstStanceOf(c) << "\n";
  }
  for (StanceId i = 0; i < g.num_stances(); ++i) {
    const Stance& s = g.stances()[i];
    out << "stance " << i << " claim=" << g.Str(g.claims()[s.claim].id)
        << " source=" << g.Str(g.sources()[s.source].id)
        << " doc=" << g.Str(g.documents()[s.document].id) << " " << Name(s.kind) << " attributed="
        << (s.attributed_to == kNone ? "-" : g.Str(g.sources()[s.attributed_to].id))
        << " quote=" << g.Text(s.quote) << "\n";
  }
  for (const Attribute& a : g.attributes()) {
    out << "attr " << static_cast<int>(a.owner_kind) << " " << a.owner << " " << g.Str(a.key) << "="
        << g.Text(a.value) << "\n";
  }
  for (const PropositionGroup& grp : g.groups()) {
    out << "group " << g.Str(grp.proposition) << "/" << g.Str(grp.unit) << ":";
    for (ClaimId c : g.ClaimsOf(grp)) out << " " << g.Str(g.claims()[c].id);
    out << "\n";
  }
  const BoostGraph::Csr& bg = g.boost_graph().csr;
  for (auto e : boost::make_iterator_range(boost::edges(bg))) {
    out << "edge " << boost::source(e, bg) << "->" << boost::target(e, bg) << " "
        << static_cast<int>(bg[e].relation) << " " << bg[e].stance << "\n";
  }
  return out.str();
}

// One data set as a list of independent steps, applied in any order.
std::vector<std::function<void(GraphFixture&)>> DataSteps() {
  using F = GraphFixture;
  return {
      [](F& f) { f.Source("smk", "Socialist Movement of Kazakhstan", SourceKind::kOrganisation, {"SMK"}); },
      [](F& f) { f.Source("kz-government", "Government of Kazakhstan", SourceKind::kGovernment); },
      [](F& f) { f.Source("cobas", "SI Cobas", SourceKind::kOrganisation); },
      [](F& f) { f.Source("B-upper", "", SourceKind::kPerson); },
      [](F& f) { f.Doc("smk-2022-01-24", "2022-01-24", {"smk"}); },
      [](F& f) { f.Doc("002-it", "2022-01-25", {"cobas"}, "smk-2022-01-24", Derivation::kTranslation); },
      [](F& f) { f.Doc("gov-1", "2022-01-20", {"kz-government"}); },
      [](F& f) { f.Claim("kz-deaths-225", "kz:deaths", Qualifier::kExact, 225, 0, "people", "2022-01-24"); },
      [](F& f) { f.Claim("kz-deaths-164", "kz:deaths", Qualifier::kAtLeast, 164); },
      [](F& f) { f.Claim("kz-arrests", "kz:arrests", Qualifier::kRange, 793, 8498); },
      [](F& f) { f.Claim("kz-tenge", "kz:deaths", Qualifier::kAbout, 1000, 0, "tenge"); },
      [](F& f) { f.Assert("kz-deaths-225", "smk", "smk-2022-01-24", "kz-government"); },
      [](F& f) { f.Assert("kz-deaths-225", "cobas", "002-it"); },
      [](F& f) { f.Assert("kz-deaths-164", "kz-government", "gov-1"); },
      [](F& f) { f.Dispute("kz-deaths-164", "smk", "smk-2022-01-24"); },
      [](F& f) { f.Stance("kz-deaths-164", "smk", "smk-2022-01-24", StanceKind::kAsserts, "", "zz"); },
      [](F& f) { f.Stance("kz-deaths-164", "smk", "smk-2022-01-24", StanceKind::kAsserts, "", "aa"); },
      [](F& f) { f.Assert("kz-arrests", "B-upper", "gov-1"); },
      [](F& f) { f.Assert("kz-tenge", "cobas", "002-it"); },
      [](F& f) {
        GraphBuilder& b = f.builder();
        b.AddAttribute(EntityKind::kClaim, b.ClaimById("kz-arrests"), "region", "Almaty");
        b.AddAttribute(EntityKind::kClaim, b.ClaimById("kz-arrests"), "confidence", "low");
        b.AddAttribute(EntityKind::kSource, b.SourceById("smk"), "country", "KZ");
      },
  };
}

ClaimGraph BuildInOrder(unsigned seed) {
  auto steps = DataSteps();
  if (seed == 0) {
    std::reverse(steps.begin(), steps.end());
  } else {
    std::mt19937 rng(seed);
    std::shuffle(steps.begin(), steps.end(), rng);
  }
  GraphFixture f;
  for (auto& step : steps) step(f);
  return f.Build();
}

TEST(GraphBuilderTest, CanonicalOrderIndependentOfInputOrder) {
  GraphFixture f;
  for (auto& step : DataSteps()) step(f);
  ClaimGraph forward = f.Build();
  std::string want = Dump(forward);
  for (unsigned seed : {0u, 1u, 2u, 3u, 42u, 1234u}) {
    EXPECT_EQ(Dump(BuildInOrder(seed)), want) << "seed " << seed;
  }
}

// A data set whose steps, taken in order, create every entity and stance in
// canonical order (a derived document names an earlier one): what reading a
// graph's own export back looks like. Build() then skips its sorts and copies.
std::vector<std::function<void(GraphFixture&)>> CanonicalSteps() {
  using F = GraphFixture;
  return {
      [](F& f) { f.Source("a-src", "Zeta", SourceKind::kPerson); },
      [](F& f) { f.Source("b-src", "Alpha", SourceKind::kOutlet, {"B"}); },
      [](F& f) { f.Source("c-src"); },
      [](F& f) { f.Doc("d1", "2022-01-05", {"a-src"}); },
      [](F& f) { f.Doc("d2", "2022-01-06", {"b-src", "a-src"}, "d1", Derivation::kTranslation); },
      [](F& f) { f.Doc("d3", "2022-01-07", {"c-src"}, "d2"); },
      [](F& f) { f.Claim("c1", "p", Qualifier::kExact, 10); },
      [](F& f) { f.Claim("c2", "p", Qualifier::kAtLeast, 20, 0, "people", "2022-01-06"); },
      [](F& f) { f.Claim("c3", "q", Qualifier::kRange, 1, 2); },
      [](F& f) { f.Stance("c1", "a-src", "d1", StanceKind::kAsserts, "", "ten"); },
      [](F& f) { f.Stance("c1", "b-src", "d2", StanceKind::kAsserts, "a-src", "dieci"); },
      [](F& f) { f.Stance("c1", "c-src", "d3", StanceKind::kDisputes, "", "not ten"); },
      [](F& f) { f.Stance("c2", "a-src", "d1", StanceKind::kAsserts, "", "a"); },
      [](F& f) { f.Stance("c2", "a-src", "d1", StanceKind::kAsserts, "", "b"); },
      [](F& f) { f.Stance("c2", "b-src", "d3", StanceKind::kAsserts, "c-src"); },
      [](F& f) { f.Stance("c3", "c-src", "d2", StanceKind::kAsserts); },
      [](F& f) { f.Stance("c3", "c-src", "d3", StanceKind::kAsserts); },
  };
}

ClaimGraph BuildSteps(const std::vector<std::function<void(GraphFixture&)>>& steps) {
  GraphFixture f;
  for (const auto& step : steps) step(f);
  return f.Build();
}

// Input already in canonical order takes Build()'s short cuts (no sort, no copy);
// input that is in order but for a last step down takes them as far as they go,
// then sorts. Either way the graph is the one any other input order gives.
TEST(GraphBuilderTest, InputInCanonicalOrderBuildsTheSameGraph) {
  const auto steps = CanonicalSteps();
  auto shuffled = steps;
  std::mt19937 rng(5);
  std::shuffle(shuffled.begin(), shuffled.end(), rng);
  const std::string want = Dump(BuildSteps(shuffled));
  ASSERT_NE(want.find("doc 2 d3"), std::string::npos) << want;

  const ClaimGraph in_order = BuildSteps(steps);
  EXPECT_EQ(Dump(in_order), want);
  // The fixture did create everything in canonical order: entity i is the i-th made.
  EXPECT_EQ(in_order.Str(in_order.claims()[2].id), "c3");
  EXPECT_EQ(in_order.Text(in_order.stances()[4].quote), "b");

  // A step down only at the end: the last two claims, documents, sources, stances.
  for (auto [i, j] : {std::pair{7, 8}, std::pair{4, 5}, std::pair{1, 2}, std::pair{15, 16},
                      std::pair{12, 13}}) {
    auto late = steps;
    std::swap(late[i], late[j]);
    EXPECT_EQ(Dump(BuildSteps(late)), want) << "steps " << i << " and " << j << " swapped";
  }
}

TEST(GraphBuilderTest, EntitiesSortedByIdBytes) {
  ClaimGraph g = BuildInOrder(7);
  std::vector<std::string_view> sources, docs, claims;
  for (const Source& s : g.sources()) sources.push_back(g.Str(s.id));
  for (const Document& d : g.documents()) docs.push_back(g.Str(d.id));
  for (const Claim& c : g.claims()) claims.push_back(g.Str(c.id));
  // Byte order: upper case before lower case.
  EXPECT_EQ(sources, (std::vector<std::string_view>{"B-upper", "cobas", "kz-government", "smk"}));
  EXPECT_EQ(docs, (std::vector<std::string_view>{"002-it", "gov-1", "smk-2022-01-24"}));
  EXPECT_EQ(claims, (std::vector<std::string_view>{"kz-arrests", "kz-deaths-164", "kz-deaths-225",
                                                   "kz-tenge"}));
}

// The sort compares 16-byte integer prefixes first: ids that tie on them, end
// inside them, hold bytes above 0x7F or embedded NULs must still come out in
// plain byte order.
TEST(GraphBuilderTest, EntitiesSortedByIdBytesPastTheComparedPrefix) {
  const std::vector<std::string> ids = {
      "b", "a", "ab", "\xC3\xA9t\xC3\xA9", "z", "\x7F", "",  // "" is not an id: skipped below
      "aaaaaaaaaaaaaaaaX", "aaaaaaaaaaaaaaaa", "aaaaaaaaaaaaaaaaA", "aaaaaaaaaaaaaaa",
      "aaaaaaaab", "aaaaaaaa", std::string("ab\0c", 4), std::string("ab\0", 3),
      "doc-0013963", "doc-0013962", "doc-00139620", "ev0000000/turnout|about|60.5|percent"};
  std::vector<std::string> want;
  GraphBuilder b;
  for (const std::string& id : ids) {
    if (id.empty()) continue;
    b.DefineSource(b.SourceById(id));
    want.push_back(id);
  }
  std::sort(want.begin(), want.end());
  Result<ClaimGraph> g = std::move(b).Build();
  ASSERT_TRUE(g.ok()) << g.status().ToString();
  std::vector<std::string> got;
  for (const Source& s : g->sources()) got.emplace_back(g->Str(s.id));
  EXPECT_EQ(got, want);
}

// Ids that tie 16 bytes at a time, level after level (generated claim ids share
// their proposition), and end at every depth, with bytes 0x00 and 0xFF among
// them: the order must still be plain byte order, against std::sort's.
TEST(GraphBuilderTest, EntitiesSortedByIdBytesAtEveryDepth) {
  std::mt19937 rng(20261206);
  std::vector<std::string> stems = {"", std::string(16, 'a'), std::string(31, 'a'),
                                    "ev0000000/arrests|about|", std::string(40, '\0')};
  stems[2].push_back('b');
  const char alphabet[] = {'a', 'b', '\0', '\xFF', '|'};
  std::set<std::string> ids;
  while (ids.size() < 3000) {
    std::string id = stems[rng() % stems.size()];
    for (size_t n = rng() % 40; n > 0; --n) id += alphabet[rng() % 5];
    if (!id.empty()) ids.insert(id);
  }
  std::vector<std::string> shuffled(ids.begin(), ids.end());  // std::set: byte order
  std::shuffle(shuffled.begin(), shuffled.end(), rng);
  GraphBuilder b;
  for (const std::string& id : shuffled) b.DefineDocument(b.DocumentById(id));
  Result<ClaimGraph> g = std::move(b).Build();
  ASSERT_TRUE(g.ok()) << g.status().ToString();
  std::vector<std::string> got;
  for (const Document& d : g->documents()) got.emplace_back(g->Str(d.id));
  EXPECT_EQ(got, std::vector<std::string>(ids.begin(), ids.end()));
}

TEST(GraphBuilderTest, StancesOrderedByClaimDocumentSourceKindAttributionQuote) {
  ClaimGraph g = BuildInOrder(11);
  ASSERT_EQ(g.num_stances(), 8u);
  // kz-deaths-164: gov-1 (kz-government) first; then smk-2022-01-24 by smk:
  // asserts before disputes, and between the two asserts quote "aa" before "zz".
  ClaimId c164 = ClaimNamed(g, "kz-deaths-164");
  auto st = g.StancesOf(c164);
  ASSERT_EQ(st.size(), 4u);
  EXPECT_EQ(st[0].document, DocNamed(g, "gov-1"));
  EXPECT_EQ(st[1].kind, StanceKind::kAsserts);
  EXPECT_EQ(g.Text(st[1].quote), "aa");
  EXPECT_EQ(st[2].kind, StanceKind::kAsserts);
  EXPECT_EQ(g.Text(st[2].quote), "zz");
  EXPECT_EQ(st[3].kind, StanceKind::kDisputes);
  // kz-deaths-225: document 002-it sorts before smk-2022-01-24.
  auto st225 = g.StancesOf(ClaimNamed(g, "kz-deaths-225"));
  ASSERT_EQ(st225.size(), 2u);
  EXPECT_EQ(st225[0].document, DocNamed(g, "002-it"));
  EXPECT_EQ(st225[1].attributed_to, SourceNamed(g, "kz-government"));
  // Stances are grouped by claim in claim order, and FirstStanceOf agrees.
  StanceId next = 0;
  for (ClaimId c = 0; c < g.num_claims(); ++c) {
    EXPECT_EQ(g.FirstStanceOf(c), next);
    for (const Stance& s : g.StancesOf(c)) EXPECT_EQ(s.claim, c);
    next += static_cast<StanceId>(g.StancesOf(c).size());
  }
  EXPECT_EQ(next, g.num_stances());
}

TEST(GraphBuilderTest, GroupsByPropositionThenUnit) {
  GraphFixture f;
  f.Exact("c1", "p1", 1, "people");
  f.Exact("c2", "p1", 2, "km");
  f.Exact("c3", "p0", 3, "people");
  f.Exact("c4", "p2", 4, "");
  f.Exact("c5", "p1", 5, "people");
  f.Exact("c0", "p1", 6, "people");
  ClaimGraph g = f.Build();
  std::vector<std::string> got;
  for (const PropositionGroup& grp : g.groups()) {
    std::string s = std::string(g.Str(grp.proposition)) + "/" + std::string(g.Str(grp.unit)) + ":";
    for (ClaimId c : g.ClaimsOf(grp)) s += " " + std::string(g.Str(g.claims()[c].id));
    got.push_back(s);
  }
  EXPECT_EQ(got, (std::vector<std::string>{"p0/people: c3", "p1/km: c2", "p1/people: c0 c1 c5",
                                           "p2/: c4"}));
  EXPECT_EQ(g.groups()[3].unit, kNoSymbol);
}

TEST(GraphBuilderTest, AliasAndNameReferencesMergeIntoDefinedSource) {
  GraphFixture f;
  f.Source("nazarbayev", "Nursultan Nazarbayev", SourceKind::kPerson, {"Elbasy"});
  f.Source("tokayev", "Kassym-Jomart Tokayev", SourceKind::kPerson);
  f.Doc("speech", "2022-01-07", {"Elbasy"});
  f.Doc("report", "2022-01-08", {"tokayev"});
  f.Exact("c1", "p", 10);
  f.Exact("c2", "p", 20);
  f.Assert("c1", "Elbasy", "speech");                            // by alias
  f.Assert("c2", "tokayev", "report", "Nursultan Nazarbayev");  // attribution by name
  f.Assert("c2", "unknown-blogger", "report");                  // stays a placeholder
  {
    GraphBuilder& b = f.builder();
    EXPECT_TRUE(b.SourceKnown("Elbasy"));
    EXPECT_TRUE(b.SourceKnown("nazarbayev"));
    EXPECT_FALSE(b.SourceKnown("unknown-blogger"));  // referenced, never defined
    EXPECT_FALSE(b.SourceKnown("nobody"));
    b.AddAttribute(EntityKind::kSource, b.SourceById("Elbasy"), "title", "Leader of the Nation");
  }
  ClaimGraph g = f.Build();
  // Placeholders "Elbasy" and "Nursultan Nazarbayev" are gone; "unknown-blogger" remains.
  std::vector<std::string_view> ids;
  for (const Source& s : g.sources()) ids.push_back(g.Str(s.id));
  EXPECT_EQ(ids, (std::vector<std::string_view>{"nazarbayev", "tokayev", "unknown-blogger"}));
  SourceId naz = SourceNamed(g, "nazarbayev");
  ClaimId c1 = ClaimNamed(g, "c1"), c2 = ClaimNamed(g, "c2");
  ASSERT_EQ(g.StancesOf(c1).size(), 1u);
  EXPECT_EQ(g.StancesOf(c1)[0].source, naz);
  bool found_attribution = false;
  for (const Stance& s : g.StancesOf(c2)) {
    if (s.source == SourceNamed(g, "tokayev")) {
      EXPECT_EQ(s.attributed_to, naz);
      found_attribution = true;
    }
  }
  EXPECT_TRUE(found_attribution);
  auto authors = g.AuthorsOf(DocNamed(g, "speech"));
  ASSERT_EQ(authors.size(), 1u);
  EXPECT_EQ(authors[0], naz);
  auto attrs = g.AttributesOf(EntityKind::kSource, naz);
  ASSERT_EQ(attrs.size(), 1u);
  EXPECT_EQ(g.Str(attrs[0].key), "title");
  EXPECT_EQ(g.Text(attrs[0].value), "Leader of the Nation");
  EXPECT_EQ(g.SourceName(SourceNamed(g, "unknown-blogger")), "unknown-blogger");
}

TEST(GraphBuilderTest, SharedAliasGoesToTheLeastId) {
  GraphFixture f;
  f.Source("b-agency", "", SourceKind::kOutlet, {"The Agency"});
  f.Source("a-agency", "", SourceKind::kOutlet, {"The Agency"});
  f.Doc("d");
  f.Exact("c", "p", 1);
  f.Assert("c", "The Agency", "d");
  ClaimGraph g = f.Build();
  EXPECT_EQ(g.num_sources(), 2u);
  EXPECT_EQ(g.StancesOf(0)[0].source, SourceNamed(g, "a-agency"));
  EXPECT_EQ(g.FindSource("The Agency"), SourceNamed(g, "a-agency"));
}

TEST(GraphBuilderTest, FindLookups) {
  GraphFixture f;
  f.Source("smk", "Socialist Movement of Kazakhstan", SourceKind::kOrganisation,
           {"SMK", "Socialist Movement"});
  f.Source("other", "", SourceKind::kUnknown, {"smk"});  // an id always wins over an alias
  f.Doc("doc-1");
  f.Exact("claim-1", "p", 1);
  f.Assert("claim-1", "smk", "doc-1");
  ClaimGraph g = f.Build();
  SourceId smk = *g.FindSource("smk");
  EXPECT_EQ(g.Str(g.sources()[smk].id), "smk");
  EXPECT_EQ(g.FindSource("SMK"), smk);
  EXPECT_EQ(g.FindSource("Socialist Movement"), smk);
  EXPECT_EQ(g.FindSource("Socialist Movement of Kazakhstan"), smk);
  EXPECT_EQ(g.FindSource("other"), SourceNamed(g, "other"));
  EXPECT_FALSE(g.FindSource("smk ").has_value());
  EXPECT_FALSE(g.FindSource("doc-1").has_value());    // a document id, not a source
  EXPECT_FALSE(g.FindSource("claim-1").has_value());
  EXPECT_FALSE(g.FindSource("never-seen").has_value());
  EXPECT_EQ(g.FindDocument("doc-1"), 0u);
  EXPECT_FALSE(g.FindDocument("smk").has_value());
  EXPECT_EQ(g.FindClaim("claim-1"), 0u);
  EXPECT_FALSE(g.FindClaim("claim-2").has_value());
  auto aliases = g.AliasesOf(smk);
  ASSERT_EQ(aliases.size(), 2u);
  EXPECT_EQ(g.Str(aliases[0]), "SMK");  // sorted by text
  EXPECT_EQ(g.Str(aliases[1]), "Socialist Movement");
}

TEST(GraphBuilderTest, BuilderGetOrCreateAndDefine) {
  GraphBuilder b;
  SourceId s = b.SourceById("s");
  EXPECT_EQ(b.SourceById("s"), s);
  EXPECT_FALSE(b.IsDefined(EntityKind::kSource, s));
  EXPECT_TRUE(b.DefineSource(s));
  EXPECT_FALSE(b.DefineSource(s));  // duplicate definition reported to the importer
  EXPECT_TRUE(b.IsDefined(EntityKind::kSource, s));
  // One string may name a source, a document and a claim: separate entities.
  DocumentId d = b.DocumentById("s");
  ClaimId c = b.ClaimById("s");
  EXPECT_EQ(d, 0u);
  EXPECT_EQ(c, 0u);
  EXPECT_TRUE(b.DefineDocument(d));
  EXPECT_FALSE(b.DefineDocument(d));
  EXPECT_TRUE(b.DefineClaim(c));
  EXPECT_FALSE(b.DefineClaim(c));
  EXPECT_EQ(b.FindSource("s"), s);
  EXPECT_EQ(b.FindDocument("s"), d);
  EXPECT_FALSE(b.FindClaim("t").has_value());
  EXPECT_FALSE(b.HasFigure(c));
  b.SetFigure(c, Qualifier::kAtLeast, 5, 99);
  EXPECT_TRUE(b.HasFigure(c));
  EXPECT_EQ(b.claim(c).value_hi, 5);  // value_hi only kept for ranges
}

TEST(GraphBuilderTest, ClaimWithoutFigureIsAnError) {
  GraphFixture f;
  f.Source("s");
  f.Doc("d");
  f.Exact("has-figure", "p", 1);
  f.Assert("no-figure", "s", "d");  // the stance names a claim nobody defined
  Result<ClaimGraph> r = f.TryBuild();
  ASSERT_FALSE(r.ok());
  EXPECT_EQ(r.status().code(), StatusCode::kInvalidInput);
  EXPECT_EQ(r.status().ToString(), "claim 'no-figure' has no figure");
}

TEST(GraphBuilderTest, ClaimWithoutPropositionIsAnError) {
  GraphBuilder b;
  ClaimId c = b.ClaimById("orphan");
  b.DefineClaim(c);
  b.SetFigure(c, Qualifier::kExact, 3, 0);
  Result<ClaimGraph> r = std::move(b).Build();
  ASSERT_FALSE(r.ok());
  EXPECT_EQ(r.status().ToString(), "claim 'orphan' has no proposition");
}

Status CycleStatus(const std::vector<std::pair<std::string, std::string>>& derived) {
  GraphFixture f;
  for (const auto& [doc, parent] : derived) f.Doc(doc, "", {}, parent);
  Result<ClaimGraph> r = f.TryBuild();
  return r.ok() ? Status() : r.status();
}

TEST(GraphBuilderTest, DerivedFromCycleNamesItsDocuments) {
  Status two = CycleStatus({{"b", "a"}, {"a", "b"}});
  EXPECT_EQ(two.code(), StatusCode::kInvalidInput);
  EXPECT_EQ(two.ToString(), "derived-from cycle: 'a' -> 'b' -> 'a'");
  // Named from the least id, following derived-from links.
  EXPECT_EQ(CycleStatus({{"y", "z"}, {"z", "x"}, {"x", "y"}}).ToString(),
            "derived-from cycle: 'x' -> 'y' -> 'z' -> 'x'");
  EXPECT_EQ(CycleStatus({{"y", "x"}, {"z", "y"}, {"x", "z"}}).ToString(),
            "derived-from cycle: 'x' -> 'z' -> 'y' -> 'x'");
  EXPECT_EQ(CycleStatus({{"self", "self"}}).ToString(), "derived-from cycle: 'self' -> 'self'");
  // A chain that runs into a cycle: only the cycle is named.
  EXPECT_EQ(CycleStatus({{"0-leaf", "m"}, {"m", "n"}, {"n", "m"}}).ToString(),
            "derived-from cycle: 'm' -> 'n' -> 'm'");
  // A long chain without a cycle is fine.
  EXPECT_TRUE(CycleStatus({{"d1", "d2"}, {"d2", "d3"}, {"d3", "d4"}, {"e", "d2"}}).ok());
}

// The figure table starts small and regrows several times on the way to 20,000
// claims: every figure, asked again after the last regrowth, is still its claim.
TEST(GraphBuilderTest, ClaimByFigureFindsEveryFigureAfterTheTableRegrows) {
  GraphBuilder b;
  const Symbol people = b.Intern("people");
  std::vector<FigureKey> keys;
  for (int i = 0; i < 20000; ++i) {
    FigureKey k;
    k.proposition = b.Intern("p" + std::to_string(i % 97));
    k.unit = people;
    k.qualifier = i % 3 == 0 ? Qualifier::kExact : Qualifier::kAtLeast;
    k.value = i;
    keys.push_back(k);
  }
  std::vector<ClaimId> first;
  for (const FigureKey& k : keys) {
    Result<ClaimId> c = b.ClaimByFigure(k);
    ASSERT_TRUE(c.ok()) << c.status().ToString();
    first.push_back(*c);
  }
  EXPECT_EQ(std::set<ClaimId>(first.begin(), first.end()).size(), keys.size());
  for (size_t i = 0; i < keys.size(); ++i) {
    Result<ClaimId> again = b.ClaimByFigure(keys[i]);
    ASSERT_TRUE(again.ok());
    ASSERT_EQ(*again, first[i]) << "figure " << i;
  }
}

TEST(GraphBuilderTest, ClaimByFigureMergesEqualFiguresWithOrderIndependentIds) {
  auto key = [](GraphBuilder& b, std::string_view prop, Qualifier q, double v, double hi,
                std::string_view unit, std::string_view as_of) {
    FigureKey k;
    k.proposition = b.Intern(prop);
    k.unit = b.Intern(unit);
    k.as_of = *Date::Parse(as_of);
    k.qualifier = q;
    k.value = v;
    k.value_hi = hi;
    return k;
  };
  auto ids = [&](bool reversed) {
    GraphBuilder b;
    std::vector<FigureKey> keys = {
        key(b, "t:noid", Qualifier::kRange, 10, 20, "people", "2030-05-01"),
        key(b, "t:noid", Qualifier::kMoreThan, 25, 0, "people", "2030-05-01"),
        key(b, "t:noid", Qualifier::kExact, 2975.5, 0, "tenge", ""),
    };
    if (reversed) std::reverse(keys.begin(), keys.end());
    std::vector<ClaimId> got;
    for (const FigureKey& k : keys) {
      Result<ClaimId> c = b.ClaimByFigure(k);
      EXPECT_TRUE(c.ok());
      got.push_back(*c);
    }
    // The same figure again is the same claim.
    for (const FigureKey& k : keys) {
      Result<ClaimId> again = b.ClaimByFigure(k);
      EXPECT_TRUE(again.ok());
      EXPECT_NE(std::find(got.begin(), got.end(), *again), got.end());
    }
    std::set<std::string> names;
    Result<ClaimGraph> g = std::move(b).Build();
    EXPECT_TRUE(g.ok()) << g.status().ToString();
    if (!g.ok()) return names;
    EXPECT_EQ(g->num_claims(), 3u);
    for (const Claim& c : g->claims()) names.insert(std::string(g->Str(c.id)));
    return names;
  };
  std::set<std::string> want = {"t:noid|range|10..20|people|2030-05-01",
                                 "t:noid|more_than|25|people|2030-05-01",
                                 "t:noid|exact|2975.5|tenge|"};
  EXPECT_EQ(ids(false), want);
  EXPECT_EQ(ids(true), want);
}

TEST(GraphBuilderTest, ClaimByFigureKeepsFieldsAndRejectsATakenId) {
  GraphBuilder b;
  FigureKey k;
  k.proposition = b.Intern("p");
  k.unit = b.Intern("km");
  k.qualifier = Qualifier::kAbout;
  k.value = 5;
  // Another key differing only in the unit is another claim.
  FigureKey other = k;
  other.unit = b.Intern("miles");
  Result<ClaimId> c = b.ClaimByFigure(k);
  Result<ClaimId> d = b.ClaimByFigure(other);
  ASSERT_TRUE(c.ok());
  ASSERT_TRUE(d.ok());
  EXPECT_NE(*c, *d);
  EXPECT_TRUE(b.HasFigure(*c));
  EXPECT_EQ(b.claim(*c).proposition, k.proposition);
  EXPECT_EQ(b.claim(*c).unit, k.unit);

  GraphBuilder taken;
  ClaimId explicit_claim = taken.ClaimById("p|exact|1|people|");
  taken.DefineClaim(explicit_claim);
  FigureKey clash;
  clash.proposition = taken.Intern("p");
  clash.unit = taken.Intern("people");
  clash.value = 1;
  Result<ClaimId> r = taken.ClaimByFigure(clash);
  ASSERT_FALSE(r.ok());
  EXPECT_EQ(r.status().ToString(),
            "the generated claim id 'p|exact|1|people|' is already used by another claim; give "
            "claims explicit ids");
}

// The CSV importer works out a key's hash and generated id on its read-ahead
// thread, from the row's texts, before they are interned: those must file the
// claim exactly where ClaimByFigure(key) would, whatever the symbols' numbering.
TEST(GraphBuilderTest, FigureHashAndGeneratedIdDependOnTextsNotSymbols) {
  FigureKey shape;
  shape.qualifier = Qualifier::kExact;
  shape.value = 225;
  shape.value_hi = 999;  // ignored unless a range
  shape.as_of = *Date::Parse("2022-01-05");
  const uint64_t hash = GraphBuilder::FigureHash(shape, "kz/deaths", "people");
  std::string id;
  GraphBuilder::GeneratedClaimId(shape, "kz/deaths", "people", &id);
  EXPECT_EQ(id, "kz/deaths|exact|225|people|2022-01-05");
  FigureKey other_value = shape;
  other_value.value = 164;
  EXPECT_NE(GraphBuilder::FigureHash(other_value, "kz/deaths", "people"), hash);
  EXPECT_NE(GraphBuilder::FigureHash(shape, "kz/deaths", "persons"), hash);

  for (bool other_symbols_first : {false, true}) {
    SCOPED_TRACE(other_symbols_first);
    GraphBuilder b;
    if (other_symbols_first) {
      for (int i = 0; i < 100; ++i) b.Intern("filler-" + std::to_string(i));
    }
    FigureKey k = shape;
    k.proposition = b.Intern("kz/deaths");
    k.unit = b.Intern("people");
    Result<ClaimId> ahead = b.ClaimByFigure(k, hash, id, Interner::Hash(id));
    ASSERT_TRUE(ahead.ok());
    Result<ClaimId> plain = b.ClaimByFigure(k);  // the same claim, found by its key
    ASSERT_TRUE(plain.ok());
    EXPECT_EQ(*plain, *ahead);
    EXPECT_EQ(b.FindClaim(id), std::optional<ClaimId>(*ahead));
    EXPECT_EQ(b.claim(*ahead).value_hi, 225);
  }
}

TEST(GraphBuilderTest, AttributesFollowTheirEntitiesAndSortByKey) {
  GraphFixture f;
  f.Source("zeta");
  f.Source("alpha");
  f.Doc("d2");
  f.Doc("d1");
  f.Exact("c2", "p", 2);
  f.Exact("c1", "p", 1);
  StanceId late = f.Stance("c2", "zeta", "d2", StanceKind::kAsserts, "", "quote-late");
  StanceId early = f.Stance("c1", "alpha", "d1", StanceKind::kAsserts, "", "quote-early");
  GraphBuilder& b = f.builder();
  b.AddAttribute(EntityKind::kStance, late, "page", "12");
  b.AddAttribute(EntityKind::kStance, early, "page", "3");
  b.AddAttribute(EntityKind::kClaim, b.ClaimById("c2"), "zkey", "z");
  b.AddAttribute(EntityKind::kClaim, b.ClaimById("c2"), "akey", "a");
  b.AddAttribute(EntityKind::kDocument, b.DocumentById("d2"), "lang-note", "it");
  b.AddAttribute(EntityKind::kSource, b.SourceById("zeta"), "kind-note", "blog");
  ClaimGraph g = f.Build();

  auto claim_attrs = g.AttributesOf(EntityKind::kClaim, ClaimNamed(g, "c2"));
  ASSERT_EQ(claim_attrs.size(), 2u);
  EXPECT_EQ(g.Str(claim_attrs[0].key), "akey");
  EXPECT_EQ(g.Str(claim_attrs[1].key), "zkey");
  EXPECT_TRUE(g.AttributesOf(EntityKind::kClaim, ClaimNamed(g, "c1")).empty());
  auto doc_attrs = g.AttributesOf(EntityKind::kDocument, DocNamed(g, "d2"));
  ASSERT_EQ(doc_attrs.size(), 1u);
  EXPECT_EQ(g.Text(doc_attrs[0].value), "it");
  EXPECT_TRUE(g.AttributesOf(EntityKind::kDocument, DocNamed(g, "d1")).empty());
  auto src_attrs = g.AttributesOf(EntityKind::kSource, SourceNamed(g, "zeta"));
  ASSERT_EQ(src_attrs.size(), 1u);
  EXPECT_EQ(g.Text(src_attrs[0].value), "blog");
  // Stances were reordered (c1's stance now comes first); attributes followed them.
  for (StanceId i = 0; i < g.num_stances(); ++i) {
    auto attrs = g.AttributesOf(EntityKind::kStance, i);
    ASSERT_EQ(attrs.size(), 1u);
    std::string_view quote = g.Text(g.stances()[i].quote);
    EXPECT_EQ(g.Text(attrs[0].value), quote == "quote-early" ? "3" : "12") << quote;
  }
  EXPECT_EQ(g.Text(g.stances()[0].quote), "quote-early");
}

TEST(GraphBuilderTest, AboutToleranceOptionWidensIntervals) {
  GraphFixture f(BuildOptions{0.25});
  f.Claim("c", "p", Qualifier::kAbout, 100);
  ClaimGraph g = f.Build();
  EXPECT_EQ(g.about_tolerance(), 0.25);
  EXPECT_EQ(g.claims()[0].interval.lo, 75);
  EXPECT_EQ(g.claims()[0].interval.hi, 125);
}

using EdgeTuple = std::tuple<uint32_t, uint32_t, Relation, uint32_t>;

TEST(GraphBuilderTest, BoostGraphEdges) {
  GraphFixture f;
  f.Source("gov", "", SourceKind::kGovernment);
  f.Source("paper", "", SourceKind::kOutlet);
  f.Doc("orig", "2022-01-01", {"gov"});
  f.Doc("copy", "2022-01-02", {"paper"}, "orig");
  f.Exact("c", "p", 5);
  f.Assert("c", "paper", "copy", "gov");
  f.Dispute("c", "gov", "orig");
  ClaimGraph g = f.Build();
  // Vertices: sources (gov, paper), documents (copy, orig), claims (c).
  ASSERT_EQ(boost::num_vertices(g.boost_graph().csr), 5u);
  const uint32_t gov = g.SourceVertex(SourceNamed(g, "gov"));
  const uint32_t paper = g.SourceVertex(SourceNamed(g, "paper"));
  const uint32_t copy = g.DocumentVertex(DocNamed(g, "copy"));
  const uint32_t orig = g.DocumentVertex(DocNamed(g, "orig"));
  const uint32_t c = g.ClaimVertex(ClaimNamed(g, "c"));
  EXPECT_EQ(std::set<uint32_t>({gov, paper, copy, orig, c}).size(), 5u);
  EXPECT_EQ(g.KindOf(gov), EntityKind::kSource);
  EXPECT_EQ(g.KindOf(copy), EntityKind::kDocument);
  EXPECT_EQ(g.KindOf(c), EntityKind::kClaim);
  EXPECT_EQ(g.IndexOf(orig), DocNamed(g, "orig"));
  EXPECT_EQ(g.IndexOf(c), 0u);

  // Stance ids: on claim c, document copy (index 0) sorts before orig.
  StanceId assert_stance = 0, dispute_stance = 1;
  ASSERT_EQ(g.stances()[assert_stance].kind, StanceKind::kAsserts);
  ASSERT_EQ(g.stances()[dispute_stance].kind, StanceKind::kDisputes);

  const BoostGraph::Csr& bg = g.boost_graph().csr;
  std::set<EdgeTuple> all;
  for (auto e : boost::make_iterator_range(boost::edges(bg))) {
    all.emplace(boost::source(e, bg), boost::target(e, bg), bg[e].relation, bg[e].stance);
  }
  std::set<EdgeTuple> want = {
      {paper, c, Relation::kAsserts, assert_stance},
      {c, gov, Relation::kAttributedTo, assert_stance},
      {gov, c, Relation::kDisputes, dispute_stance},
      {copy, orig, Relation::kDerivedFrom, kNone},
      {copy, paper, Relation::kAuthoredBy, kNone},
      {orig, gov, Relation::kAuthoredBy, kNone},
  };
  EXPECT_EQ(all, want);
  EXPECT_EQ(boost::num_edges(bg), 6u);

  std::set<EdgeTuple> into_claim;
  for (auto e : boost::make_iterator_range(boost::in_edges(c, bg))) {
    into_claim.emplace(boost::source(e, bg), boost::target(e, bg), bg[e].relation, bg[e].stance);
  }
  EXPECT_EQ(into_claim, (std::set<EdgeTuple>{{paper, c, Relation::kAsserts, assert_stance},
                                             {gov, c, Relation::kDisputes, dispute_stance}}));
  std::set<EdgeTuple> out_of_copy;
  for (auto e : boost::make_iterator_range(boost::out_edges(copy, bg))) {
    out_of_copy.emplace(boost::source(e, bg), boost::target(e, bg), bg[e].relation, bg[e].stance);
  }
  EXPECT_EQ(out_of_copy, (std::set<EdgeTuple>{{copy, orig, Relation::kDerivedFrom, kNone},
                                              {copy, paper, Relation::kAuthoredBy, kNone}}));
  EXPECT_EQ(boost::out_degree(c, bg), 1u);  // the attribution
  EXPECT_EQ(boost::in_degree(gov, bg), 2u);  // attributed to, authored by
}

// The Boost graph is made on first use; threads asking at once all get the one graph.
TEST(GraphBuilderTest, BoostGraphBuiltOnceWhicheverThreadAsks) {
  GraphFixture f;
  f.Source("gov", "", SourceKind::kGovernment);
  f.Doc("orig", "2022-01-01", {"gov"});
  f.Doc("copy", "2022-01-02", {}, "orig");
  f.Exact("c", "p", 5);
  f.Assert("c", "gov", "copy");
  const ClaimGraph g = f.Build();
  std::vector<const BoostGraph*> seen(4, nullptr);
  std::vector<size_t> edges(4, 0);
  std::vector<std::thread> threads;
  for (size_t i = 0; i < seen.size(); ++i) {
    threads.emplace_back([&, i] {
      seen[i] = &g.boost_graph();
      edges[i] = boost::num_edges(seen[i]->csr);
    });
  }
  for (std::thread& t : threads) t.join();
  for (size_t i = 0; i < seen.size(); ++i) {
    EXPECT_EQ(seen[i], &g.boost_graph());
    EXPECT_EQ(edges[i], 3u);  // the assertion, copy -> orig, orig authored by gov
  }
}

TEST(GraphBuilderTest, DuplicateAuthorsAndAliasesCollapse) {
  GraphFixture f;
  f.Source("s", "", SourceKind::kUnknown, {"S", "S"});
  f.Doc("d", "", {"s", "s"});
  ClaimGraph g = f.Build();
  EXPECT_EQ(g.AuthorsOf(0).size(), 1u);
  EXPECT_EQ(g.AliasesOf(0).size(), 1u);
}

TEST(GraphBuilderTest, EmptyGraphBuilds) {
  GraphBuilder b;
  Result<ClaimGraph> r = std::move(b).Build();
  ASSERT_TRUE(r.ok());
  EXPECT_EQ(r->num_claims(), 0u);
  EXPECT_TRUE(r->groups().empty());
  EXPECT_EQ(boost::num_vertices(r->boost_graph().csr), 0u);
  EXPECT_FALSE(r->FindSource("").has_value());
}

}  // namespace
}  // namespace claimgraph

namespace claimgraph {
namespace {

// Lookups by id search the sorted entities; sources also answer to a name or an
// alias, an id winning over another source's name, and a name two sources share
// going to the first in id order.
TEST(GraphLookupTest, FindsByIdNameAndAlias) {
  testing::GraphFixture f;
  f.Source("zeta", "Government", SourceKind::kGovernment, {"gov", "beta"});
  f.Source("alpha", "Government", SourceKind::kGovernment, {"state"});
  f.Source("beta", "Beta Agency");
  f.Doc("d2");
  f.Doc("d10");
  f.Claim("c-b", "p", Qualifier::kExact, 1);
  f.Claim("c-a", "p", Qualifier::kExact, 2);
  f.Assert("c-b", "zeta", "d2");
  f.Assert("c-a", "alpha", "d10");
  ClaimGraph g = f.Build();
  auto source = [&](std::string_view key) -> std::string {
    std::optional<SourceId> s = g.FindSource(key);
    return s ? std::string(g.Str(g.sources()[*s].id)) : "none";
  };
  EXPECT_EQ(source("zeta"), "zeta");
  EXPECT_EQ(source("alpha"), "alpha");
  EXPECT_EQ(source("gov"), "zeta");
  EXPECT_EQ(source("state"), "alpha");
  EXPECT_EQ(source("Government"), "alpha");  // shared name: first in id order
  EXPECT_EQ(source("beta"), "beta");         // an id beats zeta's alias
  EXPECT_EQ(source("Beta Agency"), "beta");
  EXPECT_EQ(source("gamma"), "none");
  EXPECT_EQ(source(""), "none");
  for (std::string_view id : {"d2", "d10"}) {
    ASSERT_TRUE(g.FindDocument(id).has_value()) << id;
    EXPECT_EQ(g.Str(g.documents()[*g.FindDocument(id)].id), id);
  }
  EXPECT_FALSE(g.FindDocument("d1").has_value());
  EXPECT_FALSE(g.FindDocument("zeta").has_value());  // another kind's id
  for (std::string_view id : {"c-a", "c-b"}) {
    ASSERT_TRUE(g.FindClaim(id).has_value()) << id;
    EXPECT_EQ(g.Str(g.claims()[*g.FindClaim(id)].id), id);
  }
  EXPECT_FALSE(g.FindClaim("c-c").has_value());
}

// SourceName reads a table of its own, filled once the sources have their final
// order: each source keeps its own name (or its id when it has none), whatever
// order the sources were defined or first named in.
TEST(GraphLookupTest, SourceNameFollowsEachSourceIntoItsPlace) {
  testing::GraphFixture f;
  f.Source("zeta", "Zeta Ministry");
  f.Source("mu", "");
  f.Source("alpha", "A");
  f.Doc("d");
  f.Claim("c", "p", Qualifier::kExact, 1);
  f.Assert("c", "omega", "d");  // a source only named by a stance
  f.Assert("c", "zeta", "d");
  ClaimGraph g = f.Build();
  std::vector<std::pair<std::string, std::string>> names;
  for (SourceId s = 0; s < g.num_sources(); ++s) {
    names.emplace_back(g.Str(g.sources()[s].id), g.SourceName(s));
  }
  const std::vector<std::pair<std::string, std::string>> want = {
      {"alpha", "A"}, {"mu", "mu"}, {"omega", "omega"}, {"zeta", "Zeta Ministry"}};
  EXPECT_EQ(names, want);
}

}  // namespace
}  // namespace claimgraph
