// CSV sheets of stances (RFC 4180, UTF-8, header row, any column order): see
// docs/format.md. One row is one stance; extra columns are kept as attributes.
#ifndef CLAIMGRAPH_IMPORTERS_CSV_IMPORTER_H_
#define CLAIMGRAPH_IMPORTERS_CSV_IMPORTER_H_

#include "importers/importer.h"

namespace claimgraph {

class CsvImporter : public Importer {
 public:
  // Sheets of at least this many bytes are tokenised on a second thread, ahead of
  // the row logic; the result is the same either way (0: always, tests use it).
  static constexpr size_t kReadAheadFrom = size_t{1} << 20;
  // Records handed from the tokenising thread to the row logic at a time. Tests
  // make it small, to put batch edges within a small sheet.
  static constexpr size_t kRecordsPerBatch = 8192;
  explicit CsvImporter(size_t read_ahead_from = kReadAheadFrom,
                       size_t records_per_batch = kRecordsPerBatch)
      : read_ahead_from_(read_ahead_from), records_per_batch_(records_per_batch) {}

  Status Load(std::string_view text, std::string_view file_name, GraphBuilder* builder) override;

 private:
  size_t read_ahead_from_;
  size_t records_per_batch_;
};

}  // namespace claimgraph

#endif  // CLAIMGRAPH_IMPORTERS_CSV_IMPORTER_H_
