// Golden files: expected exports of the small fixtures, in tests/fixtures/golden/,
// compared byte for byte. CLAIMGRAPH_UPDATE_GOLDEN=1 rewrites them (the test is
// then skipped, so a rewrite never passes silently): review the diff by eye
// before committing.
#ifndef CLAIMGRAPH_TESTS_EXPORTERS_GOLDEN_H_
#define CLAIMGRAPH_TESTS_EXPORTERS_GOLDEN_H_

#include <gtest/gtest.h>

#include <cstdlib>
#include <fstream>
#include <sstream>
#include <string>

namespace claimgraph::testing {

inline std::string ReadGolden(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) return {};
  std::ostringstream s;
  s << in.rdbuf();
  return s.str();
}

// Compares `actual` with golden file `name` (CLAIMGRAPH_GOLDEN_DIR/name).
inline void ExpectGolden(const std::string& name, const std::string& actual) {
  const std::string path = std::string(CLAIMGRAPH_GOLDEN_DIR) + "/" + name;
  if (std::getenv("CLAIMGRAPH_UPDATE_GOLDEN") != nullptr) {
    std::ofstream(path, std::ios::binary) << actual;
    GTEST_SKIP() << "rewrote " << path << ": review it before committing";
  }
  std::string golden = ReadGolden(path);
  if (golden == actual) return;
  const std::string got = std::string(::testing::TempDir()) + name + ".actual";
  std::ofstream(got, std::ios::binary) << actual;
  ADD_FAILURE() << name << " differs from its golden file.\n  see: diff -u " << path << " " << got
                << "\n  if the change is intended, regenerate with CLAIMGRAPH_UPDATE_GOLDEN=1 "
                   "and review the diff before committing.";
}

}  // namespace claimgraph::testing

#endif  // CLAIMGRAPH_TESTS_EXPORTERS_GOLDEN_H_
