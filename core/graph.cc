#include "core/graph.h"

#include <algorithm>

namespace claimgraph {
namespace {

std::optional<uint32_t> Lookup(const std::vector<std::pair<Symbol, uint32_t>>& table,
                               std::optional<Symbol> symbol) {
  if (!symbol) return std::nullopt;
  auto it = std::lower_bound(table.begin(), table.end(), std::make_pair(*symbol, uint32_t{0}));
  if (it == table.end() || it->first != *symbol) return std::nullopt;
  return it->second;
}

template <typename T>
size_t VectorBytes(const std::vector<T>& v) {
  return v.capacity() * sizeof(T);
}

}  // namespace

std::string_view ClaimGraph::SourceName(SourceId id) const {
  const Source& source = sources_[id];
  return Str(source.name != kNoSymbol ? source.name : source.id);
}

std::span<const Symbol> ClaimGraph::AliasesOf(SourceId id) const {
  const Source& s = sources_[id];
  return {alias_symbols_.data() + s.aliases_begin, s.aliases_end - s.aliases_begin};
}

std::span<const SourceId> ClaimGraph::AuthorsOf(DocumentId id) const {
  const Document& d = documents_[id];
  return {author_ids_.data() + d.authors_begin, d.authors_end - d.authors_begin};
}

std::span<const Stance> ClaimGraph::StancesOf(ClaimId id) const {
  return {stances_.data() + claim_stances_[id], claim_stances_[id + 1] - claim_stances_[id]};
}

std::span<const Attribute> ClaimGraph::AttributesOf(EntityKind kind, uint32_t index) const {
  auto key = [](const Attribute& a) { return std::make_pair(a.owner_kind, a.owner); };
  auto lo = std::lower_bound(attributes_.begin(), attributes_.end(), std::make_pair(kind, index),
                             [&](const Attribute& a, const auto& k) { return key(a) < k; });
  auto hi = std::upper_bound(lo, attributes_.end(), std::make_pair(kind, index),
                             [&](const auto& k, const Attribute& a) { return k < key(a); });
  return {attributes_.data() + (lo - attributes_.begin()), static_cast<size_t>(hi - lo)};
}

std::optional<SourceId> ClaimGraph::FindSource(std::string_view id_or_alias) const {
  return Lookup(source_lookup_, symbols_.Find(id_or_alias));
}

std::optional<DocumentId> ClaimGraph::FindDocument(std::string_view id) const {
  return Lookup(document_lookup_, symbols_.Find(id));
}

std::optional<ClaimId> ClaimGraph::FindClaim(std::string_view id) const {
  return Lookup(claim_lookup_, symbols_.Find(id));
}

EntityKind ClaimGraph::KindOf(Vertex v) const {
  if (v < num_sources()) return EntityKind::kSource;
  if (v < num_sources() + num_documents()) return EntityKind::kDocument;
  return EntityKind::kClaim;
}

uint32_t ClaimGraph::IndexOf(Vertex v) const {
  if (v < num_sources()) return v;
  if (v < num_sources() + num_documents()) return v - num_sources();
  return v - num_sources() - num_documents();
}

size_t ClaimGraph::MemoryBytes() const {
  size_t edges = boost::num_edges(graph_);
  size_t vertices = boost::num_vertices(graph_);
  // Forward and backward CSR: row starts, targets, edge properties, edge indexes.
  size_t graph_bytes = 2 * (vertices + 1) * sizeof(uint32_t) +
                       edges * (2 * sizeof(uint32_t) + sizeof(EdgeData) + sizeof(uint32_t));
  return symbols_.MemoryBytes() + texts_.MemoryBytes() + VectorBytes(sources_) +
         VectorBytes(documents_) + VectorBytes(claims_) + VectorBytes(stances_) +
         VectorBytes(attributes_) + VectorBytes(alias_symbols_) + VectorBytes(author_ids_) +
         VectorBytes(claim_stances_) + VectorBytes(groups_) + VectorBytes(grouped_claims_) +
         VectorBytes(source_lookup_) + VectorBytes(document_lookup_) +
         VectorBytes(claim_lookup_) + graph_bytes;
}

}  // namespace claimgraph
