// The diagram view of a graph every diagram and interchange format writes: which
// nodes and edges there are (the whole graph, or the part a Scope selects), in
// canonical order, with their ids, labels, classes and typed attributes. The
// formats (DOT, GraphML, GEXF, Cytoscape.js) differ only in how they spell it.
//
// Nodes: sources, then documents, then claims, each in index order; ids
// "source:ID", "doc:ID", "claim:ID". Edges, in this order: per document its
// "by" edges to its authors and its "derived from" edge; per stance its
// asserts/disputes edge (source -> claim) and its "attributed to" edge (claim ->
// credited source); then per finding of the contradiction analysis a disjoint pair
// (lower claim -> higher; no meaning in the direction) or a revision (old figure ->
// new). Disputes are drawn as the disputing stance edges. Edge ids "e0", "e1", ...
// number the edges of this view in order.
#ifndef CLAIMGRAPH_EXPORTERS_GRAPH_VIEW_H_
#define CLAIMGRAPH_EXPORTERS_GRAPH_VIEW_H_

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "core/graph.h"

namespace claimgraph {

class Scope;

enum class EdgeKind : uint8_t {
  kAsserts,
  kDisputes,
  kAttributed,
  kDerived,
  kAuthored,
  kDisjoint,
  kRevision,
};

struct ViewEdge {
  EdgeKind kind = EdgeKind::kAsserts;
  ClaimGraph::Vertex tail = 0;
  ClaimGraph::Vertex head = 0;
  StanceId stance = kNone;  // asserts, disputes, attributed
};

struct GraphView {
  std::vector<ClaimGraph::Vertex> nodes;
  std::vector<ViewEdge> edges;
};

// The view of `graph`, or of its part in `scope` (null: all of it). Edges are kept
// when both ends are in scope, and stance edges only when the stance is too.
GraphView BuildView(const ClaimGraph& graph, const Scope* scope);

// Number of nodes the view of `scope` (null: the whole graph) holds, without
// building it.
size_t ViewNodeCount(const ClaimGraph& graph, const Scope* scope);

// "claim", "source", "document"; "asserts", "disputes", "attributed", "derived",
// "authored", "disjoint", "revision": the classes of the diagram language.
std::string_view NodeClass(const ClaimGraph& graph, ClaimGraph::Vertex v);
std::string_view EdgeClass(EdgeKind kind);
// "asserts", "disputes", "attributed_to", "derived_from", "authored_by",
// "disjoint", "revision": the `relation` attribute.
std::string_view RelationName(EdgeKind kind);

// The diagram language's colours ("#rrggbb") and line styles, shared by the
// formats that carry them (DOT, GEXF viz, Cytoscape data). They follow the W3C
// PROV diagram conventions: sources are PROV agents, filled agent orange;
// claims and documents are PROV entities, filled in entity yellow (claims) and
// a paler yellow (documents). A source's kind shows in its border colour
// (SourceKindColor). Disputes and disjoint pairs are red, revisions grey, asserts
// dark grey, the provenance edges (wasAttributedTo, wasDerivedFrom) light grey.
inline constexpr std::string_view kSourceFill = "#fed37f";    // PROV agent
inline constexpr std::string_view kClaimFill = "#fffc87";     // PROV entity
inline constexpr std::string_view kDocumentFill = "#fffde0";  // PROV entity, paler
std::string_view NodeColor(const ClaimGraph& graph, ClaimGraph::Vertex v);
// The border: a source's kind colour, black for claims and documents.
std::string_view NodeBorderColor(const ClaimGraph& graph, ClaimGraph::Vertex v);
// Person dark orange, organisation green, outlet blue, government purple,
// unknown grey.
std::string_view SourceKindColor(SourceKind kind);
std::string_view EdgeColor(EdgeKind kind);
// "solid", "dashed" or "dotted".
std::string_view EdgeLineStyle(EdgeKind kind);
// Graphviz-like shape names: "box" (claims), "ellipse" (sources), "note" (documents).
std::string_view NodeShape(const ClaimGraph& graph, ClaimGraph::Vertex v);

std::string NodeId(const ClaimGraph& graph, ClaimGraph::Vertex v);
// Plain text, may hold newlines: a claim's figure as worded and its proposition; a
// source's name; a document's title (else id) and date.
std::string NodeLabel(const ClaimGraph& graph, ClaimGraph::Vertex v);
// "in DOC", "disputes", "wasAttributedTo" (claim -> the source the text credits,
// and document -> its author: PROV's relation for both), "wasDerivedFrom
// (translation)", "disjoint", "revised".
std::string EdgeLabel(const ClaimGraph& graph, const ViewEdge& edge);

// Typed attributes, declared once per format from these tables.
enum class AttrType : uint8_t { kString, kDouble };
struct AttrKey {
  std::string_view name;
  AttrType type;
};
// Node keys: kind, label, entity_id, name, source_kind, aliases, title, published,
// url, language, proposition, qualifier, value, min, max, interval, unit, scope,
// as_of, text. Edge keys: relation, label, stance, document, quote, attributed_to,
// derivation.
const std::vector<AttrKey>& NodeAttrKeys();
const std::vector<AttrKey>& EdgeAttrKeys();

struct AttrValue {
  uint32_t key = 0;    // index into NodeAttrKeys() / EdgeAttrKeys()
  std::string text;    // kString
  double number = 0;   // kDouble
};
// The attributes the element has (absent ones left out; min/max only when the
// interval is bounded on that side), in key order.
std::vector<AttrValue> NodeAttrs(const ClaimGraph& graph, ClaimGraph::Vertex v);
std::vector<AttrValue> EdgeAttrs(const ClaimGraph& graph, const ViewEdge& edge);

}  // namespace claimgraph

#endif  // CLAIMGRAPH_EXPORTERS_GRAPH_VIEW_H_
