// SVG, PNG and PDF diagrams rendered in-process with Graphviz's libgvc, from the
// same libcgraph graph the DOT export writes (DotDiagram in dot_exporter.h): no
// `dot` executable needed.
//
// Layout engine: ExportOptions::layout when set (dot, neato, fdp, sfdp, circo,
// twopi, osage, patchwork); else `dot` (layered, left to right) up to
// kSfdpThreshold nodes and `sfdp` (force-directed, scales) beyond. Like the DOT
// export, refuses past ExportOptions::max_nodes (CheckDiagramSize).
//
// Plugins: gvContext() loads Graphviz's installed plugins from its config file
// (Debian: /usr/lib/x86_64-linux-gnu/graphviz/config6a, from libgvc6 + graphviz);
// svg comes from the core plugin, png and pdf from cairo (libgvplugin_pango).
#ifndef CLAIMGRAPH_EXPORTERS_RENDER_EXPORTER_H_
#define CLAIMGRAPH_EXPORTERS_RENDER_EXPORTER_H_

#include <cstddef>
#include <string>
#include <string_view>

#include "exporters/exporter.h"

namespace claimgraph {

// Past this many nodes the default layout is sfdp: dot's layered layout takes
// minutes and draws a line a metre wide.
inline constexpr size_t kSfdpThreshold = 300;

// The engine a diagram of `nodes` nodes is laid out with when none is asked for.
std::string_view DefaultLayout(size_t nodes);

class RenderExporter : public Exporter {
 public:
  // `format`: "svg", "png" or "pdf".
  RenderExporter(std::string_view format, const ExportOptions& options)
      : format_(format), options_(options) {}

  // Errors: Usage for an unknown layout engine or too large a diagram; Internal
  // when Graphviz cannot lay out or render (e.g. a missing plugin); IoError when
  // `out` fails.
  Status Write(const ClaimGraph& graph, std::ostream& out) override;
  bool binary() const override { return format_ != "svg"; }

 private:
  std::string format_;
  ExportOptions options_;
};

}  // namespace claimgraph

#endif  // CLAIMGRAPH_EXPORTERS_RENDER_EXPORTER_H_
