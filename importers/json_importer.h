// The native JSON format `claimgraph/1` (docs/format.md), read as a stream of
// tokens (ScanJson, and RapidJSON's SAX Reader for what it leaves:
// importers/json_scan.h): no DOM is built, so memory stays proportional to the
// graph.
#ifndef CLAIMGRAPH_IMPORTERS_JSON_IMPORTER_H_
#define CLAIMGRAPH_IMPORTERS_JSON_IMPORTER_H_

#include <cstddef>

#include "importers/importer.h"

namespace claimgraph {

class JsonImporter : public Importer {
 public:
  // Texts of at least this many bytes are parsed on a second thread, ahead of the
  // handler that builds the graph; the result is the same either way (0: always).
  static constexpr size_t kReadAheadFrom = size_t{1} << 20;
  // The largest text read (offsets are 32-bit); larger: InvalidInput.
  static constexpr size_t kMaxTextBytes = (size_t{1} << 32) - 1;
  // Parse events handed from the parsing thread to the handler at a time. Tests
  // make it small, to put batch edges within a small document.
  static constexpr size_t kEventsPerBatch = size_t{1} << 14;
  // Batches the parsing thread may run ahead. The sections of a file load
  // unevenly (new documents and claims cost the handler more than stances, which
  // cost the parser more: their quotes), and with a shallow queue each thread in
  // turn waits on the other.
  static constexpr size_t kBatchesAhead = 32;
  explicit JsonImporter(size_t read_ahead_from = kReadAheadFrom,
                        size_t events_per_batch = kEventsPerBatch)
      : read_ahead_from_(read_ahead_from), events_per_batch_(events_per_batch) {}

  Status Load(std::string_view text, std::string_view file_name, GraphBuilder* builder) override;

 private:
  size_t read_ahead_from_;
  size_t events_per_batch_;
};

}  // namespace claimgraph

#endif  // CLAIMGRAPH_IMPORTERS_JSON_IMPORTER_H_
