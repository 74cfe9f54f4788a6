#include "exporters/dot_exporter.h"

#include <graphviz/cgraph.h>
#include <gtest/gtest.h>

#include <cstdio>
#include <cstdlib>
#include <fstream>
#include <map>
#include <memory>
#include <set>
#include <sstream>
#include <string>
#include <vector>

#include "core/analysis/contradictions.h"
#include "core/analysis/provenance.h"
#include "exporters/exporter.h"
#include "exporters/report_writer.h"
#include "tests/exporters/report_fixture.h"

namespace claimgraph {
namespace {

using testing::GraphFixture;
using testing::SmallGraph;

std::string ExportDot(const ClaimGraph& g) {
  std::unique_ptr<Exporter> exporter = MakeExporter("dot", {});
  EXPECT_NE(exporter, nullptr);
  std::ostringstream out;
  Status s = exporter->Write(g, out);
  EXPECT_TRUE(s.ok()) << s.ToString();
  return out.str();
}

std::string CheckDot(const ClaimGraph& g) {
  Provenance p = Provenance::Compute(g);
  ContradictionReport report = FindContradictions(g, p);
  DotCheckWriter writer;
  std::ostringstream out;
  Status s = writer.Write(CheckResult{g, p, report}, out);
  EXPECT_TRUE(s.ok()) << s.ToString();
  return out.str();
}

// Runs Graphviz's own `dot -Tsvg` on the text; returns its exit status.
int RunDot(const std::string& text, const std::string& name) {
  const std::string in = ::testing::TempDir() + name + ".dot";
  const std::string out = ::testing::TempDir() + name + ".svg";
  std::ofstream(in, std::ios::binary) << text;
  const std::string cmd = std::string(CLAIMGRAPH_DOT_EXE) + " -Tsvg -o '" + out + "' '" + in +
                          "' 2>'" + out + ".stderr'";
  int status = std::system(cmd.c_str());
  std::ifstream svg(out);
  std::stringstream rendered;
  rendered << svg.rdbuf();
  EXPECT_NE(rendered.str().find("<svg"), std::string::npos) << name << ": dot wrote no SVG";
  return status;
}

struct AgCloser {
  void operator()(Agraph_t* g) const { agclose(g); }
};
using AgPtr = std::unique_ptr<Agraph_t, AgCloser>;

AgPtr Read(const std::string& text) {
  AgPtr g(agmemread(text.c_str()));
  EXPECT_NE(g, nullptr) << "cgraph could not parse:\n" << text;
  return g;
}

std::string Attr(void* object, std::string name) {
  char* v = agget(object, name.data());
  return v ? std::string(v) : std::string("<unset>");
}

Agnode_t* Node(Agraph_t* g, std::string name) { return agnode(g, name.data(), 0); }

std::set<std::string> NodeNames(Agraph_t* g) {
  std::set<std::string> names;
  for (Agnode_t* n = agfstnode(g); n; n = agnxtnode(g, n)) names.insert(agnameof(n));
  return names;
}

// Every edge as "tail -> head" with the attributes the tests look at. `label` is
// the edge's text, whichever of label and xlabel carries it.
struct EdgeView {
  std::string tail, head, color, style, dir, label, constraint;
};
std::vector<EdgeView> Edges(Agraph_t* g) {
  std::vector<EdgeView> edges;
  for (Agnode_t* n = agfstnode(g); n; n = agnxtnode(g, n)) {
    for (Agedge_t* e = agfstout(g, n); e; e = agnxtout(g, e)) {
      std::string label = Attr(e, "label");
      if (label == "<unset>" || label.empty()) label = Attr(e, "xlabel");
      edges.push_back(EdgeView{agnameof(agtail(e)), agnameof(aghead(e)), Attr(e, "color"),
                               Attr(e, "style"), Attr(e, "dir"), label,
                               Attr(e, "constraint")});
    }
  }
  return edges;
}

// The inverse of DotLabelText: "\\" -> "\", "\n" -> newline.
std::string UndoLabel(std::string_view text) {
  std::string out;
  for (size_t i = 0; i < text.size(); ++i) {
    if (text[i] == '\\' && i + 1 < text.size()) {
      char next = text[i + 1];
      if (next == '\\') {
        out += '\\';
        ++i;
        continue;
      }
      if (next == 'n') {
        out += '\n';
        ++i;
        continue;
      }
    }
    out += text[i];
  }
  return out;
}

TEST(DotLabelTextTest, EscapesBackslashesAndNewlines) {
  EXPECT_EQ(DotLabelText("plain"), "plain");
  EXPECT_EQ(DotLabelText("a\\b"), "a\\\\b");
  EXPECT_EQ(DotLabelText("line1\nline2"), "line1\\nline2");
  EXPECT_EQ(DotLabelText("crlf\r\nend"), "crlf\\nend");
  EXPECT_EQ(DotLabelText("\\n"), "\\\\n");  // a literal backslash-n stays literal
  EXPECT_EQ(DotLabelText("\"<&>\""), "\"<&>\"");  // quoting is cgraph's job
  EXPECT_EQ(UndoLabel(DotLabelText("x\\n\n\\\\y\\")), "x\\n\n\\\\y\\");
}

TEST(DotExporterTest, WholeGraphParsesAndRenders) {
  ClaimGraph g = SmallGraph();
  std::string dot = ExportDot(g);
  EXPECT_EQ(RunDot(dot, "whole_graph"), 0) << dot;
  AgPtr parsed = Read(dot);
  ASSERT_NE(parsed, nullptr);
  std::set<std::string> want;
  for (const Source& s : g.sources()) want.insert("source:" + std::string(g.Str(s.id)));
  for (const Document& d : g.documents()) want.insert("doc:" + std::string(g.Str(d.id)));
  for (const Claim& c : g.claims()) want.insert("claim:" + std::string(g.Str(c.id)));
  EXPECT_EQ(NodeNames(parsed.get()), want);
  EXPECT_EQ(want.size(), 6u + 7u + 8u);

  Agnode_t* claim = Node(parsed.get(), "claim:kz-164");
  ASSERT_NE(claim, nullptr);
  EXPECT_EQ(Attr(claim, "shape"), "box");
  EXPECT_EQ(UndoLabel(Attr(claim, "label")), "at least 164 people\nkz:deaths");
  Agnode_t* doc = Node(parsed.get(), "doc:smk-1");
  ASSERT_NE(doc, nullptr);
  EXPECT_EQ(UndoLabel(Attr(doc, "label")), "About the January events\n2022-01-24");
  EXPECT_EQ(Attr(Node(parsed.get(), "source:gov"), "shape"), "ellipse");

  int disputes = 0, disjoint = 0, revised = 0, derived = 0, attributed = 0, authored = 0;
  for (const EdgeView& e : Edges(parsed.get())) {
    if (e.style == "invis") continue;  // the value order of a row
    if (e.label == "disputes") {
      ++disputes;
      EXPECT_EQ(e.tail, "source:union");
      EXPECT_EQ(e.head, "claim:c9");
      EXPECT_EQ(e.color, "red");
      EXPECT_EQ(e.style, "dashed");
    } else if (e.label == "disjoint") {
      ++disjoint;
      EXPECT_EQ(e.dir, "none");
      EXPECT_EQ(e.color, "red");
      EXPECT_EQ(e.style, "bold");
      EXPECT_EQ(e.constraint, "false");
    } else if (e.label == "revised") {
      ++revised;
      EXPECT_EQ(e.tail, "claim:agency-40");  // from the old figure to the new
      EXPECT_EQ(e.head, "claim:agency-55");
      EXPECT_EQ(e.color, "gray50");
    } else if (e.label.rfind("wasDerivedFrom", 0) == 0) {
      ++derived;
      EXPECT_EQ(e.tail, "doc:it-1");
      EXPECT_EQ(e.head, "doc:smk-1");
      EXPECT_EQ(e.label, "wasDerivedFrom (translation)");
      EXPECT_EQ(e.style, "dotted");
    } else if (e.label == "wasAttributedTo" && e.tail.rfind("claim:", 0) == 0) {
      ++attributed;
      EXPECT_EQ(e.tail, "claim:kz-225");
      EXPECT_EQ(e.head, "source:gov");
      EXPECT_EQ(e.style, "dotted");
      // gov asserts kz-164 of the same row: ranked, the credit would close a cycle.
      EXPECT_EQ(e.constraint, "false");
    } else if (e.label == "wasAttributedTo") {
      ++authored;
      EXPECT_EQ(e.tail.rfind("doc:", 0), 0u) << e.tail;
      EXPECT_EQ(e.style, "dotted");
    }
  }
  EXPECT_EQ(disputes, 1);
  EXPECT_EQ(disjoint, 2);
  EXPECT_EQ(revised, 1);
  EXPECT_EQ(derived, 1);
  EXPECT_EQ(attributed, 1);
  EXPECT_EQ(authored, 7);  // one author per document
  // Sources are PROV agents (orange), their kind in the border; claims entities.
  EXPECT_EQ(Attr(Node(parsed.get(), "source:gov"), "fillcolor"), "#fed37f");
  EXPECT_EQ(Attr(Node(parsed.get(), "source:gov"), "color"), "#762a83");
  EXPECT_EQ(Attr(Node(parsed.get(), "source:agency"), "color"), "#2166ac");
  EXPECT_EQ(Attr(claim, "fillcolor"), "#fffc87");
  EXPECT_EQ(Attr(doc, "shape"), "note");
}

TEST(DotCheckWriterTest, CheckGraphParsesAndRenders) {
  ClaimGraph g = SmallGraph();
  std::string dot = CheckDot(g);
  EXPECT_EQ(RunDot(dot, "check_graph"), 0) << dot;
  AgPtr parsed = Read(dot);
  ASSERT_NE(parsed, nullptr);
  // Only the claims in findings and the sources taking a stance on them.
  EXPECT_EQ(NodeNames(parsed.get()),
            (std::set<std::string>{"claim:agency-40", "claim:agency-55", "claim:c9",
                                   "claim:kz-164", "claim:kz-225", "claim:kz-under-100",
                                   "source:agency", "source:cobas", "source:gov", "source:ngo",
                                   "source:smk", "source:union"}));
  std::set<std::pair<std::string, std::string>> disjoint_pairs;
  for (const EdgeView& e : Edges(parsed.get())) {
    if (e.label == "disjoint") {
      EXPECT_EQ(e.dir, "none");
      EXPECT_EQ(e.color, "red");
      EXPECT_EQ(e.style, "bold");
      disjoint_pairs.emplace(e.tail, e.head);
    }
    if (e.tail == "source:union") {
      EXPECT_EQ(e.color, "red");
      EXPECT_EQ(e.style, "dashed");
    }
  }
  EXPECT_EQ(disjoint_pairs, (std::set<std::pair<std::string, std::string>>{
                                {"claim:kz-164", "claim:kz-under-100"},
                                {"claim:kz-225", "claim:kz-under-100"}}));
  // One cluster per proposition with a finding.
  int clusters = 0;
  for (Agraph_t* sub = agfstsubg(parsed.get()); sub; sub = agnxtsubg(sub)) {
    ++clusters;
    EXPECT_EQ(std::string(agnameof(sub)).rfind("cluster_", 0), 0u);
  }
  EXPECT_EQ(clusters, 3);
}

// Labels with quotes, backslashes, angle brackets, ampersands, newlines, Cyrillic
// and Italian come back through cgraph's own parser exactly as written.
TEST(DotExporterTest, LabelsSurviveTheRoundTrip) {
  const std::vector<std::string> nasty = {
      "He said \"225\" \\ not <b>bold</b> & co",
      "line one\nline two\n\\n is not a newline",
      "Социалистическое движение Казахстана",
      "Città: più di 225 morti, «secondo fonti ufficiali»",
      "<html-like>",
      "trailing backslash \\",
      "\\\"quote after backslash",
      std::string(300, 'x') + " a long label \\ that cgraph may wrap " + std::string(200, '\\'),
  };
  GraphFixture f;
  for (size_t i = 0; i < nasty.size(); ++i) {
    std::string n = std::to_string(i);
    f.Source("s" + n, nasty[i]);
    f.Doc("d" + n, "", {"s" + n}, "", Derivation::kRepublication, nasty[i]);
    f.Claim("c" + n, "p" + n, Qualifier::kExact, static_cast<double>(i), 0, "", "", nasty[i]);
    f.Assert("c" + n, "s" + n, "d" + n);
  }
  ClaimGraph g = f.Build();
  std::string dot = ExportDot(g);
  EXPECT_EQ(RunDot(dot, "nasty_labels"), 0) << dot;
  AgPtr parsed = Read(dot);
  ASSERT_NE(parsed, nullptr);
  for (size_t i = 0; i < nasty.size(); ++i) {
    std::string n = std::to_string(i);
    Agnode_t* source = Node(parsed.get(), "source:s" + n);
    Agnode_t* doc = Node(parsed.get(), "doc:d" + n);
    Agnode_t* claim = Node(parsed.get(), "claim:c" + n);
    ASSERT_NE(source, nullptr) << i;
    ASSERT_NE(doc, nullptr) << i;
    ASSERT_NE(claim, nullptr) << i;
    EXPECT_EQ(UndoLabel(Attr(source, "label")), nasty[i]) << "source " << i;
    EXPECT_EQ(UndoLabel(Attr(doc, "label")), nasty[i]) << "document " << i;
    EXPECT_EQ(UndoLabel(Attr(claim, "label")), nasty[i] + "\np" + n) << "claim " << i;
  }
}

TEST(DotExporterTest, NodeNamesWithAwkwardIds) {
  GraphFixture f;
  f.Source("a b\"c", "quoted");
  f.Doc("doc:with:colons");
  f.Exact("id with spaces -> arrow", "p", 1);
  f.Assert("id with spaces -> arrow", "a b\"c", "doc:with:colons");
  ClaimGraph g = f.Build();
  std::string dot = ExportDot(g);
  EXPECT_EQ(RunDot(dot, "awkward_ids"), 0) << dot;
  AgPtr parsed = Read(dot);
  ASSERT_NE(parsed, nullptr);
  EXPECT_EQ(NodeNames(parsed.get()),
            (std::set<std::string>{"source:a b\"c", "doc:doc:with:colons",
                                   "claim:id with spaces -> arrow"}));
  std::vector<EdgeView> edges = Edges(parsed.get());
  bool found = false;
  for (const EdgeView& e : edges) {
    if (e.tail == "source:a b\"c" && e.head == "claim:id with spaces -> arrow") found = true;
  }
  EXPECT_TRUE(found);
}

TEST(DotExporterTest, SameGraphInTwoInputOrdersGivesIdenticalBytes) {
  std::string a = ExportDot(SmallGraph(false));
  std::string b = ExportDot(SmallGraph(true));
  EXPECT_EQ(a, b);
  EXPECT_EQ(CheckDot(SmallGraph(false)), CheckDot(SmallGraph(true)));
  // And writing twice gives the same bytes (no pointer or counter leaks into the text).
  EXPECT_EQ(ExportDot(SmallGraph(false)), a);
}

}  // namespace
}  // namespace claimgraph
