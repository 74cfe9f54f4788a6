#!/usr/bin/env bash
# The extract → edit → check workflow of docs/extract.md, run on the real binary:
#   1. extract two seed articles to the import CSV;
#   2. check refuses the unfilled sheet (exit 2, naming the empty field by row);
#   3. a script fills in source and proposition (keeping two figures of one fact);
#   4. check finds the contradiction between them.
# Usage: extract_cli_test.sh PATH/TO/claimgraph [SEEDS_DIR]
set -euo pipefail

BIN=${1:?usage: extract_cli_test.sh PATH/TO/claimgraph [SEEDS_DIR]}
SEEDS=${2:-$(cd "$(dirname "$0")/../../.." && pwd)/shared/seeds}
PY=$(command -v python3)
TMP=$(mktemp -d)
trap 'rm -rf "$TMP"' EXIT

fail() { echo "FAIL: $*" >&2; exit 1; }
expect_rc() {  # expect_rc WANT CMD...: run CMD, compare its exit code
  local want=$1; shift
  set +e; "$@" >"$TMP/out" 2>"$TMP/err"; local rc=$?; set -e
  [[ $rc == "$want" ]] || fail "'$*' exited $rc, want $want: $(head -c 400 "$TMP/err")"
}

A=001_e64a48962d25b4f5.txt   # 2011: "many dozens dead"
B=003_4db3432b77fc76d5.txt   # 2011: "the police killed 17 people"

# 1. Extract to the import CSV.
expect_rc 0 "$BIN" extract "$SEEDS/$A" "$SEEDS/$B" --format csv -o "$TMP/candidates.csv"
head -1 "$TMP/candidates.csv" | tr -d '\r' | grep -q \
  '^claim,proposition,value,qualifier,unit,as_of,source,stance,document,published,attributed_to,derived_from,quote' \
  || fail "CSV header: $(head -1 "$TMP/candidates.csv")"
grep -q "24..99,range,.*$A" "$TMP/candidates.csv" || fail "no 'many dozens' row for $A"
grep -q "^,,17,exact,.*$B" "$TMP/candidates.csv" || fail "no '17 people' row for $B"

# 2. The unfilled sheet is refused: exit 2, naming the empty required field and the row.
expect_rc 2 "$BIN" check "$TMP/candidates.csv" --format json
grep -q "candidates.csv:2:" "$TMP/err" || fail "no row in: $(cat "$TMP/err")"
grep -q "source" "$TMP/err" || fail "empty source not named: $(cat "$TMP/err")"
# With the source filled in, the next empty required field is the proposition.
"$PY" - "$TMP/candidates.csv" "$TMP/source_only.csv" <<'PYEOF'
import csv, sys
rows = list(csv.DictReader(open(sys.argv[1], newline="", encoding="utf-8")))
with open(sys.argv[2], "w", newline="", encoding="utf-8") as f:
    w = csv.DictWriter(f, fieldnames=list(rows[0].keys()))
    w.writeheader()
    for r in rows:
        r["source"] = "someone"
        w.writerow(r)
PYEOF
expect_rc 2 "$BIN" check "$TMP/source_only.csv" --format json
grep -q "source_only.csv:2:" "$TMP/err" || fail "no row in: $(cat "$TMP/err")"
grep -q "proposition" "$TMP/err" || fail "empty proposition not named: $(cat "$TMP/err")"

# 3. A person's edit: keep the death tolls of December 2011 and the sackings, name
#    the proposition and the source of each row, drop the other candidates.
"$PY" - "$TMP/candidates.csv" "$TMP/filled.csv" "$A" "$B" <<'PYEOF'
import csv, sys
src, dst, a, b = sys.argv[1:]
sources = {a: "Socialist Party (Ireland)", b: "Communist Voice"}
keep = []
for r in csv.DictReader(open(src, newline="", encoding="utf-8")):
    if r["document"] == a and r["text"] == "many dozens":
        r["proposition"] = "zhanaozen-2011:deaths"
    elif r["document"] == b and r["value"] == "17":
        r["proposition"] = "zhanaozen-2011:deaths"
    elif r["document"] == a and r["value"] == "2000" and r["qualifier"] == "at_most":
        r["proposition"] = "uzen-2011:sacked"
    elif r["document"] == b and r["value"] == "1000" and r["qualifier"] == "about":
        r["proposition"] = "uzen-2011:sacked"
    else:
        continue
    r["source"] = sources[r["document"]]
    r["unit"] = "people"
    keep.append(r)
