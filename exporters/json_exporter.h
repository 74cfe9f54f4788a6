// Writes the whole graph in the native format `claimgraph/1` (docs/format.md), so
// export -> import round-trips without loss. Entities come in the graph's canonical
// (index) order and absent optional fields are omitted, so the same data always
// gives byte-identical output.
#ifndef CLAIMGRAPH_EXPORTERS_JSON_EXPORTER_H_
#define CLAIMGRAPH_EXPORTERS_JSON_EXPORTER_H_

#include <iosfwd>

#include "core/status.h"
#include "exporters/exporter.h"

namespace claimgraph {

class JsonExporter : public Exporter {
 public:
  explicit JsonExporter(const ExportOptions& options) : options_(options) {}

  // Errors: IoError when `out` fails; InvalidInput when a string in the graph is
  // not valid UTF-8 (JSON cannot carry it). `out` may hold part of the output then.
  Status Write(const ClaimGraph& graph, std::ostream& out) override;

 private:
  ExportOptions options_;
};

}  // namespace claimgraph

#endif  // CLAIMGRAPH_EXPORTERS_JSON_EXPORTER_H_
