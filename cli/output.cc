#include "cli/output.h"

#include <CLI/CLI.hpp>

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <condition_variable>
#include <cstdlib>
#include <cstring>
#include <iterator>
#include <mutex>
#include <new>
#include <ostream>
#include <streambuf>
#include <string>
#include <thread>

namespace claimgraph::cli {

// A streambuf over a POSIX file descriptor, so the file can be fsync'ed before
// the rename (std::ofstream gives no access to its descriptor).
//
// A large output goes past the page cache once it passes `direct_from` bytes:
// the file is switched to O_DIRECT and written in whole blocks from aligned
// buffers, by a writer thread, while the next buffer fills. Copying a report of a
// gigabyte or more into fresh page-cache pages costs the writing thread as much as
// building it (more on a VM, where each new page is first faulted in by the host),
// and the kernel then has it all to write again (at once, if --sync asks for an
// fsync); a direct write hands the bytes to the device once. Where the file system
// refuses O_DIRECT (tmpfs, some network file systems) writes stay buffered and
// synchronous. The tail that does not fill a block is written buffered.
class Output::FdBuf : public std::streambuf {
 public:
  // One small buffer until the output goes direct, then two large ones: a small
  // output costs no more memory than it did before direct writes.
  FdBuf(int fd, size_t direct_from) : fd_(fd), direct_from_(direct_from) {
    buffers_[0] = Allocate(kSmallBufferSize);
    capacity_ = kSmallBufferSize;
    Reset(0);
  }
  ~FdBuf() override {
    if (!writer_.joinable()) return;
    {
      std::lock_guard<std::mutex> lock(mutex_);
      stop_ = true;
    }
    changed_.notify_all();
    writer_.join();
  }
  bool failed() {
    WaitIdle();
    return failed_;
  }
  int error() const { return error_; }
  bool wrote_direct() const { return wrote_direct_; }
  // Writes what is buffered, the tail included (buffered, since it may not fill
  // a block). Called once, before the rename.
  bool Finish() {
    if (!Drain()) return false;
    WaitIdle();
    if (direct_) SetDirect(false);
    return !failed_ && WriteAll(pbase(), static_cast<size_t>(pptr() - pbase())) && Reset(0);
  }

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
    std::streamsize done = 0;
    while (done < n) {
      if (pptr() == epptr() && !Drain()) return done;
      const size_t room = static_cast<size_t>(epptr() - pptr());
      const size_t take = std::min(room, static_cast<size_t>(n - done));
      std::memcpy(pptr(), s + done, take);
      pbump(static_cast<int>(take));
      done += static_cast<std::streamsize>(take);
    }
    return n;
  }

 private:
  static constexpr size_t kBlock = 4096;                  // covers 512- and 4096-byte devices
  static constexpr size_t kSmallBufferSize = size_t{1} << 20;  // while buffered
  static constexpr size_t kBufferSize = size_t{8} << 20;       // direct; a multiple of kBlock

  struct Free {
    void operator()(char* p) const { std::free(p); }
  };
  static std::unique_ptr<char[], Free> Allocate(size_t size) {
    std::unique_ptr<char[], Free> buffer(static_cast<char*>(std::aligned_alloc(kBlock, size)));
    if (buffer == nullptr) throw std::bad_alloc();
    return buffer;
  }
  // On going direct: the two large buffers, the first holding the `kept` bytes
  // still to write.
  void GrowBuffers(size_t kept) {
    std::unique_ptr<char[], Free> first = Allocate(kBufferSize);
    std::memcpy(first.get(), pbase(), kept);
    buffers_[0] = std::move(first);
    buffers_[1] = Allocate(kBufferSize);
    filling_ = 0;
    capacity_ = kBufferSize;
    Reset(kept);
  }

  // Writes the filling buffer out: all of it while buffered; in direct mode the
  // whole blocks, handed to the writer thread, the rest (less than a block)
  // carried to the front of the next buffer.
  bool Drain() {
    WaitIdle();  // the writer thread is done with the other buffer and its flags
    if (failed_) return false;
    size_t n = static_cast<size_t>(pptr() - pbase());
    if (!direct_ && !tried_direct_ && written_ + n >= direct_from_) {
      tried_direct_ = true;
      // Align the file offset first, buffered, then go direct from there.
      const size_t lead = std::min(n, (kBlock - written_ % kBlock) % kBlock);
      if (!WriteAll(pbase(), lead)) return false;
      std::memmove(pbase(), pbase() + lead, n - lead);
      n -= lead;
      Reset(n);
      if (written_ % kBlock == 0) SetDirect(true);
      if (direct_) GrowBuffers(n);
    }
    if (!direct_) return WriteAll(pbase(), n) && Reset(0);
    const size_t whole = n - n % kBlock;
    char* full = pbase();
    filling_ = 1 - filling_;
    std::memcpy(buffers_[filling_].get(), full + whole, n - whole);
    Reset(n - whole);
    Submit(full, whole);
    return true;
  }
  bool Reset(size_t kept) {
    char* buffer = buffers_[filling_].get();
    setp(buffer, buffer + capacity_);
    pbump(static_cast<int>(kept));
    return true;
  }
  void SetDirect(bool on) {
    const int flags = ::fcntl(fd_, F_GETFL);
    if (flags < 0) return;
    if (::fcntl(fd_, F_SETFL, on ? flags | O_DIRECT : flags & ~O_DIRECT) == 0) direct_ = on;
  }

