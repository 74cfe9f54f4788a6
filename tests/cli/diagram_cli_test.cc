// The diagrams on the command line, in-process: `check --format svg|png|pdf` (the
// contradictions, each proposition a cluster) and `--legend`. Every SVG is read
// back with expat, a real XML parser: it must be well-formed and hold the labels.
#include <expat.h>
#include <gtest/gtest.h>
#include <rapidjson/document.h>
#include <unistd.h>

#include <algorithm>
#include <filesystem>
#include <set>
#include <string>
#include <utility>
#include <vector>

#include "tests/cli/cli_test_util.h"

namespace claimgraph::cli {
namespace {

namespace fs = std::filesystem;

using testing_util::ReadFile;
using testing_util::RunCli;
using testing_util::RunResult;

const fs::path kFixtures = CLAIMGRAPH_FIXTURES_DIR;

// What the tests read from an SVG: the text of every <text> element, and per
// <g class="cluster"> its <title> (the DOT subgraph name) and label.
struct Svg {
  bool well_formed = false;
  std::string error;
  std::string root;
  std::vector<std::string> texts;
  std::vector<std::pair<std::string, std::string>> clusters;  // title, label
};

struct SvgReader {
  Svg svg;
  std::vector<std::string> open;  // element names from the root
  int cluster_depth = -1;         // depth of the <g class="cluster"> we are in
  bool in_cluster_title = false;
  std::string text;

