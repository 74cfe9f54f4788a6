#include "cli/output.h"

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>
#include <iterator>
#include <ostream>
#include <streambuf>
#include <string>
#include <vector>

namespace claimgraph::cli {

// A streambuf over a POSIX file descriptor, so the file can be fsync'ed before
// the rename (std::ofstream gives no access to its descriptor).
class Output::FdBuf : public std::streambuf {
 public:
  explicit FdBuf(int fd) : fd_(fd), buffer_(1 << 20) { setp(buffer_.data(), buffer_.data() + buffer_.size()); }
  bool failed() const { return failed_; }
  int error() const { return error_; }

 protected:
  int_type overflow(int_type c) override {
    if (!Drain()) return traits_type::eof();
    if (!traits_type::eq_int_type(c, traits_type::eof())) {
      *pptr() = traits_type::to_char_type(c);
      pbump(1);
    }
    return traits_type::not_eof(c);
  }
  int sync() override { return Drain() ? 0 : -1; }
  std::streamsize xsputn(const char* s, std::streamsize n) override {
    // Runs as large as the buffer go straight to the file: no copy on the way.
    if (n > epptr() - pptr() || n >= static_cast<std::streamsize>(buffer_.size())) {
      if (!Drain()) return 0;
      if (n >= static_cast<std::streamsize>(buffer_.size())) {
        return WriteAll(s, static_cast<size_t>(n)) ? n : 0;
      }
    }
    std::memcpy(pptr(), s, static_cast<size_t>(n));
    pbump(static_cast<int>(n));
    return n;
  }

 private:
  bool Drain() {
    size_t n = static_cast<size_t>(pptr() - pbase());
    bool ok = WriteAll(pbase(), n);
    setp(buffer_.data(), buffer_.data() + buffer_.size());
    return ok;
  }
  bool WriteAll(const char* p, size_t n) {
    while (n > 0 && !failed_) {
      ssize_t w = ::write(fd_, p, n);
      if (w < 0) {
        if (errno == EINTR) continue;
        failed_ = true;
        error_ = errno;
        return false;
      }
      p += w;
      n -= static_cast<size_t>(w);
      written_ += static_cast<size_t>(w);
    }
    StartWriteback();
    return !failed_;
  }
  // Starts the disk writes of what is written so far, without waiting for them,
  // every few dozen MiB: the fsync at Commit then finds most of a large report
  // already on disk instead of writing all of it while the user waits.
  void StartWriteback() {
    constexpr size_t kEvery = size_t{32} << 20;
    if (written_ - writeback_from_ < kEvery) return;
    ::sync_file_range(fd_, static_cast<off_t>(writeback_from_),
                      static_cast<off_t>(written_ - writeback_from_), SYNC_FILE_RANGE_WRITE);
    writeback_from_ = written_;
  }
  int fd_;
  std::vector<char> buffer_;
  size_t written_ = 0, writeback_from_ = 0;
  bool failed_ = false;
  int error_ = 0;
};

Result<std::unique_ptr<Output>> Output::Open(const std::string& path, std::ostream& out) {
  std::unique_ptr<Output> o(new Output());
  if (path.empty() || path == "-") {
    o->stream_ = &out;
    return o;
  }
  o->path_ = path;
  o->temp_path_ = path + ".tmp-XXXXXX";
  o->fd_ = ::mkstemp(o->temp_path_.data());
  if (o->fd_ < 0) {
    return Status::IoError("cannot create a temporary file beside '" + path +
                           "': " + std::strerror(errno));
  }
  o->buf_ = std::make_unique<FdBuf>(o->fd_);
  o->owned_stream_ = std::make_unique<std::ostream>(o->buf_.get());
  o->stream_ = o->owned_stream_.get();
  return o;
}

Output::~Output() {
  if (fd_ >= 0) {
    ::close(fd_);
    if (!committed_) ::unlink(temp_path_.c_str());
  }
}

Status Output::Commit() {
  stream_->flush();
  if (fd_ < 0) {
    if (!*stream_) return Status::IoError("writing to standard output failed");
    return Status();
  }
  if (!*stream_ || buf_->failed()) {
    return Status::IoError("cannot write '" + path_ + "': " + std::strerror(buf_->error()));
  }
  // Keep the mode a plain new file would get (mkstemp makes it 0600).
  mode_t mask = ::umask(0);
  ::umask(mask);
  ::fchmod(fd_, 0666 & ~mask);
  if (::fsync(fd_) != 0) return Status::IoError("cannot sync '" + path_ + "': " + std::strerror(errno));
  if (::close(fd_) != 0) {
    fd_ = -1;
    ::unlink(temp_path_.c_str());
    return Status::IoError("cannot close '" + path_ + "': " + std::strerror(errno));
  }
  fd_ = -1;
  if (::rename(temp_path_.c_str(), path_.c_str()) != 0) {
    int err = errno;
    ::unlink(temp_path_.c_str());
    return Status::IoError("cannot rename onto '" + path_ + "': " + std::strerror(err));
  }
  committed_ = true;
  return Status();
}

Status WriteOutput(const std::string& path, std::string_view bytes, std::ostream& out) {
  auto output = Output::Open(path, out);
  if (!output.ok()) return output.status();
  (*output)->stream().write(bytes.data(), static_cast<std::streamsize>(bytes.size()));
  return (*output)->Commit();
}

}  // namespace claimgraph::cli
