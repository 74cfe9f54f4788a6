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
#include "exporters/interval_order.h"

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

  // Declares the attribute on the root (default "") when it is new, then sets it
  // on this (sub)graph. Declaring again would reset the root's own value.
  void GraphAttr(Agraph_t* g, std::string name, std::string value) { Set(g, name, value); }
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
  Agraph_t* Subgraph(Agraph_t* parent, std::string name) {
    return agsubg(parent, name.data(), 1);
  }
  // Makes an existing node a member of a subgraph as well.
  Agnode_t* Attach(Agraph_t* subgraph, Agnode_t* node) { return agsubnode(subgraph, node, 1); }
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
  // Top to bottom, so that a rank of claims ordered by value reads left to right.
  b.GraphAttr(b.root(), "rankdir", "TB");
  b.GraphAttr(b.root(), "fontname", "Helvetica");
  // Room between neighbours on a rank for a disjoint pair's red line and label.
  b.GraphAttr(b.root(), "nodesep", "0.4");
  // dot's last crossing-minimisation pass over a graph with clusters ignores the
  // flat edges inside them and would undo the value order of a cluster's row.
  b.GraphAttr(b.root(), "remincross", "false");
  b.DefaultNodeAttr("fontname", "Helvetica");
  b.DefaultEdgeAttr("fontname", "Helvetica");
  b.DefaultNodeAttr("fontsize", "10");
  b.DefaultEdgeAttr("fontsize", "9");
}

// The look of each element, shared by the data and the legend so they cannot
// drift apart. Labels are DOT label text (DotLabelText).
void StyleClaim(DotBuilder& b, Agnode_t* n, const std::string& label) {
  b.Set(n, "shape", "box");
  b.Set(n, "style", "rounded,filled");
  b.Set(n, "fillcolor", std::string(kClaimFill));
  b.Set(n, "label", label);
}

void StyleSource(DotBuilder& b, Agnode_t* n, SourceKind kind, const std::string& label) {
  b.Set(n, "shape", "ellipse");
  b.Set(n, "style", "filled");
  b.Set(n, "fillcolor", std::string(kSourceFill));
  b.Set(n, "color", std::string(SourceKindColor(kind)));
  b.Set(n, "penwidth", "2");
  b.Set(n, "label", label);
  b.Set(n, "tooltip", std::string(Name(kind)));
}

void StyleDocument(DotBuilder& b, Agnode_t* n, const std::string& label) {
  b.Set(n, "shape", "note");
  b.Set(n, "style", "filled");
  b.Set(n, "fillcolor", std::string(kDocumentFill));
  b.Set(n, "label", label);
}

void StyleStance(DotBuilder& b, Agedge_t* e, bool disputes, const std::string& label) {
  if (disputes) {
    b.Set(e, "color", "red");
    b.Set(e, "style", "dashed");
    b.Set(e, "label", "disputes");
  } else {
    b.Set(e, "style", "solid");
    if (!label.empty()) b.Set(e, "label", label);
  }
}

// Edges that leave the ranks to the rest (conflicts, and a claim's credit to a
// source) carry their text as an `xlabel`, placed after layout. Such an edge can
// join two nodes of one rank, and Graphviz 2.42/2.43 mishandles a labelled flat
// edge: `dot` loses it ("lost ... edge") or frees its layout twice.
void OffRank(DotBuilder& b, Agedge_t* e, const std::string& text) {
  b.Set(e, "constraint", "false");
  b.Set(e, "xlabel", text);
}

// wasAttributedTo, wasDerivedFrom. `off_rank` for a claim's credit to a source
// that also asserts or disputes: ranked, the edge would close a cycle (claim ->
// credited source -> a claim of the same row) in which dot loses the value order
// of the row. A source only credited stays ranked, below the claims crediting it.
void StyleProvenance(DotBuilder& b, Agedge_t* e, const std::string& label, bool off_rank) {
  b.Set(e, "style", "dotted");
  if (off_rank) {
    OffRank(b, e, label);
  } else {
    b.Set(e, "label", label);
  }
}

void StyleConflict(DotBuilder& b, Agedge_t* e, bool revision) {
  if (revision) {
    b.Set(e, "color", "gray50");
    OffRank(b, e, "revised");
  } else {
    b.Set(e, "color", "red");
    b.Set(e, "penwidth", "2.5");
    b.Set(e, "dir", "none");
    b.Set(e, "style", "bold");
    b.Set(e, "fontcolor", "red");
    OffRank(b, e, "disjoint");
  }
  // Weight 0: no say in the left-to-right order the value row sets.
  b.Set(e, "weight", "0");
}

