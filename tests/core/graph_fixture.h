// Builds small claim graphs tersely and directly through GraphBuilder, so core and
// exporter tests do not depend on any importer.
//
//   GraphFixture f;
//   f.Source("gov", "Government", SourceKind::kGovernment);
//   f.Doc("d1", "2022-01-24", {"gov"});
//   f.Claim("c1", "p:deaths", Qualifier::kExact, 225);
//   f.Assert("c1", "gov", "d1");
//   ClaimGraph g = f.Build();
#ifndef CLAIMGRAPH_TESTS_CORE_GRAPH_FIXTURE_H_
#define CLAIMGRAPH_TESTS_CORE_GRAPH_FIXTURE_H_

#include <gtest/gtest.h>

#include <cstdio>
#include <cstdlib>
#include <initializer_list>
#include <string>
#include <string_view>
#include <utility>

#include "core/graph.h"
#include "core/graph_builder.h"
#include "core/model.h"
#include "core/status.h"

namespace claimgraph::testing {

class GraphFixture {
 public:
  explicit GraphFixture(BuildOptions options = {}) : builder_(options) {}

  GraphBuilder& builder() { return builder_; }

  // Defines a source (name "" keeps the default: the id).
  SourceId Source(std::string_view id, std::string_view name = "",
                  SourceKind kind = SourceKind::kUnknown,
                  std::initializer_list<std::string_view> aliases = {}) {
    SourceId s = builder_.SourceById(id);
    builder_.DefineSource(s);
    if (!name.empty()) builder_.source(s).name = builder_.Intern(name);
    builder_.source(s).kind = kind;
    for (std::string_view alias : aliases) builder_.AddAlias(s, alias);
    return s;
  }

  // Defines a document. `derived_from` "" = an original document.
  DocumentId Doc(std::string_view id, std::string_view published = "",
                 std::initializer_list<std::string_view> authors = {},
                 std::string_view derived_from = "",
                 Derivation derivation = Derivation::kRepublication,
                 std::string_view title = "") {
    DocumentId d = builder_.DocumentById(id);
    builder_.DefineDocument(d);
    if (!published.empty()) {
      auto date = Date::Parse(published);
      EXPECT_TRUE(date.has_value()) << "bad date in fixture: " << published;
      builder_.document(d).published = date.value_or(Date{});
    }
    if (!title.empty()) builder_.document(d).title = builder_.Intern(title);
    for (std::string_view a : authors) builder_.AddAuthor(d, builder_.SourceById(a));
    if (!derived_from.empty()) {
      DocumentId parent = builder_.DocumentById(derived_from);
      // Re-fetch: DocumentById may have grown the table.
      builder_.document(d).derived_from = parent;
      builder_.document(d).derivation = derivation;
    }
    return d;
  }

  ClaimId Claim(std::string_view id, std::string_view proposition, Qualifier qualifier,
                double value, double value_hi = 0, std::string_view unit = "people",
                std::string_view as_of = "", std::string_view text = "") {
    ClaimId c = builder_.ClaimById(id);
    builder_.DefineClaim(c);
    builder_.claim(c).proposition = builder_.Intern(proposition);
    builder_.claim(c).unit = unit.empty() ? kNoSymbol : builder_.Intern(unit);
    if (!as_of.empty()) {
      auto date = Date::Parse(as_of);
      EXPECT_TRUE(date.has_value()) << "bad date in fixture: " << as_of;
      builder_.claim(c).as_of = date.value_or(Date{});
    }
    if (!text.empty()) builder_.claim(c).text = builder_.Intern(text);
    builder_.SetFigure(c, qualifier, value, value_hi);
    return c;
  }
  ClaimId Exact(std::string_view id, std::string_view proposition, double value,
                std::string_view unit = "people") {
    return Claim(id, proposition, Qualifier::kExact, value, 0, unit);
  }

  // A stance; sources and documents named here but never defined stay placeholders.
  StanceId Stance(std::string_view claim, std::string_view source, std::string_view document,
                  StanceKind kind = StanceKind::kAsserts, std::string_view attributed_to = "",
                  std::string_view quote = "") {
    claimgraph::Stance s;
    s.claim = builder_.ClaimById(claim);
    s.source = builder_.SourceById(source);
    s.document = builder_.DocumentById(document);
    s.kind = kind;
    if (!attributed_to.empty()) s.attributed_to = builder_.SourceById(attributed_to);
    if (!quote.empty()) s.quote = builder_.texts().Add(quote);
    return builder_.AddStance(s);
  }
  StanceId Assert(std::string_view claim, std::string_view source, std::string_view document,
                  std::string_view attributed_to = "") {
    return Stance(claim, source, document, StanceKind::kAsserts, attributed_to);
  }
  StanceId Dispute(std::string_view claim, std::string_view source, std::string_view document) {
    return Stance(claim, source, document, StanceKind::kDisputes);
  }

  // Builds; a failed build fails the current test and returns a Result holding the error.
  Result<ClaimGraph> TryBuild() { return std::move(builder_).Build(); }
  ClaimGraph Build() {
    Result<ClaimGraph> r = std::move(builder_).Build();
    if (!r.ok()) {
      // Nothing after a failed fixture build makes sense: say why and stop.
      std::fprintf(stderr, "fixture Build failed: %s\n", r.status().ToString().c_str());
      std::abort();
    }
    return std::move(r).value();
  }

 private:
  GraphBuilder builder_;
};

// Index of an entity by id, failing the test when absent.
inline ClaimId ClaimNamed(const ClaimGraph& g, std::string_view id) {
  auto c = g.FindClaim(id);
  EXPECT_TRUE(c.has_value()) << "no claim " << id;
  return c.value_or(kNone);
}
inline SourceId SourceNamed(const ClaimGraph& g, std::string_view id) {
  auto s = g.FindSource(id);
  EXPECT_TRUE(s.has_value()) << "no source " << id;
  return s.value_or(kNone);
}
inline DocumentId DocNamed(const ClaimGraph& g, std::string_view id) {
  auto d = g.FindDocument(id);
  EXPECT_TRUE(d.has_value()) << "no document " << id;
  return d.value_or(kNone);
}

}  // namespace claimgraph::testing

#endif  // CLAIMGRAPH_TESTS_CORE_GRAPH_FIXTURE_H_
