#!/usr/bin/env python3
"""Self-check of the bundled dataset (data/kazakhstan.json and friends).

Run from the repository root:  python3 data/check_dataset.py  [--seeds DIR]
Standard library only.  Exits non-zero on any problem.

Checks
  * the JSON follows docs/format.md (format marker, required fields, enums, value shapes,
    date formats) and every reference resolves (claim, source or alias, document, author,
    derived_from); aliases are unambiguous; no derived_from cycle;
  * every stance quote equals the seed file's bytes at [quote_start, quote_end) and lies inside
    its document's part of the file;
  * one unit per proposition;
  * checklist.tsv: each row's bytes equal `figure`, its claim exists and has a stance whose
    quote span covers the figure; skipped.tsv: each row's bytes equal `figure`;
  * every digit and number word of the seeds is covered by a checklist or a skipped row;
  * kazakhstan.csv carries the same stances (same quotes, offsets, claims; value on a claim's
    first row only);
  * the conflicts the dataset is built to show are there (and the non-conflict is not).
It prints counts, the disjoint pairs it finds and the origins of each conflict's sides.
"""

import argparse
import csv
import json
import math
import os
import re
import sys
from collections import defaultdict

HERE = os.path.dirname(os.path.abspath(__file__))
REPO = os.path.dirname(HERE)
DEFAULT_SEEDS = os.path.normpath(os.path.join(REPO, "..", "shared", "seeds"))

KINDS = {"person", "organisation", "outlet", "government", "unknown"}
DERIVATIONS = {"republication", "translation", "quotation"}
QUALIFIERS = {"exact", "at_least", "more_than", "at_most", "less_than", "up_to", "about", "range"}
STANCES = {"asserts", "disputes"}
DATE_RE = re.compile(r"^\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?)?$")
ABOUT_T = 0.10

NUMBER_WORDS = (
    "one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|"
    "sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|"
    "hundreds?|thousands?|millions?|billions?|dozens?|thirds?|quarters?|fifth|"
    "due|tre|quattro|cinque|sette|otto|nove|dieci|venti|trenta|quaranta|cinquanta|cento|mille|"
    "mila|milioni|milione|miliardi|centinaia|migliaia|decine|terzi")
TOKEN_RE = re.compile(r"\d+|\b(?:%s)\b" % NUMBER_WORDS, re.IGNORECASE)

problems = []


def bad(msg):
    problems.append(msg)


def interval(c):
    """(lo, lo_open, hi, hi_open) of a claim, as in docs/format.md."""
    q = c.get("qualifier", "exact")
    v = c["value"]
    if q == "range":
        return (v[0], False, v[1], False)
    if q == "exact":
        return (v, False, v, False)
    if q == "at_least":
        return (v, False, math.inf, True)
    if q == "more_than":
        return (v, True, math.inf, True)
    if q in ("at_most", "up_to"):
        return (-math.inf, True, v, False)
    if q == "less_than":
        return (-math.inf, True, v, True)
    if q == "about":
        a, b = v * (1 - ABOUT_T), v * (1 + ABOUT_T)
        return (min(a, b), False, max(a, b), False)
    raise ValueError(q)


def disjoint(a, b):
    (alo, alo_o, ahi, ahi_o), (blo, blo_o, bhi, bhi_o) = a, b
    # a entirely below b?
    if ahi < blo or (ahi == blo and (ahi_o or blo_o)):
        return True
    if bhi < alo or (bhi == alo and (bhi_o or alo_o)):
        return True
    return False


