#!/usr/bin/python3
"""Real clients read every export format of claimgraph.

usage: networkx_client_test.py CLAIMGRAPH DATASET.json ESCAPING.json WORKDIR

For the dataset, whole and under each scope: networkx reads the GraphML and the
GEXF, json the Cytoscape export, xml.etree the SVG; all find the same nodes and
edges, and for the whole graph as many as counted independently from the native
JSON export and `check --format json`. PNG and PDF carry their signatures. The
escaping fixture's names, titles, figure texts and quotes come back unchanged
through networkx (GraphML, GEXF), json (Cytoscape) and the SVG text.

Debian 12's networkx (2.8.8) knows GEXF 1.1draft and 1.2draft only; the GEXF 1.3
namespaces are registered below exactly as networkx 3.x declares them, and its
1.2 reader reads the rest (1.3 adds no element claimgraph writes that 1.2 lacks,
apart from the namespace). networkx reads viz:shape from a `shape` attribute
where the GEXF schema (and networkx's own writer) use `value`, so shapes are
checked with xml.etree.
"""
import json
import os
import subprocess
import sys
import xml.etree.ElementTree as ET

import networkx as nx
from networkx.readwrite.gexf import GEXF

GEXF.versions.setdefault("1.3", {
    "NS_GEXF": "http://gexf.net/1.3",
    "NS_VIZ": "http://gexf.net/1.3/viz",
    "NS_XSI": "http://www.w3.org/2001/XMLSchema-instance",
    "SCHEMALOCATION": "http://gexf.net/1.3 http://gexf.net/1.3/gexf.xsd",
    "VERSION": "1.3",
})
SVG = "{http://www.w3.org/2000/svg}"
GEXF_NS = "{http://gexf.net/1.3}"
VIZ_NS = "{http://gexf.net/1.3/viz}"

failures = []


def check(cond, what):
    if not cond:
        failures.append(what)
        print("FAIL:", what, file=sys.stderr)


def run(args, binary=False):
    r = subprocess.run([CLAIMGRAPH] + args, capture_output=True)
    if r.returncode != 0:
        sys.exit(f"claimgraph {' '.join(args)} exited {r.returncode}: {r.stderr.decode()}")
    return r.stdout if binary else r.stdout.decode("utf-8")


def export(data, fmt, scope, name):
    path = os.path.join(WORK, f"{name}.{fmt}")
    run(["export", data, "--format", fmt, "-o", path] + scope)
    return path


def read_all(data, scope, name):
    """Node and edge counts per client, and the parsed graphs."""
    g = nx.read_graphml(export(data, "graphml", scope, name))
    h = nx.read_gexf(export(data, "gexf", scope, name))
    with open(export(data, "cytoscape", scope, name), encoding="utf-8") as f:
        cy = json.load(f)["elements"]
    svg = ET.parse(export(data, "svg", scope, name)).getroot()
    svg_nodes = [e for e in svg.iter(SVG + "g") if e.get("class") == "node"]
    svg_edges = [e for e in svg.iter(SVG + "g") if e.get("class") == "edge"]
    counts = {
        "graphml": (g.number_of_nodes(), g.number_of_edges()),
        "gexf": (h.number_of_nodes(), h.number_of_edges()),
        "cytoscape": (len(cy["nodes"]), len(cy["edges"])),
        "svg": (len(svg_nodes), len(svg_edges)),
    }
    return counts, g, h, cy, svg


def check_attributes(g, h, cy, name):
    for graph, client in ((g, "graphml"), (h, "gexf")):
        for n, d in graph.nodes(data=True):
            check("kind" in d and "label" in d, f"{name}/{client}: node {n} lacks kind/label")
            if d.get("kind") == "claim":
                check(all(k in d for k in ("proposition", "qualifier", "value", "interval")),
                      f"{name}/{client}: claim {n} lacks attributes: {d}")
                check(isinstance(d["value"], float), f"{name}/{client}: value not a double")
        for u, v, d in graph.edges(data=True):
            check(d.get("relation") in ("asserts", "disputes", "attributed_to", "derived_from",
                                        "authored_by", "disjoint", "revision"),
                  f"{name}/{client}: edge {u}->{v} relation {d.get('relation')}")
    classes = {"claim", "source", "document"}
    for n in cy["nodes"]:
        check(n["classes"] in classes and "id" in n["data"] and "label" in n["data"],
              f"{name}/cytoscape: node {n}")
    for e in cy["edges"]:
        check(e["classes"] in ("asserts", "disputes", "attributed", "derived", "authored",
                               "disjoint", "revision"), f"{name}/cytoscape: edge class {e}")


