# Helpers for the steps of .ci/run: each check appends one line to the file $CI_RESULTS
# ("<passed> <failed> <name>"), which .ci/run adds up once every step has run. Each step runs
# in its own subshell, so nothing it sets or exports reaches the next one.

# ci_check NAME COMMAND...: one check, counted once.
ci_check() {
    local name=$1; shift
    echo "=== $name"
    if "$@"; then
        echo "1 0 $name" >> "$CI_RESULTS"
    else
        echo "0 1 $name" >> "$CI_RESULTS"
        echo "*** FAILED: $name"
    fi
}

# ci_meson_test NAME BUILDDIR [meson test args...]: runs meson test and counts its tests
# from meson's summary (Ok / Fail / Timeout lines).
ci_meson_test() {
    local name=$1 dir=$2; shift 2
    echo "=== $name: meson test -C $dir $*"
    local log rc=0
    log=$(mktemp)
    meson test -C "$dir" --print-errorlogs "$@" 2>&1 | tee "$log" || rc=$?
    local ok fail timeout
    ok=$(awk '/^Ok:/ {print $2}' "$log" | tail -n 1)
    fail=$(awk '/^Fail:/ {print $2}' "$log" | tail -n 1)
    timeout=$(awk '/^Timeout:/ {print $2}' "$log" | tail -n 1)
    rm -f "$log"
    ok=${ok:-0}; fail=$(( ${fail:-0} + ${timeout:-0} ))
    if [ "$rc" -ne 0 ] && [ "$fail" -eq 0 ]; then fail=1; fi
    echo "$ok $fail $name" >> "$CI_RESULTS"
}
