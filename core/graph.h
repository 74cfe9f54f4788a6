// ClaimGraph: the immutable, canonical in-memory graph every analysis and exporter
// reads. Built only by GraphBuilder::Build().
//
// Canonical order: sources, documents and claims are numbered in byte order of
// their id strings, and stances by (claim, document, source, kind, attribution,
// quote). Whatever order the input came in, the same data gives the same indices,
// so anything that walks the graph in index order produces byte-identical output.
#ifndef CLAIMGRAPH_CORE_GRAPH_H_
#define CLAIMGRAPH_CORE_GRAPH_H_

#include <cstdint>
#include <memory>
#include <optional>
#include <span>
#include <string_view>
#include <vector>

#include "core/cache_line.h"
#include "core/interner.h"
#include "core/model.h"
#include "core/small_pages.h"

namespace claimgraph {

// The typed relations between entities, as edges of the Boost graph.
enum class Relation : uint8_t {
  kAsserts,       // source -> claim (one edge per stance)
  kDisputes,      // source -> claim (one edge per stance)
  kAttributedTo,  // claim -> source the stance credits the figure to (one per stance)
  kDerivedFrom,   // document -> the document it was taken from
  kAuthoredBy,    // document -> its author or publisher source
};

struct EdgeData {
  Relation relation = Relation::kAsserts;
  uint32_t stance = kNone;  // the stance behind a kAsserts/kDisputes/kAttributedTo edge
};

// The entities as one Boost graph: core/boost_graph.h, which only the code that
// walks it includes (Boost.Graph's headers add seconds to every file that reads them).
struct BoostGraph;

// Claims of one proposition measured in one unit: the unit of comparison.
struct PropositionGroup {
  Symbol proposition = kNoSymbol;
  Symbol unit = kNoSymbol;
  uint32_t begin = 0;  // range into ClaimGraph::grouped_claims()
  uint32_t end = 0;
};

class ClaimGraph {
 public:
  // Vertices of boost_graph(): sources first, then documents, then claims, all in
  // canonical order.
  using Vertex = uint32_t;

  ClaimGraph(ClaimGraph&&) noexcept;
  ClaimGraph& operator=(ClaimGraph&&) noexcept;
  ~ClaimGraph();

  const std::vector<Source>& sources() const { return sources_; }
  // The entity tables sit on small pages (core/small_pages.h). Each fresh huge page
  // costs a VM that reports free memory a fault of 2 MB at the host's price, and
  // these tables are written as the input is read, so a run that starts cold pays
  // it on the importing thread; read at random later, they measured no slower on
  // small pages (docs/performance.md, session 14). Sources are few and stay as they are.
  using DocumentTable = std::vector<Document, SmallPageAllocator<Document>>;
  using ClaimTable = std::vector<Claim, SmallPageAllocator<Claim>>;
  using StanceTable = std::vector<Stance, SmallPageAllocator<Stance>>;
  const DocumentTable& documents() const { return documents_; }
  const ClaimTable& claims() const { return claims_; }
  const StanceTable& stances() const { return stances_; }
  const std::vector<Attribute>& attributes() const { return attributes_; }

  std::string_view Str(Symbol symbol) const { return symbols_.Str(symbol); }
  std::string_view Text(TextId text) const { return texts_.Get(text); }
  // Cache hints for a caller about to read many strings at random (a report's
  // quotes): each loads what Str() or Text() would read first, without waiting.
  void PrefetchStr(Symbol symbol) const { symbols_.Prefetch(symbol); }
  void PrefetchText(TextId text) const { texts_.Prefetch(text); }
  const Interner& symbols() const { return symbols_; }

  std::string_view SourceName(SourceId id) const;  // name, or id when unnamed
  std::span<const Symbol> AliasesOf(SourceId id) const;
  std::span<const SourceId> AuthorsOf(DocumentId id) const;
  // A claim's stances, in canonical order.
  std::span<const Stance> StancesOf(ClaimId id) const;
  StanceId FirstStanceOf(ClaimId id) const { return claim_stances_[id]; }
  // An entity's attributes, sorted by key.
  std::span<const Attribute> AttributesOf(EntityKind kind, uint32_t index) const;

  // Lookup by id string; sources also by name or alias.
  std::optional<SourceId> FindSource(std::string_view id_or_alias) const;
  std::optional<DocumentId> FindDocument(std::string_view id) const;
  std::optional<ClaimId> FindClaim(std::string_view id) const;

  // (proposition, unit) groups, ordered by proposition then unit text.
  const std::vector<PropositionGroup>& groups() const { return groups_; }
  std::span<const ClaimId> ClaimsOf(const PropositionGroup& group) const {
    return {grouped_claims_.data() + group.begin, group.end - group.begin};
  }

  // The entities as one Boost graph (vertices: sources, documents, claims; edges:
  // stances, attributions, derivations, authorship). Built on the first call, once,
  // whichever thread asks: checking, tracing and the native export read the tables
  // and never need it, and at a million claims it costs a fifth of a second and
  // over 100 MB.
  const BoostGraph& boost_graph() const;
  Vertex SourceVertex(SourceId id) const { return id; }
  Vertex DocumentVertex(DocumentId id) const { return num_sources() + id; }
  Vertex ClaimVertex(ClaimId id) const { return num_sources() + num_documents() + id; }
  EntityKind KindOf(Vertex v) const;
  uint32_t IndexOf(Vertex v) const;  // index within its kind's table

  uint32_t num_sources() const { return static_cast<uint32_t>(sources_.size()); }
  uint32_t num_documents() const { return static_cast<uint32_t>(documents_.size()); }
  uint32_t num_claims() const { return static_cast<uint32_t>(claims_.size()); }
  uint32_t num_stances() const { return static_cast<uint32_t>(stances_.size()); }

  // The tolerance `about` figures were widened with when the graph was built.
  double about_tolerance() const { return about_tolerance_; }

 private:
  friend class GraphBuilder;
  ClaimGraph();
  std::optional<SourceId> FindSourceById(std::string_view id) const;

  Interner symbols_;
  // The CSV importer's reading thread fills the text store while the building
  // thread fills the rest: cache lines of their own, so neither thread's writes
  // keep taking the other's lines away.
  alignas(kCacheLine) TextStore texts_;
  alignas(kCacheLine) std::vector<Source> sources_;
  DocumentTable documents_;
  ClaimTable claims_;
  StanceTable stances_;
  std::vector<Attribute> attributes_;
  std::vector<Symbol> alias_symbols_;
  std::vector<SourceId> author_ids_;
  std::vector<uint32_t> claim_stances_;  // claim -> first stance; size claims + 1
  std::vector<PropositionGroup> groups_;
  std::vector<ClaimId> grouped_claims_;
  // Source names and aliases that are no source's id, sorted by text, each with
  // the first source (in id order) that bears it: FindSource's second look.
  // Ids need no table: entities are sorted by id.
  std::vector<std::pair<std::string_view, SourceId>> source_names_;
  // Each source's display name (SourceName), copied side by side in id order:
  // reports name a source at every claim, and the interner scatters these few
  // strings among millions of others (a cache miss or two a name).
  std::vector<size_t> display_name_ends_;  // size sources + 1 (bytes: inputs may add past 4 GiB)
  std::vector<char> display_name_bytes_;
  struct LazyGraph;  // the Boost graph and the flag that builds it once
  std::unique_ptr<LazyGraph> graph_;
  double about_tolerance_ = kDefaultAboutTolerance;
};

}  // namespace claimgraph

#endif  // CLAIMGRAPH_CORE_GRAPH_H_
