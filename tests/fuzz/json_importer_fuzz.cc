// libFuzzer target: any bytes through the JSON importer (claimgraph/1), then Build(). Neither may
// crash, hang or leak; errors are values and are ignored here.
#include <cstddef>
#include <cstdint>
#include <string_view>

#include "core/graph_builder.h"
#include "importers/json_importer.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  std::string_view text(reinterpret_cast<const char*>(data), size);
  claimgraph::GraphBuilder builder;
  claimgraph::JsonImporter importer;
  if (!importer.Load(text, "fuzz.json", &builder).ok()) return 0;
  auto graph = std::move(builder).Build();
  (void)graph.ok();
  return 0;
}
