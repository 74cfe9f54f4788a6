// The html export is self-contained and safe: no http(s) src/href, exactly the
// three <script> elements the template has (no label can end one early), the data
// block parses back to the labels as given, the table text is HTML-escaped, scopes
// and the graph view's node limit apply. A real browser opens the same pages in
// tests/browser/html_report.test.js.
#include <gtest/gtest.h>
#include <rapidjson/document.h>

#include <algorithm>
#include <cctype>
#include <fstream>
#include <memory>
#include <regex>
#include <sstream>
#include <string>
#include <vector>

#include "core/analysis/scope.h"
#include "core/graph.h"
#include "core/graph_builder.h"
#include "exporters/exporter.h"
#include "importers/json_importer.h"
#include "tests/exporters/import_util.h"

namespace claimgraph {
namespace {

using testing_util::ImportJsonFile;
using testing_util::ReadFile;

std::string Html(const ClaimGraph& g, const ExportOptions& options = {}) {
  std::unique_ptr<Exporter> exporter = MakeExporter("html", options);
  EXPECT_NE(exporter, nullptr);
  std::ostringstream out;
  Status s = exporter->Write(g, out);
  EXPECT_TRUE(s.ok()) << s.ToString();
  return out.str();
}

std::string Lower(std::string s) {
  std::transform(s.begin(), s.end(), s.begin(), [](unsigned char c) { return std::tolower(c); });
  return s;
}

size_t Count(const std::string& haystack, const std::string& needle) {
  size_t n = 0;
  for (size_t at = haystack.find(needle); at != std::string::npos;
       at = haystack.find(needle, at + needle.size())) {
    ++n;
  }
  return n;
}

constexpr char kDataOpen[] = "<script type=\"application/json\" id=\"claimgraph-data\">";

// The data block as the HTML parser sees it: up to the first "</script".
std::string DataBlock(const std::string& page) {
  size_t begin = page.find(kDataOpen);
  EXPECT_NE(begin, std::string::npos);
  begin += sizeof(kDataOpen) - 1;
  size_t end = Lower(page).find("</script", begin);
  EXPECT_NE(end, std::string::npos);
  return page.substr(begin, end - begin);
}

void ExpectSelfContained(const std::string& page) {
  // No resource from the network: no src/href to http(s) or protocol-relative URLs.
  std::regex remote(R"re((src|href)\s*=\s*["']?\s*(https?:)?//)re", std::regex::icase);
  EXPECT_FALSE(std::regex_search(page, remote));
  // The data block, Cytoscape.js and the report script, nothing else.
  EXPECT_EQ(Count(Lower(page), "</script"), 3u);
  EXPECT_FALSE(std::regex_search(page, std::regex("@@[A-Z_]+@@"))) << "a placeholder left unfilled";
  std::string data = DataBlock(page);
  EXPECT_EQ(Lower(data).find("</script"), std::string::npos);
  EXPECT_EQ(data.find("<!--"), std::string::npos);
  rapidjson::Document doc;
  doc.Parse(data.data(), data.size());
  EXPECT_FALSE(doc.HasParseError()) << "data block at " << doc.GetErrorOffset();
}

rapidjson::Document Data(const std::string& page) {
  std::string data = DataBlock(page);
  rapidjson::Document doc;
  doc.Parse(data.data(), data.size());
  return doc;
}

TEST(HtmlExporterTest, BundledDatasetIsSelfContained) {
  ClaimGraph g = ImportJsonFile(CLAIMGRAPH_DATA_DIR "/kazakhstan.json");
  std::string page = Html(g);
  ExpectSelfContained(page);
  EXPECT_NE(page.find("Content-Security-Policy"), std::string::npos);
  EXPECT_NE(page.find("data-claim=\"claim:kz2022-deaths-225-official\""), std::string::npos);
  EXPECT_NE(page.find(">much more</button>"), std::string::npos);
  EXPECT_NE(page.find("id=\"graph\""), std::string::npos);
  rapidjson::Document data = Data(page);
  ASSERT_TRUE(data.IsObject());
  EXPECT_TRUE(data["graph"]["drawn"].GetBool());
  EXPECT_EQ(data["graph"]["elements"]["nodes"].Size(), data["graph"]["nodes"].GetUint64());
  const rapidjson::Value& claim = data["claims"]["claim:kz2022-deaths-225-official"];
  EXPECT_STREQ(claim["figure"].GetString(), "225");
  EXPECT_STREQ(claim["interval"].GetString(), "[225, 225]");
  ASSERT_GT(claim["stances"].Size(), 0u);
  EXPECT_TRUE(claim["stances"][0].HasMember("chain"));
  EXPECT_EQ(page, Html(g)) << "the same data gives the same bytes";
}

TEST(HtmlExporterTest, HostileLabelsStayData) {
  ClaimGraph g = ImportJsonFile(CLAIMGRAPH_FIXTURES_DIR "/html_hostile.json");
  std::string page = Html(g);
  ExpectSelfContained(page);
  // Escaped in the table ...
  EXPECT_NE(page.find("&lt;/script&gt;&lt;script&gt;alert(1)&lt;/script&gt;</button>"),
            std::string::npos);
  std::string markup = page;  // everything but the data block, where "<img" is JSON text
  markup.erase(markup.find(kDataOpen), DataBlock(page).size() + sizeof(kDataOpen) - 1);
  EXPECT_EQ(markup.find("<img"), std::string::npos);
  // ... and "<\/" in the data block, which reads back to the label as given.
  EXPECT_NE(page.find("<\\/script><script>alert(1)<\\/script>"), std::string::npos);
  rapidjson::Document data = Data(page);
  EXPECT_STREQ(data["claims"]["claim:c-low"]["figure"].GetString(),
               "</script><script>alert(1)</script>");
  std::vector<std::string> quotes;
  for (const auto& stance : data["claims"]["claim:c-low"]["stances"].GetArray()) {
    quotes.emplace_back(stance["quote"].GetString());
  }
  EXPECT_NE(std::find(quotes.begin(), quotes.end(),
                      "</script><script>window.__injected = 7</script> said the <!-- quote"),
            quotes.end());
  EXPECT_NE(std::find(quotes.begin(), quotes.end(), "<!--<script>window.__injected = 9</script>"),
            quotes.end());
}

TEST(HtmlExporterTest, EscapingFixtureIsSelfContained) {
  ClaimGraph g = ImportJsonFile(CLAIMGRAPH_FIXTURES_DIR "/escaping.json");
  std::string page = Html(g);
  ExpectSelfContained(page);
  EXPECT_NE(page.find("&lt;!-- comment --&gt;"), std::string::npos);
}

TEST(HtmlExporterTest, ScopeLimitsTableAndGraph) {
  ClaimGraph g = ImportJsonFile(CLAIMGRAPH_DATA_DIR "/kazakhstan.json");
  Result<Scope> scope = ScopeOfProposition(g, "zhanaozen-2011:deaths");
  ASSERT_TRUE(scope.ok());
  ExportOptions options;
  options.scope = &*scope;
  std::string page = Html(g, options);
  ExpectSelfContained(page);
  EXPECT_EQ(page.find("kz-2022-unrest:deaths</span>"), std::string::npos);
  EXPECT_NE(page.find("zhanaozen-2011:deaths</span>"), std::string::npos);
  rapidjson::Document data = Data(page);
  EXPECT_EQ(data["graph"]["elements"]["nodes"].Size(), scope->num_nodes());
  EXPECT_FALSE(data["claims"].HasMember("claim:kz2022-deaths-225-official"));
}

TEST(HtmlExporterTest, PastTheLimitTheTableStaysAndTheGraphGoes) {
  ClaimGraph g = ImportJsonFile(CLAIMGRAPH_DATA_DIR "/kazakhstan.json");
  ExportOptions options;
  options.max_nodes = 10;
  std::string page = Html(g, options);
  ExpectSelfContained(page);
  EXPECT_NE(page.find("id=\"graph-note\""), std::string::npos);
  EXPECT_EQ(page.find("id=\"graph\""), std::string::npos);
  EXPECT_NE(page.find(">much more</button>"), std::string::npos);
  rapidjson::Document data = Data(page);
  EXPECT_FALSE(data["graph"]["drawn"].GetBool());
  EXPECT_FALSE(data["graph"].HasMember("elements"));
  // Claims of the table still have their provenance.
  EXPECT_TRUE(data["claims"].HasMember("claim:kz2022-deaths-225-official"));
}

}  // namespace
}  // namespace claimgraph
