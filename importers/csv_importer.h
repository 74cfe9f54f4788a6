// CSV sheets of stances (RFC 4180, UTF-8, header row, any column order): see
// docs/format.md. One row is one stance; extra columns are kept as attributes.
#ifndef CLAIMGRAPH_IMPORTERS_CSV_IMPORTER_H_
#define CLAIMGRAPH_IMPORTERS_CSV_IMPORTER_H_

#include "importers/importer.h"

namespace claimgraph {

class CsvImporter : public Importer {
 public:
  Status Load(std::string_view text, std::string_view file_name, GraphBuilder* builder) override;
};

}  // namespace claimgraph

#endif  // CLAIMGRAPH_IMPORTERS_CSV_IMPORTER_H_
