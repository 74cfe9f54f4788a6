// Helpers shared by the exporter tests: read a file whole, and build the graph of
// a claimgraph/1 file (the fixtures and data/kazakhstan.json).
#ifndef CLAIMGRAPH_TESTS_EXPORTERS_IMPORT_UTIL_H_
#define CLAIMGRAPH_TESTS_EXPORTERS_IMPORT_UTIL_H_

#include <gtest/gtest.h>

#include <cstdlib>
#include <fstream>
#include <sstream>
#include <string>

#include "core/graph.h"
#include "core/graph_builder.h"
#include "importers/json_importer.h"

namespace claimgraph::testing_util {

inline std::string ReadFile(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  EXPECT_TRUE(in.good()) << "cannot read " << path;
  std::ostringstream out;
  out << in.rdbuf();
  return out.str();
}

// The graph of a claimgraph/1 file; a file that does not build fails the test.
inline ClaimGraph ImportJsonFile(const std::string& path) {
  GraphBuilder builder;
  JsonImporter importer;
  Status status = importer.Load(ReadFile(path), path, &builder);
  EXPECT_TRUE(status.ok()) << status.ToString();
  Result<ClaimGraph> g = std::move(builder).Build();
  if (!g.ok()) std::abort();
  return std::move(g).value();
}

}  // namespace claimgraph::testing_util

#endif  // CLAIMGRAPH_TESTS_EXPORTERS_IMPORT_UTIL_H_
