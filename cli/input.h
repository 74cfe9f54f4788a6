// An input file's text, memory-mapped when it is a regular file: no copy, and the
// importer can hand back what it has read (Release) so a large input does not stay
// resident while the graph grows. Standard input, pipes and files whose size the
// kernel does not know (/proc) are read into memory instead.
#ifndef CLAIMGRAPH_CLI_INPUT_H_
#define CLAIMGRAPH_CLI_INPUT_H_

#include <cstddef>
#include <cstdint>
#include <istream>
#include <string>
#include <string_view>

#include "core/status.h"
#include "importers/importer.h"

namespace claimgraph::cli {

// The largest input file (or standard input) read: just under 4 GiB, so every
// byte offset, line and column of an error fits in 32 bits. Larger: InvalidInput.
inline constexpr uint64_t kMaxInputBytes = (uint64_t{1} << 32) - 1;

// Reads a whole input into memory: `-` is standard input (`in`), anything else a
// file path. Errors: NotFound (cannot open), IoError (read failed), InvalidInput
// (larger than kMaxInputBytes; nothing beyond the limit is read).
Result<std::string> ReadInput(const std::string& path, std::istream& in);

class InputText {
 public:
  // `path` "-" reads `in`. `map` false always reads into memory.
  static Result<InputText> Open(const std::string& path, std::istream& in, bool map = true);

  InputText(InputText&& other) noexcept;
  InputText& operator=(InputText&& other) noexcept;
  InputText(const InputText&) = delete;
  InputText& operator=(const InputText&) = delete;
  ~InputText();

  // The whole input, followed by kTextPadding readable bytes, the first of them
  // NUL (importers/importer.h: Importer::set_padded).
  std::string_view text() const { return {mapped_ ? mapped_ : owned_.data(), size_}; }
  bool mapped() const { return mapped_ != nullptr; }

  // The first `consumed` bytes are read for good: their pages leave this process's
  // memory. They stay readable (an error message may still count lines through
  // them): the kernel pages them back in from the page cache.
  void Release(size_t consumed);

 private:
  friend Result<std::string> ReadInput(const std::string& path, std::istream& in);
  InputText() = default;
  void Own(std::string text);  // keeps `text`, padded
  const char* mapped_ = nullptr;
  size_t mapped_span_ = 0;  // the file's pages and the padding's
  size_t size_ = 0;
  size_t released_ = 0;  // page-aligned prefix already released
  std::string owned_;
};

}  // namespace claimgraph::cli

#endif  // CLAIMGRAPH_CLI_INPUT_H_
