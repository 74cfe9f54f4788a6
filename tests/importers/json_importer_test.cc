#include "importers/json_importer.h"

#include <gtest/gtest.h>
#include <rapidjson/error/en.h>
#include <rapidjson/memorystream.h>
#include <rapidjson/reader.h>

#include <cmath>
#include <fstream>
#include <random>
#include <sstream>
#include <string>
#include <vector>

#include "core/graph.h"
#include "core/graph_builder.h"
#include "importers/text_location.h"
#include "tests/importers/importer_test_util.h"

namespace claimgraph {
namespace {

using testing_util::ClaimNamed;
using testing_util::DocumentNamed;
using testing_util::SourceNamed;

Status LoadJson(std::string_view text, GraphBuilder* builder,
                std::string_view file_name = "data.json") {
  return testing_util::Load<JsonImporter>(text, builder, file_name);
}
std::string ErrorOf(std::string_view text) {
  return testing_util::ErrorOf<JsonImporter>(text, "data.json");
}
ClaimGraph MustBuild(std::string_view text) {
  return testing_util::MustBuild<JsonImporter>(text, "data.json");
}

std::string IdOfSource(const ClaimGraph& g, SourceId id) {
  return id == kNone ? "-" : std::string(g.Str(g.sources()[id].id));
}

std::vector<std::string> Strings(const ClaimGraph& g, std::span<const Symbol> symbols) {
  std::vector<std::string> out;
  for (Symbol s : symbols) out.emplace_back(g.Str(s));
  return out;
}

std::vector<std::string> AuthorIds(const ClaimGraph& g, std::string_view doc) {
  std::vector<std::string> out;
  for (SourceId s : g.AuthorsOf(*g.FindDocument(doc))) out.push_back(IdOfSource(g, s));
  return out;
}

// "key=value" for each attribute of an entity, in key order.
std::vector<std::string> AttributesOf(const ClaimGraph& g, EntityKind kind, uint32_t index) {
  std::vector<std::string> out;
  for (const Attribute& a : g.AttributesOf(kind, index)) {
    out.push_back(std::string(g.Str(a.key)) + "=" + std::string(g.Text(a.value)));
  }
  return out;
}

// A one-line summary of each stance, in canonical order.
std::vector<std::string> StanceLines(const ClaimGraph& g) {
  std::vector<std::string> out;
  for (const Stance& s : g.stances()) {
    std::string line = std::string(g.Str(g.claims()[s.claim].id)) + " " + IdOfSource(g, s.source) +
                       " " + std::string(Name(s.kind)) + " " +
                       std::string(g.Str(g.documents()[s.document].id)) + " by " +
                       IdOfSource(g, s.attributed_to);
    out.push_back(line);
  }
  return out;
}

// A valid file around the given arrays (each a JSON array text).
std::string File(std::string_view sources, std::string_view documents, std::string_view claims,
                 std::string_view stances) {
  return std::string("{\"format\": \"claimgraph/1\",\n\"sources\": ") + std::string(sources) +
         ",\n\"documents\": " + std::string(documents) + ",\n\"claims\": " + std::string(claims) +
         ",\n\"stances\": " + std::string(stances) + "}\n";
}

constexpr std::string_view kOneSource = R"([{"id": "s"}])";
constexpr std::string_view kOneDocument = R"([{"id": "d"}])";
constexpr std::string_view kOneClaim = R"([{"id": "c", "proposition": "p", "value": 1}])";
constexpr std::string_view kOneStance = R"([{"claim": "c", "source": "s", "document": "d"}])";

// ------------------------------------------------------------------ good files

TEST(JsonImporterTest, EmptyGraph) {
  ClaimGraph g = MustBuild(R"({"format": "claimgraph/1"})");
  EXPECT_EQ(g.num_sources(), 0u);
  EXPECT_EQ(g.num_stances(), 0u);
  g = MustBuild(R"({"sources": [], "documents": [], "claims": [], "stances": [],
                    "format": "claimgraph/1"})");
  EXPECT_EQ(g.num_claims(), 0u);
}

TEST(JsonImporterTest, ReadsEveryField) {
  ClaimGraph g = MustBuild(R"({
  "format": "claimgraph/1",
  "sources": [
    {"id": "smk", "name": "Socialist Movement of Kazakhstan", "kind": "organisation",
     "aliases": ["SMK", "Socialist Movement"], "attributes": {"country": "KZ"}},
    {"id": "gov", "kind": "government"}
  ],
  "documents": [
    {"id": "orig", "title": "Original", "url": "https://example.org/a", "language": "en",
     "published": "2022-01-24", "authors": ["smk"], "file": "a.txt", "attributes": {"k": "v"}},
    {"id": "copy", "published": "2022-01", "authors": ["gov", "smk"], "derived_from": "orig",
     "derivation": "translation"}
  ],
  "claims": [
    {"id": "c1", "proposition": "p:deaths", "value": 225, "qualifier": "about", "unit": "people",
     "scope": "Kazakhstan", "as_of": "2022", "text": "about 225", "attributes": {"note": "n"}},
    {"id": "c2", "proposition": "p:deaths", "value": [24, 99.5], "qualifier": "range"}
  ],
  "stances": [
    {"id": "st", "claim": "c1", "source": "smk", "stance": "disputes", "document": "copy",
     "attributed_to": "gov", "quote": "about 225", "quote_start": 3, "quote_end": 12,
     "attributes": {"page": "4"}}
  ]
})");
  const Source& smk = SourceNamed(g, "smk");
  EXPECT_EQ(g.Str(smk.name), "Socialist Movement of Kazakhstan");
  EXPECT_EQ(smk.kind, SourceKind::kOrganisation);
  EXPECT_EQ(Strings(g, g.AliasesOf(*g.FindSource("smk"))),
            (std::vector<std::string>{"SMK", "Socialist Movement"}));
  EXPECT_EQ(AttributesOf(g, EntityKind::kSource, *g.FindSource("smk")),
            (std::vector<std::string>{"country=KZ"}));
  const Source& gov = SourceNamed(g, "gov");
  EXPECT_EQ(gov.name, kNoSymbol);  // the name defaults to the id
  EXPECT_EQ(gov.kind, SourceKind::kGovernment);

