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

#include <atomic>
#include <cstddef>
#include <cstdint>
#include <deque>
#include <mutex>
#include <new>
#include <thread>
#include <utility>
#include <vector>

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

// Faults in the pages that growing tables are about to be written into, on a
// thread that would otherwise wait: the thread filling the tables asks (once a
// batch), and the other, whenever it has nothing else to do, takes the requests
// one at a time (RunOne). It pays only where fresh pages are dear: on a VM whose
// free memory the host has taken back (virtio-balloon free page reporting) a page
// can cost several microseconds, where a cheap one costs about 0.3 us and is
// better faulted in by the thread that writes it, which then finds the zeroed
// lines in its own cache (docs/performance.md, sessions 17 and 18). So it
// measures: fresh blocks (Probe) are faulted in and timed, and the tables' pages
// are asked for only while the last probe found pages dear. Hints only: a page
// not reached yet faults in as it is written, no result depends on them, and a
// request for memory freed meanwhile fails harmlessly (MADV_POPULATE_WRITE
// changes no byte).
class Prefaulter {
 public:
  // How far past a table's written bytes its pages are asked for, in steps of a
  // quarter of that: a few batches' growth of the busiest table at a million rows.
  static constexpr size_t kLookahead = size_t{2} << 20;
  // Tables smaller than this are left alone: they fault in quickly.
  static constexpr size_t kMinTableBytes = size_t{4} << 20;
  // From this price on, a page is worth faulting in on the other core.
  static constexpr uint32_t kDearNanosPerPage = 600;
  // While pages are cheap, one fresh block in this many is still probed.
  static constexpr uint32_t kProbeEvery = 4;

  // ---- from the filling thread ----

  // A table of `capacity` bytes at `data`, `used` of them written: while pages
  // are dear, asks for its pages up to kLookahead past `used`, as far as not
  // asked for before.
  void Ahead(const void* data, size_t used, size_t capacity);
  template <typename Vector>
  void Ahead(const Vector& table) {
    constexpr size_t kItem = sizeof(typename Vector::value_type);
    Ahead(table.data(), table.size() * kItem, table.capacity() * kItem);
  }
  // Whether a caller with a fresh block to map ahead should map it and Probe it:
  // always while pages are dear, else one time in kProbeEvery.
  bool WantsProbe() { return PagesAreDear() || ++probes_offered_ % kProbeEvery == 0; }
  // Asks for all of [p, p + bytes), memory nothing touches before it is needed,
  // to be faulted in and timed: the price of a fresh page now.
  void Probe(void* p, size_t bytes);

  // ---- from the other thread ----

  // Faults in the oldest request; false if there was none.
  bool RunOne();

 private:
  struct Request {
    void* p;
    size_t bytes;
    bool timed;
  };
  bool PagesAreDear() const {
    return nanos_per_page_.load(std::memory_order_relaxed) >= kDearNanosPerPage;
  }
  void Ask(Request request);

  // Per table (by its data pointer: a table that regrows starts a new entry), the
  // end of what was asked for. A handful of tables: a linear scan.
  std::vector<std::pair<const void*, size_t>> asked_;
  uint32_t probes_offered_ = 0;
  std::atomic<uint32_t> nanos_per_page_{0};  // from the last probe; none yet: cheap
  std::mutex mutex_;
  std::deque<Request> requests_;
};

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
