#pragma once

namespace claimgraph::cli {

// Asks glibc's malloc to back its large blocks with transparent huge pages, and
// to keep one arena for all threads. glibc reads both only from tunables set
// before the process starts (glibc.malloc.hugetlb=1, glibc.malloc.arena_max=1),
// so this sets them and restarts the process in place (same pid, arguments and
// open files), once. A million-claim check touches about 1 GB; on 4 KiB pages
// that is 400,000 page faults, and on a VM whose host faults in each fresh page
// huge pages cut that run by a third. (On a VM that hands free memory back to its
// host, the strings and the entity tables measured faster on small pages: they
// opt out, core/small_pages.h.) One arena: the read-ahead and writer threads
// allocate few, large blocks, and with arenas of their own the 1M check measured
// slower in import and write (docs/performance.md).
//
// Does nothing when GLIBC_TUNABLES already names either tunable (a user who sets
// glibc.malloc.hugetlb=0 opts out), when the kernel's THP mode is "never",
// under a sanitizer (it owns malloc), off glibc, or when the restart fails.
void TuneMalloc(char** argv);

}  // namespace claimgraph::cli
