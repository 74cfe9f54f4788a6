// GraphBuilder: the one way importers put data into a ClaimGraph.
//
// Importers get-or-create entities by id string and fill in their fields; several
// importers (several files) may feed one builder. Build() checks what only the
// whole graph can tell (derived-from cycles, claims without a figure, aliases),
// puts everything in canonical order and returns the immutable graph.
#ifndef CLAIMGRAPH_CORE_GRAPH_BUILDER_H_
#define CLAIMGRAPH_CORE_GRAPH_BUILDER_H_

#include <cstdint>
#include <memory>
#include <optional>
#include <string_view>
#include <vector>

#include "core/graph.h"
#include "core/id_index.h"
#include "core/interner.h"
#include "core/model.h"
#include "core/small_pages.h"
#include "core/status.h"

namespace claimgraph {

struct BuildOptions {
  double about_tolerance = kDefaultAboutTolerance;  // relative half-width of `about`
};

// What identifies a claim that has no id: a figure about a proposition.
struct FigureKey {
  Symbol proposition = kNoSymbol;
  Symbol unit = kNoSymbol;
  Date as_of;
  Qualifier qualifier = Qualifier::kExact;
  double value = 0;
  double value_hi = 0;
};

class GraphBuilder {
 public:
  explicit GraphBuilder(BuildOptions options = {});
  ~GraphBuilder();
  GraphBuilder(const GraphBuilder&) = delete;
  GraphBuilder& operator=(const GraphBuilder&) = delete;

  Interner& symbols() { return graph_.symbols_; }
  const Interner& symbols() const { return graph_.symbols_; }
  TextStore& texts() { return graph_.texts_; }
  Symbol Intern(std::string_view s) { return graph_.symbols_.Intern(s); }

  // Get-or-create by id. A new entity is empty and "undefined" until an importer
  // calls Define*(); importers decide whether an undefined reference is an error.
  SourceId SourceById(std::string_view id);
  // The same, for a caller that has the id's Interner::Hash already.
  SourceId SourceById(std::string_view id, uint64_t hash);
  DocumentId DocumentById(std::string_view id);
  // The same, for a caller that has the id's Interner::Hash already.
  DocumentId DocumentById(std::string_view id, uint64_t hash);
  ClaimId ClaimById(std::string_view id);
  // The same, for a caller that has the id's Interner::Hash already.
  ClaimId ClaimById(std::string_view id, uint64_t hash);
  std::optional<SourceId> FindSource(std::string_view id) const;
  std::optional<DocumentId> FindDocument(std::string_view id) const;
  std::optional<ClaimId> FindClaim(std::string_view id) const;
  // True when `id_or_alias` names a defined source by id, or any source by alias.
  bool SourceKnown(std::string_view id_or_alias) const;

  // The claim a figure denotes, created (with a generated id derived from the key
  // alone, so it does not depend on input order) on first sight.
  Result<ClaimId> ClaimByFigure(const FigureKey& key);
  // The same, for a caller that worked out ahead (on another thread, say) the key's
  // FigureHash and the generated id with its Interner::Hash.
  Result<ClaimId> ClaimByFigure(const FigureKey& key, uint64_t figure_hash,
                                std::string_view generated_id, uint64_t id_hash);
  // What ClaimByFigure files a key under. It hashes the proposition's and unit's
  // texts, not their symbols, so a thread that has only a row's text can work it
  // out before the row's strings are interned.
  static uint64_t FigureHash(const FigureKey& key, std::string_view proposition,
                             std::string_view unit);
  // The id a claim known only by its figure gets: the key spelled out.
  static void GeneratedClaimId(const FigureKey& key, std::string_view proposition,
                               std::string_view unit, std::string* out);
  // Prefetch hints for a caller that knows the keys of rows to come (they change no
  // result): the key's slot in the figure table, then the claim that slot names.
  void PrefetchFigureSlot(uint64_t figure_hash) const;
  void PrefetchFigureClaim(uint64_t figure_hash) const;
  // The same for a source id SourceById will look up (its Interner::Hash).
  void PrefetchSource(uint64_t hash) const { source_index_.Prefetch(hash); }

