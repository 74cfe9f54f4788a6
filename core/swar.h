// Word-at-a-time byte tests ("SIMD within a register") on 8 bytes loaded
// little-endian: how the importers and the JSON writers pass runs of ordinary
// bytes without a branch per byte.
#ifndef CLAIMGRAPH_CORE_SWAR_H_
#define CLAIMGRAPH_CORE_SWAR_H_

#include <cstdint>
#include <cstring>

namespace claimgraph::swar {

inline constexpr uint64_t kOnes = 0x0101010101010101ull;
inline constexpr uint64_t kHighs = 0x8080808080808080ull;

inline uint64_t LoadWord(const char* p) {
  uint64_t w;
  std::memcpy(&w, p, sizeof w);
  return w;
}

// The high bit of each zero byte of `w` is set (and only those below the first
// zero byte are exact; enough to find the first one).
inline uint64_t ZeroBytes(uint64_t w) { return (w - kOnes) & ~w & kHighs; }
// The same for each byte below `n` (at most 0x80); no byte of `w` is below `n`
// exactly when this is 0.
inline uint64_t BytesBelow(uint64_t w, unsigned char n) { return (w - kOnes * n) & ~w & kHighs; }

}  // namespace claimgraph::swar

#endif  // CLAIMGRAPH_CORE_SWAR_H_
