// Graphviz DOT, built with libcgraph (never by string concatenation): the whole
// graph (DotExporter) or just the contradictions `check` found (DotCheckWriter).
//
// The visual language: claims are boxes labelled with the figure as worded and the
// proposition; sources ellipses (filled by kind); documents notes. `asserts` edges
// are solid, `disputes` red dashed, `attributed to` and `derived from` dotted with a
// label; a disjoint pair is a bold red undirected edge, a revision a grey arrow
// from the old figure to the new. Node names derive from entity ids
// ("claim:ID", "source:ID", "doc:ID"), so two exports diff meaningfully.
#ifndef CLAIMGRAPH_EXPORTERS_DOT_EXPORTER_H_
#define CLAIMGRAPH_EXPORTERS_DOT_EXPORTER_H_

#include <cstddef>
#include <iosfwd>
#include <memory>

#include "exporters/exporter.h"
#include "exporters/report_writer.h"

struct Agraph_s;  // libcgraph's graph; only exporters/*.cc include cgraph.h

namespace claimgraph {

class DotBuilder;

// The diagram of the whole graph or of a scope, as a libcgraph graph: the one
// construction the DOT writer and the in-process renderer (render_exporter) share.
// Nodes and edges are created in the view's canonical order (exporters/graph_view.h).
class DotDiagram {
 public:
  // Errors: Internal when libcgraph cannot open a graph.
  static Result<std::unique_ptr<DotDiagram>> Build(const ClaimGraph& graph, const Scope* scope);
  ~DotDiagram();
  DotDiagram(const DotDiagram&) = delete;
  DotDiagram& operator=(const DotDiagram&) = delete;

  // Owned by this object; valid until it is destroyed.
  Agraph_s* graph();
  Status WriteDot(std::ostream& out);

 private:
  DotDiagram();
  std::unique_ptr<DotBuilder> builder_;
};

// Usage error (exit 2) when the diagram of `options.scope` (or of the whole graph)
// would hold more than `options.max_nodes` nodes; the message names the count and
// the scopes that help.
Status CheckDiagramSize(const ClaimGraph& graph, const ExportOptions& options);

// The whole graph, or ExportOptions::scope, as DOT text. Refuses past
// ExportOptions::max_nodes (CheckDiagramSize).
class DotExporter : public Exporter {
 public:
  explicit DotExporter(const ExportOptions& options = {}) : options_(options) {}
  Status Write(const ClaimGraph& graph, std::ostream& out) override;

 private:
  ExportOptions options_;
};

// One cluster per proposition, holding its conflicting claims and their sources.
class DotCheckWriter : public CheckWriter {
 public:
  Status Write(const CheckResult& result, std::ostream& out) override;
};

// Graphviz reads backslash sequences in labels ("\n", "\l"); this makes a text
// show as written: backslashes doubled, newlines as "\n".
std::string DotLabelText(std::string_view text);

}  // namespace claimgraph

#endif  // CLAIMGRAPH_EXPORTERS_DOT_EXPORTER_H_