Agnode_t* AddSource(DotBuilder& b, Agraph_t* where, const ClaimGraph& g, SourceId id) {
  Agnode_t* n = b.Node(where, SourceNode(g, id));
  StyleSource(b, n, g.sources()[id].kind, DotLabelText(g.SourceName(id)));
  return n;
}

Agnode_t* AddClaim(DotBuilder& b, Agraph_t* where, const ClaimGraph& g, ClaimId id) {
  Agnode_t* n = b.Node(where, ClaimNode(g, id));
  const Claim& c = g.claims()[id];
  StyleClaim(b, n, DotLabelText(FigureText(g, id) + "\n" + std::string(g.Str(c.proposition))));
  b.Set(n, "tooltip", DotLabelText(std::string(g.Str(c.id)) + " " + c.interval.ToString()));
  return n;
}

Agnode_t* AddDocument(DotBuilder& b, const ClaimGraph& g, DocumentId id) {
  Agnode_t* n = b.Node(b.root(), DocumentNode(g, id));
  StyleDocument(b, n, DotLabelText(NodeLabel(g, g.DocumentVertex(id))));
  return n;
}

void StanceEdge(DotBuilder& b, const ClaimGraph& g, Agnode_t* source, Agnode_t* claim,
                const Stance& s, const std::string& label) {
  Agedge_t* e = b.Edge(b.root(), source, claim);
  StyleStance(b, e, s.kind == StanceKind::kDisputes, label);
  if (s.quote != 0) b.Set(e, "tooltip", DotLabelText(g.Text(s.quote)));
}

void ConflictEdge(DotBuilder& b, bool revision, Agnode_t* a, Agnode_t* b_node) {
  StyleConflict(b, b.Edge(b.root(), a, b_node), revision);
}

// Puts `nodes` on one rank of `parent`, in this order: dot keeps the tail of a
// flat edge left of its head, so a chain of invisible, heavy edges holds the
// order and pulls neighbours together. Other engines ignore ranks; to them the
// chain is a few light springs between neighbouring values.
void SameRankInOrder(DotBuilder& b, Agraph_t* parent, const std::string& name,
                     const std::vector<Agnode_t*>& nodes) {
  if (nodes.size() < 2) return;
  Agraph_t* row = b.Subgraph(parent, name);
  b.GraphAttr(row, "rank", "same");
  Agnode_t* previous = nullptr;
  for (Agnode_t* node : nodes) {
    b.Attach(row, node);
    if (previous != nullptr) {
      Agedge_t* e = b.Edge(row, previous, node);
      b.Set(e, "style", "invis");
      b.Set(e, "weight", "10");
    }
    previous = node;
  }
}

// The claims of one group, drawn as `nodes` (indexed by claim), on one rank in
// value order.
void ValueRow(DotBuilder& b, Agraph_t* parent, const ClaimGraph& g, uint32_t group,
              std::vector<ClaimId> claims, const std::vector<Agnode_t*>& nodes) {
  if (claims.size() < 2) return;
  SortByValue(g, &claims);
  std::vector<Agnode_t*> row;
  for (ClaimId c : claims) row.push_back(nodes[c]);
  // Named by group index, not by proposition: cgraph 2.42 writes a name holding
  // a backslash before a quote in a form its own parser rejects.
  SameRankInOrder(b, parent, "values_" + std::to_string(group), row);
}

std::vector<uint32_t> GroupOfClaim(const ClaimGraph& g) {
  std::vector<uint32_t> group_of(g.num_claims(), 0);
  for (uint32_t i = 0; i < g.groups().size(); ++i) {
    for (ClaimId c : g.ClaimsOf(g.groups()[i])) group_of[c] = i;
  }
  return group_of;
}

