#include "core/small_pages.h"

#include <cstdint>

#ifdef __linux__
#include <sys/mman.h>
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

void UnmapSmallPages(void* p, size_t bytes) {
#ifdef __linux__
  ::munmap(p, WholePages(bytes));
#else
  (void)bytes;
  ::operator delete(p);
#endif
}

}  // namespace claimgraph
