// Graphviz DOT, built with libcgraph (never by string concatenation): the whole
// graph (DotExporter) or just the contradictions `check` found (DotCheckWriter).
//
// The visual language: claims are boxes labelled with the figure as worded and the
// proposition; sources ellipses (filled by kind); documents notes. `asserts` edges
// are solid, `disputes` red dashed, `attributed to` and `derived from` dotted with a
// label; a disjoint pair is a bold red undirected edge, a revision a grey arrow
// from the old figure to the new. Node names derive from entity ids
// ("claim:ID", "source:ID", "doc:ID"), so two exports diff meaningfully.
#ifndef CLAIMGRAPH_EXPORTERS_DOT_EXPORTER_H_
#define CLAIMGRAPH_EXPORTERS_DOT_EXPORTER_H_

#include "exporters/exporter.h"
#include "exporters/report_writer.h"

namespace claimgraph {

class DotExporter : public Exporter {
 public:
  Status Write(const ClaimGraph& graph, std::ostream& out) override;
};

// One cluster per proposition, holding its conflicting claims and their sources.
class DotCheckWriter : public CheckWriter {
 public:
  Status Write(const CheckResult& result, std::ostream& out) override;
};

// Graphviz reads backslash sequences in labels ("\n", "\l"); this makes a text
// show as written: backslashes doubled, newlines as "\n".
std::string DotLabelText(std::string_view text);

}  // namespace claimgraph

#endif  // CLAIMGRAPH_EXPORTERS_DOT_EXPORTER_H_
