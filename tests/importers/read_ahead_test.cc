// Both importers parse large inputs on a second thread, ahead of the code that
// builds the graph (importers/read_ahead.h). That must change nothing: for every
// fixture, and for generated inputs that span many batches with errors early, late
// and at batch edges, reading ahead and reading inline give the same graph or the
// same error string.
#include "importers/read_ahead.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <atomic>
#include <chrono>
#include <cstdint>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>
#include <thread>
#include <vector>

#include "core/graph_builder.h"
#include "importers/csv_importer.h"
#include "importers/json_importer.h"

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
template <typename ImporterT = CsvImporter>
std::string Import(std::string_view text, size_t read_ahead_from,
                   std::string_view name = "sheet.csv") {
  GraphBuilder builder;
  ImporterT importer(read_ahead_from);
  Status status = importer.Load(text, name, &builder);
  if (!status.ok()) return status.ToString();
  Result<ClaimGraph> graph = std::move(builder).Build();
  return graph.ok() ? Dump(*graph) : graph.status().ToString();
}

// The same for a document parsed in batches of `events_per_batch` events.
std::string ImportJson(std::string_view text, size_t read_ahead_from, size_t events_per_batch) {
  GraphBuilder builder;
  Status status =
      JsonImporter(read_ahead_from, events_per_batch).Load(text, "graph.json", &builder);
  if (!status.ok()) return status.ToString();
  Result<ClaimGraph> graph = std::move(builder).Build();
  return graph.ok() ? Dump(*graph) : graph.status().ToString();
}

// The same for a sheet read in batches of `records_per_batch` records.
std::string ImportCsv(std::string_view text, size_t read_ahead_from, size_t records_per_batch) {
  GraphBuilder builder;
  Status status = CsvImporter(read_ahead_from, records_per_batch).Load(text, "sheet.csv", &builder);
  if (!status.ok()) return status.ToString();
  Result<ClaimGraph> graph = std::move(builder).Build();
  return graph.ok() ? Dump(*graph) : graph.status().ToString();
}

template <typename ImporterT>
void ExpectSameBothWays(std::string_view text) {
  const std::string inline_result = Import<ImporterT>(text, SIZE_MAX);
  EXPECT_EQ(Import<ImporterT>(text, 0), inline_result);
}

std::string ReadFile(const std::filesystem::path& path) {
  std::ifstream in(path, std::ios::binary);
  return std::string(std::istreambuf_iterator<char>(in), {});
}

// ReadAhead itself: batches arrive whole and in order whatever the queue's depth,
// and the producer runs at most `slots` batches ahead of the consumer.
TEST(ReadAheadTest, QueueDeliversInOrderAndRunsAheadAtMostItsSlots) {
  struct Batch {
    std::vector<int> values;
    bool last = false;
  };
  constexpr int kBatches = 200;
  for (size_t slots : {size_t{1}, size_t{4}, size_t{32}}) {
    for (bool threaded : {false, true}) {
      SCOPED_TRACE(std::to_string(slots) + (threaded ? " threaded" : " inline"));
      std::atomic<int> opened{0}, received{0}, most_ahead{0};
      ReadAhead<Batch> queue(
          [&](ReadAhead<Batch>& out) {
            for (int b = 0; b < kBatches; ++b) {
              Batch* batch = out.Open();
              if (batch == nullptr) return;
              const int ahead = ++opened - received;
              most_ahead = std::max(most_ahead.load(), ahead);
              batch->values.assign(3, b);
              batch->last = b + 1 == kBatches;
              out.Close();
            }
          },
          threaded, slots);
      for (int b = 0;; ++b) {
        // A slow start: a threaded producer fills every slot meanwhile.
        if (b == 0 && threaded) std::this_thread::sleep_for(std::chrono::milliseconds(100));
        const Batch& batch = queue.Next();
        ++received;
        ASSERT_EQ(batch.values, std::vector<int>(3, b));
        if (batch.last) {
          EXPECT_EQ(b + 1, kBatches);
          break;
        }
      }
      if (threaded) {
        EXPECT_EQ(most_ahead.load(), static_cast<int>(slots));
      }
    }
  }
}

