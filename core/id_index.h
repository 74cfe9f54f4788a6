// IdIndex: the id strings of one entity kind -> entity index.
//
// The interner holds every string of the graph in one table (millions of slots at
// scale), so a lookup there is a walk through cold memory: slot, view, bytes. An
// import asks "which source is this?" for every stance, and a few thousand
// sources would share that table with millions of documents and claims. A kind
// that is looked up far more often than it grows gets a table of its own, whose
// slot holds the id's length and its bytes, inline when the id is short (as source
// ids are), else a pointer to them (stored once, by the interner): a lookup
// touches one slot and stays in cache. (With every id behind a pointer, the
// compare's read of bytes scattered through the interner's arena was a cache miss
// per lookup: a third of the import's string compares at a million claims.)
#ifndef CLAIMGRAPH_CORE_ID_INDEX_H_
#define CLAIMGRAPH_CORE_ID_INDEX_H_

#include <cstddef>
#include <cstdint>
#include <string_view>
#include <vector>

namespace claimgraph {

class IdIndex {
 public:
  static constexpr uint32_t kMissing = UINT32_MAX;

  // The index stored for `id` (whose Interner::Hash is `hash`), or kMissing.
  uint32_t Find(std::string_view id, uint64_t hash) const;
  // Adds `id` -> `index`, which must not be kMissing; `id` must be absent, and its
  // bytes must outlive the table unless it is short (a long id is not copied: pass
  // the interner's view).
  void Insert(std::string_view id, uint64_t hash, uint32_t index);
  void Clear();
  // A hint only: the slot a lookup of `hash` starts at, on its way into the cache.
  void Prefetch(uint64_t hash) const {
    if (!slots_.empty()) __builtin_prefetch(&slots_[Home(static_cast<uint32_t>(hash >> 32))]);
  }
  size_t size() const { return count_; }
  size_t MemoryBytes() const { return slots_.capacity() * sizeof(Slot); }

 private:
  // The hash's high 32 bits place the slot and reject most mismatches before the
  // bytes are read; growing re-places slots without reading any id again.
  static constexpr size_t kInline = 16;  // ids up to this long are kept in the slot
  struct Slot {
    uint32_t hash = 0;
    uint32_t index = kMissing;  // kMissing: empty
    size_t length = 0;
    // length <= kInline: the id's bytes, zero-padded; else a const char* to them.
    char bytes[kInline] = {};
  };
  static bool Matches(const Slot& slot, std::string_view id, const char (&padded)[kInline]);

  // Maps the 32-bit hash onto [0, slots) with a multiply (Lemire), so the table
  // need not be a power of two.
  size_t Home(uint32_t hash) const { return (uint64_t{hash} * slots_.size()) >> 32; }
  void Grow();

  std::vector<Slot> slots_;
  size_t count_ = 0;
};

}  // namespace claimgraph

#endif  // CLAIMGRAPH_CORE_ID_INDEX_H_