  const Document& orig = DocumentNamed(g, "orig");
  EXPECT_EQ(g.Str(orig.title), "Original");
  EXPECT_EQ(g.Str(orig.url), "https://example.org/a");
  EXPECT_EQ(g.Str(orig.language), "en");
  EXPECT_EQ(g.Str(orig.file), "a.txt");
  EXPECT_EQ(orig.published.ToString(), "2022-01-24");
  EXPECT_EQ(orig.derived_from, kNone);
  EXPECT_EQ(orig.derivation, Derivation::kOriginal);
  EXPECT_EQ(AuthorIds(g, "orig"), (std::vector<std::string>{"smk"}));
  EXPECT_EQ(AttributesOf(g, EntityKind::kDocument, *g.FindDocument("orig")),
            (std::vector<std::string>{"k=v"}));
  const Document& copy = DocumentNamed(g, "copy");
  EXPECT_EQ(copy.published.ToString(), "2022-01");
  EXPECT_EQ(copy.derived_from, *g.FindDocument("orig"));
  EXPECT_EQ(copy.derivation, Derivation::kTranslation);
  EXPECT_EQ(AuthorIds(g, "copy"), (std::vector<std::string>{"gov", "smk"}));

  const Claim& c1 = ClaimNamed(g, "c1");
  EXPECT_EQ(g.Str(c1.proposition), "p:deaths");
  EXPECT_EQ(c1.value, 225);
  EXPECT_EQ(c1.qualifier, Qualifier::kAbout);
  EXPECT_EQ(g.Str(c1.unit), "people");
  EXPECT_EQ(g.Str(c1.scope), "Kazakhstan");
  EXPECT_EQ(c1.as_of.ToString(), "2022");
  EXPECT_EQ(g.Str(c1.text), "about 225");
  EXPECT_EQ(AttributesOf(g, EntityKind::kClaim, *g.FindClaim("c1")),
            (std::vector<std::string>{"note=n"}));
  const Claim& c2 = ClaimNamed(g, "c2");
  EXPECT_EQ(c2.qualifier, Qualifier::kRange);
  EXPECT_EQ(c2.value, 24);
  EXPECT_EQ(c2.value_hi, 99.5);
  EXPECT_EQ(c2.unit, kNoSymbol);

  ASSERT_EQ(g.num_stances(), 1u);
  const Stance& s = g.stances()[0];
  EXPECT_EQ(g.Str(s.id), "st");
  EXPECT_EQ(s.claim, *g.FindClaim("c1"));
  EXPECT_EQ(s.source, *g.FindSource("smk"));
  EXPECT_EQ(s.kind, StanceKind::kDisputes);
  EXPECT_EQ(s.document, *g.FindDocument("copy"));
  EXPECT_EQ(s.attributed_to, *g.FindSource("gov"));
  EXPECT_EQ(g.Text(s.quote), "about 225");
  EXPECT_EQ(s.quote_start, 3u);
  EXPECT_EQ(s.quote_end, 12u);
  EXPECT_EQ(AttributesOf(g, EntityKind::kStance, 0), (std::vector<std::string>{"page=4"}));
}

TEST(JsonImporterTest, DefaultsApply) {
  ClaimGraph g =
      MustBuild(File(R"([{"id": "s"}])", R"([{"id": "a"}, {"id": "b", "derived_from": "a"}])",
                     R"([{"id": "c", "proposition": "p", "value": [1, 2]},
                                    {"id": "e", "proposition": "p", "value": -0}])",
                     R"([{"claim": "c", "source": "s", "document": "b"}])"));
  EXPECT_EQ(SourceNamed(g, "s").kind, SourceKind::kUnknown);
  EXPECT_EQ(DocumentNamed(g, "b").derivation, Derivation::kRepublication);
  EXPECT_EQ(ClaimNamed(g, "c").qualifier, Qualifier::kRange);  // a [min, max] implies range
  const Claim& e = ClaimNamed(g, "e");
  EXPECT_EQ(e.qualifier, Qualifier::kExact);
  EXPECT_FALSE(std::signbit(e.value));  // -0 is folded into 0
  const Stance& s = g.stances()[0];
  EXPECT_EQ(s.kind, StanceKind::kAsserts);
  EXPECT_EQ(s.attributed_to, kNone);
  EXPECT_EQ(s.quote, 0u);
  EXPECT_EQ(s.quote_start, kNone);
  EXPECT_EQ(s.quote_end, kNone);
}

TEST(JsonImporterTest, ArraysAndObjectsInAnyOrder) {
  // Stances first, naming claims, documents and sources defined further down;
  // fields inside objects in any order (attributes before the id).
  ClaimGraph g = MustBuild(R"({
  "stances": [{"document": "d2", "source": "s2", "claim": "c2", "attributed_to": "s1"},
              {"claim": "c1", "document": "d1", "source": "s1"}],
  "claims": [{"value": 5, "attributes": {"x": "1"}, "proposition": "p", "id": "c2"},
             {"id": "c1", "proposition": "p", "value": 4}],
  "documents": [{"derived_from": "d1", "id": "d2", "authors": ["s2"]}, {"id": "d1"}],
  "sources": [{"attributes": {"y": "2"}, "id": "s2"}, {"id": "s1"}],
  "format": "claimgraph/1"
})");
  EXPECT_EQ(StanceLines(g),
            (std::vector<std::string>{"c1 s1 asserts d1 by -", "c2 s2 asserts d2 by s1"}));
  EXPECT_EQ(DocumentNamed(g, "d2").derived_from, *g.FindDocument("d1"));
  EXPECT_EQ(AttributesOf(g, EntityKind::kClaim, *g.FindClaim("c2")),
            (std::vector<std::string>{"x=1"}));
  EXPECT_EQ(AttributesOf(g, EntityKind::kSource, *g.FindSource("s2")),
            (std::vector<std::string>{"y=2"}));
}

TEST(JsonImporterTest, SourcesReferencedByAlias) {
  // Before and after the source that owns the alias, as source, author and attribution.
  ClaimGraph g = MustBuild(R"({
  "format": "claimgraph/1",
  "stances": [{"claim": "c", "source": "SMK", "document": "d", "attributed_to": "Gov"}],
  "sources": [{"id": "smk", "aliases": ["SMK"]}, {"id": "gov", "aliases": ["Gov", "Akorda"]}],
  "documents": [{"id": "d", "authors": ["Akorda", "SMK"]}],
  "claims": [{"id": "c", "proposition": "p", "value": 1}]
})");
  EXPECT_EQ(g.num_sources(), 2u);  // alias placeholders are merged away
  EXPECT_EQ(StanceLines(g), (std::vector<std::string>{"c smk asserts d by gov"}));
  EXPECT_EQ(AuthorIds(g, "d"), (std::vector<std::string>{"gov", "smk"}));
}

