#include "importers/csv_importer.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <fstream>
#include <sstream>
#include <string>
#include <vector>

#include "core/graph.h"
#include "core/graph_builder.h"
#include "tests/importers/importer_test_util.h"

namespace claimgraph {
namespace {

using testing_util::ClaimNamed;
using testing_util::DocumentNamed;
using testing_util::SourceNamed;

Status LoadCsv(std::string_view text, GraphBuilder* builder,
               std::string_view file_name = "claims.csv") {
  return testing_util::Load<CsvImporter>(text, builder, file_name);
}
std::string ErrorOf(std::string_view text) {
  return testing_util::ErrorOf<CsvImporter>(text, "claims.csv");
}
ClaimGraph MustBuild(std::string_view text) {
  return testing_util::MustBuild<CsvImporter>(text, "claims.csv");
}

std::vector<std::string> AuthorNames(const ClaimGraph& g, std::string_view doc) {
  std::vector<std::string> out;
  for (SourceId s : g.AuthorsOf(*g.FindDocument(doc))) out.emplace_back(g.Str(g.sources()[s].id));
  return out;
}

std::vector<std::string> ClaimIds(const ClaimGraph& g) {
  std::vector<std::string> out;
  for (const Claim& c : g.claims()) out.emplace_back(g.Str(c.id));
  return out;
}

constexpr std::string_view kQualifierList =
    "(expected exact, at_least, more_than, at_most, less_than, up_to, about, range)";

// ---------------------------------------------------------------- good input

TEST(CsvImporterTest, AllColumns) {
  ClaimGraph g = MustBuild(
      "claim,proposition,value,qualifier,unit,as_of,source,stance,document,published,"
      "attributed_to,derived_from,quote\n"
      "kz-225,kz:deaths,225,exact,people,2022-01-24,smk,asserts,smk-doc,2022-01-24,kz-gov,,"
      "225 according to officials\n"
      "kz-225,,,,,,si-cobas,asserts,002-en,2022-01-25,,smk-doc,\n"
      "kz-225,,,,,,hrw,disputes,hrw-doc,,,,\n");
  ASSERT_EQ(g.num_claims(), 1u);
  const Claim& c = ClaimNamed(g, "kz-225");
  EXPECT_EQ(g.Str(c.proposition), "kz:deaths");
  EXPECT_EQ(c.qualifier, Qualifier::kExact);
  EXPECT_EQ(c.value, 225);
  EXPECT_EQ(g.Str(c.unit), "people");
  EXPECT_EQ(c.as_of.ToString(), "2022-01-24");
  ASSERT_EQ(g.num_stances(), 3u);
  EXPECT_EQ(g.num_sources(), 4u);  // smk, si-cobas, hrw, kz-gov
  EXPECT_EQ(g.num_documents(), 3u);

  const Document& smk_doc = DocumentNamed(g, "smk-doc");
  EXPECT_EQ(smk_doc.published.ToString(), "2022-01-24");
  EXPECT_EQ(smk_doc.derived_from, kNone);
  const Document& republished = DocumentNamed(g, "002-en");
  EXPECT_EQ(republished.derived_from, *g.FindDocument("smk-doc"));
  EXPECT_EQ(republished.derivation, Derivation::kRepublication);
  EXPECT_EQ(AuthorNames(g, "smk-doc"), std::vector<std::string>{"smk"});
  EXPECT_EQ(AuthorNames(g, "002-en"), std::vector<std::string>{"si-cobas"});
  // A disputing row does not make its source the document's author.
  EXPECT_TRUE(AuthorNames(g, "hrw-doc").empty());

  int asserts = 0, disputes = 0;
  for (const Stance& s : g.stances()) {
    std::string_view source = g.Str(g.sources()[s.source].id);
    if (s.kind == StanceKind::kAsserts) ++asserts;
    if (s.kind == StanceKind::kDisputes) {
      ++disputes;
      EXPECT_EQ(source, "hrw");
    }
    if (source == "smk") {
      EXPECT_EQ(g.Text(s.quote), "225 according to officials");
      ASSERT_NE(s.attributed_to, kNone);
      EXPECT_EQ(g.Str(g.sources()[s.attributed_to].id), "kz-gov");
    } else {
      EXPECT_EQ(s.quote, 0u);
      EXPECT_EQ(s.attributed_to, kNone);
    }
  }
  EXPECT_EQ(asserts, 2);
  EXPECT_EQ(disputes, 1);
}

TEST(CsvImporterTest, AnyColumnOrderAndDefaults) {
  ClaimGraph g = MustBuild("source,value,proposition\nsmk,225,kz:deaths\n");
  ASSERT_EQ(g.num_claims(), 1u);
  const Claim& c = g.claims()[0];
  EXPECT_EQ(g.Str(c.proposition), "kz:deaths");
  EXPECT_EQ(c.qualifier, Qualifier::kExact);
  EXPECT_EQ(c.value, 225);
  EXPECT_EQ(c.unit, kNoSymbol);
  EXPECT_FALSE(c.as_of.known());
  ASSERT_EQ(g.num_stances(), 1u);
  EXPECT_EQ(g.stances()[0].kind, StanceKind::kAsserts);
  // No document column: the document is named after the source, who wrote it.
  ASSERT_EQ(g.num_documents(), 1u);
  EXPECT_EQ(g.Str(g.documents()[0].id), "smk");
  EXPECT_EQ(AuthorNames(g, "smk"), std::vector<std::string>{"smk"});
}

TEST(CsvImporterTest, EmptyDocumentFallsBackToSourcePerRow) {
  ClaimGraph g = MustBuild(
      "proposition,value,source,document\n"
      "p,1,a,\n"
      "p,1,b,doc-b\n");
  EXPECT_EQ(g.num_documents(), 2u);
  EXPECT_TRUE(g.FindDocument("a").has_value());
  EXPECT_TRUE(g.FindDocument("doc-b").has_value());
}

TEST(CsvImporterTest, ByteOrderMarkAndCrlf) {
  ClaimGraph g = MustBuild(
      "\xEF\xBB\xBF"
      "proposition,value,source\r\np,1,a\r\np,2,b\r\n");
  EXPECT_EQ(g.num_claims(), 2u);
  EXPECT_EQ(g.num_stances(), 2u);
  // The CR is not part of the last field.
  EXPECT_TRUE(g.FindSource("a").has_value());
  EXPECT_TRUE(g.FindSource("b").has_value());
}

TEST(CsvImporterTest, NoFinalNewlineAndBlankLines) {
  ClaimGraph g = MustBuild("proposition,value,source\n\np,1,a\n\r\n\np,2,b");
  EXPECT_EQ(g.num_stances(), 2u);
  EXPECT_TRUE(g.FindSource("b").has_value());
}

TEST(CsvImporterTest, FinalCarriageReturnEndsTheRow) {
  ClaimGraph g = MustBuild("proposition,value,source\np,1,a\r");
  EXPECT_TRUE(g.FindSource("a").has_value());
}

TEST(CsvImporterTest, HeaderOnlyIsEmptyGraph) {
  ClaimGraph g = MustBuild("claim,proposition,value,source\n");
  EXPECT_EQ(g.num_stances(), 0u);
  EXPECT_EQ(g.num_claims(), 0u);
  ClaimGraph h = MustBuild("proposition,value,source");
  EXPECT_EQ(h.num_stances(), 0u);
}

TEST(CsvImporterTest, QuotedFields) {
  ClaimGraph g = MustBuild(
      "\"proposition\",value,source,quote,\"note, with comma\"\n"
      "\"kz:deaths, total\",\"225\",\"Smith, J.\",\"He said \"\"225\"\",\nthen left\",\"\"\n"
      "p,1,\"\"\"quoted\"\" name\",,\"x\"\"y\"\n");
  ASSERT_EQ(g.num_claims(), 2u);
  std::vector<std::string> props;
  for (const Claim& c : g.claims()) props.emplace_back(g.Str(c.proposition));
  std::sort(props.begin(), props.end());
  EXPECT_EQ(props, (std::vector<std::string>{"kz:deaths, total", "p"}));
  EXPECT_TRUE(g.FindSource("Smith, J.").has_value());
  EXPECT_TRUE(g.FindSource("\"quoted\" name").has_value());
  bool saw_quote = false, saw_note = false;
  for (const Stance& s : g.stances()) {
    if (g.Str(g.sources()[s.source].id) == "Smith, J.") {
      EXPECT_EQ(g.Text(s.quote), "He said \"225\",\nthen left");
      saw_quote = true;
    }
  }
  for (const Attribute& a : g.attributes()) {
    EXPECT_EQ(g.Str(a.key), "note, with comma");
    EXPECT_EQ(g.Text(a.value), "x\"y");
    saw_note = true;
  }
  EXPECT_TRUE(saw_quote);
  EXPECT_TRUE(saw_note);
  EXPECT_EQ(g.attributes().size(), 1u);  // the empty "" value is no attribute
}

TEST(CsvImporterTest, ManyEscapedFieldsInOneRow) {
  // Several unescaped fields share the scratch buffer, which grows while the row is read.
  std::string long_quote(5000, 'q');
  std::string text = "proposition,value,source,quote,a,b\n\"p\"\"1\",1,\"s\"\"1\",\"" + long_quote +
                     "\"\"\",\"x\"\"\",\"\"\"y\"\n";
  ClaimGraph g = MustBuild(text);
  EXPECT_EQ(g.Str(g.claims()[0].proposition), "p\"1");
  EXPECT_TRUE(g.FindSource("s\"1").has_value());
  EXPECT_EQ(g.Text(g.stances()[0].quote), long_quote + "\"");
  ASSERT_EQ(g.attributes().size(), 2u);
  EXPECT_EQ(g.Text(g.attributes()[0].value), "x\"");
  EXPECT_EQ(g.Text(g.attributes()[1].value), "\"y");
}

// The tokenizer and the UTF-8 check pass eight bytes at a time: fields, escaped
// quotes and bad bytes must be found wherever they fall within those words.
TEST(CsvImporterTest, SeparatorsQuotesAndBadBytesAtEveryOffsetInAWord) {
  for (size_t k = 0; k <= 19; ++k) {
    SCOPED_TRACE(k);
    const std::string name = "s" + std::string(k, 'x');      // 1 to 20 bytes
    const std::string said = std::string(k, 'a') + "\"\"" + std::string(19 - k, 'b');
    ClaimGraph g = MustBuild("proposition,value,source,quote\np," + std::to_string(k) + "," +
                             name + ",\"" + said + "\"\r\np,99," + name + "y\r\n");
    EXPECT_TRUE(g.FindSource(name).has_value());
    EXPECT_TRUE(g.FindSource(name + "y").has_value());
    ASSERT_EQ(g.num_stances(), 2u);
    std::vector<std::string> quotes;
    for (const Stance& st : g.stances()) quotes.emplace_back(g.Text(st.quote));
    std::sort(quotes.begin(), quotes.end());
    EXPECT_EQ(quotes, (std::vector<std::string>{"", std::string(k, 'a') + "\"" +
                                                        std::string(19 - k, 'b')}));

    const std::string header = "proposition,value,source,quote\np,1,s,\"";
    for (char bad : {'\xFF', '\0'}) {
      std::string quote(24, 'q');
      quote[k] = bad;
      const std::string error = ErrorOf(header + quote + "\"\n");
      const std::string offset = std::to_string(header.size() + k);
      EXPECT_NE(error.find("at byte offset " + offset), std::string::npos) << error;
    }
  }
}

TEST(CsvImporterTest, ClaimIdRowsMayLeaveTheFigureEmpty) {
  ClaimGraph g = MustBuild(
      "claim,proposition,value,unit,source\n"
      "c1,,,,early-bird\n"  // before the row that gives the figure: order does not matter
      "c1,kz:deaths,225,people,smk\n"
      "c1,kz:deaths,225,people,smk-again\n"  // the same figure repeated is fine
      "c1,kz:deaths,,people,si-cobas\n");
  ASSERT_EQ(g.num_claims(), 1u);
  const Claim& c = ClaimNamed(g, "c1");
  EXPECT_EQ(c.value, 225);
  EXPECT_EQ(g.Str(c.unit), "people");
  EXPECT_EQ(g.StancesOf(0).size(), 4u);
}

TEST(CsvImporterTest, ClaimsWithoutIdMergeOnFigure) {
  ClaimGraph g = MustBuild(
      "proposition,value,qualifier,unit,source\n"
      "p,10-20,,people,a\n"
      "p,10..20,range,people,b\n"
      "p, 10 .. 20 ,,people,c\n"
      "p,10..20,,tenge,d\n"  // another unit: another claim
      "p,15,about,people,e\n"
      "p,15,,people,f\n");  // exact, not about
  ASSERT_EQ(g.num_claims(), 4u);
  std::vector<ClaimId> ids;
  for (const Stance& s : g.stances()) {
    std::string_view src = g.Str(g.sources()[s.source].id);
    if (src == "a" || src == "b" || src == "c") ids.push_back(s.claim);
  }
  ASSERT_EQ(ids.size(), 3u);
  EXPECT_EQ(ids[0], ids[1]);
  EXPECT_EQ(ids[1], ids[2]);
  const Claim& range = g.claims()[ids[0]];
  EXPECT_EQ(range.qualifier, Qualifier::kRange);
  EXPECT_EQ(range.value, 10);
  EXPECT_EQ(range.value_hi, 20);
}

TEST(CsvImporterTest, GeneratedIdsDoNotDependOnRowOrder) {
  ClaimGraph a = MustBuild("proposition,value,source\np,1,x\nq,2..3,y\n");
  ClaimGraph b = MustBuild("proposition,value,source\nq,2-3,y\np,1,x\n");
  EXPECT_EQ(ClaimIds(a), ClaimIds(b));
}

TEST(CsvImporterTest, NumbersAndDates) {
  ClaimGraph g = MustBuild(
      "claim,proposition,value,qualifier,as_of,published,source\n"
      "a,p,2975.5,at_least,2022,2022-01,s1\n"
      "b,p,-3,less_than,2022-02,,s2\n"
      "c,p,1e3,up_to,2024-02-29,,s3\n");
  EXPECT_EQ(ClaimNamed(g, "a").value, 2975.5);
  EXPECT_EQ(ClaimNamed(g, "a").qualifier, Qualifier::kAtLeast);
  EXPECT_EQ(ClaimNamed(g, "a").as_of.ToString(), "2022");
  EXPECT_EQ(ClaimNamed(g, "b").value, -3);
  EXPECT_EQ(ClaimNamed(g, "c").value, 1000);
  EXPECT_EQ(ClaimNamed(g, "c").qualifier, Qualifier::kUpTo);
  EXPECT_EQ(DocumentNamed(g, "s1").published.ToString(), "2022-01");
}

TEST(CsvImporterTest, ExtraColumnsBecomeStanceAttributes) {
  ClaimGraph g = MustBuild(
      "proposition,value,source,page,checked_by\n"
      "p,1,a,12,ann\n"
      "p,1,b,,bob\n"
      "p,1,c\n");  // a short row: the missing fields are empty
  ASSERT_EQ(g.num_stances(), 3u);
  std::vector<std::string> seen;
  for (const Attribute& a : g.attributes()) {
    EXPECT_EQ(a.owner_kind, EntityKind::kStance);
    const Stance& s = g.stances()[a.owner];
    seen.push_back(std::string(g.Str(g.sources()[s.source].id)) + "." + std::string(g.Str(a.key)) +
                   "=" + std::string(g.Text(a.value)));
  }
  std::sort(seen.begin(), seen.end());
  EXPECT_EQ(seen, (std::vector<std::string>{"a.checked_by=ann", "a.page=12", "b.checked_by=bob"}));
  StanceId first = 0;
  while (g.Str(g.sources()[g.stances()[first].source].id) != "a") ++first;
  auto attrs = g.AttributesOf(EntityKind::kStance, first);
  ASSERT_EQ(attrs.size(), 2u);
  EXPECT_EQ(g.Str(attrs[0].key), "checked_by");
  EXPECT_EQ(g.Str(attrs[1].key), "page");
}

TEST(CsvImporterTest, UnnamedEmptyColumnsAreIgnored) {
  // Spreadsheets often export trailing empty columns.
  ClaimGraph g = MustBuild("proposition,value,source,,\np,1,a,,\n");
  EXPECT_EQ(g.num_stances(), 1u);
  EXPECT_TRUE(g.attributes().empty());
}

TEST(CsvImporterTest, DerivedFromChain) {
  ClaimGraph g = MustBuild(
      "proposition,value,source,document,derived_from,published\n"
      "p,1,smk,smk-site,,2022-01-24\n"
      "p,1,si-cobas,sic-it,smk-site,2022-01-25\n"
      "p,1,mr-online,mr,sic-it,\n"
      "p,1,mr-online,mr,sic-it,2022-02-01\n"  // the same parent again, and a date now
      "p,1,blog,blog-post,wire,\n");          // wire: known only as a parent
  const Document& mr = DocumentNamed(g, "mr");
  const Document& sic = DocumentNamed(g, "sic-it");
  EXPECT_EQ(mr.derived_from, *g.FindDocument("sic-it"));
  EXPECT_EQ(sic.derived_from, *g.FindDocument("smk-site"));
  EXPECT_EQ(DocumentNamed(g, "smk-site").derived_from, kNone);
  EXPECT_EQ(DocumentNamed(g, "smk-site").derivation, Derivation::kOriginal);
  EXPECT_EQ(mr.published.ToString(), "2022-02-01");
  const Document& wire = DocumentNamed(g, "wire");
  EXPECT_EQ(wire.derived_from, kNone);
  EXPECT_TRUE(AuthorNames(g, "wire").empty());
  EXPECT_EQ(AuthorNames(g, "blog-post"), std::vector<std::string>{"blog"});
}

TEST(CsvImporterTest, SameSourceTwoDatesIsARevision) {
  ClaimGraph g = MustBuild(
      "proposition,value,source,document,published\n"
      "kz:deaths,164,gov,gov-jan-16,2022-01-16\n"
      "kz:deaths,225,gov,gov-jan-24,2022-01-24\n");
  EXPECT_EQ(g.num_claims(), 2u);
  EXPECT_EQ(g.num_documents(), 2u);
  EXPECT_EQ(g.num_sources(), 1u);
}

TEST(CsvImporterTest, TwoSheetsIntoOneBuilder) {
  GraphBuilder builder;
  ASSERT_TRUE(LoadCsv("claim,proposition,value,source\nc,p,5,a\n", &builder, "one.csv").ok());
  ASSERT_TRUE(LoadCsv("claim,proposition,value,source\nc,,,b\n", &builder, "two.csv").ok());
  Status conflict = LoadCsv("claim,proposition,value,source\nc,p,6,z\n", &builder, "three.csv");
  EXPECT_EQ(conflict.ToString(),
            "three.csv:2:5 (column 'value'): claim 'c' has figure 'exact 6' here but 'exact 5' "
            "in an earlier input");
}

// ----------------------------------------------------------------- bad input

TEST(CsvImporterErrorTest, EmptyFile) {
  EXPECT_EQ(ErrorOf(""), "claims.csv:1:1: empty CSV: no header row");
  EXPECT_EQ(ErrorOf("\xEF\xBB\xBF"), "claims.csv:1:1: empty CSV: no header row");
}

TEST(CsvImporterErrorTest, MissingRequiredColumn) {
  EXPECT_EQ(ErrorOf("claim,proposition,value\nc,p,1\n"),
            "claims.csv:1:1: missing required column 'source' (the header has 'claim', "
            "'proposition', 'value')");
  EXPECT_EQ(ErrorOf("Proposition,value,source\n"),
            "claims.csv:1:1: missing required column 'proposition' (the header has "
            "'Proposition', 'value', 'source')");
  EXPECT_EQ(ErrorOf("proposition,source\n"),
            "claims.csv:1:1: missing required column 'value' (the header has 'proposition', "
            "'source')");
}

TEST(CsvImporterErrorTest, DuplicateColumn) {
  EXPECT_EQ(ErrorOf("proposition,value,source,value\n"),
            "claims.csv:1:26: duplicate column 'value' in the header (also column 2)");
  EXPECT_EQ(ErrorOf("proposition,value,source,note,note\n"),
            "claims.csv:1:31: duplicate column 'note' in the header (also column 4)");
}

TEST(CsvImporterErrorTest, UnknownQualifier) {
  EXPECT_EQ(ErrorOf("claim,proposition,value,qualifier,source\nc,p,1,roughly,s\n"),
            "claims.csv:2:7 (column 'qualifier'): unknown qualifier 'roughly' " +
                std::string(kQualifierList));
  // Rows before the bad one are fine; the line is the bad row's.
  EXPECT_EQ(ErrorOf("proposition,value,qualifier,source\np,1,,s\np,2,,s\np,100,roughly,s\n"),
            "claims.csv:4:7 (column 'qualifier'): unknown qualifier 'roughly' " +
                std::string(kQualifierList));
}

TEST(CsvImporterErrorTest, UnknownStance) {
  EXPECT_EQ(ErrorOf("proposition,value,source,stance\np,1,s,supports\n"),
            "claims.csv:2:7 (column 'stance'): unknown stance 'supports' (expected asserts, "
            "disputes)");
}

TEST(CsvImporterErrorTest, BadNumber) {
  EXPECT_EQ(ErrorOf("proposition,value,source\np,twelve,s\n"),
            "claims.csv:2:3 (column 'value'): bad value 'twelve': 'twelve' is not a number");
  EXPECT_EQ(ErrorOf("proposition,value,source\np,\"1,000\",s\n"),
            "claims.csv:2:3 (column 'value'): bad value '1,000': '1,000' is not a number");
  EXPECT_EQ(ErrorOf("proposition,value,source\np,20..10,s\n"),
            "claims.csv:2:3 (column 'value'): bad value '20..10': range '20..10' has its low end "
            "above its high end");
  EXPECT_EQ(ErrorOf("proposition,value,source\np,1e300,s\n"),
            "claims.csv:2:3 (column 'value'): bad value '1e300': number '1e300' exceeds the "
            "limit of 1e15 in magnitude");
}

TEST(CsvImporterErrorTest, RangeAndQualifierDisagree) {
  EXPECT_EQ(ErrorOf("proposition,value,qualifier,source\np,15,range,s\n"),
            "claims.csv:2:3 (column 'value'): qualifier 'range' needs a range value like 10..20, "
            "not '15'");
  EXPECT_EQ(ErrorOf("proposition,value,qualifier,source\np,10..20,at_least,s\n"),
            "claims.csv:2:10 (column 'qualifier'): qualifier 'at_least' does not fit the range "
            "value '10..20' (a range takes qualifier range or none)");
}

TEST(CsvImporterErrorTest, BadDate) {
  EXPECT_EQ(ErrorOf("proposition,value,as_of,source\np,1,2022-13-01,s\n"),
            "claims.csv:2:5 (column 'as_of'): bad date '2022-13-01' (expected YYYY, YYYY-MM or "
            "YYYY-MM-DD)");
  EXPECT_EQ(ErrorOf("proposition,value,source,published\np,1,s,24/01/2022\n"),
            "claims.csv:2:7 (column 'published'): bad date '24/01/2022' (expected YYYY, "
            "YYYY-MM or YYYY-MM-DD)");
}

TEST(CsvImporterErrorTest, MissingRequiredValue) {
  EXPECT_EQ(ErrorOf("proposition,value,source\np,1,\n"),
            "claims.csv:2:5 (column 'source'): missing source");
  EXPECT_EQ(ErrorOf("proposition,value,source\np,1\n"),  // short row: the end of the row
            "claims.csv:2:4 (column 'source'): missing source");
  EXPECT_EQ(ErrorOf("proposition,value,source\n,1,s\n"),
            "claims.csv:2:1 (column 'proposition'): missing proposition");
  EXPECT_EQ(ErrorOf("proposition,value,source\np,,s\n"),
            "claims.csv:2:3 (column 'value'): missing value (a row without a claim id needs a "
            "figure)");
  EXPECT_EQ(ErrorOf("claim,proposition,value,source\nc,,5,s\n"),
            "claims.csv:2:3 (column 'proposition'): missing proposition (the row gives claim 'c' "
            "a figure)");
}

TEST(CsvImporterErrorTest, UnterminatedQuote) {
  EXPECT_EQ(ErrorOf("proposition,value,source,quote\np,1,s,ok\np,1,s,\"never closed\nmore\n"),
            "claims.csv:3:7 (column 'quote'): unterminated quoted field: the '\"' here has no "
            "closing '\"'");
  EXPECT_EQ(ErrorOf("proposition,\"value,source\n"),
            "claims.csv:1:13: unterminated quoted field: the '\"' here has no closing '\"'");
}

TEST(CsvImporterErrorTest, StrayQuote) {
  EXPECT_EQ(ErrorOf("proposition,value,source\n\"p\"x,1,s\n"),
            "claims.csv:2:4 (column 'proposition'): unexpected 'x' after a closing quote (a '\"' "
            "inside a quoted field is written '\"\"')");
}

TEST(CsvImporterErrorTest, MoreFieldsThanHeader) {
  EXPECT_EQ(ErrorOf("proposition,value,source\np,1,s,extra\n"),
            "claims.csv:2:7: row has 4 fields but the header has 3 columns");
}

TEST(CsvImporterErrorTest, ValueInUnnamedColumn) {
  EXPECT_EQ(ErrorOf("proposition,value,source,\np,1,s,stray\n"),
            "claims.csv:2:7: value 'stray' in a column with no name in the header");
}

TEST(CsvImporterErrorTest, LocationAfterMultiLineField) {
  // Line and column are those of the bad field itself, even when an earlier field
  // of its row spans lines.
  EXPECT_EQ(ErrorOf("quote,proposition,value,source\n\"two\nlines\",p,x,s\n"),
            "claims.csv:3:10 (column 'value'): bad value 'x': 'x' is not a number");
  EXPECT_EQ(ErrorOf("quote,proposition,value,source\n\"a\nb\",p,1,s\np,1,s,x,y\n"),
            "claims.csv:4:9: row has 5 fields but the header has 4 columns");
}

TEST(CsvImporterErrorTest, ColumnsCountFromAfterTheBom) {
  EXPECT_EQ(ErrorOf("\xEF\xBB\xBF"
                    "proposition,value,source\r\np,x,s\r\n"),
            "claims.csv:2:3 (column 'value'): bad value 'x': 'x' is not a number");
}

TEST(CsvImporterErrorTest, ClaimRedefined) {
  EXPECT_EQ(ErrorOf("claim,proposition,value,source\nc,p,5,a\nc,p,6,b\n"),
            "claims.csv:3:5 (column 'value'): claim 'c' has figure 'exact 6' here but 'exact 5' "
            "on line 2");
  EXPECT_EQ(ErrorOf("claim,proposition,value,source\nc,p,5,a\nc,q,5,b\n"),
            "claims.csv:3:3 (column 'proposition'): claim 'c' has proposition 'q' here but 'p' "
            "on line 2");
  EXPECT_EQ(ErrorOf("claim,proposition,value,qualifier,source\nc,p,5,,a\nc,p,5,about,b\n"),
            "claims.csv:3:5 (column 'value'): claim 'c' has figure 'about 5' here but 'exact 5' "
            "on line 2");
  EXPECT_EQ(ErrorOf("claim,proposition,value,unit,source\nc,p,5,people,a\nc,p,5,,b\n"),
            "claims.csv:3:7 (column 'unit'): claim 'c' has unit none here but 'people' on line 2");
  EXPECT_EQ(ErrorOf("claim,proposition,value,as_of,source\nc,p,5,2022,a\nc,p,5,2023,b\n"),
            "claims.csv:3:7 (column 'as_of'): claim 'c' has as_of '2023' here but '2022' on "
            "line 2");
}

TEST(CsvImporterErrorTest, ClaimRowWithoutFigureDisagrees) {
  // After the figure row...
  EXPECT_EQ(ErrorOf("claim,proposition,value,unit,source\nc,p,5,people,a\nc,q,,,b\n"),
            "claims.csv:3:3 (column 'proposition'): claim 'c' has proposition 'q' here but 'p' "
            "on line 2");
  EXPECT_EQ(ErrorOf("claim,proposition,value,unit,source\nc,p,5,people,a\nc,,,tenge,b\n"),
            "claims.csv:3:5 (column 'unit'): claim 'c' has unit 'tenge' here but 'people' on "
            "line 2");
  // ...and before it: the figure row is checked against what came first.
  EXPECT_EQ(ErrorOf("claim,proposition,value,unit,source\nc,q,,,b\nc,p,5,people,a\n"),
            "claims.csv:3:3 (column 'proposition'): claim 'c' has proposition 'p' here but 'q' "
            "on line 2");
  EXPECT_EQ(ErrorOf("claim,proposition,value,qualifier,source\nc,,,about,b\nc,p,5,,a\n"),
            "claims.csv:3:7 (column 'qualifier'): claim 'c' has qualifier 'exact' here but "
            "'about' on line 2");
  EXPECT_EQ(ErrorOf("claim,proposition,value,source\nc,q,,b\nc,r,,a\n"),
            "claims.csv:3:3 (column 'proposition'): claim 'c' has proposition 'r' here but 'q' "
            "on line 2");
}

TEST(CsvImporterErrorTest, ClaimWithoutFigure) {
  EXPECT_EQ(ErrorOf("claim,proposition,value,source\nx,p,1,a\nc,,,a\nc,,,b\nd,,,a\n"),
            "claims.csv:3:4 (column 'value'): claim 'c' has no figure: no row gives it a value "
            "(this is its first row)");
}

TEST(CsvImporterErrorTest, ConflictingDocumentFacts) {
  EXPECT_EQ(ErrorOf("proposition,value,source,document,derived_from\n"
                    "p,1,a,d,x\np,2,a,d,\np,3,a,d,y\n"),
            "claims.csv:4:9 (column 'derived_from'): document 'd' is derived from 'y' here but "
            "from 'x' on line 2");
  EXPECT_EQ(ErrorOf("proposition,value,source,document,published\n"
                    "p,1,a,d,2022-01-01\np,2,a,d,2022-01-02\n"),
            "claims.csv:3:9 (column 'published'): document 'd' is published 2022-01-02 here but "
            "2022-01-01 on line 2");
}

TEST(CsvImporterErrorTest, ConflictingDocumentFactsNameTheRowThatSetThem) {
  // The first row that gave the document a date or a parent, not its first row:
  // past rows without one, a quoted field over two lines, an escaped document id
  // and rows of other documents; without a document column, the source's document.
  EXPECT_EQ(ErrorOf("proposition,value,source,document,published,quote\n"
                    "p,1,a,\"d\"\"1\",,\"two\nlines\"\n"
                    "p,2,a,e,2022-01-05,\n"
                    "p,3,b,\"d\"\"1\",2022-01-01,\n"
                    "p,4,b,\"d\"\"1\",2022-01-01,\n"
                    "p,5,c,\"d\"\"1\",2022-01-02,\n"),
            "claims.csv:7:14 (column 'published'): document 'd\"1' is published 2022-01-02 here "
            "but 2022-01-01 on line 5");
  EXPECT_EQ(ErrorOf("proposition,value,source,derived_from\n"
                    "p,1,a,\np,2,b,x\np,3,a,y\np,4,a,z\n"),
            "claims.csv:5:7 (column 'derived_from'): document 'a' is derived from 'z' here but "
            "from 'y' on line 4");
}

TEST(CsvImporterErrorTest, ConflictingDocumentFactsFromAnEarlierInput) {
  GraphBuilder builder;
  ASSERT_TRUE(LoadCsv("proposition,value,source,document,published,derived_from\n"
                      "p,1,a,d,2022-01-01,x\n",
                      &builder, "one.csv")
                  .ok());
  // Rows of this input that agree with the earlier one do not become the place.
  const std::string second =
      "proposition,value,source,document,published,derived_from\n"
      "p,2,a,d,2022-01-01,x\n";
  EXPECT_EQ(LoadCsv(second + "p,3,a,d,2022-01-02,\n", &builder, "two.csv").ToString(),
            "two.csv:3:9 (column 'published'): document 'd' is published 2022-01-02 here but "
            "2022-01-01 in an earlier input");
  EXPECT_EQ(LoadCsv(second + "p,3,a,d,,y\n", &builder, "three.csv").ToString(),
            "three.csv:3:10 (column 'derived_from'): document 'd' is derived from 'y' here but "
            "from 'x' in an earlier input");
  // A document an earlier input only named: this input's own row set its date.
  GraphBuilder named;
  ASSERT_TRUE(LoadCsv("proposition,value,source,document\np,1,a,d\n", &named, "one.csv").ok());
  EXPECT_EQ(LoadCsv("proposition,value,source,document,published\n"
                    "p,2,a,d,2022-01-01\np,3,a,d,2022-01-02\n",
                    &named, "two.csv")
                .ToString(),
            "two.csv:3:9 (column 'published'): document 'd' is published 2022-01-02 here but "
            "2022-01-01 on line 2");
}

TEST(CsvImporterErrorTest, DerivedFromItself) {
  EXPECT_EQ(ErrorOf("proposition,value,source,document,derived_from\np,1,a,d,d\n"),
            "claims.csv:2:9 (column 'derived_from'): document 'd' is derived from itself");
  // Without a document column the document is the source's.
  EXPECT_EQ(ErrorOf("proposition,value,source,derived_from\np,1,a,a\n"),
            "claims.csv:2:7 (column 'derived_from'): document 'a' is derived from itself");
}

TEST(CsvImporterErrorTest, DerivedFromCycleIsFoundByBuild) {
  GraphBuilder builder;
  ASSERT_TRUE(LoadCsv("proposition,value,source,document,derived_from\n"
                      "p,1,a,doc-a,doc-b\n"
                      "p,1,b,doc-b,doc-c\n"
                      "p,1,c,doc-c,doc-a\n",
                      &builder)
                  .ok());
  Result<ClaimGraph> g = std::move(builder).Build();
  ASSERT_FALSE(g.ok());
  EXPECT_EQ(g.status().ToString(), "derived-from cycle: 'doc-a' -> 'doc-b' -> 'doc-c' -> 'doc-a'");
}

TEST(CsvImporterErrorTest, StopsAtTheFirstError) {
  EXPECT_EQ(ErrorOf("proposition,value,qualifier,source\np,1,nearly,s\np,x,,s\n"),
            "claims.csv:2:5 (column 'qualifier'): unknown qualifier 'nearly' " +
                std::string(kQualifierList));
}

// ---------------------------------------------------------------- fixtures

#ifdef CLAIMGRAPH_FIXTURES_DIR
std::string ReadFixture(const std::string& relative) {
  std::ifstream in(std::string(CLAIMGRAPH_FIXTURES_DIR) + "/" + relative, std::ios::binary);
  EXPECT_TRUE(in.good()) << relative;
  std::ostringstream out;
  out << in.rdbuf();
  return out.str();
}

TEST(CsvFixtureTest, ClaimsCsvLoads) {
  std::string text = ReadFixture("claims.csv");
  GraphBuilder builder;
  Status status = LoadCsv(text, &builder, "claims.csv");
  ASSERT_TRUE(status.ok()) << status.ToString();
  Result<ClaimGraph> g = std::move(builder).Build();
  ASSERT_TRUE(g.ok()) << g.status().ToString();
  EXPECT_EQ(g->num_stances(), 13u);
  EXPECT_EQ(g->num_claims(), 9u);
  // deaths, detained, zhanaozen deaths in people; damage in tenge and in usd.
  EXPECT_EQ(g->groups().size(), 5u);
  // The chain mr-2022-02-01 -> 002-en -> smk-2022-01-24.
  const Document& mr = DocumentNamed(*g, "mr-2022-02-01");
  ASSERT_NE(mr.derived_from, kNone);
  const Document& republished = g->documents()[mr.derived_from];
  EXPECT_EQ(g->Str(republished.id), "002-en");
  ASSERT_NE(republished.derived_from, kNone);
  EXPECT_EQ(g->Str(g->documents()[republished.derived_from].id), "smk-2022-01-24");
  const Claim& zhanaozen = ClaimNamed(*g, "zhanaozen-2011:deaths|range|24..99|people|");
  EXPECT_EQ(zhanaozen.value_hi, 99);
  for (const Stance& s :
       g->StancesOf(*g->FindClaim("zhanaozen-2011:deaths|range|24..99|people|"))) {
    EXPECT_EQ(g->Text(s.quote), "many dozens\nof striking oil workers");
  }
}

// Each bad/*.csv listed in EXPECTED.tsv fails (at load or at Build) with the message given.
TEST(CsvFixtureTest, BadFixturesFailAsExpected) {
  std::istringstream expected(ReadFixture("bad/EXPECTED.tsv"));
  std::string line;
  int cases = 0;
  while (std::getline(expected, line)) {
    if (line.empty() || line[0] == '#') continue;
    size_t tab = line.find('\t');
    ASSERT_NE(tab, std::string::npos) << line;
    std::string file = line.substr(0, tab), message = line.substr(tab + 1);
    if (!file.ends_with(".csv")) continue;  // other formats' cases share the list
    std::string text = ReadFixture("bad/" + file);
    std::string error = testing_util::ErrorOf<CsvImporter>(text, file);
    EXPECT_NE(error.find(message), std::string::npos) << file << ": " << error;
    ++cases;
  }
  EXPECT_GE(cases, 10);
}
#endif

// The optional columns carry what the native JSON holds.
TEST(CsvOptionalColumnsTest, ScopeTextOffsetsAndStanceId) {
  ClaimGraph g = MustBuild(
      "claim,proposition,value,qualifier,unit,source,document,quote,quote_start,quote_end,scope,"
      "text,stance_id\n"
      "c1,p,24..99,range,people,s,d,many dozens dead,10,26,Zhanaozen,many dozens,st-1\n"
      "c1,,,,,t,e,dozens,,,,,\n");
  const Claim& c = ClaimNamed(g, "c1");
  EXPECT_EQ(g.Str(c.scope), "Zhanaozen");
  EXPECT_EQ(g.Str(c.text), "many dozens");
  ASSERT_EQ(g.num_stances(), 2u);
  const Stance& first = g.stances()[0];
  EXPECT_EQ(first.quote_start, 10u);
  EXPECT_EQ(first.quote_end, 26u);
  EXPECT_EQ(g.Str(first.id), "st-1");
  EXPECT_EQ(g.stances()[1].quote_start, kNone);
  EXPECT_TRUE(g.attributes().empty());  // recognised columns are not attributes
}

TEST(CsvOptionalColumnsTest, BadOffsets) {
  const std::string header = "proposition,value,source,quote_start,quote_end\n";
  EXPECT_EQ(ErrorOf(header + "p,1,s,12x,20\n"),
            "claims.csv:2:7 (column 'quote_start'): bad byte offset '12x' (expected 0 to 4294967294)");
  EXPECT_EQ(ErrorOf(header + "p,1,s,4294967295,4294967295\n"),
            "claims.csv:2:7 (column 'quote_start'): bad byte offset '4294967295' (expected 0 to "
            "4294967294)");
  EXPECT_EQ(ErrorOf(header + "p,1,s,30,20\n"),
            "claims.csv:2:10 (column 'quote_end'): quote_end 20 is before quote_start 30");
  EXPECT_EQ(ErrorOf(header + "p,1,s,30,\n"),
            "claims.csv:2:10 (column 'quote_end'): quote_start and quote_end come together");
}

}  // namespace
}  // namespace claimgraph
