// Provenance: who a figure comes from.
//
// A stance's origin is the source its text credits the figure to (attributed_to);
// failing that, for a stance in an original document (one derived from nothing),
// the source making the stance; for a stance in a derived document (republication,
// translation, quotation), the author of the root document reached by following
// derived-from links, and when that root has no known author, the root document
// itself. A claim's origins are the distinct origins of its asserting stances: the
// independent voices behind it, however many outlets relay them.
#ifndef CLAIMGRAPH_CORE_ANALYSIS_PROVENANCE_H_
#define CLAIMGRAPH_CORE_ANALYSIS_PROVENANCE_H_

#include <span>
#include <string_view>
#include <vector>

#include "core/graph.h"

namespace claimgraph {

// An origin is a source vertex or a document vertex of the graph.
using Origin = ClaimGraph::Vertex;

class Provenance {
 public:
  // Pure function of the graph: roots are memoised per document, so this is linear.
  // The claims are split across `threads` threads; the result is the same for any number.
  static Provenance Compute(const ClaimGraph& graph, unsigned threads = 1);

  DocumentId RootOf(DocumentId document) const { return root_[document]; }
  Origin OriginOf(StanceId stance) const { return stance_origin_[stance]; }
  // Distinct origins of the claim's asserting stances, in vertex (canonical) order.
  std::span<const Origin> OriginsOf(ClaimId claim) const {
    return {claim_origins_.data() + claim_begin_[claim], claim_begin_[claim + 1] - claim_begin_[claim]};
  }
  // The claim's date for telling revisions apart: as_of, else the earliest
  // publication date of the documents asserting it (0 when unknown).
  Date DateOf(ClaimId claim) const { return claim_date_[claim]; }

  // document, the document it derives from, ..., the root (at least one element).
  static std::vector<DocumentId> ChainOf(const ClaimGraph& graph, DocumentId document);
  // Display name of an origin: a source's name, or a document's id.
  static std::string_view OriginName(const ClaimGraph& graph, Origin origin);
  static bool IsDocumentOrigin(const ClaimGraph& graph, Origin origin) {
    return graph.KindOf(origin) == EntityKind::kDocument;
  }

 private:
  void ComputeRoots(const ClaimGraph& graph);
  Origin StanceOrigin(const ClaimGraph& graph, const Stance& stance) const;
  // Claims [begin, end): their stances' origins, dates, and distinct origins, appended
  // to `origins` (claim_begin_ counted from the start of `origins`).
  void ComputeClaims(const ClaimGraph& graph, ClaimId begin, ClaimId end,
                     std::vector<Origin>* origins);

  std::vector<DocumentId> root_;
  std::vector<Origin> stance_origin_;
  std::vector<uint32_t> claim_begin_;
  std::vector<Origin> claim_origins_;
  std::vector<Date> claim_date_;
};

}  // namespace claimgraph

#endif  // CLAIMGRAPH_CORE_ANALYSIS_PROVENANCE_H_
