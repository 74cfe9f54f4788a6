// The unit two cores contend for. Data that two threads write at the same time
// (or one writes while another reads it, row after row) starts a line of its own:
// sharing one, the cores would pass it back and forth at every write.
#ifndef CLAIMGRAPH_CORE_CACHE_LINE_H_
#define CLAIMGRAPH_CORE_CACHE_LINE_H_

#include <cstddef>

namespace claimgraph {

inline constexpr std::size_t kCacheLine = 64;

}  // namespace claimgraph

#endif  // CLAIMGRAPH_CORE_CACHE_LINE_H_
