// The CSV importer tokenises large sheets on a second thread, ahead of the row
// logic. That must change nothing: for every fixture and for generated sheets that
// span many batches (with errors early, late and at batch edges), reading ahead and
// reading inline give the same graph or the same error string.
#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>
#include <vector>

#include "core/graph_builder.h"
#include "importers/csv_importer.h"

namespace claimgraph {
namespace {

// Every field of the built graph that the CSV can set, in canonical order.
std::string Dump(const ClaimGraph& g) {
  std::ostringstream out;
  for (const Source& s : g.sources()) out << "S " << g.Str(s.id) << '\n';
  for (const Document& d : g.documents()) {
    out << "D " << g.Str(d.id) << ' ' << d.published.ToString() << ' ' << d.derived_from << '\n';
  }
  for (const Claim& c : g.claims()) {
    out << "C " << g.Str(c.id) << ' ' << g.Str(c.proposition) << ' ' << Name(c.qualifier) << ' '
        << c.value << ' ' << c.value_hi << ' ' << g.Str(c.unit) << ' ' << c.as_of.ToString() << ' '
        << g.Str(c.scope) << ' ' << g.Str(c.text) << '\n';
  }
  for (const Stance& s : g.stances()) {
    out << "T " << s.claim << ' ' << s.source << ' ' << s.document << ' ' << s.attributed_to << ' '
        << static_cast<int>(s.kind) << ' ' << g.Str(s.id) << ' ' << g.Text(s.quote) << ' '
        << s.quote_start << ' ' << s.quote_end << '\n';
  }
  for (const Attribute& a : g.attributes()) {
    out << "A " << a.owner << ' ' << g.Str(a.key) << ' ' << g.Text(a.value) << '\n';
  }
  return out.str();
}

// The graph dump, or the whole error string.
std::string Import(std::string_view text, size_t read_ahead_from) {
  GraphBuilder builder;
  CsvImporter importer(read_ahead_from);
  Status status = importer.Load(text, "sheet.csv", &builder);
  if (!status.ok()) return status.ToString();
  Result<ClaimGraph> graph = std::move(builder).Build();
  return graph.ok() ? Dump(*graph) : graph.status().ToString();
}

void ExpectSameBothWays(std::string_view text) {
  const std::string inline_result = Import(text, SIZE_MAX);
  EXPECT_EQ(Import(text, 0), inline_result);
}

std::string ReadFile(const std::filesystem::path& path) {
  std::ifstream in(path, std::ios::binary);
  return std::string(std::istreambuf_iterator<char>(in), {});
}

TEST(CsvReadAheadTest, EveryFixtureGivesTheSameResult) {
  size_t seen = 0;
  for (const auto& entry :
       std::filesystem::recursive_directory_iterator(CLAIMGRAPH_FIXTURES_DIR)) {
    if (entry.path().extension() != ".csv") continue;
    SCOPED_TRACE(entry.path().string());
    ExpectSameBothWays(ReadFile(entry.path()));
    ++seen;
  }
  EXPECT_GT(seen, 20u);  // the good, bad and hostile sheets were all found
}

// A sheet of `rows` stances over many batches; `row_text(i)` may replace row i.
template <typename Fn>
std::string Sheet(size_t rows, Fn row_text) {
  std::string text = "proposition,value,qualifier,unit,source,document,quote,note\n";
  for (size_t i = 0; i < rows; ++i) {
    std::string row = row_text(i);
    if (row.empty()) {
      row = "p" + std::to_string(i % 97) + "," + std::to_string(i % 1000) + ",at_least,people,s" +
            std::to_string(i % 13) + ",d" + std::to_string(i % 501) +
            ",\"said \"\"" + std::to_string(i) + "\"\" on\nline two\",n" + std::to_string(i);
    }
    text += row;
    text += '\n';
  }
  return text;
}

TEST(CsvReadAheadTest, ManyBatchesGiveTheSameGraph) {
  const std::string text = Sheet(40000, [](size_t) { return std::string(); });
  const std::string result = Import(text, 0);
  EXPECT_EQ(result.rfind("S ", 0), 0u) << result.substr(0, 200);  // it built a graph
  EXPECT_EQ(result, Import(text, SIZE_MAX));
}

TEST(CsvReadAheadTest, ErrorsDeepInTheSheetAreTheSame) {
  // Rows at and around the batch edges (8192 records a batch), and far in.
  for (size_t bad_row : {size_t{1}, size_t{8190}, size_t{8191}, size_t{8192}, size_t{30001}}) {
    SCOPED_TRACE(bad_row);
    auto with = [&](std::string row) {
      return Sheet(33000, [&](size_t i) { return i == bad_row ? row : std::string(); });
    };
    const std::string bad_utf8 = with("p,1,exact,people,s,d,\"caf\xC3\",x");
    // An open quote runs to the end of the text, so it goes in the last row.
    const std::string unterminated =
        Sheet(bad_row, [](size_t) { return std::string(); }) + "p,1,exact,people,s,d,\"never closed";
    const std::string stray_quote = with("p,1,exact,people,s,d,\"q\"x,");
    const std::string bad_value = with("p,one,exact,people,s,d,q,x");
    // Each generated row spans two lines (its quote holds a newline).
    const std::string at = "sheet.csv:" + std::to_string(2 + 2 * bad_row) + ":";
    for (const std::string* text : {&bad_utf8, &unterminated, &stray_quote, &bad_value}) {
      const std::string result = Import(*text, 0);
      EXPECT_EQ(result.rfind(at, 0), 0u) << result.substr(0, 200);
      EXPECT_EQ(result, Import(*text, SIZE_MAX));
    }
  }
}

}  // namespace
}  // namespace claimgraph
