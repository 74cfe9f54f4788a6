#include "cli/run.h"

#include <CLI/CLI.hpp>
#include <ostream>

namespace claimgraph::cli {

int Run(int argc, const char* const* argv, const CommandIo& io) {
  CLI::App app{"claimgraph: contradictions and provenance of the figures news reports state"};
  app.name("claimgraph");
  app.require_subcommand(1);
  app.set_version_flag("--version", "claimgraph 0.1.0");
  CommandOutcome outcome;
  AddCheckCommand(app, io, &outcome);
  AddTraceCommand(app, io, &outcome);
  AddExportCommand(app, io, &outcome);
#ifdef CLAIMGRAPH_HAVE_EXTRACT
  AddExtractCommand(app, io, &outcome);
#endif
  try {
    app.parse(argc, argv);
  } catch (const CLI::ParseError& e) {
    // --help and --version are "errors" that exit 0; the rest are usage errors.
    int code = app.exit(e, *io.out, *io.err);
    return code == 0 ? 0 : 2;
  }
  if (!outcome.status.ok()) {
    *io.err << "claimgraph: " << outcome.status.ToString() << "\n";
    return outcome.status.ExitCode();
  }
  return 0;
}

}  // namespace claimgraph::cli