// One sample of each element of the visual language, drawn with the same
// styles as the data, in a cluster of its own.
void AddLegend(DotBuilder& b) {
  Agraph_t* legend = b.Subgraph(b.root(), "cluster_legend");
  b.GraphAttr(legend, "label", "Legend");
  b.GraphAttr(legend, "style", "rounded");
  b.GraphAttr(legend, "color", "gray60");
  auto node = [&](std::string_view name) {
    return b.Node(legend, std::string(kLegendPrefix) + std::string(name));
  };
  auto claim = [&](std::string_view name, std::string_view label) {
    Agnode_t* n = node(name);
    StyleClaim(b, n, DotLabelText(label));
    return n;
  };
  auto source = [&](SourceKind kind) {
    Agnode_t* n = node(Name(kind));
    StyleSource(b, n, kind, DotLabelText("source: " + std::string(Name(kind))));
    return n;
  };
  auto document = [&](std::string_view name, std::string_view label) {
    Agnode_t* n = node(name);
    StyleDocument(b, n, DotLabelText(label));
    return n;
  };
  Agnode_t* person = source(SourceKind::kPerson);
  Agnode_t* organisation = source(SourceKind::kOrganisation);
  Agnode_t* government = source(SourceKind::kGovernment);
  Agnode_t* outlet = source(SourceKind::kOutlet);
  Agnode_t* unknown = source(SourceKind::kUnknown);
  Agnode_t* figure = claim("claim", "claim: the figure as worded\nproposition");
  Agnode_t* other = claim("disjoint-claim", "a figure that cannot\nalso be true");
  Agnode_t* old_figure = claim("old-figure", "old figure");
  Agnode_t* new_figure = claim("new-figure", "new figure, same origin");
  Agnode_t* doc = document("document", "document\ntitle, date");
  Agnode_t* parent = document("parent-document", "the document\nit was taken from");

  StyleStance(b, b.Edge(legend, person, figure), false, "asserts: in DOCUMENT");
  StyleStance(b, b.Edge(legend, organisation, figure), true, "");
  StyleProvenance(b, b.Edge(legend, figure, government), "wasAttributedTo (credited)", false);
  StyleProvenance(b, b.Edge(legend, doc, outlet), "wasAttributedTo (author)", false);
  StyleProvenance(b, b.Edge(legend, doc, parent), "wasDerivedFrom (translation)", false);
  StyleProvenance(b, b.Edge(legend, parent, unknown), "wasAttributedTo", false);
  StyleConflict(b, b.Edge(legend, figure, other), false);
  StyleConflict(b, b.Edge(legend, old_figure, new_figure), true);
  SameRankInOrder(b, legend, "legend_disjoint", {figure, other});
  SameRankInOrder(b, legend, "legend_revision", {old_figure, new_figure});
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

Result<std::unique_ptr<DotDiagram>> DotDiagram::Build(const ClaimGraph& g, const Scope* scope,
                                                      bool legend) {
  std::unique_ptr<DotDiagram> diagram(new DotDiagram());
  diagram->builder_ = std::make_unique<DotBuilder>("claimgraph");
  DotBuilder& b = *diagram->builder_;
  if (!b.ok()) return Status::Internal("libcgraph could not open a graph");
  StyleDefaults(b);
  GraphView view = BuildView(g, scope);
  // Indexed by vertex; null for vertices outside the view.
  std::vector<Agnode_t*> nodes(g.num_sources() + g.num_documents() + g.num_claims(), nullptr);
  std::vector<bool> drawn_claims(g.num_claims(), false);
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
        drawn_claims[i] = true;
        break;
    }
  }
  const std::vector<uint32_t> group_of = GroupOfClaim(g);
  {
    std::vector<Agnode_t*> claim_nodes(g.num_claims(), nullptr);
    for (ClaimId c = 0; c < g.num_claims(); ++c) claim_nodes[c] = nodes[g.ClaimVertex(c)];
    for (uint32_t group = 0; group < g.groups().size(); ++group) {
      std::vector<ClaimId> claims;
      for (ClaimId c : g.ClaimsOf(g.groups()[group])) {
        if (drawn_claims[c]) claims.push_back(c);
      }
      ValueRow(b, b.root(), g, group, std::move(claims), claim_nodes);
    }
  }
  std::vector<DisjointPair> pairs;
  for (const ViewEdge& e : view.edges) {
    if (e.kind != EdgeKind::kDisjoint) continue;
    const ClaimId first = g.IndexOf(e.tail), second = g.IndexOf(e.head);
    pairs.push_back(DisjointPair{group_of[first], first, second});
  }
  DisjointPairSelection selection = SelectDisjointPairs(g, pairs, drawn_claims);
  std::vector<bool> takes_stance(g.num_sources(), false);
  for (const ViewEdge& e : view.edges) {
    if (e.kind == EdgeKind::kAsserts || e.kind == EdgeKind::kDisputes) {
      takes_stance[g.IndexOf(e.tail)] = true;
    }
  }
  size_t disjoint_index = 0;
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
      case EdgeKind::kAuthored:
        StyleProvenance(b, b.Edge(b.root(), tail, head), DotLabelText(EdgeLabel(g, e)),
                        e.kind == EdgeKind::kAttributed && takes_stance[g.IndexOf(e.head)]);
        break;
      case EdgeKind::kDisjoint:
        if (!selection.draw[disjoint_index++]) continue;
        ConflictEdge(b, false, tail, head);
        break;
      case EdgeKind::kRevision:
        ConflictEdge(b, true, tail, head);
        break;
    }
    ++diagram->num_edges_;
  }
  std::string note = DisjointPairNote(selection.pairs, selection.drawn, selection.any_nearest);
  if (!note.empty()) {
    b.GraphAttr(b.root(), "label", DotLabelText(note));
    b.GraphAttr(b.root(), "labelloc", "t");
  }
  if (legend) AddLegend(b);
  diagram->num_nodes_ = view.nodes.size();
  return diagram;
}

