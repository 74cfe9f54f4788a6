#include <iostream>

#include "cli/memory_policy.h"
#include "cli/run.h"

int main(int argc, char** argv) {
  claimgraph::cli::TuneMalloc(argv);
  std::ios::sync_with_stdio(false);
  claimgraph::cli::CommandIo io{&std::cin, &std::cout, &std::cerr};
  return claimgraph::cli::Run(argc, argv, io);
}
