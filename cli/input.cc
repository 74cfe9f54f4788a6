#include "cli/input.h"

#include <fcntl.h>
#include <sys/mman.h>
#include <sys/stat.h>
#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <cstring>
#include <utility>

namespace claimgraph::cli {
namespace {

Status TooLarge(const std::string& what) {
  return Status::InvalidInput(what + " is larger than the input limit of " +
                              std::to_string(kMaxInputBytes) + " bytes (4 GiB - 1)");
}

Result<std::string> ReadStdin(std::istream& in) {
  std::string text;
  char chunk[1 << 16];
  while (in) {
    in.read(chunk, sizeof chunk);
    const auto n = static_cast<size_t>(in.gcount());
    if (text.size() + n > kMaxInputBytes) return TooLarge("standard input");
    text.append(chunk, n);
  }
  if (in.bad()) return Status::IoError("cannot read standard input");
  return text;
}

// Reads `fd` to its end (straight into the string, which grows as needed: the
// size fstat gives is only a hint, and 0 for /proc files and pipes).
Result<std::string> ReadAll(int fd, const std::string& path, size_t size_hint) {
  std::string text;
  text.resize(std::max<size_t>(size_hint + 1, 1 << 16));
  size_t used = 0;
  while (true) {
    if (used == text.size()) text.resize(text.size() * 2);
    ssize_t n = ::read(fd, text.data() + used, text.size() - used);
    if (n < 0 && errno == EINTR) continue;
    if (n < 0) return Status::IoError("cannot read '" + path + "': " + std::strerror(errno));
    if (n == 0) break;
    used += static_cast<size_t>(n);
    if (used > kMaxInputBytes) return TooLarge("'" + path + "'");  // grew after fstat
  }
  text.resize(used);
  return text;
}

// An open file descriptor, closed on every path out.
struct Fd {
  int fd;
  ~Fd() {
    if (fd >= 0) ::close(fd);
  }
};

}  // namespace

Result<std::string> ReadInput(const std::string& path, std::istream& in) {
  Result<InputText> input = InputText::Open(path, in, /*map=*/false);
  if (!input.ok()) return input.status();
  input->owned_.resize(input->size_);  // without the padding
  return std::move(input->owned_);
}

Result<InputText> InputText::Open(const std::string& path, std::istream& in, bool map) {
  InputText input;
  if (path == "-") {
    Result<std::string> text = ReadStdin(in);
    if (!text.ok()) return text.status();
    input.Own(std::move(*text));
    return input;
  }
  Fd file{::open(path.c_str(), O_RDONLY | O_CLOEXEC)};
  if (file.fd < 0) return Status::NotFound("cannot open '" + path + "': " + std::strerror(errno));
  struct stat st;
  if (::fstat(file.fd, &st) != 0 || S_ISDIR(st.st_mode)) {
    return Status::NotFound("'" + path + "' is not a readable file");
  }
  if (static_cast<uint64_t>(st.st_size) > kMaxInputBytes) return TooLarge("'" + path + "'");
  const auto size = static_cast<size_t>(st.st_size);
  if (map && S_ISREG(st.st_mode) && size > 0) {
    // The padding (kTextPadding zero bytes) is the rest of the file's last page,
    // which reads as zeros, and past a page boundary a zero page reserved after
    // the file: the file is mapped over the start of that reservation.
    const auto page = static_cast<size_t>(::sysconf(_SC_PAGESIZE));
    const size_t span = (size + kTextPadding + page - 1) / page * page;
    void* region = ::mmap(nullptr, span, PROT_READ, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
    if (region != MAP_FAILED) {
      void* p = ::mmap(region, size, PROT_READ, MAP_PRIVATE | MAP_FIXED, file.fd, 0);
      if (p != MAP_FAILED) {
        ::madvise(p, size, MADV_SEQUENTIAL);  // read once, front to back
        input.mapped_ = static_cast<const char*>(p);
        input.mapped_span_ = span;
        input.size_ = size;
        return input;
      }
      ::munmap(region, span);
    }
  }
  // Pipes, /proc files, and anything mmap refuses: read from the same descriptor
  // (a named pipe must not be opened twice).
  Result<std::string> text = ReadAll(file.fd, path, size);
  if (!text.ok()) return text.status();
  input.Own(std::move(*text));
  return input;
}

void InputText::Own(std::string text) {
  size_ = text.size();
  owned_ = std::move(text);
  owned_.append(kTextPadding, '\0');
}

InputText::InputText(InputText&& other) noexcept { *this = std::move(other); }

InputText& InputText::operator=(InputText&& other) noexcept {
  if (this != &other) {
    if (mapped_) ::munmap(const_cast<char*>(mapped_), mapped_span_);
    mapped_ = std::exchange(other.mapped_, nullptr);
    mapped_span_ = std::exchange(other.mapped_span_, 0);
    size_ = std::exchange(other.size_, 0);
    released_ = std::exchange(other.released_, 0);
    owned_ = std::move(other.owned_);
  }
  return *this;
}

InputText::~InputText() {
  if (mapped_) ::munmap(const_cast<char*>(mapped_), mapped_span_);
}

void InputText::Release(size_t consumed) {
  if (!mapped_) return;
  const auto page = static_cast<size_t>(::sysconf(_SC_PAGESIZE));
  const size_t end = std::min(consumed, size_) / page * page;
  if (end <= released_) return;
  // MADV_DONTNEED on a private, unwritten file mapping only drops this process's
  // mapping of the pages; reading them again maps them back from the page cache.
  ::madvise(const_cast<char*>(mapped_) + released_, end - released_, MADV_DONTNEED);
  released_ = end;
}

}  // namespace claimgraph::cli
