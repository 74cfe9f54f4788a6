// A RapidJSON output stream over std::ostream that writes in large chunks: the
// writers emit millions of small tokens, and ostream::put per byte would dominate.
// Header-only so each writer .cc can use it with its own rapidjson::Writer.
#ifndef CLAIMGRAPH_EXPORTERS_JSON_STREAM_H_
#define CLAIMGRAPH_EXPORTERS_JSON_STREAM_H_

#include <cstddef>
#include <ostream>
#include <vector>

namespace claimgraph {

class BufferedJsonStream {
 public:
  using Ch = char;
  explicit BufferedJsonStream(std::ostream& out, size_t capacity = 1 << 20)
      : out_(out), buffer_(capacity) {}
  ~BufferedJsonStream() { Flush(); }
  BufferedJsonStream(const BufferedJsonStream&) = delete;
  BufferedJsonStream& operator=(const BufferedJsonStream&) = delete;

  void Put(char c) {
    if (size_ == buffer_.size()) Drain();
    buffer_[size_++] = c;
  }
  // Room for `count` more bytes; RapidJSON asks before each string or raw value
  // and then writes with PutUnsafe, skipping the per-byte capacity check.
  void Reserve(size_t count) {
    if (buffer_.size() - size_ >= count) return;
    Drain();
    if (count > buffer_.size()) buffer_.resize(count);
  }
  void PutUnsafe(char c) { buffer_[size_++] = c; }
  void Flush() {
    Drain();
    out_.flush();
  }
  // RapidJSON's output-stream concept also names these; they are never called.
  char Peek() const { return 0; }
  char Take() { return 0; }
  size_t Tell() const { return 0; }
  char* PutBegin() { return nullptr; }
  size_t PutEnd(char*) { return 0; }

 private:
  void Drain() {
    if (size_ > 0) out_.write(buffer_.data(), static_cast<std::streamsize>(size_));
    size_ = 0;
  }
  std::ostream& out_;
  std::vector<char> buffer_;
  size_t size_ = 0;
};

}  // namespace claimgraph


#endif  // CLAIMGRAPH_EXPORTERS_JSON_STREAM_H_
