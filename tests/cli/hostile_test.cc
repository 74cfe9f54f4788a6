// Hostile input through the whole command line (docs/robustness.md): every file in
// tests/fixtures/hostile/ exits 2 naming where the problem is and writes nothing;
// the size limits give clear errors; a failed `-o` leaves no file (or the previous
// one untouched) and no temporary file, whatever point the failure came at.
#include <gtest/gtest.h>
#include <sys/resource.h>
#include <unistd.h>

#include <algorithm>
#include <csignal>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>
#include <vector>

#include "cli/input.h"
#include "cli/output.h"
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

class HostileTest : public testing_util::ScratchDirTest {
 protected:
  void SetUp() override {
    ScratchDirTest::SetUp();
    fs::create_directories(dir_ / "out");
  }
  // What the output folder holds, sorted.
  std::vector<std::string> Outputs() const { return Listing(dir_ / "out"); }
};

// Each line: file<TAB>substring of the error (which starts with the file's path).
TEST_F(HostileTest, EveryHostileFixtureExitsTwoNamingWhereAndWritesNothing) {
  std::ifstream expected(kFixtures / "hostile" / "EXPECTED.tsv");
  ASSERT_TRUE(expected) << "missing tests/fixtures/hostile/EXPECTED.tsv";
  std::string line;
  int cases = 0;
  while (std::getline(expected, line)) {
    if (line.empty() || line[0] == '#') continue;
    size_t tab = line.find('\t');
    ASSERT_NE(tab, std::string::npos) << line;
    const std::string file = line.substr(0, tab), message = line.substr(tab + 1);
    const fs::path input = kFixtures / "hostile" / file;
    ASSERT_TRUE(fs::exists(input)) << file;
    for (const char* command : {"check", "export"}) {
      const fs::path out = dir_ / "out" / "result.json";
      RunResult r = RunCli({command, input.string(), "--format", "json", "-o", out.string()});
      EXPECT_EQ(r.code, 2) << command << " " << file << ": " << r.err;
      EXPECT_EQ(r.err.rfind("claimgraph: " + input.string(), 0), 0u)
          << file << ": the error must start with the file name: " << r.err;
      EXPECT_NE(r.err.find(message), std::string::npos) << file << ": got " << r.err;
      EXPECT_EQ(r.err.find('\0'), std::string::npos) << file << ": NUL in the message";
      EXPECT_EQ(r.err.find('\x1b'), std::string::npos) << file << ": ESC in the message";
      EXPECT_TRUE(r.out.empty());
      EXPECT_TRUE(Outputs().empty()) << file << " left a file behind";
    }
    ++cases;
  }
  EXPECT_GE(cases, 30);
}

// Every file in the folder is listed (a fixture without an expectation tests nothing).
TEST_F(HostileTest, EveryHostileFixtureIsListed) {
  const std::string listing = ReadFile(kFixtures / "hostile" / "EXPECTED.tsv");
  for (const auto& e : fs::directory_iterator(kFixtures / "hostile")) {
    const std::string name = e.path().filename();
    if (name == "EXPECTED.tsv") continue;
    EXPECT_NE(listing.find("\n" + name + "\t"), std::string::npos) << name << " is not listed";
  }
}

// A field over 1 MiB (here 5 MB, made here rather than kept in the repository).
TEST_F(HostileTest, FieldOverOneMebibyteIsAnError) {
  const fs::path csv = dir_ / "long_field.csv";
  WriteFile(csv, "proposition,value,source,quote\np,1,s,\"" + std::string(5'000'000, 'x') + "\"\n");
  RunResult r = RunCli({"check", csv.string()});
  EXPECT_EQ(r.code, 2);
  EXPECT_NE(r.err.find("long_field.csv:2:7 (column 'quote'): field of 5000000 bytes exceeds the "
                       "limit of 1 MiB (1048576 bytes)"),
            std::string::npos)
      << r.err;
  // Exactly at the limit is fine.
  WriteFile(csv, "proposition,value,source,quote\np,1,s," + std::string(1 << 20, 'x') + "\n");
  EXPECT_EQ(RunCli({"check", csv.string()}).code, 0);
  // A JSON string over the limit, too.
  const fs::path json = dir_ / "long_string.json";
  WriteFile(json, "{\"format\": \"claimgraph/1\", \"sources\": [{\"id\": \"" +
                      std::string((1 << 20) + 1, 'x') + "\"}]}");
  r = RunCli({"check", json.string()});
  EXPECT_EQ(r.code, 2);
  EXPECT_NE(r.err.find("exceeds the limit of 1 MiB"), std::string::npos) << r.err;
}

// An input over kMaxInputBytes is refused before it is read (a sparse file: no disk).
TEST_F(HostileTest, InputOverTheSizeLimitIsAnError) {
  const fs::path big = dir_ / "huge.csv";
  WriteFile(big, "proposition,value,source\n");
  std::error_code ec;
  fs::resize_file(big, kMaxInputBytes + 1, ec);
  if (ec) GTEST_SKIP() << "cannot make a sparse file here: " << ec.message();
  const fs::path out = dir_ / "out" / "r.txt";
  RunResult r = RunCli({"check", big.string(), "-o", out.string()});
  EXPECT_EQ(r.code, 2);
  EXPECT_NE(r.err.find("huge.csv' is larger than the input limit of 4294967295 bytes"),
            std::string::npos)
      << r.err;
  EXPECT_TRUE(Outputs().empty());
}

