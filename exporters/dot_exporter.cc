#include "exporters/dot_exporter.h"

#include <graphviz/cgraph.h>

#include <memory>
#include <unordered_map>
#include <ostream>
#include <string>
#include <vector>

#include "core/analysis/contradictions.h"
#include "core/analysis/provenance.h"
#include "core/analysis/scope.h"
#include "exporters/figure_text.h"
#include "exporters/graph_view.h"

namespace claimgraph {
namespace {

// cgraph writes through an I/O discipline; this one appends to a std::ostream.
int PutStr(void* chan, const char* str) {
  auto* out = static_cast<std::ostream*>(chan);
  *out << str;
  return out->good() ? 0 : -1;
}
int Flush(void* chan) {
  static_cast<std::ostream*>(chan)->flush();
  return 0;
}
int NoRead(void*, char*, int) { return 0; }

// Object ids in creation order. cgraph's default id discipline uses the address
// of each interned name as its id and writes subgraphs in id order, so output
// order would follow the allocator; numbering names as they come keeps it
// deterministic. Named objects get even ids, anonymous ones odd, as cgraph expects.
struct IdRegistry {
  Agraph_t* graph = nullptr;
  std::vector<char*> names;  // cgraph reference strings (agstrdup), freed with the graph
  std::unordered_map<std::string, IDTYPE> ids;
  IDTYPE next_anonymous = 1;
};

struct DiscWithIds {
  Agdisc_t disc;  // first member: cgraph hands back this pointer
  IdRegistry* registry;
};

void* IdOpen(Agraph_t* g, Agdisc_t* disc) {
  IdRegistry* r = reinterpret_cast<DiscWithIds*>(disc)->registry;
  r->graph = g;
  return r;
}
long IdMap(void* state, int, char* str, IDTYPE* id, int createflag) {
  auto* r = static_cast<IdRegistry*>(state);
  if (str == nullptr) {
    *id = r->next_anonymous;
    r->next_anonymous += 2;
    return 1;
  }
  auto it = r->ids.find(str);
  if (it != r->ids.end()) {
    *id = it->second;
    return 1;
  }
  if (!createflag) return 0;
  // Names must be cgraph reference strings: the writer looks at their header to
  // tell HTML-like labels from plain ones.
  r->names.push_back(agstrdup(r->graph, str));
  *id = static_cast<IDTYPE>(2 * r->names.size());
  r->ids.emplace(str, *id);
  return 1;
}
long IdAlloc(void*, int, IDTYPE) { return 1; }
void IdFree(void*, int, IDTYPE) {}
char* IdPrint(void* state, int, IDTYPE id) {
  auto* r = static_cast<IdRegistry*>(state);
  if (id % 2 != 0 || id == 0 || id / 2 > r->names.size()) return nullptr;
  return r->names[id / 2 - 1];
}
void IdClose(void*) {}
void IdRegister(void*, int, void*) {}

struct GraphCloser {
  void operator()(Agraph_t* g) const { agclose(g); }
};
using GraphPtr = std::unique_ptr<Agraph_t, GraphCloser>;

}  // namespace

// cgraph (2.42) takes char*: keep every string in a std::string and pass data().
class DotBuilder {
 public:
  explicit DotBuilder(const std::string& name) {
    io_ = Agiodisc_t{NoRead, PutStr, Flush};
    id_disc_ = Agiddisc_t{IdOpen, IdMap, IdAlloc, IdFree, IdPrint, IdClose, IdRegister};
    disc_.disc = Agdisc_t{&AgMemDisc, &id_disc_, &io_};
    disc_.registry = &registry_;
    std::string n = name;
    graph_.reset(agopen(n.data(), Agdirected, &disc_.disc));
  }
  bool ok() const { return graph_ != nullptr; }
  Agraph_t* root() { return graph_.get(); }

  void GraphAttr(Agraph_t* g, std::string name, std::string value) {
    std::string empty;
    // Declared on the root with a default, then set on this (sub)graph.
    agattr(graph_.get(), AGRAPH, name.data(), empty.data());
    agset(g, name.data(), value.data());
  }
  void DefaultNodeAttr(std::string name, std::string value) {
    agattr(graph_.get(), AGNODE, name.data(), value.data());
  }
  void DefaultEdgeAttr(std::string name, std::string value) {
    agattr(graph_.get(), AGEDGE, name.data(), value.data());
  }
  Agnode_t* Node(Agraph_t* g, std::string name) { return agnode(g, name.data(), 1); }
  Agedge_t* Edge(Agraph_t* g, Agnode_t* tail, Agnode_t* head) {
    return agedge(g, tail, head, nullptr, 1);
  }
  Agraph_t* Subgraph(std::string name) { return agsubg(graph_.get(), name.data(), 1); }
  void Set(void* object, std::string name, std::string value) {
    std::string empty;
    agsafeset(object, name.data(), value.data(), empty.data());
  }
  Status WriteTo(std::ostream& out) {
    if (agwrite(graph_.get(), &out) != 0 || !out) return Status::IoError("writing DOT failed");
    out.flush();
    return Status();
  }

