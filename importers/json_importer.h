// The native JSON format `claimgraph/1` (docs/format.md), read with RapidJSON's
// SAX Reader: no DOM is built, so memory stays proportional to the graph.
#ifndef CLAIMGRAPH_IMPORTERS_JSON_IMPORTER_H_
#define CLAIMGRAPH_IMPORTERS_JSON_IMPORTER_H_

#include "importers/importer.h"

namespace claimgraph {

class JsonImporter : public Importer {
 public:
  Status Load(std::string_view text, std::string_view file_name, GraphBuilder* builder) override;
};

}  // namespace claimgraph

#endif  // CLAIMGRAPH_IMPORTERS_JSON_IMPORTER_H_
