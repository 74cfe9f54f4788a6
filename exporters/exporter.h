// One exporter per output format of the whole graph, behind one small interface.
// Exporters read the canonical ClaimGraph in index order, so the same data gives
// byte-identical output whatever order it was read in.
#ifndef CLAIMGRAPH_EXPORTERS_EXPORTER_H_
#define CLAIMGRAPH_EXPORTERS_EXPORTER_H_

#include <cstddef>
#include <cstdint>
#include <iosfwd>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "core/status.h"

namespace claimgraph {

class ClaimGraph;
class Scope;

// Diagrams (dot, svg, png, pdf) refuse to draw more nodes than this unless
// ExportOptions::max_nodes says otherwise: past it a layout takes minutes and the
// picture cannot be read. A scope (core/analysis/scope.h) makes them smaller.
inline constexpr size_t kDefaultMaxDiagramNodes = 2000;

struct ExportOptions {
  bool pretty = false;  // indented JSON
  // Only what is inside this scope is written; null: the whole graph. Not owned;
  // must outlive the exporter's Write calls and belong to the graph written.
  const Scope* scope = nullptr;
  size_t max_nodes = kDefaultMaxDiagramNodes;  // diagrams only
  std::string layout;  // svg/png/pdf: a Graphviz layout engine; "" chooses by size
  bool legend = false;  // diagrams: add a legend of the visual language
};

class Exporter {
 public:
  virtual ~Exporter() = default;
  virtual Status Write(const ClaimGraph& graph, std::ostream& out) = 0;
  // Characters the last Write replaced with U+FFFD because the format cannot carry
  // them (control characters in XML 1.0, malformed UTF-8). 0 for most formats.
  virtual uint64_t replaced_characters() const { return 0; }
  // True for formats whose bytes are not text (png, pdf).
  virtual bool binary() const { return false; }
};

// "dot", "json", "graphml", "gexf", "cytoscape", "html", "svg", "png" or "pdf"; nullptr
// for an unknown format.
std::unique_ptr<Exporter> MakeExporter(std::string_view format, const ExportOptions& options);
std::vector<std::string_view> ExporterFormats();

}  // namespace claimgraph

#endif  // CLAIMGRAPH_EXPORTERS_EXPORTER_H_
