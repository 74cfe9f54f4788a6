#include "core/id_index.h"

#include <cstring>

namespace claimgraph {
namespace {
constexpr size_t kFirstSize = 1024;
}  // namespace

bool IdIndex::Matches(const Slot& slot, std::string_view id, const char (&padded)[kInline]) {
  if (slot.length != id.size()) return false;
  if (id.size() <= kInline) return std::memcmp(slot.bytes, padded, kInline) == 0;  // fixed size
  const char* data;
  std::memcpy(&data, slot.bytes, sizeof data);
  return std::memcmp(data, id.data(), id.size()) == 0;
}

uint32_t IdIndex::Find(std::string_view id, uint64_t hash) const {
  if (slots_.empty()) return kMissing;
  char padded[kInline] = {};
  if (id.size() <= kInline) std::memcpy(padded, id.data(), id.size());
  const uint32_t high = static_cast<uint32_t>(hash >> 32);
  for (size_t i = Home(high);; i = i + 1 == slots_.size() ? 0 : i + 1) {
    const Slot& slot = slots_[i];
    if (slot.index == kMissing) return kMissing;
    if (slot.hash == high && Matches(slot, id, padded)) return slot.index;
  }
}

void IdIndex::Insert(std::string_view id, uint64_t hash, uint32_t index) {
  if ((count_ + 1) * 4 > slots_.size() * 3) Grow();  // keep load under 3/4
  const uint32_t high = static_cast<uint32_t>(hash >> 32);
  size_t i = Home(high);
  while (slots_[i].index != kMissing) i = i + 1 == slots_.size() ? 0 : i + 1;
  Slot slot{high, index, id.size(), {}};
  if (id.size() <= kInline) {
    if (!id.empty()) std::memcpy(slot.bytes, id.data(), id.size());
  } else {
    const char* data = id.data();
    std::memcpy(slot.bytes, &data, sizeof data);
  }
  slots_[i] = slot;
  ++count_;
}

void IdIndex::Clear() {
  slots_ = {};
  count_ = 0;
}

void IdIndex::Grow() {
  std::vector<Slot> old = std::move(slots_);
  slots_.assign(old.empty() ? kFirstSize : old.size() * 2, Slot{});
  for (const Slot& slot : old) {
    if (slot.index == kMissing) continue;
    size_t i = Home(slot.hash);
    while (slots_[i].index != kMissing) i = i + 1 == slots_.size() ? 0 : i + 1;
    slots_[i] = slot;
  }
}

}  // namespace claimgraph
