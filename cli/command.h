// The contract between cli/main.cc and each subcommand: a subcommand registers its
// flags on the CLI11 app and, when run, reports what happened as a Status. main()
// turns that Status into a message on stderr and an exit code. No subcommand prints
// errors or calls exit() itself.
#ifndef CLAIMGRAPH_CLI_COMMAND_H_
#define CLAIMGRAPH_CLI_COMMAND_H_

#include <algorithm>
#include <iosfwd>
#include <thread>

#include "core/status.h"

namespace CLI {
class App;
}  // namespace CLI

namespace claimgraph::cli {

// Streams a command writes to; tests pass string streams.
struct CommandIo {
  std::istream* in;
  std::ostream* out;
  std::ostream* err;
};

// The threads a command uses when not told: one per core (at least one, where
// the core count is unknown).
inline unsigned AllCores() { return std::max(1u, std::thread::hardware_concurrency()); }

// Filled in by the subcommand's callback.
struct CommandOutcome {
  Status status;
};

void AddCheckCommand(CLI::App& app, const CommandIo& io, CommandOutcome* outcome);
void AddTraceCommand(CLI::App& app, const CommandIo& io, CommandOutcome* outcome);
void AddExportCommand(CLI::App& app, const CommandIo& io, CommandOutcome* outcome);
void AddExtractCommand(CLI::App& app, const CommandIo& io, CommandOutcome* outcome);

}  // namespace claimgraph::cli

#endif  // CLAIMGRAPH_CLI_COMMAND_H_
