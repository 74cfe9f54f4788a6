// Turning the FILE arguments of a command into one ClaimGraph.
#ifndef CLAIMGRAPH_CLI_LOAD_H_
#define CLAIMGRAPH_CLI_LOAD_H_

#include <iosfwd>
#include <string>
#include <vector>

#include "core/graph.h"
#include "core/status.h"

namespace CLI {
class App;
}  // namespace CLI

namespace claimgraph::cli {

// The input flags every graph command shares.
struct InputOptions {
  std::vector<std::string> files;  // empty: the bundled dataset
  std::string from;                // "", "csv" or "json": overrides the extension
  double about_tolerance = kDefaultAboutTolerance;
};

void AddInputOptions(CLI::App& command, InputOptions* options);

// Errors name the file, line and column.
class PhaseTimer;

// Reads every file (`-` is `in`) into one builder and builds the graph; `timer`,
// when given, marks the read, import and build phases.
Result<ClaimGraph> LoadGraph(const InputOptions& options, std::istream& in,
                             PhaseTimer* timer = nullptr);

// The dataset compiled into the binary (data/kazakhstan.json).
std::string_view BundledDataset();

}  // namespace claimgraph::cli

#endif  // CLAIMGRAPH_CLI_LOAD_H_
