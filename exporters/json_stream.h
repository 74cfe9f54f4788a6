// A RapidJSON output stream over std::ostream that writes in large chunks: the
// writers emit millions of small tokens, and ostream::put per byte would dominate.
// Header-only so each writer .cc can use it with its own rapidjson::Writer.
#ifndef CLAIMGRAPH_EXPORTERS_JSON_STREAM_H_
#define CLAIMGRAPH_EXPORTERS_JSON_STREAM_H_

#include <rapidjson/stringbuffer.h>
#include <rapidjson/writer.h>

#include <cstddef>
#include <cstring>
#include <ostream>
#include <string_view>
#include <vector>

#include "core/swar.h"

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
  // Appends `n` bytes at once (large runs go straight to the stream).
  void PutBulk(const char* data, size_t n) {
    if (n == 0) return;  // an empty view's data may be null, which memcpy must not get
    if (buffer_.size() - size_ < n) {
      Drain();
      if (n >= buffer_.size()) {
        out_.write(data, static_cast<std::streamsize>(n));
        return;
      }
    }
    std::memcpy(buffer_.data() + size_, data, n);
    size_ += n;
  }
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

// RapidJSON's Writer calls PutReserve/PutUnsafe unqualified on its stream, so
// these overloads are found by argument-dependent lookup and beat its generic
// per-byte versions.
inline void PutReserve(BufferedJsonStream& stream, size_t count) { stream.Reserve(count); }
inline void PutUnsafe(BufferedJsonStream& stream, char c) { stream.PutUnsafe(c); }

inline void PutBulk(BufferedJsonStream& stream, const char* data, size_t n) {
  stream.PutBulk(data, n);
}
inline void PutBulk(rapidjson::StringBuffer& buffer, const char* data, size_t n) {
  if (n != 0) std::memcpy(buffer.Push(n), data, n);  // an empty view's data may be null
}

// Whether JSON writes `s` as it is, between quotes: no '"', no '\\', no control
// byte (what RapidJSON's Writer escapes, for UTF-8 out of UTF-8).
inline bool NeedsNoEscape(std::string_view s) {
  using swar::kOnes;
  uint64_t stops = 0;
  size_t i = 0;
  for (; i + 8 <= s.size(); i += 8) {
    const uint64_t w = swar::LoadWord(s.data() + i);
    stops |= swar::ZeroBytes(w ^ (kOnes * '"')) | swar::ZeroBytes(w ^ (kOnes * '\\')) |
             swar::BytesBelow(w, 0x20);
  }
  for (; i < s.size(); ++i) {
    const auto c = static_cast<unsigned char>(s[i]);
    if (c == '"' || c == '\\' || c < 0x20) return false;
  }
  return stops == 0;
}

// rapidjson::Writer with one more event: a value already serialised elsewhere,
// copied in as a block. RapidJSON's own RawValue copies byte by byte, which
// dominated writing reports of millions of pre-serialised claims. And strings
// that need no escape (most ids, names and quotes) are copied in as blocks too:
// RapidJSON's WriteString looks every byte up in its escape table.
template <typename Stream>
class BulkWriter : public rapidjson::Writer<Stream> {
  using Base = rapidjson::Writer<Stream>;

 public:
  using Base::Base;
  using Base::Key;
  using Base::String;
  bool RawBlock(const char* json, size_t length, rapidjson::Type type) {
    this->Prefix(type);
    PutBulk(*this->os_, json, length);
    return this->EndValue(true);
  }
  // Elements of the array just started, already serialised with the commas
  // between them: copied in as they are, without a Prefix (so the writer does not
  // count them); only the array's end may follow.
  void RawElements(const char* json, size_t length) { PutBulk(*this->os_, json, length); }
  bool String(const char* str, rapidjson::SizeType length, bool copy = false) {
    if (!NeedsNoEscape(std::string_view(str, length))) return Base::String(str, length, copy);
    this->Prefix(rapidjson::kStringType);
    PutReserve(*this->os_, size_t{length} + 2);
    PutUnsafe(*this->os_, '"');
    PutBulk(*this->os_, str, length);
    PutUnsafe(*this->os_, '"');
    return this->EndValue(true);
  }
  bool Key(const char* str, rapidjson::SizeType length, bool copy = false) {
    return String(str, length, copy);  // as RapidJSON's Key: a string in key position
  }
};

}  // namespace claimgraph

#endif  // CLAIMGRAPH_EXPORTERS_JSON_STREAM_H_
