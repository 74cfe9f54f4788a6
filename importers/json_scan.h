// A JSON tokenizer for the common case, ahead of RapidJSON's Reader.
//
// The Reader copies every string it reads into a buffer of its own, byte by byte
// up to a 16-byte boundary (at a million stances most strings are shorter than
// that), and so keeps the JSON importer's parsing thread as busy as the thread
// that builds the graph. ScanJson reads the same tokens in place: a string
// without escapes is found with 16-byte compares and never copied.
//
// It takes only what is plainly well-formed: strings of well-formed UTF-8 with
// the short escapes (\" \\ \/ \b \f \n \r \t), numbers of at most 15 digits on
// either side of the point and no exponent, and nesting up to a limit. Anything
// else, valid or not (\u escapes, exponents, a syntax error, bad UTF-8, deeper
// nesting), it leaves, before delivering that token, to the Reader, which reads
// the text again from the start (JsonImporter drops the tokens delivered twice):
// so every message about the syntax is still the Reader's. ReaderTokens, below,
// has the Reader deliver the same tokens. Tested against the Reader by the unit
// tests and the JSON importer's fuzz target (tests/importers/json_scan_oracle.h):
// the tokens it delivers are the Reader's, in order, at the same offsets.
#ifndef CLAIMGRAPH_IMPORTERS_JSON_SCAN_H_
#define CLAIMGRAPH_IMPORTERS_JSON_SCAN_H_

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>

#include <rapidjson/reader.h>

#ifdef __SSE2__
#include <emmintrin.h>
#endif

#include "importers/utf8.h"

namespace claimgraph {

enum class ScanEnd {
  kDone,     // the text was one JSON value, all delivered
  kStopped,  // a token method returned false
  kLeft,     // left to the Reader at the first token it does not take
};

namespace json_scan_internal {

// Where the first quote, backslash or control byte stands from `p` on, and
// whether a byte of 0x80 or above comes before it. `p` must be followed, within
// 16 bytes of any place before that stop, by a NUL (the importers' padding).
inline size_t StopOf(const char* p, bool* high) {
#ifdef __SSE2__
  const __m128i quote = _mm_set1_epi8('"');
  const __m128i backslash = _mm_set1_epi8('\\');
  const __m128i last_control = _mm_set1_epi8(0x1F);
  for (size_t i = 0;; i += 16) {
    const __m128i v = _mm_loadu_si128(reinterpret_cast<const __m128i*>(p + i));
    // max(v, 0x1F) == 0x1F exactly for the bytes 0x00-0x1F (an unsigned max).
    const __m128i stop =
        _mm_or_si128(_mm_or_si128(_mm_cmpeq_epi8(v, quote), _mm_cmpeq_epi8(v, backslash)),
                     _mm_cmpeq_epi8(_mm_max_epu8(v, last_control), last_control));
    const auto stops = static_cast<unsigned>(_mm_movemask_epi8(stop));
    const auto highs = static_cast<unsigned>(_mm_movemask_epi8(v));
    if (stops != 0) {
      const auto at = static_cast<unsigned>(__builtin_ctz(stops));
      *high = *high || (highs & ((1u << at) - 1)) != 0;
      return i + at;
    }
    *high = *high || highs != 0;
  }
#else
  for (size_t i = 0;; ++i) {
    const auto c = static_cast<unsigned char>(p[i]);
    if (c == '"' || c == '\\' || c < 0x20) return i;
    *high = *high || c >= 0x80;
  }
#endif
}

inline bool IsSpace(char c) { return c == ' ' || c == '\n' || c == '\r' || c == '\t'; }
inline bool IsDigit(char c) { return c >= '0' && c <= '9'; }

}  // namespace json_scan_internal

// Reads the JSON value in `text` from `start`, delivering its tokens to `events`:
//   bool Null(size_t at), Bool(size_t at, bool value), Number(size_t at, size_t length),
//   String(size_t open, const char* str, size_t length), and Key() alike,
//   StartObject(size_t at), EndObject(size_t at, size_t members),
//   StartArray(size_t at), EndArray(size_t at, size_t elements)
// with the offset of each token's first byte (a string's: its opening quote). A
// string's bytes are the text's own where it holds no escape, else decoded into
// a buffer that lives until the next string. `text` must be followed by at least
// 16 readable bytes, the first of them NUL. A container that would be nested
// deeper than `max_depth` is left to the Reader.
template <typename Events>
class JsonScanner {
 public:
  JsonScanner(std::string_view text, Events& events, int max_depth)
      : text_(text), p_(text.data()), events_(events), max_depth_(max_depth) {}

