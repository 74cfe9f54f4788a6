#include "core/small_pages.h"

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

void UnmapSmallPages(void* p, size_t bytes) {
#ifdef __linux__
  ::munmap(p, WholePages(bytes));
#else
  (void)bytes;
  ::operator delete(p);
#endif
}

}  // namespace claimgraph
