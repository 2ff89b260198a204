# Helpers sourced by .ci/run and its steps: counting passed and failed checks.
CI_PASSED=0
CI_FAILED=0
CI_FAILURES=()

# ci_check NAME COMMAND...: one check, counted once.
ci_check() {
    local name=$1; shift
    echo "=== $name"
    if "$@"; then
        CI_PASSED=$((CI_PASSED + 1))
    else
        CI_FAILED=$((CI_FAILED + 1)); CI_FAILURES+=("$name")
        echo "*** FAILED: $name"
    fi
}

# ci_meson_test NAME BUILDDIR [meson test args...]: runs meson test and counts its tests
# from meson's summary (Ok / Fail / Timeout / Skipped lines).
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
    CI_PASSED=$((CI_PASSED + ok))
    CI_FAILED=$((CI_FAILED + fail))
    if [ "$fail" -ne 0 ]; then CI_FAILURES+=("$name"); fi
}
