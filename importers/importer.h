// One importer per input format, behind one small interface. An importer reads a
// whole text and feeds a GraphBuilder; it stops at the first error and returns it
// with the file, line and column (CSV: row line and column name).
#ifndef CLAIMGRAPH_IMPORTERS_IMPORTER_H_
#define CLAIMGRAPH_IMPORTERS_IMPORTER_H_

#include <cstddef>
#include <functional>
#include <memory>
#include <optional>
#include <string_view>
#include <vector>

#include "core/status.h"

namespace claimgraph {

class GraphBuilder;

// Bytes past the end of a padded text (see Importer::set_padded) that may be read,
// the first of them NUL: one 16-byte vector load from any offset in the text.
inline constexpr size_t kTextPadding = 16;

class Importer {
 public:
  virtual ~Importer() = default;
  // Reads `text` (the whole content of `file_name`, used in error messages) into
  // `builder`. On error the builder may hold part of the input: discard it.
  virtual Status Load(std::string_view text, std::string_view file_name,
                      GraphBuilder* builder) = 0;

  // Optional: told, as the import goes, how many bytes from the start of the
  // text it will not read again (except to locate an error), so the caller can
  // drop them from memory (a memory-mapped file). The text must stay readable.
  void set_release(std::function<void(size_t consumed)> release) { release_ = std::move(release); }

  // Optional: the caller promises that every text it passes is followed by
  // kTextPadding readable bytes, the first of them NUL (cli::InputText's are). The
  // JSON importer's parser scans with vector loads that may reach past the end of
  // a string, and so past the end of the text; without the promise it parses a
  // padded copy.
  void set_padded(bool padded) { padded_ = padded; }

 protected:
  void Release(size_t consumed) const {
    if (release_) release_(consumed);
  }
  bool padded() const { return padded_; }

 private:
  std::function<void(size_t)> release_;
  bool padded_ = false;
};

// "csv" or "json"; nullptr for an unknown format.
std::unique_ptr<Importer> MakeImporter(std::string_view format);
std::vector<std::string_view> ImporterFormats();
// The format a path's extension names (".csv" -> "csv", ".json" -> "json").
std::optional<std::string_view> FormatFromPath(std::string_view path);

}  // namespace claimgraph

#endif  // CLAIMGRAPH_IMPORTERS_IMPORTER_H_
