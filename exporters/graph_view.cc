#include "exporters/graph_view.h"

#include "core/analysis/contradictions.h"
#include "core/analysis/provenance.h"
#include "core/analysis/scope.h"
#include "exporters/figure_text.h"

namespace claimgraph {
namespace {

// Key indices; the order of the tables below.
enum NodeKey : uint32_t {
  kKind,
  kLabel,
  kEntityId,
  kName,
  kSourceKind,
  kAliases,
  kTitle,
  kPublished,
  kUrl,
  kLanguage,
  kProposition,
  kQualifier,
  kValue,
  kMin,
  kMax,
  kInterval,
  kUnit,
  kClaimScope,
  kAsOf,
  kText,
};
enum EdgeKey : uint32_t {
  kRelation,
  kEdgeLabel,
  kStance,
  kDocument,
  kQuote,
  kAttributedTo,
  kDerivation,
};

}  // namespace

const std::vector<AttrKey>& NodeAttrKeys() {
  static const std::vector<AttrKey> keys = {
      {"kind", AttrType::kString},        {"label", AttrType::kString},
      {"entity_id", AttrType::kString},   {"name", AttrType::kString},
      {"source_kind", AttrType::kString}, {"aliases", AttrType::kString},
      {"title", AttrType::kString},       {"published", AttrType::kString},
      {"url", AttrType::kString},         {"language", AttrType::kString},
      {"proposition", AttrType::kString}, {"qualifier", AttrType::kString},
      {"value", AttrType::kDouble},       {"min", AttrType::kDouble},
      {"max", AttrType::kDouble},         {"interval", AttrType::kString},
      {"unit", AttrType::kString},        {"scope", AttrType::kString},
      {"as_of", AttrType::kString},       {"text", AttrType::kString},
  };
  return keys;
}

const std::vector<AttrKey>& EdgeAttrKeys() {
  static const std::vector<AttrKey> keys = {
      {"relation", AttrType::kString}, {"label", AttrType::kString},
      {"stance", AttrType::kString},   {"document", AttrType::kString},
      {"quote", AttrType::kString},    {"attributed_to", AttrType::kString},
      {"derivation", AttrType::kString},
  };
  return keys;
}

GraphView BuildView(const ClaimGraph& g, const Scope* scope) {
  GraphView view;
  const uint32_t n = g.num_sources() + g.num_documents() + g.num_claims();
  auto in = [&](ClaimGraph::Vertex v) { return scope == nullptr || scope->HasVertex(g, v); };
  for (ClaimGraph::Vertex v = 0; v < n; ++v) {
    if (in(v)) view.nodes.push_back(v);
  }
  auto add = [&](EdgeKind kind, ClaimGraph::Vertex tail, ClaimGraph::Vertex head, StanceId s) {
    if (in(tail) && in(head)) view.edges.push_back(ViewEdge{kind, tail, head, s});
  };
  for (DocumentId d = 0; d < g.num_documents(); ++d) {
    for (SourceId author : g.AuthorsOf(d)) {
      add(EdgeKind::kAuthored, g.DocumentVertex(d), g.SourceVertex(author), kNone);
    }
    DocumentId parent = g.documents()[d].derived_from;
    if (parent != kNone) add(EdgeKind::kDerived, g.DocumentVertex(d), g.DocumentVertex(parent), kNone);
  }
  for (StanceId i = 0; i < g.num_stances(); ++i) {
    if (scope != nullptr && !scope->HasStance(i)) continue;
    const Stance& s = g.stances()[i];
    add(s.kind == StanceKind::kDisputes ? EdgeKind::kDisputes : EdgeKind::kAsserts,
        g.SourceVertex(s.source), g.ClaimVertex(s.claim), i);
    if (s.attributed_to != kNone) {
      add(EdgeKind::kAttributed, g.ClaimVertex(s.claim), g.SourceVertex(s.attributed_to), i);
    }
  }
  ContradictionReport report = FindContradictions(g, Provenance::Compute(g));
  for (const Contradiction& c : report.items) {
    if (c.kind == ContradictionKind::kDispute) continue;
    add(c.kind == ContradictionKind::kRevision ? EdgeKind::kRevision : EdgeKind::kDisjoint,
        g.ClaimVertex(c.a), g.ClaimVertex(c.b), kNone);
  }
  return view;
}

size_t ViewNodeCount(const ClaimGraph& g, const Scope* scope) {
  if (scope != nullptr) return scope->num_nodes();
  return size_t{g.num_sources()} + g.num_documents() + g.num_claims();
}

std::string_view NodeClass(const ClaimGraph& g, ClaimGraph::Vertex v) {
  switch (g.KindOf(v)) {
    case EntityKind::kSource:
      return "source";
    case EntityKind::kDocument:
      return "document";
    case EntityKind::kClaim:
    case EntityKind::kStance:
      break;
  }
  return "claim";
}

std::string_view EdgeClass(EdgeKind kind) {
  switch (kind) {
    case EdgeKind::kAsserts:
      return "asserts";
    case EdgeKind::kDisputes:
      return "disputes";
    case EdgeKind::kAttributed:
      return "attributed";
    case EdgeKind::kDerived:
      return "derived";
    case EdgeKind::kAuthored:
      return "authored";
    case EdgeKind::kDisjoint:
      return "disjoint";
    case EdgeKind::kRevision:
      return "revision";
  }
  return "asserts";
}

std::string_view RelationName(EdgeKind kind) {
  switch (kind) {
    case EdgeKind::kAttributed:
      return "attributed_to";
    case EdgeKind::kDerived:
      return "derived_from";
    case EdgeKind::kAuthored:
      return "authored_by";
    default:
      return EdgeClass(kind);
  }
}

std::string_view NodeColor(const ClaimGraph& g, ClaimGraph::Vertex v) {
  switch (g.KindOf(v)) {
    case EntityKind::kSource:
      return kSourceFill;
    case EntityKind::kDocument:
      return kDocumentFill;
    case EntityKind::kClaim:
    case EntityKind::kStance:
      break;
  }
  return kClaimFill;
}

std::string_view NodeBorderColor(const ClaimGraph& g, ClaimGraph::Vertex v) {
  if (g.KindOf(v) == EntityKind::kSource) return SourceKindColor(g.sources()[g.IndexOf(v)].kind);
  return "#000000";
}

std::string_view SourceKindColor(SourceKind kind) {
  switch (kind) {
    case SourceKind::kPerson:
      return "#b35806";
    case SourceKind::kOrganisation:
      return "#1b7837";
    case SourceKind::kOutlet:
      return "#2166ac";
    case SourceKind::kGovernment:
      return "#762a83";
    case SourceKind::kUnknown:
      break;
  }
  return "#808080";
}

std::string_view EdgeColor(EdgeKind kind) {
  switch (kind) {
    case EdgeKind::kDisputes:
    case EdgeKind::kDisjoint:
      return "#ff0000";
    case EdgeKind::kRevision:
      return "#7f7f7f";
    case EdgeKind::kAsserts:
      return "#333333";
    case EdgeKind::kAttributed:
    case EdgeKind::kDerived:
    case EdgeKind::kAuthored:
      break;
  }
  return "#a0a0a0";
}

std::string_view EdgeLineStyle(EdgeKind kind) {
  switch (kind) {
    case EdgeKind::kDisputes:
      return "dashed";
    case EdgeKind::kAttributed:
    case EdgeKind::kDerived:
    case EdgeKind::kAuthored:
      return "dotted";
    default:
      return "solid";
  }
}

std::string_view NodeShape(const ClaimGraph& g, ClaimGraph::Vertex v) {
  switch (g.KindOf(v)) {
    case EntityKind::kSource:
      return "ellipse";
    case EntityKind::kDocument:
      return "note";
    default:
      return "box";
  }
}

std::string NodeId(const ClaimGraph& g, ClaimGraph::Vertex v) {
  uint32_t i = g.IndexOf(v);
  switch (g.KindOf(v)) {
    case EntityKind::kSource:
      return "source:" + std::string(g.Str(g.sources()[i].id));
    case EntityKind::kDocument:
      return "doc:" + std::string(g.Str(g.documents()[i].id));
    case EntityKind::kClaim:
    case EntityKind::kStance:
      break;
  }
  return "claim:" + std::string(g.Str(g.claims()[i].id));
}

std::string NodeLabel(const ClaimGraph& g, ClaimGraph::Vertex v) {
  uint32_t i = g.IndexOf(v);
  switch (g.KindOf(v)) {
    case EntityKind::kSource:
      return std::string(g.SourceName(i));
    case EntityKind::kDocument: {
      const Document& doc = g.documents()[i];
      std::string label(g.Str(doc.title != kNoSymbol ? doc.title : doc.id));
      if (doc.published.known()) label += "\n" + doc.published.ToString();
      return label;
    }
    case EntityKind::kClaim:
    case EntityKind::kStance:
      break;
  }
  return FigureText(g, i) + "\n" + std::string(g.Str(g.claims()[i].proposition));
}

std::string EdgeLabel(const ClaimGraph& g, const ViewEdge& e) {
  switch (e.kind) {
    case EdgeKind::kAsserts:
      return "in " + std::string(g.Str(g.documents()[g.stances()[e.stance].document].id));
    case EdgeKind::kDisputes:
      return "disputes";
    case EdgeKind::kAttributed:
    case EdgeKind::kAuthored:
      return "wasAttributedTo";
    case EdgeKind::kDerived: {
      std::string how(Name(g.documents()[g.IndexOf(e.tail)].derivation));
      return how.empty() ? "wasDerivedFrom" : "wasDerivedFrom (" + how + ")";
    }
    case EdgeKind::kDisjoint:
      return "disjoint";
    case EdgeKind::kRevision:
      return "revised";
  }
  return "";
}

std::vector<AttrValue> NodeAttrs(const ClaimGraph& g, ClaimGraph::Vertex v) {
  std::vector<AttrValue> out;
  auto text = [&](uint32_t key, std::string value) {
    out.push_back(AttrValue{key, std::move(value), 0});
  };
  auto symbol = [&](uint32_t key, Symbol s) {
    if (s != kNoSymbol) text(key, std::string(g.Str(s)));
  };
  auto date = [&](uint32_t key, Date d) {
    if (d.known()) text(key, d.ToString());
  };
  auto number = [&](uint32_t key, double x) { out.push_back(AttrValue{key, {}, x}); };
  const uint32_t i = g.IndexOf(v);
  text(kKind, std::string(NodeClass(g, v)));
  text(kLabel, NodeLabel(g, v));
  switch (g.KindOf(v)) {
    case EntityKind::kSource: {
      const Source& s = g.sources()[i];
      symbol(kEntityId, s.id);
      text(kName, std::string(g.SourceName(i)));
      text(kSourceKind, std::string(Name(s.kind)));
      std::string aliases;
      for (Symbol alias : g.AliasesOf(i)) {
        if (!aliases.empty()) aliases += "; ";
        aliases += g.Str(alias);
      }
      if (!aliases.empty()) text(kAliases, aliases);
      break;
    }
    case EntityKind::kDocument: {
      const Document& d = g.documents()[i];
      symbol(kEntityId, d.id);
      symbol(kTitle, d.title);
      date(kPublished, d.published);
      symbol(kUrl, d.url);
      symbol(kLanguage, d.language);
      break;
    }
    case EntityKind::kClaim:
    case EntityKind::kStance: {
      const Claim& c = g.claims()[i];
      symbol(kEntityId, c.id);
      symbol(kProposition, c.proposition);
      text(kQualifier, std::string(Name(c.qualifier)));
      number(kValue, c.value);
      if (c.interval.lo_bounded()) number(kMin, c.interval.lo);
      if (c.interval.hi_bounded()) number(kMax, c.interval.hi);
      text(kInterval, c.interval.ToString());
      symbol(kUnit, c.unit);
      symbol(kClaimScope, c.scope);
      date(kAsOf, c.as_of);
      symbol(kText, c.text);
      break;
    }
  }
  return out;
}

std::vector<AttrValue> EdgeAttrs(const ClaimGraph& g, const ViewEdge& e) {
  std::vector<AttrValue> out;
  auto text = [&](uint32_t key, std::string value) {
    out.push_back(AttrValue{key, std::move(value), 0});
  };
  text(kRelation, std::string(RelationName(e.kind)));
  text(kEdgeLabel, EdgeLabel(g, e));
  if (e.stance != kNone) {
    const Stance& s = g.stances()[e.stance];
    if (s.id != kNoSymbol) text(kStance, std::string(g.Str(s.id)));
    text(kDocument, std::string(g.Str(g.documents()[s.document].id)));
    if (s.quote != 0) text(kQuote, std::string(g.Text(s.quote)));
    if (s.attributed_to != kNone) {
      text(kAttributedTo, std::string(g.Str(g.sources()[s.attributed_to].id)));
    }
  }
  if (e.kind == EdgeKind::kDerived) {
    std::string how(Name(g.documents()[g.IndexOf(e.tail)].derivation));
    if (!how.empty()) text(kDerivation, how);
  }
  return out;
}

}  // namespace claimgraph
