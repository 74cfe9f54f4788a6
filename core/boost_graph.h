// The graph's entities as one Boost graph, for the code that walks it with
// Boost.Graph's algorithms (ClaimGraph::boost_graph()). Kept out of core/graph.h:
// Boost.Graph's headers cost seconds to compile, and most code reads the tables.
#ifndef CLAIMGRAPH_CORE_BOOST_GRAPH_H_
#define CLAIMGRAPH_CORE_BOOST_GRAPH_H_

#include <boost/graph/compressed_sparse_row_graph.hpp>
#include <cstdint>

#include "core/graph.h"

namespace claimgraph {

struct BoostGraph {
  // Vertices: ClaimGraph::SourceVertex, DocumentVertex and ClaimVertex; edges carry
  // their relation and the stance behind them.
  using Csr = boost::compressed_sparse_row_graph<boost::bidirectionalS, boost::no_property,
                                                 EdgeData, boost::no_property, uint32_t, uint32_t>;
  Csr csr;
};

}  // namespace claimgraph

#endif  // CLAIMGRAPH_CORE_BOOST_GRAPH_H_
