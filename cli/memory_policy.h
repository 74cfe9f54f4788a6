#pragma once

namespace claimgraph::cli {

// Asks glibc's malloc to back its large blocks with transparent huge pages,
// which it does only when the tunable glibc.malloc.hugetlb=1 is set before the
// process starts: so this sets it and restarts the process in place (same pid,
// arguments and open files), once. A million-claim check touches about 1 GB;
// on 4 KiB pages that is 400,000 page faults, and on a VM whose host faults in
// each fresh page the restart cut that run by a third (docs/performance.md).
//
// Does nothing when GLIBC_TUNABLES already names the tunable (a user who sets
// glibc.malloc.hugetlb=0 opts out), when the kernel's THP mode is "never",
// under a sanitizer (it owns malloc), off glibc, or when the restart fails.
void PreferHugePages(char** argv);

}  // namespace claimgraph::cli
