// String interning: each distinct string is stored once and named by a dense
// uint32_t Symbol. Symbol 0 is always the empty string, so a zero-initialised
// field means "absent".
#ifndef CLAIMGRAPH_CORE_INTERNER_H_
#define CLAIMGRAPH_CORE_INTERNER_H_

#include <cstddef>
#include <cstdint>
#include <memory>
#include <optional>
#include <string_view>
#include <vector>

#include "core/small_pages.h"

namespace claimgraph {

using Symbol = uint32_t;
inline constexpr Symbol kNoSymbol = 0;

// Bump allocator for string bytes. Views it hands out stay valid for its lifetime
// (blocks never move), so maps can key on them without owning copies.
//
// The blocks are on small pages (core/small_pages.h), whatever the process's
// malloc does for its large arrays: arena bytes are written once, front to back,
// and read now and then (a quote, a name). At a million claims the arenas hold
// over 200 MB; on small pages the import measured 20-30 % faster, with no slower
// phase after it (docs/performance.md, session 14).
class Arena {
 public:
  Arena() = default;
  Arena(Arena&& other) noexcept { *this = std::move(other); }
  Arena& operator=(Arena&& other) noexcept;
  Arena(const Arena&) = delete;
  Arena& operator=(const Arena&) = delete;
  ~Arena() { Release(); }

  std::string_view Store(std::string_view s);
  size_t bytes_reserved() const { return reserved_; }
  // Once the block being filled is half full, maps the next one and asks
  // `prefaulter` to fault it in (core/small_pages.h).
  void PrefaultAhead(Prefaulter* prefaulter);

 private:
  struct Block {
    char* data;
    size_t size;
  };
  static Block Allocate(size_t size);
  void Release();

  std::vector<Block> blocks_;
  Block spare_ = {nullptr, 0};  // the next block, mapped ahead by PrefaultAhead
  char* cursor_ = nullptr;
  size_t left_ = 0;
  size_t reserved_ = 0;
};

// Append-only store of texts that are rarely equal (quotes): no dedup, no hash.
class TextStore {
 public:
  TextStore() { views_.emplace_back(); }  // id 0: the empty text
  uint32_t Add(std::string_view s) {
    if (s.empty()) return 0;
    views_.push_back(arena_.Store(s));
    return static_cast<uint32_t>(views_.size() - 1);
  }
  std::string_view Get(uint32_t id) const { return views_[id]; }
  void Prefetch(uint32_t id) const { __builtin_prefetch(&views_[id]); }  // a hint only
  size_t size() const { return views_.size(); }
  void Reserve(size_t count) { views_.reserve(count); }
  size_t MemoryBytes() const {
    return arena_.bytes_reserved() + views_.capacity() * sizeof(std::string_view);
  }

 private:
  Arena arena_;
  // Written in order, read now and then (a disputed stance's quote): small pages
  // too, like the bytes they point into.
  std::vector<std::string_view, SmallPageAllocator<std::string_view>> views_;
};

class Interner {
 public:
  Interner();
  Interner(Interner&&) noexcept = default;
  Interner& operator=(Interner&&) noexcept = default;

  // Returns the symbol of `s`, adding it on first sight.
  Symbol Intern(std::string_view s) { return Intern(s, Hash(s)); }
  // The same, for a caller that has hashed `s` already.
  Symbol Intern(std::string_view s, uint64_t hash);
  // Prefetch hints for a caller that knows the hashes of strings it will intern
  // soon: each hides a cache miss of Intern(), in the order Intern() takes them.
  // The slot where a string of this hash goes.
  void PrefetchSlot(uint64_t hash) const { __builtin_prefetch(&slots_[Home(hash)]); }
  // Once that slot is in cache: the view of the string it holds, if its tag fits.
  void PrefetchView(uint64_t hash) const {
    const uint64_t slot = slots_[Home(hash)];
    if (slot != 0 && TagMatches(slot, hash)) __builtin_prefetch(&views_[SymbolOf(slot)]);
  }
  // Once that view is in cache too: the string's bytes.
  void PrefetchText(uint64_t hash) const {
    const uint64_t slot = slots_[Home(hash)];
    if (slot != 0 && TagMatches(slot, hash)) __builtin_prefetch(views_[SymbolOf(slot)].data());
  }
  // The symbol of `s` if it was interned, without adding it. After ReleaseIndex,
  // a scan of every symbol.
  std::optional<Symbol> Find(std::string_view s) const;
  std::string_view Str(Symbol symbol) const { return views_[symbol]; }
  void Prefetch(Symbol symbol) const { __builtin_prefetch(&views_[symbol]); }  // a hint only
  uint32_t size() const { return static_cast<uint32_t>(views_.size()); }
  // Makes room for `count` symbols without rehashing.
  void Reserve(size_t count);
  // Frees the hash index: the symbols stay as they are, readable by Str(), but a
  // table that takes no more strings (a built graph's) need not keep the index in
  // memory. Intern() builds it again; Find() scans instead.
  void ReleaseIndex();
  size_t MemoryBytes() const;
  // Asks `prefaulter` for the pages the next symbols will be written to.
  void PrefaultAhead(Prefaulter* prefaulter) {
    arena_.PrefaultAhead(prefaulter);
    prefaulter->Ahead(views_);
  }

  static uint64_t Hash(std::string_view s);

 private:
  static size_t TableSizeFor(size_t count);  // a power of two, load under 3/4
  void Grow();
  void Rehash(size_t size);  // a power of two
  size_t Probe(std::string_view s, uint64_t hash) const;

  Arena arena_;
  std::vector<std::string_view> views_;
  // Open addressing. A slot holds the hash's high 32 bits beside symbol + 1 (0 =
  // empty), so most mismatches are rejected without touching views_ or the bytes.
  // The slot's place comes from those same bits, so the table regrows from the
  // slots alone, without reading a string: growing as strings come is cheap, and
  // callers need not reserve a table for the most symbols they might meet.
  size_t Home(uint64_t hash) const { return (hash >> 32) & mask_; }
  static uint64_t SlotOf(uint64_t hash, Symbol symbol) {
    return (hash & 0xffffffff00000000ull) | (symbol + 1ull);
  }
  static Symbol SymbolOf(uint64_t slot) { return static_cast<Symbol>((slot & 0xffffffffull) - 1); }
  static bool TagMatches(uint64_t slot, uint64_t hash) { return (slot ^ hash) >> 32 == 0; }
  std::vector<uint64_t> slots_;
  size_t mask_ = 0;
};

}  // namespace claimgraph

#endif  // CLAIMGRAPH_CORE_INTERNER_H_
