#!/usr/bin/python3
"""claimgraph restarts itself once with glibc.malloc.hugetlb=1 and
glibc.malloc.arena_max=1 (cli/memory_policy.h).

Runs the real binary reading standard input from a pipe, so it waits; reads the
environment of that pid from /proc while it waits (the restart keeps the pid);
then feeds it a small CSV and checks the report is the one a run without the
restart writes. Cases: no GLIBC_TUNABLES (the tunables are added), other
tunables (kept, ours appended), glibc.malloc.hugetlb=0 or an arena_max of the
user's (their choice stands: nothing is added).
A sanitized build (--sanitized) and a kernel whose THP mode is "never" change
nothing.

Usage: huge_pages_test.py CLAIMGRAPH SCRATCH [--sanitized]
"""
import os, subprocess, sys, time

CSV = (b"claim,proposition,value,qualifier,unit,source,stance,document\n"
       b"c1,deaths,225,exact,people,A,asserts,d1\n"
       b"c2,deaths,164,exact,people,B,asserts,d2\n")


def waiting_on_stdin(pid):
    """Whether the process is blocked in read(0, ...): claimgraph reads its input
    only after the restart, so then the environment is the restarted one."""
    with open("/proc/%d/syscall" % pid) as f:
        return f.read().split()[:2] == ["0", "0x0"]


def environ_of(pid):
    """The environment of a live process, once it waits for its input."""
    deadline = time.time() + 10
    while time.time() < deadline:
        try:
            if waiting_on_stdin(pid):
                with open("/proc/%d/environ" % pid, "rb") as f:
                    env = f.read()
                # glibc parses GLIBC_TUNABLES in place, ending each tunable
                # it reads with a NUL: join them back.
                env = env.replace(b"\0glibc.", b":glibc.")
                return dict(e.split(b"=", 1) for e in env.split(b"\0") if b"=" in e)
        except (FileNotFoundError, ProcessLookupError):
            break
        time.sleep(0.01)
    sys.exit("process %d did not come to read its input within 10 s" % pid)


def run(binary, out, tunables):
    env = {k: v for k, v in os.environ.items() if k != "GLIBC_TUNABLES"}
    if tunables is not None:
        env["GLIBC_TUNABLES"] = tunables
    p = subprocess.Popen([binary, "check", "-", "--from", "csv", "--format", "json", "-o", out],
                         stdin=subprocess.PIPE, stderr=subprocess.PIPE, env=env)
    seen = environ_of(p.pid).get(b"GLIBC_TUNABLES")
    _, err = p.communicate(CSV)
    if p.returncode != 0:
        sys.exit("claimgraph failed (%d): %s" % (p.returncode, err.decode()))
    with open(out, "rb") as f:
        return (seen.decode() if seen is not None else None), f.read()


def main():
    binary, scratch = sys.argv[1], sys.argv[2]
    sanitized = "--sanitized" in sys.argv[3:]
    os.makedirs(scratch, exist_ok=True)
    with open("/sys/kernel/mm/transparent_hugepage/enabled") as f:
        thp = "[never]" not in f.read()
    restarts = thp and not sanitized
    ours = "glibc.malloc.hugetlb=1:glibc.malloc.arena_max=1"
    cases = [
        (None, ours if restarts else None),
        ("glibc.malloc.tcache_count=0",
         "glibc.malloc.tcache_count=0:" + ours if restarts
         else "glibc.malloc.tcache_count=0"),
        ("glibc.malloc.hugetlb=0", "glibc.malloc.hugetlb=0"),
        ("glibc.malloc.arena_max=4", "glibc.malloc.arena_max=4"),
    ]
    failures = []
    reports = set()
    for i, (given, expected) in enumerate(cases):
        seen, report = run(binary, os.path.join(scratch, "report%d.json" % i), given)
        if seen != expected:
            failures.append("GLIBC_TUNABLES=%r: the process ran with %r, expected %r"
                            % (given, seen, expected))
        reports.add(report)
    if len(reports) != 1:
        failures.append("the reports differ between runs with and without the restart")
    if b'"disjoint"' not in next(iter(reports)):
        failures.append("the report lacks the 225 vs 164 disjoint pair")
    for f in failures:
        print("FAIL:", f)
    if failures:
        sys.exit(1)
    print("ok: %d cases (restart %s)" % (len(cases), "expected" if restarts else "not expected"))


if __name__ == "__main__":
    main()
