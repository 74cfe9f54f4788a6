// Helpers shared by the command-line tests: run claimgraph in-process with string
// streams, and read or write scratch files.
#ifndef CLAIMGRAPH_TESTS_CLI_CLI_TEST_UTIL_H_
#define CLAIMGRAPH_TESTS_CLI_CLI_TEST_UTIL_H_

#include <gtest/gtest.h>
#include <unistd.h>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <sstream>
#include <string>
#include <vector>

#include "cli/run.h"

namespace claimgraph::cli::testing_util {

struct RunResult {
  int code;
  std::string out, err;
};

inline RunResult RunCli(std::vector<std::string> args, const std::string& stdin_text = "") {
  std::vector<const char*> argv = {"claimgraph"};
  for (const auto& a : args) argv.push_back(a.c_str());
  std::istringstream in(stdin_text);
  std::ostringstream out, err;
  CommandIo io{&in, &out, &err};
  int code = Run(static_cast<int>(argv.size()), argv.data(), io);
  return {code, out.str(), err.str()};
}

inline std::string ReadFile(const std::filesystem::path& path) {
  std::ifstream f(path, std::ios::binary);
  return std::string((std::istreambuf_iterator<char>(f)), std::istreambuf_iterator<char>());
}

inline void WriteFile(const std::filesystem::path& path, const std::string& text) {
  std::ofstream f(path, std::ios::binary);
  f << text;
}

// A scratch folder per test (dir_), made empty before and removed after it.
class ScratchDirTest : public ::testing::Test {
 protected:
  void SetUp() override {
    const ::testing::TestInfo* test = ::testing::UnitTest::GetInstance()->current_test_info();
    dir_ = std::filesystem::temp_directory_path() /
           ("claimgraph_" + std::string(test->test_suite_name()) + "_" +
            std::to_string(::getpid()) + "_" + test->name());
    std::filesystem::remove_all(dir_);
    std::filesystem::create_directories(dir_);
  }
  void TearDown() override { std::filesystem::remove_all(dir_); }
  // The names in `folder` (the scratch folder itself by default), sorted.
  std::vector<std::string> Listing(const std::filesystem::path& folder = {}) const {
    std::vector<std::string> names;
    for (const auto& e : std::filesystem::directory_iterator(folder.empty() ? dir_ : folder)) {
      names.push_back(e.path().filename());
    }
    std::sort(names.begin(), names.end());
    return names;
  }
  std::filesystem::path dir_;
};

}  // namespace claimgraph::cli::testing_util

#endif  // CLAIMGRAPH_TESTS_CLI_CLI_TEST_UTIL_H_
