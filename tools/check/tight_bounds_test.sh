#!/bin/sh
# Test that the audit can fail: with every bound halved (--bound-scale 0.5) the fast tier's
# errors (> 1.5 ULP, measured) exceed it, so fastsig-check must exit 1 and name each failure.
# Usage: tight_bounds_test.sh FASTSIG_CHECK
tool=$1
out=$("$tool" --quick --func sigmoid_fast --bound-scale 0.5); rc=$?
printf '%s\n' "$out" | grep '^FAIL' | head -n 3
if [ "$rc" -ne 1 ]; then
    echo "not ok: exit $rc, want 1"; exit 1
fi
if ! printf '%s\n' "$out" | grep -q '^FAIL: [a-z0-9]* sigmoid_fast: max [0-9.]* ULP > bound 1.5'; then
    echo "not ok: no FAIL line naming sigmoid_fast and its bound"; exit 1
fi
echo "ok: tightened bounds fail with exit 1"