// A producer that would wait for a free slot does the idle work instead, as long
// as there is any, and then still delivers every batch in order.
TEST(ReadAheadTest, AWaitingProducerDoesTheIdleWorkFirst) {
  struct Batch {
    int value = 0;
    bool last = false;
  };
  constexpr int kBatches = 50;
  std::atomic<int> idle_work{1000};
  std::atomic<int> done_while_full{0};
  std::atomic<int> opened{0}, received{0};
  ReadAhead<Batch> queue(
      [&](ReadAhead<Batch>& out) {
        for (int b = 0; b < kBatches; ++b) {
          Batch* batch = out.Open();
          if (batch == nullptr) return;
          ++opened;
          batch->value = b;
          batch->last = b + 1 == kBatches;
          out.Close();
        }
      },
      /*threaded=*/true, /*slots=*/2,
      [&] {
        if (idle_work <= 0) return false;
        --idle_work;
        if (opened - received >= 2) ++done_while_full;
        return true;
      });
  // The producer fills both slots, then works through the idle work (waited for
  // up to 10 s: sanitizer builds on a busy machine are slow).
  for (int i = 0; i < 1000 && idle_work > 0; ++i) {
    std::this_thread::sleep_for(std::chrono::milliseconds(10));
  }
  EXPECT_EQ(idle_work.load(), 0);
  EXPECT_EQ(done_while_full.load(), 1000);  // all of it while the slots were full
  for (int b = 0;; ++b) {
    const Batch& batch = queue.Next();
    ++received;
    ASSERT_EQ(batch.value, b);
    if (batch.last) break;
  }
}

TEST(ReadAheadTest, EveryFixtureGivesTheSameResult) {
  size_t csv = 0, json = 0;
  for (const auto& entry :
       std::filesystem::recursive_directory_iterator(CLAIMGRAPH_FIXTURES_DIR)) {
    SCOPED_TRACE(entry.path().string());
    if (entry.path().extension() == ".csv") {
      ExpectSameBothWays<CsvImporter>(ReadFile(entry.path()));
      ++csv;
    } else if (entry.path().extension() == ".json") {
      ExpectSameBothWays<JsonImporter>(ReadFile(entry.path()));
      ++json;
    }
  }
  EXPECT_GT(csv, 20u);  // the good, bad and hostile inputs were all found
  EXPECT_GT(json, 20u);
}

constexpr std::string_view kSheetHeader =
    "proposition,value,qualifier,unit,source,document,quote,note\n";

// Generated row i of a sheet: its quote spans two lines.
std::string SheetRow(size_t i) {
  return "p" + std::to_string(i % 97) + "," + std::to_string(i % 1000) + ",at_least,people,s" +
         std::to_string(i % 13) + ",d" + std::to_string(i % 501) + ",\"said \"\"" +
         std::to_string(i) + "\"\" on\nline two\",n" + std::to_string(i);
}

// A sheet of `rows` stances over many batches; `row_text(i)` may replace row i.
template <typename Fn>
std::string Sheet(size_t rows, Fn row_text) {
  std::string text(kSheetHeader);
  for (size_t i = 0; i < rows; ++i) {
    std::string row = row_text(i);
    text += row.empty() ? SheetRow(i) : row;
    text += '\n';
  }
  return text;
}

// A generated sheet made once, then cut short or given a bad row by copying spans
// of it.
class GeneratedSheet {
 public:
  explicit GeneratedSheet(size_t rows) : text_(kSheetHeader) {
    for (size_t i = 0; i < rows; ++i) {
      starts_.push_back(text_.size());
      text_ += SheetRow(i);
      text_ += '\n';
    }
    starts_.push_back(text_.size());
  }

  // The header and the first `rows` rows.
  std::string First(size_t rows) const { return text_.substr(0, starts_[rows]); }
  // The first `rows` rows, row `i` replaced by `row`.
  std::string With(size_t rows, size_t i, std::string_view row) const {
    std::string text = First(i);
    text += row;
    text += '\n';
    text.append(text_, starts_[i + 1], starts_[rows] - starts_[i + 1]);
    return text;
  }

 private:
  std::string text_;
  std::vector<size_t> starts_;  // where each row begins, then the end
};

TEST(ReadAheadTest, ManyCsvBatchesGiveTheSameGraph) {
  const std::string text = Sheet(40000, [](size_t) { return std::string(); });
  const std::string result = Import(text, 0);
  EXPECT_EQ(result.rfind("S ", 0), 0u) << result.substr(0, 200);  // it built a graph
  EXPECT_EQ(result, Import(text, SIZE_MAX));
}

TEST(ReadAheadTest, AnyBatchSizeGivesTheSameGraph) {
  const std::string text = Sheet(500, [](size_t) { return std::string(); });
  const std::string inline_result = Import(text, SIZE_MAX);
  EXPECT_EQ(inline_result.rfind("S ", 0), 0u) << inline_result.substr(0, 200);
  for (size_t records_per_batch : {size_t{1}, size_t{7}, size_t{64}, size_t{499}, size_t{500}}) {
    SCOPED_TRACE(records_per_batch);
    EXPECT_EQ(ImportCsv(text, 0, records_per_batch), inline_result);
  }
}

