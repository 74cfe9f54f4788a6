#include "core/graph_builder.h"

#include <algorithm>
#include <bit>
#include <cstring>
#include <numeric>
#include <span>
#include <string>
#include <thread>
#include <unordered_map>

#include "core/small_pages.h"

namespace claimgraph {
namespace {

uint64_t Bits(double d) {
  uint64_t bits;
  std::memcpy(&bits, &d, sizeof bits);
  return bits;
}

// The first 8 bytes of `s` from `at`, big-endian and zero-padded: comparing two
// such words as integers orders them as the bytes would (unsigned, as
// string_view::compare does).
uint64_t PrefixWord(std::string_view s, size_t at) {
  uint64_t word = 0;
  if (at < s.size()) std::memcpy(&word, s.data() + at, std::min<size_t>(8, s.size() - at));
  if constexpr (std::endian::native == std::endian::little) word = __builtin_bswap64(word);
  return word;
}

// The order of symbols by their strings: perm[new] = old index into `ids`.
// A multikey sort: each key carries 16 bytes of its string as two integers, and
// the keys are sorted by those alone; keys that tie load the next 16 bytes and
// are sorted again among themselves, and so on. Ids that share long prefixes
// (generated claim ids start with their proposition) are read 16 bytes at a time
// once each, not whole at every comparison that meets them (a cache miss each).
std::vector<uint32_t> OrderBySymbolText(const Interner& symbols, std::span<const Symbol> ids) {
  const auto count = static_cast<uint32_t>(ids.size());
  std::vector<uint32_t> perm(count);
  // Entities that came in order (a graph's own export, read back) need no sort;
  // anything else stops this scan at its first step down.
  bool in_order = true;
  std::string_view previous = count > 0 ? symbols.Str(ids[0]) : std::string_view();
  for (uint32_t i = 1; i < count && in_order; ++i) {
    const std::string_view id = symbols.Str(ids[i]);
    in_order = previous < id;
    previous = id;
  }
  if (in_order) {
    std::iota(perm.begin(), perm.end(), 0u);
    return perm;
  }
  // 24 bytes: the sort moves keys, not strings. The string's size rides in what
  // would be padding, so that telling the strings that end apart reads no string.
  struct Key {
    uint64_t head, tail;  // the string's bytes [depth, depth + 16), zero-padded
    uint32_t index;
    uint32_t size;
  };
  static_assert(sizeof(Key) == 24);
  std::vector<Key> keys(count);
  for (uint32_t i = 0; i < count; ++i) {
    const std::string_view s = symbols.Str(ids[i]);
    keys[i] = Key{PrefixWord(s, 0), PrefixWord(s, 8), i, static_cast<uint32_t>(s.size())};
  }
  // Ranges of keys whose strings agree on their first `depth` bytes (a stack,
  // not recursion: a pathological input could nest as deep as its longest id).
  struct Range {
    size_t begin, end, depth;
  };
  std::vector<Range> pending{{0, count, 0}};
  while (!pending.empty()) {
    const Range r = pending.back();
    pending.pop_back();
    const auto first = keys.begin() + static_cast<std::ptrdiff_t>(r.begin);
    const auto last = keys.begin() + static_cast<std::ptrdiff_t>(r.end);
    const size_t pushed_from = pending.size();
    std::sort(first, last, [](const Key& a, const Key& b) {
      return a.head != b.head ? a.head < b.head : a.tail < b.tail;
    });
    for (auto tie = first; tie != last;) {
      auto tie_end = tie + 1;
      while (tie_end != last && tie_end->head == tie->head && tie_end->tail == tie->tail) ++tie_end;
      if (tie_end - tie > 1) {
        // Strings that end within these 16 bytes are prefixes of the longer ones
        // (zero padding ties them with a zero byte or with nothing): first, the
        // shorter before the longer; the rest go on to their next 16 bytes.
        const size_t next = r.depth + 16;
        auto longer = std::partition(tie, tie_end, [&](const Key& k) { return k.size <= next; });
        std::sort(tie, longer, [](const Key& a, const Key& b) {
          return a.size != b.size ? a.size < b.size : a.index < b.index;
        });
        if (tie_end - longer > 1) {
          pending.push_back({static_cast<size_t>(longer - keys.begin()),
                             static_cast<size_t>(tie_end - keys.begin()), next});
        }
      }
      tie = tie_end;
    }
    // The next bytes of every key that goes on, read in key order: sorted keys
    // name strings all over memory, so each string's view and then its bytes are
    // asked for a few keys ahead, across the ranges (a key between them, which
    // goes on no further, costs a wasted hint).
    const size_t rekey_end = pending.size() > pushed_from ? pending.back().end : 0;
    for (size_t p = pushed_from; p < pending.size(); ++p) {
      const Range& deeper = pending[p];
      constexpr size_t kViewAhead = 8, kBytesAhead = 4;
      for (size_t k = deeper.begin; k < deeper.end; ++k) {
        if (k + kViewAhead < rekey_end) symbols.Prefetch(ids[keys[k + kViewAhead].index]);
        if (k + kBytesAhead < rekey_end) {
          const std::string_view ahead = symbols.Str(ids[keys[k + kBytesAhead].index]);
          __builtin_prefetch(ahead.data() + std::min(ahead.size(), deeper.depth));
        }
        const std::string_view s = symbols.Str(ids[keys[k].index]);
        keys[k].head = PrefixWord(s, deeper.depth);
        keys[k].tail = PrefixWord(s, deeper.depth + 8);
      }
    }
  }
  for (size_t i = 0; i < count; ++i) perm[i] = keys[i].index;
  return perm;
}

// The order of `count` entities by their id strings: perm[new] = old.
template <typename IdOf>
std::vector<uint32_t> OrderByString(const Interner& symbols, size_t count, IdOf id_of) {
  std::vector<Symbol> ids(count);
  for (uint32_t i = 0; i < count; ++i) ids[i] = id_of(i);
  return OrderBySymbolText(symbols, ids);
}

// Pairs (owner, item) sorted by owner -> one flat list of the items, and each of
// `owners` owners told its [begin, end) in it (aliases of sources, authors of
// documents).
template <typename Item, typename SetRange>
void FlattenRanges(const std::vector<std::pair<uint32_t, Item>>& pairs, size_t owners,
                   std::vector<Item>* flat, SetRange set_range) {
  flat->clear();
  flat->reserve(pairs.size());
  size_t next = 0;
  for (uint32_t owner = 0; owner < owners; ++owner) {
    const auto begin = static_cast<uint32_t>(flat->size());
    for (; next < pairs.size() && pairs[next].first == owner; ++next) flat->push_back(pairs[next].second);
    set_range(owner, begin, static_cast<uint32_t>(flat->size()));
  }
}

// fn(begin, end) over [0, n) in two halves, the upper on a thread of its own: for
// loops whose iterations write only their own items.
template <typename Fn>
void InTwoHalves(size_t n, Fn fn) {
  constexpr size_t kMinItems = 1 << 16;  // below that, a thread costs more than it saves
  if (n < kMinItems) {
    fn(size_t{0}, n);
    return;
  }
  std::thread upper([&] { fn(n / 2, n); });
  fn(size_t{0}, n / 2);
  upper.join();
}

// table[perm[0]], table[perm[1]], ...: copied straight into a table with room for
// them all, so each fresh page is written once (sizing it first would write every
// item's defaults, then the copy over them). A large table's upper half is faulted
// in by a second thread while this one fills the lower half: on a VM a fresh page
// costs more than the copy into it. `fix` is applied to each copied item in place.
template <typename Table, typename Fix = void (*)(typename Table::value_type&)>
Table Gathered(
    const Table& table, const std::vector<uint32_t>& perm,
    Fix fix = [](typename Table::value_type&) {}) {
  Table out;
  out.reserve(perm.size());
  std::thread prefault =
      PrefaultUpperHalf(out.data(), perm.size() * sizeof(typename Table::value_type));
  for (uint32_t i : perm) {
    out.push_back(table[i]);
    fix(out.back());
  }
  if (prefault.joinable()) prefault.join();
  return out;
}

bool IsIdentity(const std::vector<uint32_t>& perm) {
  for (uint32_t i = 0; i < perm.size(); ++i) {
    if (perm[i] != i) return false;
  }
  return true;
}

// A map from old index to new: empty when nothing moved (input that came in order,
// such as a graph's own export read back), which spares a table of fresh pages
// and the passes through it.
std::vector<uint32_t> Inverse(const std::vector<uint32_t>& perm, size_t size) {
  if (IsIdentity(perm)) return {};
  std::vector<uint32_t> inv(size, kNone);
  for (uint32_t i = 0; i < perm.size(); ++i) inv[perm[i]] = i;
  return inv;
}

uint32_t Remap(const std::vector<uint32_t>& map, uint32_t id) {
  return id == kNone || map.empty() ? id : map[id];
}

}  // namespace

// Claims identified by their figure, in an open-addressing table of claim ids:
// the key lives in the claim itself; a slot holds the hash's high 32 bits beside
// the claim + 1 (0 = empty), so most mismatching slots are passed over without
// reading a claim. The slot's place comes from those same bits, so the table
// regrows from its slots alone (as the interner's does), reading no claim and no
// table of hashes beside it.
struct GraphBuilder::FigureIndex {
  std::vector<uint64_t> slots = std::vector<uint64_t>(1024, 0);
  size_t count = 0;

