#include "core/id_index.h"

#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "core/interner.h"

namespace claimgraph {
namespace {

uint32_t FindIn(const IdIndex& index, std::string_view id) {
  return index.Find(id, Interner::Hash(id));
}

TEST(IdIndexTest, FindsWhatWasInsertedAndNothingElse) {
  Interner strings;
  IdIndex index;
  EXPECT_EQ(FindIn(index, "a"), IdIndex::kMissing);  // empty table
  for (std::string id : {"src-1", "src-2", "", "src-10"}) {
    const std::string_view stored = strings.Str(strings.Intern(id));
    index.Insert(stored, Interner::Hash(id), static_cast<uint32_t>(index.size()));
  }
  EXPECT_EQ(FindIn(index, "src-1"), 0u);
  EXPECT_EQ(FindIn(index, "src-2"), 1u);
  EXPECT_EQ(FindIn(index, ""), 2u);
  EXPECT_EQ(FindIn(index, "src-10"), 3u);
  EXPECT_EQ(FindIn(index, "src-3"), IdIndex::kMissing);
  EXPECT_EQ(FindIn(index, "src-1 "), IdIndex::kMissing);
  EXPECT_EQ(FindIn(index, "src-"), IdIndex::kMissing);
}

// Past many regrowths every id still finds its own index, and near misses
// (a prefix, one byte changed) find nothing.
TEST(IdIndexTest, SurvivesGrowth) {
  Interner strings;
  IdIndex index;
  std::vector<std::string> ids;
  for (int i = 0; i < 100000; ++i) ids.push_back("doc-" + std::to_string(i * 7919 % 1000003));
  for (uint32_t i = 0; i < ids.size(); ++i) {
    ASSERT_EQ(FindIn(index, ids[i]), IdIndex::kMissing) << ids[i];
    index.Insert(strings.Str(strings.Intern(ids[i])), Interner::Hash(ids[i]), i);
  }
  EXPECT_EQ(index.size(), ids.size());
  for (uint32_t i = 0; i < ids.size(); ++i) ASSERT_EQ(FindIn(index, ids[i]), i) << ids[i];
  EXPECT_EQ(FindIn(index, "doc-"), IdIndex::kMissing);
  EXPECT_EQ(FindIn(index, "dox-0"), IdIndex::kMissing);
  index.Clear();
  EXPECT_EQ(index.size(), 0u);
  EXPECT_EQ(FindIn(index, ids[0]), IdIndex::kMissing);
}

// Ids whose hashes agree (a forced collision) are still told apart by their bytes,
// and ids that differ only in length by their lengths.
TEST(IdIndexTest, CollidingHashesAreToldApartByTheBytes) {
  IdIndex index;
  const std::string a = "alpha", b = "bravo", longer("alpha\0x", 7);
  const uint64_t same = 0x123456789abcdef0ull;
  index.Insert(a, same, 1);
  index.Insert(b, same, 2);
  index.Insert(std::string_view(longer.data(), 6), same, 3);
  EXPECT_EQ(index.Find(a, same), 1u);
  EXPECT_EQ(index.Find(b, same), 2u);
  EXPECT_EQ(index.Find(std::string_view(longer.data(), 6), same), 3u);
  EXPECT_EQ(index.Find("charlie", same), IdIndex::kMissing);
  EXPECT_EQ(index.Find(a, same ^ (uint64_t{1} << 40)), IdIndex::kMissing);  // another tag
}

// Short ids are kept in the slot, long ones by pointer; both are found, and an id
// at the edge (16 bytes) and one past it are told from their neighbours.
TEST(IdIndexTest, ShortAndLongIdsAreFound) {
  Interner strings;
  IdIndex index;
  const std::vector<std::string> ids = {"s", "sixteen-bytes-id", "seventeen-bytes-i",
                                        "a much longer source id, past any inline room",
                                        std::string("nul\0inside", 10)};
  for (uint32_t i = 0; i < ids.size(); ++i) {
    index.Insert(strings.Str(strings.Intern(ids[i])), Interner::Hash(ids[i]), i);
  }
  for (uint32_t i = 0; i < ids.size(); ++i) EXPECT_EQ(FindIn(index, ids[i]), i) << ids[i];
  EXPECT_EQ(FindIn(index, "sixteen-bytes-iX"), IdIndex::kMissing);
  EXPECT_EQ(FindIn(index, "seventeen-bytes-X"), IdIndex::kMissing);
  EXPECT_EQ(FindIn(index, std::string("nul\0insidf", 10)), IdIndex::kMissing);
  EXPECT_EQ(FindIn(index, std::string("nul", 3)), IdIndex::kMissing);
  // The same bytes under a forced equal hash: length and bytes still decide.
  const uint64_t same = 42;
  IdIndex forced;
  forced.Insert("abc", same, 1);
  forced.Insert(std::string_view("abc\0", 4), same, 2);
  EXPECT_EQ(forced.Find("abc", same), 1u);
  EXPECT_EQ(forced.Find(std::string_view("abc\0", 4), same), 2u);
  EXPECT_EQ(forced.Find("abd", same), IdIndex::kMissing);
}

}  // namespace
}  // namespace claimgraph