  static void Start(void* self, const XML_Char* name, const XML_Char** attrs) {
    auto* r = static_cast<SvgReader*>(self);
    std::string element(name);
    if (r->open.empty()) r->svg.root = element;
    if (element == "g") {
      for (const XML_Char** a = attrs; *a; a += 2) {
        if (std::string(a[0]) == "class" && std::string(a[1]) == "cluster") {
          r->cluster_depth = static_cast<int>(r->open.size());
          r->svg.clusters.emplace_back();
        }
      }
    }
    r->in_cluster_title = element == "title" && r->cluster_depth >= 0 &&
                          static_cast<int>(r->open.size()) == r->cluster_depth + 1;
    r->open.push_back(element);
    r->text.clear();
  }
  static void End(void* self, const XML_Char* name) {
    auto* r = static_cast<SvgReader*>(self);
    std::string element(name);
    r->open.pop_back();
    if (element == "text") {
      r->svg.texts.push_back(r->text);
      if (r->cluster_depth >= 0 && static_cast<int>(r->open.size()) == r->cluster_depth + 1 &&
          r->svg.clusters.back().second.empty()) {
        r->svg.clusters.back().second = r->text;
      }
    }
    if (element == "title" && r->in_cluster_title) {
      r->svg.clusters.back().first = r->text;
      r->in_cluster_title = false;
    }
    if (element == "g" && static_cast<int>(r->open.size()) == r->cluster_depth) {
      r->cluster_depth = -1;
    }
    r->text.clear();
  }
  static void Characters(void* self, const XML_Char* s, int len) {
    static_cast<SvgReader*>(self)->text.append(s, static_cast<size_t>(len));
  }
};

Svg ParseSvg(const std::string& bytes) {
  SvgReader reader;
  XML_Parser parser = XML_ParserCreate("UTF-8");
  XML_SetUserData(parser, &reader);
  XML_SetElementHandler(parser, SvgReader::Start, SvgReader::End);
  XML_SetCharacterDataHandler(parser, SvgReader::Characters);
  // Graphviz names the SVG 1.1 DTD; expat does not fetch it (no external entities).
  reader.svg.well_formed =
      XML_Parse(parser, bytes.data(), static_cast<int>(bytes.size()), 1) == XML_STATUS_OK;
  if (!reader.svg.well_formed) {
    reader.svg.error = std::string(XML_ErrorString(XML_GetErrorCode(parser))) + " at line " +
                       std::to_string(XML_GetCurrentLineNumber(parser));
  }
  XML_ParserFree(parser);
  return reader.svg;
}

bool HasText(const Svg& svg, const std::string& text) {
  return std::find(svg.texts.begin(), svg.texts.end(), text) != svg.texts.end();
}

class DiagramCliTest : public testing_util::ScratchDirTest {};

// The propositions (with unit) of the contradictions `check` finds in `input`.
std::set<std::string> PropositionsWithFindings(const std::vector<std::string>& input) {
  std::vector<std::string> args = {"check"};
  args.insert(args.end(), input.begin(), input.end());
  args.insert(args.end(), {"--format", "json"});
  RunResult r = RunCli(args);
  EXPECT_EQ(r.code, 0) << r.err;
  rapidjson::Document report;
  report.Parse(r.out.c_str());
  std::set<std::string> groups;
  for (const auto& c : report["contradictions"].GetArray()) {
    groups.insert(std::string(c["proposition"].GetString()) + " (" + c["unit"].GetString() + ")");
  }
  return groups;
}

TEST_F(DiagramCliTest, CheckSvgDrawsEachPropositionWithAFindingAsACluster) {
  const fs::path out = dir_ / "contradictions.svg";
  RunResult r = RunCli({"check", "--format", "svg", "-o", out.string()});
  ASSERT_EQ(r.code, 0) << r.err;
  EXPECT_EQ(r.out, "");
  // Written through Output: the file and nothing else (no temporary left over).
  EXPECT_EQ(Listing(), std::vector<std::string>{"contradictions.svg"});
  Svg svg = ParseSvg(ReadFile(out));
  ASSERT_TRUE(svg.well_formed) << svg.error;
  EXPECT_EQ(svg.root, "svg");
  std::set<std::string> labels;
  for (const auto& [title, label] : svg.clusters) {
    EXPECT_EQ(title.rfind("cluster_", 0), 0u) << title;
    labels.insert(label);
  }
  EXPECT_EQ(svg.clusters.size(), labels.size());
  EXPECT_EQ(labels, (std::set<std::string>{"kz-2022-unrest:deaths (people)",
                                           "kz-2022-unrest:foreign-fighters (people)",
                                           "zhanaozen-2011:deaths (people)"}));
  EXPECT_EQ(labels, PropositionsWithFindings({}));
  // The conflicts as worded, the sources behind them, the kinds of edge.
  for (const char* text : {"225 people", "much more people", "many dozens people", "17 people",
                           "20,000 people", "Socialist Movement of Kazakhstan", "Ainur Kurmanov",
                           "disjoint", "disputes"}) {
    EXPECT_TRUE(HasText(svg, text)) << text;
  }
  EXPECT_FALSE(HasText(svg, "Legend"));
}

TEST_F(DiagramCliTest, CheckSvgOfTheFixtureSheetMatchesItsReport) {
  const std::string sheet = (kFixtures / "claims.csv").string();
  RunResult r = RunCli({"check", sheet, "--format", "svg"});
  ASSERT_EQ(r.code, 0) << r.err;
  Svg svg = ParseSvg(r.out);
  ASSERT_TRUE(svg.well_formed) << svg.error;
  std::set<std::string> labels;
  for (const auto& cluster : svg.clusters) labels.insert(cluster.second);
  EXPECT_EQ(svg.clusters.size(), labels.size());
  EXPECT_EQ(labels, PropositionsWithFindings({sheet}));
  // Deterministic: a second run writes the same bytes.
  EXPECT_EQ(RunCli({"check", sheet, "--format", "svg"}).out, r.out);
}

TEST_F(DiagramCliTest, CheckPngAndPdfGoThroughTheSamePath) {
  for (std::string format : {"png", "pdf"}) {
    const fs::path out = dir_ / ("contradictions." + format);
    RunResult r = RunCli({"check", "--format", format, "-o", out.string()});
    ASSERT_EQ(r.code, 0) << format << ": " << r.err;
    std::string bytes = ReadFile(out);
    EXPECT_EQ(bytes.rfind(format == "png" ? "\x89PNG\r\n\x1a\n" : "%PDF", 0), 0u) << format;
  }
}

TEST_F(DiagramCliTest, CheckDiagramErrorsExitTwoAndWriteNothing) {
  const fs::path out = dir_ / "x.svg";
  RunResult bad_layout = RunCli({"check", "--format", "svg", "--layout", "nope", "-o", out.string()});
  EXPECT_EQ(bad_layout.code, 2);
  EXPECT_NE(bad_layout.err.find("unknown layout engine 'nope'"), std::string::npos)
      << bad_layout.err;
  RunResult too_big = RunCli({"check", "--format", "svg", "--max-nodes", "3", "-o", out.string()});
  EXPECT_EQ(too_big.code, 2);
  EXPECT_NE(too_big.err.find("the contradiction diagram would draw"), std::string::npos)
      << too_big.err;
  EXPECT_TRUE(Listing().empty());
  // The layout can be chosen.
  RunResult sfdp = RunCli({"check", "--format", "svg", "--layout", "sfdp"});
  EXPECT_EQ(sfdp.code, 0) << sfdp.err;
  EXPECT_TRUE(ParseSvg(sfdp.out).well_formed);
}

TEST_F(DiagramCliTest, LegendOnlyWhenAsked) {
  for (std::vector<std::string> args :
       {std::vector<std::string>{"check", "--format", "svg"},
        std::vector<std::string>{"export", "--format", "svg", "--proposition",
                                 "kz-2022-unrest:deaths"}}) {
    RunResult plain = RunCli(args);
    ASSERT_EQ(plain.code, 0) << plain.err;
    args.push_back("--legend");
    RunResult legend = RunCli(args);
    ASSERT_EQ(legend.code, 0) << legend.err;
    Svg without = ParseSvg(plain.out), with = ParseSvg(legend.out);
    ASSERT_TRUE(without.well_formed && with.well_formed);
    auto has_legend = [](const Svg& svg) {
      for (const auto& cluster : svg.clusters) {
        if (cluster.first == "cluster_legend") return true;
      }
      return false;
    };
    EXPECT_FALSE(has_legend(without)) << args[0];
    EXPECT_TRUE(has_legend(with)) << args[0];
    for (const char* text : {"Legend", "source: person", "source: government",
                             "wasDerivedFrom (translation)", "wasAttributedTo (credited)",
                             "asserts: in DOCUMENT", "revised"}) {
      EXPECT_TRUE(HasText(with, text)) << args[0] << ": " << text;
    }
  }
  // And in DOT, for check and export.
  EXPECT_NE(RunCli({"check", "--format", "dot", "--legend"}).out.find("cluster_legend"),
            std::string::npos);
  EXPECT_EQ(RunCli({"check", "--format", "dot"}).out.find("legend"), std::string::npos);
  EXPECT_NE(RunCli({"export", "--format", "dot", "--legend"}).out.find("cluster_legend"),
            std::string::npos);
}

// An export SVG holds the figures of the scope as worded, and parses.
TEST_F(DiagramCliTest, ExportSvgOfEachScopeParses) {
  for (std::vector<std::string> scope :
       {std::vector<std::string>{"--proposition", "kz-2022-unrest:deaths"},
        std::vector<std::string>{"--focus", "kz2022-deaths-225-official"},
        std::vector<std::string>{"--conflicts-only"}}) {
    std::vector<std::string> args = {"export", "--format", "svg"};
    args.insert(args.end(), scope.begin(), scope.end());
    RunResult r = RunCli(args);
    ASSERT_EQ(r.code, 0) << r.err;
    Svg svg = ParseSvg(r.out);
    ASSERT_TRUE(svg.well_formed) << scope[0] << ": " << svg.error;
    EXPECT_TRUE(HasText(svg, "225 people")) << scope[0];
  }
}

}  // namespace
}  // namespace claimgraph::cli
