#include "core/analysis/provenance.h"

#include <algorithm>
#include <thread>

namespace claimgraph {
namespace {

// The document a document was taken from (the graph's kDerivedFrom edge, read
// off the table: the Boost graph is built only for those who walk it).
DocumentId ParentOf(const ClaimGraph& graph, DocumentId document) {
  return graph.documents()[document].derived_from;
}

}  // namespace

Provenance Provenance::Compute(const ClaimGraph& graph, unsigned threads) {
  Provenance p;
  p.ComputeRoots(graph);

  // Claims in contiguous slices, one a thread, each with its claims' stances
  // (stances are in claim order); the slices' origin lists are concatenated in
  // slice order, so any number of threads gives the same tables.
  const uint32_t num_claims = graph.num_claims();
  p.stance_origin_.resize(graph.num_stances());
  p.claim_begin_.resize(num_claims + 1);
  p.claim_date_.resize(num_claims);
  // Below this many claims a slice, a thread costs more than it saves.
  constexpr uint32_t kMinClaimsPerThread = 1 << 14;
  const uint32_t slices =
      std::max(1u, std::min<uint32_t>(threads, num_claims / kMinClaimsPerThread));
  std::vector<std::vector<Origin>> origins(slices);
  // The first slice's list becomes the whole one: room for every stance's origin
  // (capacity only, touched as written), so appending the others copies only them.
  origins[0].reserve(graph.num_stances());
  auto slice_begin = [&](uint32_t t) {
    return static_cast<ClaimId>(uint64_t{num_claims} * t / slices);
  };
  if (slices == 1) {
    p.ComputeClaims(graph, 0, num_claims, &origins[0]);
  } else {
    std::vector<std::thread> workers;
    for (uint32_t t = 0; t < slices; ++t) {
      workers.emplace_back(
          [&, t] { p.ComputeClaims(graph, slice_begin(t), slice_begin(t + 1), &origins[t]); });
    }
    for (auto& w : workers) w.join();
  }
  // Each slice counted its claims' offsets from its own start.
  size_t total = 0;
  for (const auto& o : origins) total += o.size();
  p.claim_origins_ = std::move(origins[0]);
  p.claim_origins_.reserve(total);
  for (uint32_t t = 1; t < slices; ++t) {
    const auto offset = static_cast<uint32_t>(p.claim_origins_.size());
    for (ClaimId c = slice_begin(t); c < slice_begin(t + 1); ++c) p.claim_begin_[c] += offset;
    p.claim_origins_.insert(p.claim_origins_.end(), origins[t].begin(), origins[t].end());
  }
  p.claim_begin_[num_claims] = static_cast<uint32_t>(p.claim_origins_.size());
  return p;
}

void Provenance::ComputeRoots(const ClaimGraph& graph) {
  const uint32_t num_docs = graph.num_documents();
  root_.assign(num_docs, kNone);
  std::vector<DocumentId> path;
  for (DocumentId start = 0; start < num_docs; ++start) {
    if (root_[start] != kNone) continue;
    path.clear();
    DocumentId d = start;
    // The builder rejected cycles, so this walk ends at a root or a memoised document.
    while (root_[d] == kNone) {
      path.push_back(d);
      DocumentId parent = ParentOf(graph, d);
      if (parent == kNone) {
        root_[d] = d;
        break;
      }
      d = parent;
    }
    for (DocumentId q : path) root_[q] = root_[d];
  }
}

Origin Provenance::StanceOrigin(const ClaimGraph& graph, const Stance& s) const {
  if (s.attributed_to != kNone) return graph.SourceVertex(s.attributed_to);
  const DocumentId root = root_[s.document];
  if (root == s.document) return graph.SourceVertex(s.source);
  auto authors = graph.AuthorsOf(root);
  if (authors.empty()) return graph.DocumentVertex(root);
  if (std::find(authors.begin(), authors.end(), s.source) != authors.end()) {
    return graph.SourceVertex(s.source);
  }
  return graph.SourceVertex(authors.front());
}

void Provenance::ComputeClaims(const ClaimGraph& graph, ClaimId begin, ClaimId end,
                               std::vector<Origin>* origins) {
  const auto& claims = graph.claims();
  const auto& documents = graph.documents();
  origins->reserve(origins->size() + (graph.FirstStanceOf(end) - graph.FirstStanceOf(begin)));
  for (ClaimId c = begin; c < end; ++c) {
    claim_begin_[c] = static_cast<uint32_t>(origins->size());
    Date earliest;
    const StanceId first = graph.FirstStanceOf(c);
    auto claim_stances = graph.StancesOf(c);
    for (size_t k = 0; k < claim_stances.size(); ++k) {
      const Stance& s = claim_stances[k];
      const Origin origin = StanceOrigin(graph, s);
      stance_origin_[first + k] = origin;
      if (s.kind != StanceKind::kAsserts) continue;
      origins->push_back(origin);
      Date published = documents[s.document].published;
      if (published.known() && (!earliest.known() || published < earliest)) earliest = published;
    }
    auto from = origins->begin() + claim_begin_[c];
    std::sort(from, origins->end());
    origins->erase(std::unique(from, origins->end()), origins->end());
    claim_date_[c] = claims[c].as_of.known() ? claims[c].as_of : earliest;
  }
}

std::vector<DocumentId> Provenance::ChainOf(const ClaimGraph& graph, DocumentId document) {
  std::vector<DocumentId> chain;
  for (DocumentId d = document; d != kNone; d = ParentOf(graph, d)) chain.push_back(d);
  return chain;
}

std::string_view Provenance::OriginName(const ClaimGraph& graph, Origin origin) {
  if (graph.KindOf(origin) == EntityKind::kSource) return graph.SourceName(graph.IndexOf(origin));
  return graph.Str(graph.documents()[graph.IndexOf(origin)].id);
}

}  // namespace claimgraph
