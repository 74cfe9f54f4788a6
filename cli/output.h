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

namespace CLI {
class App;
}  // namespace CLI

namespace claimgraph::cli {

// What Commit() promises beyond "the old file or the whole new one, never a part".
enum class Sync : uint8_t {
  // Rename only. Readers, and a run that fails or is killed, never see a partial
  // file; a crash of the whole machine soon after may lose the new file. What
  // sort -o, cp and compilers do: a report can be made again from its inputs.
  kNone,
  // fsync before the rename (`--sync`): once Commit() returns, the new file
  // survives a power loss. Costs a device flush, most of a second for a
  // gigabyte-sized report.
  kFsync,
};

// A command's `-o FILE` and `--sync`.
struct OutputFlags {
  std::string path;  // empty: standard output
  bool sync = false;
};
void AddOutputOptions(CLI::App& command, OutputFlags* flags);

// A destination for a command's output. For a file path, bytes go to a temporary
// file in the same folder; Commit() renames it over the path (after an fsync, if
// asked). If Commit() is never called (an error came first), the temporary file
// is removed and the path is left as it was: no half-written output, ever.
// An empty path or `-` writes to `out` directly.
class Output {
 public:
  // Past this many bytes a file is written past the page cache, where the file
  // system allows (see FdBuf in output.cc).
  static constexpr size_t kDirectFrom = size_t{64} << 20;

  static Result<std::unique_ptr<Output>> Open(const std::string& path, std::ostream& out,
                                              Sync sync = Sync::kNone,
                                              size_t direct_from = kDirectFrom);
  static Result<std::unique_ptr<Output>> Open(const OutputFlags& flags, std::ostream& out) {
    return Open(flags.path, out, flags.sync ? Sync::kFsync : Sync::kNone);
  }
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
  Sync sync_ = Sync::kNone;
  bool committed_ = false;
};

}  // namespace claimgraph::cli

#endif  // CLAIMGRAPH_CLI_OUTPUT_H_
