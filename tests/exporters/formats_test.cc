// The diagram and interchange formats (graphml, gexf, cytoscape, dot, svg, png,
// pdf), scopes applied to them, the diagram size limit and the XML escaper. Real
// clients (networkx, json, xml.etree) read the same exports in
// networkx_client_test.py; cgraph reads the DOT here.
#include <graphviz/cgraph.h>
#include <gtest/gtest.h>

#include <fstream>
#include <memory>
#include <sstream>
#include <string>
#include <vector>

#include "core/analysis/scope.h"
#include "core/graph.h"
#include "core/graph_builder.h"
#include "exporters/exporter.h"
#include "exporters/graph_view.h"
#include "exporters/render_exporter.h"
#include "exporters/xml_writer.h"
#include "importers/json_importer.h"
#include "tests/exporters/import_util.h"
#include "tests/exporters/golden.h"
#include "tests/exporters/report_fixture.h"

namespace claimgraph {
namespace {

using testing_util::ImportJsonFile;
using testing_util::ReadFile;

using testing::ExpectGolden;
using testing::GraphFixture;
using testing::SmallGraph;

const std::vector<std::string> kAllFormats = {"dot", "graphml", "gexf", "cytoscape",
                                              "svg", "png",     "pdf"};

Result<std::string> TryExport(const ClaimGraph& g, const std::string& format,
                              const ExportOptions& options = {}) {
  std::unique_ptr<Exporter> exporter = MakeExporter(format, options);
  if (!exporter) return Status::Usage("no exporter " + format);
  std::ostringstream out;
  Status s = exporter->Write(g, out);
  if (!s.ok()) return s;
  return out.str();
}

std::string Export(const ClaimGraph& g, const std::string& format,
                   const ExportOptions& options = {}) {
  Result<std::string> r = TryExport(g, format, options);
  EXPECT_TRUE(r.ok()) << format << ": " << r.status().ToString();
  return r.ok() ? *r : std::string();
}

size_t Count(const std::string& text, const std::string& needle) {
  size_t n = 0;
  for (size_t at = text.find(needle); at != std::string::npos; at = text.find(needle, at + 1)) ++n;
  return n;
}

std::string Escaped(std::string_view text, uint64_t* replaced) {
  std::string out;
  AppendXmlEscaped(text, &out, replaced);
  return out;
}

TEST(XmlEscapeTest, EntitiesAndCharacterReferences) {
  uint64_t replaced = 0;
  EXPECT_EQ(Escaped("a&b<c>d\"e'f", &replaced), "a&amp;b&lt;c&gt;d&quot;e&apos;f");
  EXPECT_EQ(Escaped("x\ny\r\tz", &replaced), "x&#10;y&#13;&#9;z");
  EXPECT_EQ(Escaped("-->{}\\", &replaced), "--&gt;{}\\");
  EXPECT_EQ(Escaped("Città Казахстан", &replaced), "Città Казахстан");
  EXPECT_EQ(replaced, 0u);
}

TEST(XmlEscapeTest, ForbiddenCharactersBecomeReplacementAndAreCounted) {
  uint64_t replaced = 0;
  EXPECT_EQ(Escaped(std::string("a\x01" "b\x1f" "c", 5), &replaced), "a\uFFFDb\uFFFDc");
  EXPECT_EQ(replaced, 2u);
  EXPECT_EQ(Escaped("\xEF\xBF\xBE", &replaced), "\uFFFD");  // U+FFFE
  EXPECT_EQ(Escaped("bad \xC3( utf8 \xED\xA0\x80", &replaced), "bad \uFFFD( utf8 \uFFFD\uFFFD\uFFFD");
  EXPECT_EQ(replaced, 2u + 1u + 4u);
}

TEST(XmlWriterTest, NestsIndentsAndClosesEmptyElements) {
  std::ostringstream out;
  XmlWriter w(out);
  w.Start("a");
  w.Attr("k", "v<");
  w.Start("b");
  w.Text("t&");
  w.End();
  w.Start("c");
  EXPECT_TRUE(w.Finish());
  EXPECT_EQ(out.str(),
            "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<a k=\"v&lt;\">\n  <b>t&amp;</b>\n  <c/>\n</a>\n");
}

TEST(FormatsTest, RegistryKnowsEveryFormat) {
  for (const std::string& f : kAllFormats) EXPECT_NE(MakeExporter(f, {}), nullptr) << f;
  EXPECT_EQ(ExporterFormats().size(), 9u);
  EXPECT_TRUE(MakeExporter("png", {})->binary());
  EXPECT_FALSE(MakeExporter("svg", {})->binary());
}

// SmallGraph: 6 sources, 7 documents, 8 claims; 7 "by", 1 "derived from", 10
// stances, 1 attributed, 2 disjoint pairs, 1 revision = 22 edges.
TEST(FormatsTest, GraphmlDeclaresTypedKeysAndWritesEveryElement) {
  ClaimGraph g = SmallGraph();
  std::string x = Export(g, "graphml");
  EXPECT_EQ(Count(x, "<node id="), 21u);
  EXPECT_EQ(Count(x, "<edge id="), 22u);
  EXPECT_NE(x.find("<key id=\"d0\" for=\"node\" attr.name=\"kind\" attr.type=\"string\"/>"),
            std::string::npos);
  EXPECT_NE(x.find("attr.name=\"min\" attr.type=\"double\""), std::string::npos);
  EXPECT_NE(x.find("attr.name=\"relation\" attr.type=\"string\""), std::string::npos);
  EXPECT_NE(x.find("<node id=\"claim:kz-164\">"), std::string::npos);
  EXPECT_NE(x.find(">disjoint</data>"), std::string::npos);
  EXPECT_NE(x.find(">revision</data>"), std::string::npos);
  EXPECT_NE(x.find(">at least 164 people&#10;kz:deaths</data>"), std::string::npos);
  EXPECT_NE(x.find("<edge id=\"e0\" source=\"doc:ag-1\" target=\"source:agency\">"),
            std::string::npos);
}

TEST(FormatsTest, GexfCarriesAttvaluesAndTheDiagramLanguage) {
  ClaimGraph g = SmallGraph();
  std::string x = Export(g, "gexf");
  EXPECT_NE(x.find("<gexf xmlns=\"http://gexf.net/1.3\" xmlns:viz=\"http://gexf.net/1.3/viz\""),
            std::string::npos);
  EXPECT_NE(x.find("version=\"1.3\""), std::string::npos);
  EXPECT_EQ(Count(x, "<node id="), 21u);
  EXPECT_EQ(Count(x, "<edge id="), 22u);
  EXPECT_EQ(Count(x, "<viz:shape value=\"square\"/>"), 8u);
  EXPECT_EQ(Count(x, "<viz:shape value=\"disc\"/>"), 6u);
  EXPECT_EQ(Count(x, "<viz:shape value=\"triangle\"/>"), 7u);
  EXPECT_EQ(Count(x, "<viz:shape value=\"dashed\"/>"), 1u);  // the dispute
  EXPECT_NE(x.find("kind=\"disjoint\""), std::string::npos);
  EXPECT_EQ(Count(x, "<viz:thickness value=\"2.5\"/>"), 2u);
  EXPECT_NE(x.find("<attribute id=\"13\" title=\"min\" type=\"double\"/>"), std::string::npos);
}

TEST(FormatsTest, CytoscapeElementsWithClasses) {
  ClaimGraph g = SmallGraph();
  std::string x = Export(g, "cytoscape");
  EXPECT_EQ(x.rfind("{\"elements\":{\"nodes\":[{\"data\":{\"id\":\"source:agency\"", 0), 0u);
  EXPECT_EQ(Count(x, "\"classes\":\"claim\""), 8u);
  EXPECT_EQ(Count(x, "\"classes\":\"source\""), 6u);
  EXPECT_EQ(Count(x, "\"classes\":\"document\""), 7u);
  EXPECT_EQ(Count(x, "\"classes\":\"asserts\""), 9u);
  EXPECT_EQ(Count(x, "\"classes\":\"disputes\""), 1u);
  EXPECT_EQ(Count(x, "\"classes\":\"attributed\""), 1u);
  EXPECT_EQ(Count(x, "\"classes\":\"derived\""), 1u);
  EXPECT_EQ(Count(x, "\"classes\":\"authored\""), 7u);
  EXPECT_EQ(Count(x, "\"classes\":\"disjoint\""), 2u);
  EXPECT_EQ(Count(x, "\"classes\":\"revision\""), 1u);
  EXPECT_NE(x.find("\"min\":164,"), std::string::npos);
  EXPECT_NE(x.find("\"quote\":\"9? Not true.\""), std::string::npos);
}

TEST(FormatsTest, EveryFormatIsByteIdenticalWhateverTheInputOrder) {
  for (const std::string& f : kAllFormats) {
    if (f == "png" || f == "pdf") continue;  // cairo stamps nothing, but fonts may vary by host
    EXPECT_EQ(Export(SmallGraph(false), f), Export(SmallGraph(true), f)) << f;
  }
}

TEST(FormatsTest, ScopeLimitsEveryFormat) {
  ClaimGraph g = SmallGraph();
  Result<Scope> scope = ScopeOfProposition(g, "kz:deaths");
  ASSERT_TRUE(scope.ok());
  ExportOptions options;
  options.scope = &*scope;
  // 4 sources, 4 documents, 3 claims; 4 by, 1 derived, 4 stances, 1 attributed, 2 disjoint.
  std::string graphml = Export(g, "graphml", options);
  EXPECT_EQ(Count(graphml, "<node id="), 11u);
  EXPECT_EQ(Count(graphml, "<edge id="), 12u);
  EXPECT_EQ(graphml.find("claim:c9"), std::string::npos);
  EXPECT_EQ(Count(Export(g, "gexf", options), "<node id="), 11u);
  EXPECT_EQ(Count(Export(g, "cytoscape", options), "\"classes\":\"claim\""), 3u);
  std::string dot = Export(g, "dot", options);
  EXPECT_NE(dot.find("\"claim:kz-225\""), std::string::npos);
  EXPECT_EQ(dot.find("claim:c9"), std::string::npos);
  std::string svg = Export(g, "svg", options);
  EXPECT_EQ(Count(svg, "class=\"node\""), 11u);
  EXPECT_EQ(Count(svg, "class=\"edge\""), 12u);
}

TEST(FormatsTest, DiagramsRefusePastTheNodeLimit) {
  ClaimGraph g = SmallGraph();
  ExportOptions options;
  options.max_nodes = 20;
  for (std::string f : {"dot", "svg", "png"}) {
    Result<std::string> r = TryExport(g, f, options);
    ASSERT_FALSE(r.ok()) << f;
    EXPECT_EQ(r.status().code(), StatusCode::kUsage);
    EXPECT_EQ(r.status().ExitCode(), 2);
    EXPECT_EQ(r.status().message().rfind(
                  "the diagram would draw 21 nodes, more than the limit of 20: narrow it with "
                  "--proposition KEY, --focus CLAIM_ID [--depth N] or --conflicts-only, or raise "
                  "the limit with --max-nodes N",
                  0),
              0u)
        << r.status().message();
  }
  // Data formats have no limit; a scope under the limit draws.
  EXPECT_TRUE(TryExport(g, "graphml", options).ok());
  Result<Scope> scope = ScopeOfProposition(g, "kz:deaths");
  ASSERT_TRUE(scope.ok());
  options.scope = &*scope;
  EXPECT_TRUE(TryExport(g, "dot", options).ok());
}

TEST(FormatsTest, RenderedFormatsHaveTheirSignatures) {
  ClaimGraph g = SmallGraph();
  std::string svg = Export(g, "svg");
  EXPECT_EQ(svg.rfind("<?xml", 0), 0u);
  EXPECT_NE(svg.find("<svg"), std::string::npos);
  EXPECT_NE(svg.find(">at least 164 people</text>"), std::string::npos);
  EXPECT_EQ(Export(g, "png").rfind("\x89PNG\r\n\x1a\n", 0), 0u);
  EXPECT_EQ(Export(g, "pdf").rfind("%PDF", 0), 0u);
}

TEST(FormatsTest, LayoutEngines) {
  EXPECT_EQ(DefaultLayout(10, 20), "dot");
  EXPECT_EQ(DefaultLayout(kDotMaxNodes, kDotMaxEdges), "dot");
  EXPECT_EQ(DefaultLayout(kDotMaxNodes + 1, 10), "sfdp");
  EXPECT_EQ(DefaultLayout(10, kDotMaxEdges + 1), "sfdp");
  ClaimGraph g = SmallGraph();
  ExportOptions options;
  options.layout = "sfdp";
  EXPECT_NE(Export(g, "svg", options).find("<svg"), std::string::npos);
  options.layout = "neato";
  EXPECT_NE(Export(g, "svg", options).find("<svg"), std::string::npos);
  options.layout = "nope";
  Result<std::string> r = TryExport(g, "svg", options);
  ASSERT_FALSE(r.ok());
  EXPECT_EQ(r.status().code(), StatusCode::kUsage);
}

TEST(FormatsTest, ControlCharactersAreReplacedInXmlOnly) {
  GraphFixture f;
  f.Source("s", std::string("bell\x07" "here", 9));
  f.Doc("d", "", {"s"});
  f.Exact("c", "p", 1);
  f.Assert("c", "s", "d");
  ClaimGraph g = f.Build();
  for (std::string format : {"graphml", "gexf"}) {
    std::unique_ptr<Exporter> e = MakeExporter(format, {});
    std::ostringstream out;
    ASSERT_TRUE(e->Write(g, out).ok());
    EXPECT_NE(out.str().find("bell\uFFFDhere"), std::string::npos) << format;
    EXPECT_EQ(out.str().find('\x07'), std::string::npos) << format;
    // name, label (and the GEXF element label) each hold it once.
    EXPECT_GE(e->replaced_characters(), 2u) << format;
  }
  std::unique_ptr<Exporter> cy = MakeExporter("cytoscape", {});
  std::ostringstream out;
  ASSERT_TRUE(cy->Write(g, out).ok());
  EXPECT_NE(out.str().find("bell\\u0007here"), std::string::npos);  // JSON can carry it
  EXPECT_EQ(cy->replaced_characters(), 0u);
}

struct AgCloser {
  void operator()(Agraph_t* g) const { agclose(g); }
};

std::string UndoDotLabel(std::string_view text) {
  std::string out;
  for (size_t i = 0; i < text.size(); ++i) {
    if (text[i] == '\\' && i + 1 < text.size() && (text[i + 1] == '\\' || text[i + 1] == 'n')) {
      out += text[i + 1] == 'n' ? '\n' : '\\';
      ++i;
    } else {
      out += text[i];
    }
  }
  return out;
}

// The escaping fixture's names, titles and figure texts come back unchanged
// through cgraph's own parser (the other clients are in networkx_client_test.py).
TEST(FormatsTest, EscapingFixtureSurvivesCgraph) {
  ClaimGraph g = ImportJsonFile(CLAIMGRAPH_FIXTURES_DIR "/escaping.json");
  std::string dot = Export(g, "dot");
  std::unique_ptr<Agraph_t, AgCloser> parsed(agmemread(dot.c_str()));
  ASSERT_NE(parsed, nullptr) << dot;
  for (SourceId s = 0; s < g.num_sources(); ++s) {
    std::string name = "source:" + std::string(g.Str(g.sources()[s].id));
    Agnode_t* n = agnode(parsed.get(), name.data(), 0);
    ASSERT_NE(n, nullptr) << name;
    std::string key = "label";
    EXPECT_EQ(UndoDotLabel(agget(n, key.data())), g.SourceName(s)) << name;
  }
  for (DocumentId d = 0; d < g.num_documents(); ++d) {
    std::string name = "doc:" + std::string(g.Str(g.documents()[d].id));
    Agnode_t* n = agnode(parsed.get(), name.data(), 0);
    ASSERT_NE(n, nullptr) << name;
    std::string key = "label";
    EXPECT_EQ(UndoDotLabel(agget(n, key.data())), NodeLabel(g, g.DocumentVertex(d))) << name;
  }
}

// The whole small graph in each text format, byte for byte (golden files; see
// tests/exporters/golden.h for CLAIMGRAPH_UPDATE_GOLDEN).
TEST(GoldenTest, ExportSmallDot) { ExpectGolden("export_small.dot", Export(SmallGraph(), "dot")); }
TEST(GoldenTest, ExportSmallGraphml) {
  ExpectGolden("export_small.graphml", Export(SmallGraph(), "graphml"));
}
TEST(GoldenTest, ExportSmallGexf) { ExpectGolden("export_small.gexf", Export(SmallGraph(), "gexf")); }
TEST(GoldenTest, ExportSmallCytoscape) {
  ExportOptions pretty;
  pretty.pretty = true;
  ExpectGolden("export_small.cytoscape.json", Export(SmallGraph(), "cytoscape", pretty));
}
TEST(GoldenTest, ExportSmallDotWithLegend) {
  ExportOptions legend;
  legend.legend = true;
  ExpectGolden("export_small_legend.dot", Export(SmallGraph(), "dot", legend));
}

// data/kazakhstan.json: 24 sources, 12 documents, 69 claims (105 nodes).
TEST(FormatsTest, KazakhstanDatasetInEveryFormat) {
  ClaimGraph g = ImportJsonFile(CLAIMGRAPH_DATA_DIR "/kazakhstan.json");
  GraphView view = BuildView(g, nullptr);
  ASSERT_EQ(view.nodes.size(), 105u);
  std::string graphml = Export(g, "graphml");
  EXPECT_EQ(Count(graphml, "<node id="), view.nodes.size());
  EXPECT_EQ(Count(graphml, "<edge id="), view.edges.size());
  std::string gexf = Export(g, "gexf");
  EXPECT_EQ(Count(gexf, "<node id="), view.nodes.size());
  EXPECT_EQ(Count(gexf, "<edge id="), view.edges.size());
  std::string cy = Export(g, "cytoscape");
  EXPECT_EQ(Count(cy, "{\"data\":{\"id\":\"e"), view.edges.size());
  std::string svg = Export(g, "svg");
  EXPECT_EQ(Count(svg, "class=\"node\""), view.nodes.size());
  EXPECT_EQ(Count(svg, "class=\"edge\""), view.edges.size());
  EXPECT_EQ(Export(g, "png").rfind("\x89PNG", 0), 0u);
  EXPECT_EQ(Export(g, "pdf").rfind("%PDF", 0), 0u);

  Result<Scope> deaths = ScopeOfProposition(g, "kz-2022-unrest:deaths");
  ASSERT_TRUE(deaths.ok());
  ExportOptions options;
  options.scope = &*deaths;
  std::string scoped = Export(g, "svg", options);
  EXPECT_EQ(Count(scoped, "class=\"node\""), deaths->num_nodes());
  EXPECT_NE(scoped.find(">225 people</text>"), std::string::npos);
}

}  // namespace
}  // namespace claimgraph
