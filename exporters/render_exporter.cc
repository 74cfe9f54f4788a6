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

// Edges that do not constrain ranks (disjoint pairs, revisions) join claims on one
// rank. dot 2.42/2.43 lays a labelled flat edge out through a nested layout whose
// arrays it frees twice in gvFreeLayout (heap corruption, seen as an intermittent
// "double free" abort); an xlabel is placed after layout and avoids that path.
void MoveFlatEdgeLabels(Agraph_t* graph) {
  std::string constraint = "constraint", label = "label", xlabel = "xlabel", empty;
  Agsym_t* label_sym = agattr(graph, AGEDGE, label.data(), nullptr);
  Agsym_t* constraint_sym = agattr(graph, AGEDGE, constraint.data(), nullptr);
  if (label_sym == nullptr || constraint_sym == nullptr) return;
  Agsym_t* xlabel_sym = agattr(graph, AGEDGE, xlabel.data(), empty.data());
  for (Agnode_t* n = agfstnode(graph); n; n = agnxtnode(graph, n)) {
    for (Agedge_t* e = agfstout(graph, n); e; e = agnxtout(graph, e)) {
      if (std::string_view(agxget(e, constraint_sym)) != "false") continue;
      std::string text = agxget(e, label_sym);
      agxset(e, xlabel_sym, text.data());
      agxset(e, label_sym, empty.data());
    }
  }
}

}  // namespace

std::string_view DefaultLayout(size_t nodes) { return nodes <= kSfdpThreshold ? "dot" : "sfdp"; }

Status RenderExporter::Write(const ClaimGraph& g, std::ostream& out) {
  if (format_ != "svg" && format_ != "png" && format_ != "pdf") {
    return Status::Usage("cannot render '" + format_ + "' (expected svg, png or pdf)");
  }
  std::string engine = options_.layout;
  if (engine.empty()) engine = DefaultLayout(ViewNodeCount(g, options_.scope));
  bool known = false;
  for (std::string_view e : kEngines) known = known || e == engine;
  if (!known) {
    return Status::Usage("unknown layout engine '" + engine +
                         "' (expected dot, neato, fdp, sfdp, circo, twopi, osage or patchwork)");
  }
  CG_RETURN_IF_ERROR(CheckDiagramSize(g, options_));
  Result<std::unique_ptr<DotDiagram>> diagram = DotDiagram::Build(g, options_.scope);
  if (!diagram.ok()) return diagram.status();
  Agraph_t* graph = (*diagram)->graph();
  if (engine != "dot") {
    // Force-directed engines overlap labelled nodes unless told not to.
    std::string overlap = "overlap", prism = "prism", empty;
    agattr(graph, AGRAPH, overlap.data(), empty.data());
    agset(graph, overlap.data(), prism.data());
  }

  if (engine == "dot") MoveFlatEdgeLabels(graph);

  GVC_t* gvc = SharedContext();
  if (!gvc) return Status::Internal("Graphviz: gvContext() failed");
  RenderData rendered;
  {
    Layout layout(gvc, graph);
    if (!layout.Run(engine)) {
      return Status::Internal("Graphviz could not lay the graph out with '" + engine +
                              "' (is the layout plugin installed? Debian: graphviz, libgvc6)");
    }
    std::string format = format_;
    if (gvRenderData(gvc, graph, format.data(), &rendered.data, &rendered.length) != 0 ||
        rendered.data == nullptr) {
      return Status::Internal("Graphviz could not render " + format_ +
                              " (is its plugin installed? Debian: graphviz, libgvc6)");
    }
  }
  out.write(rendered.data, static_cast<std::streamsize>(rendered.length));
  out.flush();
  if (!out) return Status::IoError("writing the " + format_ + " diagram failed");
  return Status();
}

}  // namespace claimgraph
