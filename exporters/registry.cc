#include "exporters/cytoscape_exporter.h"
#include "exporters/dot_exporter.h"
#include "exporters/exporter.h"
#include "exporters/gexf_exporter.h"
#include "exporters/graphml_exporter.h"
#include "exporters/html_exporter.h"
#include "exporters/json_exporter.h"
#include "exporters/render_exporter.h"
#include "exporters/report_json.h"
#include "exporters/report_text.h"
#include "exporters/report_writer.h"

namespace claimgraph {

std::unique_ptr<Exporter> MakeExporter(std::string_view format, const ExportOptions& options) {
  if (format == "dot") return std::make_unique<DotExporter>(options);
  if (format == "json") return std::make_unique<JsonExporter>(options);
  if (format == "graphml") return std::make_unique<GraphmlExporter>(options);
  if (format == "gexf") return std::make_unique<GexfExporter>(options);
  if (format == "cytoscape") return std::make_unique<CytoscapeExporter>(options);
  if (format == "html") return std::make_unique<HtmlExporter>(options);
  if (format == "svg" || format == "png" || format == "pdf") {
    return std::make_unique<RenderExporter>(format, options);
  }
  return nullptr;
}
std::vector<std::string_view> ExporterFormats() {
  return {"dot", "json", "svg", "png", "pdf", "graphml", "gexf", "cytoscape", "html"};
}

std::unique_ptr<CheckWriter> MakeCheckWriter(std::string_view format, const ReportOptions& options) {
  if (format == "text") return std::make_unique<TextCheckWriter>(options);
  if (format == "json") return std::make_unique<JsonCheckWriter>(options);
  if (format == "dot") return std::make_unique<DotCheckWriter>(options.legend);
  if (format == "svg" || format == "png" || format == "pdf") {
    return std::make_unique<RenderCheckWriter>(format, options.layout, options.legend,
                                               options.max_nodes);
  }
  return nullptr;
}
std::vector<std::string_view> CheckFormats() { return {"text", "json", "dot", "svg", "png", "pdf"}; }

std::unique_ptr<TraceWriter> MakeTraceWriter(std::string_view format, const ReportOptions& options) {
  if (format == "text") return std::make_unique<TextTraceWriter>(options);
  if (format == "json") return std::make_unique<JsonTraceWriter>(options);
  return nullptr;
}
std::vector<std::string_view> TraceFormats() { return {"text", "json"}; }

}  // namespace claimgraph
