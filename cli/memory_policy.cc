#include "cli/memory_policy.h"

#include <unistd.h>

#include <cstdlib>
#include <fstream>
#include <string>
#include <string_view>

namespace claimgraph::cli {
namespace {

constexpr std::string_view kHugePages = "glibc.malloc.hugetlb";
constexpr std::string_view kArenas = "glibc.malloc.arena_max";

#if defined(__SANITIZE_ADDRESS__) || defined(__SANITIZE_THREAD__)
constexpr bool kSanitized = true;
#elif defined(__has_feature)
#if __has_feature(address_sanitizer) || __has_feature(thread_sanitizer) || \
    __has_feature(memory_sanitizer)
constexpr bool kSanitized = true;
#else
constexpr bool kSanitized = false;
#endif
#else
constexpr bool kSanitized = false;
#endif

// "always [madvise] never": glibc's hugetlb=1 madvises, which works in every
// mode but "never".
bool KernelOffersHugePages() {
  std::ifstream mode("/sys/kernel/mm/transparent_hugepage/enabled");
  std::string line;
  return std::getline(mode, line) && line.find("[never]") == std::string::npos;
}

}  // namespace

void TuneMalloc(char** argv) {
#ifdef __GLIBC__
  if (kSanitized) return;
  const char* set = std::getenv("GLIBC_TUNABLES");
  const bool had_tunables = set != nullptr;
  const std::string original = had_tunables ? set : "";
  if (original.find(kHugePages) != std::string::npos) return;
  if (original.find(kArenas) != std::string::npos) return;
  if (!KernelOffersHugePages()) return;
  std::string tunables = original;
  if (!tunables.empty()) tunables += ':';
  tunables += std::string(kHugePages) + "=1:" + std::string(kArenas) + "=1";
  if (setenv("GLIBC_TUNABLES", tunables.c_str(), 1) != 0) return;
  execv("/proc/self/exe", argv);
  // Still here: the restart failed (no /proc, say). Run as we are, and leave
  // the environment as it was for anything this process starts.
  if (had_tunables) {
    setenv("GLIBC_TUNABLES", original.c_str(), 1);
  } else {
    unsetenv("GLIBC_TUNABLES");
  }
#else
  (void)argv;
#endif
}

}  // namespace claimgraph::cli