  // The writer thread: one job at a time, so bytes reach the file in order.
  void Submit(const char* bytes, size_t n) {
    if (!writer_.joinable()) writer_ = std::thread([this] { WriterLoop(); });
    {
      std::lock_guard<std::mutex> lock(mutex_);
      job_ = bytes;
      job_size_ = n;
      busy_ = true;
    }
    changed_.notify_all();
  }
  void WaitIdle() {
    std::unique_lock<std::mutex> lock(mutex_);
    changed_.wait(lock, [this] { return !busy_; });
  }
  void WriterLoop() {
    std::unique_lock<std::mutex> lock(mutex_);
    for (;;) {
      changed_.wait(lock, [this] { return busy_ || stop_; });
      if (!busy_) return;  // stopping, nothing left
      const char* bytes = job_;
      const size_t n = job_size_;
      lock.unlock();
      WriteAll(bytes, n);
      lock.lock();
      busy_ = false;
      changed_.notify_all();
    }
  }

  // Runs on the writer thread while it holds a job, else on the caller's; the
  // two never overlap (WaitIdle before every synchronous write).
  bool WriteAll(const char* p, size_t n) {
    while (n > 0 && !failed_) {
      ssize_t w = ::write(fd_, p, n);
      if (w < 0) {
        if (errno == EINTR) continue;
        if (errno == EINVAL && direct_) {  // the file system took the flag but not the write
          SetDirect(false);
          if (!direct_) continue;
        }
        failed_ = true;
        error_ = errno;
        return false;
      }
      wrote_direct_ = wrote_direct_ || direct_;
      p += w;
      n -= static_cast<size_t>(w);
      written_ += static_cast<size_t>(w);
    }
    StartWriteback();
    return !failed_;
  }
  // Starts the disk writes of what is written so far, without waiting for them,
  // every few dozen MiB: a large buffered output is on its way to the disk while
  // the rest is written (and an fsync at Commit finds most of it there already),
  // instead of piling up as dirty pages.
  void StartWriteback() {
    constexpr size_t kEvery = size_t{32} << 20;
    if (direct_ || written_ - writeback_from_ < kEvery) return;
    ::sync_file_range(fd_, static_cast<off_t>(writeback_from_),
                      static_cast<off_t>(written_ - writeback_from_), SYNC_FILE_RANGE_WRITE);
    writeback_from_ = written_;
  }

  int fd_;
  size_t direct_from_;
  std::unique_ptr<char[], Free> buffers_[2];
  size_t capacity_ = 0;  // of each buffer
  int filling_ = 0;      // the buffer the stream writes into; the other may be in flight
  size_t written_ = 0, writeback_from_ = 0;
  bool direct_ = false, tried_direct_ = false, wrote_direct_ = false;
  bool failed_ = false;
  int error_ = 0;

  std::thread writer_;
  std::mutex mutex_;
  std::condition_variable changed_;
  const char* job_ = nullptr;
  size_t job_size_ = 0;
  bool busy_ = false, stop_ = false;
};

void AddOutputOptions(CLI::App& command, OutputFlags* flags) {
  command.add_option("-o,--output", flags->path,
                     "write here instead of standard output, atomically: the old file or the "
                     "whole new one, never a part");
  command.add_flag("--sync", flags->sync,
                   "with -o: fsync the file before renaming it into place, so that it survives "
                   "a power loss");
}

Result<std::unique_ptr<Output>> Output::Open(const std::string& path, std::ostream& out,
                                             Sync sync, size_t direct_from) {
  std::unique_ptr<Output> o(new Output());
  o->sync_ = sync;
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
  o->buf_ = std::make_unique<FdBuf>(o->fd_, direct_from);
  o->owned_stream_ = std::make_unique<std::ostream>(o->buf_.get());
  o->stream_ = o->owned_stream_.get();
  return o;
}

Output::~Output() {
  // The writer thread must be done with the descriptor before it is closed.
  owned_stream_.reset();
  buf_.reset();
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
  if (!*stream_ || !buf_->Finish() || buf_->failed()) {
    return Status::IoError("cannot write '" + path_ + "': " + std::strerror(buf_->error()));
  }
  // Keep the mode a plain new file would get (mkstemp makes it 0600).
  mode_t mask = ::umask(0);
  ::umask(mask);
  ::fchmod(fd_, 0666 & ~mask);
  if (sync_ == Sync::kFsync && ::fsync(fd_) != 0) {
    return Status::IoError("cannot sync '" + path_ + "': " + std::strerror(errno));
  }
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

bool Output::wrote_direct() const { return buf_ != nullptr && buf_->wrote_direct(); }

}  // namespace claimgraph::cli
