#!/usr/bin/env bash
# Builds the libFuzzer targets with clang in build/fuzz and runs each for SECONDS:
#   tests/fuzz/run.sh SECONDS [TARGET...]
# TARGET: csv_importer_fuzz json_importer_fuzz figure_parser_fuzz pipeline_fuzz
# (default: all). Each run starts from a copy of tests/fuzz/corpus/TARGET and keeps
# what it finds in build/fuzz/corpus/TARGET; crash inputs land in build/fuzz/artifacts/.
# Prints per target the executions and the result; exits non-zero on any crash.
set -uo pipefail
if [[ $# -lt 1 || ! "$1" =~ ^[0-9]+$ ]]; then
  echo "usage: $0 SECONDS [TARGET...]" >&2
  exit 2
fi
seconds=$1
shift
root=$(cd "$(dirname "$0")/../.." && pwd)
build=${CLAIMGRAPH_FUZZ_BUILD_DIR:-$root/build/fuzz}
targets=("$@")
[[ ${#targets[@]} -eq 0 ]] && targets=(csv_importer_fuzz json_importer_fuzz figure_parser_fuzz pipeline_fuzz)

# CLAIMGRAPH_FUZZ_NO_BUILD=1 runs what build/fuzz holds (two run.sh in parallel
# must not both run ninja in one build folder).
if [[ -z "${CLAIMGRAPH_FUZZ_NO_BUILD:-}" ]]; then
  cmake -S "$root" -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo \
    -DCMAKE_CXX_COMPILER=clang++ -DCLAIMGRAPH_BUILD_FUZZERS=ON \
    -DCLAIMGRAPH_BUILD_TESTS=OFF >/dev/null || exit 1
  # Only the fuzz targets (and the libraries they link), not the CLI.
  ninja -C "$build" "${targets[@]}" >/dev/null || ninja -C "$build" "${targets[@]}" || exit 1
fi

# Recoverable UBSan checks halt (so they count as crashes) unless suppressed.
export UBSAN_OPTIONS="halt_on_error=1:print_stacktrace=1:suppressions=$root/tests/fuzz/ubsan.supp"
export ASAN_OPTIONS="${ASAN_OPTIONS:-detect_leaks=1}"
status=0
mkdir -p "$build/artifacts" "$build/logs"
for t in "${targets[@]}"; do
  corpus="$build/corpus/$t"
  mkdir -p "$corpus"
  cp -n "$root/tests/fuzz/corpus/$t/"* "$corpus/" 2>/dev/null
  log="$build/logs/$t.log"
  "$build/tests/fuzz/$t" -max_total_time="$seconds" -timeout=10 -rss_limit_mb=2048 \
    -print_final_stats=1 -artifact_prefix="$build/artifacts/$t-" "$corpus" >"$log" 2>&1
  rc=$?
  execs=$(grep -o 'stat::number_of_executed_units: *[0-9]*' "$log" | grep -o '[0-9]*$' | tail -1)
  if [[ -z "$execs" ]]; then
    execs=$(grep -o '^#[0-9]*' "$log" | tail -1 | tr -d '#')
  fi
  if [[ $rc -eq 0 ]]; then
    result="ok"
  else
    result="CRASH (exit $rc; see $log and $build/artifacts/$t-*)"
    status=1
  fi
  printf '%-20s %12s execs in %ss  %s\n' "$t" "${execs:-?}" "$seconds" "$result"
done
exit $status
