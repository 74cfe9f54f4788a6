#!/usr/bin/python3
"""Side-by-side benchmark: claimgraph against the sqlite3 peer on gen.py data.

Usage: bench/run.py [--sizes 10000,100000,1000000] [--scratch DIR] [--claimgraph BIN]
                    [--shared ../shared] [--runs 1]

Generates each size with shared/bench/gen.py into a scratch folder (never the
repository), writes claimgraph's native JSON of it once (`export --format json`),
then runs, one after the other, each on a warm cache (its input is read through
just before every run: this VM's host takes idle page cache back within minutes)
and into fresh output files (an earlier run's are removed and synced first):
  claimgraph check CSV --format json -o OUT
  claimgraph check CSV --format json -o OUT --sync   (the same, fsync'ed)
  claimgraph check NATIVE.json --format json -o OUT
  claimgraph trace CSV --format json -o OUT
  claimgraph export CSV --format json -o OUT
  shared/bench/sqlite_peer.sh CSV OUT
and prints one table: wall seconds, peak RSS, bytes of peak RSS per stance, and
the ratios against the sqlite3 peer; whether claimgraph's disjoint + revision
pairs number the peer's contradiction_pairs at each size; then the scaling
exponent b (time ~ N^b) from the smallest to the largest size. Each figure is
the best of --runs runs.

Last, what the machine itself charges for the largest size, whatever the engine:
writing as many bytes as its check report with O_DIRECT (as `-o` does) and
fsync'ing them (as `--sync` adds), and faulting in one GiB of fresh memory (on a VM each new page is
first backed by the host). Against the bar (1/20 of the peer) these say how much
of the budget is left for the work proper.
"""
import argparse, json, math, mmap, os, re, subprocess, sys, time

HERE = os.path.dirname(os.path.abspath(__file__))


def timed(cmd):
    """(wall seconds, peak RSS bytes) of a command, via GNU time."""
    t0 = time.perf_counter()
    p = subprocess.run(["/usr/bin/time", "-f", "%M"] + cmd, capture_output=True, text=True)
    wall = time.perf_counter() - t0
    if p.returncode != 0:
        sys.exit("failed: %s\n%s" % (" ".join(cmd), p.stderr[-2000:]))
    rss_kb = int(p.stderr.strip().splitlines()[-1])
    return wall, rss_kb * 1024


def warm(path):
    """Reads a file through, untimed, so the run after finds it in the page cache."""
    with open(path, "rb") as fh:
        while fh.read(1 << 24):
            pass


def clear(outputs):
    """Removes a command's outputs left by an earlier run, untimed, and syncs: else
    the run pays for freeing the old file's blocks (a 1.4 GB report: 0.4 s on an
    ext4 mounted with discard, in the rename or the fsync)."""
    for path in outputs:
        if os.path.exists(path):
            os.remove(path)
    os.sync()


def best(cmd, runs, input_path, outputs):
    results = []
    for _ in range(runs):
        clear(outputs)
        warm(input_path)
        results.append(timed(cmd))
    return min(r[0] for r in results), min(r[1] for r in results)


def summary(path):
    """The integer fields of a report's leading "summary" object, read from its first
    bytes only (the reports run to gigabytes)."""
    with open(path, "rb") as f:
        head = f.read(1 << 16).decode("utf-8", "replace")
    m = re.search(r'"summary"\s*:\s*\{([^{}]*)\}', head)
    return {k: int(v) for k, v in re.findall(r'"(\w+)"\s*:\s*(-?\d+)', m.group(1))} if m else {}


