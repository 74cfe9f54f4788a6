#include "exporters/json_exporter.h"

#include <gtest/gtest.h>

#include <cstdio>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>
#include <vector>

#include "core/graph.h"
#include "core/graph_builder.h"
#include "importers/json_importer.h"
#include "tests/exporters/import_util.h"

namespace claimgraph {
namespace {

using testing_util::ReadFile;

Result<ClaimGraph> Import(std::string_view text, std::string_view file_name = "in.json") {
  GraphBuilder builder;
  JsonImporter importer;
  Status status = importer.Load(text, file_name, &builder);
  if (!status.ok()) return status;
  return std::move(builder).Build();
}

ClaimGraph MustImport(std::string_view text) {
  Result<ClaimGraph> graph = Import(text);
  EXPECT_TRUE(graph.ok()) << graph.status().ToString();
  if (!graph.ok()) std::abort();
  return std::move(graph).value();
}

std::string Export(const ClaimGraph& graph, bool pretty = false) {
  ExportOptions options;
  options.pretty = pretty;
  JsonExporter exporter(options);
  std::ostringstream out;
  Status status = exporter.Write(graph, out);
  EXPECT_TRUE(status.ok()) << status.ToString();
  return out.str();
}

std::string HexFloat(double v) {
  char buf[64];
  std::snprintf(buf, sizeof buf, "%a", v);
  return buf;
}

// Every field of every entity, as text, independent of the exporter: two graphs
// with equal descriptions hold the same data (numbers compared bit for bit).
std::vector<std::string> Describe(const ClaimGraph& g) {
  std::vector<std::string> out;
  auto str = [&](Symbol s) { return "'" + std::string(g.Str(s)) + "'"; };
  auto source = [&](SourceId s) { return s == kNone ? std::string("-") : str(g.sources()[s].id); };
  auto attributes = [&](EntityKind kind, uint32_t index) {
    std::string line = " attrs:";
    for (const Attribute& a : g.AttributesOf(kind, index)) {
      line += " " + str(a.key) + "='" + std::string(g.Text(a.value)) + "'";
    }
    return line;
  };
  for (SourceId i = 0; i < g.num_sources(); ++i) {
    const Source& s = g.sources()[i];
    std::string line = "source " + str(s.id) + " name " + str(s.name) + " kind " +
                       std::string(Name(s.kind)) + " aliases:";
    for (Symbol a : g.AliasesOf(i)) line += " " + str(a);
    out.push_back(line + attributes(EntityKind::kSource, i));
  }
  for (DocumentId i = 0; i < g.num_documents(); ++i) {
    const Document& d = g.documents()[i];
    std::string line = "document " + str(d.id) + " title " + str(d.title) + " url " + str(d.url) +
                       " language " + str(d.language) + " file " + str(d.file) + " published " +
                       d.published.ToString() + " derived_from " +
                       (d.derived_from == kNone ? "-" : str(g.documents()[d.derived_from].id)) +
                       " derivation " + std::string(Name(d.derivation)) + " authors:";
    for (SourceId a : g.AuthorsOf(i)) line += " " + source(a);
    out.push_back(line + attributes(EntityKind::kDocument, i));
  }
  for (ClaimId i = 0; i < g.num_claims(); ++i) {
    const Claim& c = g.claims()[i];
    out.push_back("claim " + str(c.id) + " proposition " + str(c.proposition) + " " +
                  std::string(Name(c.qualifier)) + " " + HexFloat(c.value) + " " +
                  HexFloat(c.value_hi) + " unit " + str(c.unit) + " scope " + str(c.scope) +
                  " text " + str(c.text) + " as_of " + c.as_of.ToString() + " interval " +
                  c.interval.ToString() + attributes(EntityKind::kClaim, i));
  }
  for (StanceId i = 0; i < g.num_stances(); ++i) {
    const Stance& s = g.stances()[i];
    out.push_back("stance " + str(s.id) + " claim " + str(g.claims()[s.claim].id) + " source " +
                  source(s.source) + " " + std::string(Name(s.kind)) + " document " +
                  str(g.documents()[s.document].id) + " attributed_to " + source(s.attributed_to) +
                  " quote '" + std::string(g.Text(s.quote)) + "' " + std::to_string(s.quote_start) +
                  ".." + std::to_string(s.quote_end) + attributes(EntityKind::kStance, i));
  }
  return out;
}

// import -> export -> import -> export: the exports are byte-identical and the two
// graphs equal entity by entity.
void ExpectRoundTrip(std::string_view text, bool pretty) {
  ClaimGraph first = MustImport(text);
  std::string exported = Export(first, pretty);
  ClaimGraph second = MustImport(exported);
  EXPECT_EQ(Export(second, pretty), exported);
  EXPECT_EQ(Describe(second), Describe(first));
}

// ------------------------------------------------------------------ exact output

TEST(JsonExporterTest, EmptyGraph) {
  EXPECT_EQ(Export(MustImport(R"({"format": "claimgraph/1"})")),
            "{\"format\":\"claimgraph/1\",\"sources\":[],\"documents\":[],\"claims\":[],"
            "\"stances\":[]}\n");
}

TEST(JsonExporterTest, CompactOutputInCanonicalOrder) {
  ClaimGraph g = MustImport(R"({
  "stances": [{"claim": "c2", "source": "b", "document": "d2", "attributed_to": "a", "stance": "disputes",
               "quote": "q", "quote_start": 0, "quote_end": 1, "id": "st", "attributes": {"z": "1", "y": "2"}},
              {"claim": "c1", "source": "a", "document": "d1"}],
  "claims": [{"id": "c2", "proposition": "p", "value": [1.5, 2], "unit": "people", "scope": "KZ",
              "as_of": "2022-01", "text": "1.5 to 2"},
             {"id": "c1", "proposition": "p", "value": 225, "qualifier": "at_least"}],
  "documents": [{"id": "d2", "derived_from": "d1", "authors": ["b", "a"], "title": "T", "url": "u",
                 "language": "en", "published": "2022", "file": "f.txt"},
                {"id": "d1", "derived_from": "d0", "derivation": "quotation"},
                {"id": "d0"}],
  "sources": [{"id": "b", "name": "B", "kind": "outlet", "aliases": ["bb", "ba"]}, {"id": "a"}],
  "format": "claimgraph/1"
})");
  EXPECT_EQ(
      Export(g),
      R"({"format":"claimgraph/1",)"
      R"("sources":[{"id":"a","kind":"unknown"},)"
      R"({"id":"b","name":"B","kind":"outlet","aliases":["ba","bb"]}],)"
      R"("documents":[{"id":"d0"},)"
      R"({"id":"d1","derived_from":"d0","derivation":"quotation"},)"
      R"({"id":"d2","title":"T","url":"u","published":"2022","language":"en","authors":["a","b"],)"
      R"("derived_from":"d1","derivation":"republication","file":"f.txt"}],)"
      R"("claims":[{"id":"c1","proposition":"p","value":225,"qualifier":"at_least"},)"
      R"({"id":"c2","proposition":"p","value":[1.5,2],"qualifier":"range","unit":"people",)"
      R"("scope":"KZ","as_of":"2022-01","text":"1.5 to 2"}],)"
      R"("stances":[{"claim":"c1","source":"a","stance":"asserts","document":"d1"},)"
      R"({"id":"st","claim":"c2","source":"b","stance":"disputes","document":"d2",)"
      R"("attributed_to":"a","quote":"q","quote_start":0,"quote_end":1,)"
      R"("attributes":{"y":"2","z":"1"}}]})"
      "\n");
}

TEST(JsonExporterTest, PrettyOutput) {
  ClaimGraph g = MustImport(R"({"format": "claimgraph/1", "sources": [{"id": "s", "attributes": {"k": "v"}}],
    "documents": [{"id": "d"}], "claims": [{"id": "c", "proposition": "p", "value": [1, 2]}],
    "stances": [{"claim": "c", "source": "s", "document": "d"}]})");
  EXPECT_EQ(Export(g, /*pretty=*/true), R"({
  "format": "claimgraph/1",
  "sources": [
    {
      "id": "s",
      "kind": "unknown",
      "attributes": {
        "k": "v"
      }
    }
  ],
  "documents": [
    {
      "id": "d"
    }
  ],
  "claims": [
    {
      "id": "c",
      "proposition": "p",
      "value": [
        1,
        2
      ],
      "qualifier": "range"
    }
  ],
  "stances": [
    {
      "claim": "c",
      "source": "s",
      "stance": "asserts",
      "document": "d"
    }
  ]
}
)");
}