TEST(JsonImporterTest, ByteOrderMarkIsSkipped) {
  ClaimGraph g = MustBuild("\xEF\xBB\xBF{\"format\": \"claimgraph/1\"}");
  EXPECT_EQ(g.num_claims(), 0u);
  // Locations still count from the first byte of the file.
  EXPECT_EQ(ErrorOf("\xEF\xBB\xBF{\"format\": 1}"),
            "data.json:1:15: 'format' must be a string, not a number");
}

TEST(JsonImporterTest, EscapesAndUnicodeInStrings) {
  ClaimGraph g =
      MustBuild(File(R"([{"id": "s", "name": "Ak\u00f6rda \"quoted\"\n\u2014 \ud83d\ude00"}])",
                     kOneDocument, kOneClaim, kOneStance));
  EXPECT_EQ(g.Str(SourceNamed(g, "s").name),
            "Ak\xC3\xB6rda \"quoted\"\n\xE2\x80\x94 \xF0\x9F\x98\x80");
  // Every escape, in a quote and an attribute value too (the parsing thread stores
  // those) and in a key; hex digits in either case; an escape last in the string.
  g = MustBuild(File(
      R"([{"id": "s", "name": "\/\b\f\r\t\\\u00D6\u00e9", "attr\u0069butes": {"k": "v\t"}}])",
      kOneDocument, kOneClaim,
      R"([{"claim": "c", "source": "s", "document": "d", "quote": "\"a\"\u00C9\n"}])"));
  EXPECT_EQ(g.Str(SourceNamed(g, "s").name), "/\b\f\r\t\\\xC3\x96\xC3\xA9");
  EXPECT_EQ(AttributesOf(g, EntityKind::kSource, 0), std::vector<std::string>{"k=v\t"});
  EXPECT_EQ(g.Text(g.stances()[0].quote), "\"a\"\xC3\x89\n");
}

// Strings without escapes are read where they stand in the input, others from
// the parser's decoded copy (EventRecorder::InText). Escapes at the first and
// last byte, escaped quotes and backslashes next to the quotes, and escaped keys
// must all come out decoded, in both the inline and the read-ahead mode.
TEST(JsonImporterTest, EscapesNextToQuotesInIdsKeysAndValues) {
  const std::string text = File(
      R"([{"id": "\"s\""}, {"\u0069d": "s\\", "name": "\\"}, {"id": "\\\"", "name": "x\"\"y"}])",
      R"([{"id": "d\u0031"}, {"id": "plain", "derived_from": "d1"}])",
      R"([{"id": "c\\\\", "proposition": "\"p\"", "value": 1}])",
      R"([{"claim": "c\\\\", "source": "\"s\"", "document": "d1", "quote": "\"\""},
          {"claim": "c\\\\", "source": "s\\", "document": "plain", "quote": "a\\"}])");
  for (size_t read_ahead_from : {size_t{0}, JsonImporter::kReadAheadFrom}) {
    SCOPED_TRACE(read_ahead_from);
    GraphBuilder builder;
    JsonImporter importer(read_ahead_from);
    ASSERT_TRUE(importer.Load(text, "data.json", &builder).ok());
    Result<ClaimGraph> built = std::move(builder).Build();
    ASSERT_TRUE(built.ok()) << built.status().ToString();
    const ClaimGraph& g = *built;
    EXPECT_EQ(g.Str(SourceNamed(g, "s\\").name), "\\");
    EXPECT_EQ(g.Str(SourceNamed(g, "\\\"").name), "x\"\"y");
    EXPECT_EQ(g.Str(ClaimNamed(g, "c\\\\").proposition), "\"p\"");
    EXPECT_EQ(DocumentNamed(g, "plain").derived_from, g.FindDocument("d1").value_or(kNone));
    EXPECT_EQ(StanceLines(g), (std::vector<std::string>{"c\\\\ \"s\" asserts d1 by -",
                                                        "c\\\\ s\\ asserts plain by -"}));
    std::vector<std::string> quotes;
    for (const Stance& s : g.stances()) quotes.emplace_back(g.Text(s.quote));
    EXPECT_EQ(quotes, (std::vector<std::string>{"\"\"", "a\\"}));
  }
}

TEST(JsonImporterTest, SeveralFilesMergeIntoOneBuilder) {
  GraphBuilder builder;
  ASSERT_TRUE(LoadJson(File(kOneSource, kOneDocument, kOneClaim, "[]"), &builder, "a.json").ok());
  // The second file names the first file's entities without defining them.
  ASSERT_TRUE(LoadJson(File("[]", "[]", "[]", kOneStance), &builder, "b.json").ok());
  Result<ClaimGraph> g = std::move(builder).Build();
  ASSERT_TRUE(g.ok()) << g.status().ToString();
  EXPECT_EQ(g->num_stances(), 1u);
}

// ------------------------------------------------------------------ syntax and limits

TEST(JsonImporterErrorTest, SyntaxError) {
  EXPECT_EQ(ErrorOf("{\n  \"format\": \"claimgraph/1\"\n  \"claims\": []\n}"),
            "data.json:3:3: JSON syntax error: Missing a comma or '}' after an object member.");
  EXPECT_EQ(ErrorOf(""), "data.json:1:1: JSON syntax error: The document is empty.");
  EXPECT_EQ(ErrorOf("{\"format\": \"claimgraph/1\",}"),
            "data.json:1:27: JSON syntax error: Missing a name for object member.");
}

// A key travels with its value's event; where the parse stops between the two,
// the key is still read first, so a bad key is what the message names.
TEST(JsonImporterErrorTest, AKeyIsReadBeforeTheErrorThatFollowsIt) {
  const std::string cases[][2] = {
      {R"({"format": "claimgraph/1", "sources": [{"bogus" 1}]})",
       "data.json:1:41: unknown field 'bogus' in source"},
      {R"({"format": "claimgraph/1", "sources": [{"id": "s", "id": tru}]})",
       "data.json:1:52: duplicate field 'id' in source"},
      {"{\"format\": \"claimgraph/1\", \"sources\": [{\"bogus\": \"caf\xC3\"}]}",
       "data.json:1:41: unknown field 'bogus' in source"},
      {R"({"format": "claimgraph/1", "sources": [{"bogus": "caf)",
       "data.json:1:41: unknown field 'bogus' in source"},
      {R"({"format": "claimgraph/1", "sources": [{"name")",
       "data.json:1:47: JSON syntax error: Missing a colon after a name of object member."},
  };
  for (const auto& [text, expected] : cases) {
    SCOPED_TRACE(text);
    EXPECT_EQ(ErrorOf(text), expected);
    GraphBuilder builder;  // parsed ahead on a second thread, in batches of 4 events
    const Status threaded = JsonImporter(0, 4).Load(text, "data.json", &builder);
    EXPECT_EQ(threaded.ToString(), expected);
  }
}