  ScanEnd Scan(size_t start) {
    at_ = start;
    SkipSpace();
    const ScanEnd end = Value(0);
    if (end != ScanEnd::kDone) return end;
    SkipSpace();
    // The Reader takes a NUL as the end of the text; here only the real end is.
    return at_ == text_.size() ? ScanEnd::kDone : ScanEnd::kLeft;
  }

 private:
  static ScanEnd Delivered(bool ok) { return ok ? ScanEnd::kDone : ScanEnd::kStopped; }

  void SkipSpace() {
    while (json_scan_internal::IsSpace(p_[at_])) ++at_;
  }

  ScanEnd Value(int depth) {
    switch (p_[at_]) {
      case '{':
        return Container<true>(depth + 1);
      case '[':
        return Container<false>(depth + 1);
      case '"': {
        const size_t open = at_;
        if (!ReadString()) return ScanEnd::kLeft;
        return Delivered(events_.String(open, value_.data(), value_.size()));
      }
      case 't':
        return Literal("true", [&](size_t at) { return events_.Bool(at, true); });
      case 'f':
        return Literal("false", [&](size_t at) { return events_.Bool(at, false); });
      case 'n':
        return Literal("null", [&](size_t at) { return events_.Null(at); });
      default:
        return Number();
    }
  }

  template <typename Deliver>
  ScanEnd Literal(std::string_view word, Deliver deliver) {
    if (std::string_view(p_ + at_, word.size()) != word) return ScanEnd::kLeft;  // padded
    const size_t at = at_;
    at_ += word.size();
    return Delivered(deliver(at));
  }

  // -?(0|[1-9][0-9]{0,14})(\.[0-9]{1,15})?, not followed by a digit, '.', 'e' or
  // 'E' (the Reader would read on, or stop at an error, there).
  ScanEnd Number() {
    using json_scan_internal::IsDigit;
    constexpr size_t kMaxDigits = 15;
    const size_t start = at_;
    size_t at = at_;
    if (p_[at] == '-') ++at;
    if (p_[at] == '0') {
      ++at;
    } else {
      const size_t first = at;
      while (IsDigit(p_[at]) && at - first < kMaxDigits) ++at;
      if (at == first) return ScanEnd::kLeft;
    }
    if (p_[at] == '.') {
      const size_t first = ++at;
      while (IsDigit(p_[at]) && at - first < kMaxDigits) ++at;
      if (at == first) return ScanEnd::kLeft;
    }
    if (IsDigit(p_[at]) || p_[at] == '.' || p_[at] == 'e' || p_[at] == 'E') return ScanEnd::kLeft;
    at_ = at;
    return Delivered(events_.Number(start, at - start));
  }

  // The string opening at at_, into value_; false to leave it to the Reader.
  bool ReadString() {
    using json_scan_internal::StopOf;
    const char* const open = p_ + at_;
    bool high = false;
    const char* p = open + 1;
    p += StopOf(p, &high);
    if (*p == '"') {  // no escape: the text's own bytes
      value_ = std::string_view(open + 1, static_cast<size_t>(p - open - 1));
    } else {
      escaped_.assign(open + 1, p);
      while (*p == '\\') {
        const char decoded = Unescaped(p[1]);
        if (decoded == 0) return false;
        escaped_.push_back(decoded);
        p += 2;
        const char* const run = p;
        p += StopOf(p, &high);
        escaped_.append(run, p);
      }
      value_ = escaped_;
    }
    if (*p != '"') return false;  // a control byte, or the end of the text
    // Bytes of 0x80 and above must make well-formed UTF-8 (the importer's rule);
    // the escapes taken here are all ASCII, so the text's bytes tell.
    if (high && FirstInvalidUtf8(std::string_view(open + 1, static_cast<size_t>(p - open - 1))) !=
                    kWellFormed) {
      return false;
    }
    at_ = static_cast<size_t>(p + 1 - p_);
    return true;
  }

