// The parts of the html export's page, embedded into the binary at build time by
// exporters/html/embed_assets.cmake (generated html_assets.cc), so a page needs
// nothing from the network or the disk when it is written or viewed.
#ifndef CLAIMGRAPH_EXPORTERS_HTML_ASSETS_H_
#define CLAIMGRAPH_EXPORTERS_HTML_ASSETS_H_

#include <string_view>

namespace claimgraph::html {

// exporters/html/report.html.in: the page, with @@NAME@@ placeholders the
// exporter fills (exporters/html_exporter.cc lists them).
std::string_view PageTemplate();
// exporters/html/report.js: the table's and the graph view's behaviour.
std::string_view ReportScript();
// Cytoscape.js, node_modules/cytoscape/dist/cytoscape.min.js as pinned in
// exporters/html/package-lock.json.
std::string_view CytoscapeScript();

}  // namespace claimgraph::html

#endif  // CLAIMGRAPH_EXPORTERS_HTML_ASSETS_H_
