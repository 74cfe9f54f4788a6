#include "core/interner.h"

#include <algorithm>
#include <cstring>
#include <utility>

#include "core/small_pages.h"

namespace claimgraph {
namespace {

constexpr size_t kBlockSize = 1 << 20;

uint64_t Load64(const char* p) {
  uint64_t v;
  std::memcpy(&v, p, sizeof v);
  return v;
}

uint64_t Load32(const char* p) {
  uint32_t v;
  std::memcpy(&v, p, sizeof v);
  return v;
}

uint64_t Mix(uint64_t a, uint64_t b) {
  __uint128_t r = static_cast<__uint128_t>(a) * b;
  return static_cast<uint64_t>(r) ^ static_cast<uint64_t>(r >> 64);
}

}  // namespace

Arena::Block Arena::Allocate(size_t size) {
  return {static_cast<char*>(MapSmallPages(size)), size};
}

void Arena::Release() {
  for (const Block& block : blocks_) UnmapSmallPages(block.data, block.size);
  blocks_.clear();
  if (spare_.data != nullptr) UnmapSmallPages(spare_.data, spare_.size);
  spare_ = {nullptr, 0};
}

void Arena::PrefaultAhead(Prefaulter* prefaulter) {
  if (spare_.data != nullptr || left_ > kBlockSize / 2 || !prefaulter->WantsProbe()) return;
  spare_ = Allocate(kBlockSize);
  reserved_ += spare_.size;
  prefaulter->Probe(spare_.data, spare_.size);  // untouched until the block in use is full
}

Arena& Arena::operator=(Arena&& other) noexcept {
  if (this != &other) {
    Release();
    blocks_ = std::move(other.blocks_);
    other.blocks_.clear();
    spare_ = std::exchange(other.spare_, Block{nullptr, 0});
    cursor_ = std::exchange(other.cursor_, nullptr);
    left_ = std::exchange(other.left_, 0);
    reserved_ = std::exchange(other.reserved_, 0);
  }
  return *this;
}

std::string_view Arena::Store(std::string_view s) {
  if (s.empty()) return {};
  if (s.size() > left_) {
    // Room first, so that the push cannot throw and leak the block.
    if (blocks_.size() == blocks_.capacity()) blocks_.reserve(2 * blocks_.size() + 8);
    if (spare_.data != nullptr && spare_.size >= s.size()) {
      blocks_.push_back(std::exchange(spare_, Block{nullptr, 0}));
    } else {
      blocks_.push_back(Allocate(std::max(kBlockSize, s.size())));
      reserved_ += blocks_.back().size;
    }
    cursor_ = blocks_.back().data;
    left_ = blocks_.back().size;
  }
  std::memcpy(cursor_, s.data(), s.size());
  std::string_view stored(cursor_, s.size());
  cursor_ += s.size();
  left_ -= s.size();
  return stored;
}

Interner::Interner() : slots_(TableSizeFor(0), 0), mask_(slots_.size() - 1) {
  views_.emplace_back();
  uint64_t hash = Hash({});
  slots_[Probe({}, hash)] = SlotOf(hash, 0);
}

// A multiply-mix hash: fast on the short keys this sees (ids, names,
// propositions), and good enough for open addressing with a power-of-2 table.
// Two words per multiply, and the tail read by loads that may overlap what came
// before (never a byte-wise copy): the parser thread of the JSON import hashes
// every short string it reads, so this is on its critical path.
uint64_t Interner::Hash(std::string_view s) {
  constexpr uint64_t kP0 = 0xa0761d6478bd642full, kP1 = 0xe7037ed1a0b428dbull,
                     kP2 = 0x8ebc6af09c88c6e3ull;
  const char* p = s.data();
  const size_t n = s.size();
  uint64_t seed = kP0 ^ (n * kP1);
  uint64_t a = 0, b = 0;
  if (n >= 16) {
    size_t left = n;
    while (left > 16) {
      seed = Mix(Load64(p) ^ kP1, Load64(p + 8) ^ seed);
      p += 16;
      left -= 16;
    }
    a = Load64(p + left - 16);
    b = Load64(p + left - 8);
  } else if (n >= 8) {
    a = Load64(p);
    b = Load64(p + n - 8);
  } else if (n >= 4) {
    a = Load32(p);
    b = Load32(p + n - 4);
  } else if (n > 0) {
    const auto byte = [&](size_t i) { return static_cast<uint64_t>(static_cast<unsigned char>(p[i])); };
    a = byte(0) << 16 | byte(n / 2) << 8 | byte(n - 1);
  }
  return Mix(kP2 ^ n, Mix(a ^ kP1, b ^ seed));
}

size_t Interner::Probe(std::string_view s, uint64_t hash) const {
  size_t i = Home(hash);
  while (true) {
    uint64_t slot = slots_[i];
    if (slot == 0) return i;
    if (TagMatches(slot, hash) && views_[SymbolOf(slot)] == s) return i;
    i = (i + 1) & mask_;
  }
}

Symbol Interner::Intern(std::string_view s, uint64_t hash) {
  if (slots_.empty()) Rehash(TableSizeFor(views_.size() + 1));  // after ReleaseIndex
  size_t i = Probe(s, hash);
  if (slots_[i] != 0) return SymbolOf(slots_[i]);
  Symbol symbol = static_cast<Symbol>(views_.size());
  views_.push_back(arena_.Store(s));
  slots_[i] = SlotOf(hash, symbol);
  if (views_.size() * 4 > slots_.size() * 3) Grow();  // keep load under 3/4
  return symbol;
}

std::optional<Symbol> Interner::Find(std::string_view s) const {
  if (slots_.empty()) {  // after ReleaseIndex
    auto it = std::find(views_.begin(), views_.end(), s);
    if (it == views_.end()) return std::nullopt;
    return static_cast<Symbol>(it - views_.begin());
  }
  size_t i = Probe(s, Hash(s));
  if (slots_[i] == 0) return std::nullopt;
  return SymbolOf(slots_[i]);
}

size_t Interner::TableSizeFor(size_t count) {
  size_t size = 1024;
  while (count * 4 > size * 3) size *= 2;
  return size;
}

void Interner::Reserve(size_t count) {
  // Room for half as many views again: capacity never touched is address space
  // only, while an estimate that falls short copies the whole table into fresh
  // pages, the importing thread alone (at 1M claims, 2.9M symbols against an
  // estimate of 2.4M: 38 MB copied into 76 MB, 0.15 s in a run that started cold).
  // The slot table is zeroed whole, so it is sized for `count` itself; past that it
  // regrows from its slots alone.
  views_.reserve(count + count / 2);
  // One rehash into the final size: growing step by step would touch (and, on a
  // VM, fault in) every intermediate table too.
  if (!slots_.empty() && TableSizeFor(count) > slots_.size()) Rehash(TableSizeFor(count));
}

void Interner::ReleaseIndex() {
  std::vector<uint64_t>().swap(slots_);
  mask_ = 0;
}

void Interner::Grow() { Rehash(slots_.size() * 2); }

void Interner::Rehash(size_t size) {
  std::vector<uint64_t> old = std::move(slots_);
  slots_.assign(size, 0);
  mask_ = slots_.size() - 1;
  if (old.empty()) {  // the index was released: every symbol goes back in
    for (Symbol symbol = 0; symbol < views_.size(); ++symbol) {
      const uint64_t hash = Hash(views_[symbol]);
      size_t i = Home(hash);
      while (slots_[i] != 0) i = (i + 1) & mask_;
      slots_[i] = SlotOf(hash, symbol);
    }
    return;
  }
  for (uint64_t slot : old) {
    if (slot == 0) continue;
    size_t i = Home(slot);  // the slot's tag is its hash's high half
    while (slots_[i] != 0) i = (i + 1) & mask_;
    slots_[i] = slot;
  }
}

size_t Interner::MemoryBytes() const {
  return arena_.bytes_reserved() + views_.capacity() * sizeof(std::string_view) +
         slots_.capacity() * sizeof(uint64_t);
}

}  // namespace claimgraph