  static char Unescaped(char c) {
    switch (c) {
      case '"':
      case '\\':
      case '/':
        return c;
      case 'b':
        return '\b';
      case 'f':
        return '\f';
      case 'n':
        return '\n';
      case 'r':
        return '\r';
      case 't':
        return '\t';
      default:
        return 0;  // \u, or not an escape: the Reader's
    }
  }

  // An object (members: a key, a colon, a value) or an array (elements: values),
  // read as the Reader reads them.
  template <bool kObject>
  ScanEnd Container(int depth) {
    constexpr char kClose = kObject ? '}' : ']';
    if (depth > max_depth_) return ScanEnd::kLeft;
    if (!(kObject ? events_.StartObject(at_) : events_.StartArray(at_))) return ScanEnd::kStopped;
    ++at_;
    SkipSpace();
    size_t count = 0;
    if (p_[at_] != kClose) {
      for (;;) {
        if constexpr (kObject) {
          const ScanEnd key = KeyAndColon();
          if (key != ScanEnd::kDone) return key;
        }
        const ScanEnd end = Value(depth);
        if (end != ScanEnd::kDone) return end;
        ++count;
        SkipSpace();
        if (p_[at_] != ',') break;
        ++at_;
        SkipSpace();
      }
      if (p_[at_] != kClose) return ScanEnd::kLeft;
    }
    const size_t close = at_++;
    return Delivered(kObject ? events_.EndObject(close, count) : events_.EndArray(close, count));
  }

  ScanEnd KeyAndColon() {
    if (p_[at_] != '"') return ScanEnd::kLeft;
    const size_t open = at_;
    if (!ReadString()) return ScanEnd::kLeft;
    if (!events_.Key(open, value_.data(), value_.size())) return ScanEnd::kStopped;
    SkipSpace();
    if (p_[at_] != ':') return ScanEnd::kLeft;
    ++at_;
    SkipSpace();
    return ScanEnd::kDone;
  }

  std::string_view text_;
  const char* p_;
  Events& events_;
  int max_depth_;
  size_t at_ = 0;
  std::string_view value_;  // the last string read
  std::string escaped_;     // its decoded bytes, when it held an escape
};

// RapidJSON's Reader as a source of the same tokens, for a parse with
// kParseNumbersAsStringsFlag over a StringStream. Where each token starts is read
// off the stream: the Reader copies it into a local while it reads a string or a
// number, so inside those events Tell() is still where the token starts; inside
// the others it has just consumed their one-character (or literal) token.
template <typename Events>
class ReaderTokens {
 public:
  ReaderTokens(Events& events, const rapidjson::StringStream& stream)
      : events_(events), stream_(stream) {}

  bool Null() { return events_.Null(stream_.Tell() - 4); }
  bool Bool(bool b) { return events_.Bool(stream_.Tell() - (b ? 4 : 5), b); }
  // Never called: numbers arrive as text.
  bool Int(int) { return false; }
  bool Uint(unsigned) { return false; }
  bool Int64(int64_t) { return false; }
  bool Uint64(uint64_t) { return false; }
  bool Double(double) { return false; }
  bool RawNumber(const char*, rapidjson::SizeType length, bool) {
    return events_.Number(stream_.Tell(), length);
  }
  bool String(const char* str, rapidjson::SizeType length, bool) {
    return events_.String(stream_.Tell(), str, length);
  }
  bool Key(const char* str, rapidjson::SizeType length, bool) {
    return events_.Key(stream_.Tell(), str, length);
  }
  bool StartObject() { return events_.StartObject(stream_.Tell() - 1); }
  bool EndObject(rapidjson::SizeType members) {
    return events_.EndObject(stream_.Tell() - 1, members);
  }
  bool StartArray() { return events_.StartArray(stream_.Tell() - 1); }
  bool EndArray(rapidjson::SizeType elements) {
    return events_.EndArray(stream_.Tell() - 1, elements);
  }

 private:
  Events& events_;
  const rapidjson::StringStream& stream_;
};

template <typename Events>
ScanEnd ScanJson(std::string_view text, size_t start, Events& events, int max_depth) {
  return JsonScanner<Events>(text, events, max_depth).Scan(start);
}

}  // namespace claimgraph

#endif  // CLAIMGRAPH_IMPORTERS_JSON_SCAN_H_