TEST_F(HostileTest, NumbersAtTheEdgesAreRejectedInBothFormats) {
  for (const std::string value : {"1e400", "-1e400", "NaN", "nan", "Infinity", "-inf",
                                  "18446744073709551616", "1e16", "-1000000000000001"}) {
    RunResult csv = RunCli({"check", "-", "--from", "csv"},
                           "proposition,value,source\np," + value + ",s\n");
    EXPECT_EQ(csv.code, 2) << value;
    EXPECT_NE(csv.err.find("<stdin>:2:3 (column 'value'): bad value"), std::string::npos)
        << value << ": " << csv.err;
    RunResult json = RunCli({"check", "-", "--from", "json"},
                            "{\"format\": \"claimgraph/1\", \"claims\": [{\"id\": \"c\", "
                            "\"proposition\": \"p\", \"value\": " +
                                value + "}]}");
    EXPECT_EQ(json.code, 2) << value;
    EXPECT_NE(json.err.find("<stdin>:1:"), std::string::npos) << value << ": " << json.err;
  }
  // At the limit: accepted, and printed back exactly.
  RunResult edge = RunCli({"export", "-", "--from", "csv", "--format", "json"},
                          "proposition,value,source\np,-1e15,s\n");
  ASSERT_EQ(edge.code, 0) << edge.err;
  EXPECT_NE(edge.out.find("-1000000000000000"), std::string::npos) << edge.out;
}

// -0 and 0 are one figure: the same claim, in CSV and JSON.
TEST_F(HostileTest, NegativeZeroEqualsZero) {
  RunResult csv = RunCli({"export", "-", "--from", "csv", "--format", "json"},
                         "proposition,value,source\np,-0,s\np,0,t\np,0.0,u\n");
  ASSERT_EQ(csv.code, 0) << csv.err;
  EXPECT_EQ(csv.out.find("-0"), std::string::npos) << csv.out;
  size_t claims = 0;
  for (size_t at = csv.out.find("\"proposition\""); at != std::string::npos;
       at = csv.out.find("\"proposition\"", at + 1)) {
    ++claims;
  }
  EXPECT_EQ(claims, 1u) << csv.out;
}

// Regression (found by the invariants test): two stances alike but for an extra
// column were ordered by input position, so swapping the rows changed the export.
TEST_F(HostileTest, StancesDifferingOnlyInAttributesHaveOneOrder) {
  const std::string header = "proposition,value,source,note\n";
  const std::string a = "p,1,s,first\n", b = "p,1,s,second\n";
  RunResult ab = RunCli({"export", "-", "--from", "csv", "--format", "json"}, header + a + b);
  RunResult ba = RunCli({"export", "-", "--from", "csv", "--format", "json"}, header + b + a);
  ASSERT_EQ(ab.code, 0) << ab.err;
  EXPECT_EQ(ab.out, ba.out);
}

// `-o` into a folder that does not exist: exit 1, nothing created.
TEST_F(HostileTest, OutputIntoMissingFolderFailsCleanly) {
  const fs::path out = dir_ / "out" / "no" / "such" / "report.json";
  RunResult r = RunCli({"check", (kFixtures / "claims.csv").string(), "-o", out.string()});
  EXPECT_EQ(r.code, 1);
  EXPECT_NE(r.err.find("report.json"), std::string::npos) << r.err;
  EXPECT_TRUE(Outputs().empty());
}

// `-o` into a read-only folder: exit 1, nothing created. (root ignores the mode.)
TEST_F(HostileTest, OutputIntoReadOnlyFolderFailsCleanly) {
  if (::geteuid() == 0) GTEST_SKIP() << "root writes into read-only folders";
  fs::permissions(dir_ / "out", fs::perms::owner_read | fs::perms::owner_exec);
  RunResult r = RunCli({"check", (kFixtures / "claims.csv").string(), "-o",
                        (dir_ / "out" / "report.json").string()});
  fs::permissions(dir_ / "out", fs::perms::owner_all);
  EXPECT_EQ(r.code, 1);
  EXPECT_TRUE(Outputs().empty());
}

// The rename fails at the very end (the target is a folder): the temporary file goes.
TEST_F(HostileTest, FailedRenameLeavesNoTemporaryFile) {
  fs::create_directories(dir_ / "out" / "report.json");
  WriteFile(dir_ / "out" / "report.json" / "keep", "x");
  RunResult r = RunCli({"check", (kFixtures / "claims.csv").string(), "-o",
                        (dir_ / "out" / "report.json").string()});
  EXPECT_EQ(r.code, 1);
  EXPECT_EQ(Outputs(), std::vector<std::string>{"report.json"});
  EXPECT_EQ(ReadFile(dir_ / "out" / "report.json" / "keep"), "x");
}

// The disk fills mid-write (RLIMIT_FSIZE makes write() fail with EFBIG after 4 KiB):
// exit 1, the previous file untouched, no temporary file left.
TEST_F(HostileTest, WriteFailingMidwayLeavesThePreviousFile) {
  const fs::path out = dir_ / "out" / "graph.json";
  WriteFile(out, "previous");
  struct rlimit old_limit;
  ASSERT_EQ(::getrlimit(RLIMIT_FSIZE, &old_limit), 0);
  struct rlimit small = old_limit;
  small.rlim_cur = 4096;
  auto old_handler = std::signal(SIGXFSZ, SIG_IGN);
  ASSERT_EQ(::setrlimit(RLIMIT_FSIZE, &small), 0);
  // The bundled dataset exports to ~100 KB of JSON.
  RunResult r = RunCli({"export", "--format", "json", "--pretty", "-o", out.string()});
  ::setrlimit(RLIMIT_FSIZE, &old_limit);
  std::signal(SIGXFSZ, old_handler);
  EXPECT_EQ(r.code, 1) << r.err;
  EXPECT_FALSE(r.err.empty());
  EXPECT_EQ(ReadFile(out), "previous");
  EXPECT_EQ(Outputs(), std::vector<std::string>{"graph.json"});
}

}  // namespace
}  // namespace claimgraph::cli
