#include "exporters/render_exporter.h"

#include <graphviz/cgraph.h>
#include <graphviz/gvc.h>

#include <array>
#include <memory>
#include <ostream>
#include <string>

#include "core/graph.h"
#include "exporters/dot_exporter.h"
#include "exporters/graph_view.h"

namespace claimgraph {
namespace {

constexpr std::array<std::string_view, 8> kEngines = {"dot",   "neato", "fdp",   "sfdp",
                                                      "circo", "twopi", "osage", "patchwork"};

// One Graphviz context for the life of the process, never freed. Graphviz's
// pango text plugin keeps a static pointer to the last font name it measured,
// and that name lives in the context's font dictionary: after gvFreeContext the
// next context's first label reads freed memory (AddressSanitizer shows it in
// textspan_size). Graphviz is process-global state of its own, used only from
// this file; keeping its context alive is the smallest safe workaround.
GVC_t* SharedContext() {
  static GVC_t* const context = gvContext();
  return context;
}

// Frees the layout before the graph goes (the DotDiagram owns the graph).
class Layout {
 public:
  Layout(GVC_t* gvc, Agraph_t* graph) : gvc_(gvc), graph_(graph) {}
  ~Layout() {
    if (done_) gvFreeLayout(gvc_, graph_);
  }
  Layout(const Layout&) = delete;
  Layout& operator=(const Layout&) = delete;
  bool Run(std::string engine) {
    done_ = gvLayout(gvc_, graph_, engine.data()) == 0;
    return done_;
  }

 private:
  GVC_t* gvc_;
  Agraph_t* graph_;
  bool done_ = false;
};

struct RenderData {
  char* data = nullptr;
  unsigned int length = 0;
  ~RenderData() {
    if (data) gvFreeRenderData(data);
  }
};

Status CheckFormatAndEngine(const std::string& format, const std::string& engine) {
  if (format != "svg" && format != "png" && format != "pdf") {
    return Status::Usage("cannot render '" + format + "' (expected svg, png or pdf)");
  }
  bool known = false;
  for (std::string_view e : kEngines) known = known || e == engine;
  if (!known) {
    return Status::Usage("unknown layout engine '" + engine +
                         "' (expected dot, neato, fdp, sfdp, circo, twopi, osage or patchwork)");
  }
  return Status();
}

// Lays the diagram out with `engine` ("" chooses by size) and writes it as
// `format` to `out`.
Status Render(DotDiagram& diagram, const std::string& format, std::string engine,
              std::ostream& out) {
  if (engine.empty()) engine = DefaultLayout(diagram.num_nodes(), diagram.num_edges());
  Agraph_t* graph = diagram.graph();
  if (engine != "dot") {
    // Force-directed engines overlap labelled nodes unless told not to. Prism
    // moves nodes apart locally and keeps the picture compact, but on a large
    // connected diagram it costs seconds; scaling the whole layout up is cheap.
    const bool large = diagram.num_nodes() > kPrismMaxNodes;
    std::string overlap = "overlap", quadtree = "quadtree", empty;
    std::string removal = large ? "scale" : "prism", fast = "fast";
    agattr(graph, AGRAPH, overlap.data(), empty.data());
    agset(graph, overlap.data(), removal.data());
    if (large) {
      // A coarser Barnes-Hut tree for sfdp's repulsive forces.
      agattr(graph, AGRAPH, quadtree.data(), empty.data());
      agset(graph, quadtree.data(), fast.data());
    }
  }

  GVC_t* gvc = SharedContext();
  if (!gvc) return Status::Internal("Graphviz: gvContext() failed");
  RenderData rendered;
  {
    Layout layout(gvc, graph);
    if (!layout.Run(engine)) {
      return Status::Internal("Graphviz could not lay the graph out with '" + engine +
                              "' (is the layout plugin installed? Debian: graphviz, libgvc6)");
    }
    std::string device = format;
    if (gvRenderData(gvc, graph, device.data(), &rendered.data, &rendered.length) != 0 ||
        rendered.data == nullptr) {
      return Status::Internal("Graphviz could not render " + format +
                              " (is its plugin installed? Debian: graphviz, libgvc6)");
    }
  }
  out.write(rendered.data, static_cast<std::streamsize>(rendered.length));
  out.flush();
  if (!out) return Status::IoError("writing the " + format + " diagram failed");
  return Status();
}

}  // namespace

std::string_view DefaultLayout(size_t nodes, size_t edges) {
  return nodes <= kDotMaxNodes && edges <= kDotMaxEdges ? "dot" : "sfdp";
}

Status RenderExporter::Write(const ClaimGraph& g, std::ostream& out) {
  // An engine given by name is checked before any work; "" is checked once chosen.
  CG_RETURN_IF_ERROR(CheckFormatAndEngine(format_, options_.layout.empty() ? "dot" : options_.layout));
  CG_RETURN_IF_ERROR(CheckDiagramSize(g, options_));
  Result<std::unique_ptr<DotDiagram>> diagram =
      DotDiagram::Build(g, options_.scope, options_.legend);
  if (!diagram.ok()) return diagram.status();
  return Render(**diagram, format_, options_.layout, out);
}

Status RenderCheckWriter::Write(const CheckResult& r, std::ostream& out) {
  CG_RETURN_IF_ERROR(CheckFormatAndEngine(format_, layout_.empty() ? "dot" : layout_));
  Result<std::unique_ptr<DotDiagram>> diagram = DotDiagram::BuildCheck(r, legend_);
  if (!diagram.ok()) return diagram.status();
  if ((*diagram)->num_nodes() > max_nodes_) {
    return Status::Usage("the contradiction diagram would draw " +
                         std::to_string((*diagram)->num_nodes()) +
                         " nodes, more than the limit of " + std::to_string(max_nodes_) +
                         ": draw one proposition with `claimgraph export --format " + format_ +
                         " --conflicts-only --proposition KEY`, or raise the limit with "
                         "--max-nodes N");
  }
  return Render(**diagram, format_, layout_, out);
}

}  // namespace claimgraph
