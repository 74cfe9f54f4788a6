// GraphML (http://graphml.graphdrawing.org/), for yEd, Gephi, Cytoscape desktop and
// networkx.read_graphml: one directed graph holding the diagram view
// (exporters/graph_view.h) of the whole graph or of ExportOptions::scope.
//
// Every attribute is declared by a typed <key> (d0, d1, ...: the node keys, then the
// edge keys; attr.type "string" or "double"); each node and edge writes only the
// attributes it has. Node ids are "source:ID", "doc:ID", "claim:ID"; edge ids
// "e0", "e1", ... in view order. Disjoint pairs and revisions are edges with
// relation=disjoint / revision. Text is XML-escaped; characters XML 1.0 cannot hold
// become U+FFFD and are counted in replaced_characters().
#ifndef CLAIMGRAPH_EXPORTERS_GRAPHML_EXPORTER_H_
#define CLAIMGRAPH_EXPORTERS_GRAPHML_EXPORTER_H_

#include <cstdint>

#include "exporters/exporter.h"

namespace claimgraph {

class GraphmlExporter : public Exporter {
 public:
  explicit GraphmlExporter(const ExportOptions& options) : options_(options) {}
  // Errors: IoError when `out` fails.
  Status Write(const ClaimGraph& graph, std::ostream& out) override;
  uint64_t replaced_characters() const override { return replaced_; }

 private:
  ExportOptions options_;
  uint64_t replaced_ = 0;
};

}  // namespace claimgraph

#endif  // CLAIMGRAPH_EXPORTERS_GRAPHML_EXPORTER_H_