TEST(JsonImporterErrorTest, TrailingGarbage) {
  EXPECT_EQ(ErrorOf("{\"format\": \"claimgraph/1\"}\n{}"),
            "data.json:2:1: JSON syntax error: The document root must not be followed by other "
            "values.");
}

TEST(JsonImporterErrorTest, TopLevelMustBeAnObject) {
  EXPECT_EQ(ErrorOf("[]"),
            "data.json:1:1: expected a JSON object with \"format\": \"claimgraph/1\" at the top "
            "level, not an array");
  EXPECT_EQ(ErrorOf("\n \"claimgraph/1\""),
            "data.json:2:2: expected a JSON object with \"format\": \"claimgraph/1\" at the top "
            "level, not a string");
}

TEST(JsonImporterErrorTest, InvalidUtf8) {
  EXPECT_EQ(ErrorOf(File(R"([{"id": "s", "name": "caf)"
                         "\xE9"
                         R"("}])",
                         kOneDocument, kOneClaim, kOneStance)),
            "data.json:2:37: invalid UTF-8 in a string");
  // An overlong encoding of '/' is invalid too.
  EXPECT_EQ(ErrorOf("{\"format\": \"claimgraph\xC0\xAF"
                    "1\"}"),
            "data.json:1:23: invalid UTF-8 in a string");
}

// The importer's parser scans strings 16 bytes at a time and checks their bytes
// itself; RapidJSON's byte loop with its own UTF-8 check (this test is built
// without the vector scans) is the oracle: on random strings of escapes, control
// bytes and well- and ill-formed UTF-8, at every alignment, cut short or not, the
// importer stops at the same byte with the same message, or accepts the file too.
std::string OracleError(const std::string& text) {
  rapidjson::BaseReaderHandler<> accept_all;
  rapidjson::Reader reader;
  rapidjson::MemoryStream stream(text.data(), text.size());
  constexpr unsigned kFlags =
      rapidjson::kParseValidateEncodingFlag | rapidjson::kParseNumbersAsStringsFlag;
  const rapidjson::ParseResult result = reader.Parse<kFlags>(stream, accept_all);
  if (!result.IsError()) return "OK";
  const std::string message =
      result.Code() == rapidjson::kParseErrorStringInvalidEncoding
          ? "invalid UTF-8 in a string"
          : std::string("JSON syntax error: ") + rapidjson::GetParseError_En(result.Code());
  return Status::InvalidInput(message, LocationOf(text, result.Offset(), "data.json")).ToString();
}

TEST(JsonImporterErrorTest, StringBytesCheckedAsRapidJsonsByteLoopDoes) {
  static const char* const kPieces[] = {"a",
                                        "bcdefghijklmno",
                                        "pq rs",
                                        "\\n",
                                        "\\t",
                                        "\\\"",
                                        "\\\\",
                                        "\\/",
                                        "\\u00e9",
                                        "\\uD83D\\uDE00",
                                        "\\u001B",
                                        "\\uDC00",
                                        "\xC3\xA9",
                                        "\xF0\x9F\x98\x80",
                                        "\xE2\x82\xAC",
                                        "\x7F",
                                        "\x09",
                                        "\x01",
                                        "\x1A",
                                        "\x1B",
                                        "\x1F",
                                        "\\x",
                                        "\\u12G4",
                                        "\\uD800x",
                                        "\xC0\xAF",
                                        "\x80",
                                        "\xED\xA0\x80",
                                        "\xF4\x90\x80\x80",
                                        "\xC3",
                                        "\xE2\x82",
                                        "\xFF"};
  constexpr size_t kClean = 16;  // kPieces before this index are accepted anywhere
  std::mt19937 random(20261206);
  auto piece = [&](bool clean) {
    return kPieces[random() % (clean ? kClean : std::size(kPieces))];
  };
  auto random_string = [&] {
    std::string out;
    const bool clean = random() % 5 != 0;
    for (int n = 1 + static_cast<int>(random() % 12); n > 0; --n) out += piece(clean);
    return out;
  };
  int refused = 0;
  for (int round = 0; round < 3000; ++round) {
    // Three strings, each read by another path: a key, a value the handler
    // interns, a free text stored by the parsing thread. (Newlines between
    // tokens: control bytes outside strings, which are fine.)
    std::string text = std::string(random() % 16, ' ') + "{\"format\": \"claimgraph/1\",\n" +
                       R"("sources": [{"id": "s", "name": ")" + random_string() + "\",\n" +
                       R"("attributes": {")" + random_string() + "\":\n\"" + random_string() +
                       R"("}}]})";
    if (random() % 4 == 0) text.resize(text.size() - 1 - random() % 40);  // cut short
    const std::string expected = OracleError(text);
    refused += expected != "OK";
    SCOPED_TRACE(text);
    EXPECT_EQ(ErrorOf(text), expected);
    GraphBuilder builder;  // parsed ahead on a second thread, in small batches
    const Status threaded = JsonImporter(0, 4).Load(text, "data.json", &builder);
    EXPECT_EQ(threaded.ok() ? "OK" : threaded.ToString(), expected);
  }
  EXPECT_GT(refused, 1000);  // both outcomes are well represented
  EXPECT_LT(refused, 2500);
}

TEST(JsonImporterErrorTest, TooDeep) {
  EXPECT_EQ(ErrorOf(File(R"([{"id": "s", "attributes": {"a": {"b": "c"}}}])", "[]", "[]", "[]")),
            "data.json:2:45: JSON nested deeper than 4 levels; claimgraph/1 never nests deeper");
  // Thousands of brackets stop at the 5th: no deep recursion.
  std::string deep = "{\"format\": \"claimgraph/1\", \"claims\": [[" + std::string(100000, '[');
  EXPECT_EQ(ErrorOf(deep),
            "data.json:1:39: each element of 'claims' must be an object, not an array");
  std::string deeper = "{\"claims\": [{\"value\": [" + std::string(100000, '[');
  EXPECT_EQ(ErrorOf(deeper),
            "data.json:1:24: JSON nested deeper than 4 levels; claimgraph/1 never nests deeper");
}

TEST(JsonImporterErrorTest, StringTooLong) {
  std::string quote(size_t{1} << 20, 'x');
  EXPECT_EQ(ErrorOf(File(
                kOneSource, kOneDocument, kOneClaim,
                R"([{"claim": "c", "source": "s", "document": "d", "quote": ")" + quote + "\"}]")),
            "OK");  // exactly 1 MiB is allowed
  quote += 'x';
  EXPECT_EQ(ErrorOf(File(
                kOneSource, kOneDocument, kOneClaim,
                R"([{"claim": "c", "source": "s", "document": "d", "quote": ")" + quote + "\"}]")),
            "data.json:5:69: string of 1048577 bytes exceeds the limit of 1 MiB (1048576 bytes)");
}