TEST(JsonExporterTest, EscapesStrings) {
  ClaimGraph g = MustImport(R"({"format": "claimgraph/1",
    "sources": [{"id": "s", "name": "a \"b\" \\ c\n\t\u0001 \u00f6 \ud83d\ude00 </script>"}]})");
  EXPECT_EQ(Export(g),
            "{\"format\":\"claimgraph/1\",\"sources\":[{\"id\":\"s\",\"name\":\"a \\\"b\\\" \\\\ "
            "c\\n\\t\\u0001 \xC3\xB6 \xF0\x9F\x98\x80 </script>\",\"kind\":\"unknown\"}],"
            "\"documents\":[],\"claims\":[],\"stances\":[]}\n");
  ExpectRoundTrip(Export(g), false);
}

// ------------------------------------------------------------------ numbers

TEST(JsonExporterTest, NumbersReadBackBitIdentical) {
  const std::vector<std::pair<std::string, std::string>> cases = {
      {"225", "225"},
      {"225.0", "225"},
      {"-3", "-3"},
      {"-0", "0"},
      {"0.1", "0.1"},
      {"2975.5", "2975.5"},
      {"1e-7", "1e-07"},
      {"0.30000000000000004", "0.30000000000000004"},
      {"123456789012345", "123456789012345"},
      {"1e15", "1000000000000000"},
      {"-999999999999999.9", "-999999999999999.9"},
      {"3.141592653589793", "3.141592653589793"},
  };
  for (const auto& [in, out] : cases) {
    std::string text = R"({"format": "claimgraph/1", "claims": [{"id": "c", "proposition": "p", "value": )" +
                       in + "}]}";
    ClaimGraph g = MustImport(text);
    std::string exported = Export(g);
    std::string expected = "\"value\":" + out + ",";
    EXPECT_NE(exported.find(expected), std::string::npos) << in << " -> " << exported;
    ClaimGraph back = MustImport(exported);
    EXPECT_EQ(HexFloat(back.claims()[0].value), HexFloat(g.claims()[0].value)) << in;
  }
}