// The producer stores each row's quote and extra values in the text store ahead of
// the row logic, which then numbers them itself: rows with and without a quote or
// an extra value, short rows and blank lines must still get their own texts.
TEST(ReadAheadTest, QuotesAndExtraValuesStayWithTheirRows) {
  std::string text = "proposition,value,source,page,quote,note\n";
  std::vector<std::string> expected;
  for (size_t i = 0; i < 20000; ++i) {
    const std::string n = std::to_string(i);
    const bool quote = i % 3 != 0, page = i % 4 == 0, note = i % 5 != 0, short_row = i % 7 == 0;
    text += "p,1,s" + n + "," + (page ? "pg" + n : "") + "," + (quote ? "\"q \"\"" + n + "\"\"\"" : "");
    std::string want = "s" + n + " quote=" + (quote ? "q \"" + n + "\"" : "") + (page ? " page=pg" + n : "");
    if (!short_row) {
      text += std::string(",") + (note ? "n" + n : "");
      if (note) want += " note=n" + n;
    }
    text += i % 11 == 0 ? "\n\n" : "\n";  // blank lines between some rows
    expected.push_back(want);
  }
  for (size_t read_ahead_from : {size_t{0}, SIZE_MAX}) {
    SCOPED_TRACE(read_ahead_from);
    GraphBuilder builder;
    ASSERT_TRUE(CsvImporter(read_ahead_from).Load(text, "sheet.csv", &builder).ok());
    Result<ClaimGraph> graph = std::move(builder).Build();
    ASSERT_TRUE(graph.ok());
    const ClaimGraph& g = *graph;
    std::vector<std::string> seen;
    for (StanceId id = 0; id < g.num_stances(); ++id) {
      const Stance& s = g.stances()[id];
      std::string got = std::string(g.Str(g.sources()[s.source].id)) + " quote=" +
                        std::string(g.Text(s.quote));
      // Attributes come sorted by key: "note" before "page"; put page first as built above.
      std::string page, note;
      for (const Attribute& a : g.AttributesOf(EntityKind::kStance, id)) {
        (g.Str(a.key) == "page" ? page : note) = " " + std::string(g.Str(a.key)) + "=" +
                                                 std::string(g.Text(a.value));
      }
      seen.push_back(got + page + note);
    }
    std::sort(seen.begin(), seen.end());
    std::vector<std::string> want = expected;
    std::sort(want.begin(), want.end());
    EXPECT_EQ(seen, want);
  }
}

TEST(ReadAheadTest, CsvErrorsDeepInTheSheetAreTheSame) {
  // Rows at and around the batch edges, and far in; each sheet runs on past its
  // bad row, so the producer is reading ahead when the row logic stops there.
  // Batches of 64 records put those edges in a small sheet (the batch size
  // changes where the edges fall, not what happens at them).
  constexpr size_t kBatch = 64, kFarIn = 3 * kBatch + 42, kRows = 4 * kBatch + 10;
  const GeneratedSheet sheet(kRows);
  for (size_t bad_row : {size_t{1}, kBatch - 2, kBatch - 1, kBatch, kFarIn}) {
    SCOPED_TRACE(bad_row);
    const size_t rows = std::min(kRows, bad_row + 2 * kBatch);
    auto with = [&](std::string_view row) { return sheet.With(rows, bad_row, row); };
    const std::string bad_utf8 = with("p,1,exact,people,s,d,\"caf\xC3\",x");
    // An open quote runs to the end of the text, so it goes in the last row.
    const std::string unterminated = sheet.First(bad_row) + "p,1,exact,people,s,d,\"never closed";
    const std::string stray_quote = with("p,1,exact,people,s,d,\"q\"x,");
    const std::string bad_value = with("p,one,exact,people,s,d,q,x");
    // The producer parses figures ahead; the row logic must still report the
    // row's first problem, in its own order (a missing source before a bad value).
    const std::string range_qualifier = with("p,10..20,at_least,people,s,d,q,x");
    const std::string no_source = with("p,one,exact,people,,d,q,x");
    // Each generated row spans two lines (its quote holds a newline).
    const std::string at = "sheet.csv:" + std::to_string(2 + 2 * bad_row) + ":";
    std::vector<std::string> errors;
    for (const std::string* text :
         {&bad_utf8, &unterminated, &stray_quote, &bad_value, &range_qualifier, &no_source}) {
      errors.push_back(ImportCsv(*text, 0, kBatch));
      EXPECT_EQ(errors.back().rfind(at, 0), 0u) << errors.back().substr(0, 200);
      EXPECT_EQ(errors.back(), ImportCsv(*text, SIZE_MAX, kBatch));
    }
    EXPECT_NE(errors[3].find("bad value 'one'"), std::string::npos);
    EXPECT_NE(errors[4].find("does not fit the range value"), std::string::npos);
    EXPECT_NE(errors[5].find("missing source"), std::string::npos);
  }
}

