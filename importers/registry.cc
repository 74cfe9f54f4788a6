#include "importers/csv_importer.h"
#include "importers/importer.h"
#include "importers/json_importer.h"

namespace claimgraph {

std::unique_ptr<Importer> MakeImporter(std::string_view format) {
  if (format == "csv") return std::make_unique<CsvImporter>();
  if (format == "json") return std::make_unique<JsonImporter>();
  return nullptr;
}

std::vector<std::string_view> ImporterFormats() { return {"csv", "json"}; }

std::optional<std::string_view> FormatFromPath(std::string_view path) {
  auto ends_with = [&](std::string_view suffix) {
    if (path.size() < suffix.size()) return false;
    std::string_view tail = path.substr(path.size() - suffix.size());
    for (size_t i = 0; i < suffix.size(); ++i) {
      char c = tail[i];
      if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
      if (c != suffix[i]) return false;
    }
    return true;
  };
  if (ends_with(".csv")) return "csv";
  if (ends_with(".json")) return "json";
  return std::nullopt;
}

}  // namespace claimgraph