// ------------------------------------------------------------------ format marker, top level

TEST(JsonImporterErrorTest, WrongFormatMarker) {
  EXPECT_EQ(ErrorOf(R"({"format": "claimgraph/2"})"),
            "data.json:1:12: unsupported format 'claimgraph/2' (expected \"claimgraph/1\")");
  EXPECT_EQ(ErrorOf(R"({"format": 1})"), "data.json:1:12: 'format' must be a string, not a number");
}

TEST(JsonImporterErrorTest, MissingFormatMarker) {
  EXPECT_EQ(ErrorOf("{\n  \"sources\": []\n}"),
            "data.json:3:1: missing \"format\": \"claimgraph/1\"");
}

TEST(JsonImporterErrorTest, UnknownOrRepeatedTopLevelField) {
  EXPECT_EQ(ErrorOf(R"({"format": "claimgraph/1", "claim": []})"),
            "data.json:1:28: unknown top-level field 'claim' (expected format, sources, documents, "
            "claims, stances)");
  EXPECT_EQ(ErrorOf(R"({"format": "claimgraph/1", "claims": [], "claims": []})"),
            "data.json:1:42: duplicate top-level field 'claims'");
}

TEST(JsonImporterErrorTest, TopLevelArraysAndElementsHaveTypes) {
  EXPECT_EQ(ErrorOf(R"({"format": "claimgraph/1", "claims": {}})"),
            "data.json:1:38: 'claims' must be an array, not an object");
  EXPECT_EQ(ErrorOf(R"({"format": "claimgraph/1", "sources": ["s"]})"),
            "data.json:1:40: each element of 'sources' must be an object, not a string");
}

// ------------------------------------------------------------------ fields

TEST(JsonImporterErrorTest, UnknownField) {
  EXPECT_EQ(ErrorOf(File(kOneSource, kOneDocument,
                         R"([{"id": "c", "propositon": "p", "value": 1}])", kOneStance)),
            "data.json:4:24: unknown field 'propositon' in claim");
  EXPECT_EQ(ErrorOf(File(R"([{"id": "s", "alias": ["x"]}])", "[]", "[]", "[]")),
            "data.json:2:25: unknown field 'alias' in source");
}

TEST(JsonImporterErrorTest, RepeatedField) {
  EXPECT_EQ(ErrorOf(File(R"([{"id": "s", "id": "t"}])", "[]", "[]", "[]")),
            "data.json:2:25: duplicate field 'id' in source");
  EXPECT_EQ(ErrorOf(File(R"([{"id": "s", "attributes": {"a": "1", "b": "2", "a": "3"}}])", "[]",
                         "[]", "[]")),
            "data.json:2:60: duplicate attribute 'a' in source");
}

TEST(JsonImporterErrorTest, UnknownQualifier) {
  std::string text =
      "{\n  \"format\": \"claimgraph/1\",\n  \"claims\": [\n    {\"id\": \"c\", "
      "\"qualifier\": \"roughly\", \"proposition\": \"p\", \"value\": 1}\n  ]\n}";
  EXPECT_EQ(ErrorOf(text),
            "data.json:4:30: unknown qualifier 'roughly' (expected exact, at_least, more_than, "
            "at_most, less_than, up_to, about, range)");
}

TEST(JsonImporterErrorTest, UnknownEnumValues) {
  EXPECT_EQ(ErrorOf(File(R"([{"id": "s", "kind": "company"}])", "[]", "[]", "[]")),
            "data.json:2:33: unknown source kind 'company' (expected person, organisation, "
            "outlet, government, unknown)");
  EXPECT_EQ(
      ErrorOf(File(kOneSource,
                   R"([{"id": "d", "derived_from": "d0", "derivation": "copy"}, {"id": "d0"}])",
                   kOneClaim, kOneStance)),
      "data.json:3:63: unknown derivation 'copy' (expected republication, translation, "
      "quotation)");
  EXPECT_EQ(
      ErrorOf(File(kOneSource, kOneDocument, kOneClaim,
                   R"([{"claim": "c", "source": "s", "document": "d", "stance": "denies"}])")),
      "data.json:5:70: unknown stance 'denies' (expected asserts, disputes)");
  EXPECT_EQ(
      ErrorOf(File(kOneSource, kOneDocument,
                   R"([{"id": "c", "proposition": "p", "value": 1, "qualifier": ""}])", "[]")),
      "data.json:4:69: unknown qualifier '' (expected exact, at_least, more_than, at_most, "
      "less_than, up_to, about, range)");
}

TEST(JsonImporterErrorTest, BadDate) {
  EXPECT_EQ(ErrorOf(File(kOneSource, R"([{"id": "d", "published": "2022-02-30"}])", "[]", "[]")),
            "data.json:3:40: bad date '2022-02-30' in 'published' (expected YYYY, YYYY-MM or "
            "YYYY-MM-DD)");
  EXPECT_EQ(ErrorOf(File("[]", "[]",
                         R"([{"id": "c", "proposition": "p", "value": 1, "as_of": "24.01.2022"}])",
                         "[]")),
            "data.json:4:65: bad date '24.01.2022' in 'as_of' (expected YYYY, YYYY-MM or "
            "YYYY-MM-DD)");
}

TEST(JsonImporterErrorTest, WrongTypes) {
  EXPECT_EQ(ErrorOf(File("[]", "[]", R"([{"id": "c", "proposition": 7, "value": 1}])", "[]")),
            "data.json:4:39: claim field 'proposition' must be a string, not a number");
  EXPECT_EQ(ErrorOf(File("[]", "[]", R"([{"id": "c", "proposition": "p", "value": "225"}])", "[]")),
            "data.json:4:53: claim field 'value' must be a number or [min, max], not a string");
  EXPECT_EQ(ErrorOf(File(R"([{"id": "s", "aliases": "SMK"}])", "[]", "[]", "[]")),
            "data.json:2:36: source field 'aliases' must be an array of strings, not a string");
  EXPECT_EQ(ErrorOf(File(R"([{"id": "s", "aliases": ["SMK", 3]}])", "[]", "[]", "[]")),
            "data.json:2:44: source field 'aliases' must hold only strings, not a number");
  EXPECT_EQ(ErrorOf(File(R"([{"id": "s", "attributes": {"founded": 2011}}])", "[]", "[]", "[]")),
            "data.json:2:51: attribute 'founded' must be a string, not a number");
  EXPECT_EQ(ErrorOf(File(R"([{"id": "s", "attributes": ["a"]}])", "[]", "[]", "[]")),
            "data.json:2:39: source field 'attributes' must be an object of string values, not an "
            "array");
  EXPECT_EQ(ErrorOf(File(R"([{"id": null}])", "[]", "[]", "[]")),
            "data.json:2:20: source field 'id' must be a string, not null");
  EXPECT_EQ(
      ErrorOf(File(kOneSource, kOneDocument, kOneClaim,
                   R"([{"claim": "c", "source": "s", "document": "d", "quote_start": "3"}])")),
      "data.json:5:75: stance field 'quote_start' must be a non-negative integer, not a "
      "string");
  EXPECT_EQ(ErrorOf(File(kOneSource, kOneDocument, kOneClaim,
                         R"([{"claim": "c", "source": "s", "document": "d", "quote_end": true}])")),
            "data.json:5:73: stance field 'quote_end' must be a non-negative integer, not a "
            "boolean");
}

