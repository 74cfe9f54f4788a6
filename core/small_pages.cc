#include "core/small_pages.h"

#include <algorithm>
#include <cstdint>

#ifdef __linux__
#include <sys/mman.h>
#include <time.h>
#include <unistd.h>
#endif

namespace claimgraph {
namespace {

#ifdef __linux__
size_t WholePages(size_t bytes) {
  static const auto page = static_cast<size_t>(::sysconf(_SC_PAGESIZE));
  return (bytes + page - 1) / page * page;
}
#endif

// This thread's CPU time: what faulting pages costs it, not time it waited for a
// core. A host's fault stalls the CPU, so counts.
uint64_t ThreadNanos() {
#ifdef __linux__
  timespec now{};
  ::clock_gettime(CLOCK_THREAD_CPUTIME_ID, &now);
  return static_cast<uint64_t>(now.tv_sec) * 1000000000u + static_cast<uint64_t>(now.tv_nsec);
#else
  return 0;
#endif
}

}  // namespace

void* MapSmallPages(size_t bytes) {
#ifdef __linux__
  const size_t size = WholePages(bytes);
  void* p = ::mmap(nullptr, size, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
  if (p == MAP_FAILED) throw std::bad_alloc();
  ::madvise(p, size, MADV_NOHUGEPAGE);  // a hint: where it fails, the memory works as is
  return p;
#else
  return ::operator new(bytes);
#endif
}

void PrefaultPages(void* p, size_t bytes) {
#if defined(__linux__) && defined(MADV_POPULATE_WRITE)
  static const auto page = static_cast<uintptr_t>(::sysconf(_SC_PAGESIZE));
  const uintptr_t begin = (reinterpret_cast<uintptr_t>(p) + page - 1) / page * page;
  const uintptr_t end = (reinterpret_cast<uintptr_t>(p) + bytes) / page * page;
  if (end > begin) ::madvise(reinterpret_cast<void*>(begin), end - begin, MADV_POPULATE_WRITE);
#else
  (void)p;
  (void)bytes;
#endif
}

std::thread PrefaultUpperHalf(void* p, size_t bytes) {
  if (bytes < kPrefaultHalfFromBytes) return {};
  char* upper = static_cast<char*>(p) + bytes / 2;
  return std::thread([upper, rest = bytes - bytes / 2] { PrefaultPages(upper, rest); });
}

void Prefaulter::Ahead(const void* data, size_t used, size_t capacity) {
  if (capacity < kMinTableBytes || !PagesAreDear()) return;
  auto entry =
      std::find_if(asked_.begin(), asked_.end(), [data](const auto& e) { return e.first == data; });
  if (entry == asked_.end()) entry = asked_.insert(asked_.end(), {data, 0});
  const size_t begin = std::max(entry->second, used);
  const size_t end = std::min(capacity, used + kLookahead);
  if (end <= begin || (end - begin < kLookahead / 4 && end < capacity)) return;
  entry->second = end;
  Ask({static_cast<char*>(const_cast<void*>(data)) + begin, end - begin, false});
}

void Prefaulter::Probe(void* p, size_t bytes) { Ask({p, bytes, true}); }

void Prefaulter::Ask(Request request) {
  std::lock_guard<std::mutex> lock(mutex_);
  requests_.push_back(request);
}

bool Prefaulter::RunOne() {
  Request request{};
  {
    std::lock_guard<std::mutex> lock(mutex_);
    if (requests_.empty()) return false;
    request = requests_.front();
    requests_.pop_front();
  }
  const uint64_t start = ThreadNanos();
  PrefaultPages(request.p, request.bytes);
  const size_t pages = request.bytes / 4096;
  if (request.timed && pages > 0) {
    const uint64_t per_page = (ThreadNanos() - start) / pages;
    nanos_per_page_.store(static_cast<uint32_t>(std::min<uint64_t>(per_page, UINT32_MAX)),
                          std::memory_order_relaxed);
  }
  return true;
}

void UnmapSmallPages(void* p, size_t bytes) {
#ifdef __linux__
  ::munmap(p, WholePages(bytes));
#else
  (void)bytes;
  ::operator delete(p);
#endif
}

}  // namespace claimgraph
