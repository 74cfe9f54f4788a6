// The bundled dataset against the texts it quotes: every quote re-read from the
// seed files at its byte offsets, every figure of the checklist covered, and the
// conflicts a careful reader expects.
#include <gtest/gtest.h>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <map>
#include <set>
#include <sstream>
#include <string>
#include <vector>

#include "core/analysis/contradictions.h"
#include "core/analysis/provenance.h"
#include "core/graph_builder.h"
#include "importers/importer.h"

namespace claimgraph {
namespace {

namespace fs = std::filesystem;

const fs::path kData = CLAIMGRAPH_DATA_DIR;
const fs::path kSeeds = CLAIMGRAPH_SEEDS_DIR;

std::string ReadFile(const fs::path& path) {
  std::ifstream f(path, std::ios::binary);
  return std::string((std::istreambuf_iterator<char>(f)), std::istreambuf_iterator<char>());
}

ClaimGraph Load(const std::string& name, std::string_view format) {
  GraphBuilder builder;
  std::string text = ReadFile(kData / name);
  Status status = MakeImporter(format)->Load(text, name, &builder);
  EXPECT_TRUE(status.ok()) << status.ToString();
  auto graph = std::move(builder).Build();
  EXPECT_TRUE(graph.ok()) << graph.status().ToString();
  return std::move(graph).value();
}

class DatasetTest : public ::testing::Test {
 protected:
  static void SetUpTestSuite() {
    graph_ = new ClaimGraph(Load("kazakhstan.json", "json"));
  }
  static void TearDownTestSuite() {
    delete graph_;
    graph_ = nullptr;
  }
  static const std::string& Seed(const std::string& file) {
    static std::map<std::string, std::string> cache;
    auto it = cache.find(file);
    if (it == cache.end()) it = cache.emplace(file, ReadFile(kSeeds / file)).first;
    return it->second;
  }
  static ClaimGraph* graph_;
};
ClaimGraph* DatasetTest::graph_ = nullptr;

TEST_F(DatasetTest, SeedsFolderIsPresent) {
  // Fails (not skips): without the seeds nothing below proves the quotes.
  ASSERT_TRUE(fs::is_directory(kSeeds))
      << "the seed texts are expected at " << kSeeds
      << " (the shared/ folder beside the repository); the quote checks need them";
}

TEST_F(DatasetTest, EveryQuoteIsVerbatimAtItsOffsets) {
  ASSERT_TRUE(fs::is_directory(kSeeds)) << kSeeds;
  const ClaimGraph& g = *graph_;
  int checked = 0;
  for (const Stance& s : g.stances()) {
    std::string where = std::string(g.Str(g.claims()[s.claim].id)) + " in " +
                        std::string(g.Str(g.documents()[s.document].id));
    ASSERT_NE(s.quote, 0u) << where << " has no quote";
    ASSERT_NE(s.quote_start, kNone) << where << " has no offsets";
    const Document& doc = g.documents()[s.document];
    ASSERT_NE(doc.file, kNoSymbol) << where << ": its document names no seed file";
    const std::string& text = Seed(std::string(g.Str(doc.file)));
    ASSERT_FALSE(text.empty()) << "cannot read seed " << g.Str(doc.file);
    ASSERT_LE(s.quote_end, text.size()) << where;
    ASSERT_LT(s.quote_start, s.quote_end) << where;
    EXPECT_EQ(text.substr(s.quote_start, s.quote_end - s.quote_start), g.Text(s.quote))
        << where << " at " << s.quote_start << ".." << s.quote_end;
    ++checked;
  }
  EXPECT_GE(checked, 20);
}

// data/checklist.tsv names every figure the dataset covers; each must be in the
// seed at its offsets and inside the quote of a stance on the claim it names.
TEST_F(DatasetTest, EveryChecklistFigureHasAStance) {
  ASSERT_TRUE(fs::is_directory(kSeeds)) << kSeeds;
  const ClaimGraph& g = *graph_;
  std::ifstream checklist(kData / "checklist.tsv");
  ASSERT_TRUE(checklist) << "data/checklist.tsv is missing";
  std::string line;
  std::getline(checklist, line);  // header
  int rows = 0;
  while (std::getline(checklist, line)) {
    if (line.empty()) continue;
    std::vector<std::string> f;
    std::stringstream ss(line);
    for (std::string cell; std::getline(ss, cell, '\t');) f.push_back(cell);
    ASSERT_EQ(f.size(), 5u) << line;
    const std::string& file = f[0];
    size_t start = std::stoul(f[1]), end = std::stoul(f[2]);
    const std::string& text = Seed(file);
    ASSERT_LE(end, text.size()) << line;
    EXPECT_EQ(text.substr(start, end - start), f[3]) << line;
    auto claim = g.FindClaim(f[4]);
    ASSERT_TRUE(claim.has_value()) << "checklist names unknown claim " << f[4];
    bool covered = false;
    for (const Stance& s : g.StancesOf(*claim)) {
      const Document& doc = g.documents()[s.document];
      if (g.Str(doc.file) == file && s.quote_start <= start && end <= s.quote_end) covered = true;
    }
    EXPECT_TRUE(covered) << "no stance of " << f[4] << " quotes the figure at " << file << ":"
                         << start;
    ++rows;
  }
  EXPECT_GE(rows, 20);
}

std::string FigureOf(const ClaimGraph& g, ClaimId c) {
  const Claim& claim = g.claims()[c];
  return std::string(Name(claim.qualifier)) + " " + FormatNumber(claim.value);
}

TEST_F(DatasetTest, ShowsTheConflictsACarefulReaderExpects) {
  const ClaimGraph& g = *graph_;
  Provenance provenance = Provenance::Compute(g);
  ContradictionReport report = FindContradictions(g, provenance);
  bool deaths_225_vs_more = false, zhanaozen = false, fighters = false;
  for (const Contradiction& c : report.items) {
    std::string prop(g.Str(g.groups()[c.group].proposition));
    if (c.kind == ContradictionKind::kDispute) {
      const Claim& claim = g.claims()[c.a];
      if (claim.value == 20000 && DisputersOf(g, c.a).size() >= 2) fighters = true;
      continue;
    }
    std::set<std::string> figures = {FigureOf(g, c.a), FigureOf(g, c.b)};
    if (prop == "kz-2022-unrest:deaths") {
      EXPECT_FALSE(figures.count("at_least 164")) << "'at least 164' fits 225";
      if (figures == std::set<std::string>{"exact 225", "more_than 225"}) deaths_225_vs_more = true;
    }
    if (prop == "zhanaozen-2011:deaths") zhanaozen = true;
  }
  EXPECT_TRUE(deaths_225_vs_more);
  EXPECT_TRUE(fighters);
  EXPECT_TRUE(zhanaozen);
}

TEST_F(DatasetTest, TengizLayoffsHaveOneOrigin) {
  const ClaimGraph& g = *graph_;
  Provenance provenance = Provenance::Compute(g);
  int mentions = 0;
  std::set<Origin> origins;
  for (ClaimId c = 0; c < g.num_claims(); ++c) {
    const Claim& claim = g.claims()[c];
    if (claim.value != 40000 || g.Str(claim.proposition).find("layoff") == std::string_view::npos) {
      continue;
    }
    for (const Stance& s : g.StancesOf(c)) mentions += s.kind == StanceKind::kAsserts;
    for (Origin o : provenance.OriginsOf(c)) origins.insert(o);
  }
  EXPECT_GE(mentions, 4);
  ASSERT_EQ(origins.size(), 1u);
  EXPECT_EQ(Provenance::OriginName(g, *origins.begin()), "Socialist Movement of Kazakhstan");
}

// The CSV sheet holds the same claims and stances as the JSON.
TEST_F(DatasetTest, CsvSheetHoldsTheSameClaimsAndStances) {
  const ClaimGraph& json = *graph_;
  ClaimGraph csv = Load("kazakhstan.csv", "csv");
  ASSERT_EQ(csv.num_claims(), json.num_claims());
  ASSERT_EQ(csv.num_stances(), json.num_stances());
  for (ClaimId c = 0; c < json.num_claims(); ++c) {
    const Claim &a = json.claims()[c], &b = csv.claims()[c];
    EXPECT_EQ(json.Str(a.id), csv.Str(b.id));
    EXPECT_EQ(json.Str(a.proposition), csv.Str(b.proposition));
    EXPECT_EQ(a.qualifier, b.qualifier);
    EXPECT_EQ(a.value, b.value);
    EXPECT_EQ(a.value_hi, b.value_hi);
    EXPECT_EQ(json.Str(a.unit), csv.Str(b.unit));
    EXPECT_EQ(a.as_of, b.as_of);
  }
  for (StanceId s = 0; s < json.num_stances(); ++s) {
    const Stance &a = json.stances()[s], &b = csv.stances()[s];
    EXPECT_EQ(json.Str(json.claims()[a.claim].id), csv.Str(csv.claims()[b.claim].id));
    EXPECT_EQ(json.Str(json.sources()[a.source].id), csv.Str(csv.sources()[b.source].id));
    EXPECT_EQ(json.Str(json.documents()[a.document].id), csv.Str(csv.documents()[b.document].id));
    EXPECT_EQ(a.kind, b.kind);
    EXPECT_EQ(json.Text(a.quote), csv.Text(b.quote));
  }
  Provenance pj = Provenance::Compute(json), pc = Provenance::Compute(csv);
  ContradictionReport rj = FindContradictions(json, pj), rc = FindContradictions(csv, pc);
  ASSERT_EQ(rj.items.size(), rc.items.size());
  for (size_t i = 0; i < rj.items.size(); ++i) {
    EXPECT_EQ(rj.items[i].a, rc.items[i].a);
    EXPECT_EQ(rj.items[i].b, rc.items[i].b);
  }
}

}  // namespace
}  // namespace claimgraph
