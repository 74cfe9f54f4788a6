#include "core/graph.h"

#include <algorithm>
#include <mutex>

#include "core/boost_graph.h"

namespace claimgraph {
namespace {

// Entities are in canonical order, sorted by id: a binary search finds one.
template <typename Entity, typename Alloc>
std::optional<uint32_t> ById(const Interner& symbols, const std::vector<Entity, Alloc>& entities,
                             std::string_view id) {
  auto it = std::lower_bound(entities.begin(), entities.end(), id,
                             [&](const Entity& e, std::string_view key) { return symbols.Str(e.id) < key; });
  if (it == entities.end() || symbols.Str(it->id) != id) return std::nullopt;
  return static_cast<uint32_t>(it - entities.begin());
}

}  // namespace

struct ClaimGraph::LazyGraph {
  std::once_flag built;
  BoostGraph graph;
};

ClaimGraph::ClaimGraph() : graph_(std::make_unique<LazyGraph>()) {}
ClaimGraph::ClaimGraph(ClaimGraph&&) noexcept = default;
ClaimGraph& ClaimGraph::operator=(ClaimGraph&&) noexcept = default;
ClaimGraph::~ClaimGraph() = default;

std::string_view ClaimGraph::SourceName(SourceId id) const {
  const size_t begin = display_name_ends_[id];
  return {display_name_bytes_.data() + begin, display_name_ends_[id + 1] - begin};
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
  if (std::optional<SourceId> id = FindSourceById(id_or_alias)) return id;
  auto it = std::lower_bound(source_names_.begin(), source_names_.end(),
                             std::make_pair(id_or_alias, SourceId{0}));
  if (it == source_names_.end() || it->first != id_or_alias) return std::nullopt;
  return it->second;
}

std::optional<SourceId> ClaimGraph::FindSourceById(std::string_view id) const {
  return ById(symbols_, sources_, id);
}

std::optional<DocumentId> ClaimGraph::FindDocument(std::string_view id) const {
  return ById(symbols_, documents_, id);
}

std::optional<ClaimId> ClaimGraph::FindClaim(std::string_view id) const {
  return ById(symbols_, claims_, id);
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

const BoostGraph& ClaimGraph::boost_graph() const {
  std::call_once(graph_->built, [this] {
    std::vector<std::pair<uint32_t, uint32_t>> edges;
    std::vector<EdgeData> data;
    edges.reserve(stances_.size() * 2 + documents_.size() * 2);
    data.reserve(edges.capacity());
    for (StanceId i = 0; i < stances_.size(); ++i) {
      const Stance& s = stances_[i];
      Relation relation = s.kind == StanceKind::kAsserts ? Relation::kAsserts : Relation::kDisputes;
      edges.emplace_back(SourceVertex(s.source), ClaimVertex(s.claim));
      data.push_back(EdgeData{relation, i});
      if (s.attributed_to != kNone) {
        edges.emplace_back(ClaimVertex(s.claim), SourceVertex(s.attributed_to));
        data.push_back(EdgeData{Relation::kAttributedTo, i});
      }
    }
    for (DocumentId d = 0; d < documents_.size(); ++d) {
      if (documents_[d].derived_from != kNone) {
        edges.emplace_back(DocumentVertex(d), DocumentVertex(documents_[d].derived_from));
        data.push_back(EdgeData{Relation::kDerivedFrom, kNone});
      }
      for (SourceId author : AuthorsOf(d)) {
        edges.emplace_back(DocumentVertex(d), SourceVertex(author));
        data.push_back(EdgeData{Relation::kAuthoredBy, kNone});
      }
    }
    const uint32_t vertices = num_sources() + num_documents() + num_claims();
    graph_->graph.csr = BoostGraph::Csr(boost::edges_are_unsorted_multi_pass, edges.begin(),
                                        edges.end(), data.begin(), vertices);
  });
  return graph_->graph;
}

}  // namespace claimgraph
