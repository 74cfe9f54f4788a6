#include "core/small_pages.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <cstdint>
#include <fstream>
#include <sstream>
#include <string>
#include <vector>

#include "core/interner.h"

namespace claimgraph {
namespace {

// The VmFlags of the mapping that holds `address`, from /proc/self/smaps ("" if none).
std::string VmFlagsOf(const void* address) {
  const auto at = reinterpret_cast<uintptr_t>(address);
  std::ifstream smaps("/proc/self/smaps");
  std::string line;
  bool inside = false;
  while (std::getline(smaps, line)) {
    uintptr_t begin = 0, end = 0;
    char dash = 0;
    std::istringstream range(line);
    if (range >> std::hex >> begin >> dash >> end && dash == '-') {
      inside = begin <= at && at < end;
    } else if (inside && line.rfind("VmFlags:", 0) == 0) {
      return line;
    }
  }
  return "";
}

TEST(SmallPagesTest, PrefaulterRunsTheProbesAndAsksForTablesOnlyWhenPagesAreDear) {
  Prefaulter prefaulter;
  EXPECT_FALSE(prefaulter.RunOne());  // nothing asked
  // No probe yet: pages count as cheap, so a table's pages are not asked for.
  std::vector<uint64_t, SmallPageAllocator<uint64_t>> table;
  table.reserve(size_t{8} << 20);
  table.resize(1000);
  prefaulter.Ahead(table);
  EXPECT_FALSE(prefaulter.RunOne());
  // While pages are cheap, one fresh block in kProbeEvery is probed.
  int wanted = 0;
  for (uint32_t i = 0; i < Prefaulter::kProbeEvery; ++i) wanted += prefaulter.WantsProbe();
  EXPECT_GE(wanted, 1);
  // A probe is run, and leaves the block's contents as they were.
  std::vector<char, SmallPageAllocator<char>> block(size_t{1} << 20, 'x');
  prefaulter.Probe(block.data(), block.size());
  EXPECT_TRUE(prefaulter.RunOne());
  EXPECT_FALSE(prefaulter.RunOne());
  EXPECT_EQ(std::count(block.begin(), block.end(), 'x'), static_cast<long>(block.size()));
}

TEST(SmallPagesTest, VectorKeepsItsElementsThroughGrowthAcrossTheThreshold) {
  std::vector<uint64_t, SmallPageAllocator<uint64_t>> v;
  for (uint64_t i = 0; i < 1'000'000; ++i) v.push_back(i * 7);  // 8 MB: mapped past 1 MiB
  for (uint64_t i = 0; i < v.size(); ++i) ASSERT_EQ(v[i], i * 7);
  v.resize(10);
  v.shrink_to_fit();  // back under the threshold: operator new
  EXPECT_EQ(v.back(), 63u);
}

#ifdef __linux__
// A kernel built without transparent huge pages has no MADV_NOHUGEPAGE to set.
bool KernelHasHugePages() {
  return std::ifstream("/sys/kernel/mm/transparent_hugepage/enabled").good();
}

TEST(SmallPagesTest, LargeBuffersAreMarkedNoHugePages) {
  if (!KernelHasHugePages()) GTEST_SKIP() << "no transparent huge pages in this kernel";
  std::vector<char, SmallPageAllocator<char>> large(4 << 20, 'x');
  const std::string flags = VmFlagsOf(large.data());
  ASSERT_FALSE(flags.empty()) << "no mapping found in /proc/self/smaps";
  EXPECT_NE(flags.find(" nh"), std::string::npos) << flags;  // MADV_NOHUGEPAGE
}

TEST(SmallPagesTest, InternerAndTextStoreBytesAreOnSmallPages) {
  if (!KernelHasHugePages()) GTEST_SKIP() << "no transparent huge pages in this kernel";
  Interner symbols;
  TextStore texts;
  const Symbol id = symbols.Intern("doc-0013963");
  const uint32_t quote = texts.Add("\"in fact there were much more dead\"");
  EXPECT_NE(VmFlagsOf(symbols.Str(id).data()).find(" nh"), std::string::npos);
  EXPECT_NE(VmFlagsOf(texts.Get(quote).data()).find(" nh"), std::string::npos);
}
#endif

}  // namespace
}  // namespace claimgraph