Result<std::unique_ptr<DotDiagram>> DotDiagram::BuildCheck(const CheckResult& r, bool legend) {
  const ClaimGraph& g = r.graph;
  std::unique_ptr<DotDiagram> diagram(new DotDiagram());
  diagram->builder_ = std::make_unique<DotBuilder>("contradictions");
  DotBuilder& b = *diagram->builder_;
  if (!b.ok()) return Status::Internal("libcgraph could not open a graph");
  StyleDefaults(b);
  // Claims in a finding, by group; sources that assert or dispute them.
  std::vector<Agnode_t*> claims(g.num_claims(), nullptr), sources(g.num_sources(), nullptr);
  std::vector<Agraph_t*> clusters(g.groups().size(), nullptr);
  std::vector<bool> drawn_claims(g.num_claims(), false);
  auto place = [&](ClaimId c, uint32_t group) {
    if (claims[c]) return;
    if (!clusters[group]) {
      clusters[group] = b.Subgraph(b.root(), "cluster_" + std::to_string(group));
      b.Set(clusters[group], "style", "rounded");
      b.Set(clusters[group], "color", "gray60");
    }
    claims[c] = AddClaim(b, clusters[group], g, c);
    drawn_claims[c] = true;
    ++diagram->num_nodes_;
  };
  std::vector<DisjointPair> pairs;
  for (const Contradiction& c : r.report.items) {
    place(c.a, c.group);
    if (c.b != kNone) place(c.b, c.group);
    if (c.kind == ContradictionKind::kDisjoint) pairs.push_back(DisjointPair{c.group, c.a, c.b});
  }
  DisjointPairSelection selection = SelectDisjointPairs(g, pairs, drawn_claims);
  size_t reduced = 0;
  for (uint32_t group = 0; group < g.groups().size(); ++group) {
    if (!clusters[group]) continue;
    const PropositionGroup& pg = g.groups()[group];
    std::string label(g.Str(pg.proposition));
    if (pg.unit != kNoSymbol) label += " (" + std::string(g.Str(pg.unit)) + ")";
    if (reduced < selection.reduced.size() && selection.reduced[reduced].group == group) {
      const GroupReduction& cut = selection.reduced[reduced++];
      std::string note = DisjointPairNote(cut.pairs, cut.drawn, cut.rule == PairsDrawn::kNearest);
      if (!note.empty()) label += "\n" + note;
    }
    b.Set(clusters[group], "label", DotLabelText(label));
    std::vector<ClaimId> members;
    for (ClaimId c : g.ClaimsOf(pg)) {
      if (drawn_claims[c]) members.push_back(c);
    }
    ValueRow(b, clusters[group], g, group, std::move(members), claims);
  }
  for (ClaimId c = 0; c < g.num_claims(); ++c) {
    if (!claims[c]) continue;
    for (const Stance& s : g.StancesOf(c)) {
      if (!sources[s.source]) {
        sources[s.source] = AddSource(b, b.root(), g, s.source);
        ++diagram->num_nodes_;
      }
      StanceEdge(b, g, sources[s.source], claims[c], s, "");
      ++diagram->num_edges_;
    }
  }
  size_t disjoint_index = 0;
  for (const Contradiction& c : r.report.items) {
    if (c.kind == ContradictionKind::kDispute) continue;
    if (c.kind == ContradictionKind::kDisjoint && !selection.draw[disjoint_index++]) continue;
    ConflictEdge(b, c.kind == ContradictionKind::kRevision, claims[c.a], claims[c.b]);
    ++diagram->num_edges_;
  }
  if (legend) AddLegend(b);
  return diagram;
}

Status DotExporter::Write(const ClaimGraph& g, std::ostream& out) {
  CG_RETURN_IF_ERROR(CheckDiagramSize(g, options_));
  Result<std::unique_ptr<DotDiagram>> diagram =
      DotDiagram::Build(g, options_.scope, options_.legend);
  if (!diagram.ok()) return diagram.status();
  return (*diagram)->WriteDot(out);
}

Status DotCheckWriter::Write(const CheckResult& r, std::ostream& out) {
  Result<std::unique_ptr<DotDiagram>> diagram = DotDiagram::BuildCheck(r, legend_);
  if (!diagram.ok()) return diagram.status();
  return (*diagram)->WriteDot(out);
}

}  // namespace claimgraph
