#include "importers/utf8.h"

#include "core/swar.h"

namespace claimgraph {
namespace {

// Bytes below 0x20 to reject besides malformed UTF-8: none, NUL alone, or all.
enum class Controls { kAllowed, kNulInvalid, kInvalid };

template <Controls kControls>
size_t FirstInvalid(std::string_view text) {
  using swar::kHighs;
  const auto* p = reinterpret_cast<const unsigned char*>(text.data());
  const size_t n = text.size();
  size_t i = 0;
  while (i < n) {
    // Runs of ASCII (most of any input) pass eight bytes at a time.
    while (i + 8 <= n) {
      const uint64_t w = swar::LoadWord(text.data() + i);
      uint64_t stops = w & kHighs;
      if (kControls == Controls::kNulInvalid) stops |= swar::ZeroBytes(w);
      if (kControls == Controls::kInvalid) stops |= swar::BytesBelow(w, 0x20);
      if (stops != 0) break;
      i += 8;
    }
    if (i >= n) break;
    const unsigned char c = p[i];
    if (c < 0x80) {
      if (kControls == Controls::kNulInvalid && c == 0) return i;
      if (kControls == Controls::kInvalid && c < 0x20) return i;
      ++i;
      continue;
    }
    size_t len = 0;
    unsigned char lo = 0x80, hi = 0xBF;  // the allowed range of the second byte
    if (c >= 0xC2 && c <= 0xDF) {
      len = 2;
    } else if (c >= 0xE0 && c <= 0xEF) {
      len = 3;
      if (c == 0xE0) lo = 0xA0;  // overlong
      if (c == 0xED) hi = 0x9F;  // surrogates
    } else if (c >= 0xF0 && c <= 0xF4) {
      len = 4;
      if (c == 0xF0) lo = 0x90;  // overlong
      if (c == 0xF4) hi = 0x8F;  // above U+10FFFF
    } else {
      return i;
    }
    if (i + 1 >= n || p[i + 1] < lo || p[i + 1] > hi) return i;
    for (size_t k = 2; k < len; ++k) {
      if (i + k >= n || (p[i + k] & 0xC0) != 0x80) return i;
    }
    i += len;
  }
  return kWellFormed;
}

}  // namespace

size_t FirstInvalidUtf8(std::string_view text) { return FirstInvalid<Controls::kAllowed>(text); }
size_t FirstInvalidUtf8OrNul(std::string_view text) {
  return FirstInvalid<Controls::kNulInvalid>(text);
}
size_t FirstInvalidUtf8OrControl(std::string_view text) {
  return FirstInvalid<Controls::kInvalid>(text);
}

}  // namespace claimgraph
