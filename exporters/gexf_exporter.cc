#include "exporters/gexf_exporter.h"

#include <charconv>
#include <ostream>
#include <string>

#include "core/graph.h"
#include "core/model.h"
#include "exporters/graph_view.h"
#include "exporters/xml_writer.h"

namespace claimgraph {
namespace {

// The label travels as the element's `label`, so it is not repeated as an attvalue.
bool IsLabel(const AttrKey& key) { return key.name == "label"; }

void DeclareAttributes(XmlWriter& w, std::string_view klass, const std::vector<AttrKey>& keys) {
  w.Start("attributes");
  w.Attr("class", klass);
  w.Attr("mode", "static");
  for (size_t i = 0; i < keys.size(); ++i) {
    if (IsLabel(keys[i])) continue;
    w.Start("attribute");
    w.Attr("id", std::to_string(i));
    w.Attr("title", keys[i].name);
    w.Attr("type", keys[i].type == AttrType::kDouble ? "double" : "string");
    w.End();
  }
  w.End();
}

void AttValues(XmlWriter& w, const std::vector<AttrKey>& keys, const std::vector<AttrValue>& values) {
  w.Start("attvalues");
  for (const AttrValue& v : values) {
    if (IsLabel(keys[v.key])) continue;
    w.Start("attvalue");
    w.Attr("for", std::to_string(v.key));
    w.Attr("value", keys[v.key].type == AttrType::kDouble ? FormatNumber(v.number) : v.text);
    w.End();
  }
  w.End();
}

// "#rrggbb" -> viz:color r g b (0-255).
void Color(XmlWriter& w, std::string_view hex) {
  auto channel = [&](size_t at) {
    unsigned value = 0;
    std::from_chars(hex.data() + at, hex.data() + at + 2, value, 16);
    return std::to_string(value);
  };
  w.Start("viz:color");
  w.Attr("r", channel(1));
  w.Attr("g", channel(3));
  w.Attr("b", channel(5));
  w.End();
}

std::string_view GexfShape(const ClaimGraph& g, ClaimGraph::Vertex v) {
  switch (g.KindOf(v)) {
    case EntityKind::kSource:
      return "disc";
    case EntityKind::kDocument:
      return "triangle";
    default:
      return "square";
  }
}

}  // namespace

Status GexfExporter::Write(const ClaimGraph& g, std::ostream& out) {
  GraphView view = BuildView(g, options_.scope);
  const std::vector<AttrKey>& node_keys = NodeAttrKeys();
  const std::vector<AttrKey>& edge_keys = EdgeAttrKeys();
  XmlWriter w(out);
  w.Start("gexf");
  w.Attr("xmlns", "http://gexf.net/1.3");
  w.Attr("xmlns:viz", "http://gexf.net/1.3/viz");
  w.Attr("xmlns:xsi", "http://www.w3.org/2001/XMLSchema-instance");
  w.Attr("xsi:schemaLocation", "http://gexf.net/1.3 http://gexf.net/1.3/gexf.xsd");
  w.Attr("version", "1.3");
  w.Start("meta");
  w.Start("creator");
  w.Text("claimgraph");
  w.End();
  w.Start("description");
  w.Text("sources, documents and claims; stances, provenance and contradictions");
  w.End();
  w.End();
  w.Start("graph");
  w.Attr("defaultedgetype", "directed");
  w.Attr("mode", "static");
  DeclareAttributes(w, "node", node_keys);
  DeclareAttributes(w, "edge", edge_keys);
  w.Start("nodes");
  for (ClaimGraph::Vertex v : view.nodes) {
    w.Start("node");
    w.Attr("id", NodeId(g, v));
    w.Attr("label", NodeLabel(g, v));
    AttValues(w, node_keys, NodeAttrs(g, v));
    Color(w, NodeColor(g, v));
    w.Start("viz:shape");
    w.Attr("value", GexfShape(g, v));
    w.End();
    w.End();
  }
  w.End();
  w.Start("edges");
  for (size_t i = 0; i < view.edges.size(); ++i) {
    const ViewEdge& e = view.edges[i];
    w.Start("edge");
    w.Attr("id", "e" + std::to_string(i));
    w.Attr("source", NodeId(g, e.tail));
    w.Attr("target", NodeId(g, e.head));
    w.Attr("label", EdgeLabel(g, e));
    w.Attr("kind", EdgeClass(e.kind));
    AttValues(w, edge_keys, EdgeAttrs(g, e));
    Color(w, EdgeColor(e.kind));
    if (e.kind == EdgeKind::kDisjoint) {
      w.Start("viz:thickness");
      w.Attr("value", "2.5");
      w.End();
    }
    w.Start("viz:shape");
    w.Attr("value", EdgeLineStyle(e.kind));
    w.End();
    w.End();
  }
  w.End();
  bool ok = w.Finish();
  replaced_ = w.replaced();
  if (!ok) return Status::IoError("writing the GEXF export failed");
  return Status();
}

}  // namespace claimgraph
