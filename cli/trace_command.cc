// `claimgraph trace [FILE...] [--claim ID]`: provenance of one claim or all.
#include <CLI/CLI.hpp>

#include "cli/command.h"
#include "cli/load.h"
#include "cli/output.h"
#include "core/analysis/provenance.h"
#include "exporters/report_writer.h"

namespace claimgraph::cli {
namespace {

struct TraceFlags {
  InputOptions input;
  std::string claim;
  std::string format = "text";
  OutputFlags output;
  bool pretty = false;
};

Status RunTrace(const TraceFlags& flags, const CommandIo& io) {
  auto writer = MakeTraceWriter(flags.format, ReportOptions{flags.pretty, false});
  if (!writer) return Status::Usage("unknown format '" + flags.format + "'");
  auto graph = LoadGraph(flags.input, *io.in);
  if (!graph.ok()) return graph.status();
  TraceRequest request;
  if (!flags.claim.empty()) {
    request.claim = graph->FindClaim(flags.claim);
    if (!request.claim) return Status::NotFound("no claim with id '" + flags.claim + "'");
  }
  // Its claims on every core: the tables are the same for any number of threads.
  Provenance provenance = Provenance::Compute(*graph, AllCores());
  auto output = Output::Open(flags.output, *io.out);
  if (!output.ok()) return output.status();
  CG_RETURN_IF_ERROR(writer->Write(*graph, provenance, request, (*output)->stream()));
  return (*output)->Commit();
}

}  // namespace

void AddTraceCommand(CLI::App& app, const CommandIo& io, CommandOutcome* outcome) {
  auto flags = std::make_shared<TraceFlags>();
  CLI::App* cmd = app.add_subcommand("trace", "provenance: each claim's stances, chains and origins");
  AddInputOptions(*cmd, &flags->input);
  cmd->add_option("--claim", flags->claim, "trace only this claim id");
  cmd->add_option("--format,-f", flags->format, "text or json")->check(CLI::IsMember({"text", "json"}));
  AddOutputOptions(*cmd, &flags->output);
  cmd->add_flag("--pretty", flags->pretty, "indent JSON");
  cmd->callback([flags, io, outcome] { outcome->status = RunTrace(*flags, io); });
}

}  // namespace claimgraph::cli