// ------------------------------------------------------------------ round trip, determinism

#ifdef CLAIMGRAPH_FIXTURES_DIR
TEST(JsonExporterTest, FixtureRoundTripsWithoutLoss) {
  std::string text = ReadFile(std::string(CLAIMGRAPH_FIXTURES_DIR) + "/sources.json");
  ExpectRoundTrip(text, false);
  ExpectRoundTrip(text, true);
  // Compact and pretty hold the same graph.
  ClaimGraph g = MustImport(text);
  EXPECT_EQ(Describe(MustImport(Export(g, true))), Describe(MustImport(Export(g, false))));
}
#endif

#ifdef CLAIMGRAPH_DATA_DIR
TEST(JsonExporterTest, DatasetRoundTripsWithoutLoss) {
  std::string path = std::string(CLAIMGRAPH_DATA_DIR) + "/kazakhstan.json";
  if (!std::filesystem::exists(path)) GTEST_SKIP() << path << " not present";
  ExpectRoundTrip(ReadFile(path), false);
}
#endif

TEST(JsonExporterTest, ShuffledInputsGiveIdenticalExports) {
  std::string a = R"({"format": "claimgraph/1",
    "sources": [{"id": "s1", "aliases": ["x", "a"]}, {"id": "s2", "attributes": {"k": "v", "a": "b"}}],
    "documents": [{"id": "d1", "authors": ["s2", "s1"]}, {"id": "d2", "derived_from": "d1"}],
    "claims": [{"id": "c1", "proposition": "p", "value": 1}, {"id": "c2", "proposition": "p", "value": 2}],
    "stances": [{"claim": "c1", "source": "s1", "document": "d1", "quote": "b"},
                {"claim": "c1", "source": "s1", "document": "d1", "quote": "a"},
                {"claim": "c2", "source": "x", "document": "d2"}]})";
  std::string b = R"({
    "stances": [{"claim": "c2", "document": "d2", "source": "x"},
                {"quote": "a", "claim": "c1", "source": "s1", "document": "d1"},
                {"claim": "c1", "source": "s1", "document": "d1", "quote": "b"}],
    "claims": [{"id": "c2", "value": 2, "proposition": "p"}, {"id": "c1", "proposition": "p", "value": 1}],
    "documents": [{"derived_from": "d1", "id": "d2"}, {"authors": ["s1", "s2"], "id": "d1"}],
    "sources": [{"attributes": {"a": "b", "k": "v"}, "id": "s2"}, {"id": "s1", "aliases": ["a", "x"]}],
    "format": "claimgraph/1"})";
  EXPECT_EQ(Export(MustImport(a)), Export(MustImport(b)));
  EXPECT_EQ(Export(MustImport(a), true), Export(MustImport(b), true));
}

// ------------------------------------------------------------------ errors

TEST(JsonExporterTest, InvalidUtf8InTheGraphIsAnError) {
  // Another importer could let such a string through; JSON cannot carry it.
  GraphBuilder builder;
  SourceId s = builder.SourceById("s");
  ASSERT_TRUE(builder.DefineSource(s));
  builder.source(s).name = builder.Intern("caf\xE9");
  Result<ClaimGraph> g = std::move(builder).Build();
  ASSERT_TRUE(g.ok()) << g.status().ToString();
  JsonExporter exporter(ExportOptions{});
  std::ostringstream out;
  Status status = exporter.Write(*g, out);
  EXPECT_EQ(status.ToString(), "cannot write JSON: a 'name' string is not valid UTF-8");
}

TEST(JsonExporterTest, FailingStreamIsAnIoError) {
  ClaimGraph g = MustImport(R"({"format": "claimgraph/1"})");
  JsonExporter exporter(ExportOptions{});
  std::ostringstream out;
  out.setstate(std::ios::badbit);
  Status status = exporter.Write(g, out);
  EXPECT_EQ(status.code(), StatusCode::kIoError);
}

}  // namespace
}  // namespace claimgraph