  Source& source(SourceId id) { return graph_.sources_[id]; }
  Document& document(DocumentId id) { return graph_.documents_[id]; }
  Claim& claim(ClaimId id) { return graph_.claims_[id]; }

  // Explicit definitions (a JSON object, or a CSV claim's first row with a figure).
  // Returns false if it was already defined: the importer reports the duplicate.
  bool DefineSource(SourceId id);
  bool DefineDocument(DocumentId id);
  bool DefineClaim(ClaimId id);
  bool IsDefined(EntityKind kind, uint32_t index) const;
  bool HasFigure(ClaimId id) const { return has_figure_[id]; }

  void AddAlias(SourceId id, std::string_view alias);
  void AddAuthor(DocumentId id, SourceId author);  // duplicates are ignored at Build()
  // Sets the figure; the interval follows from the options at Build().
  void SetFigure(ClaimId id, Qualifier qualifier, double value, double value_hi);
  StanceId AddStance(const Stance& stance);
  void AddAttribute(EntityKind kind, uint32_t owner, std::string_view key, std::string_view value);
  // The same, for a value already in texts().
  void AddAttribute(EntityKind kind, uint32_t owner, std::string_view key, TextId value);

  uint32_t num_claims() const { return static_cast<uint32_t>(graph_.claims_.size()); }
  uint32_t num_stances() const { return static_cast<uint32_t>(graph_.stances_.size()); }
  // A hint from an importer that knows roughly how many stances are coming. The
  // entity tables take `stances` as capacity only (pages are touched as entities
  // arrive, so a high guess costs address space); the symbol table, which is
  // made and touched whole, is sized for `symbols` (default: one per stance; it
  // regrows cheaply past that, while a table too large is pages faulted in for
  // nothing). Not the texts: an importer may fill them on another thread, and
  // sizes them there (texts().Reserve).
  void Reserve(size_t stances, size_t symbols = 0);
  // For an importer that fills the tables in batches: asks `prefaulter` for the
  // pages the next entities and symbols will be written to.
  void PrefaultAhead(Prefaulter* prefaulter);

  // Checks and freezes. Errors: a derived-from cycle (naming its documents), a claim
  // with no figure or no proposition. The builder is spent afterwards.
  Result<ClaimGraph> Build() &&;

 private:
  struct FigureIndex;
  template <typename Entity, typename Alloc>
  uint32_t GetOrCreate(std::string_view id, uint64_t hash, IdIndex& index,
                       std::vector<Entity, Alloc>& entities, std::vector<bool>& defined);
  template <typename Entity, typename Alloc>
  uint32_t GetOrCreate(std::string_view id, uint64_t hash, std::vector<uint32_t>& of_symbol,
                       std::vector<Entity, Alloc>& entities, std::vector<bool>& defined);
  void ResolveAliases();
  Status CheckClaims() const;
  Status CheckCycles() const;
  // Frees the id lookups and definition flags, which Build() needs no more.
  void ReleaseLookups();
  void Canonicalise();
  void BuildGroups();  // claims by (proposition, unit); needs only the claims in order
  void BuildIndexes();

  BuildOptions options_;
  ClaimGraph graph_;
  // Per-kind id -> index (one string may name entities of several kinds).
  // Sources have an index of their own: they are few and named by every stance,
  // so lookups stay in cache (IdIndex). Documents and claims are mostly new when
  // first met, and a table of their own would cost each a second cache miss: they
  // are found by their interned symbol (measured: docs/performance.md).
  IdIndex source_index_;
  std::vector<uint32_t> document_of_symbol_, claim_of_symbol_;
  std::vector<bool> source_defined_, document_defined_, claim_defined_, has_figure_;
  std::vector<std::pair<SourceId, Symbol>> aliases_;
  std::vector<std::pair<DocumentId, SourceId>> authors_;
  std::unique_ptr<FigureIndex> figures_;
  Status NewFigureClaim(const FigureKey& key, ClaimId claim, std::string_view id);
};

}  // namespace claimgraph

#endif  // CLAIMGRAPH_CORE_GRAPH_BUILDER_H_
