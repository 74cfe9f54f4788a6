// Helpers shared by the command-line tests: run claimgraph in-process with string
// streams, and read or write scratch files.
#ifndef CLAIMGRAPH_TESTS_CLI_CLI_TEST_UTIL_H_
#define CLAIMGRAPH_TESTS_CLI_CLI_TEST_UTIL_H_

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

}  // namespace claimgraph::cli::testing_util

#endif  // CLAIMGRAPH_TESTS_CLI_CLI_TEST_UTIL_H_
