#!/usr/bin/python3
"""Validates claimgraph/1 files against docs/claimgraph.schema.json.

Checked: every tests/fixtures/*.json (the good fixtures; tests/fixtures/bad/ is
not), data/kazakhstan.json when it exists, every path given on the command line
(JSON exporter outputs), and, with --claimgraph BIN, what `BIN export --format
json` writes for each of those inputs, so the exporter is held to the schema too.

The schema must also reject the bad fixtures whose fault it can express (the
others, like dangling references, only the importer can see).

Exit status 0 when all validate, 1 otherwise. Needs Debian's python3-jsonschema.
"""
import argparse
import json
import pathlib
import subprocess
import sys

import jsonschema

ROOT = pathlib.Path(__file__).resolve().parents[2]

# tests/fixtures/bad/ files that break a rule the schema states.
SCHEMA_REJECTS = [
    "bad_date.json",
    "missing_format.json",
    "missing_proposition.json",
    "range_with_scalar.json",
    "too_deep.json",
    "unknown_field.json",
    "unknown_qualifier.json",
    "wrong_format.json",
    "wrong_type.json",
]


def errors_of(validator, text, name):
    try:
        document = json.loads(text)
    except ValueError as e:
        return [f"{name}: not JSON: {e}"]
    found = []
    for error in sorted(validator.iter_errors(document), key=lambda e: list(e.absolute_path)):
        where = "/".join(str(p) for p in error.absolute_path) or "(top)"
        found.append(f"{name}: {where}: {error.message}")
    return found


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("exports", nargs="*", help="JSON exporter output files to validate")
    parser.add_argument("--claimgraph", help="claimgraph binary: also validate its JSON export of each input")
    parser.add_argument("--schema", default=str(ROOT / "docs" / "claimgraph.schema.json"))
    args = parser.parse_args()

    schema = json.loads(pathlib.Path(args.schema).read_text(encoding="utf-8"))
    jsonschema.Draft202012Validator.check_schema(schema)
    validator = jsonschema.Draft202012Validator(schema)

    inputs = sorted((ROOT / "tests" / "fixtures").glob("*.json"))
    data = ROOT / "data" / "kazakhstan.json"
    if data.exists():
        inputs.append(data)
    if not inputs:
        print("no fixtures found under", ROOT / "tests" / "fixtures", file=sys.stderr)
        return 1

    failures = []
    checked = 0
    for path in inputs + [pathlib.Path(p) for p in args.exports]:
        failures += errors_of(validator, path.read_bytes().decode("utf-8"), str(path))
        checked += 1
    for name in SCHEMA_REJECTS:
        path = ROOT / "tests" / "fixtures" / "bad" / name
        if not path.exists():
            continue
        if not errors_of(validator, path.read_bytes().decode("utf-8"), str(path)):
            failures.append(f"{path}: the schema accepts it, but the importer rejects it")
        checked += 1
    if args.claimgraph:
        for path in inputs:
            run = subprocess.run([args.claimgraph, "export", "--format", "json", str(path)],
                                 capture_output=True)
            name = f"export of {path}"
            if run.returncode != 0:
                failures.append(f"{name}: exit {run.returncode}: {run.stderr.decode(errors='replace')}")
                continue
            failures += errors_of(validator, run.stdout.decode("utf-8"), name)
            checked += 1

    for failure in failures:
        print(failure, file=sys.stderr)
    print(f"{checked} files checked, {len(failures)} schema errors")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
