// End-to-end tests of the command line, run in-process through cli::Run with
// string streams, over the fixtures in tests/fixtures/ and the bundled dataset.
#include <gtest/gtest.h>
#include <rapidjson/document.h>
#include <unistd.h>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <random>
#include <sstream>
#include <string>
#include <vector>

#include "cli/run.h"
#include "tests/cli/cli_test_util.h"

namespace claimgraph::cli {
namespace {

namespace fs = std::filesystem;

const fs::path kFixtures = CLAIMGRAPH_FIXTURES_DIR;

using testing_util::ReadFile;
using testing_util::RunCli;
using testing_util::RunResult;
using testing_util::WriteFile;

class CliTest : public testing_util::ScratchDirTest {};

rapidjson::Document ParseJson(const std::string& text) {
  rapidjson::Document doc;
  doc.Parse(text.c_str());
  EXPECT_FALSE(doc.HasParseError()) << text.substr(0, 200);
  return doc;
}

TEST_F(CliTest, BundledDatasetShowsTheSeedConflicts) {
  RunResult r = RunCli({"check", "--format", "json"});
  ASSERT_EQ(r.code, 0) << r.err;
  rapidjson::Document report = ParseJson(r.out);
  bool deaths_vs_more = false, fighters_disputed = false, zhanaozen = false;
  for (const auto& item : report["contradictions"].GetArray()) {
    std::string kind = item["kind"].GetString(), prop = item["proposition"].GetString();
    const auto& claims = item["claims"].GetArray();
    if (kind == "disjoint" && prop == "kz-2022-unrest:deaths") {
      // 225 against "much more" than 225; never 164 against 225.
      std::vector<std::string> qualifiers;
      for (const auto& c : claims) {
        qualifiers.push_back(c["qualifier"].GetString());
        EXPECT_NE(std::string(c["text"].GetString()).find("164"), 0u)
            << "'at least 164' must not conflict with 225";
      }
      std::sort(qualifiers.begin(), qualifiers.end());
      if (qualifiers == std::vector<std::string>{"exact", "more_than"}) deaths_vs_more = true;
    }
    if (kind == "dispute" && claims[0]["min"].IsNumber() && claims[0]["min"].GetDouble() == 20000) {
      fighters_disputed = item["disputed_by"].Size() >= 2;
    }
    if (kind == "disjoint" && prop == "zhanaozen-2011:deaths") zhanaozen = true;
  }
  EXPECT_TRUE(deaths_vs_more);
  EXPECT_TRUE(fighters_disputed);
  EXPECT_TRUE(zhanaozen);
}

TEST_F(CliTest, TextTableIsTheDefault) {
  RunResult r = RunCli({"check", (kFixtures / "claims.csv").string()});
  ASSERT_EQ(r.code, 0) << r.err;
  EXPECT_NE(r.out.find("Found 3 disjoint, 1 revision, 1 dispute."), std::string::npos) << r.out;
  EXPECT_NE(r.out.find("  disjoint  "), std::string::npos);
  EXPECT_NE(r.out.find("dispute"), std::string::npos);
}

TEST_F(CliTest, EveryBadFixtureExitsTwoNamingWhereAndWritesNothing) {
  std::ifstream expected(kFixtures / "bad" / "EXPECTED.tsv");
  std::string line;
  int cases = 0;
  while (std::getline(expected, line)) {
    if (line.empty() || line[0] == '#') continue;
    size_t tab = line.find('\t');
    ASSERT_NE(tab, std::string::npos) << line;
    std::string file = line.substr(0, tab), message = line.substr(tab + 1);
    fs::path input = kFixtures / "bad" / file;
    fs::path out = dir_ / "report.json";
    RunResult r = RunCli({"check", input.string(), "--format", "json", "-o", out.string()});
    EXPECT_EQ(r.code, 2) << file << ": " << r.err;
    EXPECT_NE(r.err.find(message), std::string::npos) << file << ": got " << r.err;
    EXPECT_TRUE(Listing().empty()) << file << " left a file behind";
    ++cases;
  }
  EXPECT_GE(cases, 10);
}

TEST_F(CliTest, FailedRunLeavesThePreviousOutputUntouched) {
  fs::path out = dir_ / "report.json";
  WriteFile(out, "previous");
  RunResult r = RunCli({"check", (kFixtures / "bad" / "cycle.csv").string(), "-o", out.string()});
  EXPECT_EQ(r.code, 2);
  EXPECT_EQ(ReadFile(out), "previous");
  EXPECT_EQ(Listing(), std::vector<std::string>{"report.json"});
}

TEST_F(CliTest, OutputFileIsWrittenWhole) {
  fs::path out = dir_ / "report.json";
  RunResult r = RunCli({"check", (kFixtures / "claims.csv").string(), "--format", "json", "-o",
                        out.string()});
  ASSERT_EQ(r.code, 0) << r.err;
  EXPECT_TRUE(r.out.empty());
  RunResult direct = RunCli({"check", (kFixtures / "claims.csv").string(), "--format", "json"});
  EXPECT_EQ(ReadFile(out), direct.out);
  EXPECT_EQ(Listing(), std::vector<std::string>{"report.json"});
}

// --sync (fsync before the rename) changes when the bytes are durable, not what
// they are, for every command that writes with -o.
TEST_F(CliTest, SyncWritesTheSameFileForEveryCommand) {
  const std::string claims = (kFixtures / "claims.csv").string();
  const std::vector<std::vector<std::string>> commands = {
      {"check", claims, "--format", "json"},
      {"trace", claims, "--format", "json"},
      {"export", claims, "--format", "json"},
      {"extract", (kFixtures / "extract" / "articles" / "georgia_protests_en.txt").string(),
       "--format", "json"},
  };
  for (const auto& command : commands) {
    SCOPED_TRACE(command[0]);
    RunResult to_stdout = RunCli(command);
    ASSERT_EQ(to_stdout.code, 0) << to_stdout.err;
    ASSERT_FALSE(to_stdout.out.empty());
    for (bool sync : {false, true}) {
      fs::path out = dir_ / "out.json";
      std::vector<std::string> args = command;
      args.insert(args.end(), {"-o", out.string()});
      if (sync) args.push_back("--sync");
      RunResult r = RunCli(args);
      ASSERT_EQ(r.code, 0) << r.err;
      EXPECT_EQ(ReadFile(out), to_stdout.out) << (sync ? "--sync" : "no --sync");
      EXPECT_EQ(Listing(), std::vector<std::string>{"out.json"});
    }
  }
}

TEST_F(CliTest, ReadsStandardInputWithFrom) {
  std::string csv = ReadFile(kFixtures / "claims.csv");
  RunResult from_stdin = RunCli({"check", "-", "--from", "csv", "--format", "json"}, csv);
  RunResult from_file = RunCli({"check", (kFixtures / "claims.csv").string(), "--format", "json"});
  ASSERT_EQ(from_stdin.code, 0) << from_stdin.err;
  EXPECT_EQ(from_stdin.out, from_file.out);
}

TEST_F(CliTest, UsageErrorsExitTwo) {
  EXPECT_EQ(RunCli({}).code, 2);
  EXPECT_EQ(RunCli({"check", "--format", "yaml"}).code, 2);
  EXPECT_EQ(RunCli({"check", "--no-such-flag"}).code, 2);
  EXPECT_EQ(RunCli({"export", (kFixtures / "claims.csv").string()}).code, 2);  // --format required
  RunResult unknown_ext = RunCli({"check", (kFixtures / "golden").string() + "/x.txt"});
  EXPECT_EQ(unknown_ext.code, 2);
  EXPECT_NE(unknown_ext.err.find("--from"), std::string::npos) << unknown_ext.err;
  RunResult missing = RunCli({"check", (dir_ / "nope.csv").string()});
  EXPECT_EQ(missing.code, 2);
  EXPECT_NE(missing.err.find("nope.csv"), std::string::npos) << missing.err;
  EXPECT_EQ(RunCli({"check", "-", "-", "--from", "csv"}, "").code, 2);
  EXPECT_EQ(RunCli({"--help"}).code, 0);
}

TEST_F(CliTest, TraceOneClaimAndAll) {
  std::string csv = (kFixtures / "claims.csv").string();
  RunResult one = RunCli({"trace", csv, "--claim", "kz-deaths-225", "--format", "json"});
  ASSERT_EQ(one.code, 0) << one.err;
  rapidjson::Document doc = ParseJson(one.out);
  EXPECT_STREQ(doc["claim"].GetString(), "kz-deaths-225");
  // Four outlets relay the government's figure: one origin.
  ASSERT_EQ(doc["origins"].Size(), 1u);
  EXPECT_STREQ(doc["origins"][0].GetString(), "kz-government");
  EXPECT_GE(doc["chains"].Size(), 4u);

  RunResult all = RunCli({"trace", csv, "--format", "json"});
  ASSERT_EQ(all.code, 0) << all.err;
  rapidjson::Document every = ParseJson(all.out);
  EXPECT_GE(every["claims"].Size(), 8u);

  RunResult unknown = RunCli({"trace", csv, "--claim", "no-such-claim"});
  EXPECT_EQ(unknown.code, 2);
  EXPECT_NE(unknown.err.find("no-such-claim"), std::string::npos);
}

// The same rows in another order give byte-identical output in every format.
TEST_F(CliTest, OutputDoesNotDependOnRowOrder) {
  std::string csv = ReadFile(kFixtures / "claims.csv");
  // Rows may span lines (quoted newlines): split on the records the fixture has,
  // keeping multi-line records whole by counting quotes.
  std::vector<std::string> records;
  std::string current;
  int quotes = 0;
  for (char c : csv) {
    current += c;
    if (c == '"') ++quotes;
    if (c == '\n' && quotes % 2 == 0) {
      records.push_back(current);
      current.clear();
    }
  }
  ASSERT_GT(records.size(), 5u);
  std::string header = records.front();
  std::vector<std::string> body(records.begin() + 1, records.end());
  // Claim ids whose figure is given only on their first row must keep that row first.
  std::mt19937 rng(7);
  for (int round = 0; round < 3; ++round) {
    std::vector<std::string> shuffled = body;
    std::shuffle(shuffled.begin(), shuffled.end(), rng);
    std::stable_partition(shuffled.begin(), shuffled.end(), [](const std::string& r) {
      // rows with a figure first (value column non-empty: third field)
      size_t a = r.find(','), b = r.find(',', a + 1), c = r.find(',', b + 1);
      return c != b + 1;
    });
    fs::path path = dir_ / ("shuffled" + std::to_string(round) + ".csv");
    std::string text = header;
    for (const auto& r : shuffled) text += r;
    WriteFile(path, text);
    for (std::string format : {"json", "text", "dot"}) {
      RunResult a = RunCli({"check", (kFixtures / "claims.csv").string(), "--format", format});
      RunResult b = RunCli({"check", path.string(), "--format", format});
      ASSERT_EQ(b.code, 0) << b.err;
      EXPECT_EQ(a.out, b.out) << format;
    }
    for (std::string format : {"json", "dot"}) {
      RunResult a = RunCli({"export", (kFixtures / "claims.csv").string(), "--format", format});
      RunResult b = RunCli({"export", path.string(), "--format", format});
      ASSERT_EQ(b.code, 0) << b.err;
      EXPECT_EQ(a.out, b.out) << format;
    }
  }
}

// Threads split the analysis and the JSON serialisation; the bytes must not
// depend on how many. 1,000 propositions of 12 distinct exact figures and one
// "at least" above them all give 78,000 pairs: more than one serialisation batch.
TEST_F(CliTest, OutputDoesNotDependOnThreads) {
  std::string csv = "proposition,value,qualifier,unit,source,document,stance\n";
  for (int p = 0; p < 1000; ++p) {
    for (int v = 0; v < 13; ++v) {
      csv += "p" + std::to_string(p) + "," + std::to_string(100 + v * 7 + p % 5) + "," +
             (v == 12 ? "at_least" : "exact") + ",people,s" + std::to_string((p + v) % 37) +
             ",d" + std::to_string(p * 12 + v) + (v == 3 ? ",disputes" : ",asserts") + "\n";
    }
  }
  fs::path input = dir_ / "many.csv";
  WriteFile(input, csv);
  RunResult one = RunCli({"check", input.string(), "--format", "json", "--threads", "1"});
  ASSERT_EQ(one.code, 0) << one.err;
  EXPECT_NE(one.out.find("\"disjoint\":78000,"), std::string::npos) << one.out.substr(0, 300);
  for (std::string threads : {"2", "3", "8"}) {
    RunResult many = RunCli({"check", input.string(), "--format", "json", "--threads", threads});
    ASSERT_EQ(many.code, 0) << many.err;
    EXPECT_TRUE(one.out == many.out) << "threads=" << threads << " changed the report";
  }
}

TEST_F(CliTest, ExportJsonRoundTrips) {
  for (std::string input : {(kFixtures / "claims.csv").string(), (kFixtures / "sources.json").string()}) {
    RunResult first = RunCli({"export", input, "--format", "json"});
    ASSERT_EQ(first.code, 0) << first.err;
    fs::path exported = dir_ / "exported.json";
    WriteFile(exported, first.out);
    RunResult second = RunCli({"export", exported.string(), "--format", "json"});
    ASSERT_EQ(second.code, 0) << second.err;
    EXPECT_EQ(first.out, second.out) << input;
    // And the analysis sees the same graph.
    RunResult check_a = RunCli({"check", input, "--format", "json"});
    RunResult check_b = RunCli({"check", exported.string(), "--format", "json"});
    EXPECT_EQ(check_a.out, check_b.out) << input;
  }
}

TEST_F(CliTest, GraphvizReadsEveryDot) {
  for (auto args : std::vector<std::vector<std::string>>{
           {"export", "--format", "dot"},
           {"check", "--format", "dot"},
           {"export", (kFixtures / "claims.csv").string(), "--format", "dot"},
           {"check", (kFixtures / "claims.csv").string(), "--format", "dot"}}) {
    fs::path out = dir_ / "graph.dot";
    args.push_back("-o");
    args.push_back(out.string());
    RunResult r = RunCli(args);
    ASSERT_EQ(r.code, 0) << r.err;
    std::string command = std::string(CLAIMGRAPH_DOT) + " -Tsvg " + out.string() + " -o " +
                          (dir_ / "graph.svg").string() + " 2>&1";
    EXPECT_EQ(std::system(command.c_str()), 0) << args[0];
    EXPECT_NE(ReadFile(dir_ / "graph.svg").find("<svg"), std::string::npos);
  }
}

TEST_F(CliTest, AliasInCsvResolvesToTheJsonSource) {
  // A sheet that names a source by one of its aliases merges with the source the
  // JSON file defines.
  fs::path json = dir_ / "sources.json";
  WriteFile(json, R"({"format": "claimgraph/1",
    "sources": [{"id": "nazarbayev", "name": "Nursultan Nazarbayev", "kind": "person", "aliases": ["Elbasy", "Nazarabayev"]}],
    "documents": [], "claims": [], "stances": []})");
  fs::path csv = dir_ / "rows.csv";
  WriteFile(csv, "claim,proposition,value,unit,source,document\n"
                 "c1,t:years,30,years,Elbasy,d1\n"
                 "c1,,,,Nazarabayev,d2\n");
  RunResult r = RunCli({"trace", json.string(), csv.string(), "--claim", "c1", "--format", "json"});
  ASSERT_EQ(r.code, 0) << r.err;
  rapidjson::Document doc = ParseJson(r.out);
  ASSERT_EQ(doc["origins"].Size(), 1u);
  EXPECT_STREQ(doc["origins"][0].GetString(), "Nursultan Nazarbayev");
}

}  // namespace
}  // namespace claimgraph::cli
