#!/usr/bin/env bash
# Redraws the pictures in docs/img with claimgraph itself, from the bundled
# dataset (data/kazakhstan.json): one per scope, the check diagram and the legend.
#
#   docs/img/regenerate.sh [CLAIMGRAPH]
#   cmake --build --preset dev --target docs-img     # the same, with that build
#
# CLAIMGRAPH defaults to build/release/cli/claimgraph, else build/dev/cli/claimgraph.
# The SVGs are deterministic for one Graphviz version and font set (Debian 12:
# Graphviz 2.42.2, DejaVu Sans standing in for Helvetica).
set -euo pipefail
root="$(cd "$(dirname "$0")/../.." && pwd)"
claimgraph="${1:-}"
if [ -z "$claimgraph" ]; then
  for candidate in "$root/build/release/cli/claimgraph" "$root/build/dev/cli/claimgraph"; do
    if [ -x "$candidate" ]; then claimgraph="$candidate"; break; fi
  done
fi
if [ -z "$claimgraph" ] || [ ! -x "$claimgraph" ]; then
  echo "regenerate.sh: no claimgraph binary; build one or pass its path" >&2
  exit 2
fi
data="$root/data/kazakhstan.json"
img="$root/docs/img"

# --proposition: the January 2022 death toll, "at least 164" | "225" | "much more".
"$claimgraph" export "$data" --format svg --proposition kz-2022-unrest:deaths \
  -o "$img/kz-2022-deaths.svg"
# --focus: the official 225 and its neighbours: who asserts it, who disputes it,
# whom the text credits. (Two hops would bring in every figure the Socialist
# Movement gives, a row forty boxes wide.)
"$claimgraph" export "$data" --format svg --focus kz2022-deaths-225-official --depth 1 \
  -o "$img/kz-focus-225.svg"
# --conflicts-only: every claim in a contradiction or dispute, and what leads to it.
"$claimgraph" export "$data" --format svg --conflicts-only -o "$img/kz-conflicts.svg"
# check: just the contradictions, one cluster per proposition.
"$claimgraph" check "$data" --format svg -o "$img/kz-check.svg"
# The legend alone: the legend of an empty graph.
printf '%s' '{"format": "claimgraph/1", "sources": [], "documents": [], "claims": [], "stances": []}' |
  "$claimgraph" export - --from json --format svg --legend -o "$img/legend.svg"
echo "redrew $img with $claimgraph"
