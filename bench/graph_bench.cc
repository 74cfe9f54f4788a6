// Micro-benchmarks of the hot paths on synthetic data shaped like gen.py's:
// many small propositions, a few large ones, derived-from chains, attributions.
// Run: build/release/bench/graph_bench  (the whole-run comparison with the peers
// is bench/run.sh).
#include <cstdint>
#include <benchmark/benchmark.h>

#include <ostream>
#include <random>
#include <sstream>
#include <streambuf>
#include <string>

#include "core/analysis/contradictions.h"
#include "core/analysis/provenance.h"
#include "core/graph_builder.h"
#include "exporters/json_exporter.h"
#include "exporters/report_writer.h"
#include "importers/csv_importer.h"
#include "importers/json_importer.h"

namespace claimgraph {
namespace {

// A CSV sheet of `claims` claims, about two stances each.
std::string MakeCsv(int claims, unsigned seed) {
  std::mt19937 rng(seed);
  const char* quals[] = {"exact", "at_least", "more_than", "at_most", "about", "range"};
  std::string csv =
      "proposition,value,qualifier,unit,as_of,source,stance,document,published,attributed_to,"
      "derived_from,quote\n";
  int made = 0, prop = 0, doc = 0;
  while (made < claims) {
    int k = std::min(claims - made, 1 + static_cast<int>(std::geometric_distribution<>(0.3)(rng)));
    if (rng() % 200 == 0) k = std::min(claims - made, 300);  // a few large propositions
    int truth = 10 + static_cast<int>(rng() % 1000);
    for (int i = 0; i < k; ++i) {
      std::string q = quals[rng() % 6];
      int v = truth + static_cast<int>(rng() % 200) - 100;
      std::string value = q == "range" ? std::to_string(v) + ".." + std::to_string(v + 50)
                                       : std::to_string(v);
      int stances = 1 + static_cast<int>(rng() % 3);
      for (int s = 0; s < stances; ++s) {
        std::string parent = (doc > 0 && rng() % 3 == 0) ? "doc-" + std::to_string(rng() % doc) : "";
        std::string attributed = rng() % 5 == 0 ? "src-" + std::to_string(rng() % 50) : "";
        csv += "ev" + std::to_string(prop) + "/deaths," + value + "," + q + ",people,2020-01-" +
               std::to_string(10 + i % 20) + ",src-" + std::to_string(rng() % 5000) +
               (rng() % 7 == 0 ? ",disputes," : ",asserts,") + "doc-" + std::to_string(doc) +
               ",2020-02-01," + (rng() % 7 == 0 ? "" : attributed) + "," + parent +
               ",\"" + value + " people were killed, \"\"officials say\"\"\"\n";
        ++doc;
      }
    }
    made += k;
    ++prop;
  }
  return csv;
}

ClaimGraph BuildGraph(const std::string& csv) {
  GraphBuilder builder;
  CsvImporter importer;
  if (!importer.Load(csv, "bench.csv", &builder).ok()) std::abort();
  auto graph = std::move(builder).Build();
  if (!graph.ok()) std::abort();
  return std::move(graph).value();
}

// Args: claims, and 1 to tokenise on a second thread ahead of the row logic (the
// default for sheets of 1 MiB and more) or 0 to read inline.
void BM_CsvImport(benchmark::State& state) {
  std::string csv = MakeCsv(static_cast<int>(state.range(0)), 1);
  const size_t read_ahead_from = state.range(1) ? 0 : SIZE_MAX;
  for (auto _ : state) {
    GraphBuilder builder;
    CsvImporter importer(read_ahead_from);
    Status status = importer.Load(csv, "bench.csv", &builder);
    benchmark::DoNotOptimize(status.ok());
  }
  state.SetBytesProcessed(static_cast<int64_t>(state.iterations() * csv.size()));
}
BENCHMARK(BM_CsvImport)
    ->ArgsProduct({{10000, 100000}, {0, 1}})
    ->ArgNames({"claims", "read_ahead"})
    ->Unit(benchmark::kMillisecond);

// Args as for BM_CsvImport, over the same sheet in claimgraph's native JSON (as
// `export --format json` writes it).
void BM_JsonImport(benchmark::State& state) {
  const ClaimGraph graph = BuildGraph(MakeCsv(static_cast<int>(state.range(0)), 1));
  std::ostringstream native;
  if (!JsonExporter(ExportOptions{}).Write(graph, native).ok()) std::abort();
  const std::string json = native.str();
  const size_t read_ahead_from = state.range(1) ? 0 : SIZE_MAX;
  for (auto _ : state) {
    GraphBuilder builder;
    JsonImporter importer(read_ahead_from);
    Status status = importer.Load(json, "bench.json", &builder);
    benchmark::DoNotOptimize(status.ok());
  }
  state.SetBytesProcessed(static_cast<int64_t>(state.iterations() * json.size()));
}
BENCHMARK(BM_JsonImport)
    ->ArgsProduct({{10000, 100000}, {0, 1}})
    ->ArgNames({"claims", "read_ahead"})
    ->Unit(benchmark::kMillisecond);

void BM_Build(benchmark::State& state) {
  std::string csv = MakeCsv(static_cast<int>(state.range(0)), 1);
  for (auto _ : state) {
    state.PauseTiming();
    GraphBuilder builder;
    CsvImporter importer;
    if (!importer.Load(csv, "bench.csv", &builder).ok()) std::abort();
    state.ResumeTiming();
    auto graph = std::move(builder).Build();
    benchmark::DoNotOptimize(graph.ok());
  }
}
BENCHMARK(BM_Build)->Arg(100000)->Unit(benchmark::kMillisecond);

void BM_IntervalSweep(benchmark::State& state) {
  ClaimGraph graph = BuildGraph(MakeCsv(static_cast<int>(state.range(0)), 2));
  Provenance provenance = Provenance::Compute(graph);
  for (auto _ : state) {
    ContradictionReport report = FindContradictions(graph, provenance);
    benchmark::DoNotOptimize(report.items.data());
  }
  state.SetItemsProcessed(static_cast<int64_t>(state.iterations() * graph.num_claims()));
}
BENCHMARK(BM_IntervalSweep)->Arg(100000)->Unit(benchmark::kMillisecond);

void BM_OriginWalk(benchmark::State& state) {
  ClaimGraph graph = BuildGraph(MakeCsv(static_cast<int>(state.range(0)), 3));
  for (auto _ : state) {
    Provenance provenance = Provenance::Compute(graph);
    benchmark::DoNotOptimize(provenance.OriginsOf(0).data());
  }
  state.SetItemsProcessed(static_cast<int64_t>(state.iterations() * graph.num_stances()));
}
BENCHMARK(BM_OriginWalk)->Arg(100000)->Unit(benchmark::kMillisecond);

// An output that counts bytes and keeps none: the report writer's own cost,
// without a file system's.
class CountingBuf : public std::streambuf {
 public:
  size_t bytes = 0;