// A claimgraph/1 document of `stances` stances; `stance_text(i)` may replace stance i.
template <typename Fn>
std::string Native(size_t stances, Fn stance_text) {
  std::string text = "{\"format\": \"claimgraph/1\",\n\"claims\": [\n";
  for (size_t c = 0; c < 100; ++c) {
    text += std::string(c ? ",\n" : "") + "{\"id\": \"c" + std::to_string(c) +
            "\", \"proposition\": \"p" + std::to_string(c % 7) + "\", \"value\": " +
            std::to_string(c) + ", \"qualifier\": \"at_least\"}";
  }
  text += "],\n\"stances\": [\n";
  for (size_t i = 0; i < stances; ++i) {
    std::string stance = stance_text(i);
    if (stance.empty()) {
      stance = "{\"claim\": \"c" + std::to_string(i % 100) + "\", \"source\": \"s" +
               std::to_string(i % 13) + "\", \"document\": \"d" + std::to_string(i % 501) +
               "\", \"quote\": \"said \\\"" + std::to_string(i) + "\\\" \\u00e9\"}";
    }
    text += std::string(i ? ",\n" : "") + stance;
  }
  text += "],\n\"sources\": [{\"id\": \"s\"}";
  for (size_t i = 0; i < 13; ++i) text += ", {\"id\": \"s" + std::to_string(i) + "\"}";
  text += "],\n\"documents\": [{\"id\": \"d\"}";
  for (size_t i = 0; i < 501; ++i) text += ", {\"id\": \"d" + std::to_string(i) + "\"}";
  text += "]}\n";
  return text;
}

TEST(ReadAheadTest, ManyJsonBatchesGiveTheSameGraph) {
  const std::string text = Native(20000, [](size_t) { return std::string(); });
  const std::string result = Import<JsonImporter>(text, 0, "graph.json");
  EXPECT_EQ(result.rfind("S ", 0), 0u) << result.substr(0, 200);  // it built a graph
  EXPECT_EQ(result, Import<JsonImporter>(text, SIZE_MAX, "graph.json"));
}

TEST(ReadAheadTest, AnyEventBatchSizeGivesTheSameGraph) {
  const std::string text = Native(300, [](size_t) { return std::string(); });
  const std::string inline_result = Import<JsonImporter>(text, SIZE_MAX, "graph.json");
  EXPECT_EQ(inline_result.rfind("S ", 0), 0u) << inline_result.substr(0, 200);
  for (size_t events_per_batch : {size_t{1}, size_t{7}, size_t{64}, size_t{1009}, size_t{100000}}) {
    SCOPED_TRACE(events_per_batch);
    EXPECT_EQ(ImportJson(text, 0, events_per_batch), inline_result);
  }
}

