#!/usr/bin/env bash
# Runs the command-line end-to-end tests (cli_test: every command, the fixtures, the
# hostile files, atomic output) under valgrind memcheck; fails on any error or leak.
#   tests/valgrind.sh BUILD_DIR [GTEST_ARGS...]
# BUILD_DIR must be a build without sanitizers (e.g. build/dev or build/release):
# ASan/TSan binaries cannot run under valgrind.
set -euo pipefail
if [[ $# -lt 1 ]]; then
  echo "usage: $0 BUILD_DIR [GTEST_ARGS...]" >&2
  exit 2
fi
build=$1
shift
test_binary="$build/tests/cli/cli_test"
if [[ ! -x "$test_binary" ]]; then
  echo "$0: no $test_binary (build the cli_test target first)" >&2
  exit 2
fi
command -v valgrind >/dev/null || { echo "$0: valgrind is not installed (apt-get install valgrind)" >&2; exit 2; }
# --child-silent-after-fork: the tests run Graphviz's `dot` as a child process.
exec valgrind --tool=memcheck --error-exitcode=1 --leak-check=full --errors-for-leak-kinds=definite,indirect \
  --show-leak-kinds=definite,indirect --track-origins=yes --child-silent-after-fork=yes \
  "$test_binary" "$@"