assert len(keep) == 4, f"expected 4 rows to keep, got {len(keep)}"
with open(dst, "w", newline="", encoding="utf-8") as f:
    w = csv.DictWriter(f, fieldnames=list(keep[0].keys()))
    w.writeheader()
    w.writerows(keep)
PYEOF

# 4. check finds the real contradiction: 17 dead against "many dozens" (24..99) are
#    disjoint; "up to 2,000" and "about 1,000" sacked are compatible.
expect_rc 0 "$BIN" check "$TMP/filled.csv" --format json
"$PY" - "$TMP/out" <<'PYEOF'
import json, sys
report = json.load(open(sys.argv[1], encoding="utf-8"))
items = report.get("contradictions", [])
deaths = [i for i in items if i["proposition"] == "zhanaozen-2011:deaths" and i["kind"] == "disjoint"]
assert len(deaths) == 1, f"want one disjoint pair on deaths, got {items}"
bounds = sorted((c["min"], c["max"]) for c in deaths[0]["claims"])
assert [tuple(map(float, b)) for b in bounds] == [(17.0, 17.0), (24.0, 99.0)], bounds
sacked = [i for i in items if i["proposition"] == "uzen-2011:sacked" and i["kind"] == "disjoint"]
assert not sacked, f"'up to 2,000' and 'about 1,000' overlap: {sacked}"
PYEOF

# Standard input, JSON: the contract field names and a hedged figure.
"$BIN" extract - --format json <"$SEEDS/$B" >"$TMP/b.json"
"$PY" - "$TMP/b.json" "$SEEDS/$B" <<'PYEOF'
import json, sys
report = json.load(open(sys.argv[1], encoding="utf-8"))
text = open(sys.argv[2], "rb").read()
ms = report["mentions"]
assert ms, "no mentions"
for m in ms:
    for k in ("start", "end", "text", "value", "min", "max", "qualifier", "counted",
              "sentence_start", "sentence_end", "file"):
        assert k in m, f"missing {k} in {m}"
    assert text[m["start"]:m["end"]].decode("utf-8") == m["text"], m
    assert m["sentence_start"] <= m["start"] and m["end"] <= m["sentence_end"], m
first = ms[0]
assert (first["text"], first["value"], first["qualifier"]) == ("164", 164, "at_least"), first
assert first["file"] == "-", first
PYEOF

# -o writes the same bytes as standard output; text format reads "At least 164 → [164, ∞)".
"$BIN" extract "$SEEDS/$B" >"$TMP/stdout.txt"
expect_rc 0 "$BIN" extract "$SEEDS/$B" -o "$TMP/file.txt"
cmp -s "$TMP/stdout.txt" "$TMP/file.txt" || fail "-o output differs from standard output"
grep -q "At least 164 → \[164, ∞) people" "$TMP/file.txt" || fail "text reading: $(head -5 "$TMP/file.txt")"

# Usage and input errors exit 2.
expect_rc 2 "$BIN" extract "$SEEDS/$B" --lang fr
expect_rc 2 "$BIN" extract "$SEEDS/$B" --format xml
expect_rc 2 "$BIN" extract
printf 'ok 12 people\n\xff bad\n' >"$TMP/bad.txt"
expect_rc 2 "$BIN" extract "$TMP/bad.txt"
grep -q "bad.txt:2:1" "$TMP/err" || fail "invalid UTF-8 location: $(cat "$TMP/err")"

echo "extract_cli: ok"
