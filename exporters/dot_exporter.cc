#include "exporters/dot_exporter.h"

#include <graphviz/cgraph.h>

#include <memory>
#include <unordered_map>
#include <ostream>
#include <string>
#include <vector>

#include "core/analysis/contradictions.h"
#include "core/analysis/provenance.h"
#include "exporters/figure_text.h"

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

std::string SourceNode(const ClaimGraph& g, SourceId id) {
  return "source:" + std::string(g.Str(g.sources()[id].id));
}
std::string DocumentNode(const ClaimGraph& g, DocumentId id) {
  return "doc:" + std::string(g.Str(g.documents()[id].id));
}
std::string ClaimNode(const ClaimGraph& g, ClaimId id) {
  return "claim:" + std::string(g.Str(g.claims()[id].id));
}

const char* KindFill(SourceKind kind) {
  switch (kind) {
    case SourceKind::kPerson:
      return "#fde4c8";
    case SourceKind::kOrganisation:
      return "#d6e9c6";
    case SourceKind::kOutlet:
      return "#d0e1f9";
    case SourceKind::kGovernment:
      return "#e8d5f0";
    case SourceKind::kUnknown:
      return "#eeeeee";
  }
  return "#eeeeee";
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
  b.Set(n, "fillcolor", KindFill(s.kind));
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

void ConflictEdge(DotBuilder& b, const Contradiction& c,
                  const std::vector<Agnode_t*>& claim_nodes) {
  Agedge_t* e = b.Edge(b.root(), claim_nodes[c.a], claim_nodes[c.b]);
  if (c.kind == ContradictionKind::kRevision) {
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

Status DotExporter::Write(const ClaimGraph& g, std::ostream& out) {
  DotBuilder b("claimgraph");
  if (!b.ok()) return Status::Internal("libcgraph could not open a graph");
  StyleDefaults(b);
  std::vector<Agnode_t*> sources(g.num_sources()), documents(g.num_documents()),
      claims(g.num_claims());
  for (SourceId s = 0; s < g.num_sources(); ++s) sources[s] = AddSource(b, b.root(), g, s);
  for (DocumentId d = 0; d < g.num_documents(); ++d) {
    const Document& doc = g.documents()[d];
    Agnode_t* n = b.Node(b.root(), DocumentNode(g, d));
    b.Set(n, "shape", "note");
    std::string label(g.Str(doc.title != kNoSymbol ? doc.title : doc.id));
    if (doc.published.known()) label += "\n" + doc.published.ToString();
    b.Set(n, "label", DotLabelText(label));
    documents[d] = n;
  }
  for (ClaimId c = 0; c < g.num_claims(); ++c) claims[c] = AddClaim(b, b.root(), g, c);

  for (DocumentId d = 0; d < g.num_documents(); ++d) {
    const Document& doc = g.documents()[d];
    for (SourceId author : g.AuthorsOf(d)) {
      Agedge_t* e = b.Edge(b.root(), documents[d], sources[author]);
      b.Set(e, "style", "dotted");
      b.Set(e, "label", "by");
    }
    if (doc.derived_from != kNone) {
      Agedge_t* e = b.Edge(b.root(), documents[d], documents[doc.derived_from]);
      b.Set(e, "style", "dotted");
      std::string how(Name(doc.derivation));
      b.Set(e, "label", "derived from" + (how.empty() ? "" : " (" + how + ")"));
    }
  }
  for (const Stance& s : g.stances()) {
    StanceEdge(b, g, sources[s.source], claims[s.claim], s,
               "in " + DotLabelText(std::string(g.Str(g.documents()[s.document].id))));
    if (s.attributed_to != kNone) {
      Agedge_t* e = b.Edge(b.root(), claims[s.claim], sources[s.attributed_to]);
      b.Set(e, "style", "dotted");
      b.Set(e, "label", "attributed to");
    }
  }
  Provenance provenance = Provenance::Compute(g);
  ContradictionReport report = FindContradictions(g, provenance);
  for (const Contradiction& c : report.items) {
    if (c.kind != ContradictionKind::kDispute) ConflictEdge(b, c, claims);
  }
  return b.WriteTo(out);
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
    if (c.kind != ContradictionKind::kDispute) ConflictEdge(b, c, claims);
  }
  return b.WriteTo(out);
}

}  // namespace claimgraph