TEST(ReadAheadTest, QuotesAndAttributeValuesStayWithTheirObjects) {
  // The parser stores quotes and attribute values in the graph's texts as it reads
  // them (EventRecorder), apart from the handler that builds the rest: each text
  // must still end up on its own stance or entity, escaped or not, empty or absent,
  // before or after the other fields, across batch edges; and an attribute named
  // "quote" stays an attribute.
  std::string sources, stances;
  std::vector<std::string> expected_sources, expected_stances;
  for (size_t i = 0; i < 3000; ++i) {
    const std::string n = std::to_string(i);
    const bool source_attribute = i % 6 == 0, attributes = i % 4 == 0, quote = i % 3 != 0;
    const bool escaped = i % 5 == 0, empty = i % 17 == 0, attributes_last = i % 8 == 4;
    sources += std::string(i ? ", " : "") + "{\"id\": \"s" + n + "\"" +
               (source_attribute ? ", \"attributes\": {\"quote\": \"src " + n + "\"}" : "") + "}";
    expected_sources.push_back("s" + n + (source_attribute ? " quote=src " + n : ""));

    const std::string attribute_text =
        ", \"attributes\": {\"page\": \"p" + n + "\", \"quote\": \"\"}";
    std::string stance = "{\"claim\": \"c\", \"source\": \"s" + n + "\", \"document\": \"d\"";
    if (attributes && !attributes_last) stance += attribute_text;
    if (quote) {
      stance += std::string(", \"quote\": \"") +
                (empty     ? ""
                 : escaped ? "q \\\"" + n + "\\\""
                           : "q " + n) +
                "\"";
    }
    if (attributes && attributes_last) stance += attribute_text;
    stances += std::string(i ? ",\n" : "") + stance + "}";
    std::string want = "s" + n + " quote=";
    if (quote && !empty) want += escaped ? "q \"" + n + "\"" : "q " + n;
    if (attributes) want += " page=p" + n + " quote=";
    expected_stances.push_back(want);
  }
  const std::string text = "{\"format\": \"claimgraph/1\", \"sources\": [" + sources +
                           "],\n\"documents\": [{\"id\": \"d\"}],\n"
                           "\"claims\": [{\"id\": \"c\", \"proposition\": \"p\", \"value\": 1}],\n"
                           "\"stances\": [" +
                           stances + "]}\n";
  std::sort(expected_sources.begin(), expected_sources.end());
  std::sort(expected_stances.begin(), expected_stances.end());

  auto attributes_of = [](const ClaimGraph& g, EntityKind kind, uint32_t index) {
    std::string out;
    for (const Attribute& a : g.AttributesOf(kind, index)) {
      out += " " + std::string(g.Str(a.key)) + "=" + std::string(g.Text(a.value));
    }
    return out;
  };
  for (size_t read_ahead_from : {size_t{0}, SIZE_MAX}) {
    SCOPED_TRACE(read_ahead_from);
    GraphBuilder builder;
    ASSERT_TRUE(JsonImporter(read_ahead_from, 64).Load(text, "graph.json", &builder).ok());
    Result<ClaimGraph> graph = std::move(builder).Build();
    ASSERT_TRUE(graph.ok()) << graph.status().ToString();
    const ClaimGraph& g = *graph;
    std::vector<std::string> seen_sources, seen_stances;
    for (SourceId id = 0; id < g.sources().size(); ++id) {
      seen_sources.push_back(std::string(g.Str(g.sources()[id].id)) +
                             attributes_of(g, EntityKind::kSource, id));
    }
    for (StanceId id = 0; id < g.num_stances(); ++id) {
      const Stance& s = g.stances()[id];
      seen_stances.push_back(std::string(g.Str(g.sources()[s.source].id)) +
                             " quote=" + std::string(g.Text(s.quote)) +
                             attributes_of(g, EntityKind::kStance, id));
    }
    std::sort(seen_sources.begin(), seen_sources.end());
    std::sort(seen_stances.begin(), seen_stances.end());
    EXPECT_EQ(seen_sources, expected_sources);
    EXPECT_EQ(seen_stances, expected_stances);
  }
}

TEST(ReadAheadTest, JsonErrorsDeepInTheDocumentAreTheSame) {
  // Stance i sits on line 104 + i. Batches of 2048 events put the batch edges in a
  // small document (the batch size changes where the edges fall, not what happens
  // at them): the claims take 1,008 events and a stance 10, so stance 103 ends the
  // first batch and stance 104 starts the second.
  constexpr size_t kBatch = 2048;
  for (size_t bad : {size_t{0}, size_t{103}, size_t{104}, size_t{105}, size_t{700}}) {
    SCOPED_TRACE(bad);
    auto with = [&](std::string stance) {
      return Native(800, [&](size_t i) { return i == bad ? stance : std::string(); });
    };
    const std::string cases[] = {
        with("{\"claim\": \"c1\", \"source\": \"s\", \"stance\": \"maybe\"}"),  // handler
        with("{\"claim\": \"c1\" \"source\": \"s\"}"),                              // syntax
        with("{\"claim\": \"c1\", \"source\": \"caf\xC3\"}"),                      // UTF-8
        with("{\"claim\": \"c1\", \"source\": \"s\", \"attributes\": {\"a\": [[[[[]]]]]}}"),  // depth
        with("{\"claim\": \"c1\", \"source\": \"s\"}"),  // no document
    };
    for (const std::string& text : cases) {
      const std::string result = ImportJson(text, 0, kBatch);
      EXPECT_EQ(result.rfind("graph.json:", 0), 0u) << result.substr(0, 300);
      EXPECT_EQ(result, ImportJson(text, SIZE_MAX, kBatch));
    }
    // Every case is located on the stance's own line; the syntax error checked here.
    const std::string syntax = ImportJson(cases[1], 0, kBatch);
    EXPECT_EQ(syntax.rfind("graph.json:" + std::to_string(104 + bad) + ":", 0), 0u)
        << syntax.substr(0, 300);
  }
}

}  // namespace
}  // namespace claimgraph
