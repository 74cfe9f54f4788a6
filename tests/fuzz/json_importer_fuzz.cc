// libFuzzer target: any bytes through the JSON importer, then Build(). Neither may
// crash, hang or leak; errors are values. The input is imported twice, inline and
// parsed ahead on a second thread (importers/read_ahead.h): the two must agree on
// the outcome to the byte of the error message, or the target aborts. And the
// importer's tokenizer, ScanJson, must deliver only what RapidJSON's Reader does
// (tests/importers/json_scan_oracle.h), or the target aborts.
#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <string>
#include <string_view>

#include "core/graph_builder.h"
#include "importers/json_importer.h"
#include "tests/importers/json_scan_oracle.h"

namespace {

std::string Outcome(std::string_view text, size_t read_ahead_from) {
  claimgraph::GraphBuilder builder;
  claimgraph::JsonImporter importer(read_ahead_from);
  claimgraph::Status status = importer.Load(text, "fuzz.json", &builder);
  if (!status.ok()) return status.ToString();
  auto graph = std::move(builder).Build();
  if (!graph.ok()) return graph.status().ToString();
  return "built " + std::to_string(graph->num_claims()) + " claims, " +
         std::to_string(graph->num_stances()) + " stances";
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  std::string_view text(reinterpret_cast<const char*>(data), size);
  if (Outcome(text, SIZE_MAX) != Outcome(text, 0)) std::abort();
  if (!claimgraph::json_scan_oracle::CompareWithReader(text).mismatch.empty()) std::abort();
  return 0;
}
