// Throughput of `extract`: ExtractMentions over about 1 MB of article text.
//   BM_ExtractSeeds      the five seed articles, repeated (needs CLAIMGRAPH_SEEDS_DIR)
//   BM_ExtractGenerated  generated English and Italian sentences dense with figures
// Bytes per second are reported as MB/s ("bytes_per_second").
#include <benchmark/benchmark.h>

#include <cstdint>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>

#include "importers/extract/extractor.h"

namespace {

using claimgraph::extract::ExtractMentions;
using claimgraph::extract::Language;

constexpr size_t kTargetBytes = 1 << 20;

std::string SeedText() {
  std::string all;
#ifdef CLAIMGRAPH_SEEDS_DIR
  std::filesystem::path dir(CLAIMGRAPH_SEEDS_DIR);
  std::error_code ec;
  for (const auto& e : std::filesystem::directory_iterator(dir, ec)) {
    if (e.path().extension() != ".txt") continue;
    std::ifstream in(e.path(), std::ios::binary);
    std::stringstream ss;
    ss << in.rdbuf();
    all += ss.str();
    all += "\n\n";
  }
#endif
  return all;
}

// Deterministic sentences drawn from a small grammar: hedges, numbers in digits
// and words, ranges, vague quantities, dates and years to exclude. Every template
// takes exactly three ints and one string, in that order.
std::string GeneratedText() {
  static const char* const kTemplates[] = {
      "At least %d people were killed and over %d,%03d arrested in %s on January 5.",
      "Some %d.%d million workers, up to %d%% of the total, went on strike in %s in 2021.",
      "Between %d and %d families lost their homes; %d activists were fired in %s.",
      "The price rose from %d to %d tenge per litre, about %d percent more, in %s in 2021.",
      "Thirty-four oil workers, %d drivers and %d miners joined, with %d more, in %s.",
      "Secondo le cifre ufficiali più di %d mila persone (%d.%03d a %s) sono state arrestate.",
      "Sono stati licenziati %d.%03d lavoratori, circa il %d%% del totale, il 4 gennaio a %s.",
      "Tra %d e %d famiglie hanno perso la casa nel 20%02d a %s; decine di attivisti licenziati.",
      "Il prezzo è salito da %d a %d tenge al litro, quasi il %d per cento in più, a %s.",
      "Quaranta operai, %d autisti, %d minatori e %d altri si sono uniti a %s, con centinaia di "
      "migliaia di persone.",
  };
  static const char* const kPlaces[] = {"Almaty", "Жанаозен", "Aktau", "città di Atyrau"};
  std::string out;
  out.reserve(kTargetBytes + 512);
  uint32_t x = 12345;
  auto next = [&x](uint32_t mod) {
    x = x * 1103515245u + 12345u;
    return static_cast<int>((x >> 8) % mod);
  };
  char buf[512];
  while (out.size() < kTargetBytes) {
    const char* fmt = kTemplates[next(10)];
    const int a = 1 + next(900);
    const int b = a + 1 + next(900);
    std::snprintf(buf, sizeof buf, fmt, a, b, next(1000), kPlaces[next(4)]);
    out += buf;
    out += next(6) == 0 ? "\n\n" : " ";
  }
  return out;
}

std::string Repeat(const std::string& unit) {
  std::string out;
  if (unit.empty()) return out;
  out.reserve(kTargetBytes + unit.size());
  while (out.size() < kTargetBytes) out += unit;
  return out;
}

void Run(benchmark::State& state, const std::string& text, Language lang) {
  if (text.empty()) {
    state.SkipWithError("no input text");
    return;
  }
  size_t mentions = 0;
  for (auto _ : state) {
    auto result = ExtractMentions(text, lang);
    if (!result.ok()) {
      state.SkipWithError(result.status().ToString().c_str());
      return;
    }
    mentions = result->size();
    benchmark::DoNotOptimize(mentions);
  }
  state.SetBytesProcessed(static_cast<int64_t>(state.iterations()) *
                          static_cast<int64_t>(text.size()));
  state.counters["mentions"] = static_cast<double>(mentions);
  state.counters["MB"] = static_cast<double>(text.size()) / 1e6;
}

void BM_ExtractSeeds(benchmark::State& state) {
  static const std::string text = Repeat(SeedText());
  Run(state, text, Language::kAuto);
}
BENCHMARK(BM_ExtractSeeds)->Unit(benchmark::kMillisecond);

void BM_ExtractGenerated(benchmark::State& state) {
  static const std::string text = GeneratedText();
  Run(state, text, Language::kAuto);
}
BENCHMARK(BM_ExtractGenerated)->Unit(benchmark::kMillisecond);

}  // namespace

BENCHMARK_MAIN();
