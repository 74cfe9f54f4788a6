// One self-contained HTML page for people: the contradictions table (kind,
// proposition, the two figures as worded with their intervals, the sources behind
// each side and their origins; disputes with who disputes and their quotes), and an
// interactive graph view (Cytoscape.js: pan, zoom, click a claim for its stances,
// quotes and each stance's provenance chain document -> derived from ... -> origin).
//
// Offline: the page template, its script and Cytoscape.js (pinned in
// exporters/html/package-lock.json) are embedded in the binary at build time
// (exporters/html/assets.h); a Content-Security-Policy forbids any fetch at view
// time. The data goes in as JSON written with RapidJSON inside
// <script type="application/json">, with "</" written "<\/" and "<!" written
// "\u003c!" so no label can end the element or change how it is parsed; the
// table's text is HTML-escaped. Malformed UTF-8 becomes U+FFFD (counted in
// replaced_characters()).
//
// Honours ExportOptions::scope like the other formats: the table lists the
// contradictions whose claims are all inside it, the graph view draws the scope's
// diagram view (exporters/graph_view.h). The table has no size limit; the graph
// view is drawn up to ExportOptions::max_nodes nodes, past that the page holds the
// table and a note saying how to narrow the view.
#ifndef CLAIMGRAPH_EXPORTERS_HTML_EXPORTER_H_
#define CLAIMGRAPH_EXPORTERS_HTML_EXPORTER_H_

#include <cstdint>

#include "exporters/exporter.h"

namespace claimgraph {

class HtmlExporter : public Exporter {
 public:
  explicit HtmlExporter(const ExportOptions& options) : options_(options) {}
  // Errors: IoError when `out` fails; Internal for a page template with an
  // unknown placeholder (a build problem).
  Status Write(const ClaimGraph& graph, std::ostream& out) override;
  uint64_t replaced_characters() const override { return replaced_; }

 private:
  ExportOptions options_;
  uint64_t replaced_ = 0;
};

}  // namespace claimgraph

#endif  // CLAIMGRAPH_EXPORTERS_HTML_EXPORTER_H_