TEST(JsonImporterErrorTest, QuotesAndAttributeValuesAreCheckedLikeAnyField) {
  // The parser stores any string after a "quote" key, and any string in an
  // attributes object, as a text before the handler sees it: where such a string is
  // not what the format allows, the error is the same as for any other field.
  EXPECT_EQ(ErrorOf(R"({"format": "claimgraph/1", "sources": [{"id": "s", "quote": "x"}]})"),
            "data.json:1:52: unknown field 'quote' in source");
  const std::string stance = R"({"claim": "c", "source": "s", "document": "d", )";
  EXPECT_EQ(ErrorOf(File(kOneSource, kOneDocument, kOneClaim, "[" + stance + R"("quote": 5}])")),
            "data.json:5:69: stance field 'quote' must be a string, not a number");
  EXPECT_EQ(
      ErrorOf(File(kOneSource, kOneDocument, kOneClaim, "[" + stance + R"("quote": ["x"]}])")),
      "data.json:5:69: stance field 'quote' must be a string, not an array");
  EXPECT_EQ(ErrorOf(File(kOneSource, kOneDocument, kOneClaim,
                         "[" + stance + R"("quote": "x", "quote": "y"}])")),
            "data.json:5:74: duplicate field 'quote' in stance");
  EXPECT_EQ(ErrorOf(File(kOneSource, kOneDocument, kOneClaim,
                         "[" + stance + R"("attributes": {"quote": 3}}])")),
            "data.json:5:84: attribute 'quote' must be a string, not a number");
  ClaimGraph g =
      MustBuild(File(R"([{"id": "s", "attributes": {"quote": "a\u00e9"}}])", kOneDocument,
                     kOneClaim, "[" + stance + R"("attributes": {"quote": ""}, "quote": "q"}])"));
  EXPECT_EQ(AttributesOf(g, EntityKind::kSource, 0), std::vector<std::string>{"quote=a\xC3\xA9"});
  EXPECT_EQ(AttributesOf(g, EntityKind::kStance, 0), std::vector<std::string>{"quote="});
  EXPECT_EQ(g.Text(g.stances()[0].quote), "q");
}

TEST(JsonImporterErrorTest, ValuesAndDatesReadAheadAreCheckedLikeAnyField) {
  // The parser reads any number after a "value" key, and any string after a
  // "published" or "as_of" key, before the handler sees it: where such a value is
  // not what the format allows, the error is the same as for any other field.
  EXPECT_EQ(ErrorOf(File(R"([{"id": "s", "value": 5}])", "[]", "[]", "[]")),
            "data.json:2:25: unknown field 'value' in source");
  EXPECT_EQ(ErrorOf(File(R"([{"id": "s", "attributes": {"value": 5}}])", "[]", "[]", "[]")),
            "data.json:2:49: attribute 'value' must be a string, not a number");
  EXPECT_EQ(ErrorOf(File(R"([{"id": "s", "attributes": {"as_of": "2022"}}])", "[]", "[]", "[]")),
            "OK");
  EXPECT_EQ(ErrorOf(File("[]", R"([{"id": "d", "published": 2022}])", "[]", "[]")),
            "data.json:3:40: document field 'published' must be a string, not a number");
  EXPECT_EQ(
      ErrorOf(File("[]", "[]", R"([{"id": "c", "proposition": "p", "value": [1, 2.5]}])", "[]")),
      "OK");
  ClaimGraph g = MustBuild(File(
      kOneSource, R"([{"id": "d", "published": "2022-01"}])",
      R"([{"id": "c", "proposition": "p", "value": -0.25, "as_of": "2022-01-06"}])", kOneStance));
  EXPECT_EQ(g.documents()[0].published.ToString(), "2022-01");
  EXPECT_EQ(g.claims()[0].as_of.ToString(), "2022-01-06");
  EXPECT_EQ(g.claims()[0].value, -0.25);
}

TEST(JsonImporterErrorTest, BadNumbers) {
  EXPECT_EQ(ErrorOf(File("[]", "[]", R"([{"id": "c", "proposition": "p", "value": 2e15}])", "[]")),
            "data.json:4:53: claim field 'value': number '2e15' exceeds the limit of 1e15 in "
            "magnitude");
  EXPECT_EQ(ErrorOf(File("[]", "[]", R"([{"id": "c", "proposition": "p", "value": 1e999}])", "[]")),
            "data.json:4:53: JSON syntax error: Number too big to be stored in double.");
  EXPECT_EQ(ErrorOf(File(kOneSource, kOneDocument, kOneClaim,
                         R"([{"claim": "c", "source": "s", "document": "d", "quote_start": -1}])")),
            "data.json:5:75: stance field 'quote_start' must be an integer from 0 to 4294967294, "
            "not -1");
  EXPECT_EQ(ErrorOf(File(kOneSource, kOneDocument, kOneClaim,
                         R"([{"claim": "c", "source": "s", "document": "d", "quote_end": 1.5}])")),
            "data.json:5:73: stance field 'quote_end' must be an integer from 0 to 4294967294, "
            "not 1.5");
  EXPECT_EQ(
      ErrorOf(File(kOneSource, kOneDocument, kOneClaim,
                   R"([{"claim": "c", "source": "s", "document": "d", "quote_end": 4294967295}])")),
      "data.json:5:73: stance field 'quote_end' must be an integer from 0 to 4294967294, "
      "not 4294967295");
}

