// Well-formed UTF-8 (RFC 3629: no overlong forms, no surrogates, nothing above
// U+10FFFF), the rule both importers hold their input to.
#ifndef CLAIMGRAPH_IMPORTERS_UTF8_H_
#define CLAIMGRAPH_IMPORTERS_UTF8_H_

#include <cstddef>
#include <string_view>

#include "core/swar.h"

namespace claimgraph {

inline constexpr size_t kWellFormed = static_cast<size_t>(-1);

// The offset of the first byte of `text` that does not start a well-formed UTF-8
// sequence (a sequence cut short by the end of `text` does not), or kWellFormed.
size_t FirstInvalidUtf8(std::string_view text);
// The same, and a NUL byte counts as invalid too (C strings, and so libcgraph's DOT
// labels, would end there).
size_t FirstInvalidUtf8OrNul(std::string_view text);
// The same, and any control byte (below 0x20) counts as invalid too, as it does
// inside a JSON string.
size_t FirstInvalidUtf8OrControl(std::string_view text);
// Whether every byte of `text` is printable ASCII (0x20 to 0x7F). Inline: the JSON
// importer asks it of every string.
inline bool IsPrintableAscii(std::string_view text) {
  uint64_t stops = 0;
  size_t i = 0;
  for (; i + 8 <= text.size(); i += 8) {
    const uint64_t w = swar::LoadWord(text.data() + i);
    stops |= (w & swar::kHighs) | swar::BytesBelow(w, 0x20);
  }
  for (; i < text.size(); ++i) {
    const auto c = static_cast<unsigned char>(text[i]);
    if (c < 0x20 || c >= 0x80) return false;
  }
  return stops == 0;
}

}  // namespace claimgraph

#endif  // CLAIMGRAPH_IMPORTERS_UTF8_H_
