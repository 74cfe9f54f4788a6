#!/usr/bin/python3
"""Pair-by-pair equality of `claimgraph check` with the sqlite3 peer on gen.py data.

Usage: peer_pairs_test.py CLAIMGRAPH BENCH_DIR WORK_DIR N
Generates N claims with BENCH_DIR/gen.py (seed 1) into WORK_DIR, runs the peer
(BENCH_DIR/sqlite_peer.sh) and claimgraph on the same CSV, and checks that
claimgraph's disjoint + revision pairs are exactly the peer's contradiction pairs
and its disputes exactly the peer's dispute rows. Peer claim ids ("c<k>", k-th
distinct claim in CSV first-appearance order, as gen.py documents) are mapped to
claimgraph's claims through their figures.
"""
import collections, csv, json, os, subprocess, sys


def figure_key(prop, qual, lo, hi, unit, as_of):
    return (prop, qual, float(lo), float(hi), unit, as_of)


def main():
    binary, bench, work, n = sys.argv[1], sys.argv[2], sys.argv[3], int(sys.argv[4])
    os.makedirs(work, exist_ok=True)
    prefix = os.path.join(work, "gen")
    if not os.path.exists(prefix + ".csv"):
        subprocess.run([sys.executable, os.path.join(bench, "gen.py"), str(n), "1", prefix],
                       check=True, stderr=subprocess.DEVNULL)
    subprocess.run(["bash", os.path.join(bench, "sqlite_peer.sh"), prefix + ".csv",
                    os.path.join(work, "sqlite")], check=True, stderr=subprocess.DEVNULL)
    peer = json.load(open(os.path.join(work, "sqlite.json")))
    out = os.path.join(work, "claimgraph.json")
    subprocess.run([binary, "check", prefix + ".csv", "--format", "json", "-o", out], check=True)
    ours = json.load(open(out))

    # Peer ids by first appearance of the claim's fields in the CSV.
    peer_id = {}
    with open(prefix + ".csv", newline="") as f:
        for row in csv.DictReader(f):
            raw = (row["proposition"], row["value"], row["qualifier"], row["unit"], row["as_of"])
            if raw in peer_id:
                continue
            lo, _, hi = row["value"].partition("..")
            key = figure_key(row["proposition"], row["qualifier"], lo, hi or lo, row["unit"], row["as_of"])
            peer_id[raw] = ("c%d" % len(peer_id), key)
    by_key = {key: cid for cid, key in peer_id.values()}
    assert len(by_key) == len(peer_id), "two peer claims share a figure"

    def mapped(item, claim):
        v = claim["value"]
        lo, hi = (v[0], v[1]) if isinstance(v, list) else (v, v)
        key = figure_key(item["proposition"], claim["qualifier"], lo, hi, claim["unit"], claim.get("as_of", ""))
        return by_key[key]

    problems = []
    ours_pairs = collections.Counter()
    ours_disputes = collections.Counter()
    for item in ours["contradictions"]:
        if item["kind"] in ("disjoint", "revision"):
            ours_pairs[tuple(sorted(mapped(item, c) for c in item["claims"]))] += 1
        elif item["kind"] == "dispute":
            cid = mapped(item, item["claims"][0])
            for d in item["disputes"]:
                ours_disputes[(cid, d["source"], d["document"])] += 1
    peer_pairs = collections.Counter(tuple(sorted((c["a"], c["b"]))) for c in peer["contradictions"])
    peer_disputes = collections.Counter((d["claim"], d["source"], d["document"]) for d in peer["disputes"])

    if sum(ours_pairs.values()) != peer["summary"]["contradiction_pairs"]:
        problems.append("pair count: claimgraph %d, peer %d" % (sum(ours_pairs.values()),
                                                               peer["summary"]["contradiction_pairs"]))
    missing, extra = peer_pairs - ours_pairs, ours_pairs - peer_pairs
    if missing:
        problems.append("pairs the peer found and claimgraph did not: %s" % list(missing)[:5])
    if extra:
        problems.append("pairs claimgraph found and the peer did not: %s" % list(extra)[:5])
    if ours_disputes != peer_disputes:
        problems.append("disputes differ: missing %s, extra %s" % (
            list(peer_disputes - ours_disputes)[:3], list(ours_disputes - peer_disputes)[:3]))
    if ours["summary"]["claims"] != peer["summary"]["claims"]:
        problems.append("claims: claimgraph %d, peer %d" % (ours["summary"]["claims"], peer["summary"]["claims"]))
    if ours["summary"]["stances"] != peer["summary"]["stances"]:
        problems.append("stances: claimgraph %d, peer %d" % (ours["summary"]["stances"], peer["summary"]["stances"]))

    print("claims %d, pairs %d (peer %d), dispute rows %d (peer %d)" % (
        ours["summary"]["claims"], sum(ours_pairs.values()), peer["summary"]["contradiction_pairs"],
        sum(ours_disputes.values()), len(peer["disputes"])))
    for p in problems:
        print("FAIL:", p)
    print("%d passed, %d failed" % (0 if problems else 1, 1 if problems else 0))
    sys.exit(1 if problems else 0)


if __name__ == "__main__":
    main()