  // `proposition` and `unit` are the Interner::Hash of the texts.
  static uint64_t Hash(const FigureKey& k, uint64_t proposition, uint64_t unit) {
    uint64_t h = proposition * 0x9e3779b97f4a7c15ull;
    h = (h ^ (h >> 29) ^ unit) * 0xbf58476d1ce4e5b9ull;
    h = (h ^ (h >> 31) ^ static_cast<uint64_t>(static_cast<uint32_t>(k.as_of.packed))) *
        0x94d049bb133111ebull;
    h = (h ^ (h >> 27) ^ static_cast<uint64_t>(k.qualifier) ^ Bits(k.value)) * 0x9e3779b97f4a7c15ull;
    h = (h ^ (h >> 30) ^ Bits(k.value_hi)) * 0xbf58476d1ce4e5b9ull;
    return h ^ (h >> 32);
  }
  static uint64_t Tag(uint64_t hash) { return hash & 0xffffffff00000000ull; }
  static ClaimId ClaimOf(uint64_t slot) { return static_cast<ClaimId>((slot & 0xffffffffull) - 1); }
  // Where a hash (or a slot, whose tag is its hash's high half) starts its probe.
  size_t Home(uint64_t hash) const { return (hash >> 32) & (slots.size() - 1); }
  static bool Matches(const Claim& c, const FigureKey& k) {
    return c.proposition == k.proposition && c.unit == k.unit && c.as_of == k.as_of &&
           c.qualifier == k.qualifier && Bits(c.value) == Bits(k.value) &&
           Bits(c.value_hi) == Bits(k.value_hi);
  }
  // The slot holding the key's claim, or the empty slot where it would go.
  size_t Find(const ClaimGraph::ClaimTable& claims, const FigureKey& k, uint64_t hash) const {
    const size_t mask = slots.size() - 1;
    size_t i = Home(hash);
    while (slots[i] != 0 &&
           (Tag(slots[i]) != Tag(hash) || !Matches(claims[ClaimOf(slots[i])], k))) {
      i = (i + 1) & mask;
    }
    return i;
  }
  void Insert(size_t slot, uint64_t hash, ClaimId claim) {
    slots[slot] = Tag(hash) | (claim + uint64_t{1});
    if (++count * 2 > slots.size()) {  // keep load under 1/2
      std::vector<uint64_t> old = std::move(slots);
      slots.assign(old.size() * 2, 0);
      const size_t mask = slots.size() - 1;
      for (uint64_t s : old) {
        if (s == 0) continue;
        size_t i = Home(s);
        while (slots[i] != 0) i = (i + 1) & mask;
        slots[i] = s;
      }
    }
  }
};

GraphBuilder::GraphBuilder(BuildOptions options)
    : options_(options), figures_(std::make_unique<FigureIndex>()) {
  graph_.about_tolerance_ = options.about_tolerance;
}

GraphBuilder::~GraphBuilder() = default;

// Get-or-create shared by the three entity kinds: `index` or `of_symbol` maps an
// id to the entity's index; a new entity starts with only its id and "undefined".
template <typename Entity, typename Alloc>
uint32_t GraphBuilder::GetOrCreate(std::string_view id, uint64_t hash, IdIndex& index,
                                   std::vector<Entity, Alloc>& entities,
                                   std::vector<bool>& defined) {
  uint32_t found = index.Find(id, hash);
  if (found != IdIndex::kMissing) return found;
  Entity entity;
  entity.id = graph_.symbols_.Intern(id, hash);
  found = static_cast<uint32_t>(entities.size());
  entities.push_back(entity);
  defined.push_back(false);
  index.Insert(graph_.symbols_.Str(entity.id), hash, found);
  return found;
}

template <typename Entity, typename Alloc>
uint32_t GraphBuilder::GetOrCreate(std::string_view id, uint64_t hash,
                                   std::vector<uint32_t>& of_symbol,
                                   std::vector<Entity, Alloc>& entities,
                                   std::vector<bool>& defined) {
  Symbol symbol = graph_.symbols_.Intern(id, hash);
  if (of_symbol.size() < graph_.symbols_.size()) of_symbol.resize(graph_.symbols_.size(), kNone);
  uint32_t& slot = of_symbol[symbol];
  if (slot == kNone) {
    slot = static_cast<uint32_t>(entities.size());
    Entity entity;
    entity.id = symbol;
    entities.push_back(entity);
    defined.push_back(false);
  }
  return slot;
}

SourceId GraphBuilder::SourceById(std::string_view id) {
  return SourceById(id, Interner::Hash(id));
}

SourceId GraphBuilder::SourceById(std::string_view id, uint64_t hash) {
  return GetOrCreate(id, hash, source_index_, graph_.sources_, source_defined_);
}

DocumentId GraphBuilder::DocumentById(std::string_view id) {
  return DocumentById(id, Interner::Hash(id));
}

DocumentId GraphBuilder::DocumentById(std::string_view id, uint64_t hash) {
  return GetOrCreate(id, hash, document_of_symbol_, graph_.documents_, document_defined_);
}

ClaimId GraphBuilder::ClaimById(std::string_view id) { return ClaimById(id, Interner::Hash(id)); }

ClaimId GraphBuilder::ClaimById(std::string_view id, uint64_t hash) {
  ClaimId claim = GetOrCreate(id, hash, claim_of_symbol_, graph_.claims_, claim_defined_);
  if (has_figure_.size() < graph_.claims_.size()) has_figure_.push_back(false);
  return claim;
}

namespace {
std::optional<uint32_t> FindIn(const IdIndex& index, std::string_view id) {
  uint32_t found = index.Find(id, Interner::Hash(id));
  if (found == IdIndex::kMissing) return std::nullopt;
  return found;
}
std::optional<uint32_t> FindIn(const Interner& symbols, const std::vector<uint32_t>& of_symbol,
                               std::string_view id) {
  std::optional<Symbol> symbol = symbols.Find(id);
  if (!symbol || *symbol >= of_symbol.size() || of_symbol[*symbol] == kNone) return std::nullopt;
  return of_symbol[*symbol];
}
}  // namespace

std::optional<SourceId> GraphBuilder::FindSource(std::string_view id) const {
  return FindIn(source_index_, id);
}
std::optional<DocumentId> GraphBuilder::FindDocument(std::string_view id) const {
  return FindIn(graph_.symbols_, document_of_symbol_, id);
}
std::optional<ClaimId> GraphBuilder::FindClaim(std::string_view id) const {
  return FindIn(graph_.symbols_, claim_of_symbol_, id);
}

bool GraphBuilder::SourceKnown(std::string_view id_or_alias) const {
  if (auto id = FindSource(id_or_alias); id && source_defined_[*id]) return true;
  std::optional<Symbol> symbol = graph_.symbols_.Find(id_or_alias);
  if (!symbol) return false;
  for (const auto& [source, alias] : aliases_) {
    if (alias == *symbol && source_defined_[source]) return true;
  }
  return false;
}

namespace {
FigureKey Normalised(const FigureKey& key) {
  FigureKey k = key;
  if (k.qualifier != Qualifier::kRange) k.value_hi = k.value;  // as SetFigure stores it
  return k;
}
}  // namespace

uint64_t GraphBuilder::FigureHash(const FigureKey& key, std::string_view proposition,
                                  std::string_view unit) {
  return FigureIndex::Hash(Normalised(key), Interner::Hash(proposition), Interner::Hash(unit));
}

void GraphBuilder::GeneratedClaimId(const FigureKey& key, std::string_view proposition,
                                    std::string_view unit, std::string* out) {
  out->assign(proposition);
  *out += '|';
  *out += Name(key.qualifier);
  *out += '|';
  *out += FormatNumber(key.value);
  if (key.qualifier == Qualifier::kRange) {
    *out += "..";
    *out += FormatNumber(key.value_hi);
  }
  *out += '|';
  *out += unit;
  *out += '|';
  *out += key.as_of.ToString();
}

void GraphBuilder::PrefetchFigureSlot(uint64_t figure_hash) const {
  __builtin_prefetch(&figures_->slots[figures_->Home(figure_hash)]);
}

void GraphBuilder::PrefetchFigureClaim(uint64_t figure_hash) const {
  const uint64_t slot = figures_->slots[figures_->Home(figure_hash)];
  if (slot != 0) __builtin_prefetch(&graph_.claims_[FigureIndex::ClaimOf(slot)]);
}

Result<ClaimId> GraphBuilder::ClaimByFigure(const FigureKey& key) {
  const std::string_view proposition = graph_.symbols_.Str(key.proposition);
  const std::string_view unit = graph_.symbols_.Str(key.unit);
  const uint64_t figure_hash = FigureHash(key, proposition, unit);
  // The generated id spells out the key, so it is the same whatever the row order.
  std::string id;
  GeneratedClaimId(Normalised(key), proposition, unit, &id);
  return ClaimByFigure(key, figure_hash, id, Interner::Hash(id));
}

Result<ClaimId> GraphBuilder::ClaimByFigure(const FigureKey& raw_key, uint64_t figure_hash,
                                            std::string_view generated_id, uint64_t id_hash) {
  const FigureKey key = Normalised(raw_key);
  const size_t slot = figures_->Find(graph_.claims_, key, figure_hash);
  if (figures_->slots[slot] != 0) return FigureIndex::ClaimOf(figures_->slots[slot]);
  const ClaimId claim =
      GetOrCreate(generated_id, id_hash, claim_of_symbol_, graph_.claims_, claim_defined_);
  if (has_figure_.size() < graph_.claims_.size()) has_figure_.push_back(false);
  CG_RETURN_IF_ERROR(NewFigureClaim(key, claim, generated_id));
  figures_->Insert(slot, figure_hash, claim);
  return claim;
}

// Defines `claim`, found by the generated id `id`, as the claim of `key`.
Status GraphBuilder::NewFigureClaim(const FigureKey& key, ClaimId claim, std::string_view id) {
  if (claim_defined_[claim]) {
    return Status::InvalidInput("the generated claim id '" + std::string(id) +
                                "' is already used by another claim; give claims explicit ids");
  }
  DefineClaim(claim);
  Claim& c = graph_.claims_[claim];
  c.proposition = key.proposition;
  c.unit = key.unit;
  c.as_of = key.as_of;
  SetFigure(claim, key.qualifier, key.value, key.value_hi);
  return Status();
}

void GraphBuilder::Reserve(size_t stances, size_t symbols) {
  graph_.stances_.reserve(stances);
  graph_.symbols_.Reserve(symbols != 0 ? symbols : stances);
  // Capacity only: pages are touched as entities arrive, so an estimate above the
  // truth costs address space, not memory, and saves regrowing tables of millions
  // (each regrowth a copy into fresh pages, which a VM faults in one by one).
  graph_.documents_.reserve(stances);
  graph_.claims_.reserve(stances);
  document_of_symbol_.reserve(stances * 2);
  claim_of_symbol_.reserve(stances * 2);
  document_defined_.reserve(stances);
  claim_defined_.reserve(stances);
  has_figure_.reserve(stances);
  authors_.reserve(stances);
}

void GraphBuilder::PrefaultAhead(Prefaulter* prefaulter) {
  prefaulter->Ahead(graph_.stances_);
  prefaulter->Ahead(graph_.claims_);
  prefaulter->Ahead(graph_.documents_);
  prefaulter->Ahead(document_of_symbol_);
  prefaulter->Ahead(claim_of_symbol_);
  graph_.symbols_.PrefaultAhead(prefaulter);
}

bool GraphBuilder::DefineSource(SourceId id) {
  if (source_defined_[id]) return false;
  source_defined_[id] = true;
  return true;
}
bool GraphBuilder::DefineDocument(DocumentId id) {
  if (document_defined_[id]) return false;
  document_defined_[id] = true;
  return true;
}
bool GraphBuilder::DefineClaim(ClaimId id) {
  if (claim_defined_[id]) return false;
  claim_defined_[id] = true;
  return true;
}

bool GraphBuilder::IsDefined(EntityKind kind, uint32_t index) const {
  switch (kind) {
    case EntityKind::kSource:
      return source_defined_[index];
    case EntityKind::kDocument:
      return document_defined_[index];
    case EntityKind::kClaim:
      return claim_defined_[index];
    case EntityKind::kStance:
      return index < graph_.stances_.size();
  }
  return false;
}

void GraphBuilder::AddAlias(SourceId id, std::string_view alias) {
  aliases_.emplace_back(id, Intern(alias));
}

void GraphBuilder::AddAuthor(DocumentId id, SourceId author) { authors_.emplace_back(id, author); }

void GraphBuilder::SetFigure(ClaimId id, Qualifier qualifier, double value, double value_hi) {
  Claim& c = graph_.claims_[id];
  c.qualifier = qualifier;
  c.value = value;
  c.value_hi = qualifier == Qualifier::kRange ? value_hi : value;
  has_figure_[id] = true;
}

StanceId GraphBuilder::AddStance(const Stance& stance) {
  graph_.stances_.push_back(stance);
  return static_cast<StanceId>(graph_.stances_.size() - 1);
}

void GraphBuilder::AddAttribute(EntityKind kind, uint32_t owner, std::string_view key,
                                std::string_view value) {
  AddAttribute(kind, owner, key, graph_.texts_.Add(value));
}

void GraphBuilder::AddAttribute(EntityKind kind, uint32_t owner, std::string_view key,
                                TextId value) {
  graph_.attributes_.push_back(Attribute{kind, owner, Intern(key), value});
}

// A source that was only referenced (never defined) but whose id is the id, name or
// alias of a defined source is that source: "Elbasy" in a CSV row is Nazarbayev.
void GraphBuilder::ResolveAliases() {
  std::unordered_map<Symbol, SourceId> by_name;
  auto claim_name = [&](Symbol name, SourceId id) {
    auto [it, inserted] = by_name.emplace(name, id);
    // Two sources sharing a name or alias: the first in id order keeps it.
    if (!inserted && graph_.symbols_.Str(graph_.sources_[id].id) <
                         graph_.symbols_.Str(graph_.sources_[it->second].id)) {
      it->second = id;
    }
  };
  for (SourceId id = 0; id < graph_.sources_.size(); ++id) {
    if (!source_defined_[id]) continue;
    claim_name(graph_.sources_[id].id, id);
    if (graph_.sources_[id].name != kNoSymbol) claim_name(graph_.sources_[id].name, id);
  }
  for (const auto& [id, alias] : aliases_) {
    if (source_defined_[id]) claim_name(alias, id);
  }
  std::vector<SourceId> target(graph_.sources_.size());
  std::iota(target.begin(), target.end(), 0);
  bool any = false;
  for (SourceId id = 0; id < graph_.sources_.size(); ++id) {
    if (source_defined_[id]) continue;
    auto it = by_name.find(graph_.sources_[id].id);
    if (it != by_name.end()) {
      target[id] = it->second;
      any = true;
    }
  }
  if (!any) return;
  for (Stance& s : graph_.stances_) {
    s.source = target[s.source];
    if (s.attributed_to != kNone) s.attributed_to = target[s.attributed_to];
  }
  for (auto& [doc, author] : authors_) author = target[author];
  for (auto& [source, alias] : aliases_) source = target[source];
  for (Attribute& a : graph_.attributes_) {
    if (a.owner_kind == EntityKind::kSource) a.owner = target[a.owner];
  }
  // Drop the merged placeholders, keeping indices dense.
  std::vector<uint32_t> renumber(graph_.sources_.size(), kNone);
  std::vector<Source> kept;
  std::vector<bool> kept_defined;
  for (SourceId id = 0; id < graph_.sources_.size(); ++id) {
    if (target[id] != id) continue;
    renumber[id] = static_cast<uint32_t>(kept.size());
    kept.push_back(graph_.sources_[id]);
    kept_defined.push_back(source_defined_[id]);
  }
  for (SourceId id = 0; id < graph_.sources_.size(); ++id) {
    if (target[id] != id) renumber[id] = renumber[target[id]];
  }
  for (Stance& s : graph_.stances_) {
    s.source = renumber[s.source];
    s.attributed_to = Remap(renumber, s.attributed_to);
  }
  for (auto& [doc, author] : authors_) author = renumber[author];
  for (auto& [source, alias] : aliases_) source = renumber[source];
  for (Attribute& a : graph_.attributes_) {
    if (a.owner_kind == EntityKind::kSource) a.owner = renumber[a.owner];
  }
  graph_.sources_ = std::move(kept);
  source_defined_ = std::move(kept_defined);
  source_index_.Clear();  // stale now; Build() does not need it again
}

Status GraphBuilder::CheckClaims() const {
  for (const Stance& s : graph_.stances_) {
    if (s.claim == kNone || s.source == kNone || s.document == kNone) {
      return Status::Internal("a stance lacks its claim, source or document");
    }
  }
  for (ClaimId id = 0; id < graph_.claims_.size(); ++id) {
    const Claim& c = graph_.claims_[id];
    if (!has_figure_[id]) {
      return Status::InvalidInput("claim '" + std::string(graph_.symbols_.Str(c.id)) +
                                  "' has no figure");
    }
    if (c.proposition == kNoSymbol) {
      return Status::InvalidInput("claim '" + std::string(graph_.symbols_.Str(c.id)) +
                                  "' has no proposition");
    }
  }
  return Status();
}

// derived_from gives each document at most one parent, so a cycle is found by
// walking up from each unvisited document with three colours.
Status GraphBuilder::CheckCycles() const {
  const auto& docs = graph_.documents_;
  enum : uint8_t { kWhite, kOnPath, kDone };
  std::vector<uint8_t> colour(docs.size(), kWhite);
  std::vector<DocumentId> path;
  for (DocumentId start = 0; start < docs.size(); ++start) {
    path.clear();
    DocumentId d = start;
    while (d != kNone && colour[d] == kWhite) {
      colour[d] = kOnPath;
      path.push_back(d);
      d = docs[d].derived_from;
    }
    if (d != kNone && colour[d] == kOnPath) {
      // The cycle is the tail of the path from d; name it in id order from its least id.
      auto from = std::find(path.begin(), path.end(), d);
      std::vector<DocumentId> cycle(from, path.end());
      auto least = std::min_element(cycle.begin(), cycle.end(), [&](DocumentId a, DocumentId b) {
        return graph_.symbols_.Str(docs[a].id) < graph_.symbols_.Str(docs[b].id);
      });
      std::rotate(cycle.begin(), least, cycle.end());
      std::string names;
      for (DocumentId c : cycle) names.append("'").append(graph_.symbols_.Str(docs[c].id)).append("' -> ");
      names.append("'").append(graph_.symbols_.Str(docs[cycle.front()].id)).append("'");
      return Status::InvalidInput("derived-from cycle: " + names);
    }
    for (DocumentId p : path) colour[p] = kDone;
  }
  return Status();
}

void GraphBuilder::Canonicalise() {
  ClaimGraph& g = graph_;
  const Interner& sym = g.symbols_;
  // Sources first (a few thousand, quickly sorted): the documents' authors need
  // their new places. Then the documents (usually the most) are sorted and moved,
  // with their authors, on a second thread, while the sources with their aliases,
  // and the claims, are sorted and moved here: no thread waits for the other's
  // sort before moving its own tables. Aliases and authors become ranges of
  // sorted, de-duplicated lists.
  const std::vector<uint32_t> source_perm =
      OrderByString(sym, g.sources_.size(), [&](uint32_t i) { return g.sources_[i].id; });
  const std::vector<uint32_t> source_map = Inverse(source_perm, g.sources_.size());
  std::vector<uint32_t> document_perm, document_map;
  std::thread documents_mover([&] {
    document_perm =
        OrderByString(sym, g.documents_.size(), [&](uint32_t i) { return g.documents_[i].id; });
    document_map = Inverse(document_perm, g.documents_.size());
    if (!document_map.empty() || !source_map.empty()) {
      for (auto& [doc, author] : authors_) {
        doc = Remap(document_map, doc);
        author = Remap(source_map, author);
      }
    }
    // Documents that came in order bring their authors in order too.
    if (!std::is_sorted(authors_.begin(), authors_.end()))
      std::sort(authors_.begin(), authors_.end());
    authors_.erase(std::unique(authors_.begin(), authors_.end()), authors_.end());

    // In order already: the table stays where it is (a copy is fresh pages).
    if (!document_map.empty()) {
      g.documents_ = Gathered(g.documents_, document_perm, [&](Document& d) {
        d.derived_from = Remap(document_map, d.derived_from);
      });
    }
    FlattenRanges(authors_, g.documents_.size(), &g.author_ids_,
                  [&](uint32_t i, uint32_t begin, uint32_t end) {
                    g.documents_[i].authors_begin = begin;
                    g.documents_[i].authors_end = end;
                  });
  });
  for (auto& [source, alias] : aliases_) source = Remap(source_map, source);
  std::sort(aliases_.begin(), aliases_.end(), [&](const auto& a, const auto& b) {
    if (a.first != b.first) return a.first < b.first;
    return sym.Str(a.second) < sym.Str(b.second);
  });
  aliases_.erase(std::unique(aliases_.begin(), aliases_.end()), aliases_.end());
  std::vector<Source> sources(g.sources_.size());
  for (uint32_t i = 0; i < sources.size(); ++i) sources[i] = g.sources_[source_perm[i]];
  FlattenRanges(aliases_, sources.size(), &g.alias_symbols_,
                [&](uint32_t i, uint32_t begin, uint32_t end) {
                  sources[i].aliases_begin = begin;
                  sources[i].aliases_end = end;
                });
  g.sources_ = std::move(sources);

  const std::vector<uint32_t> claim_perm =
      OrderByString(sym, g.claims_.size(), [&](uint32_t i) { return g.claims_[i].id; });
  const std::vector<uint32_t> claim_map = Inverse(claim_perm, g.claims_.size());
  if (!claim_map.empty()) g.claims_ = Gathered(g.claims_, claim_perm);

  // Claims are in their final order: their (proposition, unit) groups and their
  // intervals need nothing else, so they are made on a third thread while the
  // documents may still be moving, and the stances are ordered here once they have.
  std::thread grouper([this] {
    BuildGroups();
    for (Claim& c : graph_.claims_) {
      c.interval = Interval::Of(c.qualifier, c.value, c.value_hi, options_.about_tolerance);
    }
  });
  documents_mover.join();

  if (!claim_map.empty() || !source_map.empty() || !document_map.empty()) {
    InTwoHalves(g.stances_.size(), [&](size_t begin, size_t end) {
      for (size_t i = begin; i < end; ++i) {
        Stance& s = g.stances_[i];
        s.claim = Remap(claim_map, s.claim);
        s.source = Remap(source_map, s.source);
        s.document = Remap(document_map, s.document);
        s.attributed_to = Remap(source_map, s.attributed_to);
      }
    });
  }
  // Stances: by claim, then by what tells two stances apart in reading order.
  const auto& st = g.stances_;
  // Stances alike in every field may still differ in their attributes: compare those
  // last, so input order never decides the canonical order. stance_attrs holds the
  // stance attributes by (owner, key, value); attr_begin[s] is where s's start.
  std::vector<uint32_t> stance_attrs, attr_begin;
  for (uint32_t i = 0; i < g.attributes_.size(); ++i) {
    if (g.attributes_[i].owner_kind == EntityKind::kStance) stance_attrs.push_back(i);
  }
  auto attr_cmp = [&](uint32_t i, uint32_t j) -> int {  // key, then value
    const Attribute& a = g.attributes_[i];
    const Attribute& b = g.attributes_[j];
    if (int c = sym.Str(a.key).compare(sym.Str(b.key)); c != 0) return c;
    return g.texts_.Get(a.value).compare(g.texts_.Get(b.value));
  };
  if (!stance_attrs.empty()) {
    std::sort(stance_attrs.begin(), stance_attrs.end(), [&](uint32_t i, uint32_t j) {
      if (g.attributes_[i].owner != g.attributes_[j].owner) {
        return g.attributes_[i].owner < g.attributes_[j].owner;
      }
      return attr_cmp(i, j) < 0;
    });
    attr_begin.assign(st.size() + 1, 0);
    for (uint32_t i : stance_attrs) ++attr_begin[g.attributes_[i].owner + 1];
    std::partial_sum(attr_begin.begin(), attr_begin.end(), attr_begin.begin());
  }
  auto stance_less = [&](uint32_t x, uint32_t y) {
    const Stance& a = st[x];
    const Stance& b = st[y];
    if (a.claim != b.claim) return a.claim < b.claim;
    if (a.document != b.document) return a.document < b.document;
    if (a.source != b.source) return a.source < b.source;
    if (a.kind != b.kind) return a.kind < b.kind;
    if (a.attributed_to != b.attributed_to) return a.attributed_to < b.attributed_to;
    if (a.quote_start != b.quote_start) return a.quote_start < b.quote_start;
    std::string_view qa = g.texts_.Get(a.quote), qb = g.texts_.Get(b.quote);
    if (qa != qb) return qa < qb;
    std::string_view ia = sym.Str(a.id), ib = sym.Str(b.id);
    if (ia != ib) return ia < ib;
    if (a.quote_end != b.quote_end) return a.quote_end < b.quote_end;
    if (!attr_begin.empty()) {
      const uint32_t nx = attr_begin[x + 1] - attr_begin[x], ny = attr_begin[y + 1] - attr_begin[y];
      for (uint32_t k = 0; k < nx && k < ny; ++k) {
        const int c = attr_cmp(stance_attrs[attr_begin[x] + k], stance_attrs[attr_begin[y] + k]);
        if (c != 0) return c < 0;
      }
      if (nx != ny) return nx < ny;
    }
    return x < y;  // identical stances: either order gives the same output
  };
  std::vector<uint32_t> stance_perm;  // stays empty for stances in order
  // In order already (a graph's own export, read back): one pass tells.
  bool in_order = true;
  for (uint32_t i = 1; i < st.size() && in_order; ++i) in_order = stance_less(i - 1, i);
  if (!in_order) {
    stance_perm.resize(st.size());
    // Bucket by claim first (a counting sort: claims hold a handful of stances
    // each), then order each small bucket by the full comparison below.
    std::vector<uint32_t> bucket(g.claims_.size() + 1, 0);
    for (const Stance& s : st) ++bucket[s.claim + 1];
    std::partial_sum(bucket.begin(), bucket.end(), bucket.begin());
    {
      std::vector<uint32_t> next(bucket.begin(), bucket.end() - 1);
      for (uint32_t i = 0; i < st.size(); ++i) stance_perm[next[st[i].claim]++] = i;
    }
    InTwoHalves(g.claims_.size(), [&](size_t begin, size_t end) {
      for (size_t c = begin; c < end; ++c) {
        if (bucket[c + 1] - bucket[c] > 1) {
          std::sort(stance_perm.begin() + bucket[c], stance_perm.begin() + bucket[c + 1],
                    stance_less);
        }
      }
    });
    g.stances_ = Gathered(g.stances_, stance_perm);
  }
  const std::vector<uint32_t> stance_map = Inverse(stance_perm, st.size());

  for (Attribute& at : g.attributes_) {
    switch (at.owner_kind) {
      case EntityKind::kSource:
        at.owner = Remap(source_map, at.owner);
        break;
      case EntityKind::kDocument:
        at.owner = Remap(document_map, at.owner);
        break;
      case EntityKind::kClaim:
        at.owner = Remap(claim_map, at.owner);
        break;
      case EntityKind::kStance:
        at.owner = Remap(stance_map, at.owner);
        break;
    }
  }
  std::sort(g.attributes_.begin(), g.attributes_.end(), [&](const Attribute& x, const Attribute& y) {
    if (x.owner_kind != y.owner_kind) return x.owner_kind < y.owner_kind;
    if (x.owner != y.owner) return x.owner < y.owner;
    std::string_view kx = sym.Str(x.key), ky = sym.Str(y.key);
    if (kx != ky) return kx < ky;
    return g.texts_.Get(x.value) < g.texts_.Get(y.value);
  });
  grouper.join();
}

void GraphBuilder::BuildGroups() {
  ClaimGraph& g = graph_;
  // Rank proposition and unit symbols by their text once, then order claims by
  // those integers: two counting sorts (by unit, then stably by proposition), no
  // string compared per claim and no table of keys beside the claims.
  // The used symbols are marked, not collected and de-duplicated: two per claim.
  std::vector<uint32_t> rank(g.symbols_.size(), 0);
  for (const Claim& c : g.claims_) rank[c.proposition] = rank[c.unit] = 1;
  std::vector<Symbol> used;
  for (Symbol s = 0; s < rank.size(); ++s) {
    if (rank[s]) used.push_back(s);
  }
  const std::vector<uint32_t> by_text = OrderBySymbolText(g.symbols_, used);
  for (uint32_t i = 0; i < used.size(); ++i) rank[used[by_text[i]]] = i;
  const auto claims = static_cast<uint32_t>(g.claims_.size());
  // Where each rank's claims start, for a counting sort by `rank_of`.
  auto starts = [&](auto rank_of) {
    std::vector<uint32_t> start(used.size() + 1, 0);
    for (const Claim& c : g.claims_) ++start[rank_of(c) + 1];
    std::partial_sum(start.begin(), start.end(), start.begin());
    return start;
  };
  auto unit_rank = [&](const Claim& c) { return rank[c.unit]; };
  auto proposition_rank = [&](const Claim& c) { return rank[c.proposition]; };
  std::vector<ClaimId> by_unit(claims);
  std::vector<uint32_t> next = starts(unit_rank);
  for (ClaimId c = 0; c < claims; ++c) by_unit[next[unit_rank(g.claims_[c])]++] = c;
  g.grouped_claims_.resize(claims);
  next = starts(proposition_rank);
  for (ClaimId c : by_unit) g.grouped_claims_[next[proposition_rank(g.claims_[c])]++] = c;
  g.groups_.clear();
  for (uint32_t i = 0; i < claims; ++i) {
    const Claim& c = g.claims_[g.grouped_claims_[i]];
    if (i == 0 || c.proposition != g.groups_.back().proposition ||
        c.unit != g.groups_.back().unit) {
      g.groups_.push_back(PropositionGroup{c.proposition, c.unit, i, i});
    }
    g.groups_.back().end = i + 1;
  }
}

void GraphBuilder::BuildIndexes() {
  ClaimGraph& g = graph_;
  g.claim_stances_.assign(g.claims_.size() + 1, 0);
  for (const Stance& s : g.stances_) ++g.claim_stances_[s.claim + 1];
  std::partial_sum(g.claim_stances_.begin(), g.claim_stances_.end(), g.claim_stances_.begin());

  g.display_name_ends_.assign(1, 0);
  g.display_name_bytes_.clear();
  for (const Source& source : g.sources_) {
    const std::string_view name = g.Str(source.name != kNoSymbol ? source.name : source.id);
    g.display_name_bytes_.insert(g.display_name_bytes_.end(), name.begin(), name.end());
    g.display_name_ends_.push_back(g.display_name_bytes_.size());
  }

  // Names and aliases resolve too, after ids (an id always wins); a name two
  // sources share goes to the first in id order.
  g.source_names_.clear();
  for (SourceId s = 0; s < g.sources_.size(); ++s) {
    if (g.sources_[s].name != kNoSymbol) g.source_names_.emplace_back(g.Str(g.sources_[s].name), s);
    for (Symbol alias : g.AliasesOf(s)) g.source_names_.emplace_back(g.Str(alias), s);
  }
  std::sort(g.source_names_.begin(), g.source_names_.end());
  g.source_names_.erase(std::unique(g.source_names_.begin(), g.source_names_.end(),
                                    [](const auto& a, const auto& b) { return a.first == b.first; }),
                        g.source_names_.end());
  g.source_names_.erase(std::remove_if(g.source_names_.begin(), g.source_names_.end(),
                                       [&](const auto& entry) {
                                         return g.FindSourceById(entry.first).has_value();
                                       }),
                        g.source_names_.end());
}

void GraphBuilder::ReleaseLookups() {
  // Canonicalise copies the tables into their new order; memory handed back first
  // is memory those copies need not fault in fresh (on a VM, the slow part). The
  // built graph finds entities by binary search over their sorted ids, so the
  // symbol table's hash index goes too.
  graph_.symbols_.ReleaseIndex();
  figures_.reset();
  source_index_.Clear();
  std::vector<uint32_t>().swap(document_of_symbol_);
  std::vector<uint32_t>().swap(claim_of_symbol_);
  std::vector<bool>().swap(source_defined_);
  std::vector<bool>().swap(document_defined_);
  std::vector<bool>().swap(claim_defined_);
  std::vector<bool>().swap(has_figure_);
}

Result<ClaimGraph> GraphBuilder::Build() && {
  ResolveAliases();
  // Two read-only checks of different tables, side by side; the claims' error first.
  Status cycles;
  std::thread cycle_check([&] { cycles = CheckCycles(); });
  const Status claims = CheckClaims();
  cycle_check.join();
  CG_RETURN_IF_ERROR(claims);
  CG_RETURN_IF_ERROR(cycles);
  ReleaseLookups();
  Canonicalise();
  BuildIndexes();
  return std::move(graph_);
}

}  // namespace claimgraph
