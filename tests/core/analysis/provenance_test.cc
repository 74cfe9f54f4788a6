#include "core/analysis/provenance.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <random>
#include <string>
#include <vector>

#include "tests/core/graph_fixture.h"

namespace claimgraph {
namespace {

using testing::ClaimNamed;
using testing::DocNamed;
using testing::GraphFixture;
using testing::SourceNamed;

std::vector<std::string> OriginNames(const ClaimGraph& g, const Provenance& p, ClaimId c) {
  std::vector<std::string> names;
  for (Origin o : p.OriginsOf(c)) names.emplace_back(Provenance::OriginName(g, o));
  return names;
}

std::vector<std::string> Chain(const ClaimGraph& g, std::string_view doc) {
  std::vector<std::string> ids;
  for (DocumentId d : Provenance::ChainOf(g, DocNamed(g, doc))) {
    ids.emplace_back(g.Str(g.documents()[d].id));
  }
  return ids;
}

TEST(ProvenanceTest, AttributionWins) {
  GraphFixture f;
  f.Source("ministry", "Ministry of Health");
  f.Doc("paper-d", "2030-03-02", {"paper-d"});
  f.Exact("c", "p", 500);
  StanceId s = f.Assert("c", "paper-d", "paper-d", "ministry");
  (void)s;
  ClaimGraph g = f.Build();
  Provenance p = Provenance::Compute(g);
  EXPECT_EQ(p.OriginOf(0), g.SourceVertex(SourceNamed(g, "ministry")));
  EXPECT_EQ(OriginNames(g, p, 0), (std::vector<std::string>{"Ministry of Health"}));
  EXPECT_FALSE(Provenance::IsDocumentOrigin(g, p.OriginOf(0)));
}

TEST(ProvenanceTest, OriginalDocumentStanceIsItsOwnSource) {
  GraphFixture f;
  f.Source("wire", "Wire A");
  f.Doc("wa-1", "2030-03-01", {"someone-else"});  // authorship does not matter in an original
  f.Exact("c", "p", 500);
  f.Assert("c", "wire", "wa-1");
  ClaimGraph g = f.Build();
  Provenance p = Provenance::Compute(g);
  EXPECT_EQ(p.OriginOf(0), g.SourceVertex(SourceNamed(g, "wire")));
  EXPECT_EQ(p.RootOf(DocNamed(g, "wa-1")), DocNamed(g, "wa-1"));
  EXPECT_EQ(Chain(g, "wa-1"), (std::vector<std::string>{"wa-1"}));
}

TEST(ProvenanceTest, DerivedChainLeadsToTheRootsAuthor) {
  GraphFixture f;
  f.Source("wire", "Wire A");
  f.Doc("wa-1", "2030-03-01", {"wire"});
  f.Doc("pb-1", "2030-03-02", {"paper"}, "wa-1");
  f.Doc("bc-1", "2030-03-03", {"blog"}, "pb-1");
  f.Exact("c500", "t:origins", 500);
  f.Assert("c500", "paper", "pb-1");
  f.Assert("c500", "blog", "bc-1");
  ClaimGraph g = f.Build();
  Provenance p = Provenance::Compute(g);
  for (StanceId i = 0; i < g.num_stances(); ++i) {
    EXPECT_EQ(p.OriginOf(i), g.SourceVertex(SourceNamed(g, "wire"))) << "stance " << i;
  }
  EXPECT_EQ(OriginNames(g, p, 0), (std::vector<std::string>{"Wire A"}));
  EXPECT_EQ(Chain(g, "bc-1"), (std::vector<std::string>{"bc-1", "pb-1", "wa-1"}));
  EXPECT_EQ(p.RootOf(DocNamed(g, "bc-1")), DocNamed(g, "wa-1"));
}

TEST(ProvenanceTest, StanceByOneOfTheRootsAuthorsKeepsItsSource) {
  GraphFixture f;
  f.Doc("joint", "2030-01-01", {"a-org", "b-org"});
  f.Doc("repost", "2030-01-02", {"b-org"}, "joint");
  f.Doc("relay", "2030-01-02", {"outlet"}, "joint");
  f.Exact("c", "p", 1);
  f.Assert("c", "b-org", "repost");  // b-org is an author of the root
  f.Assert("c", "outlet", "relay");  // not an author: the root's first author
  ClaimGraph g = f.Build();
  Provenance p = Provenance::Compute(g);
  ClaimId c = ClaimNamed(g, "c");
  StanceId first = g.FirstStanceOf(c);
  auto st = g.StancesOf(c);
  ASSERT_EQ(st.size(), 2u);
  for (size_t k = 0; k < st.size(); ++k) {
    Origin o = p.OriginOf(first + static_cast<StanceId>(k));
    if (st[k].source == SourceNamed(g, "b-org")) {
      EXPECT_EQ(o, g.SourceVertex(SourceNamed(g, "b-org")));
    } else {
      EXPECT_EQ(o, g.SourceVertex(SourceNamed(g, "a-org")));
    }
  }
  EXPECT_EQ(OriginNames(g, p, c), (std::vector<std::string>{"a-org", "b-org"}));
}

TEST(ProvenanceTest, RootWithoutAuthorIsTheOrigin) {
  GraphFixture f;
  f.Doc("te-1", "2030-03-04", {"translator"}, "lost-original", Derivation::kTranslation);
  f.Claim("c800", "t:origins", Qualifier::kAtLeast, 800);
  f.Assert("c800", "translator", "te-1");
  ClaimGraph g = f.Build();  // "lost-original" is only ever named as derived_from
  Provenance p = Provenance::Compute(g);
  Origin o = p.OriginOf(0);
  EXPECT_TRUE(Provenance::IsDocumentOrigin(g, o));
  EXPECT_EQ(o, g.DocumentVertex(DocNamed(g, "lost-original")));
  EXPECT_EQ(Provenance::OriginName(g, o), "lost-original");
  EXPECT_EQ(OriginNames(g, p, 0), (std::vector<std::string>{"lost-original"}));
}

TEST(ProvenanceTest, TranslationChainOfDepthThree) {
  GraphFixture f;
  f.Source("smk", "Socialist Movement of Kazakhstan");
  f.Doc("smk-ru", "2022-01-24", {"smk"});
  f.Doc("en", "2022-01-25", {"translator-en"}, "smk-ru", Derivation::kTranslation);
  f.Doc("it", "2022-01-26", {"cobas"}, "en", Derivation::kTranslation);
  f.Doc("es", "2022-01-27", {"blog-es"}, "it", Derivation::kTranslation);
  f.Exact("kz-225", "kz:deaths", 225);
  f.Assert("kz-225", "blog-es", "es");
  ClaimGraph g = f.Build();
  Provenance p = Provenance::Compute(g);
  EXPECT_EQ(Chain(g, "es"), (std::vector<std::string>{"es", "it", "en", "smk-ru"}));
  EXPECT_EQ(p.RootOf(DocNamed(g, "es")), DocNamed(g, "smk-ru"));
  EXPECT_EQ(p.RootOf(DocNamed(g, "it")), DocNamed(g, "smk-ru"));
  EXPECT_EQ(OriginNames(g, p, 0), (std::vector<std::string>{"Socialist Movement of Kazakhstan"}));
  EXPECT_EQ(g.documents()[DocNamed(g, "es")].derivation, Derivation::kTranslation);
}

TEST(ProvenanceTest, ThreeOutletsRelayingOneOrganisationCountOnce) {
  GraphFixture f;
  f.Source("org", "Human Rights Org");
  f.Source("ministry", "Ministry");
  f.Doc("org-report", "2030-01-01", {"org"});
  for (std::string outlet : {"outlet-a", "outlet-b", "outlet-c"}) {
    f.Doc(outlet + "-story", "2030-01-02", {outlet}, "org-report");
  }
  f.Doc("gov-paper", "2030-01-03", {"gov-paper"});
  f.Exact("c", "p", 100);
  f.Assert("c", "outlet-a", "outlet-a-story");
  f.Assert("c", "outlet-b", "outlet-b-story");
  f.Assert("c", "outlet-c", "outlet-c-story");
  ClaimGraph g = f.Build();
  Provenance p = Provenance::Compute(g);
  EXPECT_EQ(OriginNames(g, p, 0), (std::vector<std::string>{"Human Rights Org"}));

  // An attributed fourth voice makes two origins, in vertex order.
  GraphFixture f2;
  f2.Source("org", "Human Rights Org");
  f2.Source("ministry", "Ministry");
  f2.Doc("org-report", "2030-01-01", {"org"});
  f2.Doc("outlet-a-story", "2030-01-02", {"outlet-a"}, "org-report");
  f2.Doc("outlet-b-story", "2030-01-02", {"outlet-b"}, "org-report");
  f2.Doc("gov-paper", "2030-01-03", {"gov-paper"});
  f2.Exact("c", "p", 100);
  f2.Assert("c", "outlet-a", "outlet-a-story");
  f2.Assert("c", "outlet-b", "outlet-b-story");
  f2.Assert("c", "gov-paper", "gov-paper", "ministry");
  ClaimGraph g2 = f2.Build();
  Provenance p2 = Provenance::Compute(g2);
  auto origins = p2.OriginsOf(0);
  ASSERT_EQ(origins.size(), 2u);
  EXPECT_LT(origins[0], origins[1]);
  EXPECT_EQ(OriginNames(g2, p2, 0), (std::vector<std::string>{"Ministry", "Human Rights Org"}));
}

TEST(ProvenanceTest, DisputesAreNotOrigins) {
  GraphFixture f;
  f.Doc("g-1", "2030-04-01", {"gov"});
  f.Doc("u-1", "2030-03-01", {"union"});
  f.Exact("c9", "p", 9);
  f.Assert("c9", "gov", "g-1");
  f.Dispute("c9", "union", "u-1");
  ClaimGraph g = f.Build();
  Provenance p = Provenance::Compute(g);
  EXPECT_EQ(OriginNames(g, p, 0), (std::vector<std::string>{"gov"}));
  // The disputing document's earlier date does not count either.
  EXPECT_EQ(p.DateOf(0).ToString(), "2030-04-01");
}

TEST(ProvenanceTest, DateOfPrefersAsOfElseEarliestPublication) {
  GraphFixture f;
  f.Doc("d-late", "2030-03-05", {"s"});
  f.Doc("d-early", "2030-03", {"s"});  // a month sorts before its days
  f.Doc("d-undated", "", {"s"});
  f.Claim("with-as-of", "p", Qualifier::kExact, 1, 0, "people", "2029-12-31");
  f.Claim("without", "p", Qualifier::kExact, 2);
  f.Claim("undated", "q", Qualifier::kExact, 3);
  for (std::string_view d : {"d-late", "d-early", "d-undated"}) {
    f.Assert("with-as-of", "s", d);
    f.Assert("without", "s", d);
  }
  f.Assert("undated", "s", "d-undated");
  ClaimGraph g = f.Build();
  Provenance p = Provenance::Compute(g);
  EXPECT_EQ(p.DateOf(ClaimNamed(g, "with-as-of")).ToString(), "2029-12-31");
  EXPECT_EQ(p.DateOf(ClaimNamed(g, "without")).ToString(), "2030-03");
  EXPECT_FALSE(p.DateOf(ClaimNamed(g, "undated")).known());
}

TEST(ProvenanceTest, ManyDocumentsShareMemoisedRoots) {
  // A long chain and a fan: every document's root is found, chains are complete.
  GraphFixture f;
  f.Doc("d000", "", {"root-author"});
  for (int i = 1; i < 300; ++i) {
    char id[8], parent[8];
    std::snprintf(id, sizeof id, "d%03d", i);
    std::snprintf(parent, sizeof parent, "d%03d", i - 1);
    f.Doc(id, "", {}, parent);
  }
  ClaimGraph g = f.Build();
  Provenance p = Provenance::Compute(g);
  for (DocumentId d = 0; d < g.num_documents(); ++d) {
    EXPECT_EQ(p.RootOf(d), DocNamed(g, "d000"));
  }
  auto chain = Provenance::ChainOf(g, DocNamed(g, "d299"));
  ASSERT_EQ(chain.size(), 300u);
  EXPECT_EQ(g.Str(g.documents()[chain.front()].id), "d299");
  EXPECT_EQ(g.Str(g.documents()[chain.back()].id), "d000");
}

TEST(ProvenanceTest, GraphWithoutClaims) {
  GraphFixture f;
  f.Doc("original", "", {"s"});
  f.Doc("copy", "", {}, "original");
  const ClaimGraph g = f.Build();
  for (unsigned threads : {1u, 4u}) {
    const Provenance p = Provenance::Compute(g, threads);
    EXPECT_EQ(p.RootOf(DocNamed(g, "copy")), DocNamed(g, "original"));
  }
}

TEST(ProvenanceTest, ThreadCountDoesNotChangeTheResult) {
  // Enough claims for four slices, with every kind of origin: attributions, original
  // documents, derived ones whose root has the stance's source among its authors or
  // not, roots without authors, disputes, and dates from as-of or publication.
  GraphFixture f;
  std::mt19937 rng(11);
  constexpr int kClaims = 70000;
  for (int i = 0; i < 100; ++i) {
    const std::string root = "root-" + std::to_string(i);
    if (i % 4 == 0) {
      f.Doc(root, "2030-01-0" + std::to_string(1 + i % 9));
    } else {
      f.Doc(root, "", {"agency-" + std::to_string(i % 7), "paper-" + std::to_string(i % 5)});
    }
  }
  for (int c = 0; c < kClaims; ++c) {
    const std::string id = "c" + std::to_string(c);
    f.Exact(id, "p" + std::to_string(c / 3), c % 11);
    const int stances = 1 + static_cast<int>(rng() % 3);
    for (int k = 0; k < stances; ++k) {
      const std::string source = "paper-" + std::to_string(rng() % 5);
      const std::string doc = id + "-d" + std::to_string(k);
      switch (rng() % 4) {
        case 0:
          f.Doc(doc, "2030-02-0" + std::to_string(1 + rng() % 9), {source});
          break;
        default:
          f.Doc(doc, "", {source}, "root-" + std::to_string(rng() % 100));
          break;
      }
      if (rng() % 6 == 0) {
        f.Dispute(id, source, doc);
      } else {
        f.Assert(id, source, doc, rng() % 5 == 0 ? "ministry" : "");
      }
    }
  }
  ClaimGraph g = f.Build();
  ASSERT_EQ(g.num_claims(), static_cast<uint32_t>(kClaims));
  const Provenance one = Provenance::Compute(g, 1);
  size_t derived = 0, by_document = 0;
  for (StanceId s = 0; s < g.num_stances(); ++s) {
    derived += one.RootOf(g.stances()[s].document) != g.stances()[s].document;
    by_document += Provenance::IsDocumentOrigin(g, one.OriginOf(s));
  }
  ASSERT_GT(derived, 10000u);  // the fixture reaches every rule
  ASSERT_GT(by_document, 1000u);
  for (unsigned threads : {2u, 3u, 4u, 16u}) {
    const Provenance many = Provenance::Compute(g, threads);
    for (DocumentId d = 0; d < g.num_documents(); ++d) {
      ASSERT_EQ(many.RootOf(d), one.RootOf(d)) << threads << " threads, document " << d;
    }
    for (StanceId s = 0; s < g.num_stances(); ++s) {
      ASSERT_EQ(many.OriginOf(s), one.OriginOf(s)) << threads << " threads, stance " << s;
    }
    for (ClaimId c = 0; c < g.num_claims(); ++c) {
      const auto a = one.OriginsOf(c), b = many.OriginsOf(c);
      ASSERT_TRUE(std::equal(a.begin(), a.end(), b.begin(), b.end()))
          << threads << " threads, claim " << c;
      ASSERT_EQ(many.DateOf(c), one.DateOf(c)) << threads << " threads, claim " << c;
    }
  }
}

}  // namespace
}  // namespace claimgraph
