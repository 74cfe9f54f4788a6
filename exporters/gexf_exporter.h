// GEXF 1.3 (https://gexf.net/), Gephi's native format: one static directed graph
// holding the diagram view (exporters/graph_view.h) of the whole graph or of
// ExportOptions::scope.
//
// Node and edge attributes are declared in <attributes> (ids "0", "1", ...; types
// "string" or "double") and written as <attvalues>; the label is the element's own
// `label`. viz:color and viz:shape follow the diagram language: claims "square",
// sources "disc" (coloured by kind), documents "triangle"; disputes red dashed,
// disjoint pairs red (thickness 2.5), revisions grey, provenance edges dotted.
// Text is XML-escaped; characters XML 1.0 cannot hold become U+FFFD and are
// counted in replaced_characters().
#ifndef CLAIMGRAPH_EXPORTERS_GEXF_EXPORTER_H_
#define CLAIMGRAPH_EXPORTERS_GEXF_EXPORTER_H_

#include <cstdint>

#include "exporters/exporter.h"

namespace claimgraph {

class GexfExporter : public Exporter {
 public:
  explicit GexfExporter(const ExportOptions& options) : options_(options) {}
  // Errors: IoError when `out` fails.
  Status Write(const ClaimGraph& graph, std::ostream& out) override;
  uint64_t replaced_characters() const override { return replaced_; }

 private:
  ExportOptions options_;
  uint64_t replaced_ = 0;
};

}  // namespace claimgraph

#endif  // CLAIMGRAPH_EXPORTERS_GEXF_EXPORTER_H_