TEST(JsonImporterErrorTest, EmptyIds) {
  EXPECT_EQ(ErrorOf(File(R"([{"id": ""}])", "[]", "[]", "[]")),
            "data.json:2:20: source field 'id' must not be empty");
  EXPECT_EQ(ErrorOf(File(kOneSource, kOneDocument, kOneClaim,
                         R"([{"claim": "", "source": "s", "document": "d"}])")),
            "data.json:5:23: stance field 'claim' must not be empty");
}

// ------------------------------------------------------------------ required fields

TEST(JsonImporterErrorTest, MissingRequiredField) {
  EXPECT_EQ(ErrorOf(File("[]", "[]", R"([{"id": "c", "value": 1}])", "[]")),
            "data.json:4:12: claim 'c' has no 'proposition'");
  EXPECT_EQ(ErrorOf(File("[]", "[]", R"([{"id": "c", "proposition": "p"}])", "[]")),
            "data.json:4:12: claim 'c' has no 'value'");
  EXPECT_EQ(ErrorOf(File("[]", "[]", R"([{"proposition": "p", "value": 1}])", "[]")),
            "data.json:4:12: claim has no 'id'");
  EXPECT_EQ(ErrorOf(File(R"([{"name": "S"}])", "[]", "[]", "[]")),
            "data.json:2:13: source has no 'id'");
  EXPECT_EQ(ErrorOf(File("[]", R"([{"title": "T"}])", "[]", "[]")),
            "data.json:3:15: document has no 'id'");
  EXPECT_EQ(
      ErrorOf(File(kOneSource, kOneDocument, kOneClaim, R"([{"source": "s", "document": "d"}])")),
      "data.json:5:13: stance has no 'claim'");
  EXPECT_EQ(
      ErrorOf(File(kOneSource, kOneDocument, kOneClaim, R"([{"claim": "c", "document": "d"}])")),
      "data.json:5:13: stance has no 'source'");
  EXPECT_EQ(ErrorOf(File(kOneSource, kOneDocument, kOneClaim,
                         R"([{"id": "st", "claim": "c", "source": "s"}])")),
            "data.json:5:13: stance 'st' has no 'document'");
}

// ------------------------------------------------------------------ figures

TEST(JsonImporterErrorTest, RangeFigures) {
  EXPECT_EQ(
      ErrorOf(File("[]", "[]", R"([{"id": "c", "proposition": "p", "value": [99, 24]}])", "[]")),
      "data.json:4:53: range [99, 24] has its low end above its high end");
  EXPECT_EQ(
      ErrorOf(File("[]", "[]",
                   R"([{"id": "c", "proposition": "p", "value": [1, 2], "qualifier": "about"}])",
                   "[]")),
      "data.json:4:74: qualifier 'about' needs a single number, but 'value' is [min, max]");
  EXPECT_EQ(
      ErrorOf(File("[]", "[]",
                   R"([{"id": "c", "qualifier": "range", "proposition": "p", "value": 5}])", "[]")),
      "data.json:4:75: qualifier 'range' needs 'value' as [min, max]");
  EXPECT_EQ(
      ErrorOf(File("[]", "[]", R"([{"id": "c", "proposition": "p", "value": [1, 2, 3]}])", "[]")),
      "data.json:4:53: claim field 'value' as an array must be [min, max], with two numbers");
  EXPECT_EQ(ErrorOf(File("[]", "[]", R"([{"id": "c", "proposition": "p", "value": [1]}])", "[]")),
            "data.json:4:53: claim field 'value' as an array must be [min, max], with two numbers");
  EXPECT_EQ(
      ErrorOf(File("[]", "[]", R"([{"id": "c", "proposition": "p", "value": [1, "2"]}])", "[]")),
      "data.json:4:57: claim field 'value' as [min, max] must hold two numbers, not a string");
}

TEST(JsonImporterErrorTest, DerivationNeedsDerivedFrom) {
  EXPECT_EQ(ErrorOf(File("[]", R"([{"id": "d", "derivation": "translation"}])", "[]", "[]")),
            "data.json:3:41: document has 'derivation' but no 'derived_from'");
}

TEST(JsonImporterErrorTest, QuoteOffsetsInOrder) {
  EXPECT_EQ(
      ErrorOf(File(
          kOneSource, kOneDocument, kOneClaim,
          R"([{"claim": "c", "source": "s", "document": "d", "quote_start": 9, "quote_end": 4}])")),
      "data.json:5:75: quote_start 9 is after quote_end 4");
}

// ------------------------------------------------------------------ references and ids

TEST(JsonImporterErrorTest, DanglingReferences) {
  EXPECT_EQ(ErrorOf(File(kOneSource, kOneDocument, kOneClaim,
                         R"([{"claim": "x", "source": "s", "document": "d"}])")),
            "data.json:5:23: dangling reference: stance names claim 'x' which is not defined");
  EXPECT_EQ(ErrorOf(File(kOneSource, kOneDocument, kOneClaim,
                         R"([{"claim": "c", "source": "s", "document": "x"}])")),
            "data.json:5:55: dangling reference: stance names document 'x' which is not defined");
  EXPECT_EQ(ErrorOf(File(kOneSource, kOneDocument, kOneClaim,
                         R"([{"claim": "c", "source": "x", "document": "d"}])")),
            "data.json:5:38: dangling reference: stance names source 'x' which is not defined");
  EXPECT_EQ(
      ErrorOf(File(kOneSource, kOneDocument, kOneClaim,
                   R"([{"claim": "c", "source": "s", "document": "d", "attributed_to": "x"}])")),
      "data.json:5:77: dangling reference: stance names attributed_to source 'x' which is not "
      "defined");
  EXPECT_EQ(ErrorOf(File(kOneSource, R"([{"id": "d", "authors": ["s", "x"]}])", "[]", "[]")),
            "data.json:3:44: dangling reference: document names author source 'x' which is not "
            "defined");
  EXPECT_EQ(ErrorOf(File(kOneSource, R"([{"id": "d", "derived_from": "x"}])", "[]", "[]")),
            "data.json:3:43: dangling reference: document names derived_from document 'x' which "
            "is not defined");
}

TEST(JsonImporterErrorTest, FirstDanglingReferenceInFileOrder) {
  EXPECT_EQ(ErrorOf(File(kOneSource, kOneDocument, kOneClaim,
                         "[{\"claim\": \"c\", \"source\": \"s\", \"document\": \"y\"},\n"
                         " {\"claim\": \"x\", \"source\": \"s\", \"document\": \"d\"}]")),
            "data.json:5:55: dangling reference: stance names document 'y' which is not defined");
}

