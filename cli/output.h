// Where a command's bytes go: standard output, or a file written atomically.
#ifndef CLAIMGRAPH_CLI_OUTPUT_H_
#define CLAIMGRAPH_CLI_OUTPUT_H_

#include <cstddef>
#include <cstdint>
#include <iosfwd>
#include <memory>
#include <string>
#include <string_view>

#include "core/status.h"

namespace claimgraph::cli {

// A destination for a command's output. For a file path, bytes go to a temporary
// file in the same folder; Commit() fsyncs it and renames it over the path. If
// Commit() is never called (an error came first), the temporary file is removed
// and the path is left as it was: no half-written output, ever.
// An empty path or `-` writes to `out` directly.
class Output {
 public:
  // Past this many bytes a file is written past the page cache, where the file
  // system allows (see FdBuf in output.cc).
  static constexpr size_t kDirectFrom = size_t{64} << 20;

  static Result<std::unique_ptr<Output>> Open(const std::string& path, std::ostream& out,
                                              size_t direct_from = kDirectFrom);
  ~Output();
  Output(const Output&) = delete;
  Output& operator=(const Output&) = delete;

  std::ostream& stream() { return *stream_; }
  Status Commit();
  // Whether some of the file went past the page cache (for tests).
  bool wrote_direct() const;

 private:
  class FdBuf;
  Output() = default;
  std::string path_, temp_path_;
  std::unique_ptr<FdBuf> buf_;
  std::unique_ptr<std::ostream> owned_stream_;
  std::ostream* stream_ = nullptr;
  int fd_ = -1;
  bool committed_ = false;
};

// Writes `bytes` to `path` through Output (atomic for files, `out` for "" or "-").
Status WriteOutput(const std::string& path, std::string_view bytes, std::ostream& out);

}  // namespace claimgraph::cli

#endif  // CLAIMGRAPH_CLI_OUTPUT_H_