def main():
    ap = argparse.ArgumentParser(description="check data/kazakhstan.json against the seeds")
    ap.add_argument("--seeds", default=DEFAULT_SEEDS)
    ap.add_argument("--data", default=HERE)
    a = ap.parse_args()

    with open(os.path.join(a.data, "kazakhstan.json"), encoding="utf-8") as f:
        data = json.load(f)
    if data.get("format") != "claimgraph/1":
        bad("format marker is not claimgraph/1")
    for k in ("sources", "documents", "claims", "stances"):
        if not isinstance(data.get(k), list):
            bad("missing array %s" % k)
            data[k] = []

    # ---------------- sources and aliases
    sources = {}
    for s in data["sources"]:
        if not s.get("id"):
            bad("source without id: %r" % s)
            continue
        if s["id"] in sources:
            bad("duplicate source id %s" % s["id"])
        sources[s["id"]] = s
        if s.get("kind", "unknown") not in KINDS:
            bad("source %s: bad kind %r" % (s["id"], s.get("kind")))
    names = {}
    for sid in sources:
        names[sid] = sid
    for sid, s in sources.items():
        for al in s.get("aliases", []):
            if al in names and names[al] != sid:
                bad("alias %r of %s clashes with %s" % (al, sid, names[al]))
            names[al] = sid

    def src(ref, where):
        if ref not in names:
            bad("%s: unknown source %r" % (where, ref))
            return None
        return names[ref]

    # ---------------- documents
    docs = {}
    for d in data["documents"]:
        if not d.get("id"):
            bad("document without id")
            continue
        if d["id"] in docs:
            bad("duplicate document id %s" % d["id"])
        docs[d["id"]] = d
    seeds = {}
    for d in docs.values():
        w = "document %s" % d["id"]
        for au in d.get("authors", []):
            src(au, w)
        if "published" in d and not DATE_RE.match(d["published"]):
            bad("%s: bad published date %r" % (w, d["published"]))
        if d.get("derived_from") and d["derived_from"] not in docs:
            bad("%s: unknown derived_from %r" % (w, d["derived_from"]))
        if d.get("derivation") and d["derivation"] not in DERIVATIONS:
            bad("%s: bad derivation %r" % (w, d["derivation"]))
        if d.get("derivation") and not d.get("derived_from"):
            bad("%s: derivation without derived_from" % w)
        if d.get("file"):
            p = os.path.join(a.seeds, d["file"])
            if not os.path.exists(p):
                bad("%s: seed file missing %s" % (w, p))
            elif d["file"] not in seeds:
                with open(p, "rb") as f:
                    seeds[d["file"]] = f.read()
    # cycles
    for d in docs.values():
        seen = [d["id"]]
        cur = d
        while cur.get("derived_from") in docs:
            nxt = cur["derived_from"]
            if nxt in seen:
                bad("derived_from cycle: %s" % " -> ".join(seen + [nxt]))
                break
            seen.append(nxt)
            cur = docs[nxt]

    def root(doc_id):
        cur = docs[doc_id]
        seen = {doc_id}
        while cur.get("derived_from") in docs and cur["derived_from"] not in seen:
            seen.add(cur["derived_from"])
            cur = docs[cur["derived_from"]]
        return cur

    # ---------------- claims
    claims = {}
    prop_units = {}
    for c in data["claims"]:
        w = "claim %s" % c.get("id")
        if not c.get("id") or not c.get("proposition") or "value" not in c:
            bad("%s: id, proposition and value are required" % w)
            continue
        if c["id"] in claims:
            bad("duplicate claim id %s" % c["id"])
        claims[c["id"]] = c
        q = c.get("qualifier", "exact")
        if q not in QUALIFIERS:
            bad("%s: bad qualifier %r" % (w, q))
        v = c["value"]
        if q == "range":
            if not (isinstance(v, list) and len(v) == 2 and all(isinstance(x, (int, float))
                                                                for x in v) and v[0] <= v[1]):
                bad("%s: range value must be [min, max]" % w)
        elif not isinstance(v, (int, float)) or isinstance(v, bool):
            bad("%s: value must be a number" % w)
        if "as_of" in c and not DATE_RE.match(c["as_of"]):
            # the format allows YYYY, YYYY-MM, YYYY-MM-DD
            bad("%s: bad as_of %r" % (w, c["as_of"]))
        u = prop_units.setdefault(c["proposition"], c.get("unit"))
        if u != c.get("unit"):
            bad("proposition %s mixes units %r and %r" % (c["proposition"], u, c.get("unit")))

    # ---------------- stances
    stance_spans = defaultdict(list)  # claim -> [(file, start, end)]
    stance_ids = set()
    parts = {}
    for d in docs.values():
        br = (d.get("attributes") or {}).get("byte_range")
        if br:
            lo, hi = br.split("..")
            parts[d["id"]] = (int(lo), int(hi))
    for st in data["stances"]:
        w = "stance %s" % st.get("id")
        if st.get("id"):
            if st["id"] in stance_ids:
                bad("duplicate stance id %s" % st["id"])
            stance_ids.add(st["id"])
        if st.get("claim") not in claims:
            bad("%s: unknown claim %r" % (w, st.get("claim")))
        src(st.get("source"), w)
        if st.get("attributed_to"):
            src(st["attributed_to"], w)
        if st.get("stance", "asserts") not in STANCES:
            bad("%s: bad stance %r" % (w, st.get("stance")))
        d = docs.get(st.get("document"))
        if d is None:
            bad("%s: unknown document %r" % (w, st.get("document")))
            continue
        if "quote" in st:
            if not d.get("file"):
                bad("%s: quote offsets but document %s has no file" % (w, d["id"]))
                continue
            raw = seeds.get(d["file"])
            if raw is None:
                continue
            qs, qe = st.get("quote_start"), st.get("quote_end")
            if not (isinstance(qs, int) and isinstance(qe, int) and 0 <= qs < qe <= len(raw)):
                bad("%s: bad offsets %r..%r" % (w, qs, qe))
                continue
            try:
                got = raw[qs:qe].decode("utf-8")
            except UnicodeDecodeError:
                bad("%s: offsets cut a UTF-8 character" % w)
                continue
            if got != st["quote"]:
                bad("%s: quote differs from %s[%d:%d]: %r" % (w, d["file"], qs, qe, got))
            if d["id"] in parts:
                lo, hi = parts[d["id"]]
                if not (lo <= qs and qe <= hi):
                    bad("%s: quote outside document %s's byte range" % (w, d["id"]))
            stance_spans[st.get("claim")].append((d["file"], qs, qe))
    for cid in claims:
        if cid not in stance_spans:
            bad("claim %s has no stance" % cid)

    # ---------------- checklist / skipped
    def read_tsv(name, cols):
        with open(os.path.join(a.data, name), encoding="utf-8", newline="") as f:
            lines = f.read().split("\n")
        if lines and lines[-1] == "":
            lines.pop()
        head = lines[0].split("\t") if lines else []
        if head != cols:
            bad("%s: header %r, expected %r" % (name, head, cols))
        rows = []
        for i, line in enumerate(lines[1:], 2):
            parts_ = line.split("\t")
            if len(parts_) != len(cols):
                bad("%s:%d: %d columns" % (name, i, len(parts_)))
                continue
            rows.append(dict(zip(cols, parts_), line=i))
        return rows

    all_seed_names = sorted(f for f in os.listdir(a.seeds) if re.match(r"^\d{3}_.*\.txt$", f))
    for fn in all_seed_names:
        if fn not in seeds:
            with open(os.path.join(a.seeds, fn), "rb") as f:
                seeds[fn] = f.read()

    covered = defaultdict(list)
    checklist = read_tsv("checklist.tsv", ["file", "byte_start", "byte_end", "figure", "claim"])
    skipped = read_tsv("skipped.tsv", ["file", "byte_start", "byte_end", "figure", "reason"])
    for name, rows in (("checklist.tsv", checklist), ("skipped.tsv", skipped)):
        for r in rows:
            w = "%s:%d" % (name, r["line"])
            raw = seeds.get(r["file"])
            if raw is None:
                bad("%s: unknown seed file %s" % (w, r["file"]))
                continue
            try:
                bs, be = int(r["byte_start"]), int(r["byte_end"])
            except ValueError:
                bad("%s: bad offsets" % w)
                continue
            if raw[bs:be].decode("utf-8", "replace") != r["figure"]:
                bad("%s: bytes %r differ from figure %r" % (w, raw[bs:be], r["figure"]))
            covered[r["file"]].append((bs, be))
            if name == "checklist.tsv":
                if r["claim"] not in claims:
                    bad("%s: unknown claim %s" % (w, r["claim"]))
                elif not any(f == r["file"] and qs <= bs and be <= qe
                             for f, qs, qe in stance_spans[r["claim"]]):
                    bad("%s: no stance of %s quotes %s[%d:%d]" % (w, r["claim"], r["file"], bs, be))
            elif not r["reason"].strip():
                bad("%s: empty reason" % w)
    keys = [(r["file"], r["byte_start"], r["byte_end"]) for r in checklist + skipped]
    if len(keys) != len(set(keys)):
        bad("a span is listed twice in checklist/skipped")
    # completeness: every digit run and number word is covered
    for fn in all_seed_names:
        text = seeds[fn].decode("utf-8")
        for m in TOKEN_RE.finditer(text):
            bs = len(text[:m.start()].encode("utf-8"))
            be = bs + len(m.group(0).encode("utf-8"))
            if not any(x < be and bs < y for x, y in covered[fn]):
                bad("%s@%d: number %r neither in checklist.tsv nor in skipped.tsv (...%s...)" % (
                    fn, bs, m.group(0), text[max(0, m.start() - 40):m.end() + 40].replace("\n", " ")))

    # ---------------- CSV
    with open(os.path.join(a.data, "kazakhstan.csv"), encoding="utf-8", newline="") as f:
        raw_csv = f.read()
    if "\r" in raw_csv:
        bad("kazakhstan.csv: CR in line ends")
    rows = list(csv.DictReader(raw_csv.splitlines(True)))
    need = ["claim", "proposition", "value", "qualifier", "unit", "as_of", "source", "stance",
            "document", "published", "attributed_to", "derived_from", "quote"]
    if rows and any(c not in rows[0] for c in need):
        bad("kazakhstan.csv: missing columns %s" % [c for c in need if c not in rows[0]])
    if len(rows) != len(data["stances"]):
        bad("kazakhstan.csv: %d rows, JSON has %d stances" % (len(rows), len(data["stances"])))
    seen_claims = set()
    by_id = {s.get("id"): s for s in data["stances"]}
    for i, r in enumerate(rows, 2):
        w = "kazakhstan.csv:%d" % i
        s = by_id.get(r.get("stance_id"))
        if s is None:
            bad("%s: stance_id %r not in JSON" % (w, r.get("stance_id")))
            continue
        for k in ("claim", "source", "stance", "document", "quote"):
            if r[k] != str(s.get(k, "asserts" if k == "stance" else "")):
                bad("%s: %s differs from JSON" % (w, k))
        if r.get("attributed_to", "") != s.get("attributed_to", ""):
            bad("%s: attributed_to differs from JSON" % w)
        if (int(r["quote_start"]), int(r["quote_end"])) != (s["quote_start"], s["quote_end"]):
            bad("%s: offsets differ from JSON" % w)
        c = claims.get(r["claim"])
        if c is None:
            continue
        if r["proposition"] != c["proposition"]:
            bad("%s: proposition differs" % w)
        if r["claim"] in seen_claims:
            if r["value"] != "":
                bad("%s: value repeated on a later row of claim %s" % (w, r["claim"]))
        else:
            seen_claims.add(r["claim"])
            v = c["value"]
            want = ("%s..%s" % tuple(json.dumps(x) for x in v)) if isinstance(v, list) \
                else json.dumps(v)
            if r["value"] != want:
                bad("%s: value %r, expected %r" % (w, r["value"], want))

    # ---------------- origins and conflicts
    def origin(st):
        if st.get("attributed_to"):
            return names.get(st["attributed_to"], st["attributed_to"])
        r = root(st["document"])
        if r.get("authors"):
            return names.get(r["authors"][0], r["authors"][0])
        return "document:" + r["id"]

    by_claim = defaultdict(list)
    for st in data["stances"]:
        by_claim[st["claim"]].append(st)

    def origins(cid, kind="asserts"):
        return sorted({origin(s) for s in by_claim[cid] if s.get("stance", "asserts") == kind})

    groups = defaultdict(list)
    for c in claims.values():
        groups[(c["proposition"], c.get("unit"))].append(c)
    pairs = []
    for (prop, unit), cs in sorted(groups.items()):
        cs = sorted(cs, key=lambda c: c["id"])
        for i in range(len(cs)):
            for j in range(i + 1, len(cs)):
                if disjoint(interval(cs[i]), interval(cs[j])):
                    pairs.append((prop, cs[i]["id"], cs[j]["id"]))
    disputed = {cid: sorted({s["source"] for s in sts if s.get("stance") == "disputes"})
                for cid, sts in by_claim.items()}

    expect_disjoint = [("kz2022-deaths-225-official", "kz2022-deaths-more-than-225-smk"),
                       ("zh2011-deaths-17", "zh2011-deaths-many-dozens")]
    expect_compatible = [("kz2022-deaths-225-official", "kz2022-deaths-at-least-164"),
                         ("zh2011-strike-duration-7-months",
                          "zh2011-strike-duration-in-eighth-month"),
                         ("zh2011-fired-about-1000", "zh2011-sacked-up-to-2000")]
    pair_set = {(x, y) for _, x, y in pairs} | {(y, x) for _, x, y in pairs}
    for x, y in expect_disjoint:
        if (x, y) not in pair_set:
            bad("expected conflict missing: %s vs %s" % (x, y))
    for x, y in expect_compatible:
        if (x, y) in pair_set:
            bad("unexpected conflict: %s vs %s" % (x, y))
        elif x in claims and y in claims and claims[x]["proposition"] != claims[y]["proposition"]:
            bad("%s and %s should share a proposition" % (x, y))
    if len(disputed.get("kz2022-foreign-fighters-20000-tokayev", [])) < 2:
        bad("the 20,000 fighters claim should be disputed by two distinct sources")
    if not disputed.get("kz2022-deaths-225-official"):
        bad("the 225 claim should be disputed")
    tengiz = origins("tengiz2021-layoffs-40000")
    if len(tengiz) != 1 or len(by_claim["tengiz2021-layoffs-40000"]) < 4:
        bad("the 40,000 Tengiz layoffs should have >= 4 stances and one origin, got %s" % tengiz)

    # ---------------- report
    print("sources %d, documents %d, claims %d, stances %d, propositions %d, "
          "checklist %d, skipped %d, csv rows %d" % (
              len(sources), len(docs), len(claims), len(data["stances"]), len(groups),
              len(checklist), len(skipped), len(rows)))
    for fn in all_seed_names:
        n_st = sum(1 for s in data["stances"] if docs.get(s["document"], {}).get("file") == fn)
        print("  %s: checklist %d, stances %d, skipped %d" % (
            fn, sum(1 for r in checklist if r["file"] == fn), n_st,
            sum(1 for r in skipped if r["file"] == fn)))
    print("disjoint pairs (same proposition and unit):")
    for prop, x, y in pairs:
        print("  %s: %s [%s] vs %s [%s]" % (prop, x, ", ".join(origins(x)), y,
                                            ", ".join(origins(y))))
    print("disputed claims:")
    for cid in sorted(disputed):
        if disputed[cid]:
            print("  %s: disputed by %s (origins %s); asserted with origins %s" % (
                cid, ", ".join(disputed[cid]), ", ".join(origins(cid, "disputes")),
                ", ".join(origins(cid))))
    print("40,000 Tengiz layoffs: %d stances, origins %s" % (
        len(by_claim["tengiz2021-layoffs-40000"]), tengiz))

    if problems:
        print("\n%d problem(s):" % len(problems), file=sys.stderr)
        for p in problems:
            print("  " + p, file=sys.stderr)
        sys.exit(1)
    print("OK")


if __name__ == "__main__":
    main()