def independent_counts(data):
    native = json.loads(run(["export", data, "--format", "json"]))
    report = json.loads(run(["check", data, "--format", "json"]))
    nodes = len(native["sources"]) + len(native["documents"]) + len(native["claims"])
    edges = (sum(len(d.get("authors", [])) for d in native["documents"]) +
             sum(1 for d in native["documents"] if "derived_from" in d) +
             len(native["stances"]) +
             sum(1 for s in native["stances"] if "attributed_to" in s) +
             sum(1 for c in report["contradictions"] if c["kind"] in ("disjoint", "revision")))
    return nodes, edges


def check_dataset(data):
    want = independent_counts(data)
    scopes = {
        "whole": [],
        "deaths": ["--proposition", "kz-2022-unrest:deaths"],
        "conflicts": ["--conflicts-only"],
        "focus": ["--focus", "kz2022-deaths-225-official", "--depth", "2"],
    }
    for name, scope in scopes.items():
        counts, g, h, cy, svg = read_all(data, scope, "kz-" + name)
        print(name, counts)
        first = counts["graphml"]
        for client, c in counts.items():
            check(c == first, f"kz-{name}: {client} sees {c}, graphml {first}")
        if name == "whole":
            check(first == want, f"kz-whole: clients see {first}, independent count {want}")
        else:
            check(0 < first[0] < want[0], f"kz-{name}: scope not smaller: {first}")
        check_attributes(g, h, cy, "kz-" + name)
        # The GEXF viz shapes follow the diagram language.
        root = ET.parse(os.path.join(WORK, f"kz-{name}.gexf")).getroot()
        for node in root.iter(GEXF_NS + "node"):
            kind = node.get("id").split(":", 1)[0]
            shape = node.find(VIZ_NS + "shape").get("value")
            check({"claim": "square", "source": "disc", "doc": "triangle"}[kind] == shape,
                  f"kz-{name}: {node.get('id')} shape {shape}")
    png = open(export(data, "png", scopes["deaths"], "kz-deaths"), "rb").read()
    check(png.startswith(b"\x89PNG\r\n\x1a\n"), "png signature")
    pdf = open(export(data, "pdf", scopes["deaths"], "kz-deaths"), "rb").read()
    check(pdf.startswith(b"%PDF"), "pdf signature")


def check_escaping(data):
    with open(data, encoding="utf-8") as f:
        fixture = json.load(f)
    counts, g, h, cy, svg = read_all(data, [], "escaping")
    want = independent_counts(data)
    for client, c in counts.items():
        check(c == want, f"escaping: {client} sees {c}, want {want}")
    cy_nodes = {n["data"]["id"]: n["data"] for n in cy["nodes"]}
    expected = []  # (node id, attribute, text)
    for s in fixture["sources"]:
        expected.append(("source:" + s["id"], "name", s["name"]))
        expected.append(("source:" + s["id"], "label", s["name"]))
    for d in fixture["documents"]:
        expected.append(("doc:" + d["id"], "title", d["title"]))
        expected.append(("doc:" + d["id"], "label", d["title"] + "\n" + d["published"]))
    for c in fixture["claims"]:
        expected.append(("claim:" + c["id"], "text", c["text"]))
    for node, key, text in expected:
        check(g.nodes[node].get(key) == text, f"graphml {node}.{key}: {g.nodes[node].get(key)!r} != {text!r}")
        check(h.nodes[node].get(key) == text, f"gexf {node}.{key}: {h.nodes[node].get(key)!r} != {text!r}")
        check(cy_nodes[node].get(key) == text, f"cytoscape {node}.{key}: {cy_nodes[node].get(key)!r}")
    quotes = sorted(s["quote"] for s in fixture["stances"])
    for graph, client in ((g, "graphml"), (h, "gexf")):
        got = sorted(d["quote"] for _, _, d in graph.edges(data=True)
                     if d["relation"] in ("asserts", "disputes"))
        check(got == quotes, f"{client} quotes differ: {got!r}")
    got = sorted(e["data"]["quote"] for e in cy["edges"] if e["classes"] in ("asserts", "disputes"))
    check(got == quotes, f"cytoscape quotes differ: {got!r}")
    # SVG: Graphviz draws each label line as one <text>.
    texts = {"".join(t.itertext()) for t in svg.iter(SVG + "text")}
    for s in fixture["sources"]:
        for line in s["name"].split("\n"):
            check(line in texts, f"svg lacks the line {line!r}")


if __name__ == "__main__":
    if len(sys.argv) != 5:
        sys.exit(__doc__)
    CLAIMGRAPH, DATASET, ESCAPING, WORK = sys.argv[1:]
    os.makedirs(WORK, exist_ok=True)
    check_dataset(DATASET)
    check_escaping(ESCAPING)
    if failures:
        sys.exit(f"{len(failures)} failure(s)")
    print("ok")
