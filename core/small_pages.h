// Memory mapped on its own, on small pages: for data written as the input is read
// (string bytes, the table of quotes, the entity tables), whose huge pages a run
// that starts cold would pay for on the importing thread. A huge page needs a free
// 2 MB block of the kernel's, and on a VM that reports free memory to its host
// (virtio-balloon free page reporting) those blocks are the memory the host takes
// back: touching them again costs 1.5-3 s a GiB, where the guest's smaller free
// blocks cost a tenth of that (docs/performance.md, session 14). Off Linux, plain
// operator new.
#ifndef CLAIMGRAPH_CORE_SMALL_PAGES_H_
#define CLAIMGRAPH_CORE_SMALL_PAGES_H_

#include <cstddef>
#include <new>
#include <thread>

namespace claimgraph {

// `bytes` (rounded up to whole pages) of fresh memory; std::bad_alloc if none.
void* MapSmallPages(size_t bytes);
// Frees what MapSmallPages(bytes) returned, with the same `bytes`.
void UnmapSmallPages(void* p, size_t bytes);
// Asks the kernel to fault in the whole pages of [p, p + bytes) of a mapping now
// (MADV_POPULATE_WRITE), so that another thread can take a table's page faults off
// the thread about to fill it. A hint: where it cannot, the pages fault in as they
// are written.
void PrefaultPages(void* p, size_t bytes);
// For a thread about to fill a fresh table of `bytes` at `p` from the front: faults
// in its upper half on a second thread meanwhile (on a VM a fresh page costs more
// than the copy into it). Tables under kPrefaultHalfFromBytes fault in as written.
// Join the thread returned (not joinable when none was started) before returning
// the table.
inline constexpr size_t kPrefaultHalfFromBytes = size_t{8} << 20;
std::thread PrefaultUpperHalf(void* p, size_t bytes);

// An allocator for std::vector that maps large buffers on small pages; small ones
// (below kMinBytes) come from operator new, as they would anyway.
template <typename T>
struct SmallPageAllocator {
  using value_type = T;
  static constexpr size_t kMinBytes = size_t{1} << 20;

  SmallPageAllocator() = default;
  template <typename U>
  SmallPageAllocator(const SmallPageAllocator<U>&) {}  // NOLINT: rebinding, as allocators do

  T* allocate(size_t n) {
    const size_t bytes = n * sizeof(T);
    if (bytes < kMinBytes) return static_cast<T*>(::operator new(bytes));
    return static_cast<T*>(MapSmallPages(bytes));
  }
  void deallocate(T* p, size_t n) {
    const size_t bytes = n * sizeof(T);
    if (bytes < kMinBytes) {
      ::operator delete(p);
    } else {
      UnmapSmallPages(p, bytes);
    }
  }
  friend bool operator==(const SmallPageAllocator&, const SmallPageAllocator&) { return true; }
};

}  // namespace claimgraph

#endif  // CLAIMGRAPH_CORE_SMALL_PAGES_H_