TEST(JsonImporterErrorTest, RepeatedReferencesToOneTarget) {
  // Defined between two references to it: fine.
  EXPECT_EQ(ErrorOf(File("[]", R"([{"id": "b", "derived_from": "a"}, {"id": "a"},
                                   {"id": "c", "derived_from": "a"}])",
                         "[]", "[]")),
            "OK");
  // Never defined: the first of the references is reported.
  EXPECT_EQ(ErrorOf(File(kOneSource, kOneDocument, kOneClaim,
                         "[{\"claim\": \"x\", \"source\": \"s\", \"document\": \"d\"},\n"
                         " {\"claim\": \"x\", \"source\": \"s\", \"document\": \"d\"}]")),
            "data.json:5:23: dangling reference: stance names claim 'x' which is not defined");
  EXPECT_EQ(ErrorOf(File(kOneSource, kOneDocument, kOneClaim,
                         "[{\"claim\": \"c\", \"source\": \"x\", \"document\": \"d\"},\n"
                         " {\"claim\": \"c\", \"source\": \"x\", \"document\": \"d\"}]")),
            "data.json:5:38: dangling reference: stance names source 'x' which is not defined");
}

TEST(JsonImporterErrorTest, ReferencesMustBeDefinedInTheFileOrAnEarlierInput) {
  GraphBuilder builder;
  EXPECT_EQ(LoadJson(File("[]", "[]", "[]", kOneStance), &builder, "b.json").ToString(),
            "b.json:5:23: dangling reference: stance names claim 'c' which is not defined");
}

TEST(JsonImporterErrorTest, DuplicateIds) {
  EXPECT_EQ(ErrorOf("{\"format\": \"claimgraph/1\", \"claims\": [\n"
                    "  {\"id\": \"c\", \"proposition\": \"p\", \"value\": 1},\n"
                    "  {\"id\": \"d\", \"proposition\": \"p\", \"value\": 2},\n"
                    "  {\"proposition\": \"p\", \"value\": 3, \"id\": \"c\"}\n]}"),
            "data.json:4:42: duplicate claim id 'c' (first defined at line 2)");
  EXPECT_EQ(ErrorOf(File(R"([{"id": "s"}, {"id": "s"}])", "[]", "[]", "[]")),
            "data.json:2:33: duplicate source id 's' (first defined at line 2)");
  EXPECT_EQ(ErrorOf(File("[]", R"([{"id": "d"},
{"id": "d"}])",
                         "[]", "[]")),
            "data.json:4:8: duplicate document id 'd' (first defined at line 3)");
  // A claim may share its id with a source: ids are unique per kind.
  EXPECT_EQ(ErrorOf(File(R"([{"id": "x"}])", R"([{"id": "x"}])",
                         R"([{"id": "x", "proposition": "p", "value": 1}])",
                         R"([{"claim": "x", "source": "x", "document": "x"}])")),
            "OK");
}

TEST(JsonImporterErrorTest, DuplicateIdAcrossFiles) {
  GraphBuilder builder;
  ASSERT_TRUE(LoadJson(File(kOneSource, "[]", "[]", "[]"), &builder, "a.json").ok());
  Status status = LoadJson(File(kOneSource, "[]", "[]", "[]"), &builder, "b.json");
  EXPECT_EQ(status.ToString(),
            "b.json:2:20: duplicate source id 's' (first defined in an earlier input)");
}

TEST(JsonImporterErrorTest, StopsAtTheFirstError) {
  EXPECT_EQ(ErrorOf(File(R"([{"id": "s", "kind": "nobody"}, {"id": ""}])", "[]", "[]", "[]")),
            "data.json:2:33: unknown source kind 'nobody' (expected person, organisation, outlet, "
            "government, unknown)");
}

// ------------------------------------------------------------------ fixtures

#ifdef CLAIMGRAPH_FIXTURES_DIR
std::string ReadFixture(const std::string& relative) {
  std::ifstream in(std::string(CLAIMGRAPH_FIXTURES_DIR) + "/" + relative, std::ios::binary);
  EXPECT_TRUE(in.good()) << relative;
  std::ostringstream out;
  out << in.rdbuf();
  return out.str();
}

TEST(JsonFixtureTest, SourcesJsonLoads) {
  ClaimGraph g = MustBuild(ReadFixture("sources.json"));
  EXPECT_EQ(g.num_sources(), 5u);
  EXPECT_EQ(g.num_documents(), 5u);
  EXPECT_EQ(g.num_claims(), 4u);
  EXPECT_EQ(g.num_stances(), 6u);
  // The translation's chain: 003-it -> 002-en -> smk-2022-01-24.
  const Document& it = DocumentNamed(g, "003-it");
  EXPECT_EQ(it.derivation, Derivation::kTranslation);
  const Document& en = g.documents()[it.derived_from];
  EXPECT_EQ(g.Str(en.id), "002-en");
  EXPECT_EQ(en.derivation, Derivation::kRepublication);
  EXPECT_EQ(g.Str(g.documents()[en.derived_from].id), "smk-2022-01-24");
  EXPECT_EQ(ClaimNamed(g, "zh2011-deaths-dozens").qualifier, Qualifier::kRange);
  EXPECT_EQ(AuthorIds(g, "002-en"), (std::vector<std::string>{"si-cobas", "smk"}));
  EXPECT_EQ(StanceLines(g), (std::vector<std::string>{
                                "kz2022-deaths-225 smk asserts 002-en by kz-government",
                                "kz2022-deaths-225 opposition-blog disputes blog-2022-02 by -",
                                "kz2022-deaths-225 smk asserts smk-2022-01-24 by -",
                                "kz2022-deaths-238 kz-government asserts gov-2022-03 by -",
                                "kz2022-detained kz-government asserts gov-2022-03 by -",
                                "zh2011-deaths-dozens smk asserts 003-it by witnesses",
                            }));
}

// Each bad/*.json fails with the message EXPECTED.tsv gives (other lines there
// belong to the CSV importer's test).
TEST(JsonFixtureTest, BadFixturesFailAsExpected) {
  std::istringstream expected(ReadFixture("bad/EXPECTED.tsv"));
  std::string line;
  int cases = 0;
  while (std::getline(expected, line)) {
    if (line.empty() || line[0] == '#') continue;
    size_t tab = line.find('\t');
    ASSERT_NE(tab, std::string::npos) << line;
    std::string file = line.substr(0, tab), message = line.substr(tab + 1);
    if (!file.ends_with(".json")) continue;
    std::string text = ReadFixture("bad/" + file);
    std::string error = testing_util::ErrorOf<JsonImporter>(text, file);
    EXPECT_NE(error.find(message), std::string::npos) << file << ": " << error;
    ++cases;
  }
  EXPECT_GE(cases, 10);
}
#endif

}  // namespace
}  // namespace claimgraph
