// The whole command line as a function, so tests can run it in-process.
#ifndef CLAIMGRAPH_CLI_RUN_H_
#define CLAIMGRAPH_CLI_RUN_H_

#include "cli/command.h"

namespace claimgraph::cli {

// Parses argv, runs the subcommand, prints errors to io.err; returns the exit code:
// 0 ran (findings or not), 2 bad input or usage, 1 I/O or internal failure.
int Run(int argc, const char* const* argv, const CommandIo& io);

}  // namespace claimgraph::cli

#endif  // CLAIMGRAPH_CLI_RUN_H_
