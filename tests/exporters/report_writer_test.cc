#include "exporters/report_writer.h"

#include <gtest/gtest.h>
#include <rapidjson/document.h>
#include <rapidjson/error/en.h>
#include <rapidjson/stringbuffer.h>
#include <rapidjson/writer.h>

#include <memory>
#include <sstream>
#include <string>
#include <vector>

#include "core/analysis/contradictions.h"
#include "core/analysis/provenance.h"
#include "tests/exporters/golden.h"
#include "tests/exporters/report_fixture.h"

namespace claimgraph {
namespace {

using testing::ClaimNamed;
using testing::GraphFixture;
using testing::ExpectGolden;
using testing::SmallGraph;

std::string Check(const ClaimGraph& g, std::string_view format, ReportOptions options = {}) {
  Provenance p = Provenance::Compute(g);
  ContradictionReport report = FindContradictions(g, p);
  std::unique_ptr<CheckWriter> writer = MakeCheckWriter(format, options);
  EXPECT_NE(writer, nullptr) << format;
  if (!writer) return {};
  std::ostringstream out;
  Status s = writer->Write(CheckResult{g, p, report}, out);
  EXPECT_TRUE(s.ok()) << s.ToString();
  return out.str();
}

std::string Trace(const ClaimGraph& g, std::string_view format, std::optional<ClaimId> claim,
                  ReportOptions options = {}) {
  Provenance p = Provenance::Compute(g);
  std::unique_ptr<TraceWriter> writer = MakeTraceWriter(format, options);
  EXPECT_NE(writer, nullptr) << format;
  if (!writer) return {};
  std::ostringstream out;
  Status s = writer->Write(g, p, TraceRequest{claim}, out);
  EXPECT_TRUE(s.ok()) << s.ToString();
  return out.str();
}

rapidjson::Document Parse(const std::string& text) {
  rapidjson::Document doc;
  doc.Parse(text.c_str(), text.size());
  EXPECT_FALSE(doc.HasParseError()) << rapidjson::GetParseError_En(doc.GetParseError()) << " at "
                                    << doc.GetErrorOffset() << " in\n" << text;
  return doc;
}

std::vector<std::string> Strings(const rapidjson::Value& array) {
  std::vector<std::string> out;
  EXPECT_TRUE(array.IsArray());
  if (!array.IsArray()) return out;
  for (const auto& v : array.GetArray()) {
    EXPECT_TRUE(v.IsString());
    if (v.IsString()) out.emplace_back(v.GetString(), v.GetStringLength());
  }
  return out;
}

std::string Str(const rapidjson::Value& object, const char* key) {
  EXPECT_TRUE(object.IsObject());
  if (!object.IsObject() || !object.HasMember(key)) {
    ADD_FAILURE() << "missing key " << key;
    return "<missing>";
  }
  const rapidjson::Value& v = object[key];
  EXPECT_TRUE(v.IsString()) << key;
  return v.IsString() ? std::string(v.GetString(), v.GetStringLength()) : "<not a string>";
}

// ---------------------------------------------------------------- registry

TEST(ReportRegistryTest, FormatsAndUnknown) {
  EXPECT_EQ(CheckFormats(),
            (std::vector<std::string_view>{"text", "json", "dot", "svg", "png", "pdf"}));
  EXPECT_EQ(TraceFormats(), (std::vector<std::string_view>{"text", "json"}));
  for (std::string_view f : CheckFormats()) EXPECT_NE(MakeCheckWriter(f, {}), nullptr) << f;
  for (std::string_view f : TraceFormats()) EXPECT_NE(MakeTraceWriter(f, {}), nullptr) << f;
  EXPECT_EQ(MakeCheckWriter("yaml", {}), nullptr);
  EXPECT_EQ(MakeTraceWriter("dot", {}), nullptr);
}

// ---------------------------------------------------------------- check JSON

TEST(CheckJsonTest, ContractShape) {
  ClaimGraph g = SmallGraph();
  rapidjson::Document doc = Parse(Check(g, "json"));
  ASSERT_TRUE(doc.IsObject());

  const rapidjson::Value& summary = doc["summary"];
  EXPECT_EQ(summary["claims"].GetUint(), 8u);
  EXPECT_EQ(summary["stances"].GetUint(), 10u);
  EXPECT_EQ(summary["sources"].GetUint(), 6u);  // five defined and the placeholder "cobas"
  EXPECT_EQ(summary["documents"].GetUint(), 7u);
  EXPECT_EQ(summary["propositions"].GetUint(), 5u);  // (proposition, unit) groups
  EXPECT_EQ(summary["disjoint"].GetUint(), 2u);
  EXPECT_EQ(summary["revision"].GetUint(), 1u);
  EXPECT_EQ(summary["dispute"].GetUint(), 1u);

  const rapidjson::Value& items = doc["contradictions"];
  ASSERT_TRUE(items.IsArray());
  ASSERT_EQ(items.Size(), 4u);
  // In group order: kz:deaths, t:dispute, t:rev.
  struct Want {
    const char* kind;
    const char* proposition;
    std::vector<std::string> ids;
  };
  std::vector<Want> want = {
      {"disjoint", "kz:deaths", {"kz-164", "kz-under-100"}},
      {"disjoint", "kz:deaths", {"kz-225", "kz-under-100"}},
      {"dispute", "t:dispute", {"c9"}},
      {"revision", "t:rev", {"agency-40", "agency-55"}},  // older figure first
  };
  for (size_t i = 0; i < want.size(); ++i) {
    const rapidjson::Value& item = items[static_cast<rapidjson::SizeType>(i)];
    EXPECT_EQ(Str(item, "kind"), want[i].kind) << i;
    EXPECT_EQ(Str(item, "proposition"), want[i].proposition) << i;
    EXPECT_EQ(Str(item, "unit"), "people") << i;
    std::vector<std::string> ids;
    for (const auto& c : item["claims"].GetArray()) ids.push_back(Str(c, "id"));
    EXPECT_EQ(ids, want[i].ids) << i;
    EXPECT_EQ(item.HasMember("disputed_by"), std::string(want[i].kind) == "dispute") << i;
  }

  // The claim objects of the first pair: bounds null where unbounded.
  const rapidjson::Value& at_least = items[0]["claims"][0];
  EXPECT_EQ(Str(at_least, "qualifier"), "at_least");
  EXPECT_EQ(at_least["min"].GetInt(), 164);
  EXPECT_TRUE(at_least["max"].IsNull());
  // Open ends are written, closed ones left out (reports of millions of pairs).
  EXPECT_FALSE(at_least.HasMember("min_open"));
  EXPECT_TRUE(at_least["max_open"].GetBool());
  EXPECT_EQ(Str(at_least, "unit"), "people");
  EXPECT_EQ(Str(at_least, "text"), "at least 164");
  EXPECT_EQ(Strings(at_least["sources"]), (std::vector<std::string>{"Government of Kazakhstan"}));
  EXPECT_EQ(Strings(at_least["origins"]), (std::vector<std::string>{"Government of Kazakhstan"}));
  const rapidjson::Value& under = items[0]["claims"][1];
  EXPECT_EQ(Str(under, "qualifier"), "less_than");
  EXPECT_TRUE(under["min"].IsNull());
  EXPECT_EQ(under["max"].GetInt(), 100);
  EXPECT_TRUE(under["max_open"].GetBool());
  EXPECT_FALSE(under.HasMember("text"));  // the data gives no wording of its own
  EXPECT_EQ(Strings(under["origins"]), (std::vector<std::string>{"NGO"}));

  // kz-225: relayed by cobas (a translation of smk-1) and stated by smk crediting gov.
  const rapidjson::Value& c225 = items[1]["claims"][0];
  EXPECT_EQ(Str(c225, "qualifier"), "exact");
  EXPECT_EQ(c225["min"].GetInt(), 225);
  EXPECT_EQ(c225["max"].GetInt(), 225);
  EXPECT_TRUE(c225["value"].IsInt());  // integral figures print as integers
  EXPECT_EQ(Str(c225, "as_of"), "2022-01-24");
  EXPECT_EQ(Strings(c225["sources"]),
            (std::vector<std::string>{"Socialist Movement of Kazakhstan", "cobas"}));
  EXPECT_EQ(Strings(c225["origins"]),
            (std::vector<std::string>{"Government of Kazakhstan", "Socialist Movement of Kazakhstan"}));

  const rapidjson::Value& dispute = items[2];
  EXPECT_EQ(Strings(dispute["disputed_by"]), (std::vector<std::string>{"Union"}));
  ASSERT_EQ(dispute["disputes"].Size(), 1u);
  EXPECT_EQ(Str(dispute["disputes"][0], "quote"), "9? Not true.");
  EXPECT_EQ(Str(dispute["disputes"][0], "document"), "u-1");
  EXPECT_EQ(Strings(dispute["claims"][0]["origins"]),
            (std::vector<std::string>{"Government of Kazakhstan"}));

  const rapidjson::Value& warnings = doc["warnings"];
  ASSERT_EQ(warnings.Size(), 1u);
  EXPECT_EQ(Str(warnings[0], "kind"), "units");
  EXPECT_EQ(Str(warnings[0], "proposition"), "t:units");
  EXPECT_EQ(Strings(warnings[0]["units"]), (std::vector<std::string>{"km", "miles"}));
}

TEST(CheckJsonTest, RangeAboutAndFractionsAndNoFindings) {
  GraphFixture f;
  f.Claim("r", "p", Qualifier::kRange, 793, 8498);
  f.Claim("a", "p", Qualifier::kAbout, 1000);
  f.Claim("x", "q", Qualifier::kExact, 2975.5, 0, "tenge");
  ClaimGraph g = f.Build();
  rapidjson::Document doc = Parse(Check(g, "json"));
  EXPECT_EQ(doc["contradictions"].Size(), 0u);
  EXPECT_EQ(doc["warnings"].Size(), 0u);
  // Trace-all shows every claim's fields.
  rapidjson::Document all = Parse(Trace(g, "json", std::nullopt));
  const auto& claims = all["claims"];
  ASSERT_EQ(claims.Size(), 3u);
  EXPECT_EQ(Str(claims[0], "id"), "a");
  EXPECT_EQ(Str(claims[0], "qualifier"), "about");
  EXPECT_DOUBLE_EQ(claims[0]["min"].GetDouble(), 900);
  EXPECT_DOUBLE_EQ(claims[0]["max"].GetDouble(), 1100);
  EXPECT_EQ(Str(claims[1], "id"), "r");
  ASSERT_TRUE(claims[1]["value"].IsArray());
  EXPECT_EQ(claims[1]["value"][0].GetInt(), 793);
  EXPECT_EQ(claims[1]["value"][1].GetInt(), 8498);
  EXPECT_EQ(claims[1]["min"].GetInt(), 793);
  EXPECT_EQ(claims[1]["max"].GetInt(), 8498);
  EXPECT_EQ(Str(claims[1], "text"), "between 793 and 8498");
  EXPECT_EQ(claims[2]["value"].GetDouble(), 2975.5);
  EXPECT_EQ(Str(claims[2], "unit"), "tenge");
  EXPECT_TRUE(claims[2]["chains"].GetArray().Empty());
}

TEST(CheckJsonTest, PrettyAndCompactHoldTheSameDocument) {
  ClaimGraph g = SmallGraph();
  std::string compact = Check(g, "json");
  std::string pretty = Check(g, "json", ReportOptions{true, false});
  EXPECT_EQ(compact.find('\n'), compact.size() - 1);  // one line
  EXPECT_GT(std::count(pretty.begin(), pretty.end(), '\n'), 50);
  EXPECT_TRUE(Parse(compact) == Parse(pretty));
}

// The compact report writes disjoint and revision pairs from bytes made once per
// group (PairHead in exporters/report_json.cc) and disputes through the writer;
// the pretty one writes every item through the writer. The compact bytes must be
// exactly the pretty document re-serialised compactly, across chunk edges (some
// 20 chunks, taken by whichever worker is free: ItemChunks), for any thread
// count, with names that need escaping, names out of id order, two sources of one
// name, and document origins.
TEST(CheckJsonTest, CompactBytesAreThePrettyDocumentWrittenCompactly) {
  GraphFixture f;
  f.Source("s", "S \"quoted\" \u00e9");
  f.Source("a", "Zed");
  f.Source("y", "Alpha");
  f.Source("z", "Alpha");
  f.Source("Alpha");  // its id is the others' name
  f.Doc("d", "2020-01-01", {"s"});
  f.Doc("d2", "2021-01-01", {"s"});
  f.Doc("anon-copy", "2021-03-01", {"y"}, "anon", Derivation::kTranslation);
  const char* const cited[] = {"a", "y", "z", "Alpha"};
  for (int i = 0; i < 400; ++i) {  // 79,800 disjoint pairs in one group
    const std::string id = "big-" + std::to_string(i);
    f.Claim(id, "p \"big\"\t\u00fc", Qualifier::kExact, i + 0.5, 0, "people\\x");
    f.Assert(id, "s", i % 2 ? "d" : "d2");
    if (i % 3 == 0) f.Assert(id, cited[i % 4], "d", cited[(i / 3) % 4]);
    if (i % 7 == 0) f.Assert(id, cited[(i + 1) % 4], "d2");
    if (i % 11 == 0) f.Assert(id, "y", "anon-copy");
    if (i % 50 == 0) f.Stance(id, "other", "d2", StanceKind::kDisputes, "", "no \"way\"");
    // Dispute items are written as bytes: every escape RapidJSON makes, in each field.
    if (i % 50 == 25) {
      f.Stance(id, "s", "d\\2\x7f", StanceKind::kDisputes, "",
               std::string("\b\t\n\f\r\x01\x1f\\/\"\u00e9", 12) + '\0' + "end");
      f.Stance(id, "other", "d2", StanceKind::kDisputes);
    }
  }
  f.Claim("old", "rev", Qualifier::kExact, 40, 0, "people", "2020-01-01");
  f.Claim("new", "rev", Qualifier::kExact, 55, 0, "people", "2021-01-01");
  f.Assert("old", "s", "d");
  f.Assert("new", "s", "d2");
  ClaimGraph g = f.Build();

  const std::string pretty = Check(g, "json", ReportOptions{true, false});
  rapidjson::Document doc = Parse(pretty);
  ASSERT_GT(doc["contradictions"].Size(), 65536u);
  EXPECT_NE(pretty.find("\"\\b\\t\\n\\f\\r\\u0001\\u001F\\\\/\\\"\u00e9\\u0000end\""),
            std::string::npos);
  const auto& first = doc["contradictions"][0]["claims"][0];  // big-0
  ASSERT_EQ(Str(first, "id"), "big-0");
  EXPECT_EQ(Strings(first["sources"]),
            (std::vector<std::string>{"Alpha", "S \"quoted\" \u00e9", "Zed"}));
  EXPECT_EQ(Strings(first["origins"]),
            (std::vector<std::string>{"Alpha", "S \"quoted\" \u00e9", "Zed", "anon"}));
  rapidjson::StringBuffer compacted;
  rapidjson::Writer<rapidjson::StringBuffer> w(compacted);
  doc.Accept(w);
  const std::string expected = std::string(compacted.GetString(), compacted.GetSize()) + "\n";
  for (unsigned threads : {1u, 2u, 3u}) {
    ReportOptions options;
    options.threads = threads;
    EXPECT_TRUE(Check(g, "json", options) == expected) << "threads=" << threads;
  }
}

// ---------------------------------------------------------------- trace JSON

TEST(TraceJsonTest, OneClaim) {
  ClaimGraph g = SmallGraph();
  rapidjson::Document doc = Parse(Trace(g, "json", ClaimNamed(g, "kz-225")));
  EXPECT_EQ(Str(doc, "claim"), "kz-225");
  EXPECT_EQ(Str(doc["figure"], "id"), "kz-225");
  EXPECT_EQ(doc["figure"]["min"].GetInt(), 225);
  EXPECT_EQ(Strings(doc["origins"]),
            (std::vector<std::string>{"Government of Kazakhstan", "Socialist Movement of Kazakhstan"}));
  const auto& chains = doc["chains"];
  ASSERT_EQ(chains.Size(), 2u);
  // Stances in canonical order: document it-1 before smk-1.
  EXPECT_EQ(Str(chains[0], "source"), "cobas");
  EXPECT_EQ(Str(chains[0], "stance"), "asserts");
  EXPECT_EQ(Str(chains[0], "document"), "it-1");
  EXPECT_EQ(Strings(chains[0]["chain"]), (std::vector<std::string>{"it-1", "smk-1"}));
  EXPECT_EQ(Str(chains[0], "origin"), "Socialist Movement of Kazakhstan");
  EXPECT_EQ(Str(chains[0], "origin_kind"), "source");
  EXPECT_FALSE(chains[0].HasMember("attributed_to"));
  EXPECT_EQ(Str(chains[1], "source"), "Socialist Movement of Kazakhstan");
  EXPECT_EQ(Str(chains[1], "attributed_to"), "Government of Kazakhstan");
  EXPECT_EQ(Str(chains[1], "quote"), "225, according to official figures");
  EXPECT_EQ(Strings(chains[1]["chain"]), (std::vector<std::string>{"smk-1"}));
  EXPECT_EQ(Str(chains[1], "origin"), "Government of Kazakhstan");
}

TEST(TraceJsonTest, DisputeHasNoOriginAndDocumentOriginsAreMarked) {
  GraphFixture f;
  f.Doc("te-1", "2030-03-04", {"translator"}, "lost-original", Derivation::kTranslation);
  f.Doc("u-1");
  f.Claim("c800", "t:origins", Qualifier::kAtLeast, 800);
  f.Assert("c800", "translator", "te-1");
  f.Dispute("c800", "union", "u-1");
  ClaimGraph g = f.Build();
  rapidjson::Document doc = Parse(Trace(g, "json", ClaimNamed(g, "c800")));
  EXPECT_EQ(Strings(doc["origins"]), (std::vector<std::string>{"lost-original"}));
  const auto& chains = doc["chains"];
  ASSERT_EQ(chains.Size(), 2u);
  EXPECT_EQ(Str(chains[0], "document"), "te-1");
  EXPECT_EQ(Strings(chains[0]["chain"]), (std::vector<std::string>{"te-1", "lost-original"}));
  EXPECT_EQ(Str(chains[0], "origin_kind"), "document");
  EXPECT_EQ(Str(chains[0], "origin"), "lost-original");
  EXPECT_EQ(Str(chains[1], "stance"), "disputes");
  EXPECT_FALSE(chains[1].HasMember("origin"));
}

TEST(TraceJsonTest, AllClaims) {
  ClaimGraph g = SmallGraph();
  rapidjson::Document doc = Parse(Trace(g, "json", std::nullopt));
  const auto& claims = doc["claims"];
  ASSERT_EQ(claims.Size(), 8u);
  std::vector<std::string> ids;
  for (const auto& c : claims.GetArray()) {
    ids.push_back(Str(c, "id"));
    EXPECT_TRUE(c.HasMember("origins"));
    EXPECT_TRUE(c["chains"].IsArray());
  }
  EXPECT_EQ(ids, (std::vector<std::string>{"agency-40", "agency-55", "c9", "km5", "kz-164",
                                           "kz-225", "kz-under-100", "mi9"}));
  EXPECT_EQ(Strings(claims[0]["origins"]), (std::vector<std::string>{"Agency"}));
  EXPECT_EQ(claims[2]["chains"].Size(), 2u);  // c9: asserted and disputed
}

// ---------------------------------------------------------------- text

// The first line of `text` holding all of `needles`, or "" when none does.
std::string LineWith(const std::string& text, std::initializer_list<std::string_view> needles) {
  std::istringstream lines(text);
  for (std::string line; std::getline(lines, line);) {
    bool all = true;
    for (std::string_view n : needles) all = all && line.find(n) != std::string::npos;
    if (all) return line;
  }
  return "";
}

TEST(CheckTextTest, TableHoldsTheFindings) {
  ClaimGraph g = SmallGraph();
  std::string text = Check(g, "text");
  auto has = [&](std::string_view needle) {
    EXPECT_NE(text.find(needle), std::string::npos) << "missing: " << needle << "\nin:\n" << text;
  };
  auto has_line = [&](std::initializer_list<std::string_view> needles) {
    EXPECT_NE(LineWith(text, needles), "") << "no line holds all of the expected parts\nin:\n" << text;
  };
  has("claimgraph check: 8 claims, 10 stances, 6 sources, 7 documents, 5 propositions\n");
  has("Found 2 disjoint, 1 revision, 1 dispute.\n");
  has("\nkz:deaths (people)\n");
  // Two lines a finding: the claim with its kind, then what it is against.
  has_line({"  disjoint  ", "at least 164", "[kz-164]", "origins: "});
  has_line({"vs", "less than 100", "[kz-under-100]", "origins: NGO"});
  has_line({"225", "[kz-225]", "origins: Government of Kazakhstan, Socialist Movement of Kazakhstan"});
  has_line({"  dispute   ", "9", "[c9]"});
  has_line({"disputed by Union"});
  has_line({"  revision  ", "40", "[agency-40]"});
  has_line({"now", "55", "[agency-55]"});
  has("warning: proposition 't:units' is measured in several units (km, miles); claims are "
      "compared within one unit only\n");
  EXPECT_EQ(text.find("\x1b["), std::string::npos);  // no colour unless asked
  std::string coloured = Check(g, "text", ReportOptions{false, true});
  EXPECT_NE(coloured.find("\x1b[31m"), std::string::npos);
  // Each finding row starts with its kind, in order.
  size_t d1 = text.find("  disjoint"), rv = text.find("  revision"), dp = text.find("  dispute");
  ASSERT_NE(d1, std::string::npos);
  ASSERT_NE(rv, std::string::npos);
  ASSERT_NE(dp, std::string::npos);
  EXPECT_LT(d1, dp);
  EXPECT_LT(dp, rv);
}

TEST(CheckTextTest, NothingFound) {
  GraphFixture f;
  f.Exact("only", "p", 1);
  ClaimGraph g = f.Build();
  std::string text = Check(g, "text");
  EXPECT_EQ(text,
            "claimgraph check: 1 claims, 0 stances, 0 sources, 0 documents, 1 propositions\n"
            "No contradictions found.\n");
}

TEST(TraceTextTest, ChainsAndOrigins) {
  ClaimGraph g = SmallGraph();
  std::string text = Trace(g, "text", ClaimNamed(g, "kz-225"));
  EXPECT_EQ(text,
            "kz-225: 225 people  [225, 225]  (kz:deaths)\n"
            "  origins (2): Government of Kazakhstan, Socialist Movement of Kazakhstan\n"
            "  asserts by cobas\n"
            "    chain: it-1 -> smk-1 => origin Socialist Movement of Kazakhstan\n"
            "  asserts by Socialist Movement of Kazakhstan, attributed to Government of Kazakhstan\n"
            "    chain: smk-1 => origin Government of Kazakhstan\n"
            "    \"225, according to official figures\"\n");
}

// ---------------------------------------------------------------- order & golden

TEST(ReportDeterminismTest, SameGraphInTwoInputOrdersGivesIdenticalBytes) {
  ClaimGraph forward = SmallGraph(false);
  ClaimGraph backward = SmallGraph(true);
  for (std::string_view format : {"json", "text", "dot"}) {
    EXPECT_EQ(Check(forward, format), Check(backward, format)) << format;
  }
  EXPECT_EQ(Trace(forward, "json", std::nullopt), Trace(backward, "json", std::nullopt));
  EXPECT_EQ(Trace(forward, "text", std::nullopt), Trace(backward, "text", std::nullopt));
}

TEST(GoldenTest, CheckSmallJson) {
  ExpectGolden("check_small.json", Check(SmallGraph(), "json", ReportOptions{true, false}));
}

TEST(GoldenTest, CheckSmallDot) { ExpectGolden("check_small.dot", Check(SmallGraph(), "dot")); }

// Labels from the input cannot break the table's lines or reach the terminal as
// escape sequences: control bytes print as \xNN.
TEST(CheckTextTest, ControlCharactersInLabelsAreShownEscaped) {
  GraphBuilder b;
  for (const char* id : {"a", "b"}) {
    ClaimId c = b.ClaimById(std::string("claim-") + id + "\x1b[2J");
    b.DefineClaim(c);
    b.claim(c).proposition = b.Intern("p\nq");
    b.SetFigure(c, Qualifier::kExact, id[0] == 'a' ? 1 : 2, 0);
    Stance s;
    s.claim = c;
    s.source = b.SourceById("evil\rsource");
    s.document = b.DocumentById("d");
    s.quote = b.texts().Add("line one\nline two\x07");
    b.AddStance(s);
  }
  Result<ClaimGraph> g = std::move(b).Build();
  ASSERT_TRUE(g.ok()) << g.status().ToString();
  std::string text = Check(*g, "text");
  EXPECT_EQ(text.find('\x1b'), std::string::npos) << text;
  EXPECT_EQ(text.find('\r'), std::string::npos) << text;
  EXPECT_NE(text.find("claim-a\\x1B[2J"), std::string::npos) << text;
  EXPECT_NE(text.find("\np\\x0Aq\n"), std::string::npos) << text;
  std::ostringstream trace;
  Provenance provenance = Provenance::Compute(*g);
  ASSERT_TRUE(MakeTraceWriter("text", {})->Write(*g, provenance, TraceRequest{}, trace).ok());
  EXPECT_EQ(trace.str().find('\x1b'), std::string::npos) << trace.str();
  EXPECT_NE(trace.str().find("\"line one\\x0Aline two\\x07\""), std::string::npos) << trace.str();
}

}  // namespace
}  // namespace claimgraph