 protected:
  std::streamsize xsputn(const char*, std::streamsize n) override {
    bytes += static_cast<size_t>(n);
    return n;
  }
  int_type overflow(int_type c) override {
    ++bytes;
    return traits_type::not_eof(c);
  }
};

// Args: claims, serialisation threads. The check report as `check --format json`
// writes it (claims in every pair, sources and origins), into a null stream.
void BM_CheckJsonReport(benchmark::State& state) {
  ClaimGraph graph = BuildGraph(MakeCsv(static_cast<int>(state.range(0)), 4));
  Provenance provenance = Provenance::Compute(graph);
  ContradictionReport report = FindContradictions(graph, provenance);
  ReportOptions options;
  options.threads = static_cast<unsigned>(state.range(1));
  std::unique_ptr<CheckWriter> writer = MakeCheckWriter("json", options);
  size_t bytes = 0;
  for (auto _ : state) {
    CountingBuf buf;
    std::ostream out(&buf);
    if (!writer->Write(CheckResult{graph, provenance, report}, out).ok()) std::abort();
    bytes = buf.bytes;
  }
  state.SetBytesProcessed(static_cast<int64_t>(state.iterations() * bytes));
  state.counters["items"] = static_cast<double>(report.items.size());
}
BENCHMARK(BM_CheckJsonReport)
    ->ArgsProduct({{100000}, {1, 2}})
    ->ArgNames({"claims", "threads"})
    ->Unit(benchmark::kMillisecond);

}  // namespace
}  // namespace claimgraph

BENCHMARK_MAIN();