 private:
  Agiodisc_t io_;
  Agiddisc_t id_disc_;
  IdRegistry registry_;
  DiscWithIds disc_;
  GraphPtr graph_;  // last: closed first, while the disciplines still exist
};

namespace {

std::string SourceNode(const ClaimGraph& g, SourceId id) {
  return "source:" + std::string(g.Str(g.sources()[id].id));
}
std::string DocumentNode(const ClaimGraph& g, DocumentId id) {
  return "doc:" + std::string(g.Str(g.documents()[id].id));
}
std::string ClaimNode(const ClaimGraph& g, ClaimId id) {
  return "claim:" + std::string(g.Str(g.claims()[id].id));
}

void StyleDefaults(DotBuilder& b) {
  b.GraphAttr(b.root(), "rankdir", "LR");
  b.GraphAttr(b.root(), "fontname", "Helvetica");
  b.DefaultNodeAttr("fontname", "Helvetica");
  b.DefaultEdgeAttr("fontname", "Helvetica");
  b.DefaultNodeAttr("fontsize", "10");
  b.DefaultEdgeAttr("fontsize", "9");
}

Agnode_t* AddSource(DotBuilder& b, Agraph_t* where, const ClaimGraph& g, SourceId id) {
  Agnode_t* n = b.Node(where, SourceNode(g, id));
  const Source& s = g.sources()[id];
  b.Set(n, "shape", "ellipse");
  b.Set(n, "style", "filled");
  b.Set(n, "fillcolor", std::string(NodeColor(g, g.SourceVertex(id))));
  b.Set(n, "label", DotLabelText(g.SourceName(id)));
  b.Set(n, "tooltip", std::string(Name(s.kind)));
  return n;
}

Agnode_t* AddClaim(DotBuilder& b, Agraph_t* where, const ClaimGraph& g, ClaimId id) {
  Agnode_t* n = b.Node(where, ClaimNode(g, id));
  const Claim& c = g.claims()[id];
  b.Set(n, "shape", "box");
  b.Set(n, "style", "rounded");
  b.Set(n, "label",
        DotLabelText(FigureText(g, id) + "\n" + std::string(g.Str(c.proposition))));
  b.Set(n, "tooltip", DotLabelText(std::string(g.Str(c.id)) + " " + c.interval.ToString()));
  return n;
}

Agnode_t* AddDocument(DotBuilder& b, const ClaimGraph& g, DocumentId id) {
  Agnode_t* n = b.Node(b.root(), DocumentNode(g, id));
  b.Set(n, "shape", "note");
  b.Set(n, "label", DotLabelText(NodeLabel(g, g.DocumentVertex(id))));
  return n;
}

void StanceEdge(DotBuilder& b, const ClaimGraph& g, Agnode_t* source, Agnode_t* claim,
                const Stance& s, const std::string& label) {
  Agedge_t* e = b.Edge(b.root(), source, claim);
  if (s.kind == StanceKind::kDisputes) {
    b.Set(e, "color", "red");
    b.Set(e, "style", "dashed");
    b.Set(e, "label", "disputes");
  } else {
    b.Set(e, "style", "solid");
    if (!label.empty()) b.Set(e, "label", label);
  }
  if (s.quote != 0) b.Set(e, "tooltip", DotLabelText(g.Text(s.quote)));
}

void ConflictEdge(DotBuilder& b, bool revision, Agnode_t* a, Agnode_t* b_node) {
  Agedge_t* e = b.Edge(b.root(), a, b_node);
  if (revision) {
    b.Set(e, "color", "gray50");
    b.Set(e, "label", "revised");
  } else {
    b.Set(e, "color", "red");
    b.Set(e, "penwidth", "2.5");
    b.Set(e, "dir", "none");
    b.Set(e, "style", "bold");
    b.Set(e, "label", "disjoint");
    b.Set(e, "fontcolor", "red");
  }
  b.Set(e, "constraint", "false");
}

}  // namespace

std::string DotLabelText(std::string_view text) {
  std::string out;
  out.reserve(text.size());
  for (char c : text) {
    if (c == '\\') {
      out += "\\\\";
    } else if (c == '\n') {
      out += "\\n";
    } else if (c == '\r') {
      // dropped: "\r" has no meaning in a label
    } else {
      out += c;
    }
  }
  return out;
}

Status CheckDiagramSize(const ClaimGraph& graph, const ExportOptions& options) {
  size_t nodes = ViewNodeCount(graph, options.scope);
  if (nodes <= options.max_nodes) return Status();
  return Status::Usage(
      "the diagram would draw " + std::to_string(nodes) + " nodes, more than the limit of " +
      std::to_string(options.max_nodes) +
      ": narrow it with --proposition KEY, --focus CLAIM_ID [--depth N] or --conflicts-only, "
      "or raise the limit with --max-nodes N (data formats: graphml, gexf, cytoscape, json "
      "have no limit)");
}

DotDiagram::DotDiagram() = default;
DotDiagram::~DotDiagram() = default;

Agraph_s* DotDiagram::graph() { return builder_->root(); }

Status DotDiagram::WriteDot(std::ostream& out) { return builder_->WriteTo(out); }

Result<std::unique_ptr<DotDiagram>> DotDiagram::Build(const ClaimGraph& g, const Scope* scope) {
  std::unique_ptr<DotDiagram> diagram(new DotDiagram());
  diagram->builder_ = std::make_unique<DotBuilder>("claimgraph");
  DotBuilder& b = *diagram->builder_;
  if (!b.ok()) return Status::Internal("libcgraph could not open a graph");
  StyleDefaults(b);
  GraphView view = BuildView(g, scope);
  // Indexed by vertex; null for vertices outside the view.
  std::vector<Agnode_t*> nodes(g.num_sources() + g.num_documents() + g.num_claims(), nullptr);
  for (ClaimGraph::Vertex v : view.nodes) {
    uint32_t i = g.IndexOf(v);
    switch (g.KindOf(v)) {
      case EntityKind::kSource:
        nodes[v] = AddSource(b, b.root(), g, i);
        break;
      case EntityKind::kDocument:
        nodes[v] = AddDocument(b, g, i);
        break;
      case EntityKind::kClaim:
      case EntityKind::kStance:
        nodes[v] = AddClaim(b, b.root(), g, i);
        break;
    }
  }
  for (const ViewEdge& e : view.edges) {
    Agnode_t* tail = nodes[e.tail];
    Agnode_t* head = nodes[e.head];
    switch (e.kind) {
      case EdgeKind::kAsserts:
      case EdgeKind::kDisputes:
        StanceEdge(b, g, tail, head, g.stances()[e.stance], DotLabelText(EdgeLabel(g, e)));
        break;
      case EdgeKind::kAttributed:
      case EdgeKind::kDerived:
      case EdgeKind::kAuthored: {
        Agedge_t* edge = b.Edge(b.root(), tail, head);
        b.Set(edge, "style", "dotted");
        b.Set(edge, "label", DotLabelText(EdgeLabel(g, e)));
        break;
      }
      case EdgeKind::kDisjoint:
      case EdgeKind::kRevision:
        ConflictEdge(b, e.kind == EdgeKind::kRevision, tail, head);
        break;
    }
  }
  return diagram;
}

Status DotExporter::Write(const ClaimGraph& g, std::ostream& out) {
  CG_RETURN_IF_ERROR(CheckDiagramSize(g, options_));
  Result<std::unique_ptr<DotDiagram>> diagram = DotDiagram::Build(g, options_.scope);
  if (!diagram.ok()) return diagram.status();
  return (*diagram)->WriteDot(out);
}

Status DotCheckWriter::Write(const CheckResult& r, std::ostream& out) {
  const ClaimGraph& g = r.graph;
  DotBuilder b("contradictions");
  if (!b.ok()) return Status::Internal("libcgraph could not open a graph");
  StyleDefaults(b);
  // Claims in a finding, by group; sources that assert or dispute them.
  std::vector<Agnode_t*> claims(g.num_claims(), nullptr), sources(g.num_sources(), nullptr);
  std::vector<Agraph_t*> clusters(g.groups().size(), nullptr);
  auto place = [&](ClaimId c, uint32_t group) {
    if (claims[c]) return;
    if (!clusters[group]) {
      const PropositionGroup& pg = g.groups()[group];
      std::string label(g.Str(pg.proposition));
      if (pg.unit != kNoSymbol) label += " (" + std::string(g.Str(pg.unit)) + ")";
      clusters[group] = b.Subgraph("cluster_" + std::to_string(group));
      b.Set(clusters[group], "label", DotLabelText(label));
      b.Set(clusters[group], "style", "rounded");
      b.Set(clusters[group], "color", "gray60");
    }
    claims[c] = AddClaim(b, clusters[group], g, c);
  };
  for (const Contradiction& c : r.report.items) {
    place(c.a, c.group);
    if (c.b != kNone) place(c.b, c.group);
  }
  for (ClaimId c = 0; c < g.num_claims(); ++c) {
    if (!claims[c]) continue;
    for (const Stance& s : g.StancesOf(c)) {
      if (!sources[s.source]) sources[s.source] = AddSource(b, b.root(), g, s.source);
      StanceEdge(b, g, sources[s.source], claims[c], s, "");
    }
  }
  for (const Contradiction& c : r.report.items) {
    if (c.kind != ContradictionKind::kDispute) {
      ConflictEdge(b, c.kind == ContradictionKind::kRevision, claims[c.a], claims[c.b]);
    }
  }
  return b.WriteTo(out);
}

}  // namespace claimgraph
