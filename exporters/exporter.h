// One exporter per output format of the whole graph, behind one small interface.
// Exporters read the canonical ClaimGraph in index order, so the same data gives
// byte-identical output whatever order it was read in.
#ifndef CLAIMGRAPH_EXPORTERS_EXPORTER_H_
#define CLAIMGRAPH_EXPORTERS_EXPORTER_H_

#include <iosfwd>
#include <memory>
#include <string_view>
#include <vector>

#include "core/status.h"

namespace claimgraph {

class ClaimGraph;

struct ExportOptions {
  bool pretty = false;  // indented JSON
};

class Exporter {
 public:
  virtual ~Exporter() = default;
  virtual Status Write(const ClaimGraph& graph, std::ostream& out) = 0;
};

// "dot" or "json"; nullptr for an unknown format.
std::unique_ptr<Exporter> MakeExporter(std::string_view format, const ExportOptions& options);
std::vector<std::string_view> ExporterFormats();

}  // namespace claimgraph

#endif  // CLAIMGRAPH_EXPORTERS_EXPORTER_H_
