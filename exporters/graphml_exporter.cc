#include "exporters/graphml_exporter.h"

#include <ostream>
#include <string>

#include "core/graph.h"
#include "core/model.h"
#include "exporters/graph_view.h"
#include "exporters/xml_writer.h"

namespace claimgraph {
namespace {

std::string_view TypeName(AttrType type) { return type == AttrType::kDouble ? "double" : "string"; }

// Key ids: "d0", "d1", ... for the node keys, then on for the edge keys.
void DeclareKeys(XmlWriter& w, const std::vector<AttrKey>& keys, std::string_view domain,
                 size_t first) {
  for (size_t i = 0; i < keys.size(); ++i) {
    w.Start("key");
    w.Attr("id", "d" + std::to_string(first + i));
    w.Attr("for", domain);
    w.Attr("attr.name", keys[i].name);
    w.Attr("attr.type", TypeName(keys[i].type));
    w.End();
  }
}

void Data(XmlWriter& w, const std::vector<AttrKey>& keys, const std::vector<AttrValue>& values,
          size_t first) {
  for (const AttrValue& v : values) {
    w.Start("data");
    w.Attr("key", "d" + std::to_string(first + v.key));
    w.Text(keys[v.key].type == AttrType::kDouble ? FormatNumber(v.number) : v.text);
    w.End();
  }
}

}  // namespace

Status GraphmlExporter::Write(const ClaimGraph& g, std::ostream& out) {
  GraphView view = BuildView(g, options_.scope);
  XmlWriter w(out);
  w.Start("graphml");
  w.Attr("xmlns", "http://graphml.graphdrawing.org/xmlns");
  w.Attr("xmlns:xsi", "http://www.w3.org/2001/XMLSchema-instance");
  w.Attr("xsi:schemaLocation",
         "http://graphml.graphdrawing.org/xmlns "
         "http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd");
  const std::vector<AttrKey>& node_keys = NodeAttrKeys();
  const std::vector<AttrKey>& edge_keys = EdgeAttrKeys();
  DeclareKeys(w, node_keys, "node", 0);
  DeclareKeys(w, edge_keys, "edge", node_keys.size());
  w.Start("graph");
  w.Attr("id", "claimgraph");
  w.Attr("edgedefault", "directed");
  for (ClaimGraph::Vertex v : view.nodes) {
    w.Start("node");
    w.Attr("id", NodeId(g, v));
    Data(w, node_keys, NodeAttrs(g, v), 0);
    w.End();
  }
  for (size_t i = 0; i < view.edges.size(); ++i) {
    const ViewEdge& e = view.edges[i];
    w.Start("edge");
    w.Attr("id", "e" + std::to_string(i));
    w.Attr("source", NodeId(g, e.tail));
    w.Attr("target", NodeId(g, e.head));
    Data(w, edge_keys, EdgeAttrs(g, e), node_keys.size());
    w.End();
  }
  bool ok = w.Finish();
  replaced_ = w.replaced();
  if (!ok) return Status::IoError("writing the GraphML export failed");
  return Status();
}

}  // namespace claimgraph
