// SVG, PNG and PDF diagrams rendered in-process with Graphviz's libgvc, from the
// same libcgraph graphs the DOT writers write (DotDiagram in dot_exporter.h): no
// `dot` executable needed. RenderExporter draws the graph or a scope of it
// (`export`); RenderCheckWriter the contradictions of a check (`check`).
//
// Layout engine: the one asked for (dot, neato, fdp, sfdp, circo, twopi, osage,
// patchwork); else DefaultLayout of what is drawn: `dot` (layered, top to
// bottom, claims ranked by value) for small diagrams, `sfdp` (force-directed,
// scales) beyond. Refuses past a node limit (CheckDiagramSize).
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
#include "exporters/report_writer.h"

namespace claimgraph {

// `dot` lays out a diagram of at most this many nodes and kDotMaxEdges edges;
// past either, sfdp does. A larger layered picture is wider than any screen (a
// rank holds every claim of a prolific source), and dot's time grows faster than
// linearly: on the bench data 0.1 s at 400 nodes, 2 s at 1,800 nodes and 2,500
// edges, minutes when thousands of disjoint pairs are drawn.
inline constexpr size_t kDotMaxNodes = 300;
inline constexpr size_t kDotMaxEdges = 600;

// Past this many nodes the force-directed engines remove node overlaps by
// scaling the layout (overlap=scale, and sfdp's fast quadtree) instead of prism:
// on the bench's largest proposition (1,861 nodes) sfdp takes 2.6 s with prism
// and 0.4 s with scale.
inline constexpr size_t kPrismMaxNodes = 1000;

// The engine a diagram of `nodes` nodes and `edges` visible edges is laid out
// with when none is asked for.
std::string_view DefaultLayout(size_t nodes, size_t edges);

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

// `check --format svg|png|pdf`: the diagram DotCheckWriter writes, rendered.
// Refuses past `max_nodes` nodes (usage error, exit 2).
class RenderCheckWriter : public CheckWriter {
 public:
  // `format`: "svg", "png" or "pdf"; `layout` "" chooses by size.
  RenderCheckWriter(std::string_view format, std::string_view layout, bool legend,
                    size_t max_nodes)
      : format_(format), layout_(layout), legend_(legend), max_nodes_(max_nodes) {}
  Status Write(const CheckResult& result, std::ostream& out) override;

 private:
  std::string format_;
  std::string layout_;
  bool legend_;
  size_t max_nodes_;
};

}  // namespace claimgraph

#endif  // CLAIMGRAPH_EXPORTERS_RENDER_EXPORTER_H_
