// `claimgraph export [FILE...] --format dot|json`: the whole graph.
#include <CLI/CLI.hpp>

#include "cli/command.h"
#include "cli/load.h"
#include "cli/output.h"
#include "exporters/exporter.h"

namespace claimgraph::cli {
namespace {

struct ExportFlags {
  InputOptions input;
  std::string format;
  std::string output;
  bool pretty = false;
};

Status RunExport(const ExportFlags& flags, const CommandIo& io) {
  ExportOptions options;
  options.pretty = flags.pretty;
  auto exporter = MakeExporter(flags.format, options);
  if (!exporter) return Status::Usage("unknown format '" + flags.format + "'");
  auto graph = LoadGraph(flags.input, *io.in);
  if (!graph.ok()) return graph.status();
  auto output = Output::Open(flags.output, *io.out);
  if (!output.ok()) return output.status();
  CG_RETURN_IF_ERROR(exporter->Write(*graph, (*output)->stream()));
  return (*output)->Commit();
}

}  // namespace

void AddExportCommand(CLI::App& app, const CommandIo& io, CommandOutcome* outcome) {
  auto flags = std::make_shared<ExportFlags>();
  CLI::App* cmd = app.add_subcommand("export", "write the whole graph as DOT or native JSON");
  AddInputOptions(*cmd, &flags->input);
  cmd->add_option("--format,-f", flags->format, "dot or json")
      ->required()
      ->check(CLI::IsMember({"dot", "json"}));
  cmd->add_option("-o,--output", flags->output, "write here (atomically) instead of standard output");
  cmd->add_flag("--pretty", flags->pretty, "indent JSON");
  cmd->callback([flags, io, outcome] { outcome->status = RunExport(*flags, io); });
}

}  // namespace claimgraph::cli
