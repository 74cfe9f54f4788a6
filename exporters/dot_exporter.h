// Graphviz DOT, built with libcgraph (never by string concatenation): the whole
// graph or a scope of it (DotExporter), or just the contradictions `check` found
// (DotCheckWriter). The in-process renderer (render_exporter.h) lays out the same
// graphs.
//
// The visual language (docs/diagrams.md), after the W3C PROV diagram conventions
// where they fit: claims are boxes (PROV entity yellow) labelled with the figure
// as worded and the proposition; sources ellipses (PROV agent orange, the kind
// in the border colour); documents notes (pale entity yellow). `asserts` edges
// are solid, `disputes` red dashed, the provenance edges dotted with PROV's
// relation names (wasAttributedTo, wasDerivedFrom); a disjoint pair is a bold red
// undirected edge, a revision a grey arrow from the old figure to the new. Node
// names derive from entity ids ("claim:ID", "source:ID", "doc:ID"), so two
// exports diff meaningfully.
//
// Reading order: the claims of each (proposition, unit) group sit on one rank,
// ordered by value (exporters/interval_order.h) and held in that order by
// invisible edges, so with `dot` (top to bottom) a conflict reads left to right.
// A group with many disjoint pairs has only its covering pairs drawn; the graph
// (or, for check, the group's cluster) label says how many pairs there are and
// how many are drawn.
#ifndef CLAIMGRAPH_EXPORTERS_DOT_EXPORTER_H_
#define CLAIMGRAPH_EXPORTERS_DOT_EXPORTER_H_

#include <cstddef>
#include <iosfwd>
#include <memory>
#include <string>
#include <string_view>

#include "exporters/exporter.h"
#include "exporters/report_writer.h"

struct Agraph_s;  // libcgraph's graph; only exporters/*.cc include cgraph.h

namespace claimgraph {

class DotBuilder;

// Names of the legend's nodes start with this; no entity node's does.
inline constexpr std::string_view kLegendPrefix = "legend:";

// A diagram as a libcgraph graph: the one construction the DOT writers and the
// in-process renderer share. Nodes and edges are created in canonical order
// (exporters/graph_view.h), so the same data gives the same bytes.
class DotDiagram {
 public:
  // The whole graph (`scope` null) or the scope's part of it. With `legend`, a
  // cluster "cluster_legend" of sample nodes and edges explains the language.
  // Errors: Internal when libcgraph cannot open a graph.
  static Result<std::unique_ptr<DotDiagram>> Build(const ClaimGraph& graph, const Scope* scope,
                                                   bool legend = false);
  // The contradictions of a check: one cluster per (proposition, unit) group
  // with a finding, holding its conflicting claims; the sources asserting or
  // disputing them outside.
  static Result<std::unique_ptr<DotDiagram>> BuildCheck(const CheckResult& result,
                                                        bool legend = false);
  ~DotDiagram();
  DotDiagram(const DotDiagram&) = delete;
  DotDiagram& operator=(const DotDiagram&) = delete;

  // Owned by this object; valid until it is destroyed.
  Agraph_s* graph();
  Status WriteDot(std::ostream& out);

  // What is drawn, for choosing a layout engine: nodes and visible edges of the
  // data (the legend and the invisible ordering edges not counted).
  size_t num_nodes() const { return num_nodes_; }
  size_t num_edges() const { return num_edges_; }

 private:
  DotDiagram();
  std::unique_ptr<DotBuilder> builder_;
  size_t num_nodes_ = 0;
  size_t num_edges_ = 0;
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

// One cluster per proposition, holding its conflicting claims and their sources
// (DotDiagram::BuildCheck).
class DotCheckWriter : public CheckWriter {
 public:
  explicit DotCheckWriter(bool legend = false) : legend_(legend) {}
  Status Write(const CheckResult& result, std::ostream& out) override;

 private:
  bool legend_;
};

// Graphviz reads backslash sequences in labels ("\n", "\l"); this makes a text
// show as written: backslashes doubled, newlines as "\n".
std::string DotLabelText(std::string_view text);

}  // namespace claimgraph

#endif  // CLAIMGRAPH_EXPORTERS_DOT_EXPORTER_H_
