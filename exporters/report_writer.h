// Writers for what `check` and `trace` report: the analysis results, not the
// whole graph. One writer per format behind one interface each; a registry maps
// the format name to a writer.
#ifndef CLAIMGRAPH_EXPORTERS_REPORT_WRITER_H_
#define CLAIMGRAPH_EXPORTERS_REPORT_WRITER_H_

#include <cstddef>
#include <iosfwd>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/analysis/contradictions.h"
#include "core/analysis/provenance.h"
#include "core/graph.h"
#include "core/status.h"
#include "exporters/exporter.h"

namespace claimgraph {

// Everything a check report is made of; all references, nothing owned.
struct CheckResult {
  const ClaimGraph& graph;
  const Provenance& provenance;
  const ContradictionReport& report;
};

struct ReportOptions {
  bool pretty = false;   // indented JSON
  bool color = false;    // ANSI colours in the text table (terminals only)
  unsigned threads = 1;  // serialisation threads; the bytes are the same for any count
  // Diagrams (dot, svg, png, pdf):
  bool legend = false;   // add a legend of the visual language
  std::string layout{};  // svg/png/pdf: a Graphviz layout engine; "" chooses by size
  size_t max_nodes = kDefaultMaxDiagramNodes;  // svg/png/pdf refuse past this
};

class CheckWriter {
 public:
  virtual ~CheckWriter() = default;
  virtual Status Write(const CheckResult& result, std::ostream& out) = 0;
};

// What to trace: one claim, or every claim when `claim` is empty.
struct TraceRequest {
  std::optional<ClaimId> claim;
};

class TraceWriter {
 public:
  virtual ~TraceWriter() = default;
  virtual Status Write(const ClaimGraph& graph, const Provenance& provenance,
                       const TraceRequest& request, std::ostream& out) = 0;
};

// "text", "json", "dot", "svg", "png" or "pdf" (check); "text" or "json" (trace).
// nullptr if unknown.
std::unique_ptr<CheckWriter> MakeCheckWriter(std::string_view format, const ReportOptions& options);
std::unique_ptr<TraceWriter> MakeTraceWriter(std::string_view format, const ReportOptions& options);
std::vector<std::string_view> CheckFormats();
std::vector<std::string_view> TraceFormats();

}  // namespace claimgraph

#endif  // CLAIMGRAPH_EXPORTERS_REPORT_WRITER_H_