def device_floor(path, size, runs):
    """(write seconds, fsync seconds) of `size` bytes written with O_DIRECT from a
    page-aligned buffer in 8 MiB blocks, as claimgraph writes a large report; best
    of `runs`."""
    block = 8 << 20
    buf = mmap.mmap(-1, block)  # page-aligned, as O_DIRECT wants
    buf.write(b"x" * block)
    best_write = best_sync = float("inf")
    for _ in range(runs):
        fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_TRUNC | os.O_DIRECT, 0o644)
        try:
            t0 = time.perf_counter()
            for _ in range(max(1, size // block)):
                os.write(fd, buf)
            t1 = time.perf_counter()
            os.fsync(fd)
            t2 = time.perf_counter()
        finally:
            os.close(fd)
            os.remove(path)
        best_write, best_sync = min(best_write, t1 - t0), min(best_sync, t2 - t1)
    return best_write, best_sync


def fresh_memory(runs, size=1 << 30):
    """Seconds to fault in `size` bytes of fresh private anonymous memory advised
    for huge pages (as claimgraph's malloc gets it): the best and the worst of
    `runs`, then the best time to write the same pages again. On a VM the first
    touch costs what the host charges to back the page, which swings with how
    recently the guest used that memory, hence best and worst."""
    firsts, again = [], float("inf")
    for _ in range(runs):
        m = mmap.mmap(-1, size, flags=mmap.MAP_PRIVATE | mmap.MAP_ANONYMOUS)
        if hasattr(mmap, "MADV_HUGEPAGE"):
            m.madvise(mmap.MADV_HUGEPAGE)
        t0 = time.perf_counter()
        for off in range(0, size, 4096):
            m[off] = 1
        t1 = time.perf_counter()
        for off in range(0, size, 4096):
            m[off] = 2
        t2 = time.perf_counter()
        m.close()
        firsts.append(t1 - t0)
        again = min(again, t2 - t1)
    return min(firsts), max(firsts), again


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--sizes", default="10000,100000,1000000")
    ap.add_argument("--scratch", default="/tmp/claimgraph-bench")
    ap.add_argument("--claimgraph", default=os.path.join(HERE, "..", "build", "release", "cli", "claimgraph"))
    ap.add_argument("--shared", default=os.path.join(HERE, "..", "..", "shared"))
    ap.add_argument("--runs", type=int, default=1)
    args = ap.parse_args()
    cg, bench = os.path.abspath(args.claimgraph), os.path.join(os.path.abspath(args.shared), "bench")
    os.makedirs(args.scratch, exist_ok=True)
    rows, scaling, answers, report_bytes = [], {}, [], {}
    for n in [int(s) for s in args.sizes.split(",")]:
        prefix = os.path.join(args.scratch, "gen%d" % n)
        if not os.path.exists(prefix + ".csv"):
            subprocess.run([sys.executable, os.path.join(bench, "gen.py"), str(n), "1", prefix],
                           check=True, stderr=subprocess.DEVNULL)
        native = prefix + ".claimgraph.json"
        if not os.path.exists(native):
            subprocess.run([cg, "export", prefix + ".csv", "--format", "json", "-o", native], check=True)
        stances = sum(1 for _ in open(prefix + ".csv", "rb")) - 1  # gen.py quotes hold no newlines
        out = os.path.join(args.scratch, "out")
        runs = [
            ("claimgraph check (CSV)", [cg, "check", prefix + ".csv", "--format", "json", "-o", out + ".json"]),
            ("claimgraph check (CSV) --sync",
             [cg, "check", prefix + ".csv", "--format", "json", "-o", out + ".json", "--sync"]),
            ("claimgraph check (JSON)", [cg, "check", native, "--format", "json", "-o", out + ".json"]),
            ("claimgraph trace (CSV)", [cg, "trace", prefix + ".csv", "--format", "json", "-o", out + ".trace.json"]),
            ("claimgraph export (CSV)", [cg, "export", prefix + ".csv", "--format", "json", "-o", out + ".export.json"]),
            ("sqlite3 peer", ["bash", os.path.join(bench, "sqlite_peer.sh"), prefix + ".csv", out + ".sqlite"]),
        ]
        # Each command's input is the file after the verb (the peer's: its first
        # argument); its outputs, the file after -o (the peer's: its prefix + .json, .dot).
        def outputs(cmd):
            if "-o" in cmd:
                return [cmd[cmd.index("-o") + 1]]
            return [cmd[-1] + ".json", cmd[-1] + ".dot"]
        measured = {name: best(cmd, args.runs, cmd[2], outputs(cmd)) for name, cmd in runs}
        peer_wall, peer_rss = measured["sqlite3 peer"]
        for name, (wall, rss) in measured.items():
            rows.append((n, name, wall, rss, rss / stances, peer_wall / wall, rss / peer_rss))
        scaling[n] = measured["claimgraph check (CSV)"][0]
        ours, theirs = summary(out + ".json"), summary(out + ".sqlite.json")
        answers.append((n, ours.get("disjoint", -1) + ours.get("revision", -1),
                        theirs.get("contradiction_pairs", -2)))
        report_bytes[n] = os.path.getsize(out + ".json")
        for f in os.listdir(args.scratch):
            if f.startswith("out"):
                os.remove(os.path.join(args.scratch, f))
    print("| claims | command | wall s | peak RSS MB | RSS bytes/stance | peer wall / wall | RSS / peer RSS |")
    print("|---|---|---|---|---|---|---|")
    for n, name, wall, rss, per, speed, mem in rows:
        print("| %s | %s | %.2f | %.0f | %.0f | %.1fx | %.2f |" % (
            "{:,}".format(n), name, wall, rss / 1e6, per, speed, mem))
    print("\nsame answer (disjoint + revision pairs of the last check, against the peer's contradiction_pairs):")
    for n, ours, theirs in answers:
        print("  %s claims: claimgraph %d, sqlite3 peer %d: %s" % (
            "{:,}".format(n), ours, theirs, "same" if ours == theirs else "DIFFERENT"))
    sizes = sorted(scaling)
    if len(sizes) >= 2:
        lo, hi = sizes[0], sizes[-1]
        b = math.log(scaling[hi] / scaling[lo]) / math.log(hi / lo)
        print("\nscaling exponent b (check CSV wall ~ N^b, %d..%d): %.2f" % (lo, hi, b))
        for a, c in zip(sizes, sizes[1:]):
            print("  %d..%d: b = %.2f" % (a, c, math.log(scaling[c] / scaling[a]) / math.log(c / a)))
    n = sizes[-1]
    peer_wall = next(r[2] for r in rows if r[0] == n and r[1] == "sqlite3 peer")
    write, sync = device_floor(os.path.join(args.scratch, "floor.bin"), report_bytes[n], args.runs)
    first, worst, again = fresh_memory(max(3, args.runs))
    print("\nthe machine's own costs at %s claims (best of %d):" % ("{:,}".format(n), args.runs))
    print("  bar: 1/20 of the peer's %.2f s = %.2f s" % (peer_wall, peer_wall / 20))
    print("  writing the check report's %.0f MB with O_DIRECT: %.2f s, then fsync: %.2f s" % (
        report_bytes[n] / 1e6, write, sync))
    print("  faulting in 1 GiB of fresh memory: %.2f-%.2f s (writing it again: %.2f s)" % (
        first, worst, again))


if __name__ == "__main__":
    main()
