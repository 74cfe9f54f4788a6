#include "exporters/cytoscape_exporter.h"

#include <rapidjson/prettywriter.h>
#include <rapidjson/writer.h>

#include <cmath>
#include <ostream>
#include <string>

#include "core/graph.h"
#include "core/model.h"
#include "exporters/graph_view.h"
#include "exporters/json_stream.h"
#include "exporters/xml_writer.h"

namespace claimgraph {
namespace {

template <typename Writer>
class ElementsWriter {
 public:
  ElementsWriter(const ClaimGraph& graph, Writer* writer) : g_(graph), w_(*writer) {}

  void Write(const GraphView& view) {
    w_.StartObject();
    Key("elements");
    w_.StartObject();
    Key("nodes");
    w_.StartArray();
    for (ClaimGraph::Vertex v : view.nodes) Node(v);
    w_.EndArray();
    Key("edges");
    w_.StartArray();
    for (size_t i = 0; i < view.edges.size(); ++i) Edge(i, view.edges[i]);
    w_.EndArray();
    w_.EndObject();
    w_.EndObject();
  }
  uint64_t replaced() const { return replaced_; }

 private:
  void Key(std::string_view key) { w_.Key(key.data(), static_cast<rapidjson::SizeType>(key.size())); }
  void String(std::string_view s) {
    scratch_.clear();
    AppendValidUtf8(s, &scratch_, &replaced_);
    w_.String(scratch_.data(), static_cast<rapidjson::SizeType>(scratch_.size()));
  }
  void Field(std::string_view key, std::string_view value) {
    Key(key);
    String(value);
  }
  // Figures print as integers when integral (225, not 225.0), else the shortest
  // text that reads back to the same double.
  void Number(double v) {
    if (std::trunc(v) == v && std::fabs(v) < 9007199254740992.0) {
      w_.Int64(static_cast<int64_t>(v));
      return;
    }
    std::string text = FormatNumber(v);
    w_.RawValue(text.data(), text.size(), rapidjson::kNumberType);
  }
  void Attrs(const std::vector<AttrKey>& keys, const std::vector<AttrValue>& values) {
    for (const AttrValue& a : values) {
      Key(keys[a.key].name);
      if (keys[a.key].type == AttrType::kDouble) {
        Number(a.number);
      } else {
        String(a.text);
      }
    }
  }

  void Node(ClaimGraph::Vertex v) {
    w_.StartObject();
    Key("data");
    w_.StartObject();
    Field("id", NodeId(g_, v));
    Attrs(NodeAttrKeys(), NodeAttrs(g_, v));
    Field("color", NodeColor(g_, v));
    Field("border_color", NodeBorderColor(g_, v));
    Field("shape", NodeShape(g_, v));
    w_.EndObject();
    Field("classes", NodeClass(g_, v));
    w_.EndObject();
  }

  void Edge(size_t index, const ViewEdge& e) {
    w_.StartObject();
    Key("data");
    w_.StartObject();
    Field("id", "e" + std::to_string(index));
    Field("source", NodeId(g_, e.tail));
    Field("target", NodeId(g_, e.head));
    Attrs(EdgeAttrKeys(), EdgeAttrs(g_, e));
    Field("color", EdgeColor(e.kind));
    Field("line_style", EdgeLineStyle(e.kind));
    w_.EndObject();
    Field("classes", EdgeClass(e.kind));
    w_.EndObject();
  }

  const ClaimGraph& g_;
  Writer& w_;
  std::string scratch_;
  uint64_t replaced_ = 0;
};

}  // namespace

Status CytoscapeExporter::Write(const ClaimGraph& graph, std::ostream& out) {
  GraphView view = BuildView(graph, options_.scope);
  BufferedJsonStream stream(out);
  if (options_.pretty) {
    rapidjson::PrettyWriter<BufferedJsonStream> writer(stream);
    writer.SetIndent(' ', 2);
    ElementsWriter<rapidjson::PrettyWriter<BufferedJsonStream>> elements(graph, &writer);
    elements.Write(view);
    replaced_ = elements.replaced();
  } else {
    rapidjson::Writer<BufferedJsonStream> writer(stream);
    ElementsWriter<rapidjson::Writer<BufferedJsonStream>> elements(graph, &writer);
    elements.Write(view);
    replaced_ = elements.replaced();
  }
  stream.Put('\n');
  stream.Flush();
  if (!out) return Status::IoError("writing the Cytoscape export failed");
  return Status();
}

}  // namespace claimgraph
