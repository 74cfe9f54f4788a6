// Cytoscape.js elements JSON (https://js.cytoscape.org/#notation/elements-json):
//   {"elements": {"nodes": [{"data": {"id": ..., "label": ..., ...}, "classes": "claim"}],
//                 "edges": [{"data": {"id": "e0", "source": ..., "target": ...,
//                                     "relation": ..., ...}, "classes": "asserts"}]}}
// holding the diagram view (exporters/graph_view.h) of the whole graph or of
// ExportOptions::scope. `data` carries every attribute the element has plus
// "color" and, for nodes, "border_color" and "shape" (for edges "line_style") of
// the diagram language; `classes` is one
// of claim, source, document / asserts, disputes, attributed, derived, authored,
// disjoint, revision, for a stylesheet to select. Written with RapidJSON;
// malformed UTF-8 becomes U+FFFD (counted in replaced_characters()).
#ifndef CLAIMGRAPH_EXPORTERS_CYTOSCAPE_EXPORTER_H_
#define CLAIMGRAPH_EXPORTERS_CYTOSCAPE_EXPORTER_H_

#include <cstdint>

#include "exporters/exporter.h"

namespace claimgraph {

class CytoscapeExporter : public Exporter {
 public:
  explicit CytoscapeExporter(const ExportOptions& options) : options_(options) {}
  // Errors: IoError when `out` fails.
  Status Write(const ClaimGraph& graph, std::ostream& out) override;
  uint64_t replaced_characters() const override { return replaced_; }

 private:
  ExportOptions options_;
  uint64_t replaced_ = 0;
};

}  // namespace claimgraph

#endif  // CLAIMGRAPH_EXPORTERS_CYTOSCAPE_EXPORTER_H_
