// Helpers shared by the importer tests: run an importer on in-memory text and
// look at the graph it built, or at the whole error string it returned.
#ifndef CLAIMGRAPH_TESTS_IMPORTERS_IMPORTER_TEST_UTIL_H_
#define CLAIMGRAPH_TESTS_IMPORTERS_IMPORTER_TEST_UTIL_H_

#include <gtest/gtest.h>

#include <cstdlib>
#include <optional>
#include <string>
#include <string_view>

#include "core/graph.h"
#include "core/graph_builder.h"

namespace claimgraph::testing_util {

template <typename ImporterT>
Status Load(std::string_view text, GraphBuilder* builder, std::string_view file_name) {
  ImporterT importer;
  return importer.Load(text, file_name, builder);
}

template <typename ImporterT>
Result<ClaimGraph> Build(std::string_view text, std::string_view file_name) {
  GraphBuilder builder;
  Status status = Load<ImporterT>(text, &builder, file_name);
  if (!status.ok()) return status;
  return std::move(builder).Build();
}

// The whole error string ("file:line:col: message"), or "OK".
template <typename ImporterT>
std::string ErrorOf(std::string_view text, std::string_view file_name) {
  Result<ClaimGraph> graph = Build<ImporterT>(text, file_name);
  return graph.ok() ? "OK" : graph.status().ToString();
}

template <typename ImporterT>
ClaimGraph MustBuild(std::string_view text, std::string_view file_name) {
  Result<ClaimGraph> graph = Build<ImporterT>(text, file_name);
  EXPECT_TRUE(graph.ok()) << graph.status().ToString();
  if (!graph.ok()) std::abort();
  return std::move(graph).value();
}

inline const Source& SourceNamed(const ClaimGraph& g, std::string_view id) {
  std::optional<SourceId> s = g.FindSource(id);
  EXPECT_TRUE(s.has_value()) << "no source " << id;
  if (!s) std::abort();
  return g.sources()[*s];
}

inline const Document& DocumentNamed(const ClaimGraph& g, std::string_view id) {
  std::optional<DocumentId> d = g.FindDocument(id);
  EXPECT_TRUE(d.has_value()) << "no document " << id;
  if (!d) std::abort();
  return g.documents()[*d];
}

inline const Claim& ClaimNamed(const ClaimGraph& g, std::string_view id) {
  std::optional<ClaimId> c = g.FindClaim(id);
  EXPECT_TRUE(c.has_value()) << "no claim " << id;
  if (!c) std::abort();
  return g.claims()[*c];
}

}  // namespace claimgraph::testing_util

#endif  // CLAIMGRAPH_TESTS_IMPORTERS_IMPORTER_TEST_UTIL_H_
