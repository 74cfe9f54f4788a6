// libFuzzer target: the whole pipeline downstream of any accepted input. The first
// byte picks the format (even: CSV, odd: JSON) and the thread count; the rest is
// imported. When the import and Build() succeed, the analysis runs and every
// exporter and report writer writes into a string: none may crash, and writers
// must succeed on every graph the importers accept.
#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <sstream>
#include <string_view>

#include "core/analysis/contradictions.h"
#include "core/analysis/provenance.h"
#include "core/graph_builder.h"
#include "exporters/exporter.h"
#include "exporters/report_writer.h"
#include "importers/importer.h"

namespace {

using namespace claimgraph;

void RequireOk(std::string_view what, const Status& status) {
  if (!status.ok()) {
    std::fprintf(stderr, "%.*s failed on an accepted graph: %s\n", static_cast<int>(what.size()),
                 what.data(), status.ToString().c_str());
    // An accepted graph every writer cannot write is a bug: make it a finding.
    std::abort();
  }
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  if (size == 0) return 0;
  const uint8_t selector = data[0];
  std::string_view text(reinterpret_cast<const char*>(data) + 1, size - 1);
  const bool json = (selector & 1) != 0;
  const unsigned threads = (selector & 2) ? 2 : 1;

  GraphBuilder builder;
  auto importer = MakeImporter(json ? "json" : "csv");
  if (!importer->Load(text, json ? "fuzz.json" : "fuzz.csv", &builder).ok()) return 0;
  auto graph = std::move(builder).Build();
  if (!graph.ok()) return 0;

  Provenance provenance = Provenance::Compute(*graph);
  AnalysisOptions analysis;
  analysis.threads = threads;
  ContradictionReport report = FindContradictions(*graph, provenance, analysis);
  const CheckResult result{*graph, provenance, report};

  for (std::string_view format : ExporterFormats()) {
    // svg/png/pdf lay the graph out with libgvc: up to seconds per input, which
    // would starve the fuzzer; the formats tests render them.
    if (format == "svg" || format == "png" || format == "pdf") continue;
    for (bool pretty : {false, true}) {
      ExportOptions options;
      options.pretty = pretty;
      std::ostringstream out;
      RequireOk(format, MakeExporter(format, options)->Write(*graph, out));
    }
  }
  const ReportOptions report_options{(selector & 4) != 0, (selector & 8) != 0, threads};
  for (std::string_view format : CheckFormats()) {
    if (format == "svg" || format == "png" || format == "pdf") continue;  // libgvc, as above
    std::ostringstream out;
    RequireOk(format, MakeCheckWriter(format, report_options)->Write(result, out));
  }
  for (std::string_view format : TraceFormats()) {
    auto writer = MakeTraceWriter(format, report_options);
    std::ostringstream all;
    RequireOk(format, writer->Write(*graph, provenance, TraceRequest{}, all));
    if (graph->num_claims() > 0) {
      TraceRequest one;
      one.claim = static_cast<ClaimId>(selector % graph->num_claims());
      std::ostringstream out;
      RequireOk(format, writer->Write(*graph, provenance, one, out));
    }
  }
  return 0;
}
