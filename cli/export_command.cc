// `claimgraph export [FILE...] --format FORMAT [scope flags]`: the whole graph, or
// the part a scope selects, as data (json, graphml, gexf, cytoscape) or a diagram
// (dot, svg, png, pdf). See docs/diagrams.md.
#include <CLI/CLI.hpp>

#include <optional>

#include "cli/command.h"
#include "cli/load.h"
#include "cli/output.h"
#include "core/analysis/scope.h"
#include "exporters/exporter.h"

namespace claimgraph::cli {
namespace {

struct ExportFlags {
  InputOptions input;
  std::string format;
  OutputFlags output;
  bool pretty = false;
  ScopeRequest scope;
  std::string layout;
  size_t max_nodes = kDefaultMaxDiagramNodes;
  bool legend = false;
};

Status RunExport(const ExportFlags& flags, const CommandIo& io) {
  if (flags.format == "json" && !flags.scope.empty()) {
    return Status::Usage(
        "the native json export writes the whole graph; use --format graphml, gexf or "
        "cytoscape for a scoped data export");
  }
  auto graph = LoadGraph(flags.input, *io.in);
  if (!graph.ok()) return graph.status();
  std::optional<Scope> scope;
  if (!flags.scope.empty()) {
    Result<Scope> selected = SelectScope(*graph, flags.scope);
    if (!selected.ok()) return selected.status();
    scope = std::move(selected).value();
  }
  ExportOptions options;
  options.pretty = flags.pretty;
  options.scope = scope ? &*scope : nullptr;
  options.layout = flags.layout;
  options.max_nodes = flags.max_nodes;
  options.legend = flags.legend;
  auto exporter = MakeExporter(flags.format, options);
  if (!exporter) return Status::Usage("unknown format '" + flags.format + "'");
  auto output = Output::Open(flags.output, *io.out);
  if (!output.ok()) return output.status();
  CG_RETURN_IF_ERROR(exporter->Write(*graph, (*output)->stream()));
  if (exporter->replaced_characters() > 0) {
    *io.err << "claimgraph: warning: " << exporter->replaced_characters()
            << " characters the " << flags.format
            << " format cannot hold were written as U+FFFD\n";
  }
  return (*output)->Commit();
}

}  // namespace

void AddExportCommand(CLI::App& app, const CommandIo& io, CommandOutcome* outcome) {
  auto flags = std::make_shared<ExportFlags>();
  CLI::App* cmd = app.add_subcommand(
      "export", "write the graph (or a scope of it) as data or as a diagram");
  AddInputOptions(*cmd, &flags->input);
  std::vector<std::string> formats;
  for (std::string_view f : ExporterFormats()) formats.emplace_back(f);
  cmd->add_option("--format,-f", flags->format,
                  "dot, json, svg, png, pdf, graphml, gexf, cytoscape or html")
      ->required()
      ->check(CLI::IsMember(formats));
  AddOutputOptions(*cmd, &flags->output);
  cmd->add_flag("--pretty", flags->pretty, "indent JSON (json, cytoscape)");
  cmd->add_option("--proposition", flags->scope.proposition,
                  "only this proposition's claims and what leads to them");
  cmd->add_option("--focus", flags->scope.focus, "only the neighbourhood of this claim id");
  cmd->add_option("--depth", flags->scope.depth, "hops from --focus (default 2)")
      ->check(CLI::NonNegativeNumber);
  cmd->add_flag("--conflicts-only", flags->scope.conflicts_only,
                "only claims in a contradiction or dispute and what leads to them");
  cmd->add_option("--layout", flags->layout,
                  "svg/png/pdf layout engine: dot, neato, fdp, sfdp, circo, twopi, osage, "
                  "patchwork (default: dot up to 300 nodes and 600 edges, else sfdp)");
  cmd->add_option("--max-nodes", flags->max_nodes,
                  "diagrams (dot/svg/png/pdf) refuse past this many nodes (default 2000)");
  cmd->add_flag("--legend", flags->legend,
                "diagrams (dot/svg/png/pdf): add a legend of the visual language");
  cmd->callback([flags, io, outcome] { outcome->status = RunExport(*flags, io); });
}

}  // namespace claimgraph::cli
