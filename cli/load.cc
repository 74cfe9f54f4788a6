#include "cli/load.h"

#include <CLI/CLI.hpp>
#include <cmath>

#include "cli/input.h"
#include "cli/phase_timer.h"
#include "core/graph_builder.h"
#include "importers/importer.h"

namespace claimgraph::cli {

void AddInputOptions(CLI::App& command, InputOptions* options) {
  command.add_option("FILE", options->files,
                     "input files (.csv or .json; - reads standard input); none: the bundled "
                     "Kazakhstan dataset");
  command.add_option("--from", options->from, "input format, overriding the file extension")
      ->check(CLI::IsMember({"csv", "json"}));
  command
      .add_option("--about-tolerance", options->about_tolerance,
                  "relative half-width of 'about' figures (0.1 = +-10 %)")
      ->check(CLI::Range(0.0, 1.0));
}

Result<ClaimGraph> LoadGraph(const InputOptions& options, std::istream& in, PhaseTimer* timer) {
  auto mark = [&](const char* phase) {
    if (timer) timer->Mark(phase);
  };
  BuildOptions build;
  build.about_tolerance = options.about_tolerance;
  GraphBuilder builder(build);
  if (options.files.empty()) {
    auto importer = MakeImporter("json");
    CG_RETURN_IF_ERROR(importer->Load(BundledDataset(), "data/kazakhstan.json", &builder));
    return std::move(builder).Build();
  }
  int stdin_uses = 0;
  for (const std::string& file : options.files) {
    if (file == "-" && ++stdin_uses > 1) return Status::Usage("standard input ('-') given twice");
    std::string_view format = options.from;
    if (format.empty()) {
      auto guessed = FormatFromPath(file);
      if (!guessed) {
        return Status::Usage("cannot tell the format of '" + file +
                             "' from its extension; use --from csv or --from json");
      }
      format = *guessed;
    }
    Result<InputText> input = InputText::Open(file, in);
    if (!input.ok()) return input.status();
    mark("read");
    auto importer = MakeImporter(format);
    importer->set_release([&input](size_t consumed) { input->Release(consumed); });
    importer->set_padded(true);
    std::string name = file == "-" ? "<stdin>" : file;
    CG_RETURN_IF_ERROR(importer->Load(input->text(), name, &builder));
    mark("import");
  }
  auto graph = std::move(builder).Build();
  mark("build");
  if (!graph.ok() && graph.status().loc().file.empty() && options.files.size() == 1) {
    // Whole-graph errors (a derived-from cycle) know no line; name the file at least.
    SourceLoc loc;
    loc.file = options.files[0] == "-" ? "<stdin>" : options.files[0];
    return graph.status().WithLoc(loc);
  }
  return graph;
}

}  // namespace claimgraph::cli
