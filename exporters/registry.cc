#include "exporters/dot_exporter.h"
#include "exporters/exporter.h"
#include "exporters/json_exporter.h"
#include "exporters/report_json.h"
#include "exporters/report_text.h"
#include "exporters/report_writer.h"

namespace claimgraph {

std::unique_ptr<Exporter> MakeExporter(std::string_view format, const ExportOptions& options) {
  if (format == "dot") return std::make_unique<DotExporter>();
  if (format == "json") return std::make_unique<JsonExporter>(options);
  return nullptr;
}
std::vector<std::string_view> ExporterFormats() { return {"dot", "json"}; }

std::unique_ptr<CheckWriter> MakeCheckWriter(std::string_view format, const ReportOptions& options) {
  if (format == "text") return std::make_unique<TextCheckWriter>(options);
  if (format == "json") return std::make_unique<JsonCheckWriter>(options);
  if (format == "dot") return std::make_unique<DotCheckWriter>();
  return nullptr;
}
std::vector<std::string_view> CheckFormats() { return {"text", "json", "dot"}; }

std::unique_ptr<TraceWriter> MakeTraceWriter(std::string_view format, const ReportOptions& options) {
  if (format == "text") return std::make_unique<TextTraceWriter>(options);
  if (format == "json") return std::make_unique<JsonTraceWriter>(options);
  return nullptr;
}
std::vector<std::string_view> TraceFormats() { return {"text", "json"}; }

}  // namespace claimgraph
