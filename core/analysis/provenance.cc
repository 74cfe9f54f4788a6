#include "core/analysis/provenance.h"

#include <algorithm>

namespace claimgraph {
namespace {

// The document a document was taken from (the graph's kDerivedFrom edge, read
// off the table: the Boost graph is built only for those who walk it).
DocumentId ParentOf(const ClaimGraph& graph, DocumentId document) {
  return graph.documents()[document].derived_from;
}

}  // namespace

Provenance Provenance::Compute(const ClaimGraph& graph) {
  Provenance p;
  const uint32_t num_docs = graph.num_documents();
  p.root_.assign(num_docs, kNone);
  std::vector<DocumentId> path;
  for (DocumentId start = 0; start < num_docs; ++start) {
    if (p.root_[start] != kNone) continue;
    path.clear();
    DocumentId d = start;
    // The builder rejected cycles, so this walk ends at a root or a memoised document.
    while (p.root_[d] == kNone) {
      path.push_back(d);
      DocumentId parent = ParentOf(graph, d);
      if (parent == kNone) {
        p.root_[d] = d;
        break;
      }
      d = parent;
    }
    for (DocumentId q : path) p.root_[q] = p.root_[d];
  }

  const auto& stances = graph.stances();
  p.stance_origin_.resize(stances.size());
  for (StanceId i = 0; i < stances.size(); ++i) {
    const Stance& s = stances[i];
    if (s.attributed_to != kNone) {
      p.stance_origin_[i] = graph.SourceVertex(s.attributed_to);
      continue;
    }
    DocumentId root = p.root_[s.document];
    if (root == s.document) {
      p.stance_origin_[i] = graph.SourceVertex(s.source);
      continue;
    }
    auto authors = graph.AuthorsOf(root);
    if (authors.empty()) {
      p.stance_origin_[i] = graph.DocumentVertex(root);
    } else if (std::find(authors.begin(), authors.end(), s.source) != authors.end()) {
      p.stance_origin_[i] = graph.SourceVertex(s.source);
    } else {
      p.stance_origin_[i] = graph.SourceVertex(authors.front());
    }
  }

  const uint32_t num_claims = graph.num_claims();
  p.claim_begin_.assign(num_claims + 1, 0);
  p.claim_date_.assign(num_claims, Date{});
  p.claim_origins_.reserve(stances.size());
  const auto& claims = graph.claims();
  for (ClaimId c = 0; c < num_claims; ++c) {
    p.claim_begin_[c] = static_cast<uint32_t>(p.claim_origins_.size());
    Date earliest;
    StanceId first = graph.FirstStanceOf(c);
    auto claim_stances = graph.StancesOf(c);
    for (size_t k = 0; k < claim_stances.size(); ++k) {
      const Stance& s = claim_stances[k];
      if (s.kind != StanceKind::kAsserts) continue;
      p.claim_origins_.push_back(p.stance_origin_[first + k]);
      Date published = graph.documents()[s.document].published;
      if (published.known() && (!earliest.known() || published < earliest)) earliest = published;
    }
    auto begin = p.claim_origins_.begin() + p.claim_begin_[c];
    std::sort(begin, p.claim_origins_.end());
    p.claim_origins_.erase(std::unique(begin, p.claim_origins_.end()), p.claim_origins_.end());
    p.claim_date_[c] = claims[c].as_of.known() ? claims[c].as_of : earliest;
  }
  p.claim_begin_[num_claims] = static_cast<uint32_t>(p.claim_origins_.size());
  return p;
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
