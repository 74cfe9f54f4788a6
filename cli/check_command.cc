// `claimgraph check [FILE...]`: the contradictions.
#include <CLI/CLI.hpp>
#include <string>
#include <vector>

#include "cli/command.h"
#include "cli/load.h"
#include "cli/output.h"
#include "cli/phase_timer.h"
#include "core/analysis/contradictions.h"
#include "core/analysis/provenance.h"
#include "exporters/exporter.h"
#include "exporters/report_writer.h"

namespace claimgraph::cli {
namespace {

struct CheckFlags {
  InputOptions input;
  std::string format = "text";
  OutputFlags output;
  bool pretty = false;
  bool color = false;
  unsigned threads = 0;
  bool timings = false;
  bool legend = false;
  std::string layout;
  size_t max_nodes = kDefaultMaxDiagramNodes;
};

Status RunCheck(const CheckFlags& flags, const CommandIo& io) {
  const unsigned threads = flags.threads ? flags.threads : AllCores();
  ReportOptions options;
  options.pretty = flags.pretty;
  options.color = flags.color;
  options.threads = threads;
  options.legend = flags.legend;
  options.layout = flags.layout;
  options.max_nodes = flags.max_nodes;
  auto writer = MakeCheckWriter(flags.format, options);
  if (!writer) return Status::Usage("unknown format '" + flags.format + "'");
  PhaseTimer timer(flags.timings, *io.err);
  auto graph = LoadGraph(flags.input, *io.in, &timer);
  if (!graph.ok()) return graph.status();
  Provenance provenance = Provenance::Compute(*graph, threads);
  timer.Mark("provenance");
  AnalysisOptions analysis;
  analysis.threads = threads;
  ContradictionReport report = FindContradictions(*graph, provenance, analysis);
  timer.Mark("contradictions");
  auto output = Output::Open(flags.output, *io.out);
  if (!output.ok()) return output.status();
  CG_RETURN_IF_ERROR(writer->Write(CheckResult{*graph, provenance, report}, (*output)->stream()));
  timer.Mark("write");
  Status committed = (*output)->Commit();
  timer.Mark("commit");
  return committed;
}

}  // namespace

void AddCheckCommand(CLI::App& app, const CommandIo& io, CommandOutcome* outcome) {
  auto flags = std::make_shared<CheckFlags>();
  CLI::App* cmd = app.add_subcommand("check", "find contradictions: disjoint figures, revisions, disputes");
  AddInputOptions(*cmd, &flags->input);
  std::vector<std::string> formats;
  for (std::string_view f : CheckFormats()) formats.emplace_back(f);
  cmd->add_option("--format,-f", flags->format,
                  "text (a table), json, or a diagram of the contradictions: dot, svg, png, pdf")
      ->check(CLI::IsMember(formats));
  AddOutputOptions(*cmd, &flags->output);
  cmd->add_flag("--pretty", flags->pretty, "indent JSON");
  cmd->add_flag("--color", flags->color, "colour the kinds in the text table");
  cmd->add_option("--threads", flags->threads, "analysis threads (default: all cores; output is the same)");
  cmd->add_flag("--timings", flags->timings, "print the time of each phase on standard error");
  cmd->add_flag("--legend", flags->legend, "diagrams: add a legend of the visual language");
  cmd->add_option("--layout", flags->layout,
                  "svg/png/pdf layout engine: dot, neato, fdp, sfdp, circo, twopi, osage, "
                  "patchwork (default: by size, see docs/diagrams.md)");
  cmd->add_option("--max-nodes", flags->max_nodes,
                  "svg/png/pdf refuse past this many nodes (default 2000)");
  cmd->callback([flags, io, outcome] { outcome->status = RunCheck(*flags, io); });
}

}  // namespace claimgraph::cli
