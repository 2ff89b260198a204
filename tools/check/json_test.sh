#!/bin/sh
# Test: fastsig-check --json FILE writes valid JSON (python3 -m json.tool) holding one
# record with every documented key per audited output and ISA.
# Usage: json_test.sh FASTSIG_CHECK [fastsig-check args...]
set -eu
tool=$1; shift
out=$(mktemp); trap 'rm -f "$out"' EXIT
"$tool" "$@" --json "$out" >/dev/null
python3 -m json.tool "$out" >/dev/null
python3 - "$out" <<'PY'
import json, sys
records = json.load(open(sys.argv[1]))
keys = {"isa", "function", "max_ulp", "worst_input", "inputs", "nan_for_finite",
        "out_of_range", "nonmonotone", "bound", "pass"}
assert isinstance(records, list) and records, "no records"
for r in records:
    missing = keys - r.keys()
    assert not missing, f"record {r.get('isa')} {r.get('function')} lacks {sorted(missing)}"
    assert r["pass"] is True and r["max_ulp"] <= r["bound"], r
    assert r["inputs"] > 0, r
print(f"{len(records)} records, all keys present")
PY
